import Foundation
import Terminology

/// The guideline rules on the order and the combination of the codes: codes that may only be secondary, sequelae,
/// and combination codes reported beside their own components.
extension CodeSetEdits {
    /// The diagnoses that passed the validity edits, in claim order: position on the claim, and the Tabular entry.
    typealias Valid = [(position: Int, index: Int)]

    func sequencingFindings(_ claim: Claim, valid: Valid, tabular: TabularList) -> [Finding] {
        secondaryOnly(valid, tabular) + sequelae(valid, tabular) + combinations(valid, tabular)
    }

    /// Z codes that may only be the principal or first-listed diagnosis, reported after it.
    func principalOnlyFindings(valid: Valid, tabular: TabularList) -> [Finding] {
        var findings: [Finding] = []
        for (position, index) in valid where position > 0 {
            let code = tabular.entries[index].normalizedCode
            guard let rule = RuleCatalog.principalOnlyZ.first(where: { code.hasPrefix($0.prefix) }),
                !rule.except.contains(where: { code.hasPrefix($0) })
            else { continue }
            let shown = tabular.entries[index].code
            findings.append(
                finding(
                    RuleCatalog.zPrincipalOnly,
                    "\(shown) \(tabular.entries[index].title) may only be the principal or first-listed diagnosis; it is in position \(position + 1).",
                    codes: [shown], fields: ["diagnoses[\(position)]"],
                    fix:
                        "Sequence \(shown) first, or remove it (unless the records of several encounters of one day are combined)."
                ))
        }
        return findings
    }

    func secondaryOnly(_ valid: Valid, _ tabular: TabularList) -> [Finding] {
        guard let first = valid.first, first.position == 0 else { return [] }
        let entry = tabular.entries[first.index]
        let code = entry.normalizedCode
        guard let rule = RuleCatalog.secondaryOnlyCodes.first(where: { code.hasPrefix($0.prefix) }),
            !rule.except.contains(where: { code.hasPrefix($0) })
        else { return [] }
        return [
            finding(
                RuleCatalog.secondaryOnly, "\(entry.code) \(entry.title) is the principal diagnosis, but \(rule.why).",
                codes: [entry.code], fields: ["diagnoses[0]"],
                fix: "Sequence the condition that occasioned the encounter first and report \(entry.code) after it.")
        ]
    }

    /// Whether a code stands for the cause of a sequela: an injury or poisoning with the 7th character S, or a
    /// code of a "Sequelae of …" category.
    static func isSequela(_ code: String) -> Bool {
        if code.count == 7, code.last == "S", let f = code.first, f == "S" || f == "T" { return true }
        return RuleCatalog.sequelaCategories.contains { code.hasPrefix($0) }
    }

    func sequelae(_ valid: Valid, _ tabular: TabularList) -> [Finding] {
        let codes = valid.map { (position: $0.position, entry: tabular.entries[$0.index]) }
        var out: [Finding] = []
        for (position, entry) in codes where Self.isSequela(entry.normalizedCode) {
            let code = entry.normalizedCode
            // the residual condition: anything but another sequela, an external cause or a Z code
            let residuals = codes.filter { c in
                let n = c.entry.normalizedCode
                return !Self.isSequela(n) && !"VWXYZ".contains(n.first!)
            }
            if residuals.isEmpty {
                out.append(
                    finding(
                        RuleCatalog.sequelaNatureMissing,
                        "\(entry.code) \(entry.title) names the cause of a sequela, but no code on the claim says what the sequela is.",
                        codes: [entry.code], fields: ["diagnoses[\(position)]"],
                        fix:
                            "Code the residual condition (e.g. the scar, contracture or deficit) documented, and sequence it before \(entry.code)."
                    ))
            } else if position == 0 {
                let nature = residuals[0].entry.code
                out.append(
                    finding(
                        RuleCatalog.sequelaSequence,
                        "\(entry.code) \(entry.title) is first, but the condition the sequela produced is sequenced first and the sequela code after it.",
                        codes: [entry.code, nature],
                        fields: ["diagnoses[\(position)]", "diagnoses[\(residuals[0].position)]"],
                        fix: "List \(nature) (or the residual condition treated) before \(entry.code)."))
            }
            // the same injury in its acute phase: the first six characters with another 7th character
            guard code.first == "S" || code.first == "T", code.count == 7 else { continue }
            let base = code.prefix(6)
            let burn = code.hasPrefix("T2") || code.hasPrefix("T3")
            for other in codes
            where other.entry.normalizedCode.count == 7 && other.entry.normalizedCode.prefix(6) == base
                && other.entry.normalizedCode != code && !burn
            {
                out.append(
                    finding(
                        RuleCatalog.sequelaWithAcute,
                        "\(other.entry.code) (the injury itself) and \(entry.code) (its sequela) are both on the claim: the code for the acute phase is never used with the code for its late effect.",
                        codes: [other.entry.code, entry.code],
                        fields: ["diagnoses[\(other.position)]", "diagnoses[\(position)]"],
                        fix:
                            "Keep the 7th character the encounter is for: the injury still treated (A, D …) or the sequela (S)."
                    ))
            }
        }
        return out
    }

    /// A combination code is one code for two diagnoses, or a diagnosis with its manifestation or complication. A code
    /// whose title says nothing the combination's title does not (E11.9 Type 2 diabetes mellitus without
    /// complications beside E11.22; J44.9 beside J44.1) is one of its components, unless a note of the combination asks
    /// for it (I11.0's "use additional code to identify type of heart failure (I50.-)"). The hypertension
    /// combinations come from I.C.9.a: I11-I13 include the hypertension (I10) and I13 both the heart and the kidney
    /// disease (I11, I12).
    func combinations(_ valid: Valid, _ tabular: TabularList) -> [Finding] {
        let codes = valid.map { (position: $0.position, index: $0.index, entry: tabular.entries[$0.index]) }
        var out: [Finding] = []
        var reported = Set<String>()
        func report(
            _ component: (position: Int, index: Int, entry: TabularEntry),
            in combination: (position: Int, index: Int, entry: TabularEntry), why: String
        ) {
            guard reported.insert(component.entry.code).inserted else { return }
            out.append(
                finding(
                    RuleCatalog.combinationComponent,
                    "\(component.entry.code) \(component.entry.title) is part of \(combination.entry.code) \(combination.entry.title)\(why)",
                    codes: [component.entry.code, combination.entry.code],
                    fields: ["diagnoses[\(component.position)]", "diagnoses[\(combination.position)]"],
                    fix: "Remove \(component.entry.code): \(combination.entry.code) already reports it."))
        }
        let hypertensive = codes.filter { ["I11", "I12", "I13"].contains(String($0.entry.normalizedCode.prefix(3))) }
        for c in codes {
            let n = c.entry.normalizedCode
            if n == "I10", let combo = hypertensive.first {
                report(
                    c, in: combo,
                    why: "; the hypertensive heart and kidney disease codes include the hypertension (I.C.9.a).")
            } else if n.hasPrefix("I11") || n.hasPrefix("I12"),
                let combo = hypertensive.first(where: { $0.entry.normalizedCode.hasPrefix("I13") })
            {
                report(
                    c, in: combo,
                    why: "; I13 is the combination of hypertensive heart and chronic kidney disease (I.C.9.a.3).")
            }
        }
        let words = codes.map { Self.titleWords($0.entry.title) }
        for (k, component) in codes.enumerated() {
            let kc = component.entry.normalizedCode
            guard !"VWXYZ".contains(kc.first!), !words[k].isEmpty else { continue }
            for (c, combination) in codes.enumerated() where c != k {
                let cc = combination.entry.normalizedCode
                guard cc.first! != "Z", words[k].isStrictSubset(of: words[c]),
                    words[c].subtracting(words[k]).isDisjoint(with: Self.otherKind),
                    !Self.isComponentAskedFor(kc, by: combination.index, in: tabular),
                    !Self.excluded(kc, cc, in: tabular)
                else { continue }
                report(component, in: combination, why: ".")
                break
            }
        }
        // I.C.9.a: hypertension with heart failure or with chronic kidney disease is presumed linked
        if hypertensive.isEmpty, let htn = codes.first(where: { $0.entry.normalizedCode == "I10" }) {
            // the heart conditions of I.C.9.a.1
            let heart = codes.first { c in
                RuleTables.hypertensiveHeartCodes.contains { c.entry.normalizedCode.hasPrefix($0) }
            }
            let failure = codes.contains { $0.entry.normalizedCode.hasPrefix("I50") }
            let kidney = codes.first { $0.entry.normalizedCode.hasPrefix("N18") }
            let endStage = kidney.map { ["N185", "N186"].contains($0.entry.normalizedCode) } ?? false
            let target: (code: String, guideline: String)? =
                switch (heart != nil, kidney != nil) {
                case (true, true):
                    (failure ? (endStage ? "I13.2" : "I13.0") : (endStage ? "I13.11" : "I13.10"), "I.C.9.a.3")
                case (true, false): (failure ? "I11.0" : "I11.9", "I.C.9.a.1")
                case (false, true): (endStage ? "I12.0" : "I12.9", "I.C.9.a.2")
                case (false, false): nil
                }
            if let (target, guideline) = target {
                let linked = [heart, kidney].compactMap { $0 }
                out.append(
                    finding(
                        RuleCatalog.combinationMissed,
                        "I10 is coded with \(linked.map(\.entry.code).joined(separator: " and ")); the classification presumes a causal relationship (\(guideline)), so the combination \(target) applies unless the documentation says the conditions are unrelated.",
                        codes: ["I10"] + linked.map(\.entry.code),
                        fields: ["diagnoses[\(htn.position)]"] + linked.map { "diagnoses[\($0.position)]" },
                        fix:
                            "Replace I10 by \(target) (with \(linked.map(\.entry.code).joined(separator: " and ")) as its additional codes), or confirm that the physician documented the conditions as unrelated."
                    ))
            }
        }
        return out
    }

    /// Words that make a title another kind of condition, not a more specific one: a secondary neoplasm is not a
    /// primary one said more exactly, nor a condition complicating pregnancy the condition itself.
    /// `Resources/rule-words.tsv`, the set `other-kind`.
    static let otherKind = Set(RuleTables.words["other-kind"])

    /// The phrases and words of a title that say nothing more (`Resources/rule-words.tsv`, the sets `filler-phrase`
    /// and `stop-word`).
    static let fillerPhrases = RuleTables.words["filler-phrase"]
    static let titleStopWords = Set(RuleTables.words["stop-word"])

    /// Whether a note of the combination code (use additional code, code first, code also, Excludes2) names the
    /// other code, or its category: then both are reported.
    static func isComponentAskedFor(_ code: String, by index: Int, in tabular: TabularList) -> Bool {
        let category = code.prefix(3)
        let own = tabular.entries[index].normalizedCode.prefix(3)
        return tabular.applicableNotes(for: index).contains { _, note in
            guard [.useAdditionalCode, .codeFirst, .codeAlso, .excludes2].contains(note.kind) else { return false }
            // another category named by a note asks for any of its codes (N18.1-N18.6 beside N18.9); in the
            // combination's own category only the codes named
            return note.references.contains {
                $0.covers(code) || (note.kind != .excludes2 && category != own && $0.first.prefix(3) == category)
            }
        }
    }

    /// Whether either code's Excludes1 notes already name the other (the `excludes1` edit reports the pair).
    static func excluded(_ a: String, _ b: String, in tabular: TabularList) -> Bool {
        func names(_ x: String, _ y: String) -> Bool {
            guard let i = tabular.index(of: x) else { return false }
            return tabular.applicableNotes(for: i).contains {
                $0.note.kind == .excludes1 && $0.note.references.contains { $0.covers(y) }
            }
        }
        return names(a, b) || names(b, a)
    }

    /// The words of a title that carry its meaning: lower case, without the words that say nothing more
    /// (`unspecified`, `not elsewhere classified`, `site not specified`, `uncomplicated`) and without the
    /// `without …` clause, which states an absence the combination code's presence replaces.
    static func titleWords(_ title: String) -> Set<String> {
        var text = title.lowercased()
        for phrase in fillerPhrases {
            text = text.replacingOccurrences(of: phrase, with: " ")
        }
        var clauses = text.split(separator: ",", omittingEmptySubsequences: true).map(String.init)
        clauses = clauses.map { clause in
            var c = clause
            for cut in [" without ", "without ", "unspecified whether"] {
                if let r = c.range(of: cut) { c = String(c[..<r.lowerBound]) }
            }
            return c
        }
        return Set(
            clauses.joined(separator: " ").split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
                .filter { !titleStopWords.contains($0) })
    }
}
