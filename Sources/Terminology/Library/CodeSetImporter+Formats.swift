import Foundation

extension CodeSetImporter {
    /// Parses the release formats other than the Tabular List.
    static func parseOther(_ kind: ComponentKind, _ url: URL) throws -> Parsed? {
        let name = url.lastPathComponent
        let year = yearInName(name) ?? "unknown"
        switch kind {
        case .alphabeticIndex, .externalCauseIndex:
            let index = try AlphabeticIndexParser.parse(try ReleaseArchive.contents(of: url), fileName: name)
            let actual: ComponentKind = index.kind == .externalCauses ? .externalCauseIndex : .alphabeticIndex
            let version = index.version.isEmpty ? year : index.version
            return Parsed(kind: actual, version: version, source: name, count: index.entries.count) { index.encode(to: &$0) }
        case .neoplasmTable, .drugTable:
            let table = try ICDTableParser.parse(try ReleaseArchive.contents(of: url), fileName: name)
            let actual: ComponentKind = table.kind == .neoplasm ? .neoplasmTable : .drugTable
            let version = table.version.isEmpty ? year : table.version
            return Parsed(kind: actual, version: version, source: name, count: table.rows.count) { table.encode(to: &$0) }
        case .orderFile:
            let file = try OrderFile.read(from: url)
            return Parsed(kind: kind, version: year, source: name, count: file.entries.count) { file.encode(to: &$0) }
        case .poaExempt:
            let list = try POAExemptList.read(from: url)
            return Parsed(kind: kind, version: year, source: name, count: list.count) { list.encode(to: &$0) }
        case .hcpcs:
            let set = try HCPCSCodeSet.read(from: url)
            return Parsed(kind: kind, version: year, source: name, count: set.codes.count) { set.encode(to: &$0) }
        default:
            return try parsePCS(kind, url)
        }
    }
}
