import NoteAnalysis
import Terminology

/// Learns which phrases coders turn into which codes, from notes and the codes assigned to them.
///
/// Each code of a note is aligned to the one phrase of that note (1 to `maxWords` search tokens within a sentence)
/// that is most strongly associated with it over all the notes (Dice coefficient of the notes that contain the phrase
/// and the notes coded with the code; ties go to the longer phrase). A phrase becomes a rule for a code when it was
/// aligned to it in at least `minimumAligned` notes; the rule's precision is the share of the notes containing the
/// phrase in which it was aligned to the code.
public struct PhraseLearner: Sendable {
    public var maxWords: Int
    public var minimumAligned: Int
    public var minimumPrecision: Double
    /// Phrases whose association with the code is at least this share of the best one's are aligned too.
    public var nearBest: Double

    public init(maxWords: Int = 4, minimumAligned: Int = 2, minimumPrecision: Double = 0.2, nearBest: Double = 1) {
        self.maxWords = maxWords
        self.nearBest = nearBest
        self.minimumAligned = minimumAligned
        self.minimumPrecision = minimumPrecision
    }

    public struct CodedNote: Sendable {
        public var text: String
        public var codes: [(system: CodeSystem, code: String)]
        public init(text: String, codes: [(system: CodeSystem, code: String)]) {
            self.text = text
            self.codes = codes
        }
    }

    public func learn(_ notes: [CodedNote], source: String) -> PhraseModel {
        var vocabulary = Vocabulary()
        var gramIDs: [[Int32]: Int32] = [:]
        var grams: [[Int32]] = []
        var codeIDs: [String: Int32] = [:]
        var codes: [(CodeSystem, String)] = []
        var docGrams: [[Int32]] = []
        var docCodes: [[Int32]] = []
        var gramDocs: [Int32] = []
        var codeDocs: [Int32] = []
        for note in notes {
            let clinical = ClinicalNote(text: note.text)
            let stream = TermStream(
                note: clinical, abbreviations: AbbreviationExpander.standard.abbreviations(in: clinical),
                lookup: { vocabulary.intern($0) })
            var seen = Set<Int32>()
            for terms in stream.sentences {
                for start in terms.indices where terms[start].id >= 0 {
                    var key: [Int32] = []
                    for end in start..<min(terms.count, start + maxWords) {
                        guard terms[end].id >= 0 else { break }
                        key.append(terms[end].id)
                        let g: Int32
                        if let known = gramIDs[key] {
                            g = known
                        } else {
                            g = Int32(grams.count)
                            gramIDs[key] = g
                            grams.append(key)
                            gramDocs.append(0)
                        }
                        seen.insert(g)
                    }
                }
            }
            for g in seen { gramDocs[Int(g)] += 1 }
            docGrams.append(Array(seen))
            var cs = Set<Int32>()
            for (system, code) in note.codes {
                let key = "\(system.rawValue) \(code)"
                let c: Int32
                if let known = codeIDs[key] {
                    c = known
                } else {
                    c = Int32(codes.count)
                    codeIDs[key] = c
                    codes.append((system, code))
                    codeDocs.append(0)
                }
                cs.insert(c)
            }
            for c in cs { codeDocs[Int(c)] += 1 }
            docCodes.append(Array(cs))
        }
        @inline(__always) func pair(_ g: Int32, _ c: Int32) -> UInt64 { UInt64(UInt32(g)) << 32 | UInt64(UInt32(c)) }
        var together: [UInt64: Int32] = [:]
        for (gs, cs) in zip(docGrams, docCodes) {
            for g in gs { for c in cs { together[pair(g, c), default: 0] += 1 } }
        }
        var aligned: [UInt64: Int32] = [:]
        var scores: [(g: Int32, score: Double)] = []
        for (gs, cs) in zip(docGrams, docCodes) {
            for c in cs {
                scores.removeAll(keepingCapacity: true)
                var best = 0.0
                for g in gs {
                    let both = Double(together[pair(g, c)] ?? 0)
                    let score = 2 * both / Double(gramDocs[Int(g)] + codeDocs[Int(c)])
                    scores.append((g, score))
                    best = max(best, score)
                }
                guard best > 0 else { continue }
                // the best phrase, and those nearly as good (other wordings of the same finding)
                for (g, score) in scores where score >= best * nearBest { aligned[pair(g, c), default: 0] += 1 }
            }
        }
        var rows: [PhraseModel.Row] = []
        for (key, count) in aligned where count >= minimumAligned {
            let g = Int32(truncatingIfNeeded: key >> 32)
            let c = Int32(truncatingIfNeeded: key & 0xFFFF_FFFF)
            let occurrences = Int(gramDocs[Int(g)])
            guard Double(count) / Double(occurrences) >= minimumPrecision else { continue }
            let words = grams[Int(g)].map { vocabulary.word($0) }
            guard Self.isFinding(words) else { continue }
            let phrase = words.joined(separator: " ")
            rows.append(
                PhraseModel.Row(
                    phrase: phrase, system: codes[Int(c)].0, code: codes[Int(c)].1, aligned: Int(count),
                    occurrences: occurrences))
        }
        return PhraseModel(rows: rows, source: source)
    }

    /// Words that cannot begin or end the name of a finding: connectives, pronouns, auxiliaries, the words of time and
    /// quantity, and the patient (`with testicular`, `who after`, `glomeruli were`, `every 2`, `patient was intubated`).
    static let connectives: Set<String> = [
        "with", "without", "who", "whom", "which", "that", "after", "before", "later", "every", "each", "were", "was",
        "had", "has", "have", "he", "she", "it", "they", "him", "them", "their", "there", "then", "when", "where",
        "while", "also", "not", "no", "due", "since", "until", "during", "per", "about", "some", "any", "all", "both",
        "patient", "month", "day", "week", "year", "hour", "time", "mg", "ml", "mm", "cm", "l", "g", "kg", "dl",
        "required", "requir", "came", "present", "rul", "rule", "show", "shown", "observ", "perform", "verifi",
        "a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "by", "at", "as", "is", "are", "be", "from",
        "into",
    ]

    /// Whether a phrase can name a finding: it begins and ends with a word of meaning, and does not begin with a number
    /// (`1 000 cc`, `13 months`, `109/l`); `type 2 diabetes` keeps its number inside.
    static func isFinding(_ words: [String]) -> Bool {
        guard let first = words.first, let last = words.last else { return false }
        if first.allSatisfy(\.isNumber) { return false }
        return !connectives.contains(first) && !connectives.contains(last)
    }
}
