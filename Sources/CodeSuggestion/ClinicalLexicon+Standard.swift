import Foundation

/// Clinical terms as clinicians write them, with the code the ICD-10-CM Alphabetic Index gives the term when nothing
/// more is said (the default code of the main term or subterm). Written for this project from the FY2026 index
/// conventions; each code is checked against the loaded Tabular List at load and dropped when not billable there.
///
/// The table is `Resources/clinical-lexicon.tsv`: a header `phrase<TAB>code`, then one entry per line. Several
/// phrases may share a code.
public enum ClinicalLexicon {
    public static let standard = String(decoding: PackageResources.clinical_lexicon_tsv, as: UTF8.self)

    /// The entries of a lexicon in that form (the header and blank lines skipped).
    public static func entries(_ tsv: String) -> [(phrase: String, code: String)] {
        tsv.split(separator: "\n").dropFirst().compactMap { line in
            let parts = line.split(separator: "\t")
            guard parts.count == 2 else { return nil }
            return (String(parts[0]), parts[1].trimmingCharacters(in: .whitespaces))
        }
    }
}
