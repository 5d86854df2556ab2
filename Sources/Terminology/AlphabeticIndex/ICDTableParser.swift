import Foundation

/// Reads the CDC ICD-10-CM Neoplasm Table (`icd10cm-neoplasm-*.xml`) or Table of Drugs and Chemicals
/// (`icd10cm-drug-*.xml`) into an ``ICDTable``.
///
/// Follows `icd-10-cm-drug-neoplasm-*.xsd`: an `indexHeading` of `head col="n"`, then `letter` › `mainTerm` ›
/// `term level="n"`, each with a `title` (with `nemod`), optional `manif`, `see`, `seeAlso`, and a `cell col="n"` per
/// column that has a code. Column 1 is the term itself; a cell reading `-` or `--`, or a missing cell, has no code.
public enum ICDTableParser {
    /// Parses the XML bytes.
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - fileName: the name used in error messages.
    ///   - kind: which table the file is; when nil, read from the heading of column 1 (`Neoplasm` or `Substance`).
    /// - Throws: ``ReleaseFileError`` naming file, line and element when the file is malformed or truncated, has no
    ///   column headings, or has a cell outside the headed columns.
    /// - Complexity: O(*n*) in the size of the file.
    public static func parse(_ data: Data, fileName: String, kind: ICDTable.Kind? = nil) throws -> ICDTable {
        let document = try IndexXMLReader.read(data, fileName: fileName)
        guard document.sawIndexHeading, !document.headings.isEmpty else {
            throw ReleaseFileError(
                file: fileName, line: document.nodes.first?.line, element: "indexHeading",
                message: "no column headings: not a table (read an alphabetic index with AlphabeticIndexParser)")
        }
        let headings = document.headings.sorted { $0.column < $1.column }
        for (position, heading) in headings.enumerated() where heading.column != position + 1 {
            throw ReleaseFileError(
                file: fileName, line: heading.line, element: "head",
                message: "column \(heading.column) where column \(position + 1) is expected")
        }
        let termHeading = headings[0].text
        let columns = headings.dropFirst().map(\.text)
        let resolvedKind: ICDTable.Kind
        if let kind {
            resolvedKind = kind
        } else {
            switch termHeading.lowercased() {
            case "neoplasm": resolvedKind = .neoplasm
            case "substance", "drug", "drugs and chemicals": resolvedKind = .drugsAndChemicals
            default:
                throw ReleaseFileError(
                    file: fileName, line: headings[0].line, element: "head",
                    message: "column 1 is headed \"\(termHeading)\": neither the Neoplasm Table nor the Table of Drugs")
            }
        }
        var rows: [ICDTableRow] = []
        rows.reserveCapacity(document.nodes.count)
        for node in document.nodes {
            var cells = [String?](repeating: nil, count: columns.count)
            for cell in node.cells {
                guard cell.column >= 2, cell.column <= headings.count else {
                    throw ReleaseFileError(
                        file: fileName, line: cell.line, element: "cell",
                        message: "col=\"\(cell.column)\" outside the code columns 2–\(headings.count)")
                }
                if cells[cell.column - 2] != nil {
                    throw ReleaseFileError(
                        file: fileName, line: cell.line, element: "cell",
                        message: "second cell for column \(cell.column)")
                }
                cells[cell.column - 2] = code(in: cell.text)
            }
            var path: [String] = []
            var modifiers: [String] = []
            if node.parent >= 0 {
                path = rows[Int(node.parent)].path
                modifiers = rows[Int(node.parent)].modifiers
            }
            path.append(node.title)
            modifiers.append(node.modifiers)
            rows.append(
                ICDTableRow(
                    path: path, modifiers: modifiers, cells: cells, manifestation: node.manifestation, see: node.see,
                    seeAlso: node.seeAlso, parent: node.parent))
        }
        return ICDTable(
            kind: resolvedKind, version: document.version.isEmpty ? "unknown" : document.version,
            termHeading: termHeading, columns: columns, rows: rows)
    }

    /// The code in a cell, or nil for an empty cell or a dash.
    static func code(in text: String) -> String? {
        text.isEmpty || text.allSatisfy({ $0 == "-" || $0 == "\u{2013}" || $0 == "\u{2014}" }) ? nil : text
    }
}
