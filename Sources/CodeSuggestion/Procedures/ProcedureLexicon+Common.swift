extension ProcedureLexicon {
    /// Procedures with a pattern of their own: scopes, tests, therapies, monitoring (`Resources/procedure-patterns.tsv`,
    /// refined by `Resources/procedure-refinements.tsv`).
    static var common: [(String, ProcedureTrigger)] { ProcedureTables.patterns }
}
