import Foundation

extension CodeSetLibrary {
    mutating func addImportedPCS(_ record: ImportRecord, reader: inout BinaryReader) throws {
        let v = record.version
        switch record.kind {
        case .pcsTables:
            let tables = try PCSTables(from: &reader)
            pcsTables[v] = tables
            summarize(
                .pcsTables, v, record.source, tables.codeCount,
                "\(tables.codeCount) codes in \(tables.tableCount) tables")
        case .pcsDefinitions:
            let definitions = try PCSDefinitions(from: &reader)
            pcsDefinitions[v] = definitions
            summarize(
                .pcsDefinitions, v, record.source, definitions.terms.count,
                "\(definitions.terms.count) axis definitions in \(definitions.sections.count) sections")
        case .pcsIndex:
            let index = try PCSIndex(from: &reader)
            pcsIndexes[v] = index
            summarize(
                .pcsIndex, v, record.source, index.entries.count,
                "\(index.entries.count) entries under \(index.mainTermCount) main terms")
        case .pcsTitles:
            let titles = try PCSTitleList(from: &reader)
            add(titles, version: v, source: record.source)
        default:
            break
        }
    }

    /// Adds a list of ICD-10-PCS codes and titles.
    public mutating func add(_ titles: PCSTitleList, version: String, source: String) {
        pcsTitleLists[version] = titles
        summarize(.pcsTitles, version, source, titles.count, "\(titles.count) codes with titles")
    }

    /// The ICD-10-PCS code set for a Tabular List version: the tables of that year (or the nearest), else the title list.
    public func pcsCodes(for version: String) -> (codes: [String], title: (String) -> String?, version: String)? {
        // a year with a code list of its own and no tables of its own (FY2027 from the code editor's list)
        if pcsTables[version] == nil, let own = pcsTitleLists[version], let newest = pcsTables.keys.max(),
            newest < version
        {
            return (own.codes, { own.title(of: $0) }, version)
        }
        let titles = companion(pcsTitleLists, for: version)
        if let year = Int(version).map(String.init), let tables = companion(pcsTables, for: year) {
            return (tables.codes, { tables.title(of: $0, preferring: titles) }, tables.version)
        }
        if let titles {
            let version = pcsTitleLists.first { $0.value.count == titles.count }?.key ?? ""
            return (titles.codes, { titles.title(of: $0) }, version)
        }
        return nil
    }
}

extension CodeSetImporter {
    static func parsePCS(_ kind: ComponentKind, _ url: URL) throws -> Parsed? {
        let name = url.lastPathComponent
        let year = yearInName(name)
        switch kind {
        case .pcsTables:
            let tables = try PCSTablesXMLParser.parse(
                try ReleaseArchive.contents(of: url), fileName: name, fallbackVersion: year)
            return Parsed(kind: kind, version: tables.version, source: name, count: tables.codeCount) {
                tables.encode(to: &$0)
            }
        case .pcsDefinitions:
            let definitions = try PCSDefinitionsXMLParser.parse(
                try ReleaseArchive.contents(of: url), fileName: name, fallbackVersion: year)
            return Parsed(kind: kind, version: definitions.version, source: name, count: definitions.terms.count) {
                definitions.encode(to: &$0)
            }
        case .pcsIndex:
            let index = try PCSIndexXMLParser.parse(
                try ReleaseArchive.contents(of: url), fileName: name, fallbackVersion: year)
            return Parsed(kind: kind, version: index.version, source: name, count: index.entries.count) {
                index.encode(to: &$0)
            }
        default:
            return nil
        }
    }
}
