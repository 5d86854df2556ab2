import Foundation

/// Finds terms in an Alphabetic Index the way a coder does, and checks what they lead to in the Tabular List.
///
/// `failure heart systolic`: the main term is the longest run of leading words that names one (`Failure, failed`),
/// the other words are subterms, in any order, along one path (`heart` › `systolic`); the answer is the subtree of
/// the shortest path that holds them all, with the terms above it. Words that name no main term are looked for in
/// every term (`beta thalassemia` → `Thalassemia` › `beta`).
public struct IndexNavigator: Sendable {
    public let index: AlphabeticIndex
    public let tabular: TabularList?

    public init(index: AlphabeticIndex, tabular: TabularList?) {
        self.index = index
        self.tabular = tabular
    }

    /// What a code of the index is in the Tabular List.
    public struct CodeCheck: Sendable, Hashable, Codable {
        public enum Status: String, Sendable, Codable {
            /// A code valid for reporting.
            case valid
            /// Valid once its 7th character (and placeholder X) is added.
            case needsSeventhCharacter
            /// A heading: a code below it must be chosen.
            case heading
            /// Not in the Tabular List of the date.
            case notInTabular
        }

        public var code: String
        public var status: Status
        public var title: String?
        /// "Code first", "Use additional code" and "Code also" notes that apply to it, written or inherited.
        public var notes: [String]
    }

    /// One line of the answer: a term, with the code and the cross-references it gives.
    public struct Line: Sendable, Hashable, Codable {
        /// The entry's position in the index.
        public var entry: Int
        /// 0 for the main term.
        public var level: Int
        public var title: String
        /// The nonessential modifiers, as printed (`(acute) (chronic)`).
        public var modifiers: String
        public var code: String?
        public var check: CodeCheck?
        public var see: String?
        public var seeAlso: String?
        /// Where `see` leads: the path and code of the term it names, when found.
        public var seeTarget: String?
        /// A note printed with the term (`Note: heart failure stages A, B, C, and D …`).
        public var note: String?
        /// Whether the line is one of the terms asked for (not only above or below them).
        public var matched: Bool
    }

    /// One main term's answer.
    public struct Answer: Sendable, Hashable, Codable {
        public var mainTerm: String
        /// The path the words were found along (`Failure, failed › heart › systolic`).
        public var path: String
        public var lines: [Line]
    }

    /// The answers for the words, best first: at most `limit` main terms, `lineLimit` lines each.
    public func find(_ words: [String], limit: Int = 5, lineLimit: Int = 400) -> [Answer] {
        let words = words.flatMap { Self.tokens($0) }
        guard !words.isEmpty else { return [] }
        // the longest run of leading words naming a main term
        for count in stride(from: words.count, through: 1, by: -1) {
            let head = words[0..<count].joined(separator: " ")
            let entries = index.indices(matchingMainTerm: head)
            guard !entries.isEmpty else { continue }
            let rest = Array(words[count...])
            let starts = entries.filter { index.entries[$0].parent < 0 }
            let answers = starts.compactMap { answer(mainTerm: $0, rest: rest, lineLimit: lineLimit) }
            if !answers.isEmpty { return Array(answers.prefix(limit)) }
        }
        // terms anywhere holding every word: the shortest paths first
        var hits: [(entry: Int, length: Int)] = []
        for (i, entry) in index.entries.enumerated() where Self.covers(entry.path, words) {
            // the highest entry of a chain: its parent must not hold every word already
            if entry.parent >= 0, Self.covers(index.entries[Int(entry.parent)].path, words) { continue }
            hits.append((i, entry.path.count))
        }
        hits.sort { $0.length != $1.length ? $0.length < $1.length : $0.entry < $1.entry }
        return hits.prefix(limit).map { subtree(at: $0.entry, lineLimit: lineLimit) }
    }

    func answer(mainTerm start: Int, rest: [String], lineLimit: Int) -> Answer? {
        guard !rest.isEmpty else { return subtree(at: start, lineLimit: lineLimit) }
        let end = subtreeEnd(start)
        var best: Int?
        for i in (start + 1)..<end where Self.covers(Array(index.entries[i].path.dropFirst()), rest) {
            if best == nil || index.entries[i].path.count < index.entries[best!].path.count { best = i }
        }
        return best.map { subtree(at: $0, lineLimit: lineLimit) }
    }

    /// The entry's ancestors, the entry, and every term below it.
    func subtree(at root: Int, lineLimit: Int) -> Answer {
        var chain: [Int] = []
        var up = index.entries[root].parent
        while up >= 0 {
            chain.insert(Int(up), at: 0)
            up = index.entries[Int(up)].parent
        }
        var lines = chain.map { line($0, matched: false) }
        for i in root..<subtreeEnd(root) where lines.count < lineLimit {
            lines.append(line(i, matched: i == root))
        }
        let entry = index.entries[root]
        return Answer(mainTerm: entry.mainTerm, path: entry.path.joined(separator: " › "), lines: lines)
    }

    /// The position after the last term below `start`.
    func subtreeEnd(_ start: Int) -> Int {
        let level = index.entries[start].level
        var end = start + 1
        while end < index.entries.count && index.entries[end].level > level { end += 1 }
        return end
    }

    func line(_ i: Int, matched: Bool) -> Line {
        let e = index.entries[i]
        let modifier = e.modifiers[e.level]
        return Line(
            entry: i, level: e.level, title: e.title,
            modifiers: modifier.isEmpty || modifier.hasPrefix("(") ? modifier : "(\(modifier))",
            code: e.code, check: e.code.map { check($0) }, see: e.see, seeAlso: e.seeAlso,
            seeTarget: e.see.flatMap { follow($0) }, note: e.warning, matched: matched)
    }

    /// Where a cross-reference leads (`Disease, kidney, chronic`): the path and code of the term it names.
    public func follow(_ reference: String) -> String? {
        guard let at = entry(named: reference) else { return nil }
        let e = index.entries[at]
        let code = e.code ?? firstCode(below: at)
        return e.path.joined(separator: " › ") + (code.map { " → \($0)" } ?? "")
    }

    /// The entry a cross-reference names (`Disease, kidney, chronic`): its main term (which may hold a comma of its
    /// own, `Failure, failed`), then each subterm by its title, as deep as they are found.
    public func entry(named reference: String) -> Int? {
        let parts = reference.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty
        }
        for headCount in stride(from: parts.count, through: 1, by: -1) {
            let head = parts[0..<headCount].joined(separator: ", ")
            // the main terms of that name (`Fracture, traumatic` and `Fracture, pathological` for `Fracture`): the
            // first where the whole reference leads somewhere
            let starts = index.indices(matchingMainTerm: head).filter { index.entries[$0].parent < 0 }
            guard !starts.isEmpty else { continue }
            for start in starts {
                if let found = follow(Array(parts[headCount...]), from: start) { return found }
            }
            return nil
        }
        return nil
    }

    /// The subterm reached from an entry by a reference's further parts, or nil where it leads nowhere (a reference is
    /// not followed halfway).
    private func follow(_ parts: [String], from start: Int) -> Int? {
        var at = start
        for part in parts {
            // a subterm by its words, `NEC` aside (`drug` is `drug NEC`), else the first that starts with them
            let wanted = Self.tokens(part).filter { $0 != "nec" }
            var next: Int?
            var starting: Int?
            for i in (at + 1)..<subtreeEnd(at) where index.entries[i].parent == Int32(at) {
                let have = Self.tokens(index.entries[i].title).filter { $0 != "nec" }
                if have == wanted {
                    next = i
                    break
                }
                if starting == nil, have.starts(with: wanted) { starting = i }
            }
            guard let found = next ?? starting else { return nil }
            at = found
        }
        return at
    }

    func firstCode(below start: Int) -> String? {
        for i in (start + 1)..<subtreeEnd(start) where index.entries[i].code != nil { return index.entries[i].code }
        return nil
    }

    /// The code in the Tabular List: valid, needing a 7th character, a heading, or missing; with its notes that send
    /// the coder to another code.
    public func check(_ written: String) -> CodeCheck {
        let key = CodeFormat.normalize(written)
        guard let tabular, let i = tabular.index(of: key) else {
            return CodeCheck(code: written, status: .notInTabular, title: nil, notes: [])
        }
        let entry = tabular.entries[i]
        let status: CodeCheck.Status
        if entry.billable {
            status = .valid
        } else if entry.children.allSatisfy({ tabular.entries[Int($0)].kind == .extended }),
            tabular.applicableSeventhCharacters(for: i) != nil
        {
            status = .needsSeventhCharacter
        } else {
            status = .heading
        }
        let sending: Set<NoteKind> = [.codeFirst, .useAdditionalCode, .codeAlso]
        let notes = tabular.applicableNotes(for: i).filter { sending.contains($0.note.kind) }.map {
            "\($0.note.kind.heading) (at \($0.source)): \($0.note.text)"
        }
        return CodeCheck(code: written, status: status, title: entry.title, notes: notes)
    }

    /// Lower-case words of a text, without punctuation and without a plural `s`.
    static func tokens(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for ch in text.lowercased() {
            if ch.isLetter || ch.isNumber {
                current.append(ch)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words.map { $0.count > 3 && $0.hasSuffix("s") && !$0.hasSuffix("ss") ? String($0.dropLast()) : $0 }
    }

    /// Whether the levels hold every word (a word may be the start of a longer one: `diastol` in `diastolic`).
    static func covers(_ levels: [String], _ words: [String]) -> Bool {
        let have = levels.flatMap { tokens($0) }
        return words.allSatisfy { w in have.contains { $0 == w || ($0.hasPrefix(w) && w.count >= 4) } }
    }
}
