import Synchronization

/// One kind of component of a library, by version, decoded from the snapshot the first time it is read: a command that
/// shows an ICD-10-CM code never pays for decoding the HCPCS file or the Table of Drugs.
final class LazyComponents<T: BinaryCodable & Sendable>: Sendable {
    private let state: Mutex<(bytes: [UInt8], value: [String: T]?)>

    init(_ value: [String: T] = [:]) { state = Mutex(([], value)) }
    init(bytes: [UInt8]) { state = Mutex((bytes, nil)) }

    var value: [String: T] {
        state.withLock { state in
            if let value = state.value { return value }
            // The bytes were written by this engine and matched its format and fingerprint when the snapshot was
            // opened; a component that still fails to decode is left out rather than stopping the process.
            let decoded = (try? BinaryReader.read(state.bytes) { r in try Self.readMap(&r) }) ?? [:]
            state.value = decoded
            state.bytes = []
            return decoded
        }
    }

    static func readMap(_ r: inout BinaryReader) throws -> [String: T] {
        var map: [String: T] = [:]
        for _ in 0..<Int(try r.readUInt32()) {
            let key = try r.readString()
            map[key] = try T(from: &r)
        }
        return map
    }

    /// The component's bytes: the map of versions to values.
    func encoded() -> [UInt8] {
        var w = BinaryWriter(capacity: 1 << 16)
        let map = value
        w.write(UInt32(map.count))
        for key in map.keys.sorted() {
            w.write(key)
            map[key]!.encode(to: &w)
        }
        return w.bytes
    }
}
