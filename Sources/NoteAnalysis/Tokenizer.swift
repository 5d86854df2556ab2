/// Splits UTF-8 text into tokens with byte offsets.
///
/// ASCII bytes are classified by table; a non-ASCII scalar is decoded and classified by its Unicode properties
/// (letters and digits join words, `–`, `º`-like symbols and other punctuation stand alone, odd spaces separate).
public enum Tokenizer {
    /// The tokens of `bytes[range]`.
    /// - Complexity: O(*n*) in the length of the range.
    public static func tokens(_ bytes: [UInt8], in range: Range<Int>? = nil) -> [Token] {
        var out: [Token] = []
        let range = range ?? 0..<bytes.count
        out.reserveCapacity(range.count / 5)
        bytes.withUnsafeBufferPointer { buffer in
            scan(buffer, range) { out.append($0) }
        }
        return out
    }

    /// The tokens of a string (used to compile trigger phrases with the same rules as notes).
    public static func tokens(_ text: String) -> [Token] { tokens(Array(text.utf8)) }

    enum CharClass { case letter, digit, space, punct }

    /// The class of the character starting at `i` and its length in bytes.
    @inline(__always)
    static func classify(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (CharClass, Int) {
        let c = b[i]
        if c < 0x80 {
            switch c {
            case 97...122, 65...90: return (.letter, 1)
            case 48...57: return (.digit, 1)
            case 32, 9, 10, 11, 12, 13: return (.space, 1)
            default: return (.punct, 1)
            }
        }
        // Decode one scalar; input is valid UTF-8 (checked by NoteReader or guaranteed by String).
        let length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1
        guard i + length <= end else { return (.punct, end - i) }
        var value: UInt32
        switch length {
        case 2: value = UInt32(c & 0x1F)
        case 3: value = UInt32(c & 0x0F)
        case 4: value = UInt32(c & 0x07)
        default: return (.punct, 1)
        }
        for k in 1..<length { value = value << 6 | UInt32(b[i + k] & 0x3F) }
        guard let scalar = Unicode.Scalar(value) else { return (.punct, length) }
        let p = scalar.properties
        if p.isWhitespace || value == 0xFEFF || value == 0x200B { return (.space, length) }
        switch p.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .nonspacingMark, .spacingMark:
            return (.letter, length)
        // `º` and `ª` are "other letters" but act as symbols in clinical text (`40º`, `1ª`).
        case .otherLetter: return (value == 0xBA || value == 0xAA ? .punct : .letter, length)
        case .decimalNumber: return (.digit, length)
        default: return (.punct, length)
        }
    }

    static func scan(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ emit: (Token) -> Void) {
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let (cls, len) = classify(b, i, end)
            switch cls {
            case .space:
                i += len
            case .punct:
                emit(makeToken(b, i..<(i + len), .punctuation))
                i += len
            case .letter, .digit:
                let start = i
                var hasLetter = cls == .letter
                i += len
                while i < end {
                    let (c2, l2) = classify(b, i, end)
                    if c2 == .letter || c2 == .digit {
                        if c2 == .letter { hasLetter = true }
                        i += l2
                        continue
                    }
                    // Inner joiners: `s/p`, `x-ray`, `2.5`, `14,610`, `patient's` — only between letters or digits.
                    if c2 == .punct && l2 == 1 && i + 1 < end {
                        let j = b[i]
                        let isJoiner: Bool
                        switch j {
                        case UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "'"), UInt8(ascii: "&"): isJoiner = true
                        case UInt8(ascii: "."), UInt8(ascii: ","):
                            // decimals and thousands only: digit on both sides
                            isJoiner = isDigit(b[i - 1]) && isDigit(b[i + 1])
                        default: isJoiner = false
                        }
                        if isJoiner {
                            let (c3, _) = classify(b, i + 1, end)
                            if c3 == .letter || c3 == .digit {
                                i += 1
                                continue
                            }
                        }
                    }
                    break
                }
                emit(makeToken(b, start..<i, hasLetter ? .word : .number))
            }
        }
    }

    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }

    static func makeToken(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, _ kind: Token.Kind) -> Token {
        var ascii = true
        var upper = true
        var anyLetter = false
        for k in r {
            let c = b[k]
            if c >= 0x80 {
                ascii = false
                break
            }
            if c >= 97 && c <= 122 {
                upper = false
                anyLetter = true
            } else if c >= 65 && c <= 90 {
                anyLetter = true
            }
        }
        let first = b[r.lowerBound]
        if ascii {
            let normalized = String(unsafeUninitializedCapacity: r.count) { out in
                for (n, k) in r.enumerated() {
                    let c = b[k]
                    out[n] = c >= 65 && c <= 90 ? c + 32 : c
                }
                return r.count
            }
            return Token(
                range: r, kind: kind, normalized: normalized, isUpperCase: upper && anyLetter,
                isCapitalized: first >= 65 && first <= 90)
        }
        let original = String(decoding: UnsafeBufferPointer(rebasing: b[r]), as: UTF8.self)
        let lower = original.lowercased()
        let isUpper = original != lower && original.uppercased() == original
        let isCap = original.unicodeScalars.first.map { $0.properties.isUppercase } ?? false
        return Token(range: r, kind: kind, normalized: lower, isUpperCase: isUpper, isCapitalized: isCap)
    }
}
