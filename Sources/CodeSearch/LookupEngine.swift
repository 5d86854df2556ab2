import Foundation
import Synchronization
import Terminology

/// The library as it sits in the snapshot, decoded the first time it is asked for: lookup needs only the indexes.
final class LazyLibrary: Sendable {
    private let state: Mutex<(bytes: [UInt8], value: CodeSetLibrary?)>

    init(bytes: [UInt8]) { state = Mutex((bytes, nil)) }
    init(_ library: CodeSetLibrary) { state = Mutex(([], library)) }

    func value() throws -> CodeSetLibrary {
        try state.withLock { state in
            if let value = state.value { return value }
            let decoded = try BinaryReader.read(state.bytes) { try CodeSetLibrary(from: &$0) }
            state.value = decoded
            state.bytes = []
            return decoded
        }
    }
}

/// The loaded code sets and their lookup indexes, one per ICD-10-CM release, ready to answer.
///
/// Loaded from the compiled snapshot when its sources have not changed, otherwise built from them and the snapshot
/// written anew (atomically).
public struct LookupEngine: Sendable {
    private let lazyLibrary: LazyLibrary
    public let indexes: [String: SearchIndex]

    /// Every loaded code set (decoded from the snapshot on first use).
    public var library: CodeSetLibrary {
        // The bytes were written by this engine and checked by format and fingerprint; a failure here is a bug.
        try! lazyLibrary.value()
    }
    /// Whether this engine came from the compiled snapshot.
    public let fromSnapshot: Bool

    /// Bump when the snapshot layout or the index build changes.
    public static let snapshotFormat = 5
    static let magic: [UInt8] = Array("OPENCODER-SNAPSHOT\n".utf8)

    public init(library: CodeSetLibrary, synonymsTSV: String = CuratedSynonyms.tsv) {
        self.lazyLibrary = LazyLibrary(library)
        // one index a release, built side by side (FY2026 and FY2027: about half the time on two cores)
        let versions = library.versions
        let built = Mutex([String: SearchIndex]())
        DispatchQueue.concurrentPerform(iterations: versions.count) { i in
            let index = Self.buildIndex(library, version: versions[i], synonymsTSV: synonymsTSV)
            built.withLock { $0[versions[i]] = index }
        }
        self.indexes = Self.withProcedures(built.withLock { $0 }, lazyLibrary)
        self.fromSnapshot = false
    }

    init(library: LazyLibrary, indexes: [String: SearchIndex]) {
        self.lazyLibrary = library
        self.indexes = Self.withProcedures(indexes, library)
        self.fromSnapshot = true
    }

    /// Gives each index the ICD-10-PCS builder of its release: the tables in effect for it and the newest PCS Index.
    static func withProcedures(_ indexes: [String: SearchIndex], _ library: LazyLibrary) -> [String: SearchIndex] {
        var out = indexes
        for version in indexes.keys {
            out[version]!.procedures = ProcedureBuilderSlot {
                guard let library = try? library.value(),
                    let tables = library.companion(library.pcsTables, for: version),
                    let index = library.pcsIndexes.max(by: { $0.key < $1.key })?.value
                else { return nil }
                return PCSBuilder(tables: tables, index: index)
            }
        }
        return out
    }

    /// Loads the engine: from the snapshot if it matches the sources, else from the sources (then writes the snapshot).
    /// - Parameter warn: told, in one line, when a snapshot that exists cannot be read or a new one cannot be written
    ///   (the engine still loads, from the sources; every start will until the folder is writable). Standard error by
    ///   default.
    public static func load(
        _ locations: CodeSetLocations,
        warn: (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
    ) throws -> LookupEngine {
        let fingerprint = locations.sourceFingerprint(formatVersion: snapshotFormat)
        let url = locations.snapshotFolder.appendingPathComponent("codesets-\(fingerprint).snapshot")
        if FileManager.default.fileExists(atPath: url.path) {
            do {
                return try readSnapshot(url)
            } catch {
                warn("warning: \(url.path): the snapshot cannot be read (\(error)); loading from the sources")
            }
        }
        let engine = LookupEngine(library: try CodeSetLoader.load(locations))
        do {
            try engine.writeSnapshot(url)
        } catch {
            warn(
                "warning: \(url.path): the snapshot cannot be written (\(error)); every start will load from the sources until it can"
            )
        }
        return engine
    }

    /// Writes the snapshot atomically, removing older snapshots.
    public func writeSnapshot(_ url: URL) throws {
        var w = BinaryWriter(capacity: 64 << 20)
        for b in Self.magic { w.write(b) }
        w.write(UInt32(Self.snapshotFormat))
        var libraryWriter = BinaryWriter(capacity: 32 << 20)
        library.encode(to: &libraryWriter)
        w.write(libraryWriter.bytes)
        w.write(UInt32(indexes.count))
        for key in indexes.keys.sorted() {
            w.write(key)
            indexes[key]!.encode(to: &w)
        }
        let fm = FileManager.default
        try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        for old in (try? fm.contentsOfDirectory(atPath: url.deletingLastPathComponent().path)) ?? []
        where old.hasSuffix(".snapshot") && old != url.lastPathComponent {
            try? fm.removeItem(at: url.deletingLastPathComponent().appendingPathComponent(old))
        }
        try Data(w.bytes).write(to: url, options: .atomic)
    }

    /// Reads a snapshot written by ``writeSnapshot(_:)``.
    public static func readSnapshot(_ url: URL) throws -> LookupEngine {
        // mapped, not read: the pages are copied into the index's arrays once and never held twice
        let data = try Data(contentsOf: url, options: .alwaysMapped)
        guard !data.isEmpty else { throw SnapshotError("empty") }
        return try data.withUnsafeBytes { raw in
            var r = BinaryReader(base: raw)
            for b in magic where try r.readUInt8() != b { throw SnapshotError("not a snapshot") }
            guard try r.readUInt32() == UInt32(snapshotFormat) else { throw SnapshotError("older format") }
            let library = LazyLibrary(bytes: try r.readUInt8Array())
            let count = Int(try r.readUInt32())
            var indexes: [String: SearchIndex] = [:]
            for _ in 0..<count {
                let key = try r.readString()
                indexes[key] = try SearchIndex(from: &r)
            }
            return LookupEngine(library: library, indexes: indexes)
        }
    }

    /// The index for a date (`nil`: the release in effect today) or an explicit version.
    public func index(version: String? = nil, date: Date? = nil) -> SearchIndex? {
        indexVersion(version: version, date: date).flatMap { indexes[$0] }
    }

    /// The release whose index ``index(version:date:)`` gives.
    public func indexVersion(version: String? = nil, date: Date? = nil) -> String? {
        if let version {
            if indexes[version] != nil { return version }
            if let year = Int(version) { return CodeSetLibrary().version(of: Array(indexes.keys), forFiscalYear: year) }
            return nil
        }
        return CodeSetLibrary().version(of: Array(indexes.keys), forFiscalYear: FiscalYear.containing(date ?? Date()))
    }
}
