/// An abbreviation or acronym in a note and what it stands for there.
public struct Abbreviation: Sendable, Hashable {
    /// Its UTF-8 byte range in the note.
    public var range: Range<Int>
    /// As written.
    public var text: String
    /// What it stands for in this context.
    public var expansion: String
    /// The other meanings it could have had (empty when it has one meaning).
    public var alternatives: [String]
    /// Whether context picked the meaning; `false` when an ambiguous abbreviation fell back on its usual meaning.
    public var resolvedByContext: Bool

    public init(range: Range<Int>, text: String, expansion: String, alternatives: [String], resolvedByContext: Bool) {
        self.range = range
        self.text = text
        self.expansion = expansion
        self.alternatives = alternatives
        self.resolvedByContext = resolvedByContext
    }
}

/// A curated table of clinical abbreviations, the ambiguous ones resolved by the words around them and the section.
public struct AbbreviationExpander: Sendable {
    /// One meaning of an abbreviation.
    public struct Sense: Sendable, Hashable {
        /// The expansion.
        public var expansion: String
        /// Words near the abbreviation (same sentence, within 8 tokens) that point to this meaning.
        public var cues: Set<String>
        /// Sections in which this meaning is the usual one.
        public var sections: Set<SectionKind>

        public init(_ expansion: String, cues: Set<String> = [], sections: Set<SectionKind> = []) {
            self.expansion = expansion
            self.cues = cues
            self.sections = sections
        }
    }

    /// One abbreviation: its meanings, the first the default, and whether it only counts written in capitals
    /// (`MS`, `PE`, `RA`, `AS` are also ordinary words or titles).
    public struct Entry: Sendable, Hashable {
        public var senses: [Sense]
        public var upperCaseOnly: Bool
    }

    /// Lower-case abbreviation → entry.
    public let table: [String: Entry]

    public static let standard = AbbreviationExpander(table: standardTable)

    public init(table: [String: Entry]) { self.table = table }

    /// The abbreviations of the note with their meaning in context.
    /// - Complexity: O(*t*) in the number of tokens.
    public func abbreviations(in note: ClinicalNote) -> [Abbreviation] {
        var out: [Abbreviation] = []
        for sentence in note.sentences {
            let section = note.sections[sentence.section].kind
            for t in sentence.tokenRange {
                let token = note.tokens[t]
                guard token.kind == .word, let entry = table[token.normalized] else { continue }
                if entry.upperCaseOnly && !token.isUpperCase { continue }
                let (sense, byContext) = resolve(entry, at: t, sentence: sentence, section: section, in: note)
                out.append(
                    Abbreviation(
                        range: token.range, text: note[token.range], expansion: entry.senses[sense].expansion,
                        alternatives: entry.senses.indices.filter { $0 != sense }.map { entry.senses[$0].expansion },
                        resolvedByContext: byContext))
            }
        }
        return out
    }

    /// The meaning of an abbreviation token: the sense with the most cue words within 8 tokens in its sentence,
    /// plus one for a sense usual in the section; ties go to the first sense.
    func resolve(_ entry: Entry, at t: Int, sentence: Sentence, section: SectionKind, in note: ClinicalNote)
        -> (Int, Bool)
    {
        guard entry.senses.count > 1 else { return (0, true) }
        let lo = max(sentence.tokenRange.lowerBound, t - 8)
        let hi = min(sentence.tokenRange.upperBound, t + 9)
        var best = 0
        var bestScore = 0
        for (k, sense) in entry.senses.enumerated() {
            var score = sense.sections.contains(section) ? 1 : 0
            for j in lo..<hi where j != t && sense.cues.contains(note.tokens[j].normalized) { score += 2 }
            if score > bestScore {
                best = k
                bestScore = score
            }
        }
        return (best, bestScore > 0)
    }
}
