import Terminology

extension MCEEdit {
    /// Prepayment edits return the claim: errors. Postpayment edits select it for review: warnings.
    public var severity: Finding.Severity {
        switch self {
        case .invalidPOA: .error
        default:
            switch kind {
            case .prepayment: .error
            case .postpayment: .warning
            case .none: .info
            }
        }
    }

    /// What a coder does about the edit.
    public var fix: String {
        switch self {
        case .invalidCode:
            "Use a code valid on the discharge date: check it in the Tabular List (a deleted code, a header or a code missing characters)."
        case .sexConflict:
            "Check the patient's sex on the claim and the code; correct whichever is wrong."
        case .ageConflict:
            "Check the patient's age and the code's age group (newborn, pediatric, maternity, adult); correct whichever is wrong."
        case .questionableAdmission, .unacceptablePrincipal, .nonspecificPrincipal:
            "Review the record for the condition that occasioned the admission and sequence it as principal."
        case .manifestationAsPrincipal:
            "Sequence the underlying (etiology) condition first and the manifestation after it."
        case .externalCauseAsPrincipal:
            "Sequence the injury, poisoning or condition first; external cause codes are secondary only."
        case .duplicateOfPrincipal: "Remove the repeated code from the secondary diagnoses."
        case .medicareSecondaryPayer: "Check the payer order: another insurer may be primary."
        case .requiresSecondary: "Add the secondary diagnosis the record supports, or sequence another condition first."
        case .nonCovered: "Check the coverage criteria; a non-covered procedure is not paid."
        case .questionableObstetricAdmission: "Add the outcome of delivery (Z37) if the record documents the delivery."
        case .invalidAge: "Enter the patient's age in years (0–124)."
        case .invalidSex: "Enter the patient's sex (M or F; U from October 1, 2024)."
        case .invalidDischargeStatus: "Enter the two-digit UB-04 patient discharge status."
        case .invalidPOA: "Use Y, N, U, W, or 1 for exempt codes."
        case .unspecified:
            "Code the specific condition the record documents (laterality, type), or query the physician."
        case .wrongProcedurePerformed:
            "Review the record: a wrong-site or wrong-patient procedure is reported for review."
        case .inconsistentWithLengthOfStay: "Check the ventilation hours and the admission and discharge dates."
        case .bilateral: "Check whether a single bilateral code describes the procedures."
        default: "Check the coverage criteria and the documentation."
        }
    }
}

extension MCEResult {
    /// The edits as review findings, one per code that fired (INTERFACES.md `coder check`).
    public var findings: [Finding] {
        if let dischargeDateProblem {
            return [
                Finding(
                    rule: "mce.invalid-discharge-date", severity: .error, message: dischargeDateProblem,
                    evidence: [], source: "Medicare Code Editor: INVALID_DISCHARGE_DATE",
                    fix: "Enter the discharge date (yyyy-mm-dd).")
            ]
        }
        return hits.map { hit in
            var evidence: [Finding.Evidence] = []
            switch hit.role {
            case .principal: evidence.append(.init(text: hit.code ?? "", field: "diagnoses[0]"))
            case .secondary: evidence.append(.init(text: hit.code ?? "", field: "diagnoses[\(hit.position ?? 0)]"))
            case .procedure: evidence.append(.init(text: hit.code ?? "", field: "procedures[\(hit.position ?? 0)]"))
            case .admitting: evidence.append(.init(text: hit.code ?? "", field: "admitDiagnosis"))
            case .claim: break
            }
            return Finding(
                rule: hit.edit.rule, severity: hit.edit.severity, message: hit.message,
                codes: hit.code.map { [$0] } ?? [], evidence: evidence,
                source: "Medicare Code Editor: \(hit.edit.name)", fix: hit.edit.fix)
        }
    }
}
