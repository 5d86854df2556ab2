import Dispatch
import HTTPTypes
import Hummingbird
import Logging

/// One line per request at info: method, path (never the query, which can hold a name), status and duration in
/// milliseconds. Nothing of a body, a header or a patient.
struct RequestLog: RouterMiddleware {
    typealias Context = CoderRequestContext

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let start = DispatchTime.now().uptimeNanoseconds
        func log(_ status: HTTPResponse.Status) {
            let tenths = (DispatchTime.now().uptimeNanoseconds - start + 50_000) / 100_000
            context.logger.info(
                "\(request.method.rawValue) \(request.uri.path) \(status.code) \(tenths / 10).\(tenths % 10) ms")
        }
        do {
            let response = try await next(request, context)
            log(response.status)
            return response
        } catch {
            log((error as? any HTTPResponseError)?.status ?? .internalServerError)
            throw error
        }
    }
}
