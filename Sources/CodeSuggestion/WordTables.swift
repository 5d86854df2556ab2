/// The suggester's word sets and small word tables, compiled in from `Resources/` (TSV: a header row, then a row
/// each; written for this project from the ICD-10-CM Alphabetic Index, External Cause of Injuries Index and Tabular
/// List, the Official Guidelines, and the words of clinical notes):
/// - `index-walker-words.tsv` (`set`, `word`): how the Alphabetic Index is walked (`IndexWalker`):
///   `excluded-main-term`, a main term that is no condition or that another reading codes (history, status,
///   encounters, pregnancy); `implied`, a main term whose qualifier is the classification's default, said or not
///   (`fracture, traumatic`, I.C.19.c); `read-through`, a connector subterm the walk reads through (`with`, `due to`,
///   I.A.15);
/// - `index-same-words.tsv` (`word`, `same word`): words the Index prints side by side as one (`tooth, teeth`);
/// - `index-starts-under.tsv` (`word`, `index term`, `alone`): a clinician's word for a subterm of another main term
///   (`stroke`: `Infarct, cerebral`), where the walk also starts; `alone` (`yes`, `no`) whether the word names the
///   subterm's condition by itself;
/// - `external-cause-words.tsv` (`set`, `words`): the External Cause Index read for how and where an injury happened
///   (I.C.20): `mechanism`, a main term read for the mechanism; `residence`, a word that places it in a residence;
///   `other-place-in-residence`, a place in a residence the Index does not name (`specified place in residence
///   NEC`); `nursing-home`, the words (space-separated, each said) of a nursing home; `at-work`, a phrase that says
///   the injury happened at work (Y99.0, I.C.20.k);
/// - `term-stream-words.tsv` (`set`, `word`): `phrase-break`, a word that ends a phrase like a comma (where a pain
///   spreads to, a refusal); `absent-after-non`, a word that after `non-` says the condition is absent (`non-smoker`);
/// - `term-stream-readings.tsv` (`set`, `written`, `read as`): `genus`, a genus written by its letter before its
///   species (`e coli`: escherichia); `roman-numeral`, a Roman numeral after `class`, `type`, `stage`, `grade` and
///   the number the classification writes;
/// - `organ-adjectives.tsv` (`adjective`, `noun`): an organ or site adjective and the noun the classification names
///   it by (`renal`: kidney; `cervical`, also the neck, is then kept as written);
/// - `index-word-forms.tsv` (`word`, `index word`): a word of notes and the word the Alphabetic Index says it by,
///   both read stemmed: `bleeding`, hemorrhage (`Ulcer, duodenal, with hemorrhage`); `cardioembolic`, embolism
///   (`Infarct, cerebral, due to embolism`); `calculous`, calculus (`Cholecystitis, acute, with calculus`); `hypoxic`,
///   `hypercapnic`, hypoxia, hypercapnia (`Failure, respiration, with hypoxia`); `hyperosmolar`, hyperosmolarity
///   (`Diabetes, type 2, with hyperosmolarity`); `depressive`, depression (`Depression, major, recurrent`); `fell`,
///   fall (External Cause Index: `Fall, falling`);
/// - `record-words.tsv` (`set`, `word`): the record conventions' words: `acuity` (acute, chronic); `unspecified`, a
///   word that says a title is unspecified, not what the condition is; `hospital-service`, a word that ends a
///   hospital service's name (`Unit`); `pregnancy`, a word that says a record speaks of a pregnancy; `past-delivery`,
///   a word that puts a delivery in the past; `stillbirth`, a phrase that says the outcome of delivery is a stillbirth
///   (Z37.1, Z37.3); `side-effect`, a drug's side effect written after it, no allergy; `allergic-reaction`, a
///   reaction that is one; `not-mood-depression`, a word before `depression` that makes it no depressive disorder
///   (`ST depression`, `respiratory depression`); `cold-temperature`, a word after `cold` that makes it a temperature,
///   not a common cold (`cold extremities`);
/// - `record-codes.tsv` (`set`, `code`, `title`): code lists, each code a prefix of the codes it covers, with its
///   Tabular List title: `sepsis`, the codes of a sepsis, which a severe sepsis (R65.2-) follows (I.C.1.d);
///   `hemorrhage-sign`, the signs of a condition coded with its hemorrhage (I.B.5; Excludes1 at K92.0-K92.2);
///   `weight-diagnosis`, the obesity, overweight, malnutrition and underweight a BMI code is reported with
///   (I.C.21.c.3).
/// A set's words keep the file's order.
struct WordSets: Sendable {
    let file: String
    let sets: [String: [String]]

    init(_ bytes: [UInt8], file: String, columns: [String] = ["set", "word"]) {
        var sets: [String: [String]] = [:]
        for f in ProcedureTables.rows(bytes, file: file, columns: columns) { sets[f[0], default: []].append(f[1]) }
        self.file = file
        self.sets = sets
    }

    /// The words of a set, in the file's order.
    subscript(_ set: String) -> [String] {
        guard let words = sets[set] else {
            // compiled in and read by the tests: a table that does not load never ships
            fatalError("\(file): no row of the set \(set)")
        }
        return words
    }
}

enum WordTables {
    static let indexWalker = WordSets(PackageResources.index_walker_words_tsv, file: "index-walker-words.tsv")
    static let externalCauses = WordSets(
        PackageResources.external_cause_words_tsv, file: "external-cause-words.tsv", columns: ["set", "words"])
    static let termStream = WordSets(PackageResources.term_stream_words_tsv, file: "term-stream-words.tsv")
    static let record = WordSets(PackageResources.record_words_tsv, file: "record-words.tsv")

    /// The readings of a set of `term-stream-readings.tsv`: what is written, to what it is read as.
    static func readings(_ set: String) -> [String: String] {
        let rows = ProcedureTables.rows(
            PackageResources.term_stream_readings_tsv, file: "term-stream-readings.tsv",
            columns: ["set", "written", "read as"]
        ).filter { $0[0] == set }
        guard !rows.isEmpty else { fatalError("term-stream-readings.tsv: no row of the set \(set)") }
        return Dictionary(rows.map { ($0[1], $0[2]) }, uniquingKeysWith: { _, later in later })
    }
}
