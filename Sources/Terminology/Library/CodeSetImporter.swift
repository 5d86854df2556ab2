import Foundation

/// Imports official release files into the data folder, where the loader finds them.
///
/// Each file is parsed completely before anything is written; a malformed or truncated file raises a
/// ``ReleaseFileError`` and leaves the loaded code sets as they were.
public enum CodeSetImporter {
    /// Imports a release file, or every release file in a folder.
    /// - Returns: what was loaded, one record per component.
    public static func importPath(_ path: String, into locations: CodeSetLocations) throws -> [ImportRecord] {
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw ReleaseFileError(file: path, message: "no such file or folder")
        }
        if isDirectory.boolValue {
            let names = try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
            let files = names.map { url.appendingPathComponent($0) }.filter { detect($0) != nil }
            guard !files.isEmpty else {
                throw ReleaseFileError(file: path, message: "no release file this engine can import in the folder")
            }
            // parse everything first, then store: one bad file imports nothing
            let parsed = try files.map { try parse($0) }
            return try parsed.flatMap { try store($0, locations) }
        }
        return try store(try parse(url), locations)
    }

    /// What kind of release file this is, from its name.
    public static func detect(_ url: URL) -> ComponentKind? {
        let name = url.lastPathComponent.lowercased()
        if name.hasSuffix(".xsd") || name.hasSuffix(".pdf") { return nil }
        if name.contains("tabular") && name.hasSuffix(".xml") { return .tabular }
        if name.contains("addenda") && name.contains("code") && name.hasSuffix(".txt") { return .addenda }
        if name.contains("icd10pcs_tables") || name.contains("pcs_tables") { return .pcsTables }
        if name.contains("icd10pcs_definitions") || name.contains("pcs_definitions") { return .pcsDefinitions }
        if name.contains("icd10pcs_index") || name.contains("pcs_index") { return .pcsIndex }
        if name.contains("neoplasm") && name.hasSuffix(".xml") { return .neoplasmTable }
        if name.contains("drug") && name.hasSuffix(".xml") { return .drugTable }
        if name.contains("index") && (name.hasSuffix(".xml") || name.hasSuffix(".csv")) { return .alphabeticIndex }
        if name.contains("poa") && name.contains("exempt") { return .poaExempt }
        if name.contains("order") || name.contains("code-descriptions") || name.hasPrefix("icd10cm_order") {
            return .orderFile
        }
        if name.contains("hcpcs") || name.contains("anweb") { return .hcpcs }
        return nil
    }

    /// The fiscal year written in a file name (`icd10pcs_tables_2026.xml` → 2026): its last run of exactly four digits.
    public static func yearInName(_ name: String) -> String? {
        PCSReleaseYear.fromFileName(name)
    }

    /// A parsed release file, ready to be stored.
    public struct Parsed {
        public var kind: ComponentKind
        public var version: String
        public var source: String
        public var count: Int
        public var encode: (inout BinaryWriter) -> Void
    }

    /// Parses one release file completely.
    public static func parse(_ url: URL) throws -> Parsed {
        guard let kind = detect(url) else {
            throw ReleaseFileError(
                file: url.lastPathComponent,
                message:
                    "not a release file this engine can import (tabular, index, neoplasm or drug table XML; index CSV; "
                    + "order file; POA-exempt list; HCPCS; PCS tables, definitions or index)")
        }
        let name = url.lastPathComponent
        switch kind {
        case .tabular:
            let tabular = try TabularXMLParser.parse(try ReleaseArchive.contents(of: url), fileName: name)
            return Parsed(
                kind: kind, version: tabular.version, source: name, count: tabular.billableCount,
                encode: { tabular.encode(to: &$0) })
        default:
            if let parsed = try parseOther(kind, url) { return parsed }
            throw ReleaseFileError(file: name, message: "importing \(kind.rawValue) files is not supported yet")
        }
    }

    static func store(_ parsed: Parsed, _ locations: CodeSetLocations) throws -> [ImportRecord] {
        [
            try ImportRegistry.store(
                locations, kind: parsed.kind, version: parsed.version, source: parsed.source, count: parsed.count,
                encode: parsed.encode)
        ]
    }
}
