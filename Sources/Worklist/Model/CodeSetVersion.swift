import Foundation
import Terminology

/// Who produced a code-set version.
public enum VersionSource: String, Codable, Sendable, CaseIterable, Hashable {
    /// The engine's pre-coding (batch job).
    case precode
    /// A coder's edit or submission.
    case coder
    /// An auditor's blind re-coding.
    case auditor
    /// Codes that came with the imported record.
    case `import`
}

/// Whether the code set carries a complication or comorbidity (CC) or a major one (MCC) that the DRG used.
public enum CCMCCLevel: String, Codable, Sendable, CaseIterable, Hashable {
    case none, cc, mcc
}

/// One version of an encounter's code set. Versions are append-only: a change is a new version.
public struct CodeSetVersion: Codable, Sendable, Hashable, Identifiable {
    public var id: Int64
    public var encounterID: Int64
    /// 1, 2, 3… within the encounter.
    public var number: Int
    /// The user who saved it; nil for the engine or an import.
    public var userID: Int64?
    /// The username, `engine` or `import`.
    public var createdBy: String
    public var createdAt: Date
    public var source: VersionSource
    public var engineVersion: String?
    /// Principal (or first-listed) first, each with its present-on-admission indicator.
    public var diagnoses: [Claim.Diagnosis]
    public var procedures: [Claim.Procedure]
    public var drg: String?
    public var weight: Double?
    public var ccMcc: CCMCCLevel?
    public var confidence: Double?
    /// The edits the caller ran on this code set; an `error` among them blocks submission.
    public var findings: [Finding]

    public init(
        id: Int64, encounterID: Int64, number: Int, userID: Int64?, createdBy: String, createdAt: Date,
        source: VersionSource, engineVersion: String?, diagnoses: [Claim.Diagnosis], procedures: [Claim.Procedure],
        drg: String?, weight: Double?, ccMcc: CCMCCLevel?, confidence: Double?, findings: [Finding]
    ) {
        self.id = id
        self.encounterID = encounterID
        self.number = number
        self.userID = userID
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.source = source
        self.engineVersion = engineVersion
        self.diagnoses = diagnoses
        self.procedures = procedures
        self.drg = drg
        self.weight = weight
        self.ccMcc = ccMcc
        self.confidence = confidence
        self.findings = findings
    }

    /// Whether a finding of severity error is stored on this version.
    public var hasErrors: Bool { findings.contains { $0.severity == .error } }
}

/// A code set to append as a new version; the store numbers it and stamps user and time.
public struct NewVersion: Codable, Sendable, Hashable {
    public var source: VersionSource
    public var diagnoses: [Claim.Diagnosis]
    public var procedures: [Claim.Procedure]
    public var drg: String?
    public var weight: Double?
    public var ccMcc: CCMCCLevel?
    /// The engine's confidence in a pre-coding, 0...1.
    public var confidence: Double?
    public var engineVersion: String?
    public var findings: [Finding]

    public init(
        source: VersionSource, diagnoses: [Claim.Diagnosis], procedures: [Claim.Procedure] = [], drg: String? = nil,
        weight: Double? = nil, ccMcc: CCMCCLevel? = nil, confidence: Double? = nil, engineVersion: String? = nil,
        findings: [Finding] = []
    ) {
        self.source = source
        self.diagnoses = diagnoses
        self.procedures = procedures
        self.drg = drg
        self.weight = weight
        self.ccMcc = ccMcc
        self.confidence = confidence
        self.engineVersion = engineVersion
        self.findings = findings
    }
}
