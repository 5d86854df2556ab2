import Foundation

/// Reads the ICD-10-PCS Tables and Index as `Scripts/compile-pcs.py` compiles them into `CodeSets/` (tab-separated, one
/// line per table, row or index term; the format is described in the script).
public enum PCSCompiledReader {
    /// The tables. The compiled lines are written back as the CMS tables XML and read by ``PCSTablesXMLParser``, so the
    /// shipped tables pass the same checks as an imported official file (stated counts, one code per row).
    /// - Throws: ``ReleaseFileError`` naming the file, line and field of a malformed line.
    public static func tables(_ data: Data, fileName: String, version: String) throws -> PCSTables {
        guard let text = String(data: data, encoding: .utf8) else {
            throw ReleaseFileError(file: fileName, message: "not UTF-8 text")
        }
        func esc(_ s: Substring) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;")
        }
        func labels(_ values: Substring, line: Int, position: Int) throws -> String {
            var out = ""
            for pair in values.components(separatedBy: " | ") {
                guard let eq = pair.firstIndex(of: "="), pair.distance(from: pair.startIndex, to: eq) == 1 else {
                    throw ReleaseFileError(
                        file: fileName, line: line, element: "axis \(position)",
                        message: "\"\(pair)\" is not value=label")
                }
                out += "<label code=\"\(esc(pair[..<eq]))\">\(esc(pair[pair.index(after: eq)...]))</label>"
            }
            return out
        }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ICD10PCS.tabular><version>\(version)</version>"
        var open = false
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !raw.isEmpty {
            let line = n + 1
            let f = raw.split(separator: "\t", omittingEmptySubsequences: false)
            switch f.first {
            case "T":
                guard f.count == 9 else {
                    throw ReleaseFileError(
                        file: fileName, line: line, message: "a table line has \(f.count) fields (expected 9)")
                }
                if open { xml += "</pcsTable>" }
                xml += "<pcsTable>"
                for position in 1...3 {
                    let title = f[2 * position]
                    xml += "<axis pos=\"\(position)\" values=\"1\"><title>\(esc(title))</title>"
                    xml += try labels(f[2 * position + 1], line: line, position: position)
                    if position == 3 && !f[8].isEmpty { xml += "<definition>\(esc(f[8]))</definition>" }
                    xml += "</axis>"
                }
                open = true
            case "R":
                guard open else {
                    throw ReleaseFileError(file: fileName, line: line, message: "a row before any table")
                }
                guard f.count == 9 else {
                    throw ReleaseFileError(
                        file: fileName, line: line, message: "a row line has \(f.count) fields (expected 9)")
                }
                xml += "<pcsRow>"
                for position in 4...7 {
                    let i = 2 * (position - 3) - 1
                    xml += "<axis pos=\"\(position)\"><title>\(esc(f[i]))</title>"
                    xml += try labels(f[i + 1], line: line, position: position) + "</axis>"
                }
                xml += "</pcsRow>"
            default:
                throw ReleaseFileError(
                    file: fileName, line: line, message: "a line that is neither a table (T) nor a row (R)")
            }
        }
        if open { xml += "</pcsTable>" }
        xml += "</ICD10PCS.tabular>"
        return try PCSTablesXMLParser.parse(Data(xml.utf8), fileName: fileName, fallbackVersion: version)
    }

    /// The index: `level, title, codes, see, use` a line; a subterm's parent is the nearest line above one level up.
    /// - Throws: ``ReleaseFileError`` naming the file, line and field of a malformed line.
    public static func index(_ data: Data, fileName: String, version: String) throws -> PCSIndex {
        guard let text = String(data: data, encoding: .utf8) else {
            throw ReleaseFileError(file: fileName, message: "not UTF-8 text")
        }
        var entries: [PCSIndexEntry] = []
        var open: [Int] = []
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !raw.isEmpty {
            let line = n + 1
            let f = raw.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 5 else {
                throw ReleaseFileError(file: fileName, line: line, message: "\(f.count) fields (expected 5)")
            }
            guard let level = Int(f[0]), level >= 0, level <= open.count else {
                throw ReleaseFileError(
                    file: fileName, line: line, element: "level",
                    message: "\"\(f[0])\" is not a level under the line above")
            }
            open.removeSubrange(level...)
            let parent = open.last
            if parent == nil && f[1].isEmpty {
                throw ReleaseFileError(
                    file: fileName, line: line, element: "title", message: "a main term without a title")
            }
            let codes = f[2].split(separator: " ").map(String.init)
            for code in codes
            where !(3...7).contains(code.utf8.count) || !code.utf8.allSatisfy(PCSCodeKey.isValidCharacter) {
                throw ReleaseFileError(
                    file: fileName, line: line, element: "codes",
                    message: "\"\(code)\" is not 3 to 7 ICD-10-PCS characters")
            }
            let path = (parent.map { entries[$0].path } ?? []) + (f[1].isEmpty ? [] : [f[1]])
            entries.append(
                PCSIndexEntry(
                    path: path, level: level, parent: parent, codes: codes, see: f[3].isEmpty ? nil : f[3],
                    use: f[4].isEmpty ? nil : f[4]))
            open.append(entries.count - 1)
        }
        guard !entries.isEmpty else { throw ReleaseFileError(file: fileName, line: 1, message: "no index terms") }
        return PCSIndex(version: version, entries: entries)
    }
}
