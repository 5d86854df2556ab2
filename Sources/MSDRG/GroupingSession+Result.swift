import Terminology

extension GroupingSession {
    func assignment(_ pass: Pass, _ t: VersionTables) -> DRGAssignment {
        let drg = pass.returnCode == .ok || pass.drg != nil ? (pass.drg ?? 999) : 999
        let grouped = pass.drg != nil && (pass.returnCode == .ok)
        let mdc = grouped ? (pass.mdc ?? 0) : 0
        return DRGAssignment(
            drg: grouped ? drg : 999,
            mdc: mdc,
            baseDRG: grouped ? pass.baseDRG : 999,
            title: t.drgTitles[grouped ? drg : 999] ?? "",
            mdcTitle: t.mdcTitles[mdc] ?? "",
            severity: grouped ? pass.severity : .none,
            returnCode: pass.returnCode,
            kind: grouped ? pass.formula.map { $0.kind == .surgical ? "surgical" : $0.kind == .medical ? "medical" : "none" } : nil,
            formula: grouped ? pass.formula?.text : nil
        )
    }

    func result(_ claim: GrouperClaim, _ t: VersionTables, initial: Pass, final: Pass) -> GroupingResult {
        let initialAssignment = assignment(initial, t)
        let finalAssignment = assignment(final, t)
        let decisive = final.formula ?? initial.formula
        let usesSeverity = decisive?.usesSeverity ?? false
        let suppressed = decisive.map { t.suppressionLists[$0.suppressionList] } ?? []
        let level = final.formula != nil ? final.severity : initial.severity

        var outcomes: [SecondaryOutcome] = []
        var countedGiven = false
        for s in secondaries {
            let poa = s.poa == UInt8(ascii: " ") ? nil : String(UnicodeScalar(s.poa))
            guard s.definition >= 0 else {
                outcomes.append(
                    SecondaryOutcome(
                        code: s.text, poa: poa, level: .none, role: .invalid,
                        reason: "not a valid ICD-10-CM code for grouper version \(t.version)"))
                continue
            }
            let def = t.diagnosisDefinitions[Int(s.definition)]
            let code = CodeFormat.dottedCM(s.code?.string ?? s.text)
            let role: SecondaryRole
            let reason: String
            if s.level == .none {
                role = .notComplication
                reason = "\(code) is neither a CC nor an MCC"
            } else if s.excluded {
                role = .excludedByPrincipal
                reason = "\(code) is a \(s.level) but is excluded with principal diagnosis \(CodeFormat.dottedCM(principalCode?.string ?? "")) (CC exclusion list)"
            } else if s.deathExcluded {
                role = .excludedPatientDied
                reason = "\(code) is an MCC only when the patient is discharged alive"
            } else if s.hacMet {
                role = .hospitalAcquired
                reason = "\(code) is a hospital-acquired condition not present on admission: it does not count for the final DRG"
            } else if !suppressed.isEmpty && def.operandIds.contains(where: { suppressed.contains($0) }) {
                role = .excludedByDRGLogic
                reason = "\(code) is part of the condition that defines this DRG, so it does not raise its severity"
            } else if !usesSeverity {
                role = .notUsedByDRG
                reason = "\(code) is a \(s.level), but DRG \(finalAssignment.drg) is not split by CC or MCC"
            } else if s.level == level && !countedGiven {
                role = .counted
                countedGiven = true
                reason = "\(code) is the \(s.level) that sets the DRG's severity"
            } else if s.level == level {
                role = .alsoQualifies
                reason = "\(code) is also a \(s.level)"
            } else {
                role = .outranked
                reason = "\(code) is a \(s.level); an MCC on the claim already counts"
            }
            outcomes.append(SecondaryOutcome(code: code, poa: poa, level: s.level, role: role, reason: reason))
        }

        let procedureOutcomes = procedures.map { p in
            let def = p.definition >= 0 ? t.procedureDefinitions[Int(p.definition)] : nil
            return ProcedureOutcome(
                code: p.code?.string ?? p.text, valid: def != nil, operatingRoom: def?.isOperatingRoom ?? false,
                clusters: p.clusters)
        }
        let hacOutcomes = hacStatuses.map { h in
            let s = secondaries[h.secondary]
            return HACOutcome(
                number: h.number, title: t.hacTitles[h.number] ?? "", code: s.code?.string ?? s.text,
                poa: s.poa == UInt8(ascii: " ") ? nil : String(UnicodeScalar(s.poa)), status: h.status)
        }
        return GroupingResult(
            version: t.version, initial: initialAssignment, final: finalAssignment, secondary: outcomes,
            procedures: procedureOutcomes, hacs: hacOutcomes, principalMDC: principalMDC, principalValid: principal >= 0)
    }
}
