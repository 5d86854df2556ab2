/// The grouper's return code: `ok`, or why the claim could not be grouped (DRG 999).
public enum GrouperReturnCode: String, Sendable, Codable, CaseIterable {
    case ok = "OK"
    case invalidPrincipalDiagnosis = "INVALID_PDX"
    case invalidSex = "INVALID_SEX"
    case invalidDischargeStatus = "INVALID_DISCHARGE_STATUS"
    case principalNotAllowed = "DX_CANNOT_BE_PDX"
    case ungroupable = "UNGROUPABLE"
    case hacMissingPOA = "HAC_MISSING_ONE_POA"

    /// What a coder reads.
    public var explanation: String {
        switch self {
        case .ok: "grouped"
        case .invalidPrincipalDiagnosis: "the principal diagnosis is not a valid code for this grouper version"
        case .invalidSex: "the principal diagnosis requires the patient's sex, which is unknown"
        case .invalidDischargeStatus:
            "the discharge status is not a valid UB-04 patient status and the claim needs it (alive or expired)"
        case .principalNotAllowed: "an external cause code cannot be the principal diagnosis"
        case .ungroupable: "no DRG formula of the principal diagnosis's MDC applies to the claim"
        case .hacMissingPOA:
            "a hospital-acquired condition applies and a POA indicator it depends on is missing or invalid"
        }
    }
}

/// How one secondary diagnosis took part in the severity of the DRG.
public enum SecondaryRole: String, Sendable, Codable {
    /// The CC or MCC that set the DRG's severity level.
    case counted
    /// A CC or MCC at the same level as the one that counted.
    case alsoQualifies = "also-qualifies"
    /// A CC while an MCC counted.
    case outranked
    /// Excluded as a CC/MCC with this principal diagnosis (CC exclusion list).
    case excludedByPrincipal = "excluded-by-principal"
    /// An MCC only when the patient is discharged alive.
    case excludedPatientDied = "excluded-patient-died"
    /// A hospital-acquired condition not present on admission: does not count for the final DRG.
    case hospitalAcquired = "hospital-acquired"
    /// Does not count for this DRG's logic (e.g. an AMI secondary in an AMI DRG).
    case excludedByDRGLogic = "excluded-by-drg-logic"
    /// A CC or MCC, but this DRG is not split by severity.
    case notUsedByDRG = "not-used-by-drg"
    /// Neither a CC nor an MCC.
    case notComplication = "not-cc-or-mcc"
    /// Not a valid code for this version.
    case invalid
}

/// One secondary diagnosis in the result.
public struct SecondaryOutcome: Sendable, Codable, Hashable {
    public var code: String
    public var poa: String?
    /// The code's own level on the CC/MCC lists.
    public var level: Severity
    public var role: SecondaryRole
    /// A sentence for the coder.
    public var reason: String
}

/// One procedure in the result.
public struct ProcedureOutcome: Sendable, Codable, Hashable {
    public var code: String
    public var valid: Bool
    public var operatingRoom: Bool
    /// Procedure clusters the code completed (e.g. a valve replacement reported with a bypass).
    public var clusters: [String]
}

/// A hospital-acquired condition found on the claim.
public struct HACOutcome: Sendable, Codable, Hashable {
    public var number: Int
    public var title: String
    public var code: String
    public var poa: String?
    /// `criteria-met` (reduces the final DRG's severity), `present-on-admission`, `excluded`, `criteria-not-met`,
    /// `exempt` (hospital not subject to POA reporting).
    public var status: String
}

/// A DRG assignment: the DRG, its MDC and title, and the severity that selected it.
public struct DRGAssignment: Sendable, Codable, Hashable {
    public var drg: Int
    public var mdc: Int
    public var baseDRG: Int
    public var title: String
    public var mdcTitle: String
    public var severity: Severity
    public var returnCode: GrouperReturnCode
    /// `surgical`, `medical`, or nil for DRG 999.
    public var kind: String?
    /// The grouper logic that selected the DRG.
    public var formula: String?
}

/// The grouper's answer for one claim.
public struct GroupingResult: Sendable, Codable, Hashable {
    public var version: GrouperVersion
    /// The DRG before the hospital-acquired condition rule.
    public var initial: DRGAssignment
    /// The DRG that is paid: after the HAC rule (same as initial when no HAC applies).
    public var final: DRGAssignment
    public var secondary: [SecondaryOutcome]
    public var procedures: [ProcedureOutcome]
    public var hacs: [HACOutcome]
    /// The principal diagnosis's MDC and whether the code is valid.
    public var principalMDC: Int?
    public var principalValid: Bool

    public var drg: Int { final.drg }
    public var mdc: Int { final.mdc }
    public var returnCode: GrouperReturnCode { final.returnCode }
}
