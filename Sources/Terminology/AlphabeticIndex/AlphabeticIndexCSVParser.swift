import Foundation

/// Reads the Index to Diseases and Injuries flattened to CSV (`ICD10CM_2025_Index.csv`: one row per main term and
/// subterm, in the order printed) into an ``AlphabeticIndex``.
///
/// Columns, by name in the header: `RowID, Letter, Level, Term, See, SeeAlso, NonEssModif, Code`. `Level` with the row
/// order gives the tree: 0 is a main term, each deeper level a subterm of the nearest row above it one level up.
/// What the flattening lost against the official XML (text after a nonessential modifier, every code after the
/// first, the manifestation code in brackets, `see category` references) is not in the file and so not here.
public enum AlphabeticIndexCSVParser {
    /// The columns the file must have.
    static let required = ["Level", "Term", "See", "SeeAlso", "NonEssModif", "Code"]

    /// Parses the file's bytes.
    /// - Parameters:
    ///   - fileName: named in errors.
    ///   - version: the index's year (`2025`).
    /// - Throws: ``ReleaseFileError`` naming the file, the line and the column: no header, a missing column, a row
    ///   with another number of fields, a level that is not a number or skips a level, an unterminated quote.
    /// - Complexity: O(*n*) in the file's length.
    public static func parse(
        _ data: Data, fileName: String, version: String, kind: AlphabeticIndex.Kind = .diseasesAndInjuries
    ) throws -> AlphabeticIndex {
        guard let text = String(data: data, encoding: .utf8) else {
            throw ReleaseFileError(file: fileName, message: "not UTF-8 text")
        }
        var rows = CSVRows(text: text, fileName: fileName)
        guard let header = try rows.next() else {
            throw ReleaseFileError(file: fileName, line: 1, message: "empty (expected a header line)")
        }
        var column: [String: Int] = [:]
        for (i, name) in header.fields.enumerated() {
            column[name.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\u{FEFF}", with: "")] = i
        }
        for name in required where column[name] == nil {
            throw ReleaseFileError(
                file: fileName, line: 1, element: name,
                message: "missing column (expected \(required.joined(separator: ", ")))")
        }
        var entries: [AlphabeticIndexEntry] = []
        // the entry open at each level above the current row
        var open: [Int32] = []
        while let row = try rows.next() {
            if row.fields.count == 1 && row.fields[0].isEmpty { continue }
            guard row.fields.count == header.fields.count else {
                throw ReleaseFileError(
                    file: fileName, line: row.line,
                    message: "\(row.fields.count) fields where the header has \(header.fields.count)")
            }
            func field(_ name: String) -> String {
                row.fields[column[name]!].trimmingCharacters(in: .whitespaces)
            }
            guard let level = Int(field("Level")), level >= 0 else {
                throw ReleaseFileError(
                    file: fileName, line: row.line, element: "Level", message: "\"\(field("Level"))\" is not a level")
            }
            guard level <= open.count else {
                throw ReleaseFileError(
                    file: fileName, line: row.line, element: "Level",
                    message: "level \(level) follows level \(open.count - 1): a subterm needs its term above it")
            }
            // a subterm may be a nonessential modifier alone ("persistent" › "(somatoform)")
            let term = field("Term")
            guard !term.isEmpty || !field("NonEssModif").isEmpty else {
                throw ReleaseFileError(
                    file: fileName, line: row.line, element: "Term", message: "empty, and no nonessential modifier")
            }
            // "Note: heart failure stages A, B, C, and D …": the flattening wrote the note of a term as a row of the
            // term's level, and the term's remaining subterms below the note; the note belongs to the term, which stays
            // open for them
            if term.hasPrefix("Note:"), level >= 1, level < open.count {
                let owner = Int(open[level])
                entries[owner].warning = [entries[owner].warning, term].compactMap { $0 }.joined(separator: " ")
                continue
            }
            let (title, modifier) = Self.split(term: term, modifier: field("NonEssModif"))
            open.removeSubrange(level...)
            let parent = open.last ?? -1
            let above = parent >= 0 ? entries[Int(parent)] : nil
            let code = field("Code")
            let see = field("See")
            let seeAlso = field("SeeAlso")
            entries.append(
                AlphabeticIndexEntry(
                    path: (above?.path ?? []) + [title], modifiers: (above?.modifiers ?? []) + [modifier],
                    code: code.isEmpty ? nil : code, see: see.isEmpty ? nil : see,
                    seeAlso: seeAlso.isEmpty ? nil : seeAlso, parent: parent, kind: kind))
            open.append(Int32(entries.count - 1))
        }
        guard !entries.isEmpty else {
            throw ReleaseFileError(file: fileName, line: 2, message: "no index rows after the header")
        }
        return AlphabeticIndex(
            kind: kind, version: version,
            title: kind == .externalCauses
                ? "ICD-10-CM External Cause of Injuries Index (compiled CSV)"
                : "ICD-10-CM Index to Diseases and Injuries (flattened CSV)", entries: entries)
    }
}

extension AlphabeticIndexCSVParser {
    /// The flattening put the words that follow a nonessential modifier into the modifier column
    /// (`and` + `(on) chronic (congestive)` for "and (on) chronic (congestive)"): words outside parentheses are part of
    /// the term. They go back to the title, with the modifiers between them (`and (on) chronic`); the parenthesised
    /// groups after the last such word stay modifiers (`(congestive)`).
    static func split(term: String, modifier: String) -> (title: String, modifier: String) {
        var depth = 0
        var lastOutside: String.Index?
        for i in modifier.indices {
            let c = modifier[i]
            if c == "(" {
                depth += 1
            } else if c == ")" {
                depth = max(0, depth - 1)
            } else if depth == 0 && !c.isWhitespace && c != "," {
                lastOutside = i
            }
        }
        guard let lastOutside else { return (term, modifier) }
        let cut = modifier.index(after: lastOutside)
        let moved = modifier[..<cut].trimmingCharacters(in: .whitespaces)
        let rest = modifier[cut...].trimmingCharacters(in: .whitespaces)
        let title = term.isEmpty ? moved : (moved.hasPrefix("(s)") ? term + moved : term + " " + moved)
        return (title, rest)
    }
}

/// The records of a CSV text (RFC 4180: quoted fields, doubled quotes inside them, CRLF or LF), each with the line
/// it starts on.
struct CSVRows {
    struct Row {
        var fields: [String]
        var line: Int
    }

    private let scalars: [Unicode.Scalar]
    private var position = 0
    private var line = 1
    let fileName: String

    init(text: String, fileName: String) {
        scalars = Array(text.unicodeScalars)
        self.fileName = fileName
    }

    /// The next record, or nil at the end.
    /// - Throws: ``ReleaseFileError`` for a quote left open at the end of the file.
    mutating func next() throws -> Row? {
        guard position < scalars.count else { return nil }
        let start = line
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var quoted = false
        while position < scalars.count {
            let c = scalars[position]
            position += 1
            if quoted {
                if c == "\"" {
                    if position < scalars.count && scalars[position] == "\"" {
                        field.append("\"")
                        position += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if c == "\n" { line += 1 }
                    field.append(c)
                }
                continue
            }
            switch c {
            case "\"" where field.isEmpty: quoted = true
            case ",":
                fields.append(String(field))
                field = String.UnicodeScalarView()
            case "\r": break
            case "\n":
                line += 1
                fields.append(String(field))
                return Row(fields: fields, line: start)
            default: field.append(c)
            }
        }
        if quoted {
            throw ReleaseFileError(
                file: fileName, line: start, message: "a quoted field is not closed (truncated file?)")
        }
        fields.append(String(field))
        return Row(fields: fields, line: start)
    }
}
