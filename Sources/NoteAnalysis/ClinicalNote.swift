/// A sentence of a note: its byte range, its tokens and the section it belongs to.
public struct Sentence: Sendable, Hashable {
    /// The sentence's UTF-8 byte range in the note.
    public var range: Range<Int>
    /// The indices of its tokens in `ClinicalNote.tokens`.
    public var tokenRange: Range<Int>
    /// The index of its section in `ClinicalNote.sections`.
    public var section: Int

    public init(range: Range<Int>, tokenRange: Range<Int>, section: Int) {
        self.range = range
        self.tokenRange = tokenRange
        self.section = section
    }
}

/// A clinical note read into sections, sentences and tokens, all addressed by UTF-8 byte offsets of the input.
///
/// Build one with `ClinicalNote(text:)` for text already in memory, or `NoteReader.read(_:)` for bytes from a file
/// or request (which checks them first).
public struct ClinicalNote: Sendable {
    /// The note's text.
    public let text: String
    /// The note's UTF-8 bytes; every range in the note indexes these.
    public let utf8: [UInt8]
    /// Every token, in order.
    public let tokens: [Token]
    /// The sections in order; a note without headers is one `.unlabeled` section.
    public let sections: [Section]
    /// The sentences in order; no sentence crosses a section boundary.
    public let sentences: [Sentence]

    /// Reads a note from text.
    /// - Complexity: O(*n*) in the text's length.
    public init(text: String) {
        self.init(validated: Array(text.utf8), text: text)
    }

    init(validated bytes: [UInt8], text: String? = nil) {
        self.utf8 = bytes
        self.text = text ?? String(decoding: bytes, as: UTF8.self)
        let tokens = Tokenizer.tokens(bytes)
        self.tokens = tokens
        let sections = SectionDetector.sections(bytes)
        self.sections = sections
        self.sentences = SentenceSplitter.sentences(bytes, tokens: tokens, sections: sections)
    }

    /// The text of a byte range of the note.
    public subscript(range: Range<Int>) -> String {
        let r = max(0, range.lowerBound)..<min(utf8.count, max(range.lowerBound, range.upperBound))
        return String(decoding: utf8[r], as: UTF8.self)
    }

    /// The section a sentence belongs to.
    public func section(of sentence: Sentence) -> Section { sections[sentence.section] }

    /// The tokens of a sentence.
    public func tokens(of sentence: Sentence) -> ArraySlice<Token> { tokens[sentence.tokenRange] }

    /// The index of the sentence holding the byte, if any.
    /// - Complexity: O(log *s*) in the number of sentences.
    public func sentenceIndex(containing byte: Int) -> Int? {
        var lo = 0
        var hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentences[mid].range.upperBound <= byte { lo = mid + 1 } else { hi = mid }
        }
        return lo < sentences.count && sentences[lo].range.contains(byte) ? lo : nil
    }

    /// The index of the first token that ends after `byte`.
    /// - Complexity: O(log *t*).
    public func tokenIndex(atOrAfter byte: Int) -> Int {
        var lo = 0
        var hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].range.upperBound <= byte { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Every place the phrase occurs as a whole-token sequence, case-insensitively (`"heart failure"` finds
    /// `Heart Failure` but not `heart failures`), as byte ranges.
    /// - Complexity: O(*t*) in the number of tokens.
    public func mentions(of phrase: String) -> [Range<Int>] {
        let wanted = Tokenizer.tokens(phrase).map(\.normalized)
        guard let first = wanted.first else { return [] }
        var found: [Range<Int>] = []
        var i = 0
        while i + wanted.count <= tokens.count {
            if tokens[i].normalized == first {
                var k = 1
                while k < wanted.count && tokens[i + k].normalized == wanted[k] { k += 1 }
                if k == wanted.count {
                    found.append(tokens[i].range.lowerBound..<tokens[i + k - 1].range.upperBound)
                    i += k
                    continue
                }
            }
            i += 1
        }
        return found
    }
}
