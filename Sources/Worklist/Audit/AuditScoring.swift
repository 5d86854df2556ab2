import Terminology

/// Scores a coder's code set against an auditor's blind one, and compares a pre-coding with a submission.
public enum AuditScoring {
    /// A code without its dot, upper case.
    static func key(_ code: String) -> String { code.uppercased().filter { $0 != "." && $0 != " " } }

    /// The coder's version against the auditor's: precision (coder's codes confirmed), recall (auditor's found),
    /// principal changed, DRG changed and the weight difference (auditor minus coder), POA mismatches.
    public static func score(coder: CodeSetVersion, auditor: CodeSetVersion) -> AuditScore {
        let coderDx = coder.diagnoses.map { key($0.code) }
        let auditorDx = auditor.diagnoses.map { key($0.code) }
        let coderPx = coder.procedures.map { key($0.code) }
        let auditorPx = auditor.procedures.map { key($0.code) }
        let (dxP, dxR) = precisionRecall(predicted: Set(coderDx), gold: Set(auditorDx))
        let (pxP, pxR) = precisionRecall(predicted: Set(coderPx), gold: Set(auditorPx))
        var coderPOA: [String: String] = [:]
        for d in coder.diagnoses { coderPOA[key(d.code)] = d.poa?.uppercased() ?? "" }
        var mismatches: [String] = []
        for d in auditor.diagnoses {
            let k = key(d.code)
            if let mine = coderPOA[k], mine != (d.poa?.uppercased() ?? "") { mismatches.append(CodeFormat.dottedCM(k)) }
        }
        // shown as coders write them: ICD-10-CM dotted, ICD-10-PCS as is
        let coderAll = Set(coderDx.map(CodeFormat.dottedCM) + coderPx)
        let auditorAll = Set(auditorDx.map(CodeFormat.dottedCM) + auditorPx)
        return AuditScore(
            diagnosisPrecision: dxP, diagnosisRecall: dxR, procedurePrecision: pxP, procedureRecall: pxR,
            principalDiagnosisChanged: coderDx.first != auditorDx.first, coderDRG: coder.drg, auditorDRG: auditor.drg,
            drgChanged: coder.drg != auditor.drg, weightDifference: (auditor.weight ?? 0) - (coder.weight ?? 0),
            poaMismatches: mismatches, missedCodes: auditorAll.subtracting(coderAll).sorted(),
            extraCodes: coderAll.subtracting(auditorAll).sorted())
    }

    /// Precision and recall of a set against a reference; 1 when a denominator is empty.
    public static func precisionRecall(predicted: Set<String>, gold: Set<String>) -> (Double, Double) {
        let hits = Double(predicted.intersection(gold).count)
        let p = predicted.isEmpty ? 1 : hits / Double(predicted.count)
        let r = gold.isEmpty ? 1 : hits / Double(gold.count)
        return (p, r)
    }

    /// F1 of a precision and a recall (0 when both are 0).
    public static func f1(_ p: Double, _ r: Double) -> Double { p + r == 0 ? 0 : 2 * p * r / (p + r) }

    /// What the coder did to the engine's suggestions: kept (accepted), replaced by a code of the same category
    /// (edited: first 3 characters for ICD-10-CM, first 4 for ICD-10-PCS), removed, or added.
    public static func outcome(suggested: CodeSetVersion, submitted: CodeSetVersion) -> SuggestionOutcome {
        var out = SuggestionOutcome(encounters: 1)
        let lists: [([String], [String], Int)] = [
            (suggested.diagnoses.map { key($0.code) }, submitted.diagnoses.map { key($0.code) }, 3),
            (suggested.procedures.map { key($0.code) }, submitted.procedures.map { key($0.code) }, 4),
        ]
        for (before, after, categoryLength) in lists {
            let beforeSet = Set(before)
            let afterSet = Set(after)
            out.accepted += beforeSet.intersection(afterSet).count
            var removed = before.filter { !afterSet.contains($0) }
            var added = after.filter { !beforeSet.contains($0) }
            var i = 0
            while i < removed.count {
                let category = removed[i].prefix(categoryLength)
                if let j = added.firstIndex(where: { $0.prefix(categoryLength) == category }) {
                    out.edited += 1
                    removed.remove(at: i)
                    added.remove(at: j)
                } else {
                    i += 1
                }
            }
            out.removed += Set(removed).count
            out.added += Set(added).count
        }
        return out
    }
}
