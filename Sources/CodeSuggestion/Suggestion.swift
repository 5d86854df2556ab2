import NoteAnalysis
import Terminology

/// Where the patient was seen: the coding conventions on uncertain diagnoses differ (ICD-10-CM Official Guidelines
/// Section II.H and Section IV.H).
public enum CareSetting: String, Sendable, Hashable, Codable, CaseIterable {
    case inpatient
    case outpatient
}

/// A stretch of the note that supports a code: UTF-8 byte offsets of the input, the text and its section.
public struct EvidenceSpan: Sendable, Hashable, Codable {
    public var start: Int
    public var end: Int
    public var text: String
    public var section: String

    public init(start: Int, end: Int, text: String, section: String) {
        self.start = start
        self.end = end
        self.text = text
        self.section = section
    }

    public init(_ range: Range<Int>, in note: ClinicalNote, section: SectionKind) {
        self.init(start: range.lowerBound, end: range.upperBound, text: note[range], section: section.rawValue)
    }
}

/// One suggested code.
public struct SuggestedCode: Sendable, Hashable, Codable {
    /// The code, dotted for ICD-10-CM; for ICD-10-PCS a full 7-character code or, where the text does not determine
    /// every axis, the shortest prefix it does determine (`partial`).
    public var code: String
    public var system: CodeSystem
    public var title: String
    /// 0…1: how sure the engine is that a coder would assign it.
    public var confidence: Double
    /// The assertion status the code was assigned under (`present`, `uncertain` coded as established in the inpatient
    /// setting, `historical` for personal history codes).
    public var assertion: AssertionStatus
    /// The principal (inpatient) or first-listed (outpatient) diagnosis candidate.
    public var principal: Bool
    /// A PCS prefix, not a complete code.
    public var partial: Bool
    public var evidence: [EvidenceSpan]
    /// Why this code and not a less (or more) specific one: laterality, acuity, a combination code, a convention.
    public var reasons: [String]
    /// The kind of evidence behind it (`title/present`, `lexicon+learned/uncertain`, `learned-reordered/present` …): the
    /// key under which ``Calibration`` counts how often coders kept such suggestions.
    public var basis: String

    public init(
        code: String, system: CodeSystem, title: String, confidence: Double, assertion: AssertionStatus = .present,
        principal: Bool = false, partial: Bool = false, evidence: [EvidenceSpan], reasons: [String] = [],
        basis: String = ""
    ) {
        self.basis = basis
        self.code = code
        self.system = system
        self.title = title
        self.confidence = confidence
        self.assertion = assertion
        self.principal = principal
        self.partial = partial
        self.evidence = evidence
        self.reasons = reasons
    }
}

/// Why a finding in the note was not coded.
public enum NotCodedReason: String, Sendable, Hashable, Codable {
    case negated
    case family
    case hypothetical
    case uncertainOutpatient = "uncertain-outpatient"
    case integralSymptom = "integral-symptom"
    case combined = "combined"
    /// Its words are part of the mention of a more specific code of the same category, or a more specific code of the
    /// same condition is coded (one code per condition at the documented specificity).
    case lessSpecific = "less-specific"
    /// Considered and excluded in the record (`possible pneumonia` … `pneumonia ruled out`).
    case ruledOut = "ruled-out"
    /// The words name something else where they stand (`ST depression`, `PE:` for the physical examination).
    case otherMeaning = "other-meaning"
    /// A code a coder does not report beside what is coded (`R69 Illness, unspecified` beside a definitive
    /// diagnosis; an old infarction beside the current one).
    case notReported = "not-reported"
    /// Not a code on the note's date: added by a later release, with no code of the date's release named for it.
    case notInRelease = "not-in-release"
}

/// A finding the engine saw and did not code, with the code it would have been.
public struct NotCoded: Sendable, Hashable, Codable {
    public var code: String
    public var system: CodeSystem
    public var title: String
    public var reason: NotCodedReason
    /// The trigger or the code that explains the decision (`no`, `mother`, `I50.23`).
    public var detail: String?
    public var evidence: [EvidenceSpan]

    public init(
        code: String, system: CodeSystem, title: String, reason: NotCodedReason, detail: String?,
        evidence: [EvidenceSpan]
    ) {
        self.code = code
        self.system = system
        self.title = title
        self.reason = reason
        self.detail = detail
        self.evidence = evidence
    }
}

/// What the engine suggests for one note.
public struct Suggestions: Sendable, Hashable, Codable {
    public var setting: CareSetting
    /// Diagnoses, the principal or first-listed candidate first, then by confidence.
    public var diagnoses: [SuggestedCode]
    public var procedures: [SuggestedCode]
    public var notCoded: [NotCoded]

    public init(setting: CareSetting, diagnoses: [SuggestedCode], procedures: [SuggestedCode], notCoded: [NotCoded]) {
        self.setting = setting
        self.diagnoses = diagnoses
        self.procedures = procedures
        self.notCoded = notCoded
    }
}
