import Terminology

/// What coders type and the code titles say otherwise, one entry a line: `term<TAB>expansion[|expansion…]`. Lower case
/// ASCII. An expansion is a phrase whose words are searched instead of (or as well as) the term. Two tables make it:
/// the clinical abbreviations lookup shares with note analysis (``AbbreviationTable``, their `lookup` rows) and the
/// other words and phrases, `Resources/curated-synonyms.tsv` (a header `term<TAB>expansions`, then a row each).
///
/// Sources: common clinical usage (e.g. the Joint Commission / ISMP lists of abbreviations, standard coding
/// references); written for this project.
public enum CuratedSynonyms {
    /// The list as TSV: `term<TAB>expansion|expansion`, one entry a line.
    public static let tsv: String = {
        let abbreviations = AbbreviationTable.standard.lookupSynonyms.map {
            "\($0.term)\t\($0.expansions.joined(separator: "|"))"
        }
        let others = String(decoding: PackageResources.curated_synonyms_tsv, as: UTF8.self).split(separator: "\n")
            .dropFirst().map(String.init)
        return (abbreviations + others).joined(separator: "\n") + "\n"
    }()

    /// The entries: term → expansions.
    public static var entries: [(term: String, expansions: [String])] {
        tsv.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: "\t", maxSplits: 1)
            guard parts.count == 2 else { return nil }
            return (String(parts[0]), parts[1].split(separator: "|").map(String.init))
        }
    }
}
