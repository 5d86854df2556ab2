/// The trigger, pseudo-trigger and terminator phrases, compiled into a token-sequence matcher: a dictionary from a
/// phrase's first token to its candidate phrases, longest first.
public struct TriggerLexicon: Sendable {
    /// A compiled phrase and its rules (one phrase can be, say, a forward and a backward trigger).
    struct Entry: Sendable {
        var tokens: [String]
        var rules: [TriggerRule]
    }

    /// The rules, after merging.
    public let rules: [TriggerRule]
    let entries: [Entry]
    /// First token → indices into `entries`, longest phrase first.
    let byFirstToken: [String: [Int]]
    /// The longest phrase in tokens.
    let maxPhraseLength: Int

    /// Compiles the rules. Rules for the same phrase accumulate, except that a later rule replaces an earlier one
    /// of the same kind (trigger of the same status and direction, pseudo, terminator).
    /// - Complexity: O(*r*·log *r*) in the number of rules.
    public init(_ rules: [TriggerRule]) {
        var seen: [String: Int] = [:]
        var entries: [Entry] = []
        func sameKind(_ a: TriggerRule.Role, _ b: TriggerRule.Role) -> Bool {
            switch (a, b) {
            case (.trigger(let s1, let d1), .trigger(let s2, let d2)): s1 == s2 && d1 == d2
            case (.pseudo, .pseudo), (.terminator, .terminator): true
            default: false
            }
        }
        for rule in rules {
            let tokens = Tokenizer.tokens(rule.phrase).map(\.normalized)
            guard !tokens.isEmpty else { continue }
            let key = tokens.joined(separator: " ")
            if let at = seen[key] {
                entries[at].rules.removeAll { sameKind($0.role, rule.role) }
                entries[at].rules.append(rule)
            } else {
                seen[key] = entries.count
                entries.append(Entry(tokens: tokens, rules: [rule]))
            }
        }
        var index: [String: [Int]] = [:]
        for (i, e) in entries.enumerated() { index[e.tokens[0], default: []].append(i) }
        for key in index.keys { index[key]!.sort { entries[$0].tokens.count > entries[$1].tokens.count } }
        self.rules = entries.flatMap(\.rules)
        self.entries = entries
        self.byFirstToken = index
        self.maxPhraseLength = entries.map(\.tokens.count).max() ?? 1
    }

    /// The longest entry matching at token `i` (an index into `tokens`' base) that ends by `end` and stays clear of
    /// the tokens in `avoid`, if any.
    @inline(__always)
    func match(_ tokens: [Token], at i: Int, end: Int, avoid: Range<Int>) -> Int? {
        guard let candidates = byFirstToken[tokens[i].normalized] else { return nil }
        for c in candidates {
            let phrase = entries[c].tokens
            let last = i + phrase.count
            guard last <= end else { continue }
            if i < avoid.upperBound && last > avoid.lowerBound { continue }
            var k = 1
            while k < phrase.count && tokens[i + k].normalized == phrase[k] { k += 1 }
            if k == phrase.count { return c }
        }
        return nil
    }

    /// How many rules of each kind: statuses by name, plus `pseudo` and `terminator`.
    public var counts: [String: Int] {
        var counts: [String: Int] = [:]
        for r in rules {
            switch r.role {
            case .trigger(let s, _): counts[s.rawValue, default: 0] += 1
            case .pseudo: counts["pseudo", default: 0] += 1
            case .terminator: counts["terminator", default: 0] += 1
            }
        }
        return counts
    }
}
