import Foundation
import Hummingbird
import OpenAPIHummingbird
import OpenAPIRuntime
import Worklist

/// The /api operations implemented against the types swift-openapi-generator writes from the OpenAPI document
/// (`Generated/`, `openapi-generator-config.yaml`): an operation the document does not describe cannot be written
/// here, and one it describes cannot be left out (the compiler holds `APIProtocol` to the document). The operations of
/// the tags in the configuration's filter are here; the other /api routes are still registered on the router
/// (`Routes/`), and move here tag by tag.
struct APIHandler: APIProtocol {
    let state: ServerState

    /// The generated routes, each on a group of the router with what the document asks of its caller
    /// (``APITransport``).
    static func register(
        _ state: ServerState, on router: Router<CoderRequestContext>, authenticator: BearerAuthenticator
    )
        throws
    {
        try APIHandler(state: state).registerHandlers(
            on: APITransport(router: router, authenticator: authenticator),
            configuration: .init(jsonEncodingOptions: [.sortedKeys, .withoutEscapingSlashes]))
    }

    // MARK: users (the admin's)

    func listUsers(_ input: Operations.ListUsers.Input) async throws -> Operations.ListUsers.Output {
        _ = try APIRequest.current.require(.admin)
        return .ok(.init(body: .json(try await state.store.users())))
    }

    func createUser(_ input: Operations.CreateUser.Input) async throws -> Operations.CreateUser.Output {
        _ = try APIRequest.current.require(.admin)
        guard case .json(let b) = input.body else { throw APIError(.badRequest, "request body: expected JSON") }
        guard b.password.count >= 10 else { throw APIError(.badRequest, "password: at least 10 characters") }
        let user = try await state.store.createUser(
            NewUser(
                username: b.username, displayName: b.displayName ?? b.username, role: b.role, password: b.password))
        return .created(.init(body: .json(user)))
    }

    func setUserActive(_ input: Operations.SetUserActive.Input) async throws -> Operations.SetUserActive.Output {
        _ = try APIRequest.current.require(.admin)
        guard case .json(let b) = input.body else { throw APIError(.badRequest, "request body: expected JSON") }
        let id = input.path.id
        try await state.store.setActive(userID: id, active: b.active)
        guard let user = try await state.store.user(id: id) else { throw NotFound("user", String(id)) }
        return .ok(.init(body: .json(user)))
    }

    func resetPassword(_ input: Operations.ResetPassword.Input) async throws -> Operations.ResetPassword.Output {
        // a user whose password was reset may call this (and nothing else) to change it
        let context = try APIRequest.current
        let me = try context.requireSignedIn()
        guard case .json(let b) = input.body else { throw APIError(.badRequest, "request body: expected JSON") }
        let id = input.path.id
        guard b.password.count >= 10 else { throw APIError(.badRequest, "password: at least 10 characters") }
        if me.id == id {
            // one's own password: the current one proves it is the user and not a stolen session
            guard let current = b.currentPassword, !current.isEmpty else {
                throw APIError(.badRequest, "currentPassword: required to change your own password")
            }
            do {
                try await state.store.changePassword(
                    userID: id, current: current, new: b.password, client: context.clientAddress)
            } catch let e as CurrentPasswordWrong {
                throw APIError(.forbidden, e.description)
            }
        } else {
            guard me.role == .admin, !me.mustChangePassword else {
                throw APIError(.forbidden, "only an admin sets another user's password")
            }
            // an admin's reset: the user must change it at next sign-in; logged as the admin's act
            try await state.store.resetPassword(userID: id, password: b.password, by: me.id)
        }
        return .noContent(.init())
    }

    func unlockUser(_ input: Operations.UnlockUser.Input) async throws -> Operations.UnlockUser.Output {
        let admin = try APIRequest.current.require(.admin)
        return .ok(.init(body: .json(try await state.store.unlock(userID: input.path.id, by: admin.id))))
    }
}
