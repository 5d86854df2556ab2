/// Finds section headers line by line: upper or title case, with or without a colon, numbered (`1.`, `II.`, `A)`),
/// bulleted, abbreviated (`HPI`, `PMH`, `A/P`), or followed by text on the same line (`HPI: 67 yo M with…`).
enum SectionDetector {
    /// A header found on a line.
    struct Header {
        var kind: SectionKind
        var range: Range<Int>
        var bodyStart: Int
    }

    /// The note's sections; text before the first header (if any) is an `.unlabeled` section.
    /// - Complexity: O(*n*) in the note's length.
    static func sections(_ b: [UInt8]) -> [Section] {
        var headers: [Header] = []
        var lineStart = 0
        let n = b.count
        while lineStart < n {
            var lineEnd = lineStart
            while lineEnd < n && b[lineEnd] != 10 { lineEnd += 1 }
            if let h = header(b, lineStart..<lineEnd) { headers.append(h) }
            lineStart = lineEnd + 1
        }
        guard !headers.isEmpty else { return [Section(kind: .unlabeled, headerRange: nil, bodyRange: 0..<n)] }
        var sections: [Section] = []
        if hasText(b, 0..<headers[0].range.lowerBound) {
            sections.append(Section(kind: .unlabeled, headerRange: nil, bodyRange: 0..<headers[0].range.lowerBound))
        }
        for (k, h) in headers.enumerated() {
            let end = k + 1 < headers.count ? headers[k + 1].range.lowerBound : n
            sections.append(Section(kind: h.kind, headerRange: h.range, bodyRange: min(h.bodyStart, end)..<end))
        }
        return sections
    }

    static func hasText(_ b: [UInt8], _ r: Range<Int>) -> Bool {
        r.contains { !isSpace(b[$0]) }
    }

    @inline(__always) static func isSpace(_ c: UInt8) -> Bool { c == 32 || (c >= 9 && c <= 13) }
    @inline(__always) static func isUpper(_ c: UInt8) -> Bool { c >= 65 && c <= 90 }
    @inline(__always) static func isLower(_ c: UInt8) -> Bool { c >= 97 && c <= 122 }
    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }

    /// The header at the start of the line, if any.
    static func header(_ b: [UInt8], _ line: Range<Int>) -> Header? {
        var i = line.lowerBound
        let end = line.upperBound
        while i < end && isSpace(b[i]) { i += 1 }
        guard i < end else { return nil }
        let start = i
        i = skipMarker(b, i, end)
        while i < end && isSpace(b[i]) { i += 1 }
        guard i < end, !isDigit(b[i]) else { return nil }
        let contentStart = i
        // "Header: text" — the text before the first colon names a header.
        let limit = min(end, contentStart + SectionHeaders.maxLength + 1)
        var colon = contentStart
        while colon < limit && b[colon] != UInt8(ascii: ":") { colon += 1 }
        if colon < limit {
            if let kind = SectionHeaders.table[SectionHeaders.normalize(b[contentStart..<colon])] {
                return Header(kind: kind, range: start..<(colon + 1), bodyStart: colon + 1)
            }
            return nil
        }
        // A header alone on its line, no colon ("HISTORY OF PRESENT ILLNESS", "Brief Hospital Course").
        var last = end
        while last > contentStart && (isSpace(b[last - 1]) || b[last - 1] == UInt8(ascii: "-")) { last -= 1 }
        if last - contentStart <= SectionHeaders.maxLength,
            let kind = SectionHeaders.table[SectionHeaders.normalize(b[contentStart..<last])]
        {
            // A single lower-case word alone on a line is text, not a header ("exam" in a wrapped sentence).
            if isUpper(b[contentStart]) { return Header(kind: kind, range: start..<last, bodyStart: end) }
            return nil
        }
        // An upper-case header of two words or more, followed by text: "HISTORY OF PRESENT ILLNESS The patient…".
        return upperCasePrefixHeader(b, start, contentStart, end)
    }

    /// Skips a list marker: `1.`, `12)`, `IV.`, `A.`, `a)`, `-`, `*`, `#`, `•`.
    static func skipMarker(_ b: [UInt8], _ i: Int, _ end: Int) -> Int {
        var j = i
        if b[j] == UInt8(ascii: "-") || b[j] == UInt8(ascii: "*") || b[j] == UInt8(ascii: "#") {
            while j < end && (b[j] == UInt8(ascii: "-") || b[j] == UInt8(ascii: "*") || b[j] == UInt8(ascii: "#")) {
                j += 1
            }
            return j
        }
        if j + 2 < end && b[j] == 0xE2 && b[j + 1] == 0x80 && b[j + 2] == 0xA2 { return j + 3 }  // •
        var k = j
        while k < end && isDigit(b[k]) { k += 1 }
        if k == j {
            // Roman numerals or a single letter, then "." or ")" and a space.
            while k < end && k - j < 5 && "IVXivx".utf8.contains(b[k]) { k += 1 }
            if k == j && k < end && (isUpper(b[k]) || isLower(b[k])) { k += 1 }
        }
        if k > j && k < end && (b[k] == UInt8(ascii: ".") || b[k] == UInt8(ascii: ")")) && k + 1 < end
            && isSpace(b[k + 1])
        {
            j = k + 1
        }
        return j
    }

    static func upperCasePrefixHeader(_ b: [UInt8], _ start: Int, _ contentStart: Int, _ end: Int) -> Header? {
        // word ends of the leading upper-case words
        var wordEnds: [Int] = []
        var i = contentStart
        while i < end && wordEnds.count < 7 {
            let ws = i
            while i < end && (isUpper(b[i]) || b[i] == UInt8(ascii: "/") || b[i] == UInt8(ascii: "&")) { i += 1 }
            if i == ws || (i < end && !isSpace(b[i]) && b[i] != UInt8(ascii: "-")) { break }
            wordEnds.append(i)
            while i < end && (isSpace(b[i]) || b[i] == UInt8(ascii: "-")) { i += 1 }
        }
        guard wordEnds.count >= 2 else { return nil }
        for w in stride(from: wordEnds.count - 1, through: 1, by: -1) {
            if let kind = SectionHeaders.table[SectionHeaders.normalize(b[contentStart..<wordEnds[w]])] {
                var body = wordEnds[w]
                while body < end && (isSpace(b[body]) || b[body] == UInt8(ascii: "-")) { body += 1 }
                guard body < end else { return Header(kind: kind, range: start..<wordEnds[w], bodyStart: end) }
                return Header(kind: kind, range: start..<wordEnds[w], bodyStart: body)
            }
        }
        return nil
    }
}
