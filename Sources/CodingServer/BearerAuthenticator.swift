import Foundation
import HTTPTypes
import Hummingbird
import Worklist

/// Puts the request's user on the context: from `Authorization: Bearer <token>` (the API's clients) or from the
/// session cookie the sign-in page sets (the browser). A request with neither goes on unauthenticated (the routes say
/// who they need). A bearer token that is unknown, expired or revoked is noted, and the routes that need a user refuse
/// it with 401; a stale cookie is ignored, so the pages can send the browser to the sign-in page. Attached to the
/// route groups that know users (`/api` and the pages); the FHIR terminology API is public and holds nothing of a
/// patient, so a client's token for another server is not this one's business there.
struct BearerAuthenticator: RouterMiddleware {
    typealias Context = CoderRequestContext
    let store: any WorklistStore

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var context = context
        if let header = request.headers[.authorization] {
            // a token that is not good is refused by the routes that need a user (401 naming why); the public ones
            // (lookup, search, the description) answer as they would without it
            let parts = header.split(separator: " ", maxSplits: 1)
            if parts.count == 2, parts[0].lowercased() == "bearer" {
                if let user = try await store.user(forToken: String(parts[1]).trimmingCharacters(in: .whitespaces)) {
                    context.user = user
                } else {
                    context.rejectedToken = "the token is unknown, expired or revoked: sign in again"
                }
            } else {
                context.rejectedToken = "Authorization: expected \"Bearer <token>\""
            }
        } else if let token = SessionCookie.token(in: request) {
            if let user = try await store.user(forToken: token) {
                // a browser's change comes from our own pages: the cookie is SameSite=Strict, and a cross-site
                // Origin on a state-changing request is refused as well
                if request.method != .get, request.method != .head, !SessionCookie.sameOrigin(request) {
                    throw APIError(.forbidden, "cross-site request refused")
                }
                context.user = user
                context.sessionToken = token
            }
        }
        return try await next(request, context)
    }
}

/// The browser's session: the sign-in token in an HttpOnly, SameSite=Strict cookie.
enum SessionCookie {
    static let name = "coder_session"

    /// The token of the session cookie, if the request carries one.
    static func token(in request: Request) -> String? {
        guard let value = request.cookies[name]?.value, !value.isEmpty else { return nil }
        return value
    }

    /// The cookie that starts a session lasting until `expires`.
    static func set(_ token: String, expires: Date) -> Cookie {
        Cookie(
            name: name, value: token, maxAge: max(0, Int(expires.timeIntervalSinceNow)), path: "/", httpOnly: true,
            sameSite: .strict)
    }

    /// The cookie that ends the session.
    static let clear = Cookie(name: name, value: "", maxAge: 0, path: "/", httpOnly: true, sameSite: .strict)

    /// Whether an `Origin` header, when present, names the host the request was sent to.
    static func sameOrigin(_ request: Request) -> Bool {
        guard let origin = request.headers[.origin] else { return true }
        guard let host = request.head.authority else { return false }
        let stripped = origin.replacingOccurrences(of: "http://", with: "").replacingOccurrences(
            of: "https://", with: "")
        return stripped == host
    }
}
