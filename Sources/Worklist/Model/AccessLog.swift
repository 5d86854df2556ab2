import Foundation

/// What was read.
public enum AccessAction: String, Codable, Sendable, CaseIterable, Hashable {
    /// The whole chart: encounter, patient, documents, versions.
    case chart
    /// One note's text.
    case note
    /// The notes read by a batch job for the engine.
    case batchRead
    /// A sign-in refused: a wrong password, an unknown user, or an attempt while throttled or locked (`detail`).
    case signInFailed
    /// A username locked after repeated failures.
    case lockedOut
    /// A lockout lifted by an admin.
    case unlocked
    /// An admin set another user's password (the user must change it at next sign-in).
    case passwordReset
    /// A user changed their own password.
    case passwordChanged
}

/// One read of patient data: who, what, when, and no patient data beyond ids.
public struct AccessLogEntry: Codable, Sendable, Hashable, Identifiable {
    public var id: Int64
    public var userID: Int64?
    /// The username, or `engine (job N)`.
    public var actor: String
    public var action: AccessAction
    public var encounterID: Int64?
    public var documentID: Int64?
    public var at: Date
    /// For a read by a user whose password an admin reset (and who has not since changed it of their own accord):
    /// that admin, since whoever knows the password may be either.
    public var onBehalfOf: String?
    /// The client's network address, for sign-in events.
    public var client: String?
    /// What happened, for sign-in and password events (`wrong password`, `throttled`, `password of cora`).
    public var detail: String?

    public init(
        id: Int64, userID: Int64?, actor: String, action: AccessAction, encounterID: Int64?, documentID: Int64?,
        at: Date, onBehalfOf: String? = nil, client: String? = nil, detail: String? = nil
    ) {
        self.id = id
        self.userID = userID
        self.actor = actor
        self.action = action
        self.encounterID = encounterID
        self.documentID = documentID
        self.at = at
        self.onBehalfOf = onBehalfOf
        self.client = client
        self.detail = detail
    }
}

/// Filters of the access-log query; nil matches everything.
public struct AccessLogFilter: Codable, Sendable, Hashable {
    public var userID: Int64?
    public var encounterID: Int64?
    public var from: Date?
    /// Exclusive.
    public var to: Date?
    public var limit: Int

    public init(userID: Int64? = nil, encounterID: Int64? = nil, from: Date? = nil, to: Date? = nil, limit: Int = 500) {
        self.userID = userID
        self.encounterID = encounterID
        self.from = from
        self.to = to
        self.limit = limit
    }
}
