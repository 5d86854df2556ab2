import Foundation

/// The ICD-10-CM codes exempt from present-on-admission (POA) reporting (CMS, `POAexemptCodesFY*.txt`).
///
/// An immutable value; build it with ``POAExemptList/parse(_:fileName:)`` or read it from a snapshot.
public struct POAExemptList: Sendable {
    /// The exempt codes, normalised (no dot, upper case), in the order of the file.
    public let codes: [String]
    private let members: Set<String>

    public init(codes: [String]) {
        self.codes = codes
        self.members = Set(codes)
    }

    /// Whether the code (any case, with or without dot) is exempt from POA reporting.
    /// - Complexity: O(1) on average.
    public func contains(_ code: some StringProtocol) -> Bool { members.contains(CodeFormat.normalize(code)) }

    /// The number of exempt codes.
    public var count: Int { codes.count }

    /// Reads a tab-delimited POA-exempt list.
    ///
    /// The first line names the columns (`OrdFY25`/`Order25`, `POAexemptCode`, `Description`); the column whose name
    /// ends in `Code` holds the codes, dotted as written. The add and delete lists of the release have the same
    /// layout and can be read too.
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - fileName: the name used in error messages.
    /// - Throws: ``ReleaseFileError`` naming file, line and column on a missing header, a line without the code
    ///   column, a value that is not an ICD-10-CM code, a duplicate, or a truncated last line.
    /// - Complexity: O(*n*) in the size of the file.
    public static func parse(_ data: Data, fileName: String) throws -> POAExemptList {
        let lines = ReleaseTextLines(data, fileName: fileName)
        var codeColumn: Int?
        var columnName = ""
        var codes: [String] = []
        var seen = Set<String>()
        try lines.forEachLine { line, number in
            if ReleaseTextLines.isBlank(line) { return }
            let fields = line.split(separator: 0x09, omittingEmptySubsequences: false)
            guard let column = codeColumn else {
                let names = fields.map(ReleaseTextLines.text)
                guard let found = names.firstIndex(where: { $0.lowercased().hasSuffix("code") }) else {
                    throw ReleaseFileError(
                        file: fileName, line: number, element: "header",
                        message: "no column named …Code in the header line (tab-delimited POAexemptCode expected)")
                }
                codeColumn = found
                columnName = names[found]
                return
            }
            guard column < fields.count else {
                throw ReleaseFileError(
                    file: fileName, line: number, element: columnName,
                    message: "\(fields.count) tab-separated fields: the code is in field \(column + 1)")
            }
            let written = ReleaseTextLines.text(fields[column])
            let code = CodeFormat.normalize(written)
            guard Self.looksLikeCM(code), written.uppercased().filter({ $0 != "." }) == code else {
                throw ReleaseFileError(
                    file: fileName, line: number, element: columnName,
                    message: "\"\(written)\" is not an ICD-10-CM code")
            }
            guard seen.insert(code).inserted else {
                throw ReleaseFileError(
                    file: fileName, line: number, element: columnName, message: "\(written) appears a second time")
            }
            codes.append(code)
        }
        guard codeColumn != nil else {
            throw ReleaseFileError(file: fileName, line: 1, element: "header", message: "empty file")
        }
        return POAExemptList(codes: codes)
    }

    /// Reads the list from the CMS release ZIP (`…poa-exempt-codes.zip`, member `POAexemptCodesFY*.txt`) or a plain
    /// file.
    /// - Throws: ``ReleaseFileError`` when the archive has no list or the list is malformed.
    public static func read(from url: URL) throws -> POAExemptList {
        guard url.pathExtension.lowercased() == "zip" else {
            return try parse(ReleaseArchive.contents(of: url), fileName: url.lastPathComponent)
        }
        let member = try ReleaseArchive.members(of: url).first { path in
            let name = path.split(separator: "/").last.map(String.init)?.lowercased() ?? ""
            return name.hasPrefix("poaexemptcodes") && name.hasSuffix(".txt")
        }
        guard let member else {
            throw ReleaseFileError(file: url.lastPathComponent, message: "no POAexemptCodes*.txt in the archive")
        }
        return try parse(
            ReleaseArchive.read(member: member, of: url),
            fileName: member.split(separator: "/").last.map(String.init) ?? member)
    }

    /// A letter, then two digits or a digit and a letter, then up to four letters or digits.
    static func looksLikeCM(_ code: String) -> Bool {
        let bytes = Array(code.utf8)
        guard bytes.count >= 3, bytes.count <= 7 else { return false }
        func isLetter(_ b: UInt8) -> Bool { b >= 65 && b <= 90 }
        func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
        return isLetter(bytes[0]) && isDigit(bytes[1]) && bytes[2...].allSatisfy { isLetter($0) || isDigit($0) }
    }
}

extension POAExemptList: BinaryCodable {
    public func encode(to writer: inout BinaryWriter) { writer.write(codes) }

    public init(from reader: inout BinaryReader) throws { self.init(codes: try reader.readStringArray()) }
}
