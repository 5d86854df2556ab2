/// The project's curated abbreviations and synonyms (see `CuratedSynonyms.swift`).
public enum CuratedSynonyms {
    /// The list as TSV: `term<TAB>expansion|expansion`, one entry a line.
    public static var tsv: String { curatedSynonymsTSV }

    /// The entries: term → expansions.
    public static var entries: [(term: String, expansions: [String])] {
        tsv.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: "\t", maxSplits: 1)
            guard parts.count == 2 else { return nil }
            return (String(parts[0]), parts[1].split(separator: "|").map(String.init))
        }
    }
}
