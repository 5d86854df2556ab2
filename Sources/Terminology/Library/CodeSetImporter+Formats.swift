import Foundation

extension CodeSetImporter {
    /// Parses the release formats other than the Tabular List.
    static func parseOther(_ kind: ComponentKind, _ url: URL) throws -> Parsed? {
        let name = url.lastPathComponent
        let year = yearInName(name) ?? "unknown"
        switch kind {
        case .alphabeticIndex where name.lowercased().hasSuffix(".csv"):
            // the Index to Diseases and Injuries flattened to CSV (`ICD10CM_2025_Index.csv`)
            guard yearInName(name) != nil else {
                throw ReleaseFileError(
                    file: name, message: "no year in the file name (expected e.g. ICD10CM_2025_Index.csv)")
            }
            let index = try AlphabeticIndexCSVParser.parse(
                try ReleaseArchive.contents(of: url), fileName: name, version: year)
            return Parsed(kind: .alphabeticIndex, version: year, source: name, count: index.entries.count) {
                index.encode(to: &$0)
            }
        case .alphabeticIndex, .externalCauseIndex:
            let index = try AlphabeticIndexParser.parse(try ReleaseArchive.contents(of: url), fileName: name)
            let actual: ComponentKind = index.kind == .externalCauses ? .externalCauseIndex : .alphabeticIndex
            let version = index.version.isEmpty ? year : index.version
            return Parsed(kind: actual, version: version, source: name, count: index.entries.count) {
                index.encode(to: &$0)
            }
        case .neoplasmTable, .drugTable:
            let table = try ICDTableParser.parse(try ReleaseArchive.contents(of: url), fileName: name)
            let actual: ComponentKind = table.kind == .neoplasm ? .neoplasmTable : .drugTable
            let version = table.version.isEmpty ? year : table.version
            return Parsed(kind: actual, version: version, source: name, count: table.rows.count) {
                table.encode(to: &$0)
            }
        case .addenda:
            // `icd10cm_codes_addenda_2027.txt`: the year is the one the changes take effect
            guard yearInName(name) != nil else {
                throw ReleaseFileError(
                    file: name, message: "no year in the file name (expected e.g. icd10cm_codes_addenda_2027.txt)")
            }
            let addenda = try CodeAddenda.parse(try ReleaseArchive.contents(of: url), fileName: name)
            return Parsed(
                kind: kind, version: year, source: name,
                count: addenda.added.count + addenda.deleted.count + addenda.revised.count
            ) {
                addenda.encode(to: &$0)
            }
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
