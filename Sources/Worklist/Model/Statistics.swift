import Foundation

/// Admissions and discharges on one day.
public struct DailyCensus: Codable, Sendable, Hashable {
    /// yyyy-mm-dd.
    public var day: String
    public var admissions: Int
    public var discharges: Int

    public init(day: String, admissions: Int, discharges: Int) {
        self.day = day
        self.admissions = admissions
        self.discharges = discharges
    }
}

/// The discharged-not-final-billed age buckets, in days since discharge.
public enum DNFBAgeBucket: String, Codable, CodingKeyRepresentable, Sendable, CaseIterable, Hashable {
    case days0to3 = "0-3"
    case days4to7 = "4-7"
    case days8to14 = "8-14"
    case days15to30 = "15-30"
    case over30 = ">30"

    /// The bucket of an age in days.
    public init(days: Int) {
        switch days {
        case ..<4: self = .days0to3
        case 4...7: self = .days4to7
        case 8...14: self = .days8to14
        case 15...30: self = .days15to30
        default: self = .over30
        }
    }
}

/// The work not yet submitted, by status, and the discharged part of it by age.
public struct Backlog: Codable, Sendable, Hashable {
    public var byStatus: [EncounterStatus: Int]
    /// Discharged encounters not yet coded, by days since discharge.
    public var dnfbByAge: [DNFBAgeBucket: Int]

    public init(byStatus: [EncounterStatus: Int], dnfbByAge: [DNFBAgeBucket: Int]) {
        self.byStatus = byStatus
        self.dnfbByAge = dnfbByAge
    }

    /// Discharged, not final billed.
    public var dnfbTotal: Int { dnfbByAge.values.reduce(0, +) }
}

/// Encounters one coder submitted on one day.
public struct CoderDayCount: Codable, Sendable, Hashable {
    public var coderID: Int64
    public var username: String
    public var day: String
    public var coded: Int

    public init(coderID: Int64, username: String, day: String, coded: Int) {
        self.coderID = coderID
        self.username = username
        self.day = day
        self.coded = coded
    }
}

/// The case-mix index and the CC/MCC capture of coded encounters discharged in a period.
public struct CaseMix: Codable, Sendable, Hashable {
    /// Coded (or audited) encounters with a DRG weight.
    public var encounters: Int
    public var totalWeight: Double
    /// Mean relative weight.
    public var caseMixIndex: Double
    public var withCC: Int
    public var withMCC: Int
    /// Share of encounters with a CC or an MCC.
    public var ccMccCaptureRate: Double
    /// Coded encounters of the period left out of the index because their DRG has no relative weight (no IPPS
    /// Table 5 of their grouper version is loaded: v44.0, FY2027, until CMS's is imported).
    public var withoutWeight: Int = 0

    public init(
        encounters: Int, totalWeight: Double, caseMixIndex: Double, withCC: Int, withMCC: Int, ccMccCaptureRate: Double,
        withoutWeight: Int = 0
    ) {
        self.withoutWeight = withoutWeight
        self.encounters = encounters
        self.totalWeight = totalWeight
        self.caseMixIndex = caseMixIndex
        self.withCC = withCC
        self.withMCC = withMCC
        self.ccMccCaptureRate = ccMccCaptureRate
    }
}

/// What coders did with the engine's suggestions: its first pre-coding against the coder's submitted version.
public struct SuggestionOutcome: Codable, Sendable, Hashable {
    public var encounters: Int
    /// Suggested codes the coder kept.
    public var accepted: Int
    /// Suggested codes replaced by another code of the same category.
    public var edited: Int
    /// Suggested codes the coder removed.
    public var removed: Int
    /// Codes the coder added that nothing suggested.
    public var added: Int

    public init(encounters: Int = 0, accepted: Int = 0, edited: Int = 0, removed: Int = 0, added: Int = 0) {
        self.encounters = encounters
        self.accepted = accepted
        self.edited = edited
        self.removed = removed
        self.added = added
    }

    /// Accepted over suggested.
    public var acceptanceRate: Double {
        let suggested = accepted + edited + removed
        return suggested == 0 ? 0 : Double(accepted) / Double(suggested)
    }
}

/// Physician queries over encounters discharged in a period.
public struct QueryStatistics: Codable, Sendable, Hashable {
    public var encounters: Int
    public var encountersQueried: Int
    /// Queried encounters over encounters.
    public var queryRate: Double
    public var queries: Int
    public var answered: Int
    /// Median hours from sent to answered; nil when none was answered.
    public var medianTurnaroundHours: Double?

    public init(
        encounters: Int, encountersQueried: Int, queryRate: Double, queries: Int, answered: Int,
        medianTurnaroundHours: Double?
    ) {
        self.encounters = encounters
        self.encountersQueried = encountersQueried
        self.queryRate = queryRate
        self.queries = queries
        self.answered = answered
        self.medianTurnaroundHours = medianTurnaroundHours
    }
}

/// One coder's audit accuracy in one month.
public struct AuditAccuracy: Codable, Sendable, Hashable {
    public var coderID: Int64
    public var username: String
    /// yyyy-mm, of the auditor's re-coding.
    public var month: String
    public var audited: Int
    /// Mean of diagnosis and procedure F1 against the auditor.
    public var codeAccuracy: Double
    /// Share of audited encounters whose DRG the auditor kept.
    public var drgAccuracy: Double

    public init(
        coderID: Int64, username: String, month: String, audited: Int, codeAccuracy: Double, drgAccuracy: Double
    ) {
        self.coderID = coderID
        self.username = username
        self.month = month
        self.audited = audited
        self.codeAccuracy = codeAccuracy
        self.drgAccuracy = drgAccuracy
    }
}
