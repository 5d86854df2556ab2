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
    /// A new password; changing one's own needs the current one too.
    struct Password: Decodable {
        var password: String
        var currentPassword: String?
    }

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
            // a user whose password was reset may call this (and nothing else) to change it
            let me = try context.requireSignedIn()
            let id = try context.parameters.id("id")
            let b = try await request.json(Password.self, context: context)
            guard b.password.count >= 10 else { throw APIError(.badRequest, "password: at least 10 characters") }
            if me.id == id {
                // one's own password: the current one proves it is the user and not a stolen session
                guard let current = b.currentPassword, !current.isEmpty else {
                    throw APIError(.badRequest, "currentPassword: required to change your own password")
                }
                do {
                    try await store.changePassword(
                        userID: id, current: current, new: b.password, client: context.clientAddress)
                } catch let e as CurrentPasswordWrong {
                    throw APIError(.forbidden, e.description)
                }
            } else {
                guard me.role == .admin, !me.mustChangePassword else {
                    throw APIError(.forbidden, "only an admin sets another user's password")
                }
                // an admin's reset: the user must change it at next sign-in; logged as the admin's act
                try await store.resetPassword(userID: id, password: b.password, by: me.id)
            }
            return Response(status: .noContent)
        }
        api.post("users/:id/unlock") { _, context in
            let admin = try context.require(.admin)
            return JSONBody(try await store.unlock(userID: try context.parameters.id("id"), by: admin.id))
        }
    }
}
