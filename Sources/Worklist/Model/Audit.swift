import Foundation

/// How many encounters to draw.
public enum AuditSampleSize: Codable, Sendable, Hashable {
    /// This many (or all there are).
    case count(Int)
    /// This percentage, rounded up.
    case percentage(Double)

    enum CodingKeys: String, CodingKey { case count, percentage }

    /// `{"count": 10}` or `{"percentage": 5}`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        if let n = try c.decodeIfPresent(Int.self, forKey: .count) {
            guard n >= 0 else {
                throw DecodingError.dataCorruptedError(
                    forKey: .count, in: c, debugDescription: "a count is not negative")
            }
            self = .count(n)
        } else if let p = try c.decodeIfPresent(Double.self, forKey: .percentage) {
            guard (0...100).contains(p) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .percentage, in: c, debugDescription: "a percentage is 0 to 100")
            }
            self = .percentage(p)
        } else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "give \"count\" or \"percentage\""))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .count(let n): try c.encode(n, forKey: .count)
        case .percentage(let p): try c.encode(p, forKey: .percentage)
        }
    }

    /// The number to draw out of `available`.
    public func number(of available: Int) -> Int {
        switch self {
        case .count(let n): return max(0, min(n, available))
        case .percentage(let p):
            let n = Int((Double(available) * p / 100).rounded(.up))
            return max(0, min(n, available))
        }
    }
}

/// How a sample is spread.
public enum AuditStratification: String, Codable, Sendable, CaseIterable, Hashable {
    /// Simple random sample.
    case none
    /// Proportional to each DRG's share.
    case drg
    /// Proportional to each coder's share of the pool: the size applies to all coders together.
    case coder
    /// Proportional to each pre-coding confidence band (below 0.5, 0.5 to 0.8, 0.8 and above, none).
    case confidenceBand
}

/// What to sample: coded encounters, per coder unless stratified by coder, reproducible from the seed.
public struct AuditSampleRequest: Codable, Sendable, Hashable {
    public var seed: UInt64
    public var size: AuditSampleSize
    public var stratification: AuditStratification
    /// Only these coders; nil for every coder with coded encounters.
    public var coderIDs: [Int64]?
    /// Coded (submitted) on or after this day, yyyy-mm-dd.
    public var codedFrom: String?
    /// Coded on or before this day, yyyy-mm-dd.
    public var codedTo: String?
    /// Leave out encounters already in another sample.
    public var excludeAlreadySampled: Bool

    public init(
        seed: UInt64, size: AuditSampleSize, stratification: AuditStratification = .none, coderIDs: [Int64]? = nil,
        codedFrom: String? = nil, codedTo: String? = nil, excludeAlreadySampled: Bool = true
    ) {
        self.seed = seed
        self.size = size
        self.stratification = stratification
        self.coderIDs = coderIDs
        self.codedFrom = codedFrom
        self.codedTo = codedTo
        self.excludeAlreadySampled = excludeAlreadySampled
    }

    /// The largest seed a request may give: 2^63 - 1.
    public static let maximumSeed = UInt64(Int64.max)

    enum CodingKeys: String, CodingKey {
        case seed, size, stratification, coderIDs, codedFrom, codedTo, excludeAlreadySampled
    }

    /// The JSON of a request: `seed` and `size` required, the rest with the defaults of ``init(seed:size:stratification:coderIDs:codedFrom:codedTo:excludeAlreadySampled:)``.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let seed = try c.decode(UInt64.self, forKey: .seed)
        // the largest integer the OpenAPI document can state (tools read integers as 64-bit signed)
        guard seed <= Self.maximumSeed else {
            throw DecodingError.dataCorruptedError(
                forKey: .seed, in: c, debugDescription: "the seed is at most \(Self.maximumSeed)")
        }
        self.init(
            seed: seed, size: try c.decode(AuditSampleSize.self, forKey: .size),
            stratification: try c.decodeIfPresent(AuditStratification.self, forKey: .stratification) ?? .none,
            coderIDs: try c.decodeIfPresent([Int64].self, forKey: .coderIDs),
            codedFrom: try c.decodeIfPresent(String.self, forKey: .codedFrom),
            codedTo: try c.decodeIfPresent(String.self, forKey: .codedTo),
            excludeAlreadySampled: try c.decodeIfPresent(Bool.self, forKey: .excludeAlreadySampled) ?? true)
    }
}

/// A coded encounter that may be drawn, with what the strata need.
public struct AuditCandidate: Codable, Sendable, Hashable {
    public var encounterID: Int64
    public var coderID: Int64
    /// The coder's submitted version.
    public var versionID: Int64
    public var drg: String?
    public var confidence: Double?

    public init(encounterID: Int64, coderID: Int64, versionID: Int64, drg: String?, confidence: Double?) {
        self.encounterID = encounterID
        self.coderID = coderID
        self.versionID = versionID
        self.drg = drg
        self.confidence = confidence
    }
}

/// The scores of one audited encounter: the coder's version against the auditor's blind one.
public struct AuditScore: Codable, Sendable, Hashable {
    /// Coder's diagnosis codes the auditor also coded, over the coder's.
    public var diagnosisPrecision: Double
    /// Auditor's diagnosis codes the coder also coded, over the auditor's.
    public var diagnosisRecall: Double
    public var procedurePrecision: Double
    public var procedureRecall: Double
    public var principalDiagnosisChanged: Bool
    public var coderDRG: String?
    public var auditorDRG: String?
    public var drgChanged: Bool
    /// Auditor's weight minus coder's: positive when the coder under-coded.
    public var weightDifference: Double
    /// Codes both coded with different present-on-admission indicators.
    public var poaMismatches: [String]
    /// What the auditor coded and the coder did not, and the reverse (codes without dots, upper case).
    public var missedCodes: [String]
    public var extraCodes: [String]

    public init(
        diagnosisPrecision: Double, diagnosisRecall: Double, procedurePrecision: Double, procedureRecall: Double,
        principalDiagnosisChanged: Bool, coderDRG: String?, auditorDRG: String?, drgChanged: Bool,
        weightDifference: Double, poaMismatches: [String], missedCodes: [String], extraCodes: [String]
    ) {
        self.diagnosisPrecision = diagnosisPrecision
        self.diagnosisRecall = diagnosisRecall
        self.procedurePrecision = procedurePrecision
        self.procedureRecall = procedureRecall
        self.principalDiagnosisChanged = principalDiagnosisChanged
        self.coderDRG = coderDRG
        self.auditorDRG = auditorDRG
        self.drgChanged = drgChanged
        self.weightDifference = weightDifference
        self.poaMismatches = poaMismatches
        self.missedCodes = missedCodes
        self.extraCodes = extraCodes
    }
}

/// The auditor's final word after a rebuttal (or without one).
public enum AuditDecision: String, Codable, Sendable, CaseIterable, Hashable {
    /// The auditor's codes stand.
    case auditorUpheld
    /// The coder's codes stand: the finding is withdrawn.
    case coderUpheld
    /// Some of each.
    case partial
}

/// A drawn sample.
public struct AuditSample: Codable, Sendable, Hashable, Identifiable {
    public var id: Int64
    public var seed: UInt64
    public var criteria: AuditSampleRequest
    public var createdBy: Int64?
    public var createdAt: Date
    public var items: [AuditItem]

    public init(
        id: Int64, seed: UInt64, criteria: AuditSampleRequest, createdBy: Int64?, createdAt: Date, items: [AuditItem]
    ) {
        self.id = id
        self.seed = seed
        self.criteria = criteria
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.items = items
    }
}

/// One encounter of a sample, from draw to final decision.
public struct AuditItem: Codable, Sendable, Hashable, Identifiable {
    public var id: Int64
    public var sampleID: Int64
    public var encounterID: Int64
    public var coderID: Int64
    /// The coder's submitted version when drawn.
    public var coderVersionID: Int64
    public var auditorID: Int64?
    public var auditorVersionID: Int64?
    public var score: AuditScore?
    public var rebuttal: String?
    public var rebuttedAt: Date?
    public var decision: AuditDecision?
    public var decisionNote: String?
    public var decidedBy: Int64?
    public var decidedAt: Date?

    public init(
        id: Int64, sampleID: Int64, encounterID: Int64, coderID: Int64, coderVersionID: Int64, auditorID: Int64? = nil,
        auditorVersionID: Int64? = nil, score: AuditScore? = nil, rebuttal: String? = nil, rebuttedAt: Date? = nil,
        decision: AuditDecision? = nil, decisionNote: String? = nil, decidedBy: Int64? = nil, decidedAt: Date? = nil
    ) {
        self.id = id
        self.sampleID = sampleID
        self.encounterID = encounterID
        self.coderID = coderID
        self.coderVersionID = coderVersionID
        self.auditorID = auditorID
        self.auditorVersionID = auditorVersionID
        self.score = score
        self.rebuttal = rebuttal
        self.rebuttedAt = rebuttedAt
        self.decision = decision
        self.decisionNote = decisionNote
        self.decidedBy = decidedBy
        self.decidedAt = decidedAt
    }
}

/// One coder's audit results over a period.
public struct CoderScorecard: Codable, Sendable, Hashable {
    public var coderID: Int64
    public var username: String
    public var audited: Int
    public var diagnosisPrecision: Double
    public var diagnosisRecall: Double
    public var procedurePrecision: Double
    public var procedureRecall: Double
    /// Share of audited encounters whose principal diagnosis the auditor changed.
    public var principalChangedRate: Double
    public var drgChangedRate: Double
    /// Sum of auditor minus coder weights: the financial impact in relative-weight units.
    public var totalWeightDifference: Double
    public var poaMismatches: Int
    public var rebuttals: Int
    /// Decisions for the coder among the rebutted.
    public var rebuttalsUpheld: Int

    public init(
        coderID: Int64, username: String, audited: Int, diagnosisPrecision: Double, diagnosisRecall: Double,
        procedurePrecision: Double, procedureRecall: Double, principalChangedRate: Double, drgChangedRate: Double,
        totalWeightDifference: Double, poaMismatches: Int, rebuttals: Int, rebuttalsUpheld: Int
    ) {
        self.coderID = coderID
        self.username = username
        self.audited = audited
        self.diagnosisPrecision = diagnosisPrecision
        self.diagnosisRecall = diagnosisRecall
        self.procedurePrecision = procedurePrecision
        self.procedureRecall = procedureRecall
        self.principalChangedRate = principalChangedRate
        self.drgChangedRate = drgChangedRate
        self.totalWeightDifference = totalWeightDifference
        self.poaMismatches = poaMismatches
        self.rebuttals = rebuttals
        self.rebuttalsUpheld = rebuttalsUpheld
    }
}
