/// One mention of a finding in a note, with its assertion status.
public struct Mention: Sendable, Hashable {
    /// The mention's UTF-8 byte range in the note.
    public var range: Range<Int>
    /// The mention as written.
    public var text: String
    /// The index of its sentence in `ClinicalNote.sentences`.
    public var sentence: Int
    /// The kind of section it is in.
    public var section: SectionKind
    /// Its assertion status.
    public var assertion: Assertion

    public init(range: Range<Int>, text: String, sentence: Int, section: SectionKind, assertion: Assertion) {
        self.range = range
        self.text = text
        self.sentence = sentence
        self.section = section
        self.assertion = assertion
    }
}

/// Decides, ConText-style, whether a finding in a sentence is present, negated, uncertain, historical, of a
/// relative, hypothetical or conditional.
///
/// The sentence's tokens near the finding are matched against the lexicon (longest phrase first; pseudo-triggers
/// consume their words so `no change` triggers nothing). A forward trigger governs the words after it, a backward
/// one the words before it, up to the sentence's end, a terminator that applies to its status (`but`, `however`,
/// `;`…), a trigger of another status in the same ConText dimension (`AssertionStatus.dimension`), a comma for singular
/// backward triggers, or its window in words. The section adds its implied status (Family History → family, Past
/// Medical History → historical). When several statuses apply, `AssertionStatus.precedence` decides; every cue is
/// kept in `Assertion.cues`.
///
/// No regular expression and no string folding on the path: the note is tokenised once, and each mention costs a
/// dictionary look-up per nearby token.
public struct AssertionAnalyzer: Sendable {
    /// The standard lexicon, a 10-word window, sections on.
    public static let standard = AssertionAnalyzer()

    /// The trigger, pseudo-trigger and terminator phrases.
    public let lexicon: TriggerLexicon
    /// The longest scope in words for triggers without their own window.
    public let window: Int
    /// Whether the section implies a status.
    public let usesSections: Bool

    public init(lexicon: TriggerLexicon = .standard, window: Int = 10, usesSections: Bool = true) {
        self.lexicon = lexicon
        self.window = max(1, window)
        self.usesSections = usesSections
    }

    /// Every mention of the phrase in the note (whole tokens, any case) with its status; each mention is judged in
    /// its own sentence, so a finding denied in one sentence and affirmed in another gets two statuses.
    /// - Complexity: O(*t*) to find the mentions, then O(*w*) for each, *w* the window.
    public func mentions(of phrase: String, in note: ClinicalNote) -> [Mention] {
        note.mentions(of: phrase).compactMap { range in
            guard let s = note.sentenceIndex(containing: range.lowerBound) else { return nil }
            return Mention(
                range: range, text: note[range], sentence: s, section: note.sections[note.sentences[s].section].kind,
                assertion: assertion(for: range, sentence: s, in: note))
        }
    }

    /// The status of the finding at a byte range of the note (`present` when the range is in no sentence).
    public func assertion(for finding: Range<Int>, in note: ClinicalNote) -> Assertion {
        guard let s = note.sentenceIndex(containing: finding.lowerBound) else {
            return Assertion(status: .present, cue: nil, cues: [], scope: finding)
        }
        return assertion(for: finding, sentence: s, in: note)
    }

    /// The status of the first mention of `phrase` in a one-sentence text, or `nil` if the phrase is not there.
    public func assertion(of phrase: String, in text: String) -> Assertion? {
        let note = ClinicalNote(text: text)
        return mentions(of: phrase, in: note).first?.assertion
    }

    struct Match {
        var start: Int
        var end: Int
        var entry: Int
    }

    /// The status of the finding at a byte range inside sentence `sentence` of the note.
    /// - Complexity: O(*w* + *p*), *w* the longest window and *p* the longest phrase, whatever the sentence length.
    public func assertion(for finding: Range<Int>, sentence si: Int, in note: ClinicalNote) -> Assertion {
        let sentence = note.sentences[si]
        let toks = note.tokens
        let ts = sentence.tokenRange
        var cues: [(cue: AssertionCue, distance: Int)] = []
        if usesSections, let implied = note.sections[sentence.section].kind.impliedStatus {
            let section = note.sections[sentence.section]
            cues.append(
                (
                    AssertionCue(
                        status: implied, source: .section, text: section.headerRange.map { note[$0] } ?? "",
                        range: section.headerRange, scope: sentence.range), Int.max
                ))
        }
        var fs = max(ts.lowerBound, min(note.tokenIndex(atOrAfter: finding.lowerBound), ts.upperBound - 1))
        var fe = fs
        while fe < ts.upperBound && toks[fe].range.lowerBound < finding.upperBound { fe += 1 }
        if fe == fs { fe = fs + 1 }
        if fs >= ts.upperBound { fs = ts.upperBound - 1 }

        let reach = max(window, 10) + 2 * lexicon.maxPhraseLength
        let lo = max(ts.lowerBound, fs - reach)
        let hi = min(ts.upperBound, fe + reach)

        // Match phrases around the finding, longest first, never inside the finding.
        var matches: [Match] = []
        var owner = [Int](repeating: -1, count: hi - lo)  // token → index in matches
        var i = lo
        while i < hi {
            if i >= fs && i < fe {
                i = fe
                continue
            }
            if let e = lexicon.match(toks, at: i, end: hi, avoid: fs..<fe) {
                let n = lexicon.entries[e].tokens.count
                for k in i..<(i + n) { owner[k - lo] = matches.count }
                matches.append(Match(start: i, end: i + n, entry: e))
                i += n
            } else {
                i += 1
            }
        }

        for (mi, m) in matches.enumerated() {
            let rules = lexicon.entries[m.entry].rules
            if rules.contains(where: { if case .pseudo = $0.role { true } else { false } }) { continue }
            for rule in rules {
                guard case .trigger(let status, let direction) = rule.role else { continue }
                // "a 3-day history of fever" is the present illness, not the past
                if status == .historical && m.start > ts.lowerBound && Self.isDuration(toks[m.start - 1].normalized) {
                    continue
                }
                let limit = rule.window ?? window
                func stops(_ k: Int) -> Bool {
                    if rule.stopsAtComma && toks[k].normalized == "," { return true }
                    let o = owner[k - lo]
                    guard o >= 0, o != mi else { return false }
                    for other in lexicon.entries[matches[o].entry].rules {
                        switch other.role {
                        case .terminator(let only): if only?.contains(status) ?? true { return true }
                        case .trigger(let s, _): if s != status && s.dimension == status.dimension { return true }
                        case .pseudo: break
                        }
                    }
                    return false
                }
                if direction != .backward && m.end <= fs {
                    var k = m.end
                    var words = 0
                    while k < hi && !(k >= fe && stops(k)) && !(k < fs && stops(k)) {
                        if toks[k].kind != .punctuation { words += 1 }
                        if words > limit { break }
                        k += 1
                    }
                    if k > fs {
                        let scope = toks[m.end].range.lowerBound..<toks[k - 1].range.upperBound
                        cues.append((cue(note, toks, m, status, scope), fs - m.end))
                    }
                }
                if direction != .forward && m.start >= fe {
                    var k = m.start - 1
                    var words = 0
                    while k >= lo && !(k < fs && stops(k)) && !(k >= fe && stops(k)) {
                        if toks[k].kind != .punctuation { words += 1 }
                        if words > limit { break }
                        k -= 1
                    }
                    if k < fe - 1 {
                        let scope = toks[k + 1].range.lowerBound..<toks[m.start - 1].range.upperBound
                        cues.append((cue(note, toks, m, status, scope), m.start - fe))
                    }
                }
            }
        }
        guard !cues.isEmpty else {
            return Assertion(status: .present, cue: nil, cues: [], scope: sentence.range)
        }
        cues.sort { a, b in a.cue.status != b.cue.status ? a.cue.status < b.cue.status : a.distance < b.distance }
        let best = cues[0].cue
        return Assertion(status: best.status, cue: best, cues: cues.map(\.cue), scope: best.scope)
    }

    /// Whether a token is a duration written as one hyphenated word (`3-day`, `2-week`, `48-hour`).
    static func isDuration(_ word: String) -> Bool {
        guard let dash = word.lastIndex(of: "-") else { return false }
        let unit = word[word.index(after: dash)...]
        return ["hour", "hours", "day", "days", "week", "weeks", "month", "months"].contains(unit)
    }

    func cue(_ note: ClinicalNote, _ toks: [Token], _ m: Match, _ status: AssertionStatus, _ scope: Range<Int>)
        -> AssertionCue
    {
        let r = toks[m.start].range.lowerBound..<toks[m.end - 1].range.upperBound
        return AssertionCue(status: status, source: .trigger, text: note[r], range: r, scope: scope)
    }
}
