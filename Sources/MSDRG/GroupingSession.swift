/// Groups claims one after another on one thread, reusing its scratch space.
///
/// The steps follow the CMS grouper: clusters, code attributes, CC exclusions, the claim's keys; then the initial
/// DRG (pre-MDC logic, the principal diagnosis's MDC, rerouting); the hospital-acquired condition rule; and the
/// final DRG with HAC secondaries no longer counting as CCs or MCCs.
///
/// ``assign(_:version:)`` gives the answer alone and allocates nothing once the session has grouped a few claims;
/// ``group(_:version:)`` runs the same steps and then builds the explanation.
public final class GroupingSession {
    let grouper: MSDRGGrouper
    var keys: KeySet
    let validStatus: (UInt64, UInt64)
    let newbornTransfer: (UInt64, UInt64)

    // Per-claim state.
    var secondaries: [Secondary] = []
    var procedures: [Procedure] = []
    var satisfiedClusters: [Int32] = []
    /// Procedures that completed a cluster, in the order the clusters were found: (procedure, cluster).
    var clusterMembers: [(procedure: Int32, cluster: Int32)] = []
    var clusterCandidates: [Int32] = []
    var chosenCodes: [UInt64] = []
    var principal: Int32 = -1
    var principalCode: UInt64 = 0
    /// -1: none.
    var principalMDC = -1
    var principalSexConflict = false
    var severityCache: [Int8] = []
    var hacStatuses: [HACStatus] = []

    struct Secondary {
        var code: UInt64
        var definition: Int32
        var poa: UInt8
        var level: Severity
        var excluded = false
        var deathExcluded = false
        var hacMet = false
    }

    struct Procedure {
        var code: UInt64
        var definition: Int32
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

    init(grouper: MSDRGGrouper) {
        self.grouper = grouper
        keys = KeySet(capacity: grouper.space.count)
        validStatus = DischargeStatus.validBits
        newbornTransfer = DischargeStatus.newbornTransferBits
        secondaries.reserveCapacity(GrouperClaim.maximumSecondaryDiagnoses + 1)
        procedures.reserveCapacity(GrouperClaim.maximumProcedures + 1)
        satisfiedClusters.reserveCapacity(16)
        clusterMembers.reserveCapacity(32)
        clusterCandidates.reserveCapacity(32)
        chosenCodes.reserveCapacity(32)
        hacStatuses.reserveCapacity(32)
    }

    enum Evaluation {
        case none
        case match(formula: Int32, severity: Severity)
        case stop(GrouperReturnCode)
    }

    struct Pass {
        /// -1: no DRG.
        var drg: Int32 = -1
        var baseDRG: Int32 = 0
        /// -1: no MDC.
        var mdc: Int32 = -1
        var severity: Severity = .none
        /// Index into ``VersionTables/flatFormulas``, or -1.
        var formula: Int32 = -1
        var returnCode: GrouperReturnCode = .ok

        init() {}
        init(returnCode: GrouperReturnCode) { self.returnCode = returnCode }

        var grouped: Bool { drg >= 0 && returnCode == .ok }
    }

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
                "\(secondaries) secondary diagnoses: the grouper reads at most \(GrouperClaim.maximumSecondaryDiagnoses)")
        }
        guard procedures <= GrouperClaim.maximumProcedures else {
            throw GrouperError("\(procedures) procedures: the grouper reads at most \(GrouperClaim.maximumProcedures)")
        }
    }

    /// Groups a claim and builds the explanation (the role of each code, titles, formulas, HAC statuses).
    public func group(_ claim: GrouperClaim, version: GrouperVersion) throws(GrouperError) -> GroupingResult {
        let t = try tables(version)
        try Self.checkLimits(secondaries: claim.secondary.count, procedures: claim.procedures.count)
        let (initial, final) = run(PackedClaim(claim), t)
        return result(claim, t, initial: initial, final: final)
    }

    /// Groups a claim: the DRGs, MDCs, severities, return codes and HACs, without the explanation.
    public func assign(_ claim: PackedClaim, version: GrouperVersion) throws(GrouperError) -> GroupingOutcome {
        let t = try tables(version)
        try Self.checkLimits(secondaries: claim.secondary.count, procedures: claim.procedures.count)
        let (initial, final) = run(claim, t)
        var hacs: UInt64 = 0
        for h in hacStatuses where h.state == .met && h.number >= 0 && h.number < 64 { hacs |= 1 << UInt64(h.number) }
        return GroupingOutcome(
            drg: final.grouped ? Int(final.drg) : 999, mdc: final.grouped ? Int(max(final.mdc, 0)) : 0,
            baseDRG: final.grouped ? Int(final.baseDRG) : 999, severity: final.grouped ? final.severity : .none,
            returnCode: final.returnCode, initialDRG: initial.grouped ? Int(initial.drg) : 999,
            initialMDC: initial.grouped ? Int(max(initial.mdc, 0)) : 0,
            initialBaseDRG: initial.grouped ? Int(initial.baseDRG) : 999,
            initialSeverity: initial.grouped ? initial.severity : .none, initialReturnCode: initial.returnCode,
            hospitalAcquired: hacs)
    }

    /// The grouping steps: the initial and the final pass.
    func run(_ claim: borrowing PackedClaim, _ t: VersionTables) -> (initial: Pass, final: Pass) {
        prepare(claim, t)
        if let code = buildKeys(claim, t) {
            hacStatuses.removeAll(keepingCapacity: true)
            return (Pass(returnCode: code), Pass(returnCode: code))
        }
        hacStatuses.removeAll(keepingCapacity: true)
        if principal >= 0, t.store.diagnoses[Int(principal)].flags.contains(.ecode) {
            return (Pass(returnCode: .principalNotAllowed), Pass(returnCode: .principalNotAllowed))
        }
        let initial = runPass(t, final: false)
        guard initial.returnCode == .ok || initial.drg >= 0 else { return (initial, initial) }
        if let code = applyHACRule(claim, t) { return (initial, Pass(returnCode: code)) }
        // The final pass differs from the initial one only by the secondaries the HAC rule took out.
        guard secondaries.contains(where: { $0.hacMet }) else { return (initial, initial) }
        return (initial, runPass(t, final: true))
    }

    // MARK: Preparation

    private func prepare(_ claim: borrowing PackedClaim, _ t: VersionTables) {
        keys.reset()
        secondaries.removeAll(keepingCapacity: true)
        procedures.removeAll(keepingCapacity: true)
        satisfiedClusters.removeAll(keepingCapacity: true)
        clusterMembers.removeAll(keepingCapacity: true)
        let store = t.store

        principalCode = claim.principal
        principal = t.diagnosisMap.value(principalCode)
        principalMDC = -1
        principalSexConflict = false
        if principal >= 0 {
            var assigned = false
            let bySex = t.sexMDCMap.value(principalCode)
            if bySex >= 0 {
                let male = Int(bySex & 0xFF) - 1, female = Int(bySex >> 8) - 1
                switch claim.sex {
                case .male where male >= 0: principalMDC = male; assigned = true
                case .female where female >= 0: principalMDC = female; assigned = true
                default: break
                }
                if !assigned { principalSexConflict = true }
            }
            if !assigned { principalMDC = Int(store.diagnoses[Int(principal)].mdc) }
        }

        for i in claim.secondary.indices {
            let code = claim.secondary[i]
            let index = t.diagnosisMap.value(code)
            let level = index >= 0 ? store.diagnoses[Int(index)].severity : .none
            secondaries.append(Secondary(code: code, definition: index, poa: claim.poa[i], level: level))
        }
        for code in claim.procedures {
            procedures.append(Procedure(code: code, definition: t.procedureMap.value(code)))
        }

        // Clusters: a cluster is satisfied when every one of its choices is met by some procedure on the claim; the
        // procedures that met it (up to the one that completed it) lose their own attributes in the cluster's MDCs.
        if !procedures.isEmpty && !t.clusters.isEmpty {
            findClusters(t)
        }

        // CC exclusions against the principal diagnosis, and MCCs that count only when the patient lives.
        let group = t.exclusionGroupMap.value(principalCode)
        if group >= 0 {
            for i in secondaries.indices where t.exclusions.contains(group: group, code: secondaries[i].code) {
                secondaries[i].excluded = true
            }
        }
        if claim.dischargeStatus == DischargeStatus.died {
            for i in secondaries.indices where secondaries[i].definition >= 0 {
                if store.diagnoses[Int(secondaries[i].definition)].flags.contains(.mccAlive) {
                    secondaries[i].deathExcluded = true
                }
            }
        }
    }

    private func findClusters(_ t: VersionTables) {
        clusterCandidates.removeAll(keepingCapacity: true)
        for p in procedures {
            let list = t.clusterListMap.value(p.code)
            guard list >= 0 else { continue }
            for c in t.clusterLists[Int(list)] where !clusterCandidates.contains(c) { clusterCandidates.append(c) }
        }
        for c in clusterCandidates {
            let cluster = t.clusters[Int(c)]
            var met: UInt64 = 0
            let all: UInt64 = cluster.choices.count >= 64 ? ~0 : (1 << UInt64(cluster.choices.count)) - 1
            chosenCodes.removeAll(keepingCapacity: true)
            for p in procedures where p.code != 0 {
                let code = PackedCode(raw: p.code)
                for (i, choice) in cluster.choices.enumerated() where choice.contains(code) {
                    met |= 1 << UInt64(i)
                    if !chosenCodes.contains(p.code) { chosenCodes.append(p.code) }
                }
                if met == all {
                    satisfiedClusters.append(c)
                    for j in procedures.indices where procedures[j].code != 0 && chosenCodes.contains(procedures[j].code) {
                        procedures[j].suppression |= cluster.suppressionMask
                        clusterMembers.append((Int32(j), c))
                    }
                    break
                }
            }
        }
    }

    // MARK: The claim's keys

    /// Builds the keys the formulas test. Returns a return code when the claim cannot go on (an MCC that depends on
    /// the patient being alive, with an invalid discharge status).
    private func buildKeys(_ claim: borrowing PackedClaim, _ t: VersionTables) -> GrouperReturnCode? {
        let names = grouper.names
        let store = t.store
        var bilateral: UInt8 = 0
        var vessels = 0
        var bareStents = 0, drugStents = 0
        var singleFusions = 0, anteriorSectionFusions = 0, posteriorFusions = 0, fusionCounter = 0
        var singleAnterior = 0, singlePosterior1 = 0
        var traumaRegions: UInt8 = 0

        store.keys.withUnsafeBufferPointer { pool in
            for s in secondaries where s.definition >= 0 {
                let def = store.diagnoses[Int(s.definition)]
                let start = Int(def.secondaryKeys)
                for k in start..<start + Int(def.secondaryCount) { keys.insert(pool[k]) }
                bilateral |= def.bilateralJoints
                vessels += Int(def.vessels)
                traumaRegions |= def.traumaRegions
            }
            for p in procedures where p.definition >= 0 {
                let def = store.procedures[Int(p.definition)]
                let start = Int(def.keys)
                for k in start..<start + Int(def.keyCount) { keys.insert(pool[k], suppressedIn: p.suppression) }
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
            for c in satisfiedClusters {
                let index = t.clusters[Int(c)].definitionIndex
                guard index >= 0 else { continue }
                let def = store.procedures[Int(index)]
                let start = Int(def.keys)
                for k in start..<start + Int(def.keyCount) { keys.insert(pool[k]) }
                bilateral |= def.bilateralJoints
                vessels += Int(def.vessels)
            }
            if principalCode != 0 && principal >= 0 {
                let def = store.diagnoses[Int(principal)]
                let start = Int(def.principalKeys)
                for k in start..<start + Int(def.principalCount) { keys.insert(pool[k]) }
                bilateral |= def.bilateralJoints
                vessels += 2 * Int(def.vessels)
                traumaRegions |= def.traumaRegions
            }
        }
        if principalCode != 0 {
            if principal >= 0 {
                if store.diagnoses[Int(principal)].flags.contains(.incident) {
                    let all = secondaries.allSatisfy { s in
                        s.definition < 0 || store.diagnoses[Int(s.definition)].flags.contains(.incident)
                    }
                    if all { insert(names.onlyIncident) }
                }
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
            for s in secondaries where s.definition >= 0 {
                if store.diagnoses[Int(s.definition)].flags.contains(.mccAlive) { return .invalidDischargeStatus }
            }
        }
        return nil
    }

    @inline(__always)
    private func insert(_ ids: [Int32]) {
        for id in ids { keys.insert(id) }
    }

    // MARK: Formulas

    /// The claim's severity for a DRG: the highest level among secondaries that count (not excluded by the
    /// principal, not an alive-only MCC for a death, not carrying an attribute the DRG suppresses, and for the final
    /// DRG not a hospital-acquired condition).
    func severity(list: Int, final: Bool, _ t: VersionTables) -> Severity {
        let cached = severityCache[list]
        if cached >= 0 { return Severity(rawValue: Int(cached))! }
        let start = Int(t.suppressionStart[list]), end = Int(t.suppressionStart[list + 1])
        let store = t.store
        var best = Severity.none
        for s in secondaries where s.definition >= 0 && s.level > best {
            if s.excluded || s.deathExcluded || (final && s.hacMet) { continue }
            if start < end {
                let def = store.diagnoses[Int(s.definition)]
                let operands = Int(def.operands)..<Int(def.operands + def.operandCount)
                var suppressed = false
                for o in operands where t.suppressionPool[start..<end].contains(store.keys[o]) {
                    suppressed = true
                    break
                }
                if suppressed { continue }
            }
            best = s.level
        }
        severityCache[list] = Int8(best.rawValue)
        return best
    }

    func evaluate(mdc: Int, _ t: VersionTables, final: Bool) -> Evaluation {
        guard mdc >= 0 && mdc < VersionTables.mdcSlots else { return .none }
        let first = Int(t.mdcStart[mdc]), end = Int(t.mdcStart[mdc + 1])
        guard first < end else { return .none }
        let mdcBit = KeySet.bit(mdc: mdc)
        return t.flatFormulas.withUnsafeBufferPointer { formulas in
            t.gates.withUnsafeBufferPointer { gates in
                t.program.withUnsafeBufferPointer { program in
                    for i in first..<end {
                        let f = formulas[i]
                        if f.gate < f.gateEnd {
                            var open = false
                            for g in Int(f.gate)..<Int(f.gateEnd) where keys.contains(gates[g]) {
                                open = true
                                break
                            }
                            if !open { continue }
                        }
                        let level = f.usesSeverity ? severity(list: Int(f.suppressionList), final: final, t).rawValue : -1
                        guard keys.evaluate(program.baseAddress!, Int(f.program), Int(f.programEnd), mdcBit: mdcBit, level: level)
                        else { continue }
                        if f.drg == 0 && f.rerouteMDC == 0 {
                            if let code = f.stop { return .stop(code) }
                            continue
                        }
                        return .match(formula: Int32(i), severity: severity(list: Int(f.suppressionList), final: final, t))
                    }
                    return .none
                }
            }
        }
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

    private func runPass(_ t: VersionTables, final: Bool) -> Pass {
        if severityCache.count != t.suppressionStart.count - 1 {
            severityCache = Array(repeating: -1, count: t.suppressionStart.count - 1)
        } else {
            severityCache.withUnsafeMutableBufferPointer { $0.update(repeating: -1) }
        }
        var pass = Pass()

        func take(_ formula: Int32, _ severity: Severity) {
            let f = t.flatFormulas[Int(formula)]
            pass.drg = f.drg
            pass.baseDRG = f.baseDRG
            pass.severity = severity
            pass.formula = formula
        }
        func reroute(from formula: Int32, isPre: Bool) -> GrouperReturnCode? {
            let target = Int(t.flatFormulas[Int(formula)].rerouteMDC)
            guard target != 0 else { return nil }
            switch evaluate(mdc: target, t, final: final) {
            case .stop(let code): return code
            case .match(let r, let level):
                take(r, level)
                if isPre { pass.mdc = Int32(target) }
                let next = Int(t.flatFormulas[Int(r)].rerouteMDC)
                if next != 0, case .match(let r2, let level2) = evaluate(mdc: next, t, final: final) {
                    take(r2, level2)
                }
            case .none: break
            }
            return nil
        }

        var preMatched = false
        switch evaluate(mdc: 0, t, final: final) {
        case .stop(let code):
            pass.returnCode = code
            return pass
        case .match(let m, let level):
            take(m, level)
            pass.mdc = Int32(max(principalMDC, 0))
            preMatched = true
            if let code = reroute(from: m, isPre: true) { return Pass(returnCode: code) }
        case .none: break
        }
        if !preMatched && principalMDC >= 0 {
            let mdc = principalMDC
            switch evaluate(mdc: mdc, t, final: final) {
            case .stop(let code):
                pass.returnCode = code
                return pass
            case .match(let m, let level):
                take(m, level)
                pass.mdc = Int32(mdc)
                if let code = reroute(from: m, isPre: false) { return Pass(returnCode: code) }
            case .none: break
            }
        }
        if pass.drg < 0 { pass.returnCode = .ungroupable }
        return pass
    }

    // MARK: Hospital-acquired conditions

    /// Applies the HAC payment rule: a secondary on a HAC list, not present on admission, whose HAC criteria are met
    /// no longer counts as a CC or MCC. Returns a return code when the claim cannot be grouped under the rule.
    private func applyHACRule(_ claim: borrowing PackedClaim, _ t: VersionTables) -> GrouperReturnCode? {
        hacStatuses.removeAll(keepingCapacity: true)
        let store = t.store
        var anyHAC = false
        for s in secondaries where s.definition >= 0 && store.diagnoses[Int(s.definition)].hacCount > 0 {
            anyHAC = true
            break
        }
        guard anyHAC else { return nil }
        if claim.poaExempt {
            for (i, s) in secondaries.enumerated() where s.definition >= 0 {
                let def = store.diagnoses[Int(s.definition)]
                for h in Int(def.hacs)..<Int(def.hacs + def.hacCount) {
                    let entry = store.hacs[h]
                    hacStatuses.append(
                        HACStatus(
                            secondary: Int32(i), number: Int16(entry & ~DefinitionStore.hac06ShowBit),
                            showList: entry & DefinitionStore.hac06ShowBit != 0, state: .exempt))
                }
            }
            return nil
        }
        var hac6OutsideShowList = false
        var invalidPOAOnClaim = false
        var metOther = false, metOtherInvalidPOA = false, met6InvalidPOA = false
        for i in secondaries.indices where secondaries[i].definition >= 0 {
            let s = secondaries[i]
            let def = store.diagnoses[Int(s.definition)]
            for h in Int(def.hacs)..<Int(def.hacs + def.hacCount) {
                let entry = store.hacs[h]
                let number = Int(entry & ~DefinitionStore.hac06ShowBit)
                var status = HACStatus(
                    secondary: Int32(i), number: Int16(number), showList: entry & DefinitionStore.hac06ShowBit != 0,
                    state: .presentOnAdmission)
                if s.poa == UInt8(ascii: "Y") || s.poa == UInt8(ascii: "W") {
                    hacStatuses.append(status)
                    continue
                }
                if s.excluded {
                    status.state = .excluded
                    hacStatuses.append(status)
                    continue
                }
                let met = hacCriteriaMet(number, t)
                let invalid = Self.invalidPOA(s.poa)
                if invalid { invalidPOAOnClaim = true }
                status.state = met ? .met : .notMet
                hacStatuses.append(status)
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
            for j in hacStatuses.indices where hacStatuses[j].showList && hacStatuses[j].state == .met {
                hacStatuses[j].state = .notMet
            }
        }
        for entry in hacStatuses where entry.state == .met {
            secondaries[Int(entry.secondary)].hacMet = true
        }
        let ungroupable =
            (hac6OutsideShowList && met6InvalidPOA) || (metOther && (metOtherInvalidPOA || invalidPOAOnClaim))
        return ungroupable ? .hacMissingPOA : nil
    }

    private func hacCriteriaMet(_ number: Int, _ t: VersionTables) -> Bool {
        guard number >= 0 && number + 1 < t.hacStart.count else { return false }
        let mdcBit = KeySet.bit(mdc: 0)
        return t.program.withUnsafeBufferPointer { program in
            for r in Int(t.hacStart[number])..<Int(t.hacStart[number + 1]) {
                let (start, end) = t.hacRanges[r]
                if keys.evaluate(program.baseAddress!, Int(start), Int(end), mdcBit: mdcBit, level: -1) { return true }
            }
            return false
        }
    }

    static func invalidPOA(_ poa: UInt8) -> Bool {
        poa == UInt8(ascii: "E") || poa == UInt8(ascii: " ") || poa == UInt8(ascii: "1") || poa == 0
    }
}
