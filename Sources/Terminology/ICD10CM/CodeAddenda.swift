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

    /// The codes added under a deleted code (`D6911`, `D6919` under `D691`): what a coder reports instead of it.
    /// - Complexity: O(*a*) in the number of added codes.
    public func replacements(of code: some StringProtocol) -> [String] {
        let key = CodeFormat.normalize(code)
        return added.map(\.code).filter { $0.count > key.count && $0.hasPrefix(key) }
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
        var added: [Entry] = []
        var deleted: [Entry] = []
        var revised: [Revision] = []
        var pending: (code: String, title: String, line: Int)?
        var seen: [String: (kind: String, line: Int)] = [:]
        var footer: Int?
        var stated: [String: (count: Int, line: Int)] = [:]
        var totals: [Int] = []
        try lines.forEachLine { bytes, number in
            if ReleaseTextLines.isBlank(bytes) { return }
            let line = ReleaseTextLines.text(bytes)
            // the summary after the changes: `Codes`, then `74879 codes in icd10cm_order_2027.txt`, `190 additions` …
            if footer == nil && line == "Codes" {
                footer = number
                return
            }
            if footer != nil {
                let parts = line.split(separator: " ", maxSplits: 1)
                guard parts.count == 2, let n = Int(parts[0]) else {
                    throw ReleaseFileError(file: fileName, line: number, message: "\"\(line)\" is not a count of the summary (`190 additions`)")
                }
                let what = String(parts[1])
                if ["additions", "deletions", "revisions"].contains(what) {
                    stated[what] = (n, number)
                } else if what.hasPrefix("codes in ") {
                    totals.append(n)
                } else {
                    throw ReleaseFileError(file: fileName, line: number, message: "\"\(line)\" is not a count of the summary (`190 additions`)")
                }
                return
            }
            guard let (kind, rest) = Self.kinds.lazy.compactMap({ k in
                line.hasPrefix(k) ? (k, line.dropFirst(k.count)) : nil
            }).first else {
                let start = line.prefix(20)
                throw ReleaseFileError(
                    file: fileName, line: number,
                    message: "\"\(start)\(line.count > 20 ? "…" : "")\" is not an addenda line (Add:, Delete:, Revise from:, Revise to:)")
            }
            let fields = rest.split(maxSplits: 1, whereSeparator: { $0 == " " || $0 == "\t" })
            guard let written = fields.first else {
                throw ReleaseFileError(file: fileName, line: number, message: "\(kind) without a code")
            }
            let code = String(written).uppercased()
            guard Self.looksLikeCode(code) else {
                throw ReleaseFileError(file: fileName, line: number, message: "\"\(written)\" is not an ICD-10-CM code written without its dot")
            }
            let title = fields.count > 1 ? fields[1].trimmingCharacters(in: .whitespaces) : ""
            guard !title.isEmpty else {
                throw ReleaseFileError(file: fileName, line: number, message: "\(kind) \(code) has no title")
            }
            if let open = pending, kind != "Revise to:" {
                throw ReleaseFileError(
                    file: fileName, line: open.line, message: "Revise from: \(open.code) is not followed by its Revise to: line")
            }
            switch kind {
            case "Add:", "Delete:":
                if let earlier = seen[code] {
                    throw ReleaseFileError(
                        file: fileName, line: number,
                        message: "\(code) is \(kind == "Add:" ? "added" : "deleted") here and \(earlier.kind == "Add:" ? "added" : "deleted") at line \(earlier.line)")
                }
                seen[code] = (kind, number)
                if kind == "Add:" { added.append(Entry(code: code, title: title)) } else { deleted.append(Entry(code: code, title: title)) }
            case "Revise from:":
                pending = (code, title, number)
            default:
                guard let open = pending else {
                    throw ReleaseFileError(file: fileName, line: number, message: "Revise to: \(code) without a Revise from: line before it")
                }
                guard open.code == code else {
                    throw ReleaseFileError(
                        file: fileName, line: number, message: "Revise to: \(code) follows Revise from: \(open.code) (line \(open.line))")
                }
                revised.append(Revision(code: code, from: open.title, to: title))
                pending = nil
            }
        }
        if let open = pending {
            throw ReleaseFileError(
                file: fileName, line: open.line, message: "Revise from: \(open.code) is not followed by its Revise to: line")
        }
        for (what, found) in [("additions", added.count), ("deletions", deleted.count), ("revisions", revised.count)] {
            if let said = stated[what], said.count != found {
                throw ReleaseFileError(
                    file: fileName, line: said.line, message: "the summary says \(said.count) \(what), the file has \(found)")
            }
        }
        if totals.count == 2, totals[1] - totals[0] != added.count - deleted.count {
            throw ReleaseFileError(
                file: fileName, line: footer,
                message: "the summary's code counts (\(totals[0]) → \(totals[1])) do not differ by the additions less the deletions (\(added.count - deleted.count))")
        }
        guard !(added.isEmpty && deleted.isEmpty && revised.isEmpty) else {
            throw ReleaseFileError(file: fileName, message: "no Add:, Delete: or Revise lines: not a code addenda file")
        }
        return CodeAddenda(added: added, deleted: deleted, revised: revised, codeCounts: totals.count == 2 ? (totals[0], totals[1]) : nil)
    }

    /// Reads an addenda file from disk.
    /// - Throws: ``ReleaseFileError`` when the file cannot be read or is malformed.
    public static func read(from url: URL) throws -> CodeAddenda {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ReleaseFileError(file: url.lastPathComponent, message: "cannot be read (\(error.localizedDescription))")
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
