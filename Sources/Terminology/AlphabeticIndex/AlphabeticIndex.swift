/// One term of the ICD-10-CM Alphabetic Index or External Cause Index, with the chain of terms above it.
///
/// `Fall, falling (accidental)` › `down` › `escalator` → `W10.0` is the entry with `path` `["Fall, falling", "down",
/// "escalator"]`, `modifiers` `["(accidental)", "", ""]` and `code` `W10.0`.
public struct AlphabeticIndexEntry: Sendable, Hashable {
    /// The main term, then the title of each subterm down to this one, without nonessential modifiers.
    public var path: [String]
    /// The nonessential modifiers (the parenthesised words that do not change the code) of each level of `path`;
    /// an empty string where a level has none.
    public var modifiers: [String]
    /// The code as written, dotted; may end in `-` when more characters are needed (`K35.8-`).
    public var code: String?
    /// The manifestation code written in italic brackets after the code (`[N29]`), without brackets.
    public var manifestation: String?
    /// The cross-reference to follow instead: "see Accident, transport, car occupant".
    public var see: String?
    /// The cross-reference to look at as well: "see also Accident, watercraft".
    public var seeAlso: String?
    /// "see category T71": the category whose codes to choose from.
    public var seeCategory: String?
    /// "see subcategory T75.0": the subcategory whose codes to choose from.
    public var seeSubcategory: String?
    /// A warning printed with the term.
    public var warning: String?
    /// The index of the entry one level up in ``AlphabeticIndex/entries``, or -1 for a main term.
    public var parent: Int32
    /// Which index the entry belongs to.
    public var kind: AlphabeticIndex.Kind

    public init(
        path: [String], modifiers: [String], code: String? = nil, manifestation: String? = nil, see: String? = nil,
        seeAlso: String? = nil, seeCategory: String? = nil, seeSubcategory: String? = nil, warning: String? = nil,
        parent: Int32, kind: AlphabeticIndex.Kind
    ) {
        self.path = path
        self.modifiers = modifiers
        self.code = code
        self.manifestation = manifestation
        self.see = see
        self.seeAlso = seeAlso
        self.seeCategory = seeCategory
        self.seeSubcategory = seeSubcategory
        self.warning = warning
        self.parent = parent
        self.kind = kind
    }

    /// The main term.
    public var mainTerm: String { path[0] }
    /// The title of this term (the last element of `path`).
    public var title: String { path[path.count - 1] }
    /// 0 for a main term, 1 for its subterms, and so on.
    public var level: Int { path.count - 1 }

    /// The path as a coder reads it, each level with its modifiers: `Fall, falling (accidental) › down › escalator`.
    public var heading: String { IndexHeading.join(path, modifiers) }
}

/// The path of an index term or table row as a coder reads it, shared by the index and the tables.
enum IndexHeading {
    /// Each level followed by its nonessential modifiers, levels joined by ` › `.
    static func join(_ path: [String], _ modifiers: [String]) -> String {
        zip(path, modifiers).map { $1.isEmpty ? $0 : ($0.isEmpty ? $1 : "\($0) \($1)") }.joined(separator: " › ")
    }
}

/// The ICD-10-CM Alphabetic Index (Index to Diseases and Injuries) or the External Cause of Injuries Index, flattened:
/// one entry per main term and subterm, in the order printed.
///
/// An immutable value; build it with ``AlphabeticIndexParser`` or read it from a snapshot.
public struct AlphabeticIndex: Sendable {
    /// Which of the two indexes.
    public enum Kind: UInt8, Sendable, Hashable, CaseIterable {
        /// The Index to Diseases and Injuries (`icd10cm-index-*.xml`).
        case diseasesAndInjuries
        /// The External Cause of Injuries Index (`icd10cm-eindex-*.xml`).
        case externalCauses

        public var name: String {
            switch self {
            case .diseasesAndInjuries: "Index to Diseases and Injuries"
            case .externalCauses: "External Cause of Injuries Index"
            }
        }
    }

    public let kind: Kind
    /// The year in the file's `<version>` (`2025`).
    public let version: String
    /// The title in the file (`ICD-10-CM EXTERNAL CAUSE of INJURIES INDEX`).
    public let title: String
    /// Every main term and subterm, in the order printed; an entry's index is its identifier.
    public let entries: [AlphabeticIndexEntry]
    /// The index of each main term in `entries`, in order.
    public let mainTermIndices: [Int32]
    private let byMainTerm: [String: [Int32]]
    private let byCode: [String: [Int32]]

    public init(kind: Kind, version: String, title: String, entries: [AlphabeticIndexEntry]) {
        self.kind = kind
        self.version = version
        self.title = title
        self.entries = entries
        var mainTerms: [Int32] = []
        var byMainTerm: [String: [Int32]] = [:]
        var byCode: [String: [Int32]] = [:]
        for (index, entry) in entries.enumerated() {
            if entry.parent < 0 {
                mainTerms.append(Int32(index))
                var added = Set<String>()
                for key in Self.lookupKeys(forMainTerm: entry.mainTerm) where added.insert(key).inserted {
                    byMainTerm[key, default: []].append(Int32(mainTerms.count - 1))
                }
            }
            for code in [entry.code, entry.manifestation].compactMap({ $0 }) {
                let key = CodeFormat.normalize(code)
                if !key.isEmpty, byCode[key]?.last != Int32(index) { byCode[key, default: []].append(Int32(index)) }
            }
        }
        self.mainTermIndices = mainTerms
        self.byMainTerm = byMainTerm
        self.byCode = byCode
    }

    /// The entries of every main term whose title matches, each main term followed by all its subterms.
    ///
    /// A main term matches on its whole title (`Fall, falling`), on the word before its first comma (`Fall`), or on
    /// its title without a trailing `NEC` (`Abandonment`); case does not matter; nonessential modifiers are not read.
    /// - Complexity: O(1) on average to find the main terms, then O(*k*) for the *k* entries returned.
    public func entries(matchingMainTerm term: some StringProtocol) -> [AlphabeticIndexEntry] {
        indices(matchingMainTerm: term).map { entries[$0] }
    }

    /// The indices in `entries` of the terms returned by ``entries(matchingMainTerm:)``.
    public func indices(matchingMainTerm term: some StringProtocol) -> [Int] {
        guard let ordinals = byMainTerm[Self.key(term)] else { return [] }
        var result: [Int] = []
        for ordinal in ordinals {
            let start = Int(mainTermIndices[Int(ordinal)])
            let end = Int(ordinal) + 1 < mainTermIndices.count ? Int(mainTermIndices[Int(ordinal) + 1]) : entries.count
            result.append(contentsOf: start..<end)
        }
        return result
    }

    /// The entries that lead to a code, as the code or the manifestation code, in index order.
    ///
    /// The code is compared without dot and without a trailing dash: `K35.8` finds entries written `K35.8-`.
    /// - Complexity: O(1) on average, then O(*k*) for the *k* entries returned.
    public func entries(leadingTo code: some StringProtocol) -> [AlphabeticIndexEntry] {
        (byCode[CodeFormat.normalize(code)] ?? []).map { entries[Int($0)] }
    }

    /// The main terms in order.
    public var mainTerms: [String] { mainTermIndices.map { entries[Int($0)].mainTerm } }

    static func key(_ text: some StringProtocol) -> String {
        XMLText.clean(String(text)).lowercased()
    }

    static func lookupKeys(forMainTerm title: String) -> [String] {
        let whole = key(title)
        var keys = [whole]
        if let comma = whole.firstIndex(of: ",") {
            keys.append(XMLText.clean(String(whole[..<comma])))
        }
        if whole.hasSuffix(" nec") { keys.append(XMLText.clean(String(whole.dropLast(4)))) }
        return keys.filter { !$0.isEmpty }
    }
}
