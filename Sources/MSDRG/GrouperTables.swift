/// One DRG's row in the grouper logic: within an MDC, the formulas are tried in rank order and the first that holds
/// assigns its DRG (or sends the claim to another MDC, or ends grouping with a return code).
public struct DRGFormula: Sendable {
    public enum Kind: String, Sendable {
        case surgical = "SURGICAL"
        case medical = "MEDICAL"
        case none = "NA"
    }
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
    /// The index of ``definition`` among the procedure definitions, or -1.
    var definitionIndex: Int32 = -1
}

/// The complete logic of one grouper version.
final class VersionTables: @unchecked Sendable {
    let version: GrouperVersion
    /// Formulas by MDC (0 pre-MDC … 25, 29 unrelated OR, 99 error), each in rank order.
    let formulas: [Int: [DRGFormula]]
    let suppressionLists: [[Int32]]
    /// Definitions shared by every version, and which code has which definition in which version.
    let store: DefinitionStore
    let clusters: [ProcedureCluster]
    let drgTitles: [Int: String]
    let mdcTitles: [Int: String]
    let hacTitles: [Int: String]

    // The logic laid out for the grouping loop: hash maps with a cheap hash, arrays indexed by dense ids,
    // instructions in one pool.
    /// Sex-specific MDCs (male MDC, female MDC; -1 when the sex cannot have the code): `(male + 1) | (female + 1) << 8`.
    let sexMDCMap: CodeMap
    /// The index of a procedure code's list of clusters in ``clusterLists``.
    let clusterListMap: CodeMap
    let clusterLists: [[Int32]]
    /// ``DRGFormula`` rows in MDC then rank order (the order of ``RawTables/formulas``).
    let formulaList: [DRGFormula]
    /// All of it again as raw pointers into `memory` (and the store's).
    let raw: RawTables
    private let memory = FrozenMemory()

    static let mdcSlots = 100

    var diagnosisDefinitions: [DiagnosisDefinition] { store.diagnosisDefinitions }
    var procedureDefinitions: [ProcedureDefinition] { store.procedureDefinitions }

    init(
        version: GrouperVersion, formulas: [Int: [DRGFormula]], suppressionLists: [[Int32]],
        clusters: [ProcedureCluster], clustersOfProcedure: [PackedCode: [Int]],
        sexSpecificMDC: [PackedCode: (male: Int, female: Int)], drgTitles: [Int: String], mdcTitles: [Int: String],
        hacFormulas: [Int: [CompiledExpression]], hacTitles: [Int: String], store: DefinitionStore
    ) {
        self.version = version
        self.formulas = formulas
        self.suppressionLists = suppressionLists
        self.clusters = clusters
        self.drgTitles = drgTitles
        self.mdcTitles = mdcTitles
        self.hacTitles = hacTitles
        self.store = store

        var listMap = CodeMap(minimumCapacity: clustersOfProcedure.count)
        var lists: [[Int32]] = []
        for (code, list) in clustersOfProcedure {
            listMap[code] = Int32(lists.count)
            lists.append(list.map { Int32($0) })
        }
        // Which choices of which cluster each code meets.
        var memberOf: [PackedCode: [ClusterMembership]] = [:]
        for (c, cluster) in clusters.enumerated() {
            for (k, choice) in cluster.choices.enumerated() where k < 64 {
                for code in choice {
                    if let i = memberOf[code]?.firstIndex(where: { $0.cluster == Int32(c) }) {
                        memberOf[code]![i].choices |= 1 << UInt64(k)
                    } else {
                        memberOf[code, default: []].append(
                            ClusterMembership(cluster: Int32(c), choices: 1 << UInt64(k)))
                    }
                }
            }
        }
        var membershipStart: [Int32] = []
        var membershipPool: [ClusterMembership] = []
        for (code, list) in memberOf {
            listMap.setExtra(code, Int32(membershipStart.count))
            membershipStart.append(Int32(membershipPool.count))
            membershipPool += list
        }
        membershipStart.append(Int32(membershipPool.count))
        clusterListMap = listMap
        clusterLists = lists
        sexMDCMap = CodeMap(
            sexSpecificMDC.lazy.map { ($0.key, Int32(($0.value.male + 1) | (($0.value.female + 1) << 8))) },
            count: sexSpecificMDC.count)

        var program: [UInt32] = []
        var gates: [Int32] = []
        func compile(_ e: CompiledExpression) -> (Int32, Int32) {
            let start = Int32(program.count)
            program += e.ops.map(Instruction.encode)
            return (start, Int32(program.count))
        }
        var flat: [FlatFormula] = []
        var list: [DRGFormula] = []
        var starts: [Int32] = []
        for mdc in 0...Self.mdcSlots {
            starts.append(Int32(flat.count))
            guard mdc < Self.mdcSlots else { break }
            for f in formulas[mdc] ?? [] {
                let (start, end) = compile(f.expression)
                let gateStart = Int32(gates.count)
                gates += f.expression.gate ?? []
                flat.append(
                    FlatFormula(
                        program: start, programEnd: end, gate: gateStart, gateEnd: Int32(gates.count),
                        suppressionList: Int32(f.suppressionList), drg: Int32(f.drg), baseDRG: Int32(f.baseDRG),
                        rerouteMDC: Int32(f.rerouteMDC),
                        stop: f.drg == 0 && f.rerouteMDC == 0 ? GroupingSession.returnCode(formula: f.text) : nil,
                        usesSeverity: f.usesSeverity))
                list.append(f)
            }
        }
        precondition(formulas.keys.allSatisfy { (0..<Self.mdcSlots).contains($0) }, "an MDC outside 0–99")
        var hacStart: [Int32] = []
        var hacRanges: [(Int32, Int32)] = []
        for n in 0...((hacFormulas.keys.max() ?? -1) + 1) {
            hacStart.append(Int32(hacRanges.count))
            for e in hacFormulas[n] ?? [] { hacRanges.append(compile(e)) }
        }
        var suppressionStart: [Int32] = []
        var suppressionPool: [Int32] = []
        for l in suppressionLists {
            suppressionStart.append(Int32(suppressionPool.count))
            suppressionPool += l
        }
        suppressionStart.append(Int32(suppressionPool.count))
        formulaList = list

        var listStart: [Int32] = []
        var listPool: [Int32] = []
        for l in lists {
            listStart.append(Int32(listPool.count))
            listPool += l
        }
        listStart.append(Int32(listPool.count))
        var rawClusters: [RawCluster] = []
        var choiceStart: [Int32] = []
        var choiceCodes: [UInt64] = []
        for c in clusters {
            rawClusters.append(
                RawCluster(
                    choices: Int32(choiceStart.count), choiceCount: Int32(c.choices.count),
                    suppressionMask: c.suppressionMask,
                    definition: c.definitionIndex >= 0 ? store.procedureRecords[Int(c.definitionIndex)] : -1))
            for choice in c.choices {
                choiceStart.append(Int32(choiceCodes.count))
                choiceCodes += choice.map(\.raw)
            }
        }
        choiceStart.append(Int32(choiceCodes.count))
        let memory = self.memory
        raw = RawTables(
            keyPool: store.rawKeys,
            hacPool: store.rawHACs, version: Int16(version.number), diagnosisCodes: store.rawDiagnosisCodes,
            procedureCodes: store.rawProcedureCodes, principalExclusionGroups: store.rawPrincipalExclusionGroups,
            sexMDCMap: sexMDCMap.frozen(in: memory), exclusions: store.rawExclusions,
            clusterListMap: listMap.frozen(in: memory), membershipStart: memory.copy(membershipStart),
            memberships: memory.copy(membershipPool), clusterListStart: memory.copy(listStart),
            clusterListPool: memory.copy(listPool), clusters: memory.copy(rawClusters), clusterCount: rawClusters.count,
            clusterChoices: memory.copy(choiceStart), clusterCodes: memory.copy(choiceCodes),
            formulas: memory.copy(flat), mdcStart: memory.copy(starts), program: memory.copy(program),
            gates: memory.copy(gates), hacStart: memory.copy(hacStart), hacCount: hacStart.count - 1,
            hacRanges: memory.copy(hacRanges), suppressionStart: memory.copy(suppressionStart),
            suppressionPool: memory.copy(suppressionPool), suppressionListCount: suppressionStart.count - 1)
    }
}
