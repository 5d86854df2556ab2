/// A value that writes itself into a compiled snapshot and reads itself back.
public protocol BinaryCodable {
    func encode(to writer: inout BinaryWriter)
    init(from reader: inout BinaryReader) throws
}

/// The error a snapshot reader raises on bytes it cannot read.
public struct SnapshotError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { "snapshot: \(message)" }
}

/// Appends little-endian integers, strings and flat arrays to a byte buffer.
public struct BinaryWriter {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 1 << 20) { bytes.reserveCapacity(capacity) }

    public mutating func write(_ value: UInt8) { bytes.append(value) }
    public mutating func write(_ value: Bool) { bytes.append(value ? 1 : 0) }

    public mutating func write(_ value: UInt32) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    public mutating func write(_ value: Int32) { write(UInt32(bitPattern: value)) }

    public mutating func write(_ value: Int) {
        withUnsafeBytes(of: Int64(value).littleEndian) { bytes.append(contentsOf: $0) }
    }

    public mutating func write(_ value: Float) { write(value.bitPattern) }

    public mutating func write(_ value: String) {
        var copy = value
        copy.withUTF8 { utf8 in
            write(UInt32(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    /// Writes a flat array of 32-bit integers in one copy.
    public mutating func write(_ values: [UInt32]) {
        write(UInt32(values.count))
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }

    public mutating func write(_ values: [Int32]) {
        write(UInt32(values.count))
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }

    public mutating func write(_ values: [UInt8]) {
        write(UInt32(values.count))
        bytes.append(contentsOf: values)
    }

    public mutating func write(_ values: [UInt16]) {
        write(UInt32(values.count))
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }

    public mutating func write(_ values: [String]) {
        write(UInt32(values.count))
        for value in values { write(value) }
    }

    public mutating func write<T: BinaryCodable>(_ values: [T]) {
        write(UInt32(values.count))
        for value in values { value.encode(to: &self) }
    }

    public mutating func write<T: BinaryCodable>(_ value: T) { value.encode(to: &self) }
}

/// Reads what ``BinaryWriter`` wrote, from a buffer that stays valid while the reader is used.
public struct BinaryReader {
    private let base: UnsafeRawBufferPointer
    public private(set) var offset: Int = 0

    /// Calls `body` with a reader over the bytes.
    public static func read<R>(_ bytes: [UInt8], _ body: (inout BinaryReader) throws -> R) throws -> R {
        try bytes.withUnsafeBytes { raw in
            var reader = BinaryReader(base: raw)
            return try body(&reader)
        }
    }

    public init(base: UnsafeRawBufferPointer) { self.base = base }

    public var isAtEnd: Bool { offset >= base.count }

    private mutating func need(_ count: Int) throws {
        guard count >= 0, offset + count <= base.count else {
            throw SnapshotError("truncated at byte \(offset) (need \(count) more)")
        }
    }

    public mutating func readUInt8() throws -> UInt8 {
        try need(1)
        defer { offset += 1 }
        return base[offset]
    }

    public mutating func readBool() throws -> Bool { try readUInt8() != 0 }

    public mutating func readUInt32() throws -> UInt32 {
        try need(4)
        defer { offset += 4 }
        return UInt32(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }

    public mutating func readInt32() throws -> Int32 { Int32(bitPattern: try readUInt32()) }

    public mutating func readInt() throws -> Int {
        try need(8)
        defer { offset += 8 }
        return Int(Int64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: Int64.self)))
    }

    public mutating func readFloat() throws -> Float { Float(bitPattern: try readUInt32()) }

    public mutating func readString() throws -> String {
        let count = Int(try readUInt32())
        try need(count)
        defer { offset += count }
        let slice = UnsafeRawBufferPointer(rebasing: base[offset..<(offset + count)])
        return String(decoding: slice, as: UTF8.self)
    }

    private mutating func readFlat<T: FixedWidthInteger>(_: T.Type) throws -> [T] {
        let count = Int(try readUInt32())
        let size = count * MemoryLayout<T>.stride
        try need(size)
        defer { offset += size }
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(
                from: UnsafeRawBufferPointer(rebasing: base[offset..<(offset + size)]))
            initialized = count
        }
    }

    public mutating func readUInt32Array() throws -> [UInt32] { try readFlat(UInt32.self) }
    public mutating func readInt32Array() throws -> [Int32] { try readFlat(Int32.self) }
    public mutating func readUInt16Array() throws -> [UInt16] { try readFlat(UInt16.self) }
    public mutating func readUInt8Array() throws -> [UInt8] { try readFlat(UInt8.self) }

    public mutating func readStringArray() throws -> [String] {
        let count = Int(try readUInt32())
        try need(count * 4)
        var result = [String]()
        result.reserveCapacity(count)
        for _ in 0..<count { result.append(try readString()) }
        return result
    }

    public mutating func readArray<T: BinaryCodable>(of _: T.Type) throws -> [T] {
        let count = Int(try readUInt32())
        try need(count)
        var result = [T]()
        result.reserveCapacity(count)
        for _ in 0..<count { result.append(try T(from: &self)) }
        return result
    }

    public mutating func read<T: BinaryCodable>(_: T.Type) throws -> T { try T(from: &self) }
}
