/// One DRG's row in the grouper logic: within an MDC, the formulas are tried in rank order and the first that holds
/// assigns its DRG (or sends the claim to another MDC, or ends grouping with a return code).
public struct DRGFormula: Sendable {
    public enum Kind: String, Sendable { case surgical = "SURGICAL", medical = "MEDICAL", none = "NA" }
    public let mdc: Int
    public let rank: Int
    public let baseDRG: Int
    public let drg: Int
    public let kind: Kind
    /// Non-zero: the claim is regrouped in this MDC (29: the unrelated OR procedure DRGs; 24, 25: trauma, HIV).
    public let rerouteMDC: Int
    public let text: String
    let expression: CompiledExpression
    /// Index into ``VersionTables/suppressionLists``: secondary diagnoses carrying one of those attributes do not
    /// count towards this DRG's severity (an AMI secondary does not make an AMI DRG "with MCC").
    let suppressionList: Int
    public var usesSeverity: Bool { expression.usesSeverity }
}

/// What the grouper knows about one diagnosis code in one version.
struct DiagnosisDefinition: Sendable {
    var mdc: Int?
    var severity: Severity
    /// Attribute names in the three lists of the CMS definition: operands, diagnosis category, HAC operands.
    var attributes: [String]
    var categoryAttributes: [String]
    var hacAttributes: [String]

    // Compiled for speed.
    var principalKeys: [Int32] = []
    var secondaryKeys: [Int32] = []
    /// Ids of the bare operand attribute names (for severity suppression lists).
    var operandIds: [Int32] = []
    var flags: DiagnosisFlags = []
    /// HAC categories this code belongs to: number and list name (`hac05`, `hac06_show` …).
    var hacs: [(number: Int, list: String)] = []
    /// Bits of the significant-trauma body regions (`sthead`, `stchest` …) the code belongs to.
    var traumaRegions: UInt8 = 0
    var bilateralJoints: UInt8 = 0
    var vessels = 0
}

struct DiagnosisFlags: OptionSet, Sendable {
    let rawValue: UInt16
    static let mccAlive = DiagnosisFlags(rawValue: 1 << 0)
    static let incident = DiagnosisFlags(rawValue: 1 << 1)
    static let hac06Show = DiagnosisFlags(rawValue: 1 << 2)
    static let ecode = DiagnosisFlags(rawValue: 1 << 3)
    static let hac11Principal = DiagnosisFlags(rawValue: 1 << 4)
}

/// What the grouper knows about one procedure code (or a satisfied cluster) in one version.
struct ProcedureDefinition: Sendable {
    var attributes: [String]
    /// Bare and `ANY:` keys of every attribute, plus `ORPROC` for OR procedures.
    var keys: [Int32] = []
    var isOperatingRoom: Bool = false
    var isNonExtensiveOR: Bool = false
    var bilateralJoints: UInt8 = 0
    var vessels: Int = 0
    var stentWeight: Int = 0
    var drugElutingStent = false
    var bareStent = false
    var singleFusion = 0
    var singleAnteriorFusion = 0
    var singlePosterior1Fusion = 0
    var anteriorSectionFusion = 0
    var posteriorFusion = 0
    var fusionCounter = 0
    /// Procedure HAC lists (`hac08_proc` …) by HAC number.
    var hacNumbers: [Int] = []
}

/// A set of procedures that, reported together, act as one more procedure (e.g. a combined valve and bypass).
struct ProcedureCluster: Sendable {
    var name: String
    /// Each choice is satisfied by any one of its codes; the cluster needs every choice.
    var choices: [[PackedCode]]
    /// MDCs in which the component procedures no longer count on their own once the cluster is satisfied.
    var suppressionMask: UInt32
    /// The cluster's own attributes (looked up under its name in the procedure attributes).
    var definition: ProcedureDefinition?
}

/// The complete logic of one grouper version.
final class VersionTables: Sendable {
    let version: GrouperVersion
    /// Formulas by MDC (0 pre-MDC … 25, 29 unrelated OR, 99 error), each in rank order.
    let formulas: [Int: [DRGFormula]]
    let suppressionLists: [[Int32]]
    let diagnosisIndex: [PackedCode: Int32]
    let diagnosisDefinitions: [DiagnosisDefinition]
    let procedureIndex: [PackedCode: Int32]
    let procedureDefinitions: [ProcedureDefinition]
    let clusters: [ProcedureCluster]
    let clustersOfProcedure: [PackedCode: [Int]]
    /// CC exclusions: the group a principal diagnosis belongs to, and each group's excluded secondary codes.
    let exclusionGroupOfPrincipal: [PackedCode: Int]
    let exclusionGroups: [Int: Set<PackedCode>]
    /// Codes whose MDC depends on the patient's sex (male MDC, female MDC; -1 when the sex cannot have the code).
    let sexSpecificMDC: [PackedCode: (male: Int, female: Int)]
    let drgTitles: [Int: String]
    let mdcTitles: [Int: String]
    let hacFormulas: [Int: [CompiledExpression]]
    let hacTitles: [Int: String]

    init(
        version: GrouperVersion, formulas: [Int: [DRGFormula]], suppressionLists: [[Int32]],
        diagnosisIndex: [PackedCode: Int32], diagnosisDefinitions: [DiagnosisDefinition],
        procedureIndex: [PackedCode: Int32], procedureDefinitions: [ProcedureDefinition],
        clusters: [ProcedureCluster], clustersOfProcedure: [PackedCode: [Int]],
        exclusionGroupOfPrincipal: [PackedCode: Int], exclusionGroups: [Int: Set<PackedCode>],
        sexSpecificMDC: [PackedCode: (male: Int, female: Int)], drgTitles: [Int: String], mdcTitles: [Int: String],
        hacFormulas: [Int: [CompiledExpression]], hacTitles: [Int: String]
    ) {
        self.version = version
        self.formulas = formulas
        self.suppressionLists = suppressionLists
        self.diagnosisIndex = diagnosisIndex
        self.diagnosisDefinitions = diagnosisDefinitions
        self.procedureIndex = procedureIndex
        self.procedureDefinitions = procedureDefinitions
        self.clusters = clusters
        self.clustersOfProcedure = clustersOfProcedure
        self.exclusionGroupOfPrincipal = exclusionGroupOfPrincipal
        self.exclusionGroups = exclusionGroups
        self.sexSpecificMDC = sexSpecificMDC
        self.drgTitles = drgTitles
        self.mdcTitles = mdcTitles
        self.hacFormulas = hacFormulas
        self.hacTitles = hacTitles
    }
}
