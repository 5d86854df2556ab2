import NoteAnalysis
import Terminology

/// Turns the findings of a note into codes, applying the conventions on assertion status by setting.
struct Decision {
    let setting: CareSetting

    struct Candidate {
        var code: String
        var system: CodeSystem
        /// The best confidence from each source of evidence.
        var bySource: [PhraseSource: Double] = [:]
        var evidence: [EvidenceSpan] = []
        var assertion: AssertionStatus = .present
        var reasons: [String] = []
        var first: Int
        /// Every mention had the phrase's words in another order.
        var reordered = true
        /// The share of comparable suggestions coders kept (``Calibration``), when known.
        var calibrated: Double?
        /// Mentions read as present (not uncertain, past or conditional).
        var presentMentions = 0
        /// The words that named the main term of each Index walk past it that gave this code.
        var mainTerms: [Range<Int>] = []

        /// The engine's own estimate: independent sources agree (noisy-or); more mentions add a little.
        var estimate: Double {
            let combined = 1 - bySource.values.reduce(1.0) { $0 * (1 - $1) }
            return min(0.99, combined + 0.02 * Double(max(0, evidence.count - 1)))
        }

        var confidence: Double { calibrated ?? estimate }

        /// The kind of evidence behind the code: its most trusted code-set or lexicon source (and `+learned` when a
        /// learned phrase agrees), `-reordered` when the words were only found in another order, and the assertion.
        var basis: String {
            let dictionary = bySource.keys.filter { $0 != .learned }.min()
            var name = dictionary.map(Self.short) ?? "learned"
            if dictionary != nil && bySource[.learned] != nil { name += "+learned" }
            if reordered { name += "-reordered" }
            return "\(name)/\(assertion.rawValue)\(evidence.count > 1 ? "/repeated" : "")"
        }

        static func short(_ source: PhraseSource) -> String {
            switch source {
            case .curated: "lexicon"
            case .title: "title"
            case .titleVariant: "variant"
            case .inclusionTerm: "inclusion"
            case .categoryTitle: "category"
            case .index: "index"
            case .indexDefault: "index-default"
            case .indexName: "index-name"
            case .learned: "learned"
            }
        }
    }

    var coded: [String: Candidate] = [:]
    var order: [String] = []
    var notCoded: [String: NotCoded] = [:]

    init(setting: CareSetting) { self.setting = setting }

    static func baseConfidence(_ entry: PhraseEntry) -> Double {
        switch entry.source {
        case .curated: 0.85
        case .title: 0.85
        case .titleVariant: 0.75
        case .inclusionTerm: 0.75
        case .categoryTitle: 0.7
        case .index: 0.75
        case .indexDefault: 0.7
        case .indexName: 0.8
        case .learned: entry.precision
        }
    }

    /// Longer phrases from the code sets are more reliable than a single word.
    static func confidence(_ entry: PhraseEntry, words: Int) -> Double {
        let base = baseConfidence(entry)
        return entry.source == .learned ? base : min(0.95, base + 0.03 * Double(max(0, words - 1)))
    }

    mutating func consider(_ f: Suggester.Finding, suggester: Suggester, note: ClinicalNote) {
        let span = EvidenceSpan(f.range, in: note, section: f.section)
        let trigger = f.assertion.trigger?.text
        var code = f.entry.code
        var status = f.assertion.status
        var reason: String?
        var confidence = Self.confidence(f.entry, words: f.phraseLength)
        if f.reordered { confidence *= 0.85 }
        // words that name something else where they stand (`ST depression` is an ECG finding, not a depression)
        if f.entry.system == .icd10cm, let meaning = RecordConventions.otherMeaning(code, f.range, note) {
            return skip(f.entry, .otherMeaning, meaning, span, suggester)
        }
        switch status {
        case .negated:
            return skip(f.entry, .negated, trigger, span, suggester)
        case .family:
            return skip(f.entry, .family, trigger, span, suggester)
        case .hypothetical:
            return skip(f.entry, .hypothetical, trigger, span, suggester)
        case .uncertain:
            if setting == .outpatient { return skip(f.entry, .uncertainOutpatient, trigger, span, suggester) }
            reason =
                "documented as uncertain (\(trigger ?? "uncertain")): coded as if established in the inpatient setting (Section II.H)"
            confidence *= 0.9
        case .historical:
            if f.entry.system == .icd10cm, let history = CodingConventions.historyCode(for: code),
                suggester.tabular.entry(history)?.billable == true
            {
                reason =
                    "documented as past (\(trigger ?? "history")): \(code) becomes the personal history code \(history)"
                code = history
            } else if !CodingConventions.isHistoryCode(code) {
                reason =
                    "documented in the history (\(trigger ?? "history")); coded as a condition still present: verify"
                confidence *= 0.9
            }
        case .conditional, .present:
            status = .present
        }
        var sideReason: String?
        if f.entry.system == .icd10cm, suggester.unspecifiedSide.contains(code) {
            let eye = suggester.title(code).lowercased().contains("eye")
            if let (side, word) = DiagnosisSide.side(near: f.range, sentence: f.sentence, in: note, eye: eye),
                let sided = DiagnosisSide.code(code, side: side, tabular: suggester.tabular)
            {
                sideReason =
                    "'\(word)': \(side == .bilateral ? "both sides" : "the \(side.rawValue) side") documented, \(sided) rather than \(code) (unspecified side; Section I.B.13)"
                code = sided
            }
        }
        let key = "\(f.entry.system.rawValue) \(code)"
        if coded[key] == nil {
            coded[key] = Candidate(code: code, system: f.entry.system, first: f.range.lowerBound)
            order.append(key)
        }
        coded[key]!.bySource[f.entry.source] = max(coded[key]!.bySource[f.entry.source] ?? 0, confidence)
        if !coded[key]!.evidence.contains(span) { coded[key]!.evidence.append(span) }
        if !f.reordered { coded[key]!.reordered = false }
        if let m = f.mainTerm, !coded[key]!.mainTerms.contains(m) { coded[key]!.mainTerms.append(m) }
        if let reason, !coded[key]!.reasons.contains(reason) { coded[key]!.reasons.append(reason) }
        if let sideReason, !coded[key]!.reasons.contains(sideReason) { coded[key]!.reasons.append(sideReason) }
        let why =
            f.indexPath.map { "'\(span.text)': Index: \($0)" }
            ?? (Self.sourceReason(f.entry, span.text) + (f.reordered ? " (its words in another order)" : ""))
        if !coded[key]!.reasons.contains(why) { coded[key]!.reasons.append(why) }
        // a present mention outranks an uncertain or past one
        if coded[key]!.evidence.count == 1 || status == .present { coded[key]!.assertion = status }
        if status == .present { coded[key]!.presentMentions += 1 }
    }

    /// Whether a code's title says it is the unspecified one (`Chronic kidney disease, unspecified`).
    static func isUnspecified(_ code: String, _ suggester: Suggester) -> Bool {
        suggester.title(code).lowercased().contains("unspecified")
    }

    static func sourceReason(_ entry: PhraseEntry, _ text: String) -> String {
        switch entry.source {
        case .curated: "'\(text)': the Alphabetic Index default for the term"
        case .title: "'\(text)': the code's title"
        case .titleVariant:
            "'\(text)': the code's title without its nonessential or unspecified words; nothing more specific documented"
        case .inclusionTerm: "'\(text)': an inclusion term of the code"
        case .categoryTitle:
            "'\(text)': the title of its category; nothing more specific documented, so its unspecified code"
        case .index: "'\(text)': an Alphabetic Index path"
        case .indexDefault: "'\(text)': an Alphabetic Index main term, its default code"
        case .indexName: "'\(text)': an Alphabetic Index main term no Tabular List title names, its default code"
        case .learned:
            "'\(text)': coded this way in \(entry.support) coded notes (\(Int((entry.precision * 100).rounded()))% of those with the phrase)"
        }
    }

    private mutating func skip(
        _ entry: PhraseEntry, _ reason: NotCodedReason, _ trigger: String?, _ span: EvidenceSpan, _ suggester: Suggester
    ) {
        guard Self.baseConfidence(entry) >= suggester.options.minimumConfidence else { return }
        let key = "\(entry.system.rawValue) \(entry.code) \(reason.rawValue)"
        if notCoded[key] == nil {
            notCoded[key] = NotCoded(
                code: entry.code, system: entry.system, title: suggester.title(entry.code, entry.system),
                reason: reason,
                detail: trigger, evidence: [])
        }
        if !notCoded[key]!.evidence.contains(span) { notCoded[key]!.evidence.append(span) }
    }

    func finish(suggester: Suggester, note: ClinicalNote) -> (
        diagnoses: [SuggestedCode], procedures: [SuggestedCode], notCoded: [NotCoded]
    ) {
        var kept = order.compactMap { coded[$0] }
        if let calibration = suggester.calibration {
            for i in kept.indices {
                let calibrated = calibration.confidence(
                    system: kept[i].system, code: kept[i].code, basis: kept[i].basis, estimate: kept[i].estimate)
                // the physician's own list of diagnoses outweighs how often a corpus's coders kept the code
                let listed = kept[i].evidence.contains { Suggester.diagnosisSections.contains($0.section) }
                let walked = kept[i].bySource[.index] != nil && !kept[i].reordered
                kept[i].calibrated = listed || walked ? max(calibrated, kept[i].estimate) : calibrated
            }
        }
        kept.removeAll { $0.confidence < suggester.options.minimumConfidence }
        var skipped = Array(notCoded.values)
        let negated = Set(notCoded.values.filter { $0.reason == .negated }.map(\.code))
        let keptCodes = Set(kept.map(\.code))
        // (a relative's condition stays: the patient's own does not make it the family history's)
        skipped.removeAll { keptCodes.contains($0.code) && $0.reason != .family }

        // the default code of a main term (`thrombosis` I82.90) where the Index was read on from that very word
        // (`posterior cerebral artery thrombosis`: Thrombosis › artery › cerebral): the walk's code is the
        // condition's, whatever its category; in its chapter, the record's other bare mentions of it
        // (`pyelonephritis` beside `acute pyelonephritis`) are the same condition
        /// Drops the diagnoses `by` names a more specific code for, listing them as less specific.
        /// With `mentions`, the more specific code takes the dropped code's mentions (the same condition, said
        /// again in fewer words).
        func dropLessSpecific(mentions: Bool = false, _ by: (Candidate) -> Candidate?) {
            var taken: [String: [EvidenceSpan]] = [:]
            kept.removeAll { c in
                guard c.system == .icd10cm, let o = by(c) else { return false }
                skipped.append(
                    NotCoded(
                        code: c.code, system: .icd10cm, title: suggester.title(c.code, .icd10cm), reason: .lessSpecific,
                        detail: o.code, evidence: c.evidence))
                if mentions { taken[o.code, default: []] += c.evidence }
                return true
            }
            for (code, evidence) in taken {
                guard let k = kept.firstIndex(where: { $0.code == code }) else { continue }
                // (a mention another kept code reads, `bleeding esophageal varices secondary`, is that code's)
                for e in evidence
                where !kept.contains(where: { $0.evidence.contains { $0.start <= e.start && e.end <= $0.end } }) {
                    kept[k].evidence.append(e)
                }
                kept[k].evidence.sort { $0.start < $1.start }
            }
        }
        let walked = kept
        dropLessSpecific(mentions: true) { c in
            guard !c.evidence.isEmpty, !CodingConventions.isHistoryCode(c.code) else { return nil }
            return walked.first { o in
                func within(_ e: EvidenceSpan) -> Bool {
                    o.mainTerms.contains { $0.lowerBound <= e.start && e.end <= $0.upperBound }
                }
                // (`hepatitis C` B19.20 is not the less specific of `Hepatitis, viral` B19.9: its title says all the
                // other's does, and more)
                return o.code != c.code && !o.mainTerms.isEmpty && o.assertion == c.assertion
                    && !RecordConventions.saysMore(c.code, than: o.code, suggester)
                    && (o.code.first == c.code.first
                        ? c.evidence.contains(where: within) : c.evidence.allSatisfy(within))
            }
        }

        // a code read from words that are all part of the mention of another code of its category, more specific
        // ("heart failure" inside "acute on chronic systolic heart failure") or read as written where this one only
        // has its words in another order, adds nothing
        let narrower = kept
        dropLessSpecific { c in
            narrower.first { o in
                o.system == .icd10cm && o.code != c.code && o.code.prefix(3) == c.code.prefix(3)
                    // (an unspecified code is never the more specific: `ESRD on chronic` read in another order as N18.9
                    // does not outdo `ESRD` N18.6)
                    && !(Self.isUnspecified(o.code, suggester) && !Self.isUnspecified(c.code, suggester))
                    && c.evidence.allSatisfy { e in
                        o.evidence.contains {
                            $0.start <= e.start && e.end <= $0.end
                                && (o.code.count > c.code.count || $0.end - $0.start > e.end - e.start
                                    || (c.reordered && !o.reordered))
                        }
                    }
            }
        }

        // the unspecified code of a category read from words a specific code of the category also reads (`ESRD on
        // chronic` N18.9 beside `ESRD` N18.6): one condition, at its documented specificity
        let specific = kept
        dropLessSpecific { c in
            guard c.system == .icd10cm, Self.isUnspecified(c.code, suggester) else { return nil }
            return specific.first { o in
                o.system == .icd10cm && o.code != c.code && o.code.prefix(3) == c.code.prefix(3)
                    && !Self.isUnspecified(o.code, suggester)
                    && c.evidence.allSatisfy { e in o.evidence.contains { $0.start < e.end && e.start < $0.end } }
            }
        }

        // a phrase learned from coded notes read from words that are part of the mention of another condition the
        // classification names (`acute pulmonary` inside `acute pulmonary embolism`) is that condition's words; so
        // are words read only in another order inside a phrase read as written (`kidney injury`, Injury of kidney,
        // inside `acute kidney injury` N17.9)
        let named = kept
        kept.removeAll { c in
            guard c.system == .icd10cm, !c.bySource.isEmpty,
                c.bySource.keys.allSatisfy({ $0 == .learned }) || c.reordered,
                let o = named.first(where: { o in
                    // (an abbreviation's expansion read in order by one code and in another order by the other:
                    // the same span, the code read in order)
                    let sameSpanWins = c.reordered && !o.reordered
                    return o.code != c.code && o.system == .icd10cm && o.bySource.keys.contains { $0 != .learned }
                        && (!c.reordered || !o.reordered)
                        && c.evidence.allSatisfy { e in
                            o.evidence.contains {
                                $0.start <= e.start && e.end <= $0.end
                                    && ($0.end - $0.start > e.end - e.start || sameSpanWins)
                            }
                        }
                })
            else { return false }
            skipped.append(
                NotCoded(
                    code: c.code, system: .icd10cm, title: suggester.title(c.code, .icd10cm), reason: .lessSpecific,
                    detail: o.code, evidence: c.evidence))
            return true
        }

        // combination codes replace their parts
        var diagnosisCodes = Set(kept.filter { $0.system == .icd10cm }.map(\.code))
        for combination in CodingConventions.combinations(diagnosisCodes)
        where suggester.tabular.entry(combination.code)?.billable == true {
            let parts = kept.filter { $0.system == .icd10cm && combination.replaces.contains($0.code) }
            let related = kept.filter { c in
                c.system == .icd10cm
                    && (combination.from.isEmpty
                        ? !combination.replaces.contains(c.code) : combination.from.contains(c.code))
            }
            var merged = Candidate(code: combination.code, system: .icd10cm, first: parts.map(\.first).min() ?? 0)
            merged.bySource = parts.first?.bySource ?? related.first?.bySource ?? [.title: 0.8]
            merged.calibrated = parts.compactMap(\.calibrated).max()
            merged.reordered = parts.allSatisfy(\.reordered)
            merged.evidence = parts.flatMap(\.evidence)
            merged.reasons = [combination.reason]
            for part in parts {
                skipped.append(
                    NotCoded(
                        code: part.code, system: .icd10cm, title: suggester.title(part.code, .icd10cm),
                        reason: .combined,
                        detail: combination.code, evidence: part.evidence))
            }
            kept.removeAll { $0.system == .icd10cm && combination.replaces.contains($0.code) }
            if let k = kept.firstIndex(where: { $0.code == combination.code }) {
                kept[k].reasons.append(combination.reason)
            } else {
                if merged.evidence.isEmpty { merged.evidence = related.flatMap(\.evidence) }
                kept.append(merged)
            }
            diagnosisCodes = Set(kept.filter { $0.system == .icd10cm }.map(\.code))
        }

        // symptoms integral to a coded diagnosis
        kept.removeAll { c in
            guard c.system == .icd10cm, let by = CodingConventions.explanation(of: c.code, among: diagnosisCodes) else {
                return false
            }
            skipped.append(
                NotCoded(
                    code: c.code, system: .icd10cm, title: suggester.title(c.code, .icd10cm), reason: .integralSymptom,
                    detail: by, evidence: c.evidence))
            return true
        }

        // the conventions over the whole code set: what is ruled out, one code per condition, what the classification
        // excludes, family and personal history, long-term drug therapy
        RecordConventions.apply(&kept, &skipped, negated: negated, suggester: suggester, note: note, setting: setting)

        let suggestions = kept.map { c in
            SuggestedCode(
                code: c.code, system: c.system, title: suggester.title(c.code, c.system),
                confidence: (c.confidence * 1000).rounded() / 1000, assertion: c.assertion,
                partial: c.system == .icd10pcs && c.code.count < 7, evidence: c.evidence, reasons: c.reasons,
                basis: c.basis)
        }
        skipped.sort { ($0.evidence.first?.start ?? 0, $0.code) < ($1.evidence.first?.start ?? 0, $1.code) }
        return (
            suggestions.filter { $0.system == .icd10cm }, suggestions.filter { $0.system == .icd10pcs }, skipped
        )
    }
}
