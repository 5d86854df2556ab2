/// Groups claims one after another on one thread, reusing its scratch space.
///
/// The steps follow the CMS grouper: clusters, code attributes, CC exclusions, the claim's keys; then the initial
/// DRG (pre-MDC logic, the principal diagnosis's MDC, rerouting); the hospital-acquired condition rule; and the
/// final DRG with HAC secondaries no longer counting as CCs or MCCs.
///
/// ``assign(_:version:)`` gives the answer alone and allocates nothing; ``group(_:version:)`` runs the same steps
/// and then builds the explanation.
public final class GroupingSession {
    let grouper: MSDRGGrouper
    /// The scratch space and the state of the last claim grouped.
    var work: GroupingWork

    init(grouper: MSDRGGrouper) {
        self.grouper = grouper
        var clusters = 0
        var lists = 1
        for t in grouper.tables.values {
            clusters = max(clusters, t.raw.clusterCount)
            lists = max(lists, t.raw.suppressionListCount)
        }
        let hacs = grouper.tables.values.first.map { $0.store.maximumHACsPerDiagnosis } ?? 0
        work = GroupingWork(
            keyCapacity: grouper.space.count, clusterCapacity: clusters, suppressionLists: lists,
            hacsPerDiagnosis: hacs,
            names: grouper.names)
    }

    deinit { work.deallocate() }

    func tables(_ version: GrouperVersion) throws(GrouperError) -> VersionTables {
        guard let t = grouper.tables(number: version.number) else {
            throw GrouperError(
                "grouper version \(version) is not available (available: \(grouper.versions.map(\.description).joined(separator: ", ")))"
            )
        }
        return t
    }

    static func checkLimits(secondaries: Int, procedures: Int) throws(GrouperError) {
        guard secondaries <= GrouperClaim.maximumSecondaryDiagnoses else {
            throw GrouperError(
                "\(secondaries) secondary diagnoses: the grouper reads at most \(GrouperClaim.maximumSecondaryDiagnoses)"
            )
        }
        guard procedures <= GrouperClaim.maximumProcedures else {
            throw GrouperError("\(procedures) procedures: the grouper reads at most \(GrouperClaim.maximumProcedures)")
        }
    }

    /// Groups a claim and builds the explanation (the role of each code, titles, formulas, HAC statuses).
    public func group(_ claim: GrouperClaim, version: GrouperVersion) throws(GrouperError) -> GroupingResult {
        let t = try tables(version)
        try Self.checkLimits(secondaries: claim.secondary.count, procedures: claim.procedures.count)
        let (initial, final) = work.run(PackedClaim(claim), t.raw)
        return result(claim, t, initial: initial, final: final)
    }

    /// Groups a claim: the DRGs, MDCs, severities, return codes and HACs, without the explanation.
    public func assign(_ claim: PackedClaim, version: GrouperVersion) throws(GrouperError) -> GroupingOutcome {
        let t = try tables(version)
        try Self.checkLimits(secondaries: claim.secondaryCount, procedures: claim.procedureCount)
        let (initial, final) = work.run(claim, t.raw)
        return GroupingOutcome(
            drg: final.grouped ? Int(final.drg) : 999, mdc: final.grouped ? Int(max(final.mdc, 0)) : 0,
            baseDRG: final.grouped ? Int(final.baseDRG) : 999, severity: final.grouped ? final.severity : .none,
            returnCode: final.returnCode, initialDRG: initial.grouped ? Int(initial.drg) : 999,
            initialMDC: initial.grouped ? Int(max(initial.mdc, 0)) : 0,
            initialBaseDRG: initial.grouped ? Int(initial.baseDRG) : 999,
            initialSeverity: initial.grouped ? initial.severity : .none, initialReturnCode: initial.returnCode,
            hospitalAcquired: work.hospitalAcquired)
    }

    static func returnCode(formula: String) -> GrouperReturnCode? {
        switch formula {
        case "INVALID_PDX": .invalidPrincipalDiagnosis
        case "INVALID_DSTAT": .invalidDischargeStatus
        case "INVALID_SEX": .invalidSex
        case "pdx_ecode": .principalNotAllowed
        default: nil
        }
    }
}

/// One pass of the formulas: the DRG it reached.
struct GroupingPass {
    /// -1: no DRG.
    var drg: Int32 = -1
    var baseDRG: Int32 = 0
    /// -1: no MDC.
    var mdc: Int32 = -1
    var severity: Severity = .none
    /// Index into ``RawTables/formulas`` and ``VersionTables/formulaList``, or -1.
    var formula: Int32 = -1
    var returnCode: GrouperReturnCode = .ok

    init() {}
    init(returnCode: GrouperReturnCode) { self.returnCode = returnCode }

    var grouped: Bool { drg >= 0 && returnCode == .ok }
}

/// The grouping steps over raw tables, with fixed-size scratch space allocated once: a plain value, so that the
/// loop neither counts references nor checks exclusive access. The session that owns it calls ``deallocate()``.
struct GroupingWork {
    struct Secondary {
        var code: UInt64
        /// The definition's index among the loaded rows (-1: not a code of this version), and its record.
        var definition: Int32
        var record: Int32
        /// The first of the code's keys, read while the claim is prepared so that its cache line is there when the
        /// keys are built (or -1).
        var firstKey: Int32 = -1
        var poa: UInt8
        var level: Severity
        /// The code is on a HAC list.
        var onHACList = false
        var excluded = false
        var deathExcluded = false
        var hacMet = false
    }

    struct Procedure {
        var code: UInt64
        /// The definition's index among the loaded rows (-1: not a code of this version), and its record.
        var definition: Int32
        var record: Int32
        /// As ``Secondary/firstKey``.
        var firstKey: Int32
        /// The clusters to try for the code, and the cluster choices it meets (see ``RawTables/clusterListMap``), or -1.
        var clusterList: Int32
        var memberships: Int32
        var suppression: UInt32 = 0
    }

    enum HACState: UInt8 {
        case exempt, presentOnAdmission, excluded, met, notMet

        var name: String {
            switch self {
            case .exempt: "exempt"
            case .presentOnAdmission: "present-on-admission"
            case .excluded: "excluded"
            case .met: "criteria-met"
            case .notMet: "criteria-not-met"
            }
        }
    }

    struct HACStatus {
        var secondary: Int32
        var number: Int16
        var showList: Bool
        var state: HACState
    }

    enum Evaluation {
        case none
        case match(formula: Int32, severity: Severity)
        case stop(GrouperReturnCode)
    }

    static let secondaryCapacity = GrouperClaim.maximumSecondaryDiagnoses
    static let procedureCapacity = GrouperClaim.maximumProcedures
    /// Words of a satisfied cluster's member set (bit *j*: procedure *j*).
    static let memberWords = (procedureCapacity + 63) / 64

    var keys: KeySet
    let names: ReservedKeys
    let validStatus: (UInt64, UInt64)
    let newbornTransfer: (UInt64, UInt64)

    let secondaries: UnsafeMutablePointer<Secondary>
    var secondaryCount = 0
    let procedures: UnsafeMutablePointer<Procedure>
    var procedureCount = 0
    /// Clusters satisfied, in the order found, with the procedures that completed each (bit *j*: procedure *j*).
    let satisfiedClusters: UnsafeMutablePointer<Int32>
    let clusterMembers: UnsafeMutablePointer<UInt64>
    var satisfiedCount = 0
    /// By cluster: the choices the claim's procedures meet, valid where `clusterMetStamp` is the generation, and
    /// whether the cluster was tried (`clusterTriedStamp`).
    let clusterMet: UnsafeMutablePointer<UInt64>
    let clusterMetStamp: UnsafeMutablePointer<UInt32>
    let clusterTriedStamp: UnsafeMutablePointer<UInt32>
    let clusterCapacity: Int
    var clusterGeneration: UInt32 = 0
    let chosenCodes: UnsafeMutablePointer<UInt64>
    let severityCache: UnsafeMutablePointer<Int8>
    let severityCacheCount: Int
    let hacStatuses: UnsafeMutablePointer<HACStatus>
    var hacStatusCount = 0

    /// The principal diagnosis's definition (-1: not a code of this version) and its record.
    var principal: Int32 = -1
    var principalRecord: Int32 = -1
    var principalCode: UInt64 = 0
    /// -1: none.
    var principalMDC = -1
    var principalSexConflict = false

    init(keyCapacity: Int, clusterCapacity: Int, suppressionLists: Int, hacsPerDiagnosis: Int, names: ReservedKeys) {
        keys = KeySet(capacity: keyCapacity)
        self.names = names
        validStatus = DischargeStatus.validBits
        newbornTransfer = DischargeStatus.newbornTransferBits
        secondaries = .allocate(capacity: Self.secondaryCapacity)
        procedures = .allocate(capacity: Self.procedureCapacity)
        satisfiedClusters = .allocate(capacity: max(clusterCapacity, 1))
        clusterMembers = .allocate(capacity: max(clusterCapacity, 1) * Self.memberWords)
        self.clusterCapacity = max(clusterCapacity, 1)
        clusterMet = .allocate(capacity: self.clusterCapacity)
        clusterMetStamp = .allocate(capacity: self.clusterCapacity)
        clusterMetStamp.initialize(repeating: 0, count: self.clusterCapacity)
        clusterTriedStamp = .allocate(capacity: self.clusterCapacity)
        clusterTriedStamp.initialize(repeating: 0, count: self.clusterCapacity)
        chosenCodes = .allocate(capacity: Self.procedureCapacity)
        severityCacheCount = max(suppressionLists, 1)
        severityCache = .allocate(capacity: severityCacheCount)
        hacStatuses = .allocate(capacity: max(Self.secondaryCapacity * hacsPerDiagnosis, 1))
    }

    func deallocate() {
        keys.deallocate()
        secondaries.deallocate()
        procedures.deallocate()
        satisfiedClusters.deallocate()
        clusterMembers.deallocate()
        clusterMet.deallocate()
        clusterMetStamp.deallocate()
        clusterTriedStamp.deallocate()
        chosenCodes.deallocate()
        severityCache.deallocate()
        hacStatuses.deallocate()
    }

    /// Bit *n*: HAC *n*'s criteria were met by a secondary of the last claim.
    var hospitalAcquired: UInt64 {
        var bits: UInt64 = 0
        for i in 0..<hacStatusCount where hacStatuses[i].state == .met {
            let n = Int(hacStatuses[i].number)
            if n >= 0 && n < 64 { bits |= 1 << UInt64(n) }
        }
        return bits
    }

    /// The grouping steps: the initial and the final pass. The claim must be within the UB-04 limits.
    mutating func run(_ claim: borrowing PackedClaim, _ r: RawTables) -> (initial: GroupingPass, final: GroupingPass) {
        precondition(claim.secondaryCount <= Self.secondaryCapacity && claim.procedureCount <= Self.procedureCapacity)
        hacStatusCount = 0
        prepare(claim, r)
        if let code = buildKeys(claim, r) { return (GroupingPass(returnCode: code), GroupingPass(returnCode: code)) }
        if principal >= 0, r.diagnosis(principalRecord).flags.contains(.ecode) {
            return (GroupingPass(returnCode: .principalNotAllowed), GroupingPass(returnCode: .principalNotAllowed))
        }
        let initial = runPass(r, final: false)
        guard initial.returnCode == .ok || initial.drg >= 0 else { return (initial, initial) }
        if let code = applyHACRule(claim, r) { return (initial, GroupingPass(returnCode: code)) }
        // The final pass differs from the initial one only by the secondaries the HAC rule took out.
        var anyHAC = false
        for i in 0..<secondaryCount where secondaries[i].hacMet { anyHAC = true }
        guard anyHAC else { return (initial, initial) }
        return (initial, runPass(r, final: true))
    }

    // MARK: Preparation

    private mutating func prepare(_ claim: borrowing PackedClaim, _ r: RawTables) {
        keys.reset()
        satisfiedCount = 0

        principalCode = claim.principal
        principalRecord = r.diagnosisCodes.value(principalCode, version: r.version)
        principal = principalRecord >= 0 ? r.diagnosis(principalRecord).definition : -1
        principalMDC = -1
        principalSexConflict = false
        if principal >= 0 {
            var assigned = false
            let bySex = r.sexMDCMap.value(principalCode)
            if bySex >= 0 {
                let male = Int(bySex & 0xFF) - 1
                let female = Int(bySex >> 8) - 1
                switch claim.sex {
                case .male where male >= 0:
                    principalMDC = male
                    assigned = true
                case .female where female >= 0:
                    principalMDC = female
                    assigned = true
                default: break
                }
                if !assigned { principalSexConflict = true }
            }
            if !assigned { principalMDC = Int(r.diagnosis(principalRecord).mdc) }
        }

        secondaryCount = claim.secondaryCount
        procedureCount = claim.procedureCount
        claim.storage.withUnsafeBufferPointer { words in
            for i in 0..<secondaryCount {
                let code = words[1 + i]
                let record = r.diagnosisCodes.value(code, version: r.version)
                let poa = UInt8(
                    truncatingIfNeeded: words[1 + secondaryCount + procedureCount + i / 8] >> UInt64(8 * (i % 8)))
                if record >= 0 {
                    let def = r.diagnosis(record)
                    secondaries[i] = Secondary(
                        code: code, definition: def.definition, record: record,
                        firstKey: def.secondaryCount > 0 ? r.keyPool[Int(def.secondaryKeys)] : -1, poa: poa,
                        level: def.severity, onHACList: def.hacCount > 0)
                } else {
                    secondaries[i] = Secondary(code: code, definition: -1, record: -1, poa: poa, level: .none)
                }
            }
            for j in 0..<procedureCount {
                let code = words[1 + secondaryCount + j]
                let clusters = r.clusterCount > 0 ? r.clusterListMap.entry(code) : nil
                let record = r.procedureCodes.value(code, version: r.version)
                var definition: Int32 = -1
                var firstKey: Int32 = -1
                if record >= 0 {
                    let def = r.procedure(record)
                    definition = def.definition
                    if def.keyCount > 0 { firstKey = r.keyPool[Int(def.keys)] }
                }
                procedures[j] = Procedure(
                    code: code, definition: definition, record: record, firstKey: firstKey,
                    clusterList: clusters?.value ?? -1, memberships: clusters?.extra ?? -1)
            }
        }

        // Clusters: a cluster is satisfied when every one of its choices is met by some procedure on the claim; the
        // procedures that met it (up to the one that completed it) lose their own attributes in the cluster's MDCs.
        var anyClusterList = false
        for j in 0..<procedureCount where procedures[j].clusterList >= 0 { anyClusterList = true }
        if anyClusterList { findClusters(r) }

        // CC exclusions against the principal diagnosis, and MCCs that count only when the patient lives.
        let group = r.principalExclusionGroups.value(principalCode, version: r.version)
        if group >= 0 {
            // Only a CC or MCC, or a code on a HAC list, is ever asked whether it is excluded: the others are not
            // looked up.
            for i in 0..<secondaryCount where secondaries[i].level != .none || secondaries[i].onHACList {
                if r.exclusions.contains(group: group, code: secondaries[i].code) { secondaries[i].excluded = true }
            }
        }
        if claim.dischargeStatus == DischargeStatus.died {
            for i in 0..<secondaryCount where secondaries[i].record >= 0 {
                if r.diagnosis(secondaries[i].record).flags.contains(.mccAlive) {
                    secondaries[i].deathExcluded = true
                }
            }
        }
    }

    private mutating func findClusters(_ r: RawTables) {
        clusterGeneration &+= 1
        if clusterGeneration == 0 {
            clusterMetStamp.update(repeating: 0, count: clusterCapacity)
            clusterTriedStamp.update(repeating: 0, count: clusterCapacity)
            clusterGeneration = 1
        }
        let generation = clusterGeneration
        // The choices of each cluster that the claim's procedures meet, all procedures together.
        for j in 0..<procedureCount where procedures[j].memberships >= 0 {
            let m = Int(procedures[j].memberships)
            for k in Int(r.membershipStart[m])..<Int(r.membershipStart[m + 1]) {
                let entry = r.memberships[k]
                let c = Int(entry.cluster)
                if clusterMetStamp[c] == generation {
                    clusterMet[c] |= entry.choices
                } else {
                    clusterMetStamp[c] = generation
                    clusterMet[c] = entry.choices
                }
            }
        }
        // The clusters of the claim's procedures, in order of first appearance; one whose every choice is met is
        // satisfied, and the procedures that met it up to the one that completed it are its members.
        for j in 0..<procedureCount where procedures[j].clusterList >= 0 {
            let list = Int(procedures[j].clusterList)
            for k in Int(r.clusterListStart[list])..<Int(r.clusterListStart[list + 1]) {
                let c = r.clusterListPool[k]
                guard clusterTriedStamp[Int(c)] != generation else { continue }
                clusterTriedStamp[Int(c)] = generation
                let cluster = r.clusters[Int(c)]
                let choiceCount = Int(cluster.choiceCount)
                let all: UInt64 = choiceCount >= 64 ? ~0 : (1 << UInt64(choiceCount)) - 1
                let met = clusterMetStamp[Int(c)] == generation ? clusterMet[Int(c)] : 0
                if met == all { satisfy(c, cluster, r) }
            }
        }
    }

    /// Records a satisfied cluster: the procedures that met its choices, in claim order up to the one that met the
    /// last choice, lose their own attributes in the cluster's MDCs.
    private mutating func satisfy(_ c: Int32, _ cluster: RawCluster, _ r: RawTables) {
        let choiceCount = Int(cluster.choiceCount)
        var met: UInt64 = 0
        let all: UInt64 = choiceCount >= 64 ? ~0 : (1 << UInt64(choiceCount)) - 1
        var chosenCount = 0
        for j in 0..<procedureCount where procedures[j].code != 0 {
            let code = procedures[j].code
            for k in 0..<choiceCount {
                let choice = Int(cluster.choices) + k
                var hit = false
                for x in Int(r.clusterChoices[choice])..<Int(r.clusterChoices[choice + 1])
                where r.clusterCodes[x] == code {
                    hit = true
                    break
                }
                guard hit else { continue }
                if k < 64 { met |= 1 << UInt64(k) }
                var known = false
                for m in 0..<chosenCount where chosenCodes[m] == code { known = true }
                if !known {
                    chosenCodes[chosenCount] = code
                    chosenCount += 1
                }
            }
            if met == all {
                let members = clusterMembers + satisfiedCount * Self.memberWords
                members.initialize(repeating: 0, count: Self.memberWords)
                for jj in 0..<procedureCount where procedures[jj].code != 0 {
                    var chosen = false
                    for m in 0..<chosenCount where chosenCodes[m] == procedures[jj].code { chosen = true }
                    if chosen {
                        procedures[jj].suppression |= cluster.suppressionMask
                        members[jj >> 6] |= 1 << UInt64(jj & 63)
                    }
                }
                satisfiedClusters[satisfiedCount] = c
                satisfiedCount += 1
                return
            }
        }
    }

    // MARK: The claim's keys

    @inline(__always)
    private mutating func insert(_ ids: ReservedKeys.Ids) {
        keys.insert(ids.bare)
        keys.insert(ids.any)
        if ids.prefixed >= 0 { keys.insert(ids.prefixed) }
    }

    @inline(__always)
    private mutating func insertKeys(_ r: RawTables, _ start: Int32, _ count: Int32, suppressedIn mask: UInt32 = 0) {
        for k in Int(start)..<Int(start + count) { keys.insert(r.keyPool[k], suppressedIn: mask) }
    }

    /// Builds the keys the formulas test. Returns a return code when the claim cannot go on (an MCC that depends on
    /// the patient being alive, with an invalid discharge status).
    private mutating func buildKeys(_ claim: borrowing PackedClaim, _ r: RawTables) -> GrouperReturnCode? {
        var bilateral: UInt8 = 0
        var vessels = 0
        var bareStents = 0
        var drugStents = 0
        var singleFusions = 0
        var anteriorSectionFusions = 0
        var posteriorFusions = 0
        var fusionCounter = 0
        var singleAnterior = 0
        var singlePosterior1 = 0
        var traumaRegions: UInt8 = 0
        var allIncident = true

        for i in 0..<secondaryCount where secondaries[i].record >= 0 {
            let def = r.diagnosis(secondaries[i].record)
            insertKeys(r, def.secondaryKeys, def.secondaryCount)
            bilateral |= def.bilateralJoints
            vessels += Int(def.vessels)
            traumaRegions |= def.traumaRegions
            if !def.flags.contains(.incident) { allIncident = false }
        }
        for j in 0..<procedureCount where procedures[j].record >= 0 {
            let def = r.procedure(procedures[j].record)
            insertKeys(r, def.keys, def.keyCount, suppressedIn: procedures[j].suppression)
            bilateral |= def.bilateralJoints
            vessels += Int(def.vessels)
            if def.drugElutingStent { drugStents += Int(def.stentWeight) }
            if def.bareStent { bareStents += Int(def.stentWeight) }
            singleFusions += Int(def.singleFusion)
            singleAnterior += Int(def.singleAnteriorFusion)
            singlePosterior1 += Int(def.singlePosterior1Fusion)
            anteriorSectionFusions += Int(def.anteriorSectionFusion)
            posteriorFusions += Int(def.posteriorFusion)
            fusionCounter += Int(def.fusionCounter)
        }
        for n in 0..<satisfiedCount {
            let record = r.clusters[Int(satisfiedClusters[n])].definition
            guard record >= 0 else { continue }
            let def = r.procedure(record)
            insertKeys(r, def.keys, def.keyCount)
            bilateral |= def.bilateralJoints
            vessels += Int(def.vessels)
        }
        if principalCode != 0 {
            if principal >= 0 {
                let def = r.diagnosis(principalRecord)
                insertKeys(r, def.principalKeys, def.principalCount)
                bilateral |= def.bilateralJoints
                vessels += 2 * Int(def.vessels)
                traumaRegions |= def.traumaRegions
                if def.flags.contains(.incident) && allIncident { insert(names.onlyIncident) }
            } else {
                insert(names.invalidPrincipal)
            }
            switch UInt8(truncatingIfNeeded: principalCode >> 56) {
            case UInt8(ascii: "V"), UInt8(ascii: "W"), UInt8(ascii: "X"), UInt8(ascii: "Y"):
                insert(names.externalCausePrincipal)
            default: break
            }
            if claim.sex == .unknown && principalSexConflict { insert(names.invalidSex) }
            if principalMDC == 20 { insert(names.mdc20FallThrough) }
        } else {
            insert(names.invalidPrincipal)
        }

        let status = claim.dischargeStatus
        let validStatus = DischargeStatus.test(validStatus, status)
        if status != DischargeStatus.died { insert(names.alive) }
        if !validStatus { insert(names.invalidDischargeStatus) }
        if status == DischargeStatus.leftAgainstMedicalAdvice { insert(names.ama) }
        if status == DischargeStatus.died { insert(names.died) }
        if DischargeStatus.test(newbornTransfer, status) { insert(names.newbornTransfer) }
        insert(names.anyDiagnosis)

        if traumaRegions.nonzeroBitCount >= 2 { insert(names.multipleTrauma) }
        if bilateral.nonzeroBitCount > 1 { insert(names.bilateral) }
        if bareStents >= 4 { insert(names.fourBareStents) }
        if drugStents >= 4 { insert(names.fourDrugStents) }
        if vessels >= 4 { insert(names.fourVessels) }
        if bareStents + drugStents >= 4 { insert(names.fourStents) }
        if singleFusions > 1 { insert(names.multipleFusion) }
        if anteriorSectionFusions > 1 { insert(names.anteriorSectionFusions) }
        if posteriorFusions > 1 { insert(names.posteriorFusions) }
        if fusionCounter >= 3 { insert(names.singleFusions) }
        if singleAnterior >= 2 { insert(names.singleAnteriorFusions) }
        if singlePosterior1 >= 2 { insert(names.singlePosterior1Fusions) }

        if !validStatus {
            for i in 0..<secondaryCount where secondaries[i].record >= 0 {
                if r.diagnosis(secondaries[i].record).flags.contains(.mccAlive) { return .invalidDischargeStatus }
            }
        }
        return nil
    }

    // MARK: Formulas

    /// The claim's severity for a DRG: the highest level among secondaries that count (not excluded by the
    /// principal, not an alive-only MCC for a death, not carrying an attribute the DRG suppresses, and for the final
    /// DRG not a hospital-acquired condition).
    private mutating func severity(list: Int, final: Bool, _ r: RawTables) -> Severity {
        let cached = severityCache[list]
        if cached >= 0 { return Severity(rawValue: Int(cached)) ?? .none }
        let start = Int(r.suppressionStart[list])
        let end = Int(r.suppressionStart[list + 1])
        var best = Severity.none
        for i in 0..<secondaryCount {
            let s = secondaries[i]
            guard s.record >= 0 && s.level > best else { continue }
            if s.excluded || s.deathExcluded || (final && s.hacMet) { continue }
            if start < end {
                let def = r.diagnosis(s.record)
                var suppressed = false
                operands: for o in Int(def.operands)..<Int(def.operands + def.operandCount) {
                    let id = r.keyPool[o]
                    for x in start..<end where r.suppressionPool[x] == id {
                        suppressed = true
                        break operands
                    }
                }
                if suppressed { continue }
            }
            best = s.level
        }
        severityCache[list] = Int8(best.rawValue)
        return best
    }

    private mutating func evaluate(mdc: Int, _ r: RawTables, final: Bool) -> Evaluation {
        guard mdc >= 0 && mdc < VersionTables.mdcSlots else { return .none }
        let first = Int(r.mdcStart[mdc])
        let end = Int(r.mdcStart[mdc + 1])
        let mdcBit = KeySet.bit(mdc: mdc)
        var i = first
        while i < end {
            let f = r.formulas[i]
            i += 1
            if f.gate < f.gateEnd {
                var open = false
                for g in Int(f.gate)..<Int(f.gateEnd) where keys.contains(r.gates[g]) {
                    open = true
                    break
                }
                if !open { continue }
            }
            let level = f.usesSeverity ? severity(list: Int(f.suppressionList), final: final, r).rawValue : -1
            guard keys.evaluate(r.program, Int(f.program), Int(f.programEnd), mdcBit: mdcBit, level: level) else {
                continue
            }
            if f.drg == 0 && f.rerouteMDC == 0 {
                if let code = f.stop { return .stop(code) }
                continue
            }
            return .match(formula: Int32(i - 1), severity: severity(list: Int(f.suppressionList), final: final, r))
        }
        return .none
    }

    private mutating func runPass(_ r: RawTables, final: Bool) -> GroupingPass {
        severityCache.update(repeating: -1, count: severityCacheCount)
        var pass = GroupingPass()

        func take(_ pass: inout GroupingPass, _ formula: Int32, _ severity: Severity) {
            let f = r.formulas[Int(formula)]
            pass.drg = f.drg
            pass.baseDRG = f.baseDRG
            pass.severity = severity
            pass.formula = formula
        }

        var preMatched = false
        switch evaluate(mdc: 0, r, final: final) {
        case .stop(let code):
            pass.returnCode = code
            return pass
        case .match(let m, let level):
            take(&pass, m, level)
            pass.mdc = Int32(max(principalMDC, 0))
            preMatched = true
            if let code = reroute(&pass, from: m, isPre: true, r, final: final) {
                return GroupingPass(returnCode: code)
            }
        case .none: break
        }
        if !preMatched && principalMDC >= 0 {
            let mdc = principalMDC
            switch evaluate(mdc: mdc, r, final: final) {
            case .stop(let code):
                pass.returnCode = code
                return pass
            case .match(let m, let level):
                take(&pass, m, level)
                pass.mdc = Int32(mdc)
                if let code = reroute(&pass, from: m, isPre: false, r, final: final) {
                    return GroupingPass(returnCode: code)
                }
            case .none: break
            }
        }
        if pass.drg < 0 { pass.returnCode = .ungroupable }
        return pass
    }

    /// Follows a formula's rerouting to another MDC (and that formula's own, once).
    private mutating func reroute(
        _ pass: inout GroupingPass, from formula: Int32, isPre: Bool, _ r: RawTables, final: Bool
    ) -> GrouperReturnCode? {
        let target = Int(r.formulas[Int(formula)].rerouteMDC)
        guard target != 0 else { return nil }
        switch evaluate(mdc: target, r, final: final) {
        case .stop(let code): return code
        case .match(let m, let level):
            pass.drg = r.formulas[Int(m)].drg
            pass.baseDRG = r.formulas[Int(m)].baseDRG
            pass.severity = level
            pass.formula = m
            if isPre { pass.mdc = Int32(target) }
            let next = Int(r.formulas[Int(m)].rerouteMDC)
            if next != 0, case .match(let m2, let level2) = evaluate(mdc: next, r, final: final) {
                pass.drg = r.formulas[Int(m2)].drg
                pass.baseDRG = r.formulas[Int(m2)].baseDRG
                pass.severity = level2
                pass.formula = m2
            }
        case .none: break
        }
        return nil
    }

    // MARK: Hospital-acquired conditions

    private mutating func appendHAC(_ status: HACStatus) {
        hacStatuses[hacStatusCount] = status
        hacStatusCount += 1
    }

    /// Applies the HAC payment rule: a secondary on a HAC list, not present on admission, whose HAC criteria are met
    /// no longer counts as a CC or MCC. Returns a return code when the claim cannot be grouped under the rule.
    private mutating func applyHACRule(_ claim: borrowing PackedClaim, _ r: RawTables) -> GrouperReturnCode? {
        hacStatusCount = 0
        var anyHAC = false
        for i in 0..<secondaryCount where secondaries[i].record >= 0 {
            if r.diagnosis(secondaries[i].record).hacCount > 0 {
                anyHAC = true
                break
            }
        }
        guard anyHAC else { return nil }
        let showBit = DefinitionStore.hac06ShowBit
        if claim.poaExempt {
            for i in 0..<secondaryCount where secondaries[i].record >= 0 {
                let def = r.diagnosis(secondaries[i].record)
                for h in Int(def.hacs)..<Int(def.hacs + def.hacCount) {
                    let entry = r.hacPool[h]
                    appendHAC(
                        HACStatus(
                            secondary: Int32(i), number: Int16(entry & ~showBit), showList: entry & showBit != 0,
                            state: .exempt))
                }
            }
            return nil
        }
        var hac6OutsideShowList = false
        var invalidPOAOnClaim = false
        var metOther = false
        var metOtherInvalidPOA = false
        var met6InvalidPOA = false
        for i in 0..<secondaryCount where secondaries[i].record >= 0 {
            let s = secondaries[i]
            let def = r.diagnosis(s.record)
            for h in Int(def.hacs)..<Int(def.hacs + def.hacCount) {
                let entry = r.hacPool[h]
                let number = Int(entry & ~showBit)
                var status = HACStatus(
                    secondary: Int32(i), number: Int16(number), showList: entry & showBit != 0,
                    state: .presentOnAdmission)
                if s.poa == UInt8(ascii: "Y") || s.poa == UInt8(ascii: "W") {
                    appendHAC(status)
                    continue
                }
                if s.excluded {
                    status.state = .excluded
                    appendHAC(status)
                    continue
                }
                let met = hacCriteriaMet(number, r)
                let invalid = Self.invalidPOA(s.poa)
                if invalid { invalidPOAOnClaim = true }
                status.state = met ? .met : .notMet
                appendHAC(status)
                if met {
                    if number == 6 {
                        if !def.flags.contains(.hac06Show) { hac6OutsideShowList = true }
                        if invalid { met6InvalidPOA = true }
                    } else {
                        metOther = true
                        if invalid { metOtherInvalidPOA = true }
                    }
                }
            }
        }
        if !hac6OutsideShowList {
            for j in 0..<hacStatusCount where hacStatuses[j].showList && hacStatuses[j].state == .met {
                hacStatuses[j].state = .notMet
            }
        }
        for j in 0..<hacStatusCount where hacStatuses[j].state == .met {
            secondaries[Int(hacStatuses[j].secondary)].hacMet = true
        }
        let ungroupable =
            (hac6OutsideShowList && met6InvalidPOA) || (metOther && (metOtherInvalidPOA || invalidPOAOnClaim))
        return ungroupable ? .hacMissingPOA : nil
    }

    private func hacCriteriaMet(_ number: Int, _ r: RawTables) -> Bool {
        guard number >= 0 && number < r.hacCount else { return false }
        let mdcBit = KeySet.bit(mdc: 0)
        for k in Int(r.hacStart[number])..<Int(r.hacStart[number + 1]) {
            let (start, end) = r.hacRanges[k]
            if keys.evaluate(r.program, Int(start), Int(end), mdcBit: mdcBit, level: -1) { return true }
        }
        return false
    }

    static func invalidPOA(_ poa: UInt8) -> Bool {
        poa == UInt8(ascii: "E") || poa == UInt8(ascii: " ") || poa == UInt8(ascii: "1") || poa == 0
    }
}
