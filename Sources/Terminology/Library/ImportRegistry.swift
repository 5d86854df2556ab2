import Foundation

/// One imported release file, compiled into the data folder.
public struct ImportRecord: Codable, Sendable, Hashable {
    public var kind: ComponentKind
    public var version: String
    /// The release file it came from.
    public var source: String
    public var sha256: String?
    /// The compiled component's file name inside the imported folder.
    public var file: String
    public var importedAt: String
    public var count: Int
}

/// The list of imported components (`imports.json` in the data folder).
public enum ImportRegistry {
    public static func records(_ locations: CodeSetLocations) throws -> [ImportRecord] {
        guard let data = FileManager.default.contents(atPath: locations.importsManifest.path) else { return [] }
        do {
            return try JSONDecoder().decode([ImportRecord].self, from: data)
        } catch {
            throw ReleaseFileError(file: locations.importsManifest.path, message: "malformed imports list (\(error))")
        }
    }

    /// Writes a component and records it, replacing an earlier import of the same kind and version.
    /// The component is written first and the list last, each atomically, so an interrupted import changes nothing.
    public static func store(
        _ locations: CodeSetLocations, kind: ComponentKind, version: String, source: String, count: Int,
        encode: (inout BinaryWriter) -> Void
    ) throws -> ImportRecord {
        let fm = FileManager.default
        try fm.createDirectory(at: locations.importedFolder, withIntermediateDirectories: true)
        var writer = BinaryWriter()
        encode(&writer)
        let file = "\(kind.rawValue)-\(version).bin"
        try Data(writer.bytes).write(to: locations.importedFolder.appendingPathComponent(file), options: .atomic)
        var records = try records(locations)
        records.removeAll { $0.kind == kind && $0.version == version }
        let formatter = ISO8601DateFormatter()
        let record = ImportRecord(
            kind: kind, version: version, source: source, sha256: nil, file: file,
            importedAt: formatter.string(from: Date()), count: count)
        records.append(record)
        records.sort { ($0.kind.rawValue, $0.version) < ($1.kind.rawValue, $1.version) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(records).write(to: locations.importsManifest, options: .atomic)
        return record
    }
}
