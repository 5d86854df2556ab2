import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// An error of a FHIR operation: an HTTP status and an `OperationOutcome` with one issue that says, in one line,
/// which parameter or code is wrong.
struct FHIRError: HTTPResponseError, CustomStringConvertible {
    /// The FHIR issue types the server reports.
    enum IssueType: String, Sendable {
        case invalid
        case notFound = "not-found"
        case notSupported = "not-supported"
        case tooCostly = "too-costly"
        case transient
        case exception
        case security
    }

    var status: HTTPResponse.Status
    var type: IssueType
    var diagnostics: String
    /// `Retry-After` and `Allow`, carried over from the API's error.
    var headersFrom: APIError?

    init(_ status: HTTPResponse.Status, _ type: IssueType, _ diagnostics: String) {
        self.status = status
        self.type = type
        self.diagnostics = diagnostics
    }

    /// 400 `invalid`: a parameter is missing or malformed.
    static func invalid(_ diagnostics: String) -> Self { Self(.badRequest, .invalid, diagnostics) }
    /// 404 `not-found`: an unknown code system, version or code.
    static func notFound(_ diagnostics: String) -> Self { Self(.notFound, .notFound, diagnostics) }
    /// 400 `not-supported`: a parameter this server understands but does not do.
    static func notSupported(_ diagnostics: String) -> Self { Self(.badRequest, .notSupported, diagnostics) }

    var description: String { diagnostics }

    var outcome: FHIROperationOutcome {
        FHIROperationOutcome(issue: [.init(severity: "error", code: type.rawValue, diagnostics: diagnostics)])
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var response = try FHIRBody(outcome, status: status).response()
        headersFrom?.addHeaders(to: &response.headers)
        return response
    }

    /// Any error thrown under `/fhir` as a FHIR error: the API's own errors keep their status and message.
    static func from(_ error: any Error) -> FHIRError {
        switch APIError.from(error) {
        case let e as FHIRError: return e
        case let e as APIError:
            var f = FHIRError(e.status, type(for: e.status), e.message)
            f.headersFrom = e
            return f
        case let e as HTTPError:
            return FHIRError(e.status, type(for: e.status), e.body ?? e.status.reasonPhrase)
        case let e as any HTTPResponseError: return FHIRError(e.status, type(for: e.status), e.status.reasonPhrase)
        default: return FHIRError(.internalServerError, .exception, "the server failed to answer")
        }
    }

    static func type(for status: HTTPResponse.Status) -> IssueType {
        switch status {
        case .notFound: .notFound
        case .methodNotAllowed, .notAcceptable, .unsupportedMediaType: .notSupported
        case .unauthorized, .forbidden: .security
        case .contentTooLarge: .tooCostly
        case .serviceUnavailable, .tooManyRequests: .transient
        default: status.code < 500 ? .invalid : .exception
        }
    }
}

/// A FHIR resource sent as `application/fhir+json`.
struct FHIRBody<Value: Encodable & Sendable>: ResponseGenerator {
    var value: Value
    var status: HTTPResponse.Status

    init(_ value: Value, status: HTTPResponse.Status = .ok) {
        self.value = value
        self.status = status
    }

    func response(from request: Request, context: some RequestContext) throws -> Response { try response() }

    func response() throws -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/fhir+json; charset=utf-8"
        return Response(
            status: status, headers: headers,
            body: .init(byteBuffer: ByteBuffer(bytes: try JSONBody<Value>.encoder.encode(value))))
    }
}

extension ErrorTranslator {
    /// Every error under `/fhir` as an `OperationOutcome` with its status (the API's errors are `{"error": …}`).
    static let fhir = ErrorTranslator { error, _, _ in throw FHIRError.from(error) }
}
