/// The procedure tables compiled in from `Resources/` (TSV, a header row, then a row each), written for this project
/// from the ICD-10-PCS Tables' body part, modality and region values:
/// - `anatomy-sites.tsv`: `phrases` (`|`-separated, the first naming the site in text), `site`, the Medical and
///   Surgical body part values (two characters: body system and body part, space-separated) `unsided`, `right`,
///   `left`, `bilateral`, and `both by default` (`yes`: a side not said means both);
/// - `imaging-modalities.tsv`: `phrases`, `modality` (the Imaging section's third character), `name`;
/// - `imaging-regions.tsv`: `word`, `regions` (the region keys it gives, space-separated).
enum ProcedureTables {
    /// The rows of a table: its fields, after the header, which must be `columns`.
    static func rows(_ bytes: [UInt8], file: String, columns: [String]) -> [[String]] {
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard
            lines.first.map({ $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) })
                == columns
        else {
            // compiled in and read by the tests: a table that does not load never ships
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

    static func words(_ field: String) -> [String] { field.split(separator: " ").map(String.init) }

    static let anatomySites: [([String], AnatomySite)] = rows(
        PackageResources.anatomy_sites_tsv, file: "anatomy-sites.tsv",
        columns: ["phrases", "site", "unsided", "right", "left", "bilateral", "both by default"]
    ).map { f in
        (
            f[0].split(separator: "|").map(String.init),
            AnatomySite(
                name: f[1], unsided: words(f[2]), right: words(f[3]), left: words(f[4]), bilateral: words(f[5]),
                bothByDefault: f[6] == "yes")
        )
    }

    static let imagingModalities: [(phrases: [String], modality: String, name: String)] = rows(
        PackageResources.imaging_modalities_tsv, file: "imaging-modalities.tsv",
        columns: ["phrases", "modality", "name"]
    ).map { f in (f[0].split(separator: "|").map(String.init), f[1], f[2]) }

    static let imagingRegions: [(String, [String])] = rows(
        PackageResources.imaging_regions_tsv, file: "imaging-regions.tsv", columns: ["word", "regions"]
    ).map { f in (f[0], words(f[1])) }
}
