import Foundation

/// One file of the shipped `CodeSets/manifest.json`.
public struct ShippedFile: Codable, Sendable, Hashable {
    public var system: String
    public var version: String
    public var path: String
    public var member: String
    public var sourcePackage: String
    public var sourceVersion: String
    public var sourceFile: String
    public var sha256: String
    public var licence: String
    public var notes: String?
}

extension CodeSetLocations {
    /// Reads the shipped manifest.
    /// - Throws: ``ReleaseFileError`` when it is missing or malformed.
    public func shippedManifest() throws -> [ShippedFile] {
        let url = shipped.appendingPathComponent("manifest.json")
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ReleaseFileError(
                file: url.path, message: "no shipped code sets here (set --code-sets DIR or CODER_CODE_SETS)")
        }
        do {
            return try JSONDecoder().decode([ShippedFile].self, from: data)
        } catch {
            throw ReleaseFileError(file: url.path, message: "malformed manifest (\(error))")
        }
    }

    /// A fingerprint of every source the compiled snapshot is built from: the shipped manifest and the imports list.
    public func sourceFingerprint(formatVersion: Int) -> String {
        var h: UInt64 = 14_695_981_039_346_656_037
        func mix(_ bytes: Data) {
            for b in bytes {
                h ^= UInt64(b)
                h = h &* 1_099_511_628_211
            }
        }
        mix(Data("format \(formatVersion)".utf8))
        mix(Data(shipped.standardizedFileURL.path.utf8))
        if let m = FileManager.default.contents(atPath: shipped.appendingPathComponent("manifest.json").path) { mix(m) }
        if let i = FileManager.default.contents(atPath: importsManifest.path) { mix(i) }
        // the engine that builds the snapshot: a rebuilt executable builds it anew
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().path
        if let attributes = try? FileManager.default.attributesOfItem(atPath: executable) {
            let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            mix(Data("\(executable) \(size) \(modified)".utf8))
        }
        return String(h, radix: 16)
    }
}
