import Foundation
import Terminology

/// Phrases learned from coded notes: for each phrase (search tokens) and code, how many coded notes aligned the code
/// to the phrase, and in how many notes the phrase occurs.
///
/// A TSV file with a header: `phrase<TAB>system<TAB>code<TAB>aligned<TAB>occurrences`. Written by ``PhraseLearner``
/// (`coder learn`), read by ``Suggester``.
public struct PhraseModel: Sendable {
    public struct Row: Sendable, Hashable {
        /// Search tokens (stemmed, stop words removed), separated by single spaces.
        public var phrase: String
        public var system: CodeSystem
        /// Dotted, upper case for ICD-10-CM; upper case for ICD-10-PCS (possibly a prefix).
        public var code: String
        public var aligned: Int
        public var occurrences: Int

        public var precision: Double { Double(aligned) / Double(max(occurrences, 1)) }
    }

    public var rows: [Row]
    /// Where the model came from (the header comment).
    public var source: String

    public init(rows: [Row], source: String) {
        self.rows = rows
        self.source = source
    }

    static let header = "phrase\tsystem\tcode\taligned\toccurrences"

    /// Reads a model file; a malformed line is an error naming the line.
    public init(contentsOf url: URL) throws {
        try self.init(tsv: try ModelFile.text(of: url, what: "phrase model"), name: url.lastPathComponent)
    }

    public init(tsv: String, name: String) throws {
        let file = try ModelFile.rows(tsv, name: name, header: Self.header, what: "phrase model")
        var rows: [Row] = []
        for (line, f) in file.rows {
            guard f.count == 5, let system = CodeSystem(rawValue: String(f[1])), let aligned = Int(f[3]),
                let occurrences = Int(f[4]), aligned >= 0, occurrences >= aligned, !f[0].isEmpty, !f[2].isEmpty
            else { throw PhraseModelError("\(name):\(line): expected phrase, system, code, aligned ≤ occurrences") }
            rows.append(
                Row(
                    phrase: String(f[0]), system: system, code: String(f[2]), aligned: aligned, occurrences: occurrences
                ))
        }
        self.rows = rows
        self.source = file.source
    }

    /// The TSV text, rows sorted by phrase then code.
    public func tsv() -> String {
        var out = source.isEmpty ? "" : "# \(source)\n"
        out += Self.header + "\n"
        for r in rows.sorted(by: { ($0.phrase, $0.code) < ($1.phrase, $1.code) }) {
            out += "\(r.phrase)\t\(r.system.rawValue)\t\(r.code)\t\(r.aligned)\t\(r.occurrences)\n"
        }
        return out
    }
}

public struct PhraseModelError: Error, CustomStringConvertible, Sendable {
    public var description: String
    init(_ d: String) { description = d }
}
