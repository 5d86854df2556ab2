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
    /// Set by an admin's password reset: until the user changes the password, they may do nothing else.
    public var mustChangePassword: Bool
    /// Sign-ins refused for this username since its last success (wrong passwords and throttled attempts).
    public var failedSignIns: Int?
    /// Sign-in is refused until then (a backoff after failures, or a lockout an admin can lift).
    public var lockedUntil: Date?

    public init(
        id: Int64, username: String, displayName: String, role: UserRole, active: Bool, createdAt: Date,
        mustChangePassword: Bool = false, failedSignIns: Int? = nil, lockedUntil: Date? = nil
    ) {
        self.id = id
        self.username = username
        self.displayName = displayName
        self.role = role
        self.active = active
        self.createdAt = createdAt
        self.mustChangePassword = mustChangePassword
        self.failedSignIns = failedSignIns
        self.lockedUntil = lockedUntil
    }
}

/// How sign-in failures slow down and then stop an attacker: per username and per client address, a few free
/// failures, then a doubling wait before the next attempt is even checked (`429` with `Retry-After`), and for a
/// username a lockout after repeated failures that an admin can lift. Counters of a client address fade after
/// `decay` without a failure; a username's reset when it signs in.
public struct SignInPolicy: Sendable, Hashable {
    /// Failures of a username before its attempts are delayed.
    public var freeFailuresPerUser: Int
    /// Failures of a client address (over every username) before its attempts are delayed.
    public var freeFailuresPerClient: Int
    /// The first delay; each further failure doubles it, up to `maximumDelay`.
    public var firstDelay: TimeInterval
    public var maximumDelay: TimeInterval
    /// Consecutive failures of a username that lock it for `lockoutDuration`.
    public var lockoutAfter: Int
    public var lockoutDuration: TimeInterval
    /// How long a client address's failures are remembered without a new one.
    public var decay: TimeInterval

    public init(
        freeFailuresPerUser: Int = 3, freeFailuresPerClient: Int = 10, firstDelay: TimeInterval = 1,
        maximumDelay: TimeInterval = 60, lockoutAfter: Int = 10, lockoutDuration: TimeInterval = 15 * 60,
        decay: TimeInterval = 15 * 60
    ) {
        self.freeFailuresPerUser = freeFailuresPerUser
        self.freeFailuresPerClient = freeFailuresPerClient
        self.firstDelay = firstDelay
        self.maximumDelay = maximumDelay
        self.lockoutAfter = lockoutAfter
        self.lockoutDuration = lockoutDuration
        self.decay = decay
    }

    /// The wait after the `failures`-th failure when `free` failures are free: none, then 1, 2, 4 … seconds.
    public func delay(afterFailures failures: Int, free: Int) -> TimeInterval {
        guard failures > free else { return 0 }
        let exponent = min(failures - free - 1, 30)
        return min(maximumDelay, firstDelay * Double(1 << exponent))
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
