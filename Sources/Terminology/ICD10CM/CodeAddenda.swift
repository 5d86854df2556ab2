import Foundation

/// The ICD-10-CM code addenda of a fiscal year (CMS/CDC `icd10cm_codes_addenda_YYYY.txt`): the codes added, deleted
/// and retitled since the year before, one change a line.
///
///     Add:         D6911   Glanzmann thrombasthenia
///     Delete:      D691    Qualitative platelet defects
///     Revise from: L02232  Carbuncle of back [any part, except buttock]
///     Revise to:   L02232  Carbuncle of back [any part, except buttock and flank]
///
/// Codes are written without their dot; a `Revise from:` line is followed by the `Revise to:` line of the same code.
/// An immutable value; build it with ``CodeAddenda/parse(_:fileName:)``.
public struct CodeAddenda: Sendable, Equatable {
    /// A code and its title, the code normalised (no dot, upper case).
    public struct Entry: Sendable, Equatable {
        public var code: String
        public var title: String
        public init(code: String, title: String) {
            self.code = code
            self.title = title
        }
    }

    /// A code whose title changed.
    public struct Revision: Sendable, Equatable {
        public var code: String
        public var from: String
        public var to: String
        public init(code: String, from: String, to: String) {
            self.code = code
            self.from = from
            self.to = to
        }
    }

    /// The codes added, in the order of the file.
    public let added: [Entry]
    /// The codes deleted, in the order of the file.
    public let deleted: [Entry]
    /// The codes retitled, in the order of the file.
    public let revised: [Revision]

    /// The number of codes of the order file before and after, as the file's summary states them (`74719 codes in
    /// icd10cm_order_2026.txt`, `74879 codes in icd10cm_order_2027.txt`), when it has one.
    public let codesBefore: Int?
    public let codesAfter: Int?

    public init(added: [Entry], deleted: [Entry], revised: [Revision], codeCounts: (before: Int, after: Int)? = nil) {
        self.added = added
        self.deleted = deleted
        self.revised = revised
        self.codesBefore = codeCounts?.before
        self.codesAfter = codeCounts?.after
    }

    /// The codes added in place of a deleted one, what a coder reports instead of it: the codes added below it
    /// (`D69.11`, `D69.19` under `D69.1`), or, for a code written with the placeholder X, the added codes of its
    /// length that agree with it wherever it has no X (`T52.8X1A` → `T52.811A`, `T52.821A`, `T52.891A`).
    /// - Complexity: O(*a*) in the number of added codes.
    public func replacements(of code: some StringProtocol) -> [String] {
        let key = CodeFormat.normalize(code)
        let below = added.map(\.code).filter { $0.count > key.count && $0.hasPrefix(key) }
        if !below.isEmpty || !key.contains("X") { return below }
        let k = Array(key.utf8)
        return added.map(\.code).filter { candidate in
            let c = Array(candidate.utf8)
            guard c.count == k.count, c != k else { return false }
            return zip(k, c).allSatisfy { $0 == $1 || $0 == UInt8(ascii: "X") }
        }
    }

    /// Whether the code is one this release adds, deletes or retitles.
    public func change(of code: some StringProtocol) -> Change? {
        let key = CodeFormat.normalize(code)
        if let e = added.first(where: { $0.code == key }) { return .added(e) }
        if let e = deleted.first(where: { $0.code == key }) { return .deleted(e, replacements: replacements(of: key)) }
        if let r = revised.first(where: { $0.code == key }) { return .revised(r) }
        return nil
    }

    /// What a release did to a code.
    public enum Change: Sendable, Equatable {
        case added(Entry)
        case deleted(Entry, replacements: [String])
        case revised(Revision)
    }

    /// Reads an addenda file.
    /// - Parameters:
    ///   - data: the file's bytes (UTF-8 or ISO Latin 1; LF or CRLF line ends).
    ///   - fileName: the name used in error messages.
    /// - Throws: ``ReleaseFileError`` naming file and line, and nothing is returned, on a line that is not one of
    ///   the four kinds, a code that is not an ICD-10-CM code, a missing title, a `Revise from:` without its
    ///   `Revise to:` (or the other way round, or for another code), a code added or deleted twice, a code both added
    ///   and deleted, an empty file, or a truncated last line.
    /// - Complexity: O(*n*) in the size of the file.
    public static func parse(_ data: Data, fileName: String) throws -> CodeAddenda {
        let lines = ReleaseTextLines(data, fileName: fileName)
        var builder = Builder(fileName: fileName)
        try lines.forEachLine { bytes, number in
            if ReleaseTextLines.isBlank(bytes) { return }
            let line = ReleaseTextLines.text(bytes)
            // the summary after the changes: `Codes`, then `74879 codes in icd10cm_order_2027.txt`, `190 additions` …
            if builder.footer == nil && line == "Codes" {
                builder.footer = number
                return
            }
            if builder.footer != nil {
                let parts = line.split(separator: " ", maxSplits: 1)
                guard parts.count == 2, let n = Int(parts[0]) else {
                    throw ReleaseFileError(
                        file: fileName, line: number,
                        message: "\"\(line)\" is not a count of the summary (`190 additions`)")
                }
                let what = String(parts[1])
                if ["additions", "deletions", "revisions"].contains(what) {
                    builder.stated[what] = (n, number)
                } else if what.hasPrefix("codes in ") {
                    builder.totals.append(n)
                } else {
                    throw ReleaseFileError(
                        file: fileName, line: number,
                        message: "\"\(line)\" is not a count of the summary (`190 additions`)")
                }
                return
            }
            guard
                let (kind, rest) = Self.kinds.lazy.compactMap({ k in
                    line.hasPrefix(k) ? (k, line.dropFirst(k.count)) : nil
                }).first
            else {
                let start = line.prefix(20)
                throw ReleaseFileError(
                    file: fileName, line: number,
                    message:
                        "\"\(start)\(line.count > 20 ? "…" : "")\" is not an addenda line (Add:, Delete:, Revise from:, Revise to:)"
                )
            }
            let fields = rest.split(maxSplits: 1, whereSeparator: { $0 == " " || $0 == "\t" })
            guard let written = fields.first else {
                throw ReleaseFileError(file: fileName, line: number, message: "\(kind) without a code")
            }
            let title = fields.count > 1 ? fields[1].trimmingCharacters(in: .whitespaces) : ""
            try builder.change(kind, written: String(written), title: title, line: number)
        }
        return try builder.finish()
    }

    /// Reads the compiled form shipped in `CodeSets/` (`Scripts/compile-addenda.py`): a TSV `Change, Code, Title`
    /// with a row per change (`Add`, `Delete`, `Revise from`, `Revise to`) and the rows `Codes before` and
    /// `Codes after` (the count in Code), validated as the official file is.
    /// - Throws: ``ReleaseFileError`` naming file and line.
    public static func parseCompiled(_ data: Data, fileName: String) throws -> CodeAddenda {
        let lines = ReleaseTextLines(data, fileName: fileName)
        var builder = Builder(fileName: fileName)
        try lines.forEachLine { bytes, number in
            if ReleaseTextLines.isBlank(bytes) { return }
            let fields = ReleaseTextLines.text(bytes).split(separator: "\t", omittingEmptySubsequences: false).map(
                String.init)
            if number == 1 {
                guard fields == ["Change", "Code", "Title"] else {
                    throw ReleaseFileError(
                        file: fileName, line: 1, message: "not a compiled addenda file (header Change, Code, Title)")
                }
                return
            }
            guard fields.count == 3 else {
                throw ReleaseFileError(
                    file: fileName, line: number, message: "\(fields.count) fields, expected 3 (Change, Code, Title)")
            }
            if fields[0] == "Codes before" || fields[0] == "Codes after" {
                guard let n = Int(fields[1]) else {
                    throw ReleaseFileError(
                        file: fileName, line: number, message: "\(fields[0]): \"\(fields[1])\" is not a count")
                }
                builder.footer = builder.footer ?? number
                builder.totals.append(n)
                return
            }
            try builder.change(
                fields[0] + ":", written: fields[1], title: fields[2].trimmingCharacters(in: .whitespaces), line: number
            )
        }
        return try builder.finish()
    }

    /// Collects the changes of a file line by line and checks them as a whole.
    struct Builder {
        let fileName: String
        var added: [Entry] = []
        var deleted: [Entry] = []
        var revised: [Revision] = []
        var pending: (code: String, title: String, line: Int)?
        var seen: [String: (kind: String, line: Int)] = [:]
        var footer: Int?
        var stated: [String: (count: Int, line: Int)] = [:]
        var totals: [Int] = []

        init(fileName: String) { self.fileName = fileName }

        mutating func change(_ kind: String, written: String, title: String, line number: Int) throws {
            guard CodeAddenda.kinds.contains(kind) else {
                throw ReleaseFileError(
                    file: fileName, line: number,
                    message: "\"\(kind.dropLast())\" is not a change (Add, Delete, Revise from, Revise to)")
            }
            guard footer == nil else {
                throw ReleaseFileError(file: fileName, line: number, message: "\(kind) after the summary of counts")
            }
            let code = written.uppercased()
            guard CodeAddenda.looksLikeCode(code) else {
                throw ReleaseFileError(
                    file: fileName, line: number,
                    message: "\"\(written)\" is not an ICD-10-CM code written without its dot")
            }
            guard !title.isEmpty else {
                throw ReleaseFileError(file: fileName, line: number, message: "\(kind) \(code) has no title")
            }
            if let open = pending, kind != "Revise to:" {
                throw ReleaseFileError(
                    file: fileName, line: open.line,
                    message: "Revise from: \(open.code) is not followed by its Revise to: line")
            }
            switch kind {
            case "Add:", "Delete:":
                if let earlier = seen[code] {
                    throw ReleaseFileError(
                        file: fileName, line: number,
                        message:
                            "\(code) is \(kind == "Add:" ? "added" : "deleted") here and \(earlier.kind == "Add:" ? "added" : "deleted") at line \(earlier.line)"
                    )
                }
                seen[code] = (kind, number)
                if kind == "Add:" {
                    added.append(Entry(code: code, title: title))
                } else {
                    deleted.append(Entry(code: code, title: title))
                }
            case "Revise from:":
                pending = (code, title, number)
            default:
                guard let open = pending else {
                    throw ReleaseFileError(
                        file: fileName, line: number,
                        message: "Revise to: \(code) without a Revise from: line before it")
                }
                guard open.code == code else {
                    throw ReleaseFileError(
                        file: fileName, line: number,
                        message: "Revise to: \(code) follows Revise from: \(open.code) (line \(open.line))")
                }
                revised.append(Revision(code: code, from: open.title, to: title))
                pending = nil
            }
        }

        func finish() throws -> CodeAddenda {
            if let open = pending {
                throw ReleaseFileError(
                    file: fileName, line: open.line,
                    message: "Revise from: \(open.code) is not followed by its Revise to: line")
            }
            for (what, found) in [
                ("additions", added.count), ("deletions", deleted.count), ("revisions", revised.count),
            ] {
                if let said = stated[what], said.count != found {
                    throw ReleaseFileError(
                        file: fileName, line: said.line,
                        message: "the summary says \(said.count) \(what), the file has \(found)")
                }
            }
            if totals.count == 2, totals[1] - totals[0] != added.count - deleted.count {
                throw ReleaseFileError(
                    file: fileName, line: footer,
                    message:
                        "the summary's code counts (\(totals[0]) → \(totals[1])) do not differ by the additions less the deletions (\(added.count - deleted.count))"
                )
            }
            guard !(added.isEmpty && deleted.isEmpty && revised.isEmpty) else {
                throw ReleaseFileError(
                    file: fileName, message: "no Add:, Delete: or Revise lines: not a code addenda file")
            }
            return CodeAddenda(
                added: added, deleted: deleted, revised: revised,
                codeCounts: totals.count == 2 ? (totals[0], totals[1]) : nil)
        }
    }

    /// Reads an addenda file from disk.
    /// - Throws: ``ReleaseFileError`` when the file cannot be read or is malformed.
    public static func read(from url: URL) throws -> CodeAddenda {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ReleaseFileError(
                file: url.lastPathComponent, message: "cannot be read (\(error.localizedDescription))")
        }
        return try parse(data, fileName: url.lastPathComponent)
    }

    /// A letter, then two to six letters or digits, no dot: FY2027 adds categories with a letter second (`QA1`,
    /// `J4B`), which the earlier shape (a letter, a digit, …) does not allow.
    static func looksLikeCode(_ code: String) -> Bool {
        let bytes = Array(code.utf8)
        guard (3...7).contains(bytes.count), (65...90).contains(bytes[0]) else { return false }
        return bytes.dropFirst().allSatisfy { (65...90).contains($0) || (48...57).contains($0) }
    }

    /// The line kinds, the longer first where one begins another.
    static let kinds = ["Revise from:", "Revise to:", "Add:", "Delete:"]
}

extension CodeAddenda: BinaryCodable {
    public func encode(to w: inout BinaryWriter) {
        w.write(UInt32(added.count))
        for e in added {
            w.write(e.code)
            w.write(e.title)
        }
        w.write(UInt32(deleted.count))
        for e in deleted {
            w.write(e.code)
            w.write(e.title)
        }
        w.write(UInt32(revised.count))
        for r in revised {
            w.write(r.code)
            w.write(r.from)
            w.write(r.to)
        }
        w.write(Int32(codesBefore ?? -1))
        w.write(Int32(codesAfter ?? -1))
    }

    public init(from r: inout BinaryReader) throws {
        func entries(_ r: inout BinaryReader) throws -> [Entry] {
            try (0..<Int(try r.readUInt32())).map { _ in Entry(code: try r.readString(), title: try r.readString()) }
        }
        let added = try entries(&r)
        let deleted = try entries(&r)
        let revised = try (0..<Int(try r.readUInt32())).map { _ in
            Revision(code: try r.readString(), from: try r.readString(), to: try r.readString())
        }
        let before = Int(try r.readInt32())
        let after = Int(try r.readInt32())
        self.init(
            added: added, deleted: deleted, revised: revised,
            codeCounts: before >= 0 && after >= 0 ? (before, after) : nil)
    }
}
