/// The level of an entry in the ICD-10-CM Tabular List.
public enum TabularEntryKind: UInt8, Sendable, Codable, CaseIterable {
    case chapter, block, category, subcategory
    /// A code formed by adding a 7th character (and placeholder X) to a code whose category defines 7th characters.
    case extended

    public var name: String {
        switch self {
        case .chapter: "chapter"
        case .block: "block"
        case .category: "category"
        case .subcategory: "subcategory"
        case .extended: "code with 7th character"
        }
    }
}

/// The kinds of instructional notes in the Tabular List.
public enum NoteKind: UInt8, Sendable, Codable, CaseIterable {
    case includes, inclusionTerm, excludes1, excludes2, codeFirst, useAdditionalCode, codeAlso, notes,
        sevenCharacterNote

    /// The heading a coder reads in the Tabular List.
    public var heading: String {
        switch self {
        case .includes: "Includes"
        case .inclusionTerm: "Inclusion terms"
        case .excludes1: "Excludes1"
        case .excludes2: "Excludes2"
        case .codeFirst: "Code first"
        case .useAdditionalCode: "Use additional code"
        case .codeAlso: "Code also"
        case .notes: "Note"
        case .sevenCharacterNote: "7th character note"
        }
    }

    /// Whether the note is inherited by every code below the entry where it is written.
    ///
    /// Inclusion terms belong to the code they are written under; every other note applies to the codes below it
    /// (ICD-10-CM Official Guidelines I.A.12, I.A.13 and the Tabular's conventions).
    public var isInherited: Bool { self != .inclusionTerm }

    /// The XML element name in the CDC tabular file.
    public var elementName: String {
        switch self {
        case .includes: "includes"
        case .inclusionTerm: "inclusionTerm"
        case .excludes1: "excludes1"
        case .excludes2: "excludes2"
        case .codeFirst: "codeFirst"
        case .useAdditionalCode: "useAdditionalCode"
        case .codeAlso: "codeAlso"
        case .notes: "notes"
        case .sevenCharacterNote: "sevenChrNote"
        }
    }

    init?(elementName: String) {
        guard let kind = NoteKind.allCases.first(where: { $0.elementName == elementName }) else { return nil }
        self = kind
    }
}

/// A code or a range of codes referred to inside a note: `(I82.4Z-)`, `(K50-K52)`, `(Z16.-)`.
public struct CodeReference: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The first code of the range, normalised (no dot): `I824Z`.
    public var first: String
    /// The last code of a range, normalised; nil for a single code.
    public var last: String?
    /// Whether the code was written with a trailing dash: the code needs more characters (`I82.4Z-`).
    public var needsMoreCharacters: Bool

    public init(first: String, last: String? = nil, needsMoreCharacters: Bool = false) {
        self.first = first
        self.last = last
        self.needsMoreCharacters = needsMoreCharacters
    }

    /// Whether a normalised code falls under this reference.
    public func covers(_ code: String) -> Bool {
        if let last {
            let head = String(code.prefix(first.count))
            let tail = String(code.prefix(last.count))
            return head >= first && tail <= last
        }
        return code.hasPrefix(first)
    }

    public var description: String {
        let a = CodeFormat.dottedCM(first)
        if let last { return "\(a)-\(CodeFormat.dottedCM(last))" }
        return needsMoreCharacters ? (a.contains(".") ? a + "-" : a + ".-") : a
    }
}

/// One instructional note line with the code references parsed out of its text.
public struct InstructionalNote: Sendable, Hashable, Codable {
    public var kind: NoteKind
    public var text: String
    public var references: [CodeReference]

    public init(kind: NoteKind, text: String, references: [CodeReference]) {
        self.kind = kind
        self.text = text
        self.references = references
    }
}

/// One 7th-character value with its meaning (`A` → initial encounter).
public struct SeventhCharacter: Sendable, Hashable, Codable {
    public var character: String
    public var meaning: String
    /// Notes written under the value in the definition (e.g. `Old central retinal vein occlusion`).
    public var notes: [String]

    public init(character: String, meaning: String, notes: [String] = []) {
        self.character = character
        self.meaning = meaning
        self.notes = notes
    }
}

/// An entry of the Tabular List: a chapter, a block, a category, a subcategory or code, or a code completed with its 7th character.
public struct TabularEntry: Sendable, Hashable {
    /// The code as written: chapter number (`19`), block range (`S70-S79`), dotted code (`W21.89XA`).
    public var code: String
    public var title: String
    public var kind: TabularEntryKind
    /// Index of the parent entry, or -1 for a chapter.
    public var parent: Int32
    public var children: [Int32]
    /// Whether the code is valid for reporting (a leaf of the classification).
    public var billable: Bool
    /// The notes written at this entry (not inherited ones).
    public var notes: [InstructionalNote]
    /// The 7th-character definitions written at this entry.
    public var seventhCharacters: [SeventhCharacter]

    public init(
        code: String, title: String, kind: TabularEntryKind, parent: Int32, children: [Int32] = [], billable: Bool,
        notes: [InstructionalNote] = [], seventhCharacters: [SeventhCharacter] = []
    ) {
        self.code = code
        self.title = title
        self.kind = kind
        self.parent = parent
        self.children = children
        self.billable = billable
        self.notes = notes
        self.seventhCharacters = seventhCharacters
    }

    /// The code without dot, as used for look-up; blocks and chapters keep their written form.
    public var normalizedCode: String {
        kind == .chapter || kind == .block ? code : CodeFormat.normalize(code)
    }
}

/// The ICD-10-CM Tabular List of one release: every chapter, block, category and code with its notes.
///
/// An immutable value; build it with ``TabularXMLParser`` or read it from a snapshot.
public struct TabularList: Sendable {
    /// The fiscal year of the release (`2026`).
    public let version: String
    /// A label for the release, e.g. `FY2026 April 1, 2026 update`.
    public let releaseLabel: String
    /// Every entry, chapters first in tabular order; an entry's index is its identifier.
    public let entries: [TabularEntry]
    private let byCode: [String: Int32]

    public init(version: String, releaseLabel: String, entries: [TabularEntry]) {
        self.version = version
        self.releaseLabel = releaseLabel
        self.entries = entries
        var byCode = [String: Int32](minimumCapacity: entries.count)
        for (index, entry) in entries.enumerated() {
            byCode[entry.normalizedCode] = Int32(index)
            if entry.kind == .chapter { byCode["CHAPTER" + entry.code] = Int32(index) }
        }
        self.byCode = byCode
    }

    /// The index of the entry with this code (any case, with or without dot), or nil.
    /// - Complexity: O(1) on average.
    public func index(of code: some StringProtocol) -> Int? {
        let key = String(code).contains("-") ? String(code).uppercased() : CodeFormat.normalize(code)
        return byCode[key].map(Int.init)
    }

    /// The entry with this code, or nil.
    public func entry(_ code: some StringProtocol) -> TabularEntry? {
        index(of: code).map { entries[$0] }
    }

    /// The number of codes valid for reporting.
    public var billableCount: Int { entries.reduce(0) { $0 + ($1.billable ? 1 : 0) } }

    /// The chain of entries from the chapter down to this one (inclusive).
    public func path(to index: Int) -> [Int] {
        var chain = [index]
        var current = entries[index].parent
        while current >= 0 {
            chain.append(Int(current))
            current = entries[Int(current)].parent
        }
        return chain.reversed()
    }

    /// Every note that applies to the entry: its own, and those inherited from the entries above it,
    /// each with the code of the entry where it is written, nearest first.
    public func applicableNotes(for index: Int) -> [(source: String, note: InstructionalNote)] {
        var result: [(String, InstructionalNote)] = []
        for (depth, level) in path(to: index).reversed().enumerated() {
            let entry = entries[level]
            for note in entry.notes where depth == 0 || note.kind.isInherited {
                result.append((entry.code, note))
            }
        }
        return result
    }

    /// The 7th-character definitions that apply to the entry (its own, or the nearest above it), with the code where they are written.
    public func applicableSeventhCharacters(for index: Int) -> (source: String, values: [SeventhCharacter])? {
        for level in path(to: index).reversed() where !entries[level].seventhCharacters.isEmpty {
            return (entries[level].code, entries[level].seventhCharacters)
        }
        return nil
    }
}
