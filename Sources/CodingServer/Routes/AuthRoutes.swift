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
                return JSONBody(try await store.signIn(username: c.username, password: c.password))
            } catch is AuthenticationFailed {
                // the same answer for an unknown user and a wrong password
                throw APIError(.unauthorized, "sign-in refused: unknown user, wrong password or inactive account")
            }
        }
        api.post("logout") { request, context in
            _ = try context.require()
            if let header = request.headers[.authorization], let token = header.split(separator: " ").last {
                try await store.revoke(token: String(token))
            }
            return Response(status: .noContent)
        }
        api.get("me") { _, context in JSONBody(try context.require()) }
    }
}

/// Users and roles: the admin's.
struct UserRoutes {
    let state: ServerState

    struct NewUserBody: Decodable {
        var username: String
        var displayName: String?
        var role: UserRole
        var password: String
    }
    struct Active: Decodable { var active: Bool }
    struct Password: Decodable { var password: String }

    func register(_ api: RouterGroup<CoderRequestContext>) {
        let store = state.store
        api.get("users") { _, context in
            _ = try context.require(.admin)
            return JSONBody(try await store.users())
        }
        api.post("users") { request, context in
            _ = try context.require(.admin)
            let b = try await request.json(NewUserBody.self, context: context)
            guard b.password.count >= 10 else {
                throw APIError(.badRequest, "password: at least 10 characters")
            }
            let user = try await store.createUser(
                NewUser(
                    username: b.username, displayName: b.displayName ?? b.username, role: b.role, password: b.password))
            return JSONBody(user, status: .created)
        }
        api.post("users/:id/active") { request, context in
            _ = try context.require(.admin)
            let id = try context.parameters.id("id")
            try await store.setActive(userID: id, active: try await request.json(Active.self, context: context).active)
            guard let user = try await store.user(id: id) else { throw NotFound("user", String(id)) }
            return JSONBody(user)
        }
        api.post("users/:id/password") { request, context in
            let me = try context.require()
            let id = try context.parameters.id("id")
            guard me.role == .admin || me.id == id else {
                throw APIError(.forbidden, "only an admin sets another user's password")
            }
            let b = try await request.json(Password.self, context: context)
            guard b.password.count >= 10 else { throw APIError(.badRequest, "password: at least 10 characters") }
            try await store.setPassword(userID: id, password: b.password)
            return Response(status: .noContent)
        }
    }
}
