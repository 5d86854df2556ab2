import Foundation
import Terminology

/// How often coders kept what the engine suggested, measured on coded notes: the confidence of a suggestion becomes
/// the share of comparable suggestions that coders kept.
///
/// Counted per code (`R52` was suggested in 40 notes and kept in 12) and per basis, the kind of evidence behind a
/// suggestion (`title/present`: a Tabular List title in a present mention; `curated+learned/uncertain`). A code's own
/// record is shrunk towards its basis, its basis towards the engine's own estimate, so that a code seen in two notes
/// moves its confidence only a little. The counts come from cross-validation (``PhraseLearner`` learns the phrases on
/// the other folds), so that phrases are not judged on the notes they were learned from.
///
/// A TSV file with a header: `kind<TAB>key<TAB>suggested<TAB>kept`, kind `code` (key `system code`) or `basis`.
public struct Calibration: Sendable {
    public struct Tally: Sendable, Hashable {
        public var suggested: Int
        public var kept: Int
        public init(suggested: Int = 0, kept: Int = 0) {
            self.suggested = suggested
            self.kept = kept
        }
    }

    public var byCode: [String: Tally]
    public var byBasis: [String: Tally]
    /// Where the counts came from (the header comment).
    public var source: String
    /// How many notes' worth of evidence the prior (basis, then the engine's estimate) counts for.
    public var codeWeight = 8.0
    public var basisWeight = 10.0

    public init(byCode: [String: Tally] = [:], byBasis: [String: Tally] = [:], source: String = "") {
        self.byCode = byCode
        self.byBasis = byBasis
        self.source = source
    }

    static func key(_ system: CodeSystem, _ code: String) -> String { "\(system.rawValue) \(code)" }

    /// Counts one suggestion and whether the coder kept it.
    public mutating func record(system: CodeSystem, code: String, basis: String, kept: Bool) {
        byCode[Self.key(system, code), default: Tally()].suggested += 1
        byBasis[Self.basisKey(system, basis), default: Tally()].suggested += 1
        if kept {
            byCode[Self.key(system, code), default: Tally()].kept += 1
            byBasis[Self.basisKey(system, basis), default: Tally()].kept += 1
        }
    }

    /// A basis is counted apart for each code system: how often coders keep a learned procedure phrase says
    /// nothing of a learned diagnosis phrase. Diagnoses keep the plain key (`learned/present`), procedures are
    /// prefixed (`icd10pcs learned/present`).
    static func basisKey(_ system: CodeSystem, _ basis: String) -> String {
        system == .icd10cm ? basis : "\(system.rawValue) \(basis)"
    }

    /// The calibrated confidence of a suggestion whose own estimate is `estimate`.
    public func confidence(system: CodeSystem, code: String, basis: String, estimate: Double) -> Double {
        let b = byBasis[Self.basisKey(system, basis)] ?? Tally()
        let prior = (Double(b.kept) + basisWeight * estimate) / (Double(b.suggested) + basisWeight)
        let c = byCode[Self.key(system, code)] ?? Tally()
        return (Double(c.kept) + codeWeight * prior) / (Double(c.suggested) + codeWeight)
    }

    static let header = "kind\tkey\tsuggested\tkept"

    public init(contentsOf url: URL) throws {
        try self.init(tsv: try ModelFile.text(of: url, what: "calibration"), name: url.lastPathComponent)
    }

    /// Reads the TSV; a malformed line is an error naming the line.
    public init(tsv: String, name: String) throws {
        self.init()
        let file = try ModelFile.rows(tsv, name: name, header: Self.header, what: "calibration")
        for (line, f) in file.rows {
            guard f.count == 4, f[0] == "code" || f[0] == "basis", !f[1].isEmpty, let suggested = Int(f[2]),
                let kept = Int(f[3]), kept >= 0, suggested >= kept
            else { throw PhraseModelError("\(name):\(line): expected kind (code or basis), key, suggested ≥ kept") }
            let tally = Tally(suggested: suggested, kept: kept)
            if f[0] == "code" { byCode[String(f[1])] = tally } else { byBasis[String(f[1])] = tally }
        }
        source = file.source
    }

    /// The TSV text: bases, then codes, each sorted by key.
    public func tsv() -> String {
        var out = source.isEmpty ? "" : "# \(source)\n"
        out += Self.header + "\n"
        for (k, t) in byBasis.sorted(by: { $0.key < $1.key }) { out += "basis\t\(k)\t\(t.suggested)\t\(t.kept)\n" }
        for (k, t) in byCode.sorted(by: { $0.key < $1.key }) { out += "code\t\(k)\t\(t.suggested)\t\(t.kept)\n" }
        return out
    }
}
