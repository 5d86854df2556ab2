/// The kind of a note section, named as a coder would read the header.
public enum SectionKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Text before the first header, or a note without headers.
    case unlabeled
    case chiefComplaint, historyOfPresentIllness, pastMedicalHistory, pastSurgicalHistory, familyHistory
    case socialHistory, medications, dischargeMedications, allergies, reviewOfSystems, physicalExamination
    case vitalSigns, labs, imaging, pathology, assessment, plan, assessmentAndPlan, differentialDiagnosis
    case hospitalCourse, admissionDiagnoses, dischargeDiagnoses, finalDiagnoses, principalDiagnosis
    case secondaryDiagnoses, diagnoses, procedures, procedureDescription, operativeFindings
    case preoperativeDiagnosis, postoperativeDiagnosis, indications, complications, operativeDetails
    case disposition, dischargeInstructions, followUp

    /// The assertion status the section gives to every finding in it, if any: family history is family,
    /// past medical and surgical history are historical, a differential is uncertain, discharge instructions
    /// (return precautions) and the follow-up (`palliative care to follow`) are hypothetical.
    public var impliedStatus: AssertionStatus? {
        switch self {
        case .familyHistory: .family
        case .pastMedicalHistory, .pastSurgicalHistory: .historical
        case .differentialDiagnosis: .uncertain
        case .dischargeInstructions, .followUp: .hypothetical
        default: nil
        }
    }
}

/// A section of a note: its header (if any) and the text under it.
public struct Section: Sendable, Hashable {
    /// The kind of section.
    public var kind: SectionKind
    /// The header's UTF-8 byte range (with its colon), `nil` for unlabeled text.
    public var headerRange: Range<Int>?
    /// The section's text after the header, up to the next header, in UTF-8 bytes.
    public var bodyRange: Range<Int>
    /// The whole section, header included, in UTF-8 bytes.
    public var range: Range<Int> { (headerRange?.lowerBound ?? bodyRange.lowerBound)..<bodyRange.upperBound }

    public init(kind: SectionKind, headerRange: Range<Int>?, bodyRange: Range<Int>) {
        self.kind = kind
        self.headerRange = headerRange
        self.bodyRange = bodyRange
    }
}
