/// Groups claims one after another on one thread, reusing its scratch space.
///
/// The steps follow the CMS grouper: clusters, code attributes, CC exclusions, the claim's keys; then the initial
/// DRG (pre-MDC logic, the principal diagnosis's MDC, rerouting); the hospital-acquired condition rule; and the
/// final DRG with HAC secondaries no longer counting as CCs or MCCs.
public final class GroupingSession {
    let grouper: MSDRGGrouper
    var keys: KeySet

    // Per-claim state.
    var secondaries: [Secondary] = []
    var procedures: [Procedure] = []
    var satisfiedClusters: [Int] = []
    var principal: Int32 = -1
    var principalCode: PackedCode?
    var principalMDC: Int?
    var principalSexConflict = false
    var severityCache: [Int8] = []

    struct Secondary {
        var text: String
        var code: PackedCode?
        var poa: UInt8
        var definition: Int32
        var level: Severity
        var excluded = false
        var deathExcluded = false
        var hacMet = false
    }

    struct Procedure {
        var text: String
        var code: PackedCode?
        var definition: Int32
        var suppression: UInt32 = 0
        var clusters: [String] = []
    }

    init(grouper: MSDRGGrouper) {
        self.grouper = grouper
        keys = KeySet(capacity: grouper.space.count)
        secondaries.reserveCapacity(32)
        procedures.reserveCapacity(32)
    }

    struct Match {
        var formula: DRGFormula
        var severity: Severity
    }

    enum Evaluation {
        case match(Match)
        case stop(GrouperReturnCode, DRGFormula)
    }

    struct Pass {
        var drg: Int?
        var baseDRG = 0
        var mdc: Int?
        var severity: Severity = .none
        var formula: DRGFormula?
        var returnCode: GrouperReturnCode = .ok
    }

    public func group(_ claim: GrouperClaim, version: GrouperVersion) throws(GrouperError) -> GroupingResult {
        guard let t = grouper.tables[version] else {
            throw GrouperError(
                "grouper version \(version) is not available (available: \(grouper.versions.map(\.description).joined(separator: ", ")))"
            )
        }
        guard claim.secondary.count <= GrouperClaim.maximumSecondaryDiagnoses else {
            throw GrouperError(
                "\(claim.secondary.count) secondary diagnoses: the grouper reads at most \(GrouperClaim.maximumSecondaryDiagnoses)")
        }
        guard claim.procedures.count <= GrouperClaim.maximumProcedures else {
            throw GrouperError("\(claim.procedures.count) procedures: the grouper reads at most \(GrouperClaim.maximumProcedures)")
        }
        prepare(claim, t)
        let stopped = buildKeys(claim, t)

        var initial = Pass()
        var final = Pass()
        if let code = stopped {
            initial.returnCode = code
            final.returnCode = code
        } else if principal >= 0, t.diagnosisDefinitions[Int(principal)].flags.contains(.ecode) {
            initial.returnCode = .principalNotAllowed
            final.returnCode = .principalNotAllowed
        } else {
            initial = runPass(t, final: false)
            if initial.returnCode == .ok || initial.drg != nil {
                let hacOutcome = applyHACRule(claim, t)
                if let code = hacOutcome {
                    final.returnCode = code
                } else {
                    final = runPass(t, final: true)
                }
            } else {
                final = initial
            }
        }
        return result(claim, t, initial: initial, final: final)
    }

    // MARK: Preparation

    private func prepare(_ claim: GrouperClaim, _ t: VersionTables) {
        keys.reset()
        secondaries.removeAll(keepingCapacity: true)
        procedures.removeAll(keepingCapacity: true)
        satisfiedClusters.removeAll(keepingCapacity: true)
        hacStatuses.removeAll(keepingCapacity: true)

        principalCode = PackedCode(claim.principal.code)
        principal = principalCode.flatMap { t.diagnosisIndex[$0] } ?? -1
        principalMDC = nil
        principalSexConflict = false
        if principal >= 0 {
            let def = t.diagnosisDefinitions[Int(principal)]
            var assigned = false
            if let code = principalCode, let bySex = t.sexSpecificMDC[code] {
                switch claim.sex {
                case .male where bySex.male >= 0: principalMDC = bySex.male; assigned = true
                case .female where bySex.female >= 0: principalMDC = bySex.female; assigned = true
                default: break
                }
                if !assigned { principalSexConflict = true }
            }
            if !assigned { principalMDC = def.mdc }
        }

        for dx in claim.secondary {
            let code = PackedCode(dx.code)
            let index = code.flatMap { t.diagnosisIndex[$0] } ?? -1
            let level = index >= 0 ? t.diagnosisDefinitions[Int(index)].severity : .none
            secondaries.append(
                Secondary(text: dx.code, code: code, poa: Self.poaByte(dx.poa), definition: index, level: level))
        }
        for text in claim.procedures {
            let code = PackedCode(text)
            let index = code.flatMap { t.procedureIndex[$0] } ?? -1
            procedures.append(Procedure(text: text, code: code, definition: index))
        }

        // Clusters: a cluster is satisfied when every one of its choices is met by some procedure on the claim; the
        // procedures that met it (up to the one that completed it) lose their own attributes in the cluster's MDCs.
        if !procedures.isEmpty && !t.clusters.isEmpty {
            var candidates: [Int] = []
            for p in procedures {
                guard let code = p.code, let list = t.clustersOfProcedure[code] else { continue }
                for c in list where !candidates.contains(c) { candidates.append(c) }
            }
            for c in candidates {
                let cluster = t.clusters[c]
                var met: UInt64 = 0
                let all: UInt64 = cluster.choices.count >= 64 ? ~0 : (1 << UInt64(cluster.choices.count)) - 1
                var chosen: [PackedCode] = []
                for p in procedures {
                    guard let code = p.code else { continue }
                    for (i, choice) in cluster.choices.enumerated() where choice.contains(code) {
                        met |= 1 << UInt64(i)
                        if !chosen.contains(code) { chosen.append(code) }
                    }
                    if met == all {
                        satisfiedClusters.append(c)
                        for j in procedures.indices {
                            if let pc = procedures[j].code, chosen.contains(pc) {
                                procedures[j].suppression |= cluster.suppressionMask
                                procedures[j].clusters.append(cluster.name)
                            }
                        }
                        break
                    }
                }
            }
        }

        // CC exclusions against the principal diagnosis, and MCCs that count only when the patient lives.
        if let pdx = principalCode, let group = t.exclusionGroupOfPrincipal[pdx], let excluded = t.exclusionGroups[group] {
            for i in secondaries.indices {
                if let code = secondaries[i].code, excluded.contains(code) { secondaries[i].excluded = true }
            }
        }
        if claim.dischargeStatus == DischargeStatus.died {
            for i in secondaries.indices where secondaries[i].definition >= 0 {
                if t.diagnosisDefinitions[Int(secondaries[i].definition)].flags.contains(.mccAlive) {
                    secondaries[i].deathExcluded = true
                }
            }
        }
    }

    static func poaByte(_ poa: Character?) -> UInt8 {
        guard let poa, let ascii = poa.asciiValue else { return UInt8(ascii: " ") }
        return ascii >= 97 && ascii <= 122 ? ascii - 32 : ascii
    }

    // MARK: The claim's keys

    /// Builds the keys the formulas test. Returns a return code when the claim cannot go on (an MCC that depends on
    /// the patient being alive, with an invalid discharge status).
    private func buildKeys(_ claim: GrouperClaim, _ t: VersionTables) -> GrouperReturnCode? {
        let names = grouper.names
        var bilateral: UInt8 = 0
        var vessels = 0
        var bareStents = 0, drugStents = 0
        var singleFusions = 0, anteriorSectionFusions = 0, posteriorFusions = 0, fusionCounter = 0
        var singleAnterior = 0, singlePosterior1 = 0
        var traumaRegions: UInt8 = 0

        for s in secondaries where s.definition >= 0 {
            let def = t.diagnosisDefinitions[Int(s.definition)]
            for id in def.secondaryKeys { keys.insert(id) }
            bilateral |= def.bilateralJoints
            vessels += def.vessels
            traumaRegions |= def.traumaRegions
        }
        for p in procedures where p.definition >= 0 {
            let def = t.procedureDefinitions[Int(p.definition)]
            for id in def.keys { keys.insert(id, suppressedIn: p.suppression) }
            bilateral |= def.bilateralJoints
            vessels += def.vessels
            if def.drugElutingStent { drugStents += def.stentWeight }
            if def.bareStent { bareStents += def.stentWeight }
            singleFusions += def.singleFusion
            singleAnterior += def.singleAnteriorFusion
            singlePosterior1 += def.singlePosterior1Fusion
            anteriorSectionFusions += def.anteriorSectionFusion
            posteriorFusions += def.posteriorFusion
            fusionCounter += def.fusionCounter
        }
        for c in satisfiedClusters {
            guard let def = t.clusters[c].definition else { continue }
            for id in def.keys { keys.insert(id) }
            bilateral |= def.bilateralJoints
            vessels += def.vessels
        }
        if let pdx = principalCode {
            if principal >= 0 {
                let def = t.diagnosisDefinitions[Int(principal)]
                for id in def.principalKeys { keys.insert(id) }
                bilateral |= def.bilateralJoints
                vessels += 2 * def.vessels
                traumaRegions |= def.traumaRegions
                if def.flags.contains(.incident) {
                    let all = secondaries.allSatisfy { s in
                        s.definition < 0 || t.diagnosisDefinitions[Int(s.definition)].flags.contains(.incident)
                    }
                    if all { insert(names.onlyIncident) }
                }
            } else {
                insert(names.invalidPrincipal)
            }
            switch pdx.firstCharacter {
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
        let validStatus = DischargeStatus.valid.contains(status)
        if status != DischargeStatus.died { insert(names.alive) }
        if !validStatus { insert(names.invalidDischargeStatus) }
        if status == DischargeStatus.leftAgainstMedicalAdvice { insert(names.ama) }
        if status == DischargeStatus.died { insert(names.died) }
        if DischargeStatus.newbornTransfers.contains(status) { insert(names.newbornTransfer) }
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
                if t.diagnosisDefinitions[Int(s.definition)].flags.contains(.mccAlive) { return .invalidDischargeStatus }
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
        if severityCache[list] >= 0 { return Severity(rawValue: Int(severityCache[list]))! }
        let suppressed = t.suppressionLists[list]
        var best = Severity.none
        for s in secondaries where s.definition >= 0 && s.level > best {
            if s.excluded || s.deathExcluded || (final && s.hacMet) { continue }
            if !suppressed.isEmpty {
                let operands = t.diagnosisDefinitions[Int(s.definition)].operandIds
                if operands.contains(where: { suppressed.contains($0) }) { continue }
            }
            best = s.level
        }
        severityCache[list] = Int8(best.rawValue)
        return best
    }

    func evaluate(mdc: Int, _ t: VersionTables, final: Bool) -> Evaluation? {
        guard let list = t.formulas[mdc] else { return nil }
        for f in list {
            let level = severity(list: f.suppressionList, final: final, t)
            guard f.expression.evaluate(keys, mdc: mdc, severity: level) else { continue }
            if f.drg == 0 && f.rerouteMDC == 0 {
                if let code = Self.returnCode(formula: f.text) { return .stop(code, f) }
                continue
            }
            return .match(Match(formula: f, severity: level))
        }
        return nil
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
        if severityCache.count != t.suppressionLists.count {
            severityCache = Array(repeating: -1, count: t.suppressionLists.count)
        } else {
            for i in severityCache.indices { severityCache[i] = -1 }
        }
        var pass = Pass()
        var preMatch: Match?
        var pdxMatch: Match?

        func take(_ m: Match) {
            pass.drg = m.formula.drg
            pass.baseDRG = m.formula.baseDRG
            pass.severity = m.severity
            pass.formula = m.formula
        }
        func reroute(from m: Match, isPre: Bool) -> GrouperReturnCode? {
            let target = m.formula.rerouteMDC
            guard target != 0 else { return nil }
            switch evaluate(mdc: target, t, final: final) {
            case .stop(let code, _): return code
            case .match(let r):
                take(r)
                if isPre { pass.mdc = target }
                if r.formula.rerouteMDC != 0, case .match(let r2)? = evaluate(mdc: r.formula.rerouteMDC, t, final: final) {
                    take(r2)
                }
            case nil: break
            }
            return nil
        }

        switch evaluate(mdc: 0, t, final: final) {
        case .stop(let code, _):
            pass.returnCode = code
            return pass
        case .match(let m):
            take(m)
            pass.mdc = principalMDC ?? 0
            preMatch = m
            if let code = reroute(from: m, isPre: true) {
                pass = Pass()
                pass.returnCode = code
                return pass
            }
        case nil: break
        }
        if preMatch == nil, let mdc = principalMDC {
            switch evaluate(mdc: mdc, t, final: final) {
            case .stop(let code, _):
                pass.returnCode = code
                return pass
            case .match(let m):
                take(m)
                pass.mdc = mdc
                pdxMatch = m
                if let code = reroute(from: m, isPre: false) {
                    pass = Pass()
                    pass.returnCode = code
                    return pass
                }
            case nil: break
            }
        }
        _ = pdxMatch
        if pass.drg == nil { pass.returnCode = .ungroupable }
        return pass
    }

    // MARK: Hospital-acquired conditions

    var hacStatuses: [(secondary: Int, number: Int, list: String, status: String)] = []

    /// Applies the HAC payment rule: a secondary on a HAC list, not present on admission, whose HAC criteria are met
    /// no longer counts as a CC or MCC. Returns a return code when the claim cannot be grouped under the rule.
    private func applyHACRule(_ claim: GrouperClaim, _ t: VersionTables) -> GrouperReturnCode? {
        hacStatuses.removeAll(keepingCapacity: true)
        var anyHAC = false
        for s in secondaries where s.definition >= 0 && !t.diagnosisDefinitions[Int(s.definition)].hacs.isEmpty {
            anyHAC = true
            break
        }
        guard anyHAC else { return nil }
        if claim.poaExempt {
            for (i, s) in secondaries.enumerated() where s.definition >= 0 {
                for h in t.diagnosisDefinitions[Int(s.definition)].hacs {
                    hacStatuses.append((i, h.number, h.list, "exempt"))
                }
            }
            return nil
        }
        var hac6OutsideShowList = false
        var invalidPOAOnClaim = false
        var metByNumber: [Int: [Int]] = [:]
        for i in secondaries.indices where secondaries[i].definition >= 0 {
            let s = secondaries[i]
            let def = t.diagnosisDefinitions[Int(s.definition)]
            for h in def.hacs {
                if s.poa == UInt8(ascii: "Y") || s.poa == UInt8(ascii: "W") {
                    hacStatuses.append((i, h.number, h.list, "present-on-admission"))
                    continue
                }
                if s.excluded {
                    hacStatuses.append((i, h.number, h.list, "excluded"))
                    continue
                }
                let met = t.hacFormulas[h.number]?.contains { $0.evaluate(keys, mdc: 0, severity: nil) } ?? false
                if Self.invalidPOA(s.poa) { invalidPOAOnClaim = true }
                hacStatuses.append((i, h.number, h.list, met ? "criteria-met" : "criteria-not-met"))
                if met {
                    if h.number == 6 && !def.flags.contains(.hac06Show) { hac6OutsideShowList = true }
                    metByNumber[h.number, default: []].append(i)
                }
            }
        }
        if !hac6OutsideShowList {
            for j in hacStatuses.indices where hacStatuses[j].list == "hac06_show" && hacStatuses[j].status == "criteria-met" {
                hacStatuses[j].status = "criteria-not-met"
            }
        }
        for entry in hacStatuses where entry.status == "criteria-met" {
            secondaries[entry.secondary].hacMet = true
        }
        var ungroupable = false
        for (number, indices) in metByNumber {
            if number == 6 {
                if !hac6OutsideShowList { continue }
                if indices.contains(where: { Self.invalidPOA(secondaries[$0].poa) }) { ungroupable = true }
                continue
            }
            if indices.contains(where: { Self.invalidPOA(secondaries[$0].poa) }) || invalidPOAOnClaim { ungroupable = true }
        }
        return ungroupable ? .hacMissingPOA : nil
    }

    static func invalidPOA(_ poa: UInt8) -> Bool {
        poa == UInt8(ascii: "E") || poa == UInt8(ascii: " ") || poa == UInt8(ascii: "1") || poa == 0
    }
}
