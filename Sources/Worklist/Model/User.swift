import Foundation

/// What a user may do in the department; the server checks it on every endpoint that touches patient data.
public enum UserRole: String, Codable, Sendable, CaseIterable, Hashable {
    case coder, cdi, auditor, manager, admin
}

/// A person who signs in: a coder, a CDI specialist, an auditor, a manager or an administrator.
public struct User: Codable, Sendable, Hashable, Identifiable {
    public var id: Int64
    /// Unique, compared without regard to case.
    public var username: String
    public var displayName: String
    public var role: UserRole
    /// An inactive user cannot sign in and their tokens are refused.
    public var active: Bool
    public var createdAt: Date

    public init(id: Int64, username: String, displayName: String, role: UserRole, active: Bool, createdAt: Date) {
        self.id = id
        self.username = username
        self.displayName = displayName
        self.role = role
        self.active = active
        self.createdAt = createdAt
    }
}

/// What it takes to create a user; the password is hashed before it is stored and never kept.
public struct NewUser: Sendable, Hashable {
    public var username: String
    public var displayName: String
    public var role: UserRole
    public var password: String

    public init(username: String, displayName: String, role: UserRole, password: String) {
        self.username = username
        self.displayName = displayName
        self.role = role
        self.password = password
    }
}

/// A bearer token handed to a user at sign-in. Only its SHA-256 is stored: this value is shown once.
public struct IssuedToken: Codable, Sendable, Hashable {
    /// 32 random bytes, base64url without padding.
    public var token: String
    public var user: User
    public var expiresAt: Date

    public init(token: String, user: User, expiresAt: Date) {
        self.token = token
        self.user = user
        self.expiresAt = expiresAt
    }
}
