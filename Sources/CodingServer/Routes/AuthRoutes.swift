import Foundation
import Hummingbird
import Worklist

/// Sign-in, sign-out and who am I.
struct AuthRoutes {
    let state: ServerState

    struct Credentials: Decodable {
        var username: String
        var password: String
    }

    func register(_ api: RouterGroup<CoderRequestContext>) {
        let store = state.store
        api.post("login") { request, context in
            let c = try await request.json(Credentials.self, context: context)
            do {
                return JSONBody(
                    try await store.signIn(username: c.username, password: c.password, client: context.clientAddress))
            } catch is AuthenticationFailed {
                // the same answer for an unknown user and a wrong password
                throw APIError(.unauthorized, "sign-in refused: unknown user, wrong password or inactive account")
            }
        }
        api.post("logout") { request, context in
            _ = try context.requireSignedIn()
            if let header = request.headers[.authorization], let token = header.split(separator: " ").last {
                try await store.revoke(token: String(token))
            }
            return Response(status: .noContent)
        }
        api.get("me") { _, context in JSONBody(try context.requireSignedIn()) }
    }
}
