import Foundation

/// The Medicare Code Editor's edits, in the order and with the names of the CMS editor's output.
public enum MCEEdit: Int, CaseIterable, Sendable, Hashable, Comparable, CustomStringConvertible {
    case invalidCode, sexConflict, ageConflict, questionableAdmission, manifestationAsPrincipal,
        nonspecificPrincipal, externalCauseAsPrincipal, unacceptablePrincipal, duplicateOfPrincipal,
        medicareSecondaryPayer, requiresSecondary, nonspecificOR, openBiopsy, nonCovered, bilateral,
        limitedCoverageLVRS, limitedCoverage, limitedCoverageLungTransplant, questionableObstetricAdmission,
        limitedCoverageHeartLung, limitedCoverageHeartTransplant, limitedCoverageHeartImplant,
        limitedCoverageIntestine, limitedCoverageLiver, invalidAdmittingDiagnosis, invalidAge, invalidSex,
        invalidDischargeStatus, limitedCoverageKidney, limitedCoveragePancreas, typeOfAgeConflict, invalidPOA,
        limitedCoverageArtificialHeart, wrongProcedurePerformed, inconsistentWithLengthOfStay, unspecified

    /// Whether the edit sends the claim back before payment, flags it for review after payment, or only informs.
    public enum Kind: String, Sendable, Comparable {
        case none = "NONE"
        case postpayment = "POSTPAYMENT"
        case prepayment = "PREPAYMENT"
        public static func < (a: Kind, b: Kind) -> Bool { a.rank < b.rank }
        var rank: Int { self == .none ? 0 : self == .postpayment ? 1 : 2 }
    }

    /// What an edit is about.
    public enum Subject: String, Sendable {
        case none = "NONE"
        case diagnosis = "DIAGNOSIS"
        case procedure = "PROCEDURE"
        case both = "BOTH"
    }

    public static func < (a: MCEEdit, b: MCEEdit) -> Bool { a.rawValue < b.rawValue }

    /// The CMS editor's name (`AGE_CONFLICT`).
    public var name: String {
        switch self {
        case .invalidCode: "INVALID_CODE"
        case .sexConflict: "SEX_CONFLICT"
        case .ageConflict: "AGE_CONFLICT"
        case .questionableAdmission: "QUESTIONABLE_ADMISSION"
        case .manifestationAsPrincipal: "MANIFESTATION_AS_PDX"
        case .nonspecificPrincipal: "NONSPECIFIC_PDX"
        case .externalCauseAsPrincipal: "E_CODE_AS_PDX"
        case .unacceptablePrincipal: "UNACCEPTABLE_PDX"
        case .duplicateOfPrincipal: "DUPLICATE_OF_PDX"
        case .medicareSecondaryPayer: "MEDICARE_IS_SECONDARY_PAYER"
        case .requiresSecondary: "REQUIRES_SDX"
        case .nonspecificOR: "NONSPECIFIC_OR"
        case .openBiopsy: "OPEN_BIOPSY"
        case .nonCovered: "NON_COVERED"
        case .bilateral: "BILATERAL"
        case .limitedCoverageLVRS: "LIMITED_COVERAGE_LVRS"
        case .limitedCoverage: "LIMITED_COVERAGE"
        case .limitedCoverageLungTransplant: "LIMITED_COVERAGE_LUNG_TRANSPLANT"
        case .questionableObstetricAdmission: "QUESTIONABLE_OBSTETRIC_ADMISSION"
        case .limitedCoverageHeartLung: "LIMITED_COVERAGE_COMBINATION_HEART_LUNG"
        case .limitedCoverageHeartTransplant: "LIMITED_COVERAGE_HEART_TRANSPLANT"
        case .limitedCoverageHeartImplant: "LIMITED_COVERAGE_HEART_IMPLANT"
        case .limitedCoverageIntestine: "LIMITED_COVERAGE_INTESTINE"
        case .limitedCoverageLiver: "LIMITED_COVERAGE_LIVER"
        case .invalidAdmittingDiagnosis: "INVALID_ADMIT_DX"
        case .invalidAge: "INVALID_AGE"
        case .invalidSex: "INVALID_SEX"
        case .invalidDischargeStatus: "INVALID_DISCHARGE_STATUS"
        case .limitedCoverageKidney: "LIMITED_COVERAGE_KIDNEY"
        case .limitedCoveragePancreas: "LIMITED_COVERAGE_PANCREAS"
        case .typeOfAgeConflict: "TYPE_OF_AGE_CONFLICT"
        case .invalidPOA: "INVALID_POA"
        case .limitedCoverageArtificialHeart: "LIMITED_COVERAGE_ARTIFICIAL_HEART"
        case .wrongProcedurePerformed: "WRONG_PROCEDURE_PERFORMED"
        case .inconsistentWithLengthOfStay: "INCONSISTENT_WITH_LENGTH_OF_STAY"
        case .unspecified: "UNSPECIFIED"
        }
    }

    public var description: String { name }

    public init?(name: String) {
        guard let e = Self.allCases.first(where: { $0.name == name }) else { return nil }
        self = e
    }

    /// The rule id of the edit's findings (`mce.age-conflict`).
    public var rule: String { "mce." + name.lowercased().replacingOccurrences(of: "_", with: "-") }

    /// A coder's title for the edit.
    public var title: String {
        switch self {
        case .invalidCode: "Invalid diagnosis or procedure code"
        case .sexConflict: "Code conflicts with the patient's sex"
        case .ageConflict: "Code conflicts with the patient's age"
        case .questionableAdmission: "Questionable admission"
        case .manifestationAsPrincipal: "Manifestation code as principal diagnosis"
        case .nonspecificPrincipal: "Non-specific principal diagnosis"
        case .externalCauseAsPrincipal: "External cause code as principal diagnosis"
        case .unacceptablePrincipal: "Unacceptable principal diagnosis"
        case .duplicateOfPrincipal: "Secondary diagnosis duplicates the principal"
        case .medicareSecondaryPayer: "Medicare as secondary payer"
        case .requiresSecondary: "Principal diagnosis requires a secondary diagnosis"
        case .nonspecificOR: "Non-specific O.R. procedure"
        case .openBiopsy: "Open biopsy check"
        case .nonCovered: "Non-covered procedure"
        case .bilateral: "Bilateral procedure"
        case .limitedCoverageLVRS: "Limited coverage: lung volume reduction surgery"
        case .limitedCoverage: "Limited coverage procedure"
        case .limitedCoverageLungTransplant: "Limited coverage: lung transplant"
        case .questionableObstetricAdmission: "Questionable obstetric admission"
        case .limitedCoverageHeartLung: "Limited coverage: combined heart-lung transplant"
        case .limitedCoverageHeartTransplant: "Limited coverage: heart transplant"
        case .limitedCoverageHeartImplant: "Limited coverage: implantable heart assist system"
        case .limitedCoverageIntestine: "Limited coverage: intestine transplant"
        case .limitedCoverageLiver: "Limited coverage: liver transplant"
        case .invalidAdmittingDiagnosis: "Invalid admitting diagnosis"
        case .invalidAge: "Invalid age"
        case .invalidSex: "Invalid sex"
        case .invalidDischargeStatus: "Invalid discharge status"
        case .limitedCoverageKidney: "Limited coverage: kidney transplant"
        case .limitedCoveragePancreas: "Limited coverage: pancreas transplant"
        case .typeOfAgeConflict: "Type of age conflict"
        case .invalidPOA: "Invalid present-on-admission indicator"
        case .limitedCoverageArtificialHeart: "Limited coverage: artificial heart"
        case .wrongProcedurePerformed: "Wrong procedure performed"
        case .inconsistentWithLengthOfStay: "Procedure inconsistent with length of stay"
        case .unspecified: "Unspecified code"
        }
    }

    public var subject: Subject {
        switch self {
        case .invalidCode, .sexConflict: .both
        case .invalidAdmittingDiagnosis, .invalidAge, .invalidSex, .invalidDischargeStatus: .none
        case .nonspecificOR, .openBiopsy, .nonCovered, .bilateral, .limitedCoverageLVRS, .limitedCoverage,
            .limitedCoverageLungTransplant, .questionableObstetricAdmission, .limitedCoverageHeartLung,
            .limitedCoverageHeartTransplant, .limitedCoverageHeartImplant, .limitedCoverageIntestine,
            .limitedCoverageLiver, .limitedCoverageKidney, .limitedCoveragePancreas, .limitedCoverageArtificialHeart,
            .inconsistentWithLengthOfStay:
            .procedure
        default: .diagnosis
        }
    }

    /// Prepayment edits return the claim to the provider; postpayment edits select it for review after payment.
    public var kind: Kind {
        switch self {
        case .nonspecificPrincipal, .medicareSecondaryPayer, .nonspecificOR, .openBiopsy, .bilateral: .postpayment
        case .invalidAdmittingDiagnosis, .typeOfAgeConflict, .invalidPOA: .none
        default: .prepayment
        }
    }
}

/// The claim-level outcome of the editor: the most serious kind among the edits that fired, or a discharge date the
/// tables do not cover.
public enum MCEEditType: String, Sendable, Hashable {
    case none = "NONE"
    case prepayment = "PREPAYMENT"
    case postpayment = "POSTPAYMENT"
    case both = "BOTH"
    case invalidDischargeDate = "INVALID_DISCHARGE_DATE"
}
