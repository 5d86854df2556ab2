import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Offload
import Worklist

/// An error as the API returns it: a status and `{"error": "…"}` naming what is wrong, in one line.
public struct APIError: HTTPResponseError, CustomStringConvertible {
    public var status: HTTPResponse.Status
    public var message: String
    /// Seconds until trying again is worth it (`Retry-After`), for 429 and 503.
    public var retryAfter: Int?
    /// The methods the path does declare (`Allow`), for 405.
    public var allow: [String]?

    public init(_ status: HTTPResponse.Status, _ message: String, retryAfter: Int? = nil, allow: [String]? = nil) {
        self.status = status
        self.message = message
        self.retryAfter = retryAfter
        self.allow = allow
    }

    public var description: String { message }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let body = (try? JSONEncoder().encode(["error": message])) ?? Data("{\"error\":\"\"}".utf8)
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        addHeaders(to: &headers)
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }

    /// `Retry-After` and `Allow` when the error has them: every form of the error (JSON, page, OperationOutcome)
    /// sends them.
    func addHeaders(to headers: inout HTTPFields) {
        if let retryAfter { headers[.retryAfter] = String(retryAfter) }
        if let allow { headers[.allow] = allow.joined(separator: ", ") }
    }

    /// The store's and the engines' errors with the status they mean; anything else is a 500 that names no data.
    static func from(_ error: any Error) -> any Error {
        switch error {
        case let e as APIError: return e
        case let e as any HTTPResponseError: return e
        case let e as NotFound: return APIError(.notFound, e.description)
        case let e as InvalidInput: return APIError(.badRequest, e.description)
        case let e as TransitionError: return APIError(.conflict, e.description)
        case let e as QueryTransitionError: return APIError(.conflict, e.description)
        case let e as SubmitBlocked: return APIError(.conflict, e.description)
        case let e as PermissionDenied: return APIError(.forbidden, e.description)
        case let e as NotAssigned: return APIError(.forbidden, e.description)
        case let e as AuthenticationFailed: return APIError(.unauthorized, e.description)
        case let e as SignInThrottled: return APIError(.tooManyRequests, e.description, retryAfter: e.retryAfter)
        case let e as WorkerPoolBusy: return APIError(.serviceUnavailable, e.description, retryAfter: 1)
        case let e as ImportFormatError: return APIError(.badRequest, e.description)
        case let e as DecodingError: return APIError(.badRequest, "request body: \(Self.describe(e))")
        default: return error
        }
    }

    /// A decoding error in one line: the field path and what was wrong.
    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let p = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return p.isEmpty ? "" : "\(p.hasPrefix(".") ? String(p.dropFirst()) : p): "
        }
        switch error {
        case .keyNotFound(let key, let c): return "\(path(c))missing field \"\(key.stringValue)\""
        case .typeMismatch(_, let c), .valueNotFound(_, let c): return "\(path(c))\(c.debugDescription)"
        case .dataCorrupted(let c): return "\(path(c))\(c.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}

/// Gives the errors the routes throw the form their callers read: the API's `{"error": …}` with the right status
/// (``api``), the pages' HTML (``pages``), FHIR's `OperationOutcome` (``fhir``).
struct ErrorTranslator: RouterMiddleware {
    typealias Context = CoderRequestContext
    /// The response for an error, or a rethrown error in the form the caller reads.
    let translate: @Sendable (any Error, Request, Context) throws -> Response

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            return try translate(error, request, context)
        }
    }

    /// The API's errors: the store's and the engines' errors with the status they mean.
    static let api = ErrorTranslator { error, _, _ in throw APIError.from(error) }
}
