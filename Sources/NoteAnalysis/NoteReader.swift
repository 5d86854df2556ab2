import Foundation

/// Why a note could not be read; one line, naming the note and the problem.
public struct NoteReadError: Error, Equatable, CustomStringConvertible {
    /// What is wrong with the input.
    public enum Problem: Equatable, Sendable {
        /// No bytes, or only white space.
        case empty
        /// A NUL byte at this offset: the input is binary, not a text note.
        case binary(offset: Int)
        /// The bytes at this offset are not valid UTF-8.
        case invalidUTF8(offset: Int)
        /// The note is larger than the reader's limit.
        case tooLarge(bytes: Int, limit: Int)
    }

    /// The problem.
    public var problem: Problem
    /// The note's name (file path, `-` for standard input, or `note`).
    public var source: String

    public init(_ problem: Problem, source: String) {
        self.problem = problem
        self.source = source
    }

    public var description: String {
        switch problem {
        case .empty: "\(source): the note is empty"
        case .binary(let offset): "\(source): binary data (NUL byte at byte \(offset)), not a text note"
        case .invalidUTF8(let offset): "\(source): invalid UTF-8 at byte \(offset)"
        case .tooLarge(let bytes, let limit):
            "\(source): the note is \(bytes) bytes, over the limit of \(limit) bytes"
        }
    }
}

/// Reads a clinical note from bytes: checks it is non-empty UTF-8 text within the size limit, then analyses it.
///
/// Notes over `maxBytes` (5 MiB by default) are rejected rather than truncated, so no evidence offset ever points
/// past what was analysed; every stage below is linear in the note's length, so a note at the limit is read in
/// bounded time (well under a second in a release build).
public struct NoteReader: Sendable {
    /// The default size limit: 5 MiB.
    public static let defaultMaxBytes = 5 * 1024 * 1024

    /// The largest note accepted, in bytes.
    public var maxBytes: Int

    public init(maxBytes: Int = NoteReader.defaultMaxBytes) {
        self.maxBytes = maxBytes
    }

    /// Reads a note with the default limit.
    /// - Throws: `NoteReadError` for an empty, binary, invalid UTF-8 or too large note.
    public static func read(_ data: Data, source: String = "note") throws(NoteReadError) -> ClinicalNote {
        try NoteReader().read(data, source: source)
    }

    /// Reads a note.
    /// - Parameters:
    ///   - data: the note's bytes, UTF-8.
    ///   - source: the note's name for error messages.
    /// - Throws: `NoteReadError` for an empty, binary, invalid UTF-8 or too large note.
    /// - Complexity: O(*n*) in the note's length.
    public func read(_ data: Data, source: String = "note") throws(NoteReadError) -> ClinicalNote {
        if data.count > maxBytes { throw NoteReadError(.tooLarge(bytes: data.count, limit: maxBytes), source: source) }
        let bytes = [UInt8](data)
        if let problem = Self.check(bytes) { throw NoteReadError(problem, source: source) }
        return ClinicalNote(validated: bytes)
    }

    /// Reads a note from a file.
    /// - Throws: `NoteReadError`, or the file system's error when the file cannot be read.
    public func read(contentsOf url: URL) throws -> ClinicalNote {
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        if let size = attributes?[.size] as? Int, size > maxBytes {
            throw NoteReadError(.tooLarge(bytes: size, limit: maxBytes), source: url.path)
        }
        return try read(try Data(contentsOf: url), source: url.path)
    }

    /// The first problem with the bytes as a text note, or `nil`.
    static func check(_ bytes: [UInt8]) -> NoteReadError.Problem? {
        var blank = true
        for (i, c) in bytes.enumerated() {
            if c == 0 { return .binary(offset: i) }
            if blank && !(c == 32 || (c >= 9 && c <= 13)) { blank = false }
        }
        if blank { return .empty }
        if let offset = firstInvalidUTF8(bytes) { return .invalidUTF8(offset: offset) }
        return nil
    }

    /// The offset of the first byte that does not start a valid UTF-8 sequence (overlong forms, surrogates and
    /// scalars over U+10FFFF are invalid), or `nil`.
    /// - Complexity: O(*n*); ASCII runs take one comparison a byte.
    static func firstInvalidUTF8(_ b: [UInt8]) -> Int? {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 {
                i += 1
                continue
            }
            func cont(_ k: Int) -> Bool { i + k < n && b[i + k] & 0xC0 == 0x80 }
            switch c {
            case 0xC2...0xDF:
                guard cont(1) else { return i }
                i += 2
            case 0xE0...0xEF:
                guard cont(1), cont(2) else { return i }
                let c1 = b[i + 1]
                if c == 0xE0 && c1 < 0xA0 { return i }  // overlong
                if c == 0xED && c1 >= 0xA0 { return i }  // surrogate
                i += 3
            case 0xF0...0xF4:
                guard cont(1), cont(2), cont(3) else { return i }
                let c1 = b[i + 1]
                if c == 0xF0 && c1 < 0x90 { return i }
                if c == 0xF4 && c1 >= 0x90 { return i }
                i += 4
            default:
                return i
            }
        }
        return nil
    }
}
