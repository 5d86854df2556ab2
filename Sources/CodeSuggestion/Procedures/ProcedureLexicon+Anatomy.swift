/// Anatomy words and the Medical and Surgical body system and body part values they name.
enum AnatomyLexicon {
    /// Phrases naming each site; the first is the site's name (`Resources/anatomy-sites.tsv`).
    static let sites: [([String], AnatomySite)] = ProcedureTables.anatomySites

}
