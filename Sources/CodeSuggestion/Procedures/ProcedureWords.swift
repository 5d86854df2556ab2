import NoteAnalysis

/// A word of a sentence as the procedure lexicon reads it: lower case, hyphenated and slashed words split into their
/// parts (`thoraco-abdominal` → `thoraco`, `abdominal`; `X-ray` → `x`, `ray`), with its UTF-8 byte range.
struct ProcedureWord: Sendable, Hashable {
    var text: String
    var range: Range<Int>

    /// The words of one sentence, punctuation kept as one-character words.
    static func words(of sentence: Sentence, in note: ClinicalNote) -> [ProcedureWord] {
        var words: [ProcedureWord] = []
        for token in note.tokens(of: sentence) {
            var text = token.normalized
            var range = token.range
            if text.hasSuffix("'s") || text.hasSuffix("’s") {
                let cut = text.hasSuffix("'s") ? 2 : 4
                text = String(text.dropLast(2))
                range = range.lowerBound..<max(range.lowerBound, range.upperBound - cut)
            }
            let bytes = Array(text.utf8)
            // Split only where the lower-cased text has the same bytes as the note, so offsets stay exact.
            guard token.kind == .word, bytes.count == range.count, bytes.contains(where: isJoiner) else {
                words.append(ProcedureWord(text: text, range: range))
                continue
            }
            var start = 0
            for i in 0...bytes.count where i == bytes.count || isJoiner(bytes[i]) {
                if i > start {
                    let piece = String(decoding: bytes[start..<i], as: UTF8.self)
                    words.append(ProcedureWord(text: piece, range: (range.lowerBound + start)..<(range.lowerBound + i)))
                }
                start = i + 1
            }
        }
        return words
    }

    /// Splits a lexicon phrase the way `words(of:in:)` splits a note.
    static func split(_ phrase: String) -> [String] {
        phrase.lowercased().split { $0 == " " || $0 == "-" || $0 == "/" }.map(String.init)
    }

    private static func isJoiner(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/") }
}

/// Phrases of a few words looked up at every word of a sentence, longest first.
struct PhraseTable<Value: Sendable>: Sendable {
    private var entries: [String: [(words: [String], value: Value)]] = [:]

    init(_ pairs: [(String, Value)]) {
        for (phrase, value) in pairs {
            let words = ProcedureWord.split(phrase)
            guard let first = words.first else { continue }
            entries[first, default: []].append((words, value))
        }
        for key in entries.keys { entries[key]?.sort { $0.words.count > $1.words.count } }
    }

    /// The longest phrase starting at word `i`: its value and the number of words it covers.
    func match(_ words: [ProcedureWord], at i: Int) -> (value: Value, count: Int)? {
        guard words.indices.contains(i), let candidates = entries[words[i].text] else { return nil }
        for candidate in candidates where i + candidate.words.count <= words.count {
            if zip(candidate.words, words[i...]).allSatisfy({ $0 == $1.text }) {
                return (candidate.value, candidate.words.count)
            }
        }
        return nil
    }

    /// Every non-overlapping match in the words, left to right, longest first.
    func matches(in words: [ProcedureWord]) -> [(value: Value, range: Range<Int>)] {
        var found: [(Value, Range<Int>)] = []
        var i = 0
        while i < words.count {
            if let m = match(words, at: i) {
                found.append((m.value, i..<(i + m.count)))
                i += m.count
            } else {
                i += 1
            }
        }
        return found
    }
}
