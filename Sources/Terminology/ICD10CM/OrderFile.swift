import Foundation

/// One line of an ICD-10 order file: a header (category or subcategory) or a code valid for reporting.
public struct OrderFileEntry: Sendable, Hashable {
    /// The order number: the position of the code in the classification (1-based).
    public var order: Int32
    /// The code as in the file, without dot (`J690`).
    public var code: String
    /// Whether the code is valid for HIPAA-covered transactions (`1`) rather than a header (`0`).
    public var billable: Bool
    /// The short description (at most 60 characters).
    public var shortTitle: String
    /// The long description.
    public var longTitle: String

    public init(order: Int32, code: String, billable: Bool, shortTitle: String, longTitle: String) {
        self.order = order
        self.code = code
        self.billable = billable
        self.shortTitle = shortTitle
        self.longTitle = longTitle
    }

    /// The ICD-10-CM written form with its dot (`J69.0`).
    public var dottedCode: String { CodeFormat.dottedCM(code) }
}

/// The ICD-10-CM (or ICD-10-PCS) order file: every header and code in classification order, with short and long
/// titles (`icd10cm_order_*.txt`).
///
/// An immutable value; build it with ``OrderFile/parse(_:fileName:)`` or read it from a snapshot.
public struct OrderFile: Sendable {
    /// Every line, in order.
    public let entries: [OrderFileEntry]
    private let byCode: [String: Int32]

    public init(entries: [OrderFileEntry]) {
        self.entries = entries
        var byCode = [String: Int32](minimumCapacity: entries.count)
        for (index, entry) in entries.enumerated() where byCode[entry.code] == nil { byCode[entry.code] = Int32(index) }
        self.byCode = byCode
    }

    /// The entry for a code (any case, with or without dot), or nil.
    /// - Complexity: O(1) on average.
    public func entry(_ code: some StringProtocol) -> OrderFileEntry? {
        byCode[CodeFormat.normalize(code)].map { entries[Int($0)] }
    }

    /// The number of codes valid for reporting.
    public var billableCount: Int { entries.reduce(0) { $0 + ($1.billable ? 1 : 0) } }
    /// The number of headers (codes not valid for reporting).
    public var headerCount: Int { entries.count - billableCount }

    /// Reads an order file.
    ///
    /// The layout (CMS, `icd10OrderFiles.pdf`), 1-based columns: 1–5 order number, zero filled; 6 blank; 7–13 code
    /// without dot, left justified; 14 blank; 15 `0` header or `1` valid for reporting; 16 blank; 17–76 short
    /// description; 77 blank; 78 to the end of the line long description.
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - fileName: the name used in error messages.
    /// - Throws: ``ReleaseFileError`` naming file, line and field on a malformed or truncated line, a duplicate code,
    ///   or order numbers out of sequence.
    /// - Complexity: O(*n*) in the size of the file.
    public static func parse(_ data: Data, fileName: String) throws -> OrderFile {
        let lines = ReleaseTextLines(data, fileName: fileName)
        var entries: [OrderFileEntry] = []
        entries.reserveCapacity(lines.bytes.count / 140)
        var seen = Set<String>()
        try lines.forEachLine { line, number in
            if ReleaseTextLines.isBlank(line) { return }
            func fail(_ field: String, _ message: String) -> ReleaseFileError {
                ReleaseFileError(file: fileName, line: number, element: field, message: message)
            }
            guard line.count >= 78 else {
                throw fail(
                    "long description", "line of \(line.count) characters: the long description starts at column 78")
            }
            let base = line.startIndex
            for column in [6, 14, 16, 77] where line[base + column - 1] != 0x20 {
                throw fail("column \(column)", "expected a blank at column \(column)")
            }
            guard let order = Int32(ReleaseTextLines.field(line, 1, 5)) else {
                throw fail("order number", "\"\(ReleaseTextLines.field(line, 1, 5))\" is not a number")
            }
            if let previous = entries.last, order <= previous.order {
                throw fail("order number", "\(order) follows \(previous.order)")
            }
            let code = ReleaseTextLines.field(line, 7, 13)
            guard !code.isEmpty, code.utf8.count >= 3, CodeFormat.normalize(code) == code else {
                throw fail("code", "\"\(code)\" is not a code without dot")
            }
            let billable: Bool
            switch line[base + 14] {
            case UInt8(ascii: "0"): billable = false
            case UInt8(ascii: "1"): billable = true
            default:
                let flag = ReleaseTextLines.field(line, 15, 15)
                throw fail(
                    "header/billable flag", "\"\(flag)\" where 0 (header) or 1 (valid for reporting) is expected")
            }
            let shortTitle = ReleaseTextLines.field(line, 17, 76)
            let longTitle = ReleaseTextLines.text(line[(base + 77)...])
            guard !shortTitle.isEmpty else { throw fail("short description", "empty") }
            guard !longTitle.isEmpty else { throw fail("long description", "empty") }
            guard seen.insert(code).inserted else { throw fail("code", "\(code) appears a second time") }
            entries.append(
                OrderFileEntry(
                    order: order, code: code, billable: billable, shortTitle: shortTitle, longTitle: longTitle))
        }
        guard !entries.isEmpty else { throw ReleaseFileError(file: fileName, line: 1, message: "no entries found") }
        return OrderFile(entries: entries)
    }

    /// Reads the order file from the CMS/CDC release ZIP (`…code-descriptions-tabular-order….zip`) or a plain file.
    ///
    /// In an archive, the member named `icd10cm_order_<year>.txt` (or `icd10pcs_order_<year>.txt`) is read; addenda are
    /// not.
    /// - Throws: ``ReleaseFileError`` when the archive has no order file or the file is malformed.
    public static func read(from url: URL) throws -> OrderFile {
        guard url.pathExtension.lowercased() == "zip" else {
            return try parse(ReleaseArchive.contents(of: url), fileName: url.lastPathComponent)
        }
        let member = try ReleaseArchive.members(of: url).first { path in
            let name = path.split(separator: "/").last.map(String.init)?.lowercased() ?? ""
            return (name.hasPrefix("icd10cm_order_") || name.hasPrefix("icd10pcs_order_")) && name.hasSuffix(".txt")
                && !name.contains("addenda")
        }
        guard let member else {
            throw ReleaseFileError(file: url.lastPathComponent, message: "no icd10cm_order_*.txt in the archive")
        }
        return try parse(
            ReleaseArchive.read(member: member, of: url),
            fileName: member.split(separator: "/").last.map(String.init) ?? member)
    }
}

extension OrderFile: BinaryCodable {
    public func encode(to writer: inout BinaryWriter) {
        writer.write(entries.map { UInt32(bitPattern: $0.order) })
        writer.write(entries.map(\.code))
        writer.write(entries.map { UInt8($0.billable ? 1 : 0) })
        writer.write(entries.map(\.shortTitle))
        // Most long titles repeat the short title: those are written empty.
        writer.write(entries.map { $0.longTitle == $0.shortTitle ? "" : $0.longTitle })
    }

    public init(from reader: inout BinaryReader) throws {
        let orders = try reader.readUInt32Array()
        let codes = try reader.readStringArray()
        let billable = try reader.readUInt8Array()
        let shortTitles = try reader.readStringArray()
        let longTitles = try reader.readStringArray()
        let count = orders.count
        guard codes.count == count, billable.count == count, shortTitles.count == count, longTitles.count == count
        else {
            throw SnapshotError("order file: arrays of different lengths")
        }
        self.init(
            entries: (0..<count).map { i in
                OrderFileEntry(
                    order: Int32(bitPattern: orders[i]), code: codes[i], billable: billable[i] != 0,
                    shortTitle: shortTitles[i], longTitle: longTitles[i].isEmpty ? shortTitles[i] : longTitles[i])
            })
    }
}
