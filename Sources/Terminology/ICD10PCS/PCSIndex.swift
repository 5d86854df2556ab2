/// One main term or subterm of the ICD-10-PCS Index, with the terms above it and what it points to.
public struct PCSIndexEntry: Sendable, Hashable {
    /// The main term, then each subterm down to this one: `["Bypass", "Aorta", "Abdominal"]`. A subterm without a title
    /// of its own (an alternative `see` under a main term) has its parent's path.
    public var path: [String]
    /// 0 for a main term, else the subterm's level (1–5).
    public var level: Int
    /// The index of the entry above this one in ``PCSIndex/entries``, or nil for a main term.
    public var parent: Int?
    /// The code or code prefix the entry points to (`<tab>` 3 characters, `<codes>` 4–6, `<code>` 7), including one
    /// written inside a `see` or `use` (`see Excision, Appendix 0DBJ`).
    public var codes: [String]
    /// A cross-reference to another main term: `Excision, Appendix`.
    public var see: String?
    /// The value to use on an axis for this term: `Peritoneal Cavity`.
    public var use: String?

    public init(
        path: [String], level: Int, parent: Int? = nil, codes: [String] = [], see: String? = nil, use: String? = nil
    ) {
        self.path = path
        self.level = level
        self.parent = parent
        self.codes = codes
        self.see = see
        self.use = use
    }

    /// The main term the entry is under.
    public var mainTerm: String { path.first ?? "" }

    /// Whether the entry points anywhere (a code, a `see` or a `use`); entries that only group subterms do not.
    public var hasTarget: Bool { !codes.isEmpty || see != nil || use != nil }
}

/// The ICD-10-PCS Index of one fiscal year, flattened: every main term and subterm in file order, each with its path.
///
/// An immutable value; build it with ``PCSIndexXMLParser`` or read it from a snapshot.
public struct PCSIndex: Sendable, Equatable {
    /// The fiscal year of the release (`2023`).
    public let version: String
    /// Every main term and subterm in file order; a main term comes before its subterms.
    public let entries: [PCSIndexEntry]
    /// Ranges of `entries` by lower-cased main term (a main term written twice has two ranges).
    private let byMainTerm: [String: [Range<Int>]]

    public init(version: String, entries: [PCSIndexEntry]) {
        self.version = version
        self.entries = entries
        var byMainTerm = [String: [Range<Int>]]()
        var start = 0
        for i in entries.indices where i > start && entries[i].level == 0 {
            byMainTerm[entries[start].mainTerm.lowercased(), default: []].append(start..<i)
            start = i
        }
        if start < entries.count {
            byMainTerm[entries[start].mainTerm.lowercased(), default: []].append(start..<entries.count)
        }
        self.byMainTerm = byMainTerm
    }

    public static func == (lhs: PCSIndex, rhs: PCSIndex) -> Bool {
        lhs.version == rhs.version && lhs.entries == rhs.entries
    }

    /// The number of main terms.
    public var mainTermCount: Int { byMainTerm.values.reduce(0) { $0 + $1.count } }

    /// The main term and all its subterms (case ignored), in file order; empty when the index has no such main term.
    /// - Complexity: O(1) on average to find it, O(k) to copy k entries.
    public func entries(mainTerm: String) -> [PCSIndexEntry] {
        (byMainTerm[mainTerm.lowercased()] ?? []).flatMap { entries[$0] }
    }

    /// The indices of the entries directly under an entry.
    /// - Complexity: O(size of the main term).
    public func children(of index: Int) -> [Int] {
        var result: [Int] = []
        var i = index + 1
        while i < entries.count && entries[i].level > entries[index].level {
            if entries[i].parent == index { result.append(i) }
            i += 1
        }
        return result
    }
}
