import Terminology

/// Where a searchable text comes from.
public enum TextSource: UInt8, Sendable {
    case title = 0
    case inclusionTerm = 1
    case indexEntry = 2
    case synonym = 3
}

/// One code the index can return.
public struct SearchItemFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let billable = SearchItemFlags(rawValue: 1)
    /// Complete but for its 7th character.
    public static let needsSeventh = SearchItemFlags(rawValue: 2)
    /// A 7th-character code (found by code or chosen from its parent, never matched by words on its own).
    public static let extended = SearchItemFlags(rawValue: 4)
    /// A chapter or block.
    public static let grouping = SearchItemFlags(rawValue: 8)
    /// A title with `unspecified` or `NOS`.
    public static let unspecified = SearchItemFlags(rawValue: 16)
    /// A title starting with `Other`.
    public static let other = SearchItemFlags(rawValue: 32)
    /// A title "without complications" or "uncomplicated": the default when nothing more is said.
    public static let uncomplicated = SearchItemFlags(rawValue: 64)
    /// New in the release the index was built for (an ICD-10-CM code or heading its code addenda added).
    public static let new = SearchItemFlags(rawValue: 128)
}

/// A ranked answer to a query.
public struct SearchResult: Sendable, Hashable, Codable {
    public var code: String
    public var system: CodeSystem
    public var title: String
    public var billable: Bool
    public var score: Double
    /// The text that matched, where it was not the title (an inclusion term or an index entry).
    public var matched: String?
    /// True when the code is new in the release searched (nil otherwise, and left out of the JSON).
    public var new: Bool?

    public init(
        code: String, system: CodeSystem, title: String, billable: Bool, score: Double, matched: String? = nil,
        new: Bool? = nil
    ) {
        self.code = code
        self.system = system
        self.title = title
        self.billable = billable
        self.score = score
        self.matched = matched
        self.new = new
    }
}

/// What a query may return.
public struct SearchFilter: Sendable, Hashable {
    public var systems: Set<CodeSystem>
    public var billableOnly: Bool

    public init(systems: Set<CodeSystem> = Set(CodeSystem.allCases), billableOnly: Bool = false) {
        self.systems = systems
        self.billableOnly = billableOnly
    }
}
