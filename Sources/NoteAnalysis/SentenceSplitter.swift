/// Splits each section's text into sentences.
///
/// A sentence ends at `.`, `!` or `?` followed by space, except after titles and Latin abbreviations (`Dr.`,
/// `e.g.`, `vs.`), after a list number (`1.`), or before a lower-case word (`5 mg. daily`); decimals (`2.5`) are
/// single tokens and never split. A line break ends a sentence when a blank line follows, when the next line is a
/// list item or the current one is, when the line ends with `:` or `;`, or when the next line starts with a capital
/// or a digit and the line does not end with a word that carries on (`and`, `of`, `with`, a comma…).
enum SentenceSplitter {
    /// Words after which a period does not end a sentence.
    static let noBreakAfter: Set<String> = [
        "dr", "mr", "mrs", "ms", "st", "vs", "v", "e", "i", "g", "eg", "ie", "approx", "fig", "no", "nos", "inc", "jr",
        "sr", "prof", "ca", "cf", "al", "resp", "temp", "wt", "ht", "max", "min", "pt", "pts", "dx", "hx", "tx", "rx",
        "sx", "fx", "appt", "dept", "av", "ext", "mt", "q", "b", "t", "d", "h", "p", "b.i.d", "t.i.d",
    ]

    /// Words at the end of a line after which the next line carries on the same sentence.
    static let carriesOn: Set<String> = [
        ",", "and", "or", "of", "with", "without", "the", "a", "an", "to", "in", "for", "by", "on", "at", "from",
        "as", "is", "was", "were", "are", "be", "been", "has", "had", "have", "and/or", "-", "(", "/", "that", "which",
        "no", "not", "but", "than", "into", "due", "after", "before", "his", "her", "their", "this", "these", "very",
    ]

    @inline(__always) static func isSentenceEnd(_ t: Token) -> Bool {
        t.kind == .punctuation && (t.normalized == "." || t.normalized == "!" || t.normalized == "?")
    }

    static func sentences(_ b: [UInt8], tokens: [Token], sections: [Section]) -> [Sentence] {
        var out: [Sentence] = []
        out.reserveCapacity(tokens.count / 12 + sections.count)
        var t = 0
        for (s, section) in sections.enumerated() {
            let body = section.bodyRange
            while t < tokens.count && tokens[t].range.lowerBound < body.lowerBound { t += 1 }
            var first = t
            var lineFirst = t  // first token of the current line
            while t < tokens.count && tokens[t].range.upperBound <= body.upperBound {
                let token = tokens[t]
                let next = t + 1 < tokens.count && tokens[t + 1].range.upperBound <= body.upperBound ? t + 1 : nil
                var end = false
                if isSentenceEnd(token), let next {
                    let spaced = tokens[next].range.lowerBound > token.range.upperBound
                    end = spaced && periodEnds(tokens, t, next, lineFirst)
                    // "..." or "?!": end after the last of the run
                    if !spaced && isSentenceEnd(tokens[next]) { end = false }
                }
                if let next, !end, newlines(b, token.range.upperBound, tokens[next].range.lowerBound) > 0 {
                    end = lineBreakEnds(b, tokens, t, next, lineFirst)
                }
                if let next, newlines(b, token.range.upperBound, tokens[next].range.lowerBound) > 0 { lineFirst = next }
                if end || next == nil {
                    out.append(
                        Sentence(
                            range: tokens[first].range.lowerBound..<token.range.upperBound, tokenRange: first..<(t + 1),
                            section: s))
                    first = t + 1
                }
                t += 1
            }
            if first < t {
                out.append(
                    Sentence(
                        range: tokens[first].range.lowerBound..<tokens[t - 1].range.upperBound, tokenRange: first..<t,
                        section: s))
            }
        }
        return out
    }

    static func newlines(_ b: [UInt8], _ from: Int, _ to: Int) -> Int {
        var count = 0
        for i in from..<to where b[i] == 10 { count += 1 }
        return count
    }

    /// Whether the `.`/`!`/`?` at `t`, followed by token `next` after a space, ends the sentence.
    static func periodEnds(_ tokens: [Token], _ t: Int, _ next: Int, _ lineFirst: Int) -> Bool {
        let token = tokens[t]
        let following = tokens[next]
        guard token.normalized == "." else { return true }
        if t > 0 && tokens[t - 1].range.upperBound == token.range.lowerBound {
            let prev = tokens[t - 1]
            // "1. Hypertension": a list number at the start of its line
            if prev.kind == .number && t - 1 == lineFirst { return false }
            if noBreakAfter.contains(prev.normalized) {
                // "MS." (multiple sclerosis) ends a sentence, "Ms." does not; "no." only before a number
                if prev.isUpperCase && prev.normalized.utf8.count > 1 { return true }
                if prev.normalized == "no" { return following.kind != .number }
                return false
            }
            // "e.g." and "i.e." tokenise as e . g . — a single lower-case letter before the period
            if prev.kind == .word && prev.normalized.utf8.count == 1 && !prev.isUpperCase { return false }
        }
        // "5 mg. daily": a lower-case word goes on with the sentence
        if following.kind == .word, !following.isCapitalized, !following.isUpperCase,
            let c = following.normalized.utf8.first, c >= 97 && c <= 122
        {
            return false
        }
        return true
    }

    /// Whether the line break between tokens `t` and `next` ends the sentence.
    static func lineBreakEnds(_ b: [UInt8], _ tokens: [Token], _ t: Int, _ next: Int, _ lineFirst: Int) -> Bool {
        if newlines(b, tokens[t].range.upperBound, tokens[next].range.lowerBound) > 1 { return true }
        // a new list item starts a sentence; a list item wrapped onto the next line goes on (`Pneumonia\nruled out`)
        if isListMarker(tokens, next) { return true }
        let last = tokens[t]
        if last.normalized == ":" || last.normalized == ";" { return true }
        if carriesOn.contains(last.normalized) { return false }
        let following = tokens[next]
        return following.isCapitalized || following.isUpperCase || following.kind == .number
    }

    /// Whether the token at `i` starts a list item: `1.`, `2)`, `-`, `*`, `•`.
    static func isListMarker(_ tokens: [Token], _ i: Int) -> Bool {
        guard i < tokens.count else { return false }
        let t = tokens[i]
        if t.kind == .punctuation {
            return t.normalized == "-" || t.normalized == "*" || t.normalized == "•" || t.normalized == "#"
        }
        if t.kind == .number, i + 1 < tokens.count {
            let n = tokens[i + 1]
            return n.range.lowerBound == t.range.upperBound && (n.normalized == "." || n.normalized == ")")
        }
        return false
    }
}
