import Foundation

/// The rules that put an encounter in a queue; every rule left nil matches everything.
public struct QueueRules: Codable, Sendable, Hashable {
    public var settings: [CareSetting]?
    public var services: [String]?
    public var payers: [String]?
    /// Discharged at least this many days ago (the DNFB age); implies discharged.
    public var minimumDischargeAgeDays: Int?
    public var drgs: [String]?
    /// Pre-coding confidence within this range, inclusive.
    public var minimumConfidence: Double?
    public var maximumConfidence: Double?
    /// The statuses the queue shows; nil means `new`, `precoded` and `inProgress`.
    public var statuses: [EncounterStatus]?

    public init(
        settings: [CareSetting]? = nil, services: [String]? = nil, payers: [String]? = nil,
        minimumDischargeAgeDays: Int? = nil, drgs: [String]? = nil, minimumConfidence: Double? = nil,
        maximumConfidence: Double? = nil, statuses: [EncounterStatus]? = nil
    ) {
        self.settings = settings
        self.services = services
        self.payers = payers
        self.minimumDischargeAgeDays = minimumDischargeAgeDays
        self.drgs = drgs
        self.minimumConfidence = minimumConfidence
        self.maximumConfidence = maximumConfidence
        self.statuses = statuses
    }

    /// The statuses in effect.
    public var effectiveStatuses: [EncounterStatus] { statuses ?? [.new, .precoded, .inProgress] }
}

/// A named worklist defined by rules (a Dolbey workgroup, an Epic coding workqueue).
public struct WorkQueue: Codable, Sendable, Hashable, Identifiable {
    public var id: Int64
    public var name: String
    public var rules: QueueRules
    public var createdAt: Date

    public init(id: Int64, name: String, rules: QueueRules, createdAt: Date) {
        self.id = id
        self.name = name
        self.rules = rules
        self.createdAt = createdAt
    }
}

/// A page of a queue's encounters, oldest discharge first, with the total and the unassigned count.
public struct QueuePage: Codable, Sendable, Hashable {
    public var queue: WorkQueue
    public var total: Int
    public var unassigned: Int
    public var encounters: [Encounter]

    public init(queue: WorkQueue, total: Int, unassigned: Int, encounters: [Encounter]) {
        self.queue = queue
        self.total = total
        self.unassigned = unassigned
        self.encounters = encounters
    }
}
