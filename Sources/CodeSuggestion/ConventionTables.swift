/// The suggester's convention tables, compiled in from `Resources/` (TSV: a header row, then a row each; written for
/// this project from the ICD-10-CM Alphabetic Index and Tabular List and the Official Guidelines):
/// - `personal-history.tsv`: a condition's code prefix and the personal history code of its past (I.C.21.c.4);
/// - `integral-symptoms.tsv`: a symptom's code prefix and the diagnoses (prefixes, space-separated) it is routinely
///   part of (I.B.5);
/// - `sepsis-organisms.tsv`: an organism or infection code prefix and the sepsis code of that organism;
/// - `residual-codes.tsv`: a residual (`other`, `unspecified`) code of a body system and the prefixes of the
///   system's definitive diagnoses;
/// - `allergy-classes.tsv`: an allergy status code (Z88, Z91.0) and the words (`|`-separated) that name its class;
/// - `long-term-drugs.tsv`: a long-term drug therapy code (Z79) and the drug names (`|`-separated) of its class.
/// A word in two rows takes the later row's code.
enum ConventionTables {
    static func pairs(_ bytes: [UInt8], file: String, columns: [String]) -> [(String, String)] {
        ProcedureTables.rows(bytes, file: file, columns: columns).map { ($0[0], $0[1]) }
    }

    static func lists(_ bytes: [UInt8], file: String, columns: [String]) -> [(String, [String])] {
        ProcedureTables.rows(bytes, file: file, columns: columns).map { f in
            (f[0], f[1].split(separator: " ").map(String.init))
        }
    }

    static func words(_ bytes: [UInt8], file: String, columns: [String]) -> [String: String] {
        var map: [String: String] = [:]
        for f in ProcedureTables.rows(bytes, file: file, columns: columns) {
            for word in f[1].split(separator: "|") { map[String(word)] = f[0] }
        }
        return map
    }
}
