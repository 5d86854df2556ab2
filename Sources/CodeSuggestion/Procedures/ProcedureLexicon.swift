/// The procedure phrases the suggester looks for, each with what it means.
enum ProcedureLexicon {
    static let table = PhraseTable<ProcedureTrigger>(imaging + common + operations)

    /// Imaging modality words (third character of the Imaging section): `Resources/imaging-modalities.tsv`.
    static var imaging: [(String, ProcedureTrigger)] {
        ProcedureTables.imagingModalities.flatMap { row in
            row.phrases.map { ($0, .imaging(modality: row.modality, name: row.name)) }
        }
    }

    /// Operation words: root operation, and the organ when the word names it (`Resources/procedure-operations.tsv`).
    static var operations: [(String, ProcedureTrigger)] { ProcedureTables.operations }
}
