import CodeSearch
import NoteAnalysis

/// The words the lexicon knows, each with a small integer id.
public struct Vocabulary: Sendable {
    private(set) var ids: [String: Int32] = [:]
    private(set) var words: [String] = []

    public init() {}

    /// The id of a search token, or `nil` when no phrase uses it.
    @inline(__always) func id(_ word: String) -> Int32? { ids[word] }

    /// The id of a search token, adding it when new.
    mutating func intern(_ word: String) -> Int32 {
        if let id = ids[word] { return id }
        let id = Int32(words.count)
        ids[word] = id
        words.append(word)
        return id
    }

    /// The ids of a phrase's search tokens (stop words removed, stemmed, organ adjectives as their noun), adding
    /// new words.
    mutating func intern(phrase: String) -> [Int32] {
        TextNormalizer.tokens(phrase).map { intern(Self.canonical($0)) }
    }

    /// Organ and site adjectives and the nouns they stand for, so `renal cyst` meets `cyst of kidney`.
    static let adjectives: [String: String] = {
        var map: [String: String] = [:]
        // `Resources/organ-adjectives.tsv`
        for f in ProcedureTables.rows(
            PackageResources.organ_adjectives_tsv, file: "organ-adjectives.tsv", columns: ["adjective", "noun"])
        {
            let (adjective, noun) = (f[0], f[1])
            let a = TextNormalizer.stem(adjective)
            let n = TextNormalizer.tokens(noun).last ?? noun
            if a != n { map[a] = n }
        }
        // `Resources/index-word-forms.tsv`: a word of notes read as the Index's word (`bleeding`: hemorrhage)
        for f in ProcedureTables.rows(
            PackageResources.index_word_forms_tsv, file: "index-word-forms.tsv", columns: ["word", "index word"])
        {
            map[TextNormalizer.stem(f[0])] = TextNormalizer.stem(f[1])
        }
        // `cervical` is also the neck (cervical spine, cervical lymph nodes): keep it as written
        map[TextNormalizer.stem("cervical")] = nil
        return map
    }()

    @inline(__always) static func canonical(_ stem: String) -> String { adjectives[stem] ?? stem }

    /// The ids of a phrase's known words (unknown ones left out).
    func ids(of phrase: String) -> [Int32] {
        TextNormalizer.tokens(phrase).compactMap { ids[Self.canonical($0)] }
    }

    var count: Int { words.count }
    func word(_ id: Int32) -> String { words[Int(id)] }
}

/// One search token of a note: its id (−1 when the lexicon does not know it) and the bytes it came from.
struct Term: Sendable, Hashable {
    var id: Int32
    var range: Range<Int>
}

/// A note's sentences as sequences of search tokens, with abbreviations replaced by their expansions.
struct TermStream {
    /// Words that say where a pain spreads to, or that the patient refused something (a refusal, `the patient declined
    /// surgery`, is no decline of health); they end the phrase like a comma: `Resources/term-stream-words.tsv`, the
    /// set `phrase-break`.
    static let phraseBreaks = Set(WordTables.termStream["phrase-break"])

    /// The genus a one-letter abbreviation stands for before its species (`E. coli` → Escherichia, `S. aureus` →
    /// Staphylococcus), or nil.
    static func genus(_ letter: Token, _ species: Token) -> String? {
        guard letter.kind == .word, letter.normalized.count == 1, species.kind == .word else { return nil }
        return genera["\(letter.normalized) \(species.normalized)"]
    }

    /// `Resources/term-stream-readings.tsv`, the set `genus`.
    static let genera = WordTables.readings("genus")

    /// `Resources/term-stream-readings.tsv`, the set `roman-numeral`.
    static let roman = WordTables.readings("roman-numeral")

    /// `R` and `L` written before a word of anatomy (`R posterior cerebral artery`, `L knee`): right and left.
    static func side(_ token: Token, at i: Int, _ tokens: [Token], _ note: ClinicalNote) -> String? {
        guard token.kind == .word, token.normalized.count == 1, i + 1 < tokens.count, tokens[i + 1].kind == .word,
            tokens[i + 1].normalized.count > 2
        else { return nil }
        switch note[token.range] {
        case "R": return "right"
        case "L": return "left"
        default: return nil
        }
    }

    /// The words that, after `non-`, say the patient does not have the condition (`non-smoker`, `non-tender`), where
    /// the classification has no `non…` word of its own: `Resources/term-stream-words.tsv`, the set `absent-after-non`.
    static let absentAfterNon = Set(WordTables.termStream["absent-after-non"])

    /// For each sentence of the note, its terms.
    var sentences: [[Term]]

    /// - Parameter lookup: the id of a search token (`nil` for an unknown word).
    init(note: ClinicalNote, abbreviations: [Abbreviation], lookup: (String) -> Int32?) {
        var expansions: [Int: Abbreviation] = [:]
        for a in abbreviations { expansions[a.range.lowerBound] = a }
        var cache: [String: [Int32]] = [:]
        func ids(_ text: String) -> [Int32] {
            if let hit = cache[text] { return hit }
            let result = TextNormalizer.tokens(text).map { lookup(Vocabulary.canonical($0)) ?? -1 }
            cache[text] = result
            return result
        }
        var sentences: [[Term]] = []
        sentences.reserveCapacity(note.sentences.count)
        for sentence in note.sentences {
            var terms: [Term] = []
            terms.reserveCapacity(sentence.tokenRange.count)
            let tokens = Array(note.tokens(of: sentence))
            // the parentheses of a short parenthesised word group inside a phrase, which the phrase reads through:
            // "systolic (congestive) heart failure" as the Tabular List writes its nonessential modifiers
            var readThrough = Set<Int>()
            for (i, token) in tokens.enumerated()
            where token.kind == .punctuation && note.utf8[token.range].first == UInt8(ascii: "(") {
                var j = i + 1
                while j < tokens.count, j - i <= 4, tokens[j].kind != .punctuation { j += 1 }
                guard j < tokens.count, j > i + 1, note.utf8[tokens[j].range].first == UInt8(ascii: ")"),
                    j + 1 < tokens.count, tokens[j + 1].kind != .punctuation
                else { continue }
                readThrough.insert(i)
                readThrough.insert(j)
            }
            for (i, token) in tokens.enumerated() {
                switch token.kind {
                case .punctuation:
                    // a comma, semicolon or parenthesis ends a phrase; a hyphen or slash inside one does not; the
                    // period of a genus written short (`E. coli`) is part of the name
                    if readThrough.contains(i) { continue }
                    if i > 0, i + 1 < tokens.count, Self.genus(tokens[i - 1], tokens[i + 1]) != nil { continue }
                    if let b = note.utf8[token.range].first, b == UInt8(ascii: "-") || b == UInt8(ascii: "/") {
                        continue
                    }
                    terms.append(Term(id: -2, range: token.range))
                case .word, .number:
                    if Self.phraseBreaks.contains(token.normalized) {
                        // `epigastric pain radiating to the back`: where a pain goes is not where it is; `declined` a refusal
                        terms.append(Term(id: -2, range: token.range))
                    } else if token.normalized.hasPrefix("non-") {
                        let rest = String(token.normalized.dropFirst(4))
                        if let joined = lookup(
                            Vocabulary.canonical(TextNormalizer.stem("non" + rest.filter { $0 != "-" })))
                        {
                            // `non-displaced` is the classification's `nondisplaced`
                            terms.append(Term(id: joined, range: token.range))
                        } else if Self.absentAfterNon.contains(rest) || rest.isEmpty {
                            // `non-smoker`, `non-diabetic`: the word says the condition is absent
                            terms.append(Term(id: -1, range: token.range))
                        } else {
                            // `non-ST elevation`, `non-Hodgkin`, `non-pressure`: a kind of the condition
                            for id in ids("non " + rest) { terms.append(Term(id: id, range: token.range)) }
                        }
                    } else if i > 0, let n = Self.roman[token.normalized],
                        ["class", "type", "stage", "grade"].contains(tokens[i - 1].normalized)
                    {
                        // `class I obesity`, `type II diabetes`: the classification writes the number
                        terms.append(Term(id: lookup(n) ?? -1, range: token.range))
                    } else if let side = Self.side(token, at: i, tokens, note) {
                        terms.append(Term(id: lookup(side) ?? -1, range: token.range))
                    } else if i + 2 < tokens.count, let genus = Self.genus(token, tokens[i + 2]) {
                        for id in ids(genus) { terms.append(Term(id: id, range: token.range)) }
                    } else if let a = expansions[token.range.lowerBound] {
                        for id in ids(a.expansion) { terms.append(Term(id: id, range: a.range)) }
                    } else {
                        for id in ids(token.normalized) { terms.append(Term(id: id, range: token.range)) }
                    }
                }
            }
            sentences.append(terms)
        }
        self.sentences = sentences
    }
}
