import Foundation

/// Reads the CDC ICD-10-CM Alphabetic Index XML (`icd10cm-index-*.xml`) or External Cause Index XML
/// (`icd10cm-eindex-*.xml`) into an ``AlphabeticIndex``.
///
/// Follows `icd10cm-index-*.xsd`: `letter` › `mainTerm` › `term level="n"`, each with a `title` (whose `nemod` holds
/// the nonessential modifiers), and `code`, `manif`, `see`, `seeAlso`, `seecat`, `subcat`, `warning`.
public enum AlphabeticIndexParser {
    /// Parses the XML bytes.
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - fileName: the name used in error messages.
    ///   - kind: which index the file is; when nil, read from the file's `<title>` (External Cause when it names
    ///     external causes, the Index to Diseases and Injuries otherwise).
    /// - Throws: ``ReleaseFileError`` naming file, line and element when the file is malformed or truncated, or is one
    ///   of the tables (it has column headings: read it with ``ICDTableParser``).
    /// - Complexity: O(*n*) in the size of the file.
    public static func parse(_ data: Data, fileName: String, kind: AlphabeticIndex.Kind? = nil) throws
        -> AlphabeticIndex
    {
        let document = try IndexXMLReader.read(data, fileName: fileName)
        if document.sawIndexHeading {
            throw ReleaseFileError(
                file: fileName, line: document.headings.first?.line, element: "indexHeading",
                message: "a table with column headings, not an alphabetic index (read it with ICDTableParser)")
        }
        let resolvedKind =
            kind ?? (document.title.lowercased().contains("external cause") ? .externalCauses : .diseasesAndInjuries)
        var entries: [AlphabeticIndexEntry] = []
        entries.reserveCapacity(document.nodes.count)
        for node in document.nodes {
            var path: [String]
            var modifiers: [String]
            if node.parent >= 0 {
                let parent = entries[Int(node.parent)]
                path = parent.path
                modifiers = parent.modifiers
            } else {
                path = []
                modifiers = []
            }
            path.append(node.title)
            modifiers.append(node.modifiers)
            entries.append(
                AlphabeticIndexEntry(
                    path: path, modifiers: modifiers, code: node.code, manifestation: node.manifestation, see: node.see,
                    seeAlso: node.seeAlso, seeCategory: node.seeCategory, seeSubcategory: node.seeSubcategory,
                    warning: node.warning, parent: node.parent, kind: resolvedKind))
        }
        return AlphabeticIndex(
            kind: resolvedKind, version: document.version.isEmpty ? "unknown" : document.version, title: document.title,
            entries: entries)
    }
}
