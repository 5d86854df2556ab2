import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import OpenAPIRuntime

/// What the generated handlers need of a request beyond their typed input (who is signed in, from where), and the
/// translation of the generated server's own errors into the API's.
enum APIRequest {
    /// The context of the request being handled, set by ``APIContextMiddleware``.
    @TaskLocal static var context: CoderRequestContext?

    /// The context of the request being handled.
    static var current: CoderRequestContext {
        get throws {
            guard let context else { throw APIError(.internalServerError, "no request context") }
            return context
        }
    }
}

/// Around each request of the generated handlers: the request's body read within the upload limit (the generated
/// server would read any length), the context made available to the handler (``APIRequest/context``), and the
/// generated server's errors (a parameter or a body that does not decode) turned into the API's one-line 400s; the
/// handlers' own errors are passed on as they were thrown.
struct APIContextMiddleware: RouterMiddleware {
    typealias Context = CoderRequestContext
    /// The one content type the operation's body is documented in: a body sent without a Content-Type, or as a form
    /// (what `curl -d` says), is read as that, as the plain router always read it.
    var bodyType: String?

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: context.maxUploadSize)
        } catch {
            throw APIError(.contentTooLarge, "request body larger than \(context.maxUploadSize / 1_048_576) MiB")
        }
        var head = request.head
        if let bodyType, buffer.readableBytes > 0 {
            let sent = head.headerFields[.contentType]?.lowercased() ?? ""
            if sent.isEmpty || sent.hasPrefix("application/x-www-form-urlencoded") {
                head.headerFields[.contentType] = bodyType
            }
        }
        let request = Request(head: head, body: .init(buffer: buffer))
        do {
            return try await APIRequest.$context.withValue(context) { try await next(request, context) }
        } catch let e as ServerError {
            throw Self.translate(e, bodyBytes: buffer.readableBytes)
        }
    }

    /// The API's error for one the generated server threw.
    static func translate(_ error: ServerError, bodyBytes: Int) -> any Error {
        // the handler ran (its input decoded): its own error, as it threw it
        if error.operationInput != nil { return error.underlyingError }
        // the input did not decode: a path parameter, else the body
        if let parameter = Self.parameterProblem(error) { return APIError(.badRequest, parameter) }
        if bodyBytes == 0 { return APIError(.badRequest, "request body: empty (expected JSON)") }
        if let e = error.underlyingError as? DecodingError {
            return APIError(.badRequest, "request body: \(APIError.describe(e))")
        }
        return APIError(.badRequest, "request: \(error.causeDescription)")
    }

    /// A path parameter that is not what the document says (`id: "abc" is not an id`).
    static func parameterProblem(_ error: ServerError) -> String? {
        for (name, value) in error.requestMetadata.pathParameters where name == "id" && Int64(value) == nil {
            return "\(name): \"\(value)\" is not an id"
        }
        return nil
    }
}
