import Foundation

/// What a component of a code-set release is.
public enum ComponentKind: String, Codable, Sendable, CaseIterable {
    case tabular = "icd10cm-tabular"
    case codeList = "icd10cm-code-list"
    case alphabeticIndex = "icd10cm-index"
    case externalCauseIndex = "icd10cm-eindex"
    case neoplasmTable = "icd10cm-neoplasm-table"
    case drugTable = "icd10cm-drug-table"
    case orderFile = "icd10cm-order-file"
    case addenda = "icd10cm-addenda"
    case poaExempt = "icd10cm-poa-exempt"
    case pcsTables = "icd10pcs-tables"
    case pcsDefinitions = "icd10pcs-definitions"
    case pcsIndex = "icd10pcs-index"
    case pcsTitles = "icd10pcs-titles"
    case pcsGlossary = "icd10pcs-axis-definitions"
    case hcpcs = "hcpcs"

    public var system: CodeSystem {
        switch self {
        case .tabular, .codeList, .addenda, .alphabeticIndex, .externalCauseIndex, .neoplasmTable, .drugTable,
            .orderFile, .poaExempt:
            .icd10cm
        case .pcsTables, .pcsDefinitions, .pcsIndex, .pcsTitles, .pcsGlossary: .icd10pcs
        case .hcpcs: .hcpcs
        }
    }
}

/// A summary line of one loaded component.
public struct ComponentSummary: Sendable, Codable, Hashable {
    public var kind: ComponentKind
    public var system: CodeSystem
    public var version: String
    public var source: String
    public var count: Int
    public var detail: String

    public init(kind: ComponentKind, version: String, source: String, count: Int, detail: String) {
        self.kind = kind
        self.system = kind.system
        self.version = version
        self.source = source
        self.count = count
        self.detail = detail
    }
}

/// Every loaded code set, several fiscal years side by side.
///
/// An immutable value: importing builds a new library, so a failed import leaves the loaded one as it was.
public struct CodeSetLibrary: Sendable {
    var _tabulars = LazyComponents<TabularList>()
    public var tabulars: [String: TabularList] {
        get { _tabulars.value }
        set { _tabulars = LazyComponents(newValue) }
    }
    /// The Alphabetic Index and the External Cause Index, by version.
    var _alphabeticIndexes = LazyComponents<AlphabeticIndex>()
    public var alphabeticIndexes: [String: AlphabeticIndex] {
        get { _alphabeticIndexes.value }
        set { _alphabeticIndexes = LazyComponents(newValue) }
    }
    var _externalCauseIndexes = LazyComponents<AlphabeticIndex>()
    public var externalCauseIndexes: [String: AlphabeticIndex] {
        get { _externalCauseIndexes.value }
        set { _externalCauseIndexes = LazyComponents(newValue) }
    }
    var _neoplasmTables = LazyComponents<ICDTable>()
    public var neoplasmTables: [String: ICDTable] {
        get { _neoplasmTables.value }
        set { _neoplasmTables = LazyComponents(newValue) }
    }
    var _drugTables = LazyComponents<ICDTable>()
    public var drugTables: [String: ICDTable] {
        get { _drugTables.value }
        set { _drugTables = LazyComponents(newValue) }
    }
    var _addenda = LazyComponents<CodeAddenda>()
    /// The ICD-10-CM code addenda (codes added, deleted and retitled), by the fiscal year they take effect.
    public var addenda: [String: CodeAddenda] {
        get { _addenda.value }
        set { _addenda = LazyComponents(newValue) }
    }
    var _orderFiles = LazyComponents<OrderFile>()
    public var orderFiles: [String: OrderFile] {
        get { _orderFiles.value }
        set { _orderFiles = LazyComponents(newValue) }
    }
    var _poaExemptLists = LazyComponents<POAExemptList>()
    public var poaExemptLists: [String: POAExemptList] {
        get { _poaExemptLists.value }
        set { _poaExemptLists = LazyComponents(newValue) }
    }
    var _hcpcsSets = LazyComponents<HCPCSCodeSet>()
    public var hcpcsSets: [String: HCPCSCodeSet] {
        get { _hcpcsSets.value }
        set { _hcpcsSets = LazyComponents(newValue) }
    }
    var _pcsTables = LazyComponents<PCSTables>()
    public var pcsTables: [String: PCSTables] {
        get { _pcsTables.value }
        set { _pcsTables = LazyComponents(newValue) }
    }
    var _pcsDefinitions = LazyComponents<PCSDefinitions>()
    public var pcsDefinitions: [String: PCSDefinitions] {
        get { _pcsDefinitions.value }
        set { _pcsDefinitions = LazyComponents(newValue) }
    }
    var _pcsIndexes = LazyComponents<PCSIndex>()
    public var pcsIndexes: [String: PCSIndex] {
        get { _pcsIndexes.value }
        set { _pcsIndexes = LazyComponents(newValue) }
    }
    var _pcsTitleLists = LazyComponents<PCSTitleList>()
    public var pcsTitleLists: [String: PCSTitleList] {
        get { _pcsTitleLists.value }
        set { _pcsTitleLists = LazyComponents(newValue) }
    }
    var _pcsGlossaries = LazyComponents<PCSGlossary>()
    /// The shipped ICD-10-PCS axis definitions (first five characters), by version.
    public var pcsGlossaries: [String: PCSGlossary] {
        get { _pcsGlossaries.value }
        set { _pcsGlossaries = LazyComponents(newValue) }
    }
    public var summaries: [ComponentSummary] = []

    public init() {}

    /// The fiscal years for which an ICD-10-CM Tabular List is loaded, oldest first.
    public var versions: [String] { tabulars.keys.sorted() }

    /// The version of a system's code set in effect on a date: the release of the date's fiscal year, or the newest
    /// earlier one, or the oldest if the date is before every release.
    public func version(of available: [String], forFiscalYear year: Int) -> String? {
        let sorted = available.compactMap { v in Int(v).map { (v, $0) } }.sorted { $0.1 < $1.1 }
        if let match = sorted.last(where: { $0.1 <= year }) { return match.0 }
        return sorted.first?.0 ?? available.sorted().last
    }

    /// The ICD-10-CM Tabular List in effect on a date (`nil` date: today).
    public func tabular(on date: Date? = nil) -> TabularList? {
        version(of: Array(tabulars.keys), forFiscalYear: FiscalYear.containing(date ?? Date())).flatMap { tabulars[$0] }
    }

    /// The ICD-10-CM Tabular List of a fiscal year, or the one in effect for it.
    public func tabular(version: String) -> TabularList? {
        if let exact = tabulars[version] { return exact }
        guard let year = Int(version) else { return nil }
        return self.version(of: Array(tabulars.keys), forFiscalYear: year).flatMap { tabulars[$0] }
    }
}

extension CodeSetLibrary {
    /// The component of a kind to use beside a Tabular List of `version`: the same version, else the newest older one,
    /// else the oldest newer one (an imported index or table of another year still leads to codes of this one).
    public func companion<T>(_ components: [String: T], for version: String) -> T? {
        if let exact = components[version] { return exact }
        guard let year = Int(version) else { return components.keys.sorted().last.flatMap { components[$0] } }
        return self.version(of: Array(components.keys), forFiscalYear: year).flatMap { components[$0] }
    }
}

/// What a release did to a code, as a coder is told it beside the code: new, deleted (with what to report instead),
/// or retitled.
public struct CodeChange: Sendable, Codable, Hashable {
    public enum Kind: String, Sendable, Codable { case added, deleted, revised }
    /// The fiscal year of the release that made the change.
    public var version: String
    public var kind: Kind
    /// The code, dotted.
    public var code: String
    /// The title the release gives (added, revised) or the title it had (deleted).
    public var title: String
    /// The title before a revision.
    public var previousTitle: String?
    /// The codes added in place of a deleted code, dotted.
    public var replacements: [String]

    public init(
        version: String, kind: Kind, code: String, title: String, previousTitle: String? = nil,
        replacements: [String] = []
    ) {
        self.version = version
        self.kind = kind
        self.code = code
        self.title = title
        self.previousTitle = previousTitle
        self.replacements = replacements
    }

    /// One line for a coder: `New in FY2027.`, `Deleted in FY2027 (Qualitative platelet defects): report D69.11 or
    /// D69.19 instead.`, `Retitled in FY2027 (was: …).`
    public var sentence: String {
        switch kind {
        case .added: return "New in FY\(version)."
        case .revised: return "Retitled in FY\(version) (was: \(previousTitle ?? ""))."
        case .deleted:
            let instead =
                replacements.isEmpty
                ? "the code addenda name no code in its place"
                : "report " + Self.list(replacements) + " instead"
            return "Deleted as a code in FY\(version) (\(title)): \(instead)."
        }
    }

    static func list(_ codes: [String]) -> String {
        codes.count <= 1 ? codes.joined() : codes.dropLast().joined(separator: ", ") + " or " + codes.last!
    }
}

extension CodeSetLibrary {
    /// What the ICD-10-CM release of a fiscal year did to a code, from its code addenda; nil when it did nothing or
    /// no addenda of that year are loaded.
    public func change(ofCode code: some StringProtocol, version: String) -> CodeChange? {
        guard let addenda = addenda[version] else { return nil }
        guard let change = addenda.change(of: code) else {
            // a heading made for the year's new codes (K6A, M67.A) is new too, though the addenda list only codes
            guard let year = Int(version), let now = tabulars[version], let entry = now.entry(code),
                entry.kind != .chapter, entry.kind != .block, let before = tabulars[String(year - 1)],
                before.index(of: code) == nil
            else { return nil }
            return CodeChange(version: version, kind: .added, code: entry.code, title: entry.title)
        }
        switch change {
        case .added(let e):
            return CodeChange(version: version, kind: .added, code: CodeFormat.dottedCM(e.code), title: e.title)
        case .deleted(let e, let replacements):
            return CodeChange(
                version: version, kind: .deleted, code: CodeFormat.dottedCM(e.code), title: e.title,
                replacements: replacements.map(CodeFormat.dottedCM))
        case .revised(let r):
            return CodeChange(
                version: version, kind: .revised, code: CodeFormat.dottedCM(r.code), title: r.to, previousTitle: r.from)
        }
    }

    /// The change to a code in the newest release that changed it, at or before a version: where a code was deleted
    /// in FY2027, asking of FY2028 still tells it.
    public func latestChange(ofCode code: some StringProtocol, upTo version: String) -> CodeChange? {
        for year in addenda.keys.sorted(by: >) where year <= version {
            if let change = change(ofCode: code, version: year) { return change }
        }
        return nil
    }
}
