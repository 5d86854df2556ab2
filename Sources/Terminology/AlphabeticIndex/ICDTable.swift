/// One row of the Neoplasm Table or the Table of Drugs and Chemicals: a term with a code per column.
///
/// `Neoplasm, neoplastic` › `lung` is the row with `path` `["Neoplasm, neoplastic", "lung"]` and `cells`
/// `["C34.9-", "C78.0-", "D02.2-", "D14.3-", "D38.1", "D49.1"]`.
public struct ICDTableRow: Sendable, Hashable {
    /// The main term, then the title of each subterm down to this row, without nonessential modifiers.
    public var path: [String]
    /// The nonessential modifiers of each level of `path`; an empty string where a level has none.
    public var modifiers: [String]
    /// The code in each column of ``ICDTable/columns``, as written (may end in `-`); nil where the table has a dash
    /// or nothing.
    public var cells: [String?]
    /// A manifestation written with the term.
    public var manifestation: String?
    /// "see …": the cross-reference to follow instead.
    public var see: String?
    /// "see also …": the cross-reference to look at as well.
    public var seeAlso: String?
    /// The index of the row one level up in ``ICDTable/rows``, or -1 for a main term.
    public var parent: Int32

    public init(
        path: [String], modifiers: [String], cells: [String?], manifestation: String? = nil, see: String? = nil,
        seeAlso: String? = nil, parent: Int32
    ) {
        self.path = path
        self.modifiers = modifiers
        self.cells = cells
        self.manifestation = manifestation
        self.see = see
        self.seeAlso = seeAlso
        self.parent = parent
    }

    /// The title of this row (the last element of `path`).
    public var title: String { path[path.count - 1] }
    /// 0 for a main term, 1 for its subterms, and so on.
    public var level: Int { path.count - 1 }
    /// Whether any column has a code.
    public var hasCodes: Bool { cells.contains { $0 != nil } }

    /// The path as a coder reads it, each level with its modifiers: `Neoplasm, neoplastic › lung`.
    public var heading: String { IndexHeading.join(path, modifiers) }
}

/// The ICD-10-CM Neoplasm Table or Table of Drugs and Chemicals: column headings and one row per term, in the order
/// printed.
///
/// An immutable value; build it with ``ICDTableParser`` or read it from a snapshot.
public struct ICDTable: Sendable {
    /// Which of the two tables.
    public enum Kind: UInt8, Sendable, Hashable, CaseIterable {
        /// The Neoplasm Table (`icd10cm-neoplasm-*.xml`): columns by behaviour.
        case neoplasm
        /// The Table of Drugs and Chemicals (`icd10cm-drug-*.xml`): columns by intent (poisoning), adverse effect and
        /// underdosing.
        case drugsAndChemicals

        public var name: String {
            switch self {
            case .neoplasm: "Neoplasm Table"
            case .drugsAndChemicals: "Table of Drugs and Chemicals"
            }
        }
    }

    public let kind: Kind
    /// The year in the file's `<version>` (`2025`).
    public let version: String
    /// The heading of the term column (`Neoplasm`, `Substance`).
    public let termHeading: String
    /// The headings of the code columns, in order (`Malignant Primary`, … / `Poisoning Accidental (unintentional)`, …).
    public let columns: [String]
    /// Every row, in the order printed; a row's index is its identifier.
    public let rows: [ICDTableRow]
    /// The index of each main term in `rows`, in order.
    public let mainTermIndices: [Int32]
    private let byMainTerm: [String: [Int32]]
    private let byPath: [String: Int32]

    public init(kind: Kind, version: String, termHeading: String, columns: [String], rows: [ICDTableRow]) {
        self.kind = kind
        self.version = version
        self.termHeading = termHeading
        self.columns = columns
        self.rows = rows
        var mainTerms: [Int32] = []
        var byMainTerm: [String: [Int32]] = [:]
        var byPath: [String: Int32] = [:]
        byPath.reserveCapacity(rows.count)
        for (index, row) in rows.enumerated() {
            if row.parent < 0 {
                mainTerms.append(Int32(index))
                var added = Set<String>()
                for key in AlphabeticIndex.lookupKeys(forMainTerm: row.path[0]) where added.insert(key).inserted {
                    byMainTerm[key, default: []].append(Int32(mainTerms.count - 1))
                }
            }
            let key = Self.pathKey(row.path)
            if byPath[key] == nil { byPath[key] = Int32(index) }
        }
        self.mainTermIndices = mainTerms
        self.byMainTerm = byMainTerm
        self.byPath = byPath
    }

    /// The rows of every main term whose title matches, each main term followed by all its subterms.
    ///
    /// Matching is as in ``AlphabeticIndex/entries(matchingMainTerm:)``: whole title, word before the first comma, or
    /// title without a trailing `NEC`, in any case.
    /// - Complexity: O(1) on average to find the main terms, then O(*k*) for the *k* rows returned.
    public func rows(matchingMainTerm term: some StringProtocol) -> [ICDTableRow] {
        guard let ordinals = byMainTerm[AlphabeticIndex.key(term)] else { return [] }
        var result: [ICDTableRow] = []
        for ordinal in ordinals {
            let start = Int(mainTermIndices[Int(ordinal)])
            let end = Int(ordinal) + 1 < mainTermIndices.count ? Int(mainTermIndices[Int(ordinal) + 1]) : rows.count
            result.append(contentsOf: rows[start..<end])
        }
        return result
    }

    /// The first row with exactly this path (titles without modifiers, any case), or nil.
    /// - Complexity: O(1) on average.
    public func row(_ path: [String]) -> ICDTableRow? {
        byPath[Self.pathKey(path)].map { rows[Int($0)] }
    }

    /// The position in ``columns`` of the column with this heading (any case), or nil.
    public func column(named heading: String) -> Int? {
        let wanted = AlphabeticIndex.key(heading)
        return columns.firstIndex { AlphabeticIndex.key($0) == wanted }
    }

    static func pathKey(_ path: [String]) -> String {
        path.map { AlphabeticIndex.key($0) }.joined(separator: "\u{1F}")
    }
}
