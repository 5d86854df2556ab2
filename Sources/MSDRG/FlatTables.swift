/// The grouper's definitions laid out for grouping many claims: plain structs without references (so reading one
/// costs no reference counting).
///
/// Each definition is a record in one pool of 32-bit words: its header (``Diagnosis`` or ``Procedure``) followed by
/// its key lists, so that grouping a code reads one place in memory. The versioned code maps used for grouping give
/// a record's offset in the pool; the header gives the definition's index among the loaded rows.
///
/// Built once from the loaded ``DiagnosisDefinition`` and ``ProcedureDefinition`` rows and shared by every version.
final class DefinitionStore: @unchecked Sendable {
    struct Diagnosis: Sendable {
        /// The index of the definition among the loaded rows.
        var definition: Int32 = 0
        /// Keys when the code is the principal diagnosis (`x`, `ANY:x`, `PDX:x` for each attribute), in `keys`.
        var principalKeys: Int32 = 0
        var principalCount: Int32 = 0
        /// Keys when the code is a secondary diagnosis (`x`, `ANY:x`, `SDX:x`), in `keys`.
        var secondaryKeys: Int32 = 0
        var secondaryCount: Int32 = 0
        /// The bare operand attribute ids (for severity suppression lists), in `keys`.
        var operands: Int32 = 0
        var operandCount: Int32 = 0
        /// HAC categories, in `hacs`: the number, with bit 15 set for the `hac06_show` list.
        var hacs: Int32 = 0
        var hacCount: Int32 = 0
        var mdc: Int16 = 0
        var vessels: Int16 = 0
        var flags: DiagnosisFlags = []
        var severity: Severity = .none
        var traumaRegions: UInt8 = 0
        var bilateralJoints: UInt8 = 0
    }

    struct Procedure: Sendable {
        /// The index of the definition among the loaded rows.
        var definition: Int32 = 0
        var keys: Int32 = 0
        var keyCount: Int32 = 0
        var vessels: Int16 = 0
        var stentWeight: Int16 = 0
        var bilateralJoints: UInt8 = 0
        var drugElutingStent = false
        var bareStent = false
        var isOperatingRoom = false
        var singleFusion: Int16 = 0
        var singleAnteriorFusion: Int16 = 0
        var singlePosterior1Fusion: Int16 = 0
        var anteriorSectionFusion: Int16 = 0
        var posteriorFusion: Int16 = 0
        var fusionCounter: Int16 = 0
    }

    static let hac06ShowBit: UInt16 = 0x8000

    let diagnoses: [Diagnosis]
    let procedures: [Procedure]
    /// The loaded rows, for the explanation.
    let diagnosisDefinitions: [DiagnosisDefinition]
    let procedureDefinitions: [ProcedureDefinition]
    /// The records: headers and key lists.
    let keys: [Int32]
    /// The offset of each definition's record in `keys`.
    let diagnosisRecords: [Int32]
    let procedureRecords: [Int32]
    let hacs: [UInt16]
    let memory = FrozenMemory()
    let rawKeys: UnsafePointer<Int32>
    let rawHACs: UnsafePointer<UInt16>
    /// CC exclusions, shared by every version: (exclusion group, secondary code).
    let exclusions: CodePairSet
    let rawExclusions: RawPairSet
    /// Definition of each diagnosis and procedure code, by version.
    let diagnosisCodes: VersionedCodeMap
    let procedureCodes: VersionedCodeMap
    /// The CC exclusion group of each code as a principal diagnosis, by version.
    let principalExclusionGroups: VersionedCodeMap
    let rawDiagnosisCodes: RawVersionedCodeMap
    let rawProcedureCodes: RawVersionedCodeMap
    let rawPrincipalExclusionGroups: RawVersionedCodeMap

    init(
        diagnoses dx: [DiagnosisDefinition], procedures pr: [ProcedureDefinition], exclusions: CodePairSet,
        diagnosisCodes: VersionedCodeMap, procedureCodes: VersionedCodeMap, principalExclusionGroups: VersionedCodeMap
    ) {
        var keys: [Int32] = []
        var hacs: [UInt16] = []
        func pool(_ ids: [Int32], dedupe: Bool) -> (Int32, Int32) {
            let start = Int32(keys.count)
            for id in ids where !dedupe || !keys[Int(start)...].contains(id) { keys.append(id) }
            return (start, Int32(keys.count) - start)
        }
        /// Room for a header at the end of the pool; returns its offset.
        func reserve<Header>(_: Header.Type) -> Int32 {
            precondition(MemoryLayout<Header>.alignment <= 4 && _isPOD(Header.self))
            let offset = Int32(keys.count)
            keys += repeatElement(0, count: (MemoryLayout<Header>.size + 3) / 4)
            return offset
        }
        func write<Header>(_ header: Header, at offset: Int32) {
            keys.withUnsafeMutableBytes { $0.storeBytes(of: header, toByteOffset: Int(offset) * 4, as: Header.self) }
        }
        var diagnoses: [Diagnosis] = []
        diagnoses.reserveCapacity(dx.count)
        var diagnosisRecords: [Int32] = []
        diagnosisRecords.reserveCapacity(dx.count)
        for d in dx {
            let record = reserve(Diagnosis.self)
            var h = Diagnosis()
            h.definition = Int32(diagnoses.count)
            (h.principalKeys, h.principalCount) = pool(d.principalKeys, dedupe: true)
            (h.secondaryKeys, h.secondaryCount) = pool(d.secondaryKeys, dedupe: true)
            (h.operands, h.operandCount) = pool(d.operandIds, dedupe: false)
            h.hacs = Int32(hacs.count)
            for (number, list) in d.hacs {
                precondition(number >= 0 && number < 0x8000, "HAC number \(number)")
                hacs.append(UInt16(number) | (list == "hac06_show" ? Self.hac06ShowBit : 0))
            }
            h.hacCount = Int32(hacs.count) - h.hacs
            h.mdc = Int16(d.mdc ?? -1)
            h.vessels = Int16(d.vessels)
            h.flags = d.flags
            h.severity = d.severity
            h.traumaRegions = d.traumaRegions
            h.bilateralJoints = d.bilateralJoints
            write(h, at: record)
            diagnoses.append(h)
            diagnosisRecords.append(record)
        }
        var procedures: [Procedure] = []
        procedures.reserveCapacity(pr.count)
        var procedureRecords: [Int32] = []
        procedureRecords.reserveCapacity(pr.count)
        for p in pr {
            let record = reserve(Procedure.self)
            var h = Procedure()
            h.definition = Int32(procedures.count)
            (h.keys, h.keyCount) = pool(p.keys, dedupe: true)
            h.vessels = Int16(p.vessels)
            h.stentWeight = Int16(p.stentWeight)
            h.bilateralJoints = p.bilateralJoints
            h.drugElutingStent = p.drugElutingStent
            h.bareStent = p.bareStent
            h.isOperatingRoom = p.isOperatingRoom
            h.singleFusion = Int16(p.singleFusion)
            h.singleAnteriorFusion = Int16(p.singleAnteriorFusion)
            h.singlePosterior1Fusion = Int16(p.singlePosterior1Fusion)
            h.anteriorSectionFusion = Int16(p.anteriorSectionFusion)
            h.posteriorFusion = Int16(p.posteriorFusion)
            h.fusionCounter = Int16(p.fusionCounter)
            write(h, at: record)
            procedures.append(h)
            procedureRecords.append(record)
        }
        self.diagnoses = diagnoses
        self.procedures = procedures
        diagnosisDefinitions = dx
        procedureDefinitions = pr
        self.keys = keys
        self.diagnosisRecords = diagnosisRecords
        self.procedureRecords = procedureRecords
        self.hacs = hacs
        rawKeys = memory.copy(keys)
        rawHACs = memory.copy(hacs)
        self.exclusions = exclusions
        rawExclusions = exclusions.frozen(in: memory)
        self.diagnosisCodes = diagnosisCodes
        self.procedureCodes = procedureCodes
        self.principalExclusionGroups = principalExclusionGroups
        rawDiagnosisCodes = diagnosisCodes.mapValues { diagnosisRecords[Int($0)] }.frozen(in: memory)
        rawProcedureCodes = procedureCodes.mapValues { procedureRecords[Int($0)] }.frozen(in: memory)
        rawPrincipalExclusionGroups = principalExclusionGroups.frozen(in: memory)
    }
}

/// A compiled expression as 32-bit instructions in a shared pool: the top three bits say what the instruction is,
/// and a key instruction carries the key id in the rest.
enum Instruction {
    static let key: UInt32 = 0
    static let severityNone: UInt32 = 1 << 29
    static let severityCC: UInt32 = 2 << 29
    static let severityMCC: UInt32 = 3 << 29
    static let and: UInt32 = 4 << 29
    static let or: UInt32 = 5 << 29
    static let not: UInt32 = 6 << 29
    static let opcodeMask: UInt32 = 7 << 29
    static let idMask: UInt32 = (1 << 29) - 1

    static func encode(_ op: CompiledExpression.Op) -> UInt32 {
        switch op {
        case .key(let id):
            precondition(id >= 0 && UInt32(id) <= idMask, "key id \(id) does not fit an instruction")
            return UInt32(id)
        case .severity(.none): return severityNone
        case .severity(.cc): return severityCC
        case .severity(.mcc): return severityMCC
        case .and: return and
        case .or: return or
        case .not: return not
        }
    }
}

extension CompiledExpression {
    /// Keys of which at least one is on every claim the expression holds for, or nil when no such short list is
    /// known (the expression can hold on a claim whatever keys it carries, e.g. `~x` or `MCC | x`). A formula whose
    /// gate keys are all absent is skipped without being evaluated.
    var gate: [Int32]? {
        var stack: [[Int32]?] = []
        for op in ops {
            switch op {
            case .key(let id): stack.append([id])
            case .severity, .not:
                if case .not = op { stack.removeLast() }
                stack.append(nil)
            case .and:
                let b = stack.removeLast()
                let a = stack.removeLast()
                switch (a, b) {
                case (nil, nil): stack.append(nil)
                case (let x?, nil), (nil, let x?): stack.append(x)
                case (let x?, let y?): stack.append(x.count <= y.count ? x : y)
                }
            case .or:
                let b = stack.removeLast()
                let a = stack.removeLast()
                if let a, let b, a.count + b.count <= 16 {
                    stack.append(a + b.filter { !a.contains($0) })
                } else {
                    stack.append(nil)
                }
            }
        }
        return stack.last ?? nil
    }
}

/// One DRG formula as the grouping loop reads it.
struct FlatFormula: Sendable {
    var program: Int32
    var programEnd: Int32
    /// Range in ``RawTables/gates``; empty when the formula has no gate.
    var gate: Int32
    var gateEnd: Int32
    var suppressionList: Int32
    var drg: Int32
    var baseDRG: Int32
    var rerouteMDC: Int32
    /// For a formula with neither a DRG nor a rerouting: the return code it ends grouping with, or nil (skipped).
    var stop: GrouperReturnCode?
    var usesSeverity: Bool
}

/// Memory for tables read through raw pointers: copies of arrays of plain values, freed with the owner. The
/// grouping loop reads them without bounds checks or reference counting; every index it uses comes from the same
/// tables.
final class FrozenMemory: @unchecked Sendable {
    private var blocks: [UnsafeMutableRawPointer] = []

    func copy<T>(_ values: [T]) -> UnsafePointer<T> {
        precondition(_isPOD(T.self), "FrozenMemory holds plain values only")
        let p = UnsafeMutablePointer<T>.allocate(capacity: max(values.count, 1))
        values.withUnsafeBufferPointer { b in
            if let base = b.baseAddress { p.initialize(from: base, count: b.count) }
        }
        blocks.append(UnsafeMutableRawPointer(p))
        return UnsafePointer(p)
    }

    deinit {
        for b in blocks { b.deallocate() }
    }
}

/// A procedure cluster as the grouping loop reads it: choice *k* of the cluster is the codes
/// `clusterCodes[clusterChoices[choices + k] ..< clusterChoices[choices + k + 1]]`.
struct RawCluster: Sendable {
    var choices: Int32
    var choiceCount: Int32
    var suppressionMask: UInt32
    var definition: Int32
}

/// The choices of one cluster a procedure code meets (bit *k*: choice *k*).
struct ClusterMembership: Sendable {
    var cluster: Int32
    var choices: UInt64
}

/// Everything one version's grouping reads, as raw pointers into memory its ``VersionTables`` keeps alive. A plain
/// value: copying it costs no reference counting.
struct RawTables: @unchecked Sendable {
    /// The definition records (``DefinitionStore/keys``).
    var keyPool: UnsafePointer<Int32>
    var hacPool: UnsafePointer<UInt16>

    /// The version number (431 for 43.1), for the tables shared by every version.
    var version: Int16
    var diagnosisCodes: RawVersionedCodeMap
    var procedureCodes: RawVersionedCodeMap
    var principalExclusionGroups: RawVersionedCodeMap
    var sexMDCMap: RawCodeMap
    var exclusions: RawPairSet
    /// The cluster list *l* of a procedure code, `clusterListPool[clusterListStart[l] ..< clusterListStart[l + 1]]`
    /// (the clusters to try when the code is on a claim); extra: *m*, the choices of each cluster the code meets,
    /// `memberships[membershipStart[m] ..< membershipStart[m + 1]]`.
    var clusterListMap: RawCodeMap
    var membershipStart: UnsafePointer<Int32>
    var memberships: UnsafePointer<ClusterMembership>
    var clusterListStart: UnsafePointer<Int32>
    var clusterListPool: UnsafePointer<Int32>
    var clusters: UnsafePointer<RawCluster>
    var clusterCount: Int
    var clusterChoices: UnsafePointer<Int32>
    var clusterCodes: UnsafePointer<UInt64>

    var formulas: UnsafePointer<FlatFormula>
    var mdcStart: UnsafePointer<Int32>
    var program: UnsafePointer<UInt32>
    var gates: UnsafePointer<Int32>
    var hacStart: UnsafePointer<Int32>
    var hacCount: Int
    var hacRanges: UnsafePointer<(Int32, Int32)>
    var suppressionStart: UnsafePointer<Int32>
    var suppressionPool: UnsafePointer<Int32>
    var suppressionListCount: Int

    /// The header of the diagnosis record at `offset` in the pool.
    @inline(__always)
    func diagnosis(_ offset: Int32) -> DefinitionStore.Diagnosis {
        UnsafeRawPointer(keyPool + Int(offset)).load(as: DefinitionStore.Diagnosis.self)
    }

    /// The header of the procedure record at `offset` in the pool.
    @inline(__always)
    func procedure(_ offset: Int32) -> DefinitionStore.Procedure {
        UnsafeRawPointer(keyPool + Int(offset)).load(as: DefinitionStore.Procedure.self)
    }
}

extension DefinitionStore {
    /// The most HAC categories one diagnosis belongs to.
    var maximumHACsPerDiagnosis: Int { diagnoses.lazy.map { Int($0.hacCount) }.max() ?? 0 }
}
