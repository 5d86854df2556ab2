import Foundation

/// What was read.
public enum AccessAction: String, Codable, Sendable, CaseIterable, Hashable {
    /// The whole chart: encounter, patient, documents, versions.
    case chart
    /// One note's text.
    case note
    /// The notes read by a batch job for the engine.
    case batchRead
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

    public init(
        id: Int64, userID: Int64?, actor: String, action: AccessAction, encounterID: Int64?, documentID: Int64?,
        at: Date
    ) {
        self.id = id
        self.userID = userID
        self.actor = actor
        self.action = action
        self.encounterID = encounterID
        self.documentID = documentID
        self.at = at
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
