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
    case poaExempt = "icd10cm-poa-exempt"
    case pcsTables = "icd10pcs-tables"
    case pcsDefinitions = "icd10pcs-definitions"
    case pcsIndex = "icd10pcs-index"
    case pcsTitles = "icd10pcs-titles"
    case pcsGlossary = "icd10pcs-axis-definitions"
    case hcpcs = "hcpcs"

    public var system: CodeSystem {
        switch self {
        case .tabular, .codeList, .alphabeticIndex, .externalCauseIndex, .neoplasmTable, .drugTable, .orderFile, .poaExempt: .icd10cm
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

    /// The ICD-10-CM Tabular List in effect on a date (`nil` date: the newest).
    public func tabular(on date: Date? = nil) -> TabularList? {
        guard let date else { return versions.last.flatMap { tabulars[$0] } }
        return version(of: Array(tabulars.keys), forFiscalYear: FiscalYear.containing(date)).flatMap { tabulars[$0] }
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
