/// The flags the Medicare Code Editor's code tables attach to a diagnosis or procedure code for a date range: which
/// patients a code fits (sex, age group), where it may stand (not as principal, only with a secondary), and which
/// coverage rules apply to a procedure. The names are those of the tables (`mce_i10dx_master`, `mce_i10sg_master`).
public struct MCEAttributes: OptionSet, Sendable, Hashable {
    public let rawValue: UInt64
    public init(rawValue: UInt64) { self.rawValue = rawValue }

    // Diagnoses and procedures.
    public static let female = Self(rawValue: 1 << 0)
    public static let male = Self(rawValue: 1 << 1)
    public static let nonspecific = Self(rawValue: 1 << 2)
    /// Non-covered when a diagnosis and a procedure both carry it (`ncov6`, `ncov7`, `ncov_z302`).
    public static let noncoveredPairD = Self(rawValue: 1 << 3)
    public static let noncoveredPairE = Self(rawValue: 1 << 4)
    public static let noncoveredPairG = Self(rawValue: 1 << 5)
    public static let noncovered2 = Self(rawValue: 1 << 6)
    public static let noncovered3 = Self(rawValue: 1 << 7)

    // Diagnoses.
    public static let adult = Self(rawValue: 1 << 8)
    public static let clinicalTrial = Self(rawValue: 1 << 9)
    /// An outcome-of-delivery code (Z37).
    public static let deliveryOutcome = Self(rawValue: 1 << 10)
    /// An external-cause code: never the principal diagnosis.
    public static let externalCause = Self(rawValue: 1 << 11)
    public static let maternity = Self(rawValue: 1 << 12)
    public static let type1Diabetes = Self(rawValue: 1 << 13)
    public static let newborn = Self(rawValue: 1 << 14)
    public static let pediatric = Self(rawValue: 1 << 15)
    public static let questionableAdmission = Self(rawValue: 1 << 16)
    public static let requiresSecondary = Self(rawValue: 1 << 17)
    public static let unacceptablePrincipal = Self(rawValue: 1 << 18)
    public static let wrongProcedure = Self(rawValue: 1 << 19)
    public static let unspecified = Self(rawValue: 1 << 20)
    public static let medicareSecondaryPayer = Self(rawValue: 1 << 21)
    public static let mdc08 = Self(rawValue: 1 << 22)
    public static let cc = Self(rawValue: 1 << 23)
    public static let noncovered4 = Self(rawValue: 1 << 24)
    public static let noncovered5 = Self(rawValue: 1 << 25)
    public static let noncovered2AgeUnder78 = Self(rawValue: 1 << 26)
    public static let noncovered2AgeUnder64 = Self(rawValue: 1 << 27)
    public static let noncovered89 = Self(rawValue: 1 << 28)
    public static let manifestation = Self(rawValue: 1 << 29)

    // Procedures.
    public static let artificialHeartA = Self(rawValue: 1 << 30)
    public static let artificialHeartB = Self(rawValue: 1 << 31)
    public static let cesarean = Self(rawValue: 1 << 32)
    public static let limitedCoverage = Self(rawValue: 1 << 33)
    public static let lengthOfStay = Self(rawValue: 1 << 34)
    public static let noncoveredAlways = Self(rawValue: 1 << 35)
    public static let kidneyTransplant = Self(rawValue: 1 << 36)
    /// Pancreas transplant: covered only with a kidney transplant or type 1 diabetes.
    public static let pancreasTransplant = Self(rawValue: 1 << 37)
    public static let noncoveredOver60 = Self(rawValue: 1 << 38)
    public static let vaginalDelivery = Self(rawValue: 1 << 39)
    public static let biopsy = Self(rawValue: 1 << 40)
    public static let bilateral = Self(rawValue: 1 << 41)
    public static let operatingRoom = Self(rawValue: 1 << 42)
    public static let noncovered8 = Self(rawValue: 1 << 43)
    public static let noncovered9 = Self(rawValue: 1 << 44)
    public static let limitedArtificialHeart = Self(rawValue: 1 << 45)
    public static let limitedKidneyTransplant = Self(rawValue: 1 << 46)
    public static let limitedPancreasTransplant = Self(rawValue: 1 << 47)
    public static let limitedLVRS = Self(rawValue: 1 << 48)
    public static let limitedLungTransplant = Self(rawValue: 1 << 49)
    public static let limitedHeartLungTransplant = Self(rawValue: 1 << 50)
    public static let limitedHeartTransplant = Self(rawValue: 1 << 51)
    public static let limitedHeartSystem = Self(rawValue: 1 << 52)
    public static let limitedIntestineTransplant = Self(rawValue: 1 << 53)
    public static let limitedLiverTransplant = Self(rawValue: 1 << 54)
    public static let noncovered13A = Self(rawValue: 1 << 55)
    public static let noncovered13B = Self(rawValue: 1 << 56)

    /// The table's flag names.
    public static let byFlag: [String: MCEAttributes] = [
        "female": .female, "male": .male, "nonspecific": .nonspecific, "ncov6": .noncoveredPairD,
        "ncov7": .noncoveredPairE, "ncov_z302": .noncoveredPairG, "ncov2": .noncovered2, "ncov3": .noncovered3,
        "adult": .adult, "clintrial": .clinicalTrial, "delout": .deliveryOutcome, "ecodepdx": .externalCause,
        "maternity": .maternity, "diabtypeI": .type1Diabetes, "newborn": .newborn, "pediatric": .pediatric,
        "qadm": .questionableAdmission, "reqsdx": .requiresSecondary, "unacceptable": .unacceptablePrincipal,
        "wrngproc": .wrongProcedure, "unspecified": .unspecified, "msp": .medicareSecondaryPayer, "mdc08": .mdc08,
        "cc": .cc, "ncov4": .noncovered4, "ncov5": .noncovered5, "ncov2agelt78": .noncovered2AgeUnder78,
        "ncov2agelt64": .noncovered2AgeUnder64, "ncov89": .noncovered89, "manifestation": .manifestation,
        "lcov_artheartxpa": .artificialHeartA, "lcov_artheartxpb": .artificialHeartB, "csect": .cesarean,
        "lcov": .limitedCoverage, "los": .lengthOfStay, "noncovered": .noncoveredAlways, "kidneyxp": .kidneyTransplant,
        "ncov45": .pancreasTransplant, "ncov12agele60": .noncoveredOver60, "vagdel": .vaginalDelivery,
        "biopsy": .biopsy, "bilateral": .bilateral, "or_indic": .operatingRoom, "ncov8": .noncovered8,
        "ncov9": .noncovered9, "lcov_artheartxp": .limitedArtificialHeart, "lcov_kidneyxp": .limitedKidneyTransplant,
        "lcov_pancreasxp": .limitedPancreasTransplant, "lcov_lvrs": .limitedLVRS, "lcov_lungxp": .limitedLungTransplant,
        "lcov_heartlungxp": .limitedHeartLungTransplant, "lcov_heartxp": .limitedHeartTransplant,
        "lcov_heartsys": .limitedHeartSystem, "lcov_intxp": .limitedIntestineTransplant,
        "lcov_liverxp": .limitedLiverTransplant, "ncov13a": .noncovered13A, "ncov13b": .noncovered13B,
    ]

    /// The flag names of a set, in the table's spelling, sorted.
    public var flagNames: [String] {
        Self.byFlag.compactMap { contains($0.value) ? $0.key : nil }.sorted()
    }
}
