import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads the CMS ICD-10-PCS Index XML (`icd10pcs_index_*.xml`) into ``PCSIndex``.
///
/// `<letter>` holds `<mainTerm>`s; a main term or `<term level>` has an optional `<title>`, at most one of `<see>`,
/// `<use>`, `<tab>`, `<codes>`, `<code>` (a `see` or `use` may hold a `<tab>` or `<codes>` after its text), and nested
/// `<term>`s one level down.
public enum PCSIndexXMLParser {
    /// Parses the XML bytes.
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - fileName: the name used in error messages; a four-digit year in it is the release's version.
    ///   - fallbackVersion: the version when the file name has no four-digit year; without it, the file's `<version>`.
    /// - Throws: ``ReleaseFileError`` naming file, line and element when the file is malformed or truncated, a main term
    ///   has no title, a level skips, or a code is not 3 to 7 ICD-10-PCS characters.
    public static func parse(_ data: Data, fileName: String, fallbackVersion: String? = nil) throws -> PCSIndex {
        let reader = PCSIndexReader(fileName: fileName)
        try reader.run(data)
        guard !reader.entries.isEmpty else {
            throw ReleaseFileError(file: fileName, line: 1, element: "mainTerm", message: "no main terms found")
        }
        return PCSIndex(
            version: PCSReleaseYear.resolve(
                fileName: fileName, fallback: fallbackVersion, stated: reader.statedVersion),
            entries: reader.entries)
    }
}

private final class PCSIndexReader: PCSXMLReader {
    var entries: [PCSIndexEntry] = []
    /// The open main term and terms, as indices into `entries`, with the line each starts on.
    private var open: [(index: Int, line: Int)] = []

    init(fileName: String) { super.init(fileName: fileName, rootElement: "ICD10PCS.index") }

    override func start(_ name: String, attributes: [String: String], parser: XMLParser) {
        switch name {
        case "mainTerm":
            guard open.isEmpty else { return fail(parser, name, "main term inside a term") }
            entries.append(PCSIndexEntry(path: [], level: 0))
            open.append((entries.count - 1, parser.lineNumber))
        case "term":
            guard let parent = open.last?.index else { return fail(parser, name, "term outside a main term") }
            let level = entries[parent].level + 1
            if let stated = attributes["level"] {
                guard Int(stated) == level else {
                    return fail(parser, name, "term level=\"\(stated)\" under a level \(level - 1) term")
                }
            }
            guard !entries[parent].path.isEmpty else {
                return fail(parser, name, "subterm before its parent's title")
            }
            entries.append(PCSIndexEntry(path: entries[parent].path, level: level, parent: parent))
            open.append((entries.count - 1, parser.lineNumber))
        default:
            break
        }
    }

    override func end(_ name: String, text: String, parser: XMLParser) {
        switch (name, parentElement) {
        case ("title", "mainTerm"), ("title", "term"):
            guard let current = open.last?.index else { return }
            guard !text.isEmpty else { return fail(parser, name, "empty title") }
            entries[current].path.append(text)
        case ("see", _), ("use", _):
            guard let current = open.last?.index else { return }
            guard !text.isEmpty else { return fail(parser, name, "empty cross-reference") }
            if name == "see" { entries[current].see = text } else { entries[current].use = text }
        case ("tab", _), ("codes", _), ("code", _):
            guard let current = open.last?.index else { return }
            let normalized = text.uppercased()
            guard (3...7).contains(normalized.utf8.count), normalized.utf8.allSatisfy(PCSCodeKey.isValidCharacter)
            else {
                return fail(parser, name, "\"\(text)\" is not 3 to 7 ICD-10-PCS characters")
            }
            entries[current].codes.append(normalized)
        case ("mainTerm", _), ("term", _):
            guard let (current, line) = open.popLast() else { return }
            if name == "mainTerm" && entries[current].path.isEmpty {
                return fail(parser, name, "main term without a title", line: line)
            }
        default:
            break
        }
    }
}
