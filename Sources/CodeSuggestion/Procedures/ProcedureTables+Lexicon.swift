/// The procedure suggester's phrase tables, compiled in from `Resources/` (written for this project from the ICD-10-PCS
/// Tables' root operations, body parts and qualifiers and the Reference Manual's definitions):
/// - `procedure-operations.tsv`: operation words, `phrases` (`|`-separated, the first naming the term), `root operation`
///   (the third character), the site built into the word as a phrase of `anatomy-sites.tsv` (`anatomy`) or a name of
///   `procedure-sites.tsv` (`site`), the `qualifier` and `approach` the word fixes, and `partial becomes excision`
///   (`yes`: a part of the organ as object makes a resection an excision);
/// - `procedure-patterns.tsv`: procedures with a code pattern of their own (`?` where the sentence must tell),
///   `phrases`, `pattern`, the site when the pattern leaves the body part open to a side (`anatomy` or `site`, as
///   above) and `not followed by`
///   (space-separated words that, right after the phrase, mean something else);
/// - `procedure-refinements.tsv`: words of the sentence that fix an open axis of a pattern, `procedure` (the first
///   phrase of its `procedure-patterns.tsv` row), `words` (`|`-separated), `axis` (0-based), `value`, `reason`;
/// - `procedure-sites.tsv`: the sites of particular procedures, `site`, `unsided`, `right`, `left`, `bilateral`,
///   `both by default` (as in `anatomy-sites.tsv`);
/// - `context-cues.tsv`: the words of a sentence that tell approach, side, contrast, part of an organ, a procedure not
///   done, or keep an imaging phrase going: `phrases`, `cue` (`approach`, `side`, `no contrast`, `part of an organ`,
///   `not done`, `connector`), `value` (the approach value, the side, or the reason not done) and `words` (the
///   approach's name).
extension ProcedureTables {
    static let procedureSites: [String: AnatomySite] = {
        var out: [String: AnatomySite] = [:]
        for f in rows(
            PackageResources.procedure_sites_tsv, file: "procedure-sites.tsv",
            columns: ["site", "unsided", "right", "left", "bilateral", "both by default"])
        {
            out[f[0]] = AnatomySite(
                name: f[0], unsided: words(f[1]), right: words(f[2]), left: words(f[3]), bilateral: words(f[4]),
                bothByDefault: f[5] == "yes")
        }
        return out
    }()

    /// A site column: a name of `procedure-sites.tsv` (`site`) or a phrase of `anatomy-sites.tsv` (`anatomy`).
    static func site(anatomy: String, site: String, file: String, row: String) -> AnatomySite? {
        if !site.isEmpty {
            guard let known = procedureSites[site] else { fatalError("\(file): \(row): no site \(site)") }
            return known
        }
        if anatomy.isEmpty { return nil }
        guard let known = anatomySites.first(where: { $0.0.contains(anatomy) })?.1 else {
            fatalError("\(file): \(row): no anatomy site names \(anatomy)")
        }
        return known
    }

    static func flag(_ field: String, file: String, row: String) -> Bool {
        guard field == "yes" || field == "no" else { fatalError("\(file): \(row): \(field) is not yes or no") }
        return field == "yes"
    }

    static let operations: [(String, ProcedureTrigger)] = rows(
        PackageResources.procedure_operations_tsv, file: "procedure-operations.tsv",
        columns: ["phrases", "root operation", "anatomy", "site", "qualifier", "approach", "partial becomes excision"]
    ).flatMap { f in
        let phrases = f[0].split(separator: "|").map(String.init)
        let term = OperativeTerm(
            name: phrases[0], rootOperation: f[1],
            site: site(anatomy: f[2], site: f[3], file: "procedure-operations.tsv", row: phrases[0]),
            qualifier: f[4].isEmpty ? nil : f[4], approach: f[5].isEmpty ? nil : f[5],
            partialBecomesExcision: flag(f[6], file: "procedure-operations.tsv", row: phrases[0]))
        return phrases.map { ($0, ProcedureTrigger.operation(term)) }
    }

    static let refinements: [String: [Refinement]] = {
        var out: [String: [Refinement]] = [:]
        for f in rows(
            PackageResources.procedure_refinements_tsv, file: "procedure-refinements.tsv",
            columns: ["procedure", "words", "axis", "value", "reason"])
        {
            guard let axis = Int(f[2]), (0..<7).contains(axis), f[3].count == 1 else {
                fatalError("procedure-refinements.tsv: \(f[0]): the axis is 0 to 6 and the value one character")
            }
            out[f[0], default: []].append(
                Refinement(words: f[1].split(separator: "|").map(String.init), axis: axis, value: f[3], reason: f[4]))
        }
        return out
    }()

    static let patterns: [(String, ProcedureTrigger)] = {
        let table = rows(
            PackageResources.procedure_patterns_tsv, file: "procedure-patterns.tsv",
            columns: ["phrases", "pattern", "anatomy", "site", "not followed by"])
        let names = Set(table.map { String($0[0].split(separator: "|")[0]) })
        if let orphan = refinements.keys.first(where: { !names.contains($0) }) {
            fatalError("procedure-refinements.tsv: \(orphan) is not a procedure of procedure-patterns.tsv")
        }
        return table.flatMap { f in
            let phrases = f[0].split(separator: "|").map(String.init)
            let procedure = FixedProcedure(
                name: phrases[0], pattern: f[1], refinements: refinements[phrases[0]] ?? [],
                site: site(anatomy: f[2], site: f[3], file: "procedure-patterns.tsv", row: phrases[0]),
                notFollowedBy: Set(words(f[4])))
            return phrases.map { ($0, ProcedureTrigger.fixed(procedure)) }
        }
    }()

    static let contextCues: [(String, [ContextCue])] = rows(
        PackageResources.context_cues_tsv, file: "context-cues.tsv", columns: ["phrases", "cue", "value", "words"]
    ).flatMap { f in
        let cue: ContextCue
        switch (f[1], f[2]) {
        case ("approach", let value) where value.count == 1: cue = .approach(value, f[3])
        case ("side", let side):
            guard let side = Laterality(rawValue: side) else { fatalError("context-cues.tsv: no side \(side)") }
            cue = .laterality(side)
        case ("no contrast", ""): cue = .noContrast
        case ("part of an organ", ""): cue = .partial
        case ("not done", "hypothetical"): cue = .notDone(.hypothetical)
        case ("not done", "negated"): cue = .notDone(.negated)
        case ("connector", ""): cue = .connector
        default: fatalError("context-cues.tsv: \(f[0]): no cue \(f[1]) \(f[2])")
        }
        return f[0].split(separator: "|").map { (String($0), [cue]) }
    }
}
