import CodeSearch
import Foundation
import NoteAnalysis
import Terminology

/// How and where an injury happened, read from the External Cause of Injuries Index as a coder reads it (Guidelines
/// I.C.20): the mechanism from the words of the history (`missed a step … and fell down a full flight of stairs`:
/// Fall, falling › down › stairs, steps W10.9), the place of occurrence (Place of occurrence › residence › bedroom
/// Y92.003) and the external cause status (Y99.-), each once, with the 7th character of the injury's encounter.
struct ExternalCauseReader: Sendable {
    let walker: IndexWalker
    /// The entry `Place of occurrence`, its subterm `residence` and `residence › institutional › nursing home`.
    let place: Int
    let residence: Int?
    let nursingHome: Int?
    /// Per entry: the search tokens of its title (`nec`, `specified` out).
    let titleWords: [Set<String>]

    /// The main terms of the index read for a mechanism: falls, slips, trips and stumbles, striking and being struck,
    /// bites, assault, overexertion. (`Accident, transport` needs the vehicle, the person's role and the traffic
    /// status, which a history seldom says all of.)
    /// (`Resources/external-cause-words.tsv`, the set `mechanism`.)
    static let mechanisms = Set(WordTables.externalCauses["mechanism"])

    /// Places in a residence the index does not name (`Place of occurrence, residence, specified place in
    /// residence NEC`): `Resources/external-cause-words.tsv`, the set `other-place-in-residence`.
    static let otherPlacesInResidence = Set(WordTables.externalCauses["other-place-in-residence"])
    /// The words of a residence: the set `residence`.
    static let residenceWords = Set(WordTables.externalCauses["residence"])
    /// The words of a nursing home, each said: the set `nursing-home`.
    static let nursingHomeWords: [[String]] = WordTables.externalCauses["nursing-home"].map {
        $0.split(separator: " ").map(String.init)
    }
    /// An injury at work (Y99.0): the set `at-work`.
    static let workWords: [String] = WordTables.externalCauses["at-work"]

    init?(index: AlphabeticIndex, vocabulary: inout Vocabulary) {
        guard index.kind == .externalCauses else { return nil }
        let navigator = IndexNavigator(index: index, tabular: nil)
        guard let place = navigator.entry(named: "Place of occurrence") else { return nil }
        walker = IndexWalker(index: index, vocabulary: &vocabulary, mainTerms: Self.mechanisms, startsUnder: [])
        self.place = place
        residence = navigator.entry(named: "Place of occurrence, residence")
        nursingHome = navigator.entry(named: "Place of occurrence, residence, institutional, nursing home")
        titleWords = index.entries.map { e in Set(TextNormalizer.tokens(e.title)).subtracting(["nec", "specifi"]) }
    }

    /// The index entries below an entry, in printed order.
    func children(of entry: Int) -> [Int] { walker.children[entry].map(Int.init) }

    /// The external cause codes of a record with an injury of the given encounter (7th character), the mechanism
    /// first.
    func codes(
        in note: ClinicalNote, encounter: Character, suggester: Suggester
    ) -> [(code: String, evidence: EvidenceSpan, reason: String)] {
        let stream = TermStream(
            note: note, abbreviations: suggester.abbreviations.abbreviations(in: note),
            lookup: { suggester.vocabulary.id($0) })
        let readable: Set<SectionKind> = [
            .unlabeled, .chiefComplaint, .historyOfPresentIllness, .hospitalCourse, .assessment, .assessmentAndPlan,
            .indications, .preoperativeDiagnosis, .postoperativeDiagnosis, .dischargeDiagnoses, .diagnoses,
        ]
        let fallIDs = Set(
            ["fall", "fell", "falling"].compactMap {
                suggester.vocabulary.id(Vocabulary.canonical(TextNormalizer.stem($0)))
            })
        // the record says the patient fell (a trip `with fall`)
        var fell = false
        var best: (walk: IndexWalker.Walk, sentence: Int, terms: [Term], score: Int)?
        for (si, terms) in stream.sentences.enumerated() where !terms.isEmpty {
            let kind = note.sections[note.sentences[si].section].kind
            guard readable.contains(kind) else { continue }
            var start = 0
            while start < terms.count {
                var end = start
                while end < terms.count && terms[end].id != -2 { end += 1 }
                defer { start = end + 1 }
                guard end > start else { continue }
                for p in start..<end where !fell && fallIDs.contains(terms[p].id) {
                    let status = suggester.analyzer.assertion(for: terms[p].range, sentence: si, in: note).status
                    if status == .present || status == .conditional { fell = true }
                }
                for walk in walker.walks(terms, in: start..<end) {
                    let trigger =
                        terms[walk.trigger.lowerBound].range
                        .lowerBound..<terms[walk.trigger.upperBound - 1].range.upperBound
                    let status = suggester.analyzer.assertion(for: trigger, sentence: si, in: note).status
                    guard status == .present || status == .conditional else { continue }
                    let score = walk.positions.count * 2 + (walk.isDefault ? 0 : 1)
                    if best == nil || score > best!.score { best = (walk, si, terms, score) }
                }
            }
        }
        guard let (walk, si, terms, _) = best else { return [] }
        var entry = walk.entry
        // a trip or slip the record says ended in a fall (`tripped over his bedroom rug` … `after fall`)
        if fell,
            let withFall = children(of: entry).first(where: {
                walker.index.entries[$0].title.lowercased() == "with fall"
            })
        {
            entry = withFall
        }
        guard let written = walker.index.entries[entry].code, let mechanism = complete(written, encounter, suggester)
        else { return [] }
        let words = walk.positions.map { terms[$0].range }
        let span = EvidenceSpan(
            words.first!.lowerBound..<words.last!.upperBound, in: note,
            section: note.sections[note.sentences[si].section].kind)
        var out = [
            (
                mechanism, span,
                "'\(span.text)': External Cause Index: \(walker.heading(IndexWalker.Walk(entry: entry, path: walk.path + (entry == walk.entry ? [] : [entry]), positions: walk.positions, trigger: walk.trigger))) → \(mechanism), how the injury happened (I.C.20.a)"
            )
        ]
        // place and status only at the initial encounter (I.C.20.b, k)
        guard encounter == "A" else { return out }
        if let (place, placeSpan, path) = placeOfOccurrence(note, around: si, suggester: suggester),
            let code = complete(place, encounter, suggester)
        {
            out.append(
                (
                    code, placeSpan,
                    "'\(placeSpan.text)': External Cause Index: \(path) → \(code), the place of occurrence, once (I.C.20.b)"
                ))
            let text = note.text.lowercased()
            if Self.workWords.contains(where: text.contains) {
                out.append(
                    (
                        "Y99.0", placeSpan,
                        "an injury at work: Y99.0, civilian activity done for income or pay (I.C.20.k)"
                    ))
            } else if code.hasPrefix("Y92.0") || code.hasPrefix("Y92.1") {
                out.append(
                    (
                        "Y99.8", placeSpan,
                        "an injury at home, not at work: Y99.8, other external cause status (I.C.20.k)"
                    ))
            }
        }
        return out
    }

    /// The reportable code of an index code, with the injury's encounter as its 7th character.
    func complete(_ written: String, _ encounter: Character, _ suggester: Suggester) -> String? {
        guard let code = suggester.reportable(written) else { return nil }
        guard code.count == 8, code.last == "A", encounter != "A" else { return code }
        let other = String(code.dropLast()) + String(encounter)
        return suggester.tabular.entry(other)?.billable == true ? other : code
    }

    /// The place of occurrence the history names near the mechanism: a residence (its room, or the index's
    /// `specified place in residence NEC` for stairs, a hallway, a porch), a nursing home, or another place of the
    /// index named in full.
    func placeOfOccurrence(
        _ note: ClinicalNote, around sentence: Int, suggester: Suggester
    ) -> (code: String, span: EvidenceSpan, path: String)? {
        // the mechanism's sentence first, then the rest of its section, then the history
        let section = note.sentences[sentence].section
        let history: Set<SectionKind> = [.chiefComplaint, .historyOfPresentIllness, .unlabeled]
        let order =
            [sentence] + note.sentences.indices.filter { $0 != sentence && note.sentences[$0].section == section }
            + note.sentences.indices.filter {
                note.sentences[$0].section != section
                    && history.contains(note.sections[note.sentences[$0].section].kind)
            }
        for si in order {
            let section = note.sentences[si].section
            let tokens = note.tokens(of: note.sentences[si]).filter { $0.kind == .word }
            let stems = tokens.map { TextNormalizer.stem($0.normalized) }
            let words = Set(stems)
            func spanOf(_ wanted: Set<String>) -> EvidenceSpan {
                let hits = tokens.indices.filter { wanted.contains(stems[$0]) }
                let range =
                    hits.isEmpty
                    ? note.sentences[si].range
                    : tokens[hits.first!].range.lowerBound..<tokens[hits.last!].range.upperBound
                return EvidenceSpan(range, in: note, section: note.sections[section].kind)
            }
            var start: Int?
            if let nursingHome,
                Self.nursingHomeWords.contains(where: { $0.allSatisfy { words.contains(TextNormalizer.stem($0)) } })
            {
                start = nursingHome
            } else if let residence, !words.isDisjoint(with: Self.residenceWords.map(TextNormalizer.stem)) {
                start = residence
            }
            guard var at = start else { continue }
            var path = [at]
            // down the subterms whose words the sentence says, the most words first (`house, single family` ›
            // `bedroom`)
            while true {
                let next = children(of: at).filter { c in
                    let t = titleWords[c]
                    return !t.isEmpty && t.isSubset(of: words)
                        && (walker.index.entries[c].code != nil || !children(of: c).isEmpty)
                }.max { titleWords[$0].count < titleWords[$1].count }
                guard let next else { break }
                at = next
                path.append(at)
            }
            // a place in the residence the index does not list (stairs, a hallway): `specified place in residence
            // NEC` of the residence (`home` is the residence itself), `specified NEC` of a kind of residence
            if !words.isDisjoint(with: Self.otherPlacesInResidence.map(TextNormalizer.stem)) {
                var base = at
                if walker.index.entries[at].title.lowercased() == "home", let residence {
                    base = residence
                    path.removeLast()
                }
                if let specified = children(of: base).first(where: { c in
                    let title = walker.index.entries[c].title.lowercased()
                    return title.hasPrefix("specified") && !title.contains("type")
                        && walker.index.entries[c].code != nil
                }) {
                    at = specified
                    path.append(at)
                }
            }
            guard let code = walker.index.entries[at].code else { continue }
            let named = path.dropFirst().reduce(into: Set<String>()) { $0.formUnion(titleWords[$1]) }
            let span = spanOf(
                named.isEmpty
                    ? Set(Self.residenceWords.map(TextNormalizer.stem)).union(["nurs", "snf"])
                    : named.union(Self.otherPlacesInResidence.map(TextNormalizer.stem)))
            let heading = path.map { walker.index.entries[$0].title }.joined(separator: " › ")
            return (code, span, "Place of occurrence › " + heading)
        }
        return nil
    }
}
