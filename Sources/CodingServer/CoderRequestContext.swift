import Foundation
import Hummingbird
import Synchronization
import Worklist

/// The context of one request: who made it, once the bearer token is checked.
public struct CoderRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The signed-in user; nil until ``BearerAuthenticator`` has found one.
    public var user: User?
    /// The browser session's token when the user came by the session cookie (the pages' sign-out revokes it).
    public var sessionToken: String?
    /// Why a bearer token the request carried was not accepted (unknown, expired, revoked): routes that need a user
    /// answer 401 with it; public routes ignore a stale token.
    public var rejectedToken: String?
    /// The client's network address (the peer of the connection), for sign-in throttling and the access log.
    public var clientAddress: String?

    public init(source: Source) {
        coreContext = .init(source: source)
        user = nil
        sessionToken = nil
        rejectedToken = nil
        clientAddress = source.channel.remoteAddress?.ipAddress
    }

    /// Imports of FHIR bundles with their notes run to several megabytes; nothing else comes near (32 MiB unless
    /// ``ServerConfiguration/uploadLimit`` says otherwise).
    public var maxUploadSize: Int { ServerConfiguration.currentUploadLimit.load(ordering: .relaxed) }

    /// The signed-in user if their role is one of `roles` (any role when empty).
    /// - Throws: 401 when nobody is signed in, 403 naming the role when it is not allowed.
    public func require(_ roles: UserRole...) throws -> User {
        try require(anyOf: roles.isEmpty ? UserRole.allCases : roles)
    }
}

/// The roles that work with patient records.
extension UserRole {
    static let clinical: [UserRole] = [.coder, .cdi, .auditor, .manager]
}

extension CoderRequestContext {
    /// The signed-in user if their role is one of `roles`. A user whose password an admin reset may do nothing but
    /// change it (``requireSignedIn()``).
    public func require(anyOf roles: [UserRole]) throws -> User {
        let user = try requireSignedIn()
        guard !user.mustChangePassword else {
            throw APIError(
                .forbidden,
                "your password was reset: change it first (POST /api/users/\(user.id)/password with currentPassword)")
        }
        guard roles.contains(user.role) else {
            throw APIError(
                .forbidden,
                "role \(user.role.rawValue) may not do this (allowed: \(roles.map(\.rawValue).joined(separator: ", ")))"
            )
        }
        return user
    }

    /// The signed-in user, whatever their role, even one who must change their password first.
    /// - Throws: 401 when nobody is signed in (naming a rejected token).
    public func requireSignedIn() throws -> User {
        guard let user else {
            if let rejectedToken { throw APIError(.unauthorized, rejectedToken) }
            throw APIError(.unauthorized, "sign in first: Authorization: Bearer <token>")
        }
        return user
    }
}
