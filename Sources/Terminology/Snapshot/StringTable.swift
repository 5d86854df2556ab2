/// Many strings stored as one UTF-8 buffer and an offset array: two allocations in all, written and read in one copy
/// each, each string decoded only when asked for.
///
/// - Complexity: subscript O(length of the string); byte comparisons without allocation.
public struct StringTable: Sendable, Hashable {
    public private(set) var bytes: [UInt8]
    /// `offsets[i]..<offsets[i + 1]` are the bytes of string `i`.
    public private(set) var offsets: [UInt32]

    public init() {
        bytes = []
        offsets = [0]
    }

    public init<S: Sequence>(_ strings: S) where S.Element == String {
        self.init()
        for s in strings { append(s) }
    }

    public mutating func append(_ string: String) {
        var copy = string
        copy.withUTF8 { bytes.append(contentsOf: $0) }
        offsets.append(UInt32(bytes.count))
    }

    public var count: Int { offsets.count - 1 }

    public subscript(index: Int) -> String {
        let start = Int(offsets[index])
        let end = Int(offsets[index + 1])
        return bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self)
        }
    }

    /// The UTF-8 length of string `index`.
    public func utf8Count(_ index: Int) -> Int { Int(offsets[index + 1] - offsets[index]) }

    /// Compares string `index` with the bytes, as `String`'s `<` does for ASCII.
    /// - Returns: negative, zero or positive.
    public func compare(_ index: Int, _ other: UnsafeBufferPointer<UInt8>) -> Int {
        let start = Int(offsets[index])
        let end = Int(offsets[index + 1])
        return bytes.withUnsafeBufferPointer { buffer in
            let n = min(end - start, other.count)
            for i in 0..<n {
                let a = buffer[start + i]
                let b = other[i]
                if a != b { return Int(a) - Int(b) }
            }
            return (end - start) - other.count
        }
    }

    /// Whether string `index` starts with the bytes.
    public func hasPrefix(_ index: Int, _ prefix: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(offsets[index])
        let end = Int(offsets[index + 1])
        guard end - start >= prefix.count else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            for i in 0..<prefix.count where buffer[start + i] != prefix[i] { return false }
            return true
        }
    }

    /// The first index in a sorted table whose string is not less than the key (binary search).
    public func lowerBound(_ key: String) -> Int {
        var copy = key
        return copy.withUTF8 { k in
            var lo = 0
            var hi = count
            while lo < hi {
                let mid = (lo + hi) / 2
                if compare(mid, k) < 0 { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
    }

    /// The index of the key in a sorted table, or nil.
    public func find(_ key: String) -> Int? {
        let i = lowerBound(key)
        guard i < count else { return nil }
        var copy = key
        return copy.withUTF8 { compare(i, $0) == 0 } ? i : nil
    }

    /// The range of a sorted table whose strings start with the prefix.
    public func prefixRange(_ prefix: String) -> Range<Int> {
        let start = lowerBound(prefix)
        var copy = prefix
        return copy.withUTF8 { p in
            var end = start
            while end < count, hasPrefix(end, p) { end += 1 }
            return start..<end
        }
    }
}

extension StringTable: BinaryCodable {
    public func encode(to writer: inout BinaryWriter) {
        writer.write(bytes)
        writer.write(offsets)
    }

    public init(from reader: inout BinaryReader) throws {
        bytes = try reader.readUInt8Array()
        offsets = try reader.readUInt32Array()
        guard let first = offsets.first, first == 0, Int(offsets.last ?? 0) == bytes.count else {
            throw SnapshotError("damaged string table")
        }
    }
}
