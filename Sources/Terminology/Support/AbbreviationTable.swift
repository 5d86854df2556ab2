/// The clinical abbreviations that both lookup and note analysis read: `Resources/abbreviations.tsv`, one row per
/// abbreviation and meaning, written for this project (common clinical usage; the Joint Commission and ISMP lists of
/// abbreviations; standard coding references).
///
/// Columns, tab-separated, after a header row:
/// - `abbreviation`: lower case, as a token of the text (`s/p`, `n/v`, `dm2`);
/// - `meaning`: what it stands for;
/// - `read by`: `lookup` (searched instead of or as well as the abbreviation a coder types, in row order), `notes` (a
///   meaning the note analysis may give it), or both, space-separated;
/// - `capitals only`: `yes` when the note analysis counts it only written in capitals (`MS`, `PE`, `AS` are also
///   words or titles); the same on every `notes` row of an abbreviation;
/// - `default`: `yes` on the meaning a note gets when its context decides nothing (otherwise the first `notes` row);
/// - `cues`: space-separated words near the abbreviation that point to this meaning;
/// - `sections`: space-separated section kinds (`labs`, `physicalExamination`) in which this meaning is the usual one.
public struct AbbreviationTable: Sendable {
    public struct Row: Sendable, Hashable {
        public enum Reader: String, Sendable, Hashable { case lookup, notes }
        public var abbreviation: String
        public var meaning: String
        public var readers: Set<Reader>
        public var capitalsOnly: Bool
        public var isDefault: Bool
        public var cues: [String]
        public var sections: [String]
    }

    /// A row the table cannot take, by line number.
    public struct FormatError: Error, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "abbreviations.tsv line \(line): \(message)" }
    }

    public let rows: [Row]

    /// The shipped table.
    public static let standard: AbbreviationTable = {
        do {
            return try AbbreviationTable(tsv: String(decoding: PackageResources.abbreviations_tsv, as: UTF8.self))
        } catch {
            // compiled in and loaded by the tests: a table that does not load never ships
            fatalError("\(error)")
        }
    }()

    static let header = ["abbreviation", "meaning", "read by", "capitals only", "default", "cues", "sections"]

    public init(tsv: String) throws {
        var rows: [Row] = []
        var capitals: [String: Bool] = [:]
        for (i, line) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = i + 1
            if line.isEmpty { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if number == 1 {
                guard fields == Self.header else {
                    throw FormatError(line: 1, message: "the header must be \(Self.header.joined(separator: ", "))")
                }
                continue
            }
            guard fields.count == Self.header.count else {
                throw FormatError(line: number, message: "\(fields.count) fields, expected \(Self.header.count)")
            }
            guard !fields[0].isEmpty, !fields[1].isEmpty else {
                throw FormatError(line: number, message: "an abbreviation and its meaning are required")
            }
            var readers: Set<Row.Reader> = []
            for word in fields[2].split(separator: " ") {
                guard let reader = Row.Reader(rawValue: String(word)) else {
                    throw FormatError(line: number, message: "read by \(word): expected lookup or notes")
                }
                readers.insert(reader)
            }
            guard !readers.isEmpty else { throw FormatError(line: number, message: "read by nobody") }
            for (column, value) in [(3, fields[3]), (4, fields[4])] where !["", "yes"].contains(value) {
                throw FormatError(line: number, message: "\(Self.header[column]) \(value): expected yes or nothing")
            }
            let row = Row(
                abbreviation: fields[0], meaning: fields[1], readers: readers, capitalsOnly: fields[3] == "yes",
                isDefault: fields[4] == "yes", cues: fields[5].split(separator: " ").map(String.init),
                sections: fields[6].split(separator: " ").map(String.init))
            if readers.contains(.notes) {
                if let earlier = capitals[row.abbreviation], earlier != row.capitalsOnly {
                    throw FormatError(line: number, message: "\(row.abbreviation): capitals only differs between rows")
                }
                capitals[row.abbreviation] = row.capitalsOnly
            } else if row.capitalsOnly || row.isDefault || !row.cues.isEmpty || !row.sections.isEmpty {
                throw FormatError(line: number, message: "capitals, default, cues and sections are for notes rows")
            }
            rows.append(row)
        }
        self.rows = rows
    }

    /// What lookup reads: each abbreviation with its `lookup` meanings, lower case, in row order.
    public var lookupSynonyms: [(term: String, expansions: [String])] {
        var order: [String] = []
        var expansions: [String: [String]] = [:]
        for row in rows where row.readers.contains(.lookup) {
            if expansions[row.abbreviation] == nil { order.append(row.abbreviation) }
            expansions[row.abbreviation, default: []].append(row.meaning.lowercased())
        }
        return order.map { ($0, expansions[$0] ?? []) }
    }

    /// What note analysis reads: each abbreviation with its `notes` rows, the default meaning first.
    public var noteMeanings: [(abbreviation: String, meanings: [Row])] {
        var order: [String] = []
        var meanings: [String: [Row]] = [:]
        for row in rows where row.readers.contains(.notes) {
            if meanings[row.abbreviation] == nil { order.append(row.abbreviation) }
            if row.isDefault {
                meanings[row.abbreviation, default: []].insert(row, at: 0)
            } else {
                meanings[row.abbreviation, default: []].append(row)
            }
        }
        return order.map { ($0, meanings[$0] ?? []) }
    }
}
