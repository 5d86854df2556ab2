/// A status change the transition table does not allow.
public struct TransitionError: Error, CustomStringConvertible, Sendable, Equatable {
    public var encounter: String
    public var from: EncounterStatus
    public var to: EncounterStatus
    public init(encounter: String, from: EncounterStatus, to: EncounterStatus) {
        self.encounter = encounter
        self.from = from
        self.to = to
    }
    public var description: String {
        let allowed = EncounterStatus.allowedTransitions[from, default: []].map(\.rawValue).sorted()
        return "encounter \(encounter): cannot move from \(from.rawValue) to \(to.rawValue)"
            + " (allowed: \(allowed.isEmpty ? "none" : allowed.joined(separator: ", ")))"
    }
}

/// A physician-query state change the query table does not allow.
public struct QueryTransitionError: Error, CustomStringConvertible, Sendable, Equatable {
    public var queryID: Int64
    public var from: QueryState
    public var to: QueryState
    public init(queryID: Int64, from: QueryState, to: QueryState) {
        self.queryID = queryID
        self.from = from
        self.to = to
    }
    public var description: String { "query \(queryID): cannot move from \(from.rawValue) to \(to.rawValue)" }
}

/// A submission refused: pending reasons still open, error findings on the latest version, or no version at all.
public struct SubmitBlocked: Error, CustomStringConvertible, Sendable, Equatable {
    public var encounter: String
    public var reasons: [String]
    public init(encounter: String, reasons: [String]) {
        self.encounter = encounter
        self.reasons = reasons
    }
    public var description: String { "encounter \(encounter): cannot submit: \(reasons.joined(separator: "; "))" }
}

/// Something looked up by id or name that is not there.
public struct NotFound: Error, CustomStringConvertible, Sendable, Equatable {
    public var entity: String
    public var key: String
    public init(_ entity: String, _ key: String) {
        self.entity = entity
        self.key = key
    }
    public var description: String { "\(entity) \(key): not found" }
}

/// A value the store refuses: a duplicate username, an empty field, a date that is not a date.
public struct InvalidInput: Error, CustomStringConvertible, Sendable, Equatable {
    public var field: String
    public var value: String
    public var reason: String
    public init(field: String, value: String, reason: String) {
        self.field = field
        self.value = value
        self.reason = reason
    }
    public var description: String { "\(field) \"\(value)\": \(reason)" }
}

/// An action the acting user's role does not allow.
public struct PermissionDenied: Error, CustomStringConvertible, Sendable, Equatable {
    public var username: String
    public var action: String
    public init(username: String, action: String) {
        self.username = username
        self.action = action
    }
    public var description: String { "user \(username) may not \(action)" }
}

/// A sign-in refused: unknown user, wrong password or inactive account (deliberately not told apart).
public struct AuthenticationFailed: Error, CustomStringConvertible, Sendable, Equatable {
    public var username: String
    public init(username: String) { self.username = username }
    public var description: String { "sign-in refused for \(username)" }
}

/// An import file that cannot be read at all (not JSON, not a Bundle, no CSV header).
public struct ImportFormatError: Error, CustomStringConvertible, Sendable, Equatable {
    public var source: String
    public var message: String
    public init(source: String, message: String) {
        self.source = source
        self.message = message
    }
    public var description: String { "\(source): \(message)" }
}

/// A sign-in not even checked: the username or the client address failed too often lately (a backoff), or the
/// username is locked until an admin lifts it or the lockout ends.
public struct SignInThrottled: Error, CustomStringConvertible, Sendable, Equatable {
    public var username: String
    /// Whole seconds until an attempt is checked again.
    public var retryAfter: Int
    /// Whether it is a lockout (repeated failures of the username) rather than a backoff.
    public var locked: Bool
    public init(username: String, retryAfter: Int, locked: Bool) {
        self.username = username
        self.retryAfter = retryAfter
        self.locked = locked
    }
    public var description: String {
        locked
            ? "sign-in locked after repeated failures: try again in \(retryAfter) s, or ask an administrator to unlock"
            : "too many failed sign-ins: try again in \(retryAfter) s"
    }
}

/// A change of one's own password refused: the current password given is wrong or missing.
public struct CurrentPasswordWrong: Error, CustomStringConvertible, Sendable, Equatable {
    public init() {}
    public var description: String { "currentPassword: wrong; your password is unchanged" }
}

/// A change to an encounter by someone it is not assigned to.
public struct NotAssigned: Error, CustomStringConvertible, Sendable, Equatable {
    public var encounter: String
    /// Whether anybody holds it (claim it first when nobody does).
    public var heldByAnother: Bool
    public var action: String
    public init(encounter: String, heldByAnother: Bool, action: String) {
        self.encounter = encounter
        self.heldByAnother = heldByAnother
        self.action = action
    }
    public var description: String {
        heldByAnother
            ? "encounter \(encounter) is assigned to another coder: only they or a manager may \(action)"
            : "encounter \(encounter) is not assigned to you: claim it from its queue first, then \(action)"
    }
}
