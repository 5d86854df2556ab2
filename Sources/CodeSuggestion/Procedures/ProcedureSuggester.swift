import NoteAnalysis
import Terminology

/// ICD-10-PCS codes from operative and procedure language.
///
/// Each sentence is read for procedure phrases (`ProcedureLexicon`): imaging modalities with the region next to them,
/// procedures with a pattern of their own (ECG, colonoscopy, dialysis…) and operation words whose root operation,
/// body part, approach, side and qualifier come from the words around them. The pattern is checked against the loaded
/// code set: a full code when one code fits, the four-character prefix all fitting codes share otherwise (`partial`),
/// nothing when no code fits.
public struct ProcedureSuggester: Sendable {
    let index: PCSCodeIndex
    let matcher: ProcedureMatcher

    /// - Parameter library: the code sets; the newest ICD-10-PCS code set it holds is used.
    public init(library: CodeSetLibrary) {
        let index = PCSCodeIndex(library: library)
        self.index = index
        self.matcher = ProcedureMatcher(imagingRegions: ImagingRegionIndex(codes: index))
    }

    /// The procedures the note documents as done, and those it mentions without them being done.
    /// - Parameters:
    ///   - note: the note.
    ///   - analyzer: decides negated, hypothetical, family and historical mentions.
    /// - Returns: one suggestion per code, evidence from every mention, highest confidence first; and the procedures
    ///   seen but not coded (negated, planned, side or region not determined) with the reason.
    public func suggest(_ note: ClinicalNote, analyzer: AssertionAnalyzer) -> (
        codes: [SuggestedCode], notCoded: [NotCoded]
    ) {
        var codes = SuggestionMerger()
        var notCoded: [NotCoded] = []
        // the stay is in the latest year the note writes; a procedure dated an earlier year (`colonoscopy 2024
        // normal`) was done before it
        let stayYear = Self.years(in: note.utf8).max()
        for (si, sentence) in note.sentences.enumerated() {
            let words = ProcedureWord.words(of: sentence, in: note)
            let section = note.section(of: sentence).kind
            for candidate in matcher.candidates(in: words) {
                guard let found = resolve(candidate) else { continue }
                let evidence = byteRange(candidate.evidence, words)
                let span = EvidenceSpan(evidence, in: note, section: section)
                let triggerRange = byteRange(candidate.trigger, words)
                let assertion = analyzer.assertion(for: triggerRange, sentence: si, in: note)
                if let reason = notCodedReason(candidate, assertion, section: section, words: words, note: note) {
                    notCoded.append(
                        NotCoded(
                            code: found.code, system: .icd10pcs, title: found.title, reason: reason.0,
                            detail: reason.1, evidence: [span]))
                    continue
                }
                // (a result after the procedure, `colonoscopies negative`, leaves the section's own status: a past
                // medical or surgical history is past)
                let historical =
                    assertion.status == .historical || section.impliedStatus == .historical
                    || (stayYear != nil
                        && Self.datedBefore(stayYear!, after: triggerRange.upperBound, in: sentence, note))
                var confidence = candidate.confidence * (found.partial ? 0.75 : 1)
                if historical { confidence *= 0.6 }
                var reasons = candidate.reasons
                if found.partial {
                    reasons.append("partial: \(found.candidates) codes fit; axes after \(found.code) not documented")
                }
                if historical { reasons.append("documented as past (\(assertion.cue?.text ?? "history"))") }
                codes.add(
                    SuggestedCode(
                        code: found.code, system: .icd10pcs, title: found.title,
                        confidence: (confidence * 100).rounded() / 100,
                        assertion: historical ? .historical : .present, partial: found.partial,
                        evidence: [span], reasons: reasons,
                        basis: "procedure/\(historical ? "historical" : "present")"))
            }
        }
        let coded = codes.result()
        let codedSet = Set(coded.map(\.code))
        return (coded, notCoded.filter { !codedSet.contains($0.code) })
    }

    /// The years a text writes, alone or in a date (`2024`, `06/22/2026`): runs of four digits from 1950 to 2100.
    static func years(in bytes: [UInt8]) -> [Int] {
        var out: [Int] = []
        var i = 0
        while i < bytes.count {
            guard bytes[i] >= 48 && bytes[i] <= 57 else {
                i += 1
                continue
            }
            var j = i
            var value = 0
            // (a run of any length is skipped; only four digits make a year, so the value never grows past them)
            while j < bytes.count && bytes[j] >= 48 && bytes[j] <= 57 {
                if j - i < 4 { value = value * 10 + Int(bytes[j] - 48) }
                j += 1
            }
            if j - i == 4 && (1950...2100).contains(value) { out.append(value) }
            i = j
        }
        return out
    }

    /// Whether a year before the stay's follows the procedure's words closely (`colonoscopy 2024`, `CABG in 2019`).
    static func datedBefore(_ stayYear: Int, after end: Int, in sentence: Sentence, _ note: ClinicalNote) -> Bool {
        var i = note.tokenIndex(atOrAfter: end)
        var seen = 0
        while i < sentence.tokenRange.upperBound, seen < 3 {
            let t = note.tokens[i]
            if let y = years(in: Array(note.utf8[t.range])).first, (1950..<stayYear).contains(y) { return true }
            if t.kind == .word || t.kind == .number { seen += 1 }
            i += 1
        }
        return false
    }

    /// The code or prefix of a candidate, relaxing an approach read from context when nothing fits it.
    private func resolve(_ c: ProcedureCandidate) -> PCSCodeIndex.Resolution? {
        if let r = index.resolve(c.patterns) { return r }
        return c.fallback.isEmpty ? nil : index.resolve(c.fallback)
    }

    /// Why a mention is not coded: refused, planned, negated close by, of a relative, hypothetical.
    private func notCodedReason(
        _ c: ProcedureCandidate, _ a: Assertion, section: SectionKind, words: [ProcedureWord],
        note: ClinicalNote
    ) -> (NotCodedReason, String?)? {
        if let notDone = c.notDone { return (notDone.reason, notDone.words) }
        if section == .plan { return (.hypothetical, "plan") }
        switch a.status {
        case .negated:
            // A negation several words before the procedure usually denies a finding (`no pneumothorax on chest
            // X-ray`), not the procedure.
            // A negation after the procedure describes its result (`chest X-ray was negative`).
            guard let trigger = a.trigger, let first = words[safe: c.trigger.lowerBound],
                trigger.range.upperBound <= first.range.lowerBound
            else { return nil }
            let between = words.filter {
                $0.range.lowerBound >= trigger.range.upperBound && $0.range.upperBound <= first.range.lowerBound
            }
            return between.count <= 3 ? (.negated, trigger.text) : nil
        case .family: return (.family, a.cue?.text)
        case .hypothetical: return (.hypothetical, a.cue?.text)
        default: return nil
        }
    }

    private func byteRange(_ r: Range<Int>, _ words: [ProcedureWord]) -> Range<Int> {
        guard let first = words[safe: r.lowerBound], let last = words[safe: r.upperBound - 1] else { return 0..<0 }
        return first.range.lowerBound..<last.range.upperBound
    }
}
