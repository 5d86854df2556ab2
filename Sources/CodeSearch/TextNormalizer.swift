import Foundation

/// Turns text into search tokens: lower case, diacritics folded, split on anything that is not a letter or digit,
/// light stemming (plurals, `-ed`, `-ing`, final `e`) so `fractures`, `fractured` and `fracture` meet.
///
/// ASCII text takes a byte-level fast path; other text is folded with Foundation first.
public enum TextNormalizer {
    /// Words that carry no meaning for look-up.
    static let stopwords: Set<String> = [
        "a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "by", "at", "as", "is", "are", "be", "from",
        "into", "than", "that", "this", "its", "his", "her", "other than", "nec",
    ]

    /// The lower-case ASCII words of the text, without stemming; `/` and `-` inside a word are kept when
    /// `keepJoiners` is set (for abbreviations such as `s/p`, `a-fib`).
    public static func words(_ text: String, keepJoiners: Bool = false) -> [String] {
        let folded = fold(text)
        var words: [String] = []
        var current: [UInt8] = []
        current.reserveCapacity(16)
        let bytes = Array(folded.utf8)
        var skip = 0
        for (i, b) in bytes.enumerated() {
            if skip > 0 {
                skip -= 1
                continue
            }
            // a possessive (`Parkinson's disease`, `Crohn’s`) is the name itself: clinicians write `Parkinson disease`
            if !current.isEmpty, let s = possessive(bytes, at: i) {
                words.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
                skip = s - 1
                continue
            }
            let lower: UInt8? =
                switch b {
                case 65...90: b + 32
                case 97...122, 48...57: b
                case UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "'"):
                    keepJoiners && !current.isEmpty && i + 1 < bytes.count && isAlnum(bytes[i + 1]) ? b : nil
                default: nil
                }
            if let lower {
                current.append(lower)
            } else if !current.isEmpty {
                words.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    /// The length of a possessive ending (`'s`, `’s`) that starts at `i` and ends the word, or nil.
    @inline(__always)
    static func possessive(_ bytes: [UInt8], at i: Int) -> Int? {
        let quote: Int
        if bytes[i] == UInt8(ascii: "'") {
            quote = 1
        } else if bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 {
            quote = 3
        } else {
            return nil
        }
        let s = i + quote
        guard s < bytes.count, bytes[s] == UInt8(ascii: "s") || bytes[s] == UInt8(ascii: "S") else { return nil }
        if s + 1 < bytes.count, isAlnum(bytes[s + 1]) { return nil }
        return quote + 1
    }

    /// The search tokens of the text: words, stop words removed, stemmed.
    public static func tokens(_ text: String) -> [String] {
        words(text).compactMap { stopwords.contains($0) ? nil : stem($0) }
    }

    static func isAlnum(_ b: UInt8) -> Bool { (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) }

    /// Folds diacritics and odd characters to ASCII where the text is not ASCII already.
    static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 128 }) { return text }
        return text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
    }

    /// A light stemmer for clinical English.
    public static func stem(_ word: String) -> String {
        var copy = word
        return copy.withUTF8 { utf8 -> String in
            let n = utf8.count
            guard n > 3, n <= 64 else { return word }
            for b in utf8 where b < 97 || b > 122 { return word }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n + 1) { buffer -> String in
                var count = n
                for i in 0..<n { buffer[i] = utf8[i] }
                func ends(_ suffix: StaticString) -> Bool {
                    let m = suffix.utf8CodeUnitCount
                    guard count > m else { return false }
                    let p = suffix.utf8Start
                    for i in 0..<m where buffer[count - m + i] != p[i] { return false }
                    return true
                }
                // plurals
                if ends("ies") && count > 4 {
                    count -= 3
                    buffer[count] = UInt8(ascii: "y")
                    count += 1
                } else if ends("sses") || ends("xes") || ends("ches") || ends("shes") || ends("zes") {
                    count -= 2
                } else if ends("s") && !ends("ss") && !ends("us") && !ends("is") && !ends("as") {
                    count -= 1
                }
                // verb endings
                if count > 5 && ends("ing") {
                    count -= 3
                } else if count > 4 && ends("ed") && !ends("eed") {
                    count -= 2
                }
                if count > 4 && buffer[count - 1] == UInt8(ascii: "e") { count -= 1 }
                if count > 4 && buffer[count - 1] == UInt8(ascii: "y") { count -= 1 }
                return String(decoding: UnsafeBufferPointer(rebasing: buffer[0..<count]), as: UTF8.self)
            }
        }
    }
}
