import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads the CMS ICD-10-PCS Tables XML (`icd10pcs_tables_*.xml`) into ``PCSTables``.
///
/// Every `<pcsTable>` gives the first three characters (one value each on axes 1–3, with the root operation's
/// definition); every `<pcsRow>` gives the values of axes 4–7, and each combination of them is a valid code. The
/// counts the file states (`values` on an axis, `codes` on a row) are checked against what it lists.
public enum PCSTablesXMLParser {
    /// Parses the XML bytes.
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - fileName: the name used in error messages; a four-digit year in it is the release's version.
    ///   - fallbackVersion: the version when the file name has no four-digit year; without it, the file's `<version>`.
    /// - Returns: the tables with every valid code.
    /// - Throws: ``ReleaseFileError`` naming file, line and element when the file is malformed, truncated or inconsistent.
    /// - Complexity: O(size of the file + c log c) for c valid codes.
    public static func parse(_ data: Data, fileName: String, fallbackVersion: String? = nil) throws -> PCSTables {
        let reader = PCSTablesReader(fileName: fileName)
        try reader.run(data)
        guard !reader.tableAxisStart.isEmpty else {
            throw ReleaseFileError(file: fileName, line: 1, element: "pcsTable", message: "no tables found")
        }
        return try reader.build(
            version: PCSReleaseYear.resolve(
                fileName: fileName, fallback: fallbackVersion, stated: reader.statedVersion))
    }
}

private final class PCSTablesReader: PCSXMLReader {
    var strings: [String] = []
    var stringIDs: [String: UInt32] = [:]
    var axisPosition: [UInt8] = []
    var axisTitle: [UInt32] = []
    var axisDefinition: [Int32] = []
    var axisValueStart: [UInt32] = [0]
    var valueCharacter: [UInt8] = []
    var valueLabel: [UInt32] = []
    var tableAxisStart: [UInt32] = []
    var tableRowStart: [UInt32] = [0]
    var rowAxisStart: [UInt32] = []
    var rowTable: [UInt32] = []
    /// The line where each row starts, for errors found after parsing.
    var rowLine: [Int] = []

    private struct OpenAxis {
        var position: Int
        var stated: Int?
        var line: Int
        var title = ""
        var definition: String?
        var values: [(UInt8, String)] = []
    }

    private var inTable = false
    private var tableLine = 0
    private var tableAxes: [Int] = []
    private var tableRows = 0
    private var inRow = false
    private var rowStatedCodes: Int?
    private var rowAxes: [Int] = []
    private var axis: OpenAxis?
    private var labelCharacter: UInt8?

    init(fileName: String) { super.init(fileName: fileName, rootElement: "ICD10PCS.tabular") }

    private func intern(_ s: String) -> UInt32 {
        if let id = stringIDs[s] { return id }
        let id = UInt32(strings.count)
        strings.append(s)
        stringIDs[s] = id
        return id
    }

    override func start(_ name: String, attributes: [String: String], parser: XMLParser) {
        switch name {
        case "pcsTable":
            guard !inTable else { return fail(parser, name, "table inside a table") }
            inTable = true
            tableLine = parser.lineNumber
            tableAxes = []
            tableRows = 0
        case "pcsRow":
            guard inTable, !inRow else { return fail(parser, name, "row outside a table or inside a row") }
            guard tableAxes.count == 3 else {
                return fail(parser, name, "row before the table's three axes (found \(tableAxes.count))")
            }
            inRow = true
            rowAxes = []
            if let codes = attributes["codes"] {
                guard let n = Int(codes) else { return fail(parser, name, "codes=\"\(codes)\" is not a number") }
                rowStatedCodes = n
            } else {
                rowStatedCodes = nil
            }
            rowLine.append(parser.lineNumber)
        case "axis":
            guard inTable, axis == nil else { return fail(parser, name, "axis outside a table or inside an axis") }
            guard let pos = attributes["pos"].flatMap(Int.init) else {
                return fail(parser, name, "axis without a numeric pos attribute")
            }
            let allowed = inRow ? 4...7 : 1...3
            guard allowed.contains(pos) else {
                return fail(parser, name, "axis pos=\"\(pos)\" in a \(inRow ? "row" : "table") (expected \(allowed))")
            }
            var stated: Int? = nil
            if let values = attributes["values"] {
                guard let n = Int(values) else { return fail(parser, name, "values=\"\(values)\" is not a number") }
                stated = n
            }
            axis = OpenAxis(position: pos, stated: stated, line: parser.lineNumber)
        case "label":
            guard axis != nil else { return fail(parser, name, "label outside an axis") }
            guard let code = attributes["code"], code.utf8.count == 1, let byte = code.utf8.first,
                PCSCodeKey.isValidCharacter(byte)
            else {
                return fail(parser, name, "label code=\"\(attributes["code"] ?? "")\" is not one ICD-10-PCS character")
            }
            labelCharacter = byte
        default:
            break
        }
    }

    override func end(_ name: String, text: String, parser: XMLParser) {
        switch name {
        case "label":
            guard let byte = labelCharacter, axis != nil else { return }
            labelCharacter = nil
            guard !text.isEmpty else { return fail(parser, name, "empty label for \(Character(Unicode.Scalar(byte)))") }
            if axis!.values.contains(where: { $0.0 == byte }) {
                return fail(
                    parser, name, "value \(Character(Unicode.Scalar(byte))) listed twice on axis \(axis!.position)")
            }
            axis!.values.append((byte, text))
        case "title":
            if parentElement == "axis", axis != nil { axis!.title = text }
        case "definition":
            if parentElement == "axis", axis != nil, !text.isEmpty { axis!.definition = text }
        case "axis":
            closeAxis(parser)
        case "pcsRow":
            closeRow(parser)
        case "pcsTable":
            guard tableRows > 0 else { return fail(parser, name, "table without rows", line: tableLine) }
            tableAxisStart.append(UInt32(tableAxes[0]))
            tableRowStart.append(UInt32(rowTable.count))
            inTable = false
        default:
            break
        }
    }

    private func closeAxis(_ parser: XMLParser) {
        guard let open = axis else { return }
        axis = nil
        guard !open.title.isEmpty else {
            return fail(parser, "axis", "axis \(open.position) without a title", line: open.line)
        }
        guard !open.values.isEmpty else {
            return fail(parser, "axis", "axis \(open.position) (\(open.title)) without values", line: open.line)
        }
        if let stated = open.stated, stated != open.values.count {
            return fail(
                parser, "axis", "axis \(open.position) states \(stated) values but lists \(open.values.count)",
                line: open.line)
        }
        let expected = inRow ? 4 + rowAxes.count : 1 + tableAxes.count
        guard open.position == expected else {
            return fail(
                parser, "axis", "axis pos=\"\(open.position)\" where pos=\"\(expected)\" was expected", line: open.line)
        }
        if !inRow && open.values.count != 1 {
            return fail(
                parser, "axis", "table axis \(open.position) has \(open.values.count) values (expected 1)",
                line: open.line)
        }
        let index = axisPosition.count
        axisPosition.append(UInt8(open.position))
        axisTitle.append(intern(open.title))
        axisDefinition.append(open.definition.map { Int32(intern($0)) } ?? -1)
        for (byte, label) in open.values {
            valueCharacter.append(byte)
            valueLabel.append(intern(label))
        }
        axisValueStart.append(UInt32(valueCharacter.count))
        if inRow { rowAxes.append(index) } else { tableAxes.append(index) }
    }

    private func closeRow(_ parser: XMLParser) {
        inRow = false
        let line = rowLine.last ?? parser.lineNumber
        guard rowAxes.count == 4 else {
            return fail(parser, "pcsRow", "row with \(rowAxes.count) axes (expected 4, positions 4–7)", line: line)
        }
        let count = rowAxes.reduce(1) { $0 * Int(axisValueStart[$1 + 1] - axisValueStart[$1]) }
        if let stated = rowStatedCodes, stated != count {
            return fail(parser, "pcsRow", "row states \(stated) codes but its axes form \(count)", line: line)
        }
        rowAxisStart.append(UInt32(rowAxes[0]))
        rowTable.append(UInt32(tableAxisStart.count))
        tableRows += 1
    }

    /// Enumerates every code of every row and freezes the value.
    func build(version: String) throws -> PCSTables {
        var pairs: [(key: UInt64, row: UInt32)] = []
        pairs.reserveCapacity(
            rowAxisStart.indices.reduce(0) { total, r in
                let a = Int(rowAxisStart[r])
                return total + (0..<4).reduce(1) { $0 * Int(axisValueStart[a + $1 + 1] - axisValueStart[a + $1]) }
            })
        func values(_ axis: Int) -> ArraySlice<UInt8> {
            valueCharacter[Int(axisValueStart[axis])..<Int(axisValueStart[axis + 1])]
        }
        for r in rowAxisStart.indices {
            let t = Int(tableAxisStart[Int(rowTable[r])])
            let c0 = valueCharacter[Int(axisValueStart[t])]
            let c1 = valueCharacter[Int(axisValueStart[t + 1])]
            let c2 = valueCharacter[Int(axisValueStart[t + 2])]
            let a = Int(rowAxisStart[r])
            for c3 in values(a) {
                for c4 in values(a + 1) {
                    for c5 in values(a + 2) {
                        for c6 in values(a + 3) {
                            pairs.append((PCSCodeKey.key(bytes: (c0, c1, c2, c3, c4, c5, c6)), UInt32(r)))
                        }
                    }
                }
            }
        }
        pairs.sort { $0.key < $1.key }
        var keys = [UInt64]()
        var rows = [UInt32]()
        keys.reserveCapacity(pairs.count)
        rows.reserveCapacity(pairs.count)
        for pair in pairs {
            if let last = keys.last, last == pair.key {
                // Two rows forming the same code: the file contradicts itself.
                let first = rows[rows.count - 1]
                throw ReleaseFileError(
                    file: fileName, line: rowLine[Int(pair.row)], element: "pcsRow",
                    message:
                        "code \(PCSCodeKey.string(pair.key)) is also formed by the row at line \(rowLine[Int(first)])")
            }
            keys.append(pair.key)
            rows.append(pair.row)
        }
        return PCSTables(
            version: version, strings: strings, axisPosition: axisPosition, axisTitle: axisTitle,
            axisDefinition: axisDefinition, axisValueStart: axisValueStart, valueCharacter: valueCharacter,
            valueLabel: valueLabel, tableAxisStart: tableAxisStart, tableRowStart: tableRowStart,
            rowAxisStart: rowAxisStart, rowTable: rowTable, codeKeys: keys, codeRow: rows)
    }
}
