import Foundation
import Hummingbird
import Worklist

/// Reads `Authorization: Bearer <token>` and puts the token's user on the context. A request without a token goes on
/// unauthenticated (the routes say who they need); a token that is unknown, expired or revoked is refused here.
struct BearerAuthenticator: RouterMiddleware {
    typealias Context = CoderRequestContext
    let store: any WorklistStore

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard let header = request.headers[.authorization] else { return try await next(request, context) }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else {
            throw APIError(.unauthorized, "Authorization: expected \"Bearer <token>\"")
        }
        guard let user = try await store.user(forToken: String(parts[1]).trimmingCharacters(in: .whitespaces)) else {
            throw APIError(.unauthorized, "the token is unknown, expired or revoked: sign in again")
        }
        var context = context
        context.user = user
        return try await next(request, context)
    }
}
