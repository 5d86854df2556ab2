import Terminology

/// The rules of the review, with their default severities and sources.
public enum RuleCatalog {
    public static let codeInvalid = RuleDefinition(
        "code.invalid", .error,
        "A code that is not in the ICD-10-CM release of the discharge date (deleted, not yet valid, or mistyped).",
        source: "ICD-10-CM Official Guidelines I.A.6; HIPAA code set of the date of service")
    public static let codeDeleted = RuleDefinition(
        "code.deleted", .error,
        "A code the release of the discharge date deleted (it became a heading or left the classification): the code addenda name what replaces it.",
        source:
            "ICD-10-CM code addenda of the fiscal year; Official Guidelines I.A.6; HIPAA code set of the date of service"
    )
    public static let codeNotYetValid = RuleDefinition(
        "code.not-yet-valid", .error,
        "A code added by a later release than the one of the discharge date: it cannot be reported for this discharge.",
        source:
            "ICD-10-CM code addenda (codes take effect on October 1 of their fiscal year); HIPAA code set of the date of service"
    )
    public static let codeHeader = RuleDefinition(
        "code.header", .error,
        "A category or subcategory heading: codes below it say more and only they may be reported.",
        source: "ICD-10-CM Official Guidelines I.A.2 and I.B.1")
    public static let seventhCharacter = RuleDefinition(
        "code.seventh-character", .error,
        "A code whose category requires a 7th character, reported without it (placeholder X where the code is shorter than six characters).",
        source: "ICD-10-CM Official Guidelines I.A.4 and I.A.5")
    public static let excludes1 = RuleDefinition(
        "excludes1", .error, "Two codes reported together that an Excludes1 note says are never coded together.",
        source: "ICD-10-CM Official Guidelines I.A.12.a")
    public static let excludes1Unrelated = RuleDefinition(
        "excludes1.unrelated-query", .warning,
        "An Excludes1 pair from different body systems: allowed only when the two conditions are unrelated; confirm with the documentation or query.",
        source: "ICD-10-CM Official Guidelines I.A.12.a (exception)")
    public static let codeFirstMissing = RuleDefinition(
        "code-first.missing", .warning,
        "A code whose \"Code first\" note names an underlying condition not on the claim.",
        source: "ICD-10-CM Official Guidelines I.A.13 and I.B.7")
    public static let codeFirstSequence = RuleDefinition(
        "code-first.sequence", .error,
        "The underlying condition that a \"Code first\" note names is on the claim but listed after the code.",
        source: "ICD-10-CM Official Guidelines I.A.13 and I.B.7")
    public static let useAdditionalCode = RuleDefinition(
        "use-additional-code", .warning, "A \"Use additional code\" note whose code is not on the claim.",
        source: "ICD-10-CM Official Guidelines I.A.13 and I.B.7")
    public static let useAdditionalCodeIfApplicable = RuleDefinition(
        "use-additional-code.if-applicable", .info,
        "A \"Use additional code\" note for something that may apply (\"if applicable\", \"any\", \"if known\"): check the record.",
        source: "ICD-10-CM Official Guidelines I.A.13")
    public static let codeAlso = RuleDefinition(
        "code-also", .info,
        "A \"Code also\" note: a second code may be needed; the sequencing depends on the circumstances.",
        source: "ICD-10-CM Official Guidelines I.A.17")
    public static let duplicate = RuleDefinition(
        "code.duplicate", .error, "The same code reported more than once.",
        source: "ICD-10-CM Official Guidelines III.B (a code is reported once)")
    public static let unspecifiedSide = RuleDefinition(
        "code.unspecified-side", .warning,
        "A code for an unspecified side where the classification has codes for right, left or bilateral.",
        source: "ICD-10-CM Official Guidelines I.B.13")
    public static let versionNotLoaded = RuleDefinition(
        "claim.code-set-version", .info,
        "The ICD-10-CM release of the discharge date is not loaded; the claim was checked against another.",
        source: "HIPAA code set of the date of service")

    public static let poaMissing = RuleDefinition(
        "poa.missing", .error,
        "An inpatient diagnosis without a present-on-admission indicator, and not on the POA-exempt list.",
        source: "ICD-10-CM Official Guidelines Appendix I (POA reporting guidelines)")
    public static let poaUnverified = RuleDefinition(
        "poa.unverified", .info,
        "A diagnosis without a POA indicator, and no POA-exempt list loaded to tell whether it is exempt.",
        source: "ICD-10-CM Official Guidelines Appendix I")
    public static let poaExemptMisused = RuleDefinition(
        "poa.exempt-indicator", .error, "POA indicator 1 (exempt) on a code that is not on the POA-exempt list.",
        source: "ICD-10-CM Official Guidelines Appendix I; CMS POA-exempt list")
    public static let poaOnExemptCode = RuleDefinition(
        "poa.on-exempt-code", .info,
        "A Y, N, U or W indicator on a code that is exempt from POA reporting (leave it blank or report 1).",
        source: "ICD-10-CM Official Guidelines Appendix I; CMS POA-exempt list")

    public static let zPrincipalOnly = RuleDefinition(
        "guideline.z-principal-only", .error,
        "A Z code that may only be the principal or first-listed diagnosis, reported in another position.",
        source: "ICD-10-CM Official Guidelines I.C.21.c.16")

    /// Guidelines I.C.21.c.16 (FY2025): the Z codes and categories that may only be principal or first-listed, with
    /// their exceptions (normalised prefixes).
    static let principalOnlyZ: [(prefix: String, except: [String])] = [
        ("Z00", ["Z006"]), ("Z01", []), ("Z02", []), ("Z04", []), ("Z332", []), ("Z3181", []), ("Z3183", []),
        ("Z3184", []), ("Z34", []), ("Z39", []), ("Z38", []), ("Z40", []), ("Z42", []), ("Z510", []), ("Z511", []),
        ("Z52", ["Z529"]), ("Z761", []), ("Z762", []), ("Z9912", []),
    ]

    public static let all: [RuleDefinition] =
        [
            zPrincipalOnly,
            codeInvalid, codeDeleted, codeNotYetValid, codeHeader, seventhCharacter, excludes1, excludes1Unrelated,
            codeFirstMissing, codeFirstSequence,
            useAdditionalCode, useAdditionalCodeIfApplicable, codeAlso, duplicate, unspecifiedSide, versionNotLoaded,
            poaMissing, poaUnverified, poaExemptMisused, poaOnExemptCode,
        ] + sequencingRules + DocumentationQueries.rules + DocumentationCompleteness.rules

    // MARK: sequencing (the guideline rules on the order and the combination of the codes)

    public static let secondaryOnly = RuleDefinition(
        "guideline.secondary-only", .error,
        "A code that the guidelines allow only as a secondary diagnosis (external causes, BMI, coma scale, NIHSS, social determinants, resistance to antimicrobials, weeks of gestation …) reported as the principal or first-listed diagnosis.",
        source: "ICD-10-CM Official Guidelines I.B.14, I.C.1.c, I.C.20.a.6, I.C.21.c.3, I.C.21.c.11")
    public static let sequelaSequence = RuleDefinition(
        "guideline.sequela-sequence", .error,
        "A sequela code (7th character S, or a \"Sequelae of …\" category) reported first: the condition the sequela produced is sequenced first, the sequela code after it.",
        source: "ICD-10-CM Official Guidelines I.B.10 and I.C.19.a")
    public static let sequelaNatureMissing = RuleDefinition(
        "guideline.sequela-nature-missing", .warning,
        "A sequela code without a code for the residual condition it produced (the scar, the contracture, the deficit).",
        source: "ICD-10-CM Official Guidelines I.B.10 and I.C.19.a")
    public static let sequelaWithAcute = RuleDefinition(
        "guideline.sequela-with-acute", .warning,
        "The same injury coded both for its acute phase and as a sequela (burns and corrosions excepted).",
        source: "ICD-10-CM Official Guidelines I.B.10; I.C.19.d.8 for burns")
    public static let combinationComponent = RuleDefinition(
        "combination.component", .error,
        "A code whose meaning is already part of a combination code on the claim (type 2 diabetes without complications beside a type 2 diabetes complication; essential hypertension beside hypertensive heart or kidney disease).",
        source: "ICD-10-CM Official Guidelines I.B.9 and I.C.9.a")
    public static let combinationMissed = RuleDefinition(
        "combination.missed", .warning,
        "Conditions the classification presumes linked, coded apart where a combination code exists (hypertension with heart failure or chronic kidney disease).",
        source: "ICD-10-CM Official Guidelines I.B.9, I.C.9.a.1, I.C.9.a.2, I.C.9.a.3")

    static let sequencingRules = [
        secondaryOnly, sequelaSequence, sequelaNatureMissing, sequelaWithAcute, combinationComponent, combinationMissed,
    ]

    /// Codes the guidelines allow only as secondary diagnoses (normalised prefixes), with where they say so, and the
    /// exceptions inside a prefix.
    static let secondaryOnlyCodes: [(prefix: String, except: [String], why: String)] = [
        ("V", [], "an external cause code can never be a principal diagnosis (I.C.20.a.6)"),
        ("W", [], "an external cause code can never be a principal diagnosis (I.C.20.a.6)"),
        ("X", [], "an external cause code can never be a principal diagnosis (I.C.20.a.6)"),
        ("Y", [], "an external cause code can never be a principal diagnosis (I.C.20.a.6)"),
        ("Z68", [], "BMI codes are reported only as secondary diagnoses, with the associated condition (I.B.14)"),
        ("R4021", [], "coma scale codes are reported only as secondary diagnoses (I.B.14)"),
        ("R4022", [], "coma scale codes are reported only as secondary diagnoses (I.B.14)"),
        ("R4023", [], "coma scale codes are reported only as secondary diagnoses (I.B.14)"),
        ("R4024", [], "coma scale codes are reported only as secondary diagnoses (I.B.14)"),
        ("R297", [], "NIHSS codes are reported only as secondary diagnoses (I.B.14)"),
        ("Z283", [], "underimmunization status is reported only as a secondary diagnosis (I.B.14)"),
        ("Z331", [], "Pregnant state, incidental, is a secondary code only (I.C.21.c.3)"),
        ("Z16", [], "the infection is sequenced first, the resistance code after it (I.C.1.c, I.C.21.c.3)"),
        ("Z3A", [], "weeks of gestation add information to the pregnancy codes (I.C.15.a, I.C.21.c.11)"),
        ("Z55", [], "social determinants of health are reported only as secondary diagnoses (I.B.14)"),
        ("Z56", [], "social determinants of health are reported only as secondary diagnoses (I.B.14)"),
        ("Z57", [], "social determinants of health are reported only as secondary diagnoses (I.B.14)"),
        ("Z58", [], "social determinants of health are reported only as secondary diagnoses (I.B.14)"),
        // Z59.0-, Z59.1 and Z59.5 may be first-listed when they are the reason for the encounter (I.B.14 / I.C.21.c.17)
        (
            "Z59", ["Z590", "Z591", "Z595"],
            "social determinants of health are reported only as secondary diagnoses (I.B.14)"
        ),
        ("Z60", [], "social determinants of health are reported only as secondary diagnoses (I.B.14)"),
        ("Z62", [], "social determinants of health are reported only as secondary diagnoses (I.B.14)"),
        ("Z63", [], "social determinants of health are reported only as secondary diagnoses (I.B.14)"),
        ("Z64", [], "social determinants of health are reported only as secondary diagnoses (I.B.14)"),
        ("Z65", [], "social determinants of health are reported only as secondary diagnoses (I.B.14)"),
    ]

    /// Sequela categories whose codes stand for the cause of a residual condition coded elsewhere. I69 is not among
    /// them: its codes include the deficit (the exception of I.B.10).
    static let sequelaCategories = ["B90", "B91", "B92", "B94", "E64", "E68", "G09", "O94"]
}
