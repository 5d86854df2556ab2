import Foundation

/// Where a batch job is.
public enum JobState: String, Codable, Sendable, CaseIterable, Hashable {
    case queued, running, done, failed
}

/// Where one encounter of a job is. `running` items of a job that is resumed are redone: their version was never
/// committed, since a version and its item's `done` are written in one transaction.
public enum JobItemState: String, Codable, Sendable, CaseIterable, Hashable {
    case pending, running, done, failed
}

/// A background job over a set of encounters (pre-coding), resumable after a crash.
public struct BatchJob: Codable, Sendable, Hashable, Identifiable {
    public var id: Int64
    /// What the job does (`precode`).
    public var kind: String
    public var state: JobState
    public var total: Int
    public var done: Int
    public var errors: Int
    public var createdBy: Int64?
    public var startedAt: Date?
    public var updatedAt: Date

    public init(
        id: Int64, kind: String, state: JobState, total: Int, done: Int, errors: Int, createdBy: Int64?,
        startedAt: Date?, updatedAt: Date
    ) {
        self.id = id
        self.kind = kind
        self.state = state
        self.total = total
        self.done = done
        self.errors = errors
        self.createdBy = createdBy
        self.startedAt = startedAt
        self.updatedAt = updatedAt
    }
}

/// One encounter of a job.
public struct JobItem: Codable, Sendable, Hashable, Identifiable {
    public var id: Int64
    public var jobID: Int64
    public var encounterID: Int64
    public var state: JobItemState
    /// The version this item produced, once done.
    public var versionID: Int64?
    public var error: String?
    public var attempts: Int
    public var updatedAt: Date

    public init(
        id: Int64, jobID: Int64, encounterID: Int64, state: JobItemState, versionID: Int64?, error: String?,
        attempts: Int, updatedAt: Date
    ) {
        self.id = id
        self.jobID = jobID
        self.encounterID = encounterID
        self.state = state
        self.versionID = versionID
        self.error = error
        self.attempts = attempts
        self.updatedAt = updatedAt
    }
}
