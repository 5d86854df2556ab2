import Terminology

extension GroupingSession {
    func assignment(_ pass: GroupingPass, _ t: VersionTables) -> DRGAssignment {
        let grouped = pass.grouped
        let drg = grouped ? Int(pass.drg) : 999
        let mdc = grouped ? Int(max(pass.mdc, 0)) : 0
        let formula = grouped && pass.formula >= 0 ? t.formulaList[Int(pass.formula)] : nil
        return DRGAssignment(
            drg: drg,
            mdc: mdc,
            baseDRG: grouped ? Int(pass.baseDRG) : 999,
            title: t.drgTitles[drg] ?? "",
            mdcTitle: t.mdcTitles[mdc] ?? "",
            severity: grouped ? pass.severity : .none,
            returnCode: pass.returnCode,
            kind: formula.map { $0.kind == .surgical ? "surgical" : $0.kind == .medical ? "medical" : "none" },
            formula: formula?.text
        )
    }

    func result(_ claim: GrouperClaim, _ t: VersionTables, initial: GroupingPass, final: GroupingPass) -> GroupingResult
    {
        let w = work
        let initialAssignment = assignment(initial, t)
        let finalAssignment = assignment(final, t)
        let decisiveIndex = final.formula >= 0 ? final.formula : initial.formula
        let decisive = decisiveIndex >= 0 ? t.formulaList[Int(decisiveIndex)] : nil
        let usesSeverity = decisive?.usesSeverity ?? false
        let suppressed = decisive.map { t.suppressionLists[$0.suppressionList] } ?? []
        let level = final.formula >= 0 ? final.severity : initial.severity
        func text(_ raw: UInt64, _ fallback: String) -> String { raw == 0 ? fallback : PackedCode(raw: raw).string }

        var outcomes: [SecondaryOutcome] = []
        var countedGiven = false
        for i in 0..<w.secondaryCount {
            let s = w.secondaries[i]
            let poa = s.poa == UInt8(ascii: " ") ? nil : String(UnicodeScalar(s.poa))
            guard s.definition >= 0 else {
                outcomes.append(
                    SecondaryOutcome(
                        code: claim.secondary[i].code, poa: poa, level: .none, role: .invalid,
                        reason: "not a valid ICD-10-CM code for grouper version \(t.version)"))
                continue
            }
            let def = t.diagnosisDefinitions[Int(s.definition)]
            let code = CodeFormat.dottedCM(text(s.code, claim.secondary[i].code))
            let role: SecondaryRole
            let reason: String
            if s.level == .none {
                role = .notComplication
                reason = "\(code) is neither a CC nor an MCC"
            } else if s.excluded {
                role = .excludedByPrincipal
                reason =
                    "\(code) is \(s.level == .mcc ? "an" : "a") \(s.level) but is excluded with principal diagnosis \(CodeFormat.dottedCM(text(w.principalCode, ""))) (CC exclusion list)"
            } else if s.deathExcluded {
                role = .excludedPatientDied
                reason = "\(code) is an MCC only when the patient is discharged alive"
            } else if s.hacMet {
                role = .hospitalAcquired
                reason =
                    "\(code) is a hospital-acquired condition not present on admission: it does not count for the final DRG"
            } else if !suppressed.isEmpty && def.operandIds.contains(where: { suppressed.contains($0) }) {
                role = .excludedByDRGLogic
                reason = "\(code) is part of the condition that defines this DRG, so it does not raise its severity"
            } else if !usesSeverity {
                role = .notUsedByDRG
                reason =
                    "\(code) is \(s.level == .mcc ? "an" : "a") \(s.level), but DRG \(finalAssignment.drg) is not split by CC or MCC"
            } else if s.level == level && !countedGiven {
                role = .counted
                countedGiven = true
                reason = "\(code) is the \(s.level) that sets the DRG's severity"
            } else if s.level == level {
                role = .alsoQualifies
                reason = "\(code) is also a \(s.level)"
            } else {
                role = .outranked
                reason = "\(code) is \(s.level == .mcc ? "an" : "a") \(s.level); an MCC on the claim already counts"
            }
            outcomes.append(SecondaryOutcome(code: code, poa: poa, level: s.level, role: role, reason: reason))
        }

        let procedureOutcomes = (0..<w.procedureCount).map { j in
            let p = w.procedures[j]
            let def = p.definition >= 0 ? t.procedureDefinitions[Int(p.definition)] : nil
            return ProcedureOutcome(
                code: text(p.code, claim.procedures[j]), valid: def != nil,
                operatingRoom: def?.isOperatingRoom ?? false,
                clusters: (0..<w.satisfiedCount).filter {
                    w.clusterMembers[$0 * GroupingWork.memberWords + (j >> 6)] & (1 << UInt64(j & 63)) != 0
                }.map {
                    t.clusters[Int(w.satisfiedClusters[$0])].name
                })
        }
        let hacOutcomes = (0..<w.hacStatusCount).map { k in
            let h = w.hacStatuses[k]
            let s = w.secondaries[Int(h.secondary)]
            return HACOutcome(
                number: Int(h.number), title: t.hacTitles[Int(h.number)] ?? "",
                code: text(s.code, claim.secondary[Int(h.secondary)].code),
                poa: s.poa == UInt8(ascii: " ") ? nil : String(UnicodeScalar(s.poa)), status: h.state.name)
        }
        return GroupingResult(
            version: t.version, initial: initialAssignment, final: finalAssignment, secondary: outcomes,
            procedures: procedureOutcomes, hacs: hacOutcomes, principalMDC: w.principalMDC >= 0 ? w.principalMDC : nil,
            principalValid: w.principal >= 0)
    }
}
