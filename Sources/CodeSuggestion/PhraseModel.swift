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
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw PhraseModelError("\(url.path): cannot read the phrase model (\(error.localizedDescription))")
        }
        try self.init(tsv: text, name: url.lastPathComponent)
    }

    public init(tsv: String, name: String) throws {
        var rows: [Row] = []
        var source = ""
        var sawHeader = false
        for (n, line) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty { continue }
            if line.hasPrefix("#") {
                source += (source.isEmpty ? "" : " ") + line.dropFirst().trimmingCharacters(in: .whitespaces)
                continue
            }
            if !sawHeader {
                guard line == Self.header else { throw PhraseModelError("\(name):\(n + 1): expected the header '\(Self.header)'") }
                sawHeader = true
                continue
            }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count == 5, let system = CodeSystem(rawValue: String(f[1])), let aligned = Int(f[3]),
                let occurrences = Int(f[4]), aligned >= 0, occurrences >= aligned, !f[0].isEmpty, !f[2].isEmpty
            else { throw PhraseModelError("\(name):\(n + 1): expected phrase, system, code, aligned ≤ occurrences") }
            rows.append(Row(phrase: String(f[0]), system: system, code: String(f[2]), aligned: aligned, occurrences: occurrences))
        }
        guard sawHeader else { throw PhraseModelError("\(name): empty phrase model") }
        self.rows = rows
        self.source = source
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
