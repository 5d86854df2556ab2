import Terminology

/// The rules' word sets and code lists, compiled in from `Resources/` (TSV: a header row, then a row each; written for
/// this project from the ICD-10-CM Tabular List and Official Guidelines and the document types of records):
/// - `rule-words.tsv` (`set`, `word`): `other-kind`, a title word that makes a condition another kind, not a more
///   specific one (a secondary neoplasm, a condition complicating pregnancy); `filler-phrase` and `stop-word`, the
///   phrases and words of a title that say nothing more (`not elsewhere classified`, `unspecified`), left out when
///   titles are compared for a combination code's components; `discharge-summary` and `operative-report`, the
///   document types (lower case, words joined by `-`) of a discharge summary (42 CFR 482.24(c)(4)(vii)) and of an
///   operative report (42 CFR 482.51(b)(6));
/// - `hypertensive-heart-codes.tsv` (`code`, `title`): the heart conditions that hypertension is presumed to cause
///   (I.C.9.a.1), each code a prefix of the codes it covers.
enum RuleTables {
    /// The rows of a TSV table after its header, each with as many fields as the header has columns; a table that does
    /// not load is a fatal error naming the file and the line (the tables are compiled in and read by the tests).
    static func rows(_ bytes: [UInt8], file: String, columns: [String]) -> [[String]] {
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard
            lines.first.map({ $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }) == columns
        else {
            fatalError("\(file) line 1: the header must be \(columns.joined(separator: ", "))")
        }
        var out: [[String]] = []
        for (i, line) in lines.enumerated().dropFirst() where !line.isEmpty {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == columns.count, !fields[0].isEmpty else {
                fatalError("\(file) line \(i + 1): \(fields.count) fields, expected \(columns.count)")
            }
            out.append(fields)
        }
        return out
    }

    /// The words of each set of `rule-words.tsv`, in the file's order.
    struct Sets: Sendable {
        let sets: [String: [String]]
        subscript(_ set: String) -> [String] {
            guard let words = sets[set] else { fatalError("rule-words.tsv: no row of the set \(set)") }
            return words
        }
    }

    static let words: Sets = {
        var sets: [String: [String]] = [:]
        for f in rows(PackageResources.rule_words_tsv, file: "rule-words.tsv", columns: ["set", "word"]) {
            sets[f[0], default: []].append(f[1])
        }
        return Sets(sets: sets)
    }()

    /// `hypertensive-heart-codes.tsv`'s codes as claims hold them (`I51.4` → `I514`).
    static let hypertensiveHeartCodes: [String] = rows(
        PackageResources.hypertensive_heart_codes_tsv, file: "hypertensive-heart-codes.tsv", columns: ["code", "title"]
    ).map { CodeFormat.normalize($0[0]) }
}
