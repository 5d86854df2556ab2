/// Finds the code references inside the text of an instructional note.
///
/// References are written in parentheses or brackets: `(I82.4Z-)`, `(K50-K52)`, `(O00-O07, O08.8)`, `(Z16.-)`.
/// Words outside parentheses are never read as codes (so `vitamin B12` is not a reference).
public enum CodeReferenceParser {
    /// The references in the text, in the order written.
    public static func references(in text: String) -> [CodeReference] {
        let bytes = Array(text.utf8)
        var result: [CodeReference] = []
        var depth = 0
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "(") || b == UInt8(ascii: "[") {
                depth += 1
                i += 1
                continue
            }
            if b == UInt8(ascii: ")") || b == UInt8(ascii: "]") {
                depth = max(0, depth - 1)
                i += 1
                continue
            }
            if depth > 0, isUpper(b), i == 0 || !isAlnum(bytes[i - 1]), let (token, end) = codeToken(bytes, at: i) {
                var reference = CodeReference(first: token.code)
                var j = end
                if j < bytes.count, bytes[j] == UInt8(ascii: "-") {
                    if j + 1 < bytes.count, isUpper(bytes[j + 1]), let (second, end2) = codeToken(bytes, at: j + 1) {
                        reference.last = second.code
                        j = end2
                        if j < bytes.count, bytes[j] == UInt8(ascii: "-") {
                            j += 1
                        }
                    } else {
                        reference.needsMoreCharacters = true
                        j += 1
                    }
                } else if token.endsWithDot {
                    reference.needsMoreCharacters = true
                }
                result.append(reference)
                i = j
                continue
            }
            i += 1
        }
        return result
    }

    private static func isUpper(_ b: UInt8) -> Bool { b >= 65 && b <= 90 }
    private static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
    private static func isAlnum(_ b: UInt8) -> Bool { isUpper(b) || isDigit(b) || (b >= 97 && b <= 122) }

    /// A code at `start`: letter, digit, digit-or-letter, then optionally a dot and up to four characters.
    private static func codeToken(_ bytes: [UInt8], at start: Int) -> ((code: String, endsWithDot: Bool), Int)? {
        guard start + 2 < bytes.count, isUpper(bytes[start]), isDigit(bytes[start + 1]),
            isDigit(bytes[start + 2]) || isUpper(bytes[start + 2])
        else { return nil }
        var j = start + 3
        var code = Array(bytes[start..<j])
        var endsWithDot = false
        if j < bytes.count, bytes[j] == UInt8(ascii: ".") {
            j += 1
            endsWithDot = true
            while j < bytes.count, isDigit(bytes[j]) || isUpper(bytes[j]), code.count < 7 {
                code.append(bytes[j])
                endsWithDot = false
                j += 1
            }
        }
        if j < bytes.count, isAlnum(bytes[j]) { return nil }
        return ((String(decoding: code, as: UTF8.self), endsWithDot), j)
    }
}
