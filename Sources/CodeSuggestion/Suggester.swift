import CodeSearch
import Foundation
import NoteAnalysis
import Terminology

/// Suggests ICD-10-CM and ICD-10-PCS codes for a clinical note, each with the text that supports it.
///
/// The note is read into sections, sentences and search tokens (abbreviations expanded); every phrase of the lexicon
/// (Tabular List titles and inclusion terms, the clinical lexicon, phrases learned from coded notes) found in a
/// sentence is a candidate, with the assertion status of its mention. Negated, family and hypothetical mentions are not
/// coded; uncertain ones are coded as established in the inpatient setting only; past conditions take their personal
/// history code where the classification has one. Combination codes replace their parts, symptoms integral to a coded
/// diagnosis are dropped, and the principal (first-listed) candidate is chosen.
public struct Suggester: Sendable {
    public struct Options: Sendable, Hashable {
        /// Learned phrases below this smoothed precision are ignored; by default 0.7, or 0.4 with a calibration (which
        /// then judges each code by how often coders kept it).
        public var learnedMinimumPrecision: Double?
        /// The default with a calibration; `coder learn` measures the calibration with it.
        public static let calibratedLearnedPrecision = 0.4
        /// Codes below this confidence are not suggested.
        public var minimumConfidence: Double = 0.45
        /// Whether to walk the Alphabetic Index (when one is loaded) as well as the lexicon; off only to measure what
        /// it adds.
        public var useIndex = true
        /// Whether to suggest, for an inpatient stay, the routine tests hospitals do not report by default (imaging,
        /// ECG); a hospital whose policy reports them turns this on.
        public var reportRoutineProcedures = false
        public init() {}
    }

    let vocabulary: Vocabulary
    let trie: PhraseTrie
    /// Code-set phrases of 2 to 6 distinct words by their rarest word, to find them with the words in another order.
    let unordered: [Int32: [Int32]]
    let tabular: TabularList
    let pcsTitle: @Sendable (String) -> String?
    let procedures: ProcedureSuggester
    /// The Alphabetic Index of the release, carried to it, as walked from the sentences; nil without one.
    let indexWalker: IndexWalker?
    /// The External Cause of Injuries Index, read for how and where an injury happened (I.C.20).
    let externalCauses: ExternalCauseReader?
    /// Builds ICD-10-PCS codes through the PCS Index and Tables from a sentence's words; nil without them.
    let pcsBuilder: PCSBuilder?
    /// The family history codes (Z80-Z84) with the conditions each is for (``familyHistoryCodes(_:)``).
    let familyHistory: [(code: String, references: [CodeReference])]
    public let analyzer: AssertionAnalyzer
    public let abbreviations: AbbreviationExpander
    public let options: Options
    /// How often coders kept comparable suggestions; the confidence of a suggestion when given.
    public let calibration: Calibration?
    /// Codes for an unspecified side whose siblings name the side (`H21.00`), looked up for every finding.
    let unspecifiedSide: Set<String>
    /// The ICD-10-CM release the codes come from.
    public var version: String { tabular.version }
    /// Every loaded ICD-10-CM release and the code addenda between them: a note dated in another release's year gets
    /// that release's codes (``suggest(note:setting:date:)``).
    let releases: [String: TabularList]
    let addenda: [String: CodeAddenda]
    /// How many phrases the lexicon holds.
    public var phraseCount: Int { trie.phraseCount }

    public init(
        library: CodeSetLibrary, version: String? = nil, model: PhraseModel? = nil,
        lexicon: String = ClinicalLexicon.standard, calibration: Calibration? = nil, options: Options = Options()
    ) throws(SuggesterError) {
        self.calibration = calibration
        let versions = library.tabulars.keys.sorted()
        guard let v = version ?? versions.last, let tabular = library.tabulars[v] else {
            throw SuggesterError("no ICD-10-CM Tabular List loaded\(version.map { " for version \($0)" } ?? "")")
        }
        self.tabular = tabular
        self.releases = library.tabulars
        self.addenda = library.addenda
        self.familyHistory = Self.familyHistoryCodes(tabular)
        self.unspecifiedSide = Set(
            tabular.entries.lazy.filter { $0.billable && $0.title.localizedCaseInsensitiveContains("unspecified") }
                .map(\.code).filter { DiagnosisSide.isUnspecifiedSide($0, tabular: tabular) })
        let pcs = library.pcsCodes(for: v)
        let pcsCodes = Set(pcs?.codes ?? [])
        // the title function reads immutable lists of the library
        nonisolated(unsafe) let titleOf = pcs?.title
        self.pcsTitle = { code in titleOf?(code) }
        self.options = options
        self.analyzer = .standard
        self.abbreviations = .standard
        self.procedures = ProcedureSuggester(library: library)
        if options.useIndex, let tables = library.companion(library.pcsTables, for: v),
            let pcsIndex = library.pcsIndexes.max(by: { $0.key < $1.key })?.value
        {
            pcsBuilder = PCSBuilder(tables: tables, index: pcsIndex)
        } else {
            pcsBuilder = nil
        }
        var vocabulary = Vocabulary()
        var trie = PhraseTrie()
        for (phrase, code) in ClinicalLexicon.entries(lexicon) {
            guard tabular.entry(code)?.billable == true else { continue }
            trie.insert(
                vocabulary.intern(phrase: phrase),
                PhraseEntry(code: code, system: .icd10cm, source: .curated, precision: 1, support: 0))
        }
        DiagnosisLexicon.add(tabular, to: &trie, vocabulary: &vocabulary)
        if options.useIndex, let index = library.companion(library.alphabeticIndexes, for: v) {
            indexWalker = IndexWalker(index: index, vocabulary: &vocabulary)
        } else {
            indexWalker = nil
        }
        if options.useIndex, let index = library.companion(library.externalCauseIndexes, for: v) {
            externalCauses = ExternalCauseReader(index: index, vocabulary: &vocabulary)
        } else {
            externalCauses = nil
        }
        DiagnosisLexicon.addCategoryTitles(tabular, to: &trie, vocabulary: &vocabulary)
        let minimumPrecision =
            options.learnedMinimumPrecision ?? (calibration == nil ? 0.7 : Self.Options.calibratedLearnedPrecision)
        for row in model?.rows ?? [] {
            let smoothed = Double(row.aligned) / Double(row.occurrences + 1)
            guard smoothed >= minimumPrecision else { continue }
            let code: String
            switch row.system {
            case .icd10cm:
                guard let entry = tabular.entry(row.code), entry.billable else { continue }
                code = entry.code
            case .icd10pcs:
                let upper = row.code.uppercased()
                guard upper.count == 7 ? pcsCodes.contains(upper) : !upper.isEmpty else { continue }
                code = upper
            case .hcpcs:
                continue
            }
            let ids = row.phrase.split(separator: " ").map { vocabulary.intern(Vocabulary.canonical(String($0))) }
            trie.insert(
                ids,
                PhraseEntry(code: code, system: row.system, source: .learned, precision: smoothed, support: row.aligned)
            )
        }
        self.vocabulary = vocabulary
        self.trie = trie
        var wordFrequency = [Int](repeating: 0, count: vocabulary.count)
        for ids in trie.phraseIDs { for id in Set(ids) { wordFrequency[Int(id)] += 1 } }
        var unordered: [Int32: [Int32]] = [:]
        for (slot, ids) in trie.phraseIDs.enumerated() {
            let distinct = Set(ids)
            guard distinct.count == ids.count, (2...6).contains(ids.count),
                trie.entries[slot].contains(where: {
                    $0.source == .curated || $0.source == .title || $0.source == .titleVariant
                        || $0.source == .categoryTitle
                })
            else { continue }
            let rarest = ids.min { (wordFrequency[Int($0)], $0) < (wordFrequency[Int($1)], $1) }!
            unordered[rarest, default: []].append(Int32(slot))
        }
        self.unordered = unordered
    }

    /// Suggestions for a note's text.
    public func suggest(text: String, setting: CareSetting = .inpatient) -> Suggestions {
        suggest(note: ClinicalNote(text: text), setting: setting)
    }

    /// Suggestions for a note of a date: every ICD-10-CM code valid on that date. A code of this suggester's release
    /// that the date's release does not have becomes the code it replaced there (`I42.01` → `I42.0` before 1 October
    /// 2026), or is left out, said in `notCoded` (`not-in-release`).
    public func suggest(text: String, setting: CareSetting = .inpatient, date: Date?) -> Suggestions {
        suggest(note: ClinicalNote(text: text), setting: setting, date: date)
    }

    public func suggest(note: ClinicalNote, setting: CareSetting = .inpatient, date: Date?) -> Suggestions {
        let found = suggest(note: note, setting: setting)
        guard let date, let release = release(on: date), release.version != tabular.version else { return found }
        return ReleaseTranslation(from: tabular, to: release, addenda: addenda).translate(found)
    }

    /// The loaded ICD-10-CM release in effect on a date.
    public func release(on date: Date) -> TabularList? {
        CodeSetLibrary().version(of: Array(releases.keys), forFiscalYear: FiscalYear.containing(date)).flatMap {
            releases[$0]
        }
    }

    public func suggest(note: ClinicalNote, setting: CareSetting = .inpatient) -> Suggestions {
        let found = findings(in: note)
        var decision = Decision(setting: setting)
        for finding in found {
            decision.consider(finding, suggester: self, note: note)
        }
        var (diagnoses, procedures, notCoded) = decision.finish(suggester: self, note: note)
        let done = self.procedures.suggest(note, analyzer: analyzer)
        for p in done.codes where !procedures.contains(where: { $0.code == p.code }) { procedures.append(p) }
        // a code built through the PCS Index and Tables completes a prefix read otherwise
        for b in builtProcedures(note) where !procedures.contains(where: { $0.code == b.code }) {
            if let i = procedures.firstIndex(where: { $0.partial && b.code.hasPrefix($0.code) }) {
                procedures[i] = b
            } else if !procedures.contains(where: { b.partial && $0.code.hasPrefix(b.code) }) {
                procedures.append(b)
            }
        }
        procedures.sort { $0.confidence > $1.confidence }
        notCoded += done.notCoded
        // routine tests a hospital does not report inpatient unless its policy says so (UHDDS: significant procedures)
        if setting == .inpatient && !options.reportRoutineProcedures {
            procedures.removeAll { p in
                guard Self.isRoutine(p.code) else { return false }
                notCoded.append(
                    NotCoded(
                        code: p.code, system: .icd10pcs, title: p.title, reason: .notReported,
                        detail: "a routine test, not reported inpatient by default", evidence: p.evidence))
                return true
            }
        }
        procedures = Self.reconciled(procedures)
        diagnoses = sequenced(Self.rank(diagnoses, setting: setting), setting: setting)
        return Suggestions(setting: setting, diagnoses: diagnoses, procedures: procedures, notCoded: notCoded)
    }

    /// Whether a diagnosis another document of the stay gives (an operative report, a consultation) adds to what
    /// the discharge summary's reading codes: not a code the summary left out for a reason that holds for the stay
    /// (a symptom its diagnosis explains, a less specific code, a condition ruled out), not the unspecified code of a
    /// category the summary codes, not a sign of a diagnosis the summary codes (Section III, I.B.4-5).
    public func adds(_ code: String, to summary: Suggestions) -> Bool {
        if summary.notCoded.contains(where: { $0.code == code && RecordConventions.recordReasons.contains($0.reason) })
        {
            return false
        }
        let coded = summary.diagnoses.map(\.code)
        if RecordConventions.isLessSpecific(code, self), coded.contains(where: { $0.prefix(3) == code.prefix(3) }) {
            return false
        }
        if RecordConventions.isSymptom(code), CodingConventions.explanation(of: code, among: coded) != nil {
            return false
        }
        return true
    }

    /// The procedures each sentence names, built through the ICD-10-PCS Index and Tables (``PCSBuilder``): a code when
    /// the sentence fixes every axis, else a prefix of at least the table and body part. Negated, planned, family and
    /// hypothetical mentions are not coded.
    func builtProcedures(_ note: ClinicalNote) -> [SuggestedCode] {
        guard let builder = pcsBuilder else { return [] }
        var out: [SuggestedCode] = []
        // the words of the record's procedure reports (operation, implants, description), which complete a code the
        // sentence naming the procedure leaves open
        let report = note.sections.filter { [.procedures, .procedureDescription, .operativeDetails].contains($0.kind) }
            .map { note[$0.bodyRange] }.joined(separator: " ")
        let description = note.sections.filter { [.procedureDescription, .operativeDetails].contains($0.kind) }
            .map { note[$0.bodyRange] }.joined(separator: " ")
        /// A sentence with those after it in its section up to the next item of a list (`Implants: …` after `Left total
        /// hip arthroplasty, uncemented.`, not `- 08/25/2026 Paracentesis` after `- EGD with band ligation`).
        func following(_ si: Int) -> String {
            var text = note[note.sentences[si].range]
            var next = si + 1
            while next < note.sentences.count, note.sentences[next].section == note.sentences[si].section {
                let range = note.sentences[next].range
                let bytes = note.utf8[range].prefix(4)
                if let first = bytes.first,
                    first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == 0xE2
                        || (first >= 48 && first <= 57
                            && bytes.dropFirst().prefix(2).contains {
                                $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ")")
                            })
                {
                    break
                }
                text += " " + note[range]
                next += 1
            }
            return text
        }
        for (si, sentence) in note.sentences.enumerated() {
            let section = note.sections[sentence.section].kind
            guard section != .plan, sentence.range.count <= 600 else { continue }
            let text = note[sentence.range]
            // a procedure is coded where it is documented as done: a section of procedures, or a verb that says so
            // (the hospital course tells what was done in the stay)
            let inProcedures = [.procedures, .procedureDescription, .operativeDetails, .hospitalCourse].contains(
                section)
            guard inProcedures || Self.saysDone(text) else { continue }
            let assertion = analyzer.assertion(for: sentence.range, sentence: si, in: note)
            switch assertion.status {
            case .negated, .family, .hypothetical, .historical: continue
            default: break
            }
            // a list of the procedures done names one in each of its comma-separated items (`Left heart
            // catheterization, selective coronary angiography, PCI of the mid LCx`); any other sentence is one
            var pieces = [sentence.range]
            if section == .procedures { pieces += Self.items(of: sentence.range, in: note) }
            var codes = Set<String>()
            for piece in pieces {
                let text = note[piece]
                // (a list of procedures names only procedures: its words are read as a coder searching the index)
                // (a support given over the stay, `~45 h on vent`, names its root operation's table by the body system)
                let listed = section == .procedures || builder.namesSupport(text)
                guard listed || builder.names(text),
                    var built = builder.build(
                        text, limit: 1, byOperation: listed, namedOnly: !listed, generalDevice: true
                    ).first
                else { continue }
                // (an axis the sentence left to its default is read again only with the sentence and the report's
                // description, not the other items of a list of procedures: `band ligation` names no drainage device)
                if built.partial || built.defaultedFrom != nil,
                    listed || [.procedureDescription, .operativeDetails].contains(section),
                    built.code.count >= 4,
                    let whole = builder.complete(
                        built, context: built.partial ? report : description + " " + following(si))
                {
                    built = whole
                }
                guard !built.partial, built.score >= Self.minimumBuiltScore, codes.insert(built.code).inserted else {
                    continue
                }
                // a piece that begins with its negation (`No intubation required.`, `Not intubated.`): the words after
                // the first are read with it before them
                let first = note.tokenIndex(atOrAfter: piece.lowerBound)
                if first + 1 < note.tokens.count, note.tokens[first + 1].range.lowerBound < piece.upperBound {
                    let rest = note.tokens[first + 1].range.lowerBound..<piece.upperBound
                    switch analyzer.assertion(for: rest, sentence: si, in: note).status {
                    case .negated, .hypothetical: continue
                    default: break
                    }
                }
                // the patient's own CPAP or BiPAP used in the stay is the patient's therapy, not a procedure the
                // hospital performed
                if built.code.hasPrefix("5A09"), !Set(TextNormalizer.words(text)).isDisjoint(with: ["home", "own"]) {
                    continue
                }
                out.append(
                    SuggestedCode(
                        code: built.code, system: .icd10pcs, title: title(built.code, .icd10pcs), confidence: 0.8,
                        partial: false, evidence: [EvidenceSpan(piece, in: note, section: section)],
                        reasons: built.steps,
                        basis: "pcs-index/present"))
            }
        }
        // a later mention of a procedure already coded (`no chest pain after PCI`) reads it with less detail: the code
        // without a device gives way to the same procedure's code with its device
        out = Self.reconciled(out)
        return out
    }

    /// The procedures of a stay as one set (ICD-10-PCS guidelines): a procedure named twice is coded once, with the
    /// detail of its fuller description; a cesarean (10D00) is the delivery, not also a
    /// vaginal delivery or an extraction through the vagina; a later mention of a procedure already coded (`no chest
    /// pain after PCI`) reads it with less detail, so the code without a device gives way to the same procedure's code
    /// with its device; an endoscopic inspection is not coded beside a procedure done through the same endoscopy
    /// (B3.11a).
    public static func reconciled(_ procedures: [SuggestedCode]) -> [SuggestedCode] {
        var out = procedures
        if out.contains(where: { $0.code.hasPrefix("10D00") }) {
            out.removeAll { $0.code.hasPrefix("10E0") || $0.code.hasPrefix("10D07") }
        }
        let all = out
        out.removeAll { c in
            let a = Array(c.code)
            guard a.count == 7 else { return false }
            if a[5] == "Z",
                all.contains(where: { o in
                    o.code.count == 7 && o.code != c.code && o.code.prefix(5) == c.code.prefix(5)
                        && Array(o.code)[5] != "Z"
                })
            {
                return true
            }
            // the same procedure named with less detail (the general device, no qualifier) beside its full
            // description in another document (`Synthetic Substitute` beside `Ceramic on Polyethylene Synthetic
            // Substitute`): its words are all in the other's title
            let words = Set(TextNormalizer.words(c.title))
            if !words.isEmpty,
                all.contains(where: { o in
                    o.code.count == 7 && o.code != c.code && o.code.prefix(5) == c.code.prefix(5)
                        && words.isStrictSubset(of: Set(TextNormalizer.words(o.title)))
                })
            {
                return true
            }
            // an inspection through an endoscope (approach 8) beside another procedure through one
            if a[0] == "0", a[2] == "J", a[4] == "8" {
                return all.contains { o in
                    let b = Array(o.code)
                    return b.count == 7 && o.code != c.code && b[0] == "0" && b[2] != "J" && b[4] == "8"
                }
            }
            return false
        }
        return out
    }

    /// The comma- or semicolon-separated items of a sentence (when it has more than one), as byte ranges of the note.
    static func items(of range: Range<Int>, in note: ClinicalNote) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = range.lowerBound
        let bytes = note.utf8
        for i in range where bytes[i] == UInt8(ascii: ",") || bytes[i] == UInt8(ascii: ";") {
            if i > start { out.append(start..<i) }
            start = i + 1
        }
        guard !out.isEmpty else { return [] }
        if start < range.upperBound { out.append(start..<range.upperBound) }
        // the leading spaces of each item out
        return out.compactMap { r in
            var lo = r.lowerBound
            while lo < r.upperBound, bytes[lo] == UInt8(ascii: " ") { lo += 1 }
            return lo < r.upperBound ? lo..<r.upperBound : nil
        }
    }

    /// Whether a sentence says a procedure was done (`underwent`, `was performed`, `placed`).
    static func saysDone(_ text: String) -> Bool {
        let words = Set(TextNormalizer.words(text))
        return !words.isDisjoint(with: doneWords)
    }

    static let doneWords: Set<String> = [
        "underwent", "performed", "placed", "inserted", "done", "received", "given", "administered", "completed",
        "undergoing", "implanted", "deployed", "intubated", "transfused", "carried",
    ]

    /// Plain radiography, CT, MRI and ultrasound (section B, types 0, 2, 3, 4) and external measurement and
    /// monitoring (an ECG, 4A02X4Z): tests a hospital reports inpatient only by its own policy. Fluoroscopy
    /// (angiography, B2111ZZ) and the measurements of a catheterization (4A023N7) are reported.
    static func isRoutine(_ code: String) -> Bool {
        let c = Array(code)
        guard c.count >= 5 else { return false }
        if c[0] == "B" { return "0234".contains(c[2]) }
        // an inspection from outside the body (the fundus of the eye, 08J1XZZ): the physical examination
        if c[0] == "0" && c[2] == "J" && c[4] == "X" { return true }
        return (code.hasPrefix("4A0") || code.hasPrefix("4A1")) && c[4] == "X"
    }

    /// How well a sentence's words must fix a built ICD-10-PCS code for it to be suggested.
    static let minimumBuiltScore = 6.0

    public func title(_ code: String, _ system: CodeSystem = .icd10cm) -> String {
        switch system {
        case .icd10cm: tabular.entry(code)?.title ?? ""
        case .icd10pcs: pcsTitle(code) ?? ""
        case .hcpcs: ""
        }
    }

    /// One phrase of the lexicon found in the note, with its mention's assertion.
    struct Finding {
        var entry: PhraseEntry
        var range: Range<Int>
        var sentence: Int
        var section: SectionKind
        var assertion: Assertion
        var phraseLength: Int
        /// The phrase's words were found in another order.
        var reordered = false
        /// The Alphabetic Index path that gave the code (`Failure, failed › heart › systolic → I50.20`).
        var indexPath: String?
        /// For a walk past its main term: the bytes of the words that named the main term, whose own default code
        /// the walk reads past.
        var mainTerm: Range<Int>?
    }

    /// Every lexicon phrase in the note: the longest tabular or clinical-lexicon phrase at each place (left to right,
    /// not overlapping), and every learned phrase.
    func findings(in note: ClinicalNote) -> [Finding] {
        let stream = TermStream(
            note: note, abbreviations: abbreviations.abbreviations(in: note), lookup: { vocabulary.id($0) })
        var out: [Finding] = []
        var matches: [(end: Int, slot: Int)] = []
        for (si, terms) in stream.sentences.enumerated() where !terms.isEmpty {
            let section = note.sections[note.sentences[si].section].kind
            var covered = 0
            var exact = Set<String>()
            for start in terms.indices {
                matches.removeAll(keepingCapacity: true)
                trie.matches(terms, from: start, into: &matches)
                guard !matches.isEmpty else { continue }
                var longestDictionary: (end: Int, entry: PhraseEntry)?
                for m in matches {
                    let entries = trie.entries[m.slot]
                    if let best = entries.filter({ $0.source != .learned }).min(by: Self.preferred) {
                        if longestDictionary.map({ m.end > $0.end }) ?? true { longestDictionary = (m.end, best) }
                    }
                    for e in entries where e.source == .learned {
                        out.append(finding(e, terms, start, m.end, si, section, note))
                    }
                }
                if case (let end, var entry)? = longestDictionary, start >= covered {
                    exact.insert(entry.code)
                    covered = end
                    if end - start == 1, let sited = Self.sitedTerms[vocabulary.word(terms[start].id)] {
                        switch sited {
                        case .localized(let code):
                            if tabular.entry(code)?.billable == true,
                                Self.namesASite(around: terms[start].range, in: note, adjectives: true)
                            {
                                entry.code = code
                            }
                        case .skip(let adjectives):
                            if Self.namesASite(around: terms[start].range, in: note, adjectives: adjectives) {
                                continue
                            }
                        }
                    }
                    out.append(finding(entry, terms, start, end, si, section, note))
                }
            }
            out += unorderedFindings(terms, si, section, note, skipping: exact)
            out += indexFindings(terms, si, section, note)
        }
        return out
    }

    /// The codes the Alphabetic Index gives each clause of the sentence (clauses end at a comma, semicolon or
    /// parenthesis), completed in the Tabular List where the index gives a heading.
    func indexFindings(_ terms: [Term], _ si: Int, _ section: SectionKind, _ note: ClinicalNote) -> [Finding] {
        guard let walker = indexWalker else { return [] }
        /// The finding of one walk, or nil for a code the Tabular List does not report or an external cause.
        func found(_ walk: IndexWalker.Walk, in clause: Range<Int>) -> Finding? {
            if let category = walk.category {
                // only a relative's condition is coded by its category (the family history code)
                var f = finding(
                    PhraseEntry(code: category, system: .icd10cm, source: .index, precision: 1, support: 0), terms,
                    walk.positions.first!, walk.positions.last! + 1, si, section, note)
                guard f.assertion.status == .family else { return nil }
                f.phraseLength = walk.positions.count
                f.indexPath = walker.heading(walk) + " → " + category + "-"
                return f
            }
            let words = Set(terms[clause].lazy.map(\.id).filter { $0 >= 0 })
            guard let written = walker.index.entries[walk.entry].code, let code = reportable(written, saying: words),
                !"VWXY".contains(code.first ?? "A")
            else { return nil }
            let source: PhraseSource =
                !walk.isDefault ? .index : walker.onlyInIndex[walk.main] ? .indexName : .indexDefault
            var f = finding(
                PhraseEntry(code: code, system: .icd10cm, source: source, precision: 1, support: 0), terms,
                walk.positions.first!, walk.positions.last! + 1, si, section, note)
            f.phraseLength = walk.positions.count
            f.indexPath = walker.heading(walk) + " → " + written + (written == code ? "" : " → \(code)")
            let main =
                terms[walk.trigger.lowerBound].range.lowerBound..<terms[walk.trigger.upperBound - 1].range.upperBound
            if !walk.isDefault, walk.positions.count > walk.trigger.count { f.mainTerm = main }
            // the condition is as the record says its main term is (`E. coli, without sepsis`: no sepsis)
            if main.lowerBound > f.range.lowerBound {
                let own = analyzer.assertion(for: main, sentence: si, in: note)
                if own.status == .negated { f.assertion = own }
            }
            return f
        }
        var out: [Finding] = []
        var start = 0
        while start < terms.count {
            var end = start
            while end < terms.count && terms[end].id != -2 { end += 1 }
            if end > start { out += walker.walks(terms, in: start..<end).compactMap { found($0, in: start..<end) } }
            start = end + 1
        }
        // a line of the physician's diagnosis list is one diagnostic statement, its commas part of it (`Major
        // depressive disorder, recurrent, severe without psychotic features`): it is also walked whole, after its
        // list number (the `1` of `1. Type 2 diabetes` is no type 1), for the paths the clauses did not reach
        var from = 0
        if terms.count > 2, terms[1].id == -2, note.utf8[terms[0].range].allSatisfy({ $0 >= 48 && $0 <= 57 }) {
            from = 2
        }
        if RecordConventions.listSections.contains(section.rawValue), terms[from...].contains(where: { $0.id == -2 }) {
            var seen = Set(out.map(\.entry.code))
            for walk in walker.walks(terms, in: from..<terms.count, reach: 2 * IndexWalker.reach) where !walk.isDefault
            {
                if let f = found(walk, in: from..<terms.count), seen.insert(f.entry.code).inserted { out.append(f) }
            }
        }
        return out
    }

    /// The reportable code for a code the index gives: itself, or under a heading the code the clause's words
    /// choose in the Tabular List, as a coder reads on from the index (`Infarct, cerebral, due to embolism, cerebral
    /// arteries` I63.4- with `left middle cerebral artery`: I63.412), its unspecified code where they choose none
    /// (the initial encounter for an injury).
    func reportable(_ written: String, saying words: Set<Int32> = []) -> String? {
        guard var i = tabular.index(of: CodeFormat.normalize(written)) else { return nil }
        while !tabular.entries[i].billable, let next = documentedChild(of: i, saying: words) { i = next }
        if tabular.entries[i].billable { return tabular.entries[i].code }
        return DiagnosisLexicon.defaultCode(under: i, in: tabular).map { tabular.entries[$0].code }
    }

    /// The subdivision of a heading whose own words (those its title adds to the heading's) the clause all says,
    /// the one saying most; never an `unspecified` or `other` one, which the words do not choose.
    func documentedChild(of heading: Int, saying words: Set<Int32>) -> Int? {
        guard !words.isEmpty else { return nil }
        let entry = tabular.entries[heading]
        let own = Set(vocabulary.ids(of: entry.title))
        var best: (child: Int, count: Int)?
        let vague = Set(vocabulary.ids(of: "unspecified other"))
        for c in entry.children.map(Int.init) where tabular.entries[c].kind != .extended {
            let adds = Set(vocabulary.ids(of: tabular.entries[c].title)).subtracting(own)
            guard !adds.isEmpty, adds.isDisjoint(with: vague), adds.isSubset(of: words) else { continue }
            if best == nil || adds.count > best!.count { best = (c, adds.count) }
        }
        return best?.child
    }

    /// Main terms whose index entry is mostly subterms by site (`Pain, abdominal`, `Hemorrhage, intracranial`): on
    /// their own they take the unspecified default only when the text names no site. Some have a code for "localized"
    /// (`Adenopathy, localized` R59.0, `Edema, localized` R60.0), taken when a site is named.
    static let sitedTerms: [String: SitedTerm] = {
        var terms: [String: SitedTerm] = [:]
        for word in ["pain", "infection", "edema", "swelling", "inflammation", "trauma", "injury"] {
            terms[TextNormalizer.stem(word)] = .skip(adjectives: false)
        }
        for word in [
            "hemorrhage", "bleeding", "abscess", "mass", "lesion", "cyst", "tumor", "neoplasm", "fracture", "ulcer",
            "necrosis", "stenosis", "obstruction", "dilatation", "carcinoma", "adenocarcinoma", "cancer", "malignancy",
            "metastasis", "metastases", "thrombosis", "hematoma", "rupture",
        ] {
            terms[TextNormalizer.stem(word)] = .skip(adjectives: true)
        }
        for word in ["adenopathy", "adenopathies", "lymphadenopathy", "lymphadenopathies"] {
            terms[TextNormalizer.stem(word)] = .localized("R59.0")
        }
        return terms
    }()

    enum SitedTerm {
        /// Not coded on its own when a site is named (by an adjective before it too, when `adjectives`).
        case skip(adjectives: Bool)
        /// This code when a site is named.
        case localized(String)
    }

    /// Whether a site is named next to the word: an adjective before it (`inguinal adenopathy`; only when
    /// `adjectives`) or a prepositional phrase after it (`pain in the right flank`).
    static func namesASite(around range: Range<Int>, in note: ClinicalNote, adjectives: Bool) -> Bool {
        let t = note.tokenIndex(atOrAfter: range.lowerBound)
        if adjectives && t > 0 {
            let before = note.tokens[t - 1]
            if before.kind == Token.Kind.word && before.normalized.count > 4 {
                let w = before.normalized
                if w.hasSuffix("al") || w.hasSuffix("ar") || w.hasSuffix("ic") || w.hasSuffix("ary")
                    || w.hasSuffix("eal")
                {
                    return true
                }
            }
        }
        if t + 1 < note.tokens.count {
            let after = note.tokens[t + 1]
            if after.kind == Token.Kind.word && ["in", "of", "at", "on", "over", "around"].contains(after.normalized) {
                return true
            }
        }
        return false
    }

    /// Code-set phrases whose words all occur close together in the sentence in another order (`cyst of the right
    /// kidney` for `renal cyst`, `fracture of the femoral shaft` for `fracture of shaft of femur`).
    func unorderedFindings(
        _ terms: [Term], _ si: Int, _ section: SectionKind, _ note: ClinicalNote, skipping exact: Set<String>
    ) -> [Finding] {
        var out: [Finding] = []
        var tried = Set<Int32>()
        let without = vocabulary.id("without")
        for (i, term) in terms.enumerated() where term.id >= 0 {
            guard let slots = unordered[term.id] else { continue }
            for slot in slots where tried.insert(slot).inserted {
                let ids = trie.phraseIDs[Int(slot)]
                let window = ids.count + 2
                var lo = i
                var hi = i
                var found = true
                for id in ids where id != term.id {
                    var best: Int?
                    for j in max(0, i - window)...min(terms.count - 1, i + window) where terms[j].id == id {
                        if best.map({ abs(j - i) < abs($0 - i) }) ?? true { best = j }
                    }
                    guard let j = best else {
                        found = false
                        break
                    }
                    lo = min(lo, j)
                    hi = max(hi, j)
                }
                guard found, hi - lo < ids.count + 3, !terms[lo...hi].contains(where: { $0.id == -2 }) else { continue }
                // `without` says what the condition lacks by its place: the word after it in the phrase follows it in
                // the sentence (`vomiting without nausea` is not `nausea and vomiting without fever`)
                if let without, let k = ids.firstIndex(of: without), k + 1 < ids.count,
                    !(lo...hi).contains(where: { j in
                        terms[j].id == ids[k] && j < hi
                            && ((j + 1)...min(hi, j + 3)).contains { terms[$0].id == ids[k + 1] }
                    })
                {
                    continue
                }
                // a number qualifies the word written before it (`stage 2`), never one elsewhere (`type 2 diabetes
                // with chronic kidney disease stage 3a` says no stage 2)
                if let k = ids.indices.first(where: { k in k > 0 && vocabulary.word(ids[k]).first?.isNumber == true }),
                    !terms[lo...hi].indices.contains(where: { j in
                        j > lo && terms[j].id == ids[k] && terms[j - 1].id == ids[k - 1]
                    })
                {
                    continue
                }
                guard
                    var entry = trie.entries[Int(slot)].filter({ $0.source != .learned && $0.source != .inclusionTerm })
                        .min(by: Self.preferred),
                    !exact.contains(entry.code)
                else { continue }
                entry.precision = 0.85
                var f = finding(entry, terms, lo, hi + 1, si, section, note)
                f.reordered = true
                out.append(f)
            }
        }
        return out
    }

    static func preferred(_ a: PhraseEntry, _ b: PhraseEntry) -> Bool {
        (a.source, a.code.count, a.code) < (b.source, b.code.count, b.code)
    }

    private func finding(
        _ entry: PhraseEntry, _ terms: [Term], _ start: Int, _ end: Int, _ si: Int, _ section: SectionKind,
        _ note: ClinicalNote
    ) -> Finding {
        let range = terms[start].range.lowerBound..<terms[end - 1].range.upperBound
        return Finding(
            entry: entry, range: range, sentence: si, section: section,
            assertion: analyzer.assertion(for: range, sentence: si, in: note), phraseLength: end - start)
    }

    /// The sections where the physician lists the diagnoses.
    static let diagnosisSections: Set<String> = [
        SectionKind.dischargeDiagnoses.rawValue, SectionKind.finalDiagnoses.rawValue,
        SectionKind.principalDiagnosis.rawValue, SectionKind.diagnoses.rawValue,
        SectionKind.postoperativeDiagnosis.rawValue, SectionKind.assessment.rawValue,
        SectionKind.assessmentAndPlan.rawValue,
    ]

    /// The principal (first-listed) candidate first: a definitive diagnosis over a symptom (Section II.A), one named in
    /// the discharge or final diagnoses or the assessment over one named elsewhere, then by confidence.
    static func rank(_ codes: [SuggestedCode], setting: CareSetting) -> [SuggestedCode] {
        var sorted = codes.sorted { ($0.confidence, $1.code) > ($1.confidence, $0.code) }
        func listedAt(_ c: SuggestedCode) -> Int? {
            c.evidence.filter { Self.diagnosisSections.contains($0.section) }.map(\.start).min()
        }
        // the diagnosis listed first among the final diagnoses is the physician's own ordering
        let firstListed = sorted.filter { c in !c.code.hasPrefix("R") && !c.code.hasPrefix("Z") }
            .compactMap { c in listedAt(c).map { (c.code, $0) } }.min { $0.1 < $1.1 }?.0
        func principalScore(_ c: SuggestedCode) -> Double {
            var s = c.confidence
            if !(c.code.hasPrefix("R") || c.code.hasPrefix("Z")) { s += 1 }
            if c.code.first.map({ "VWXY".contains($0) }) ?? false { s -= 2 }
            // the infectious agent (B95-B97) is only ever an additional code; a newborn's birth code (Z38) is on the
            // newborn's record, not the mother's
            if ["B95", "B96", "B97", "Z38"].contains(where: { c.code.hasPrefix($0) }) { s -= 3 }
            if c.assertion == .historical { s -= 0.5 }
            // the obstetric codes of a pregnancy lead (I.C.15.a.1)
            if c.code.hasPrefix("O") { s += 1 }
            if listedAt(c) != nil { s += 0.5 }
            if c.code == firstListed { s += 0.5 }
            if c.evidence.contains(where: { $0.section == SectionKind.chiefComplaint.rawValue }) { s += 0.2 }
            return s
        }
        if let best = sorted.indices.max(by: { principalScore(sorted[$0]) < principalScore(sorted[$1]) }) {
            var principal = sorted.remove(at: best)
            principal.principal = true
            principal.reasons.append(
                setting == .inpatient
                    ? "principal diagnosis candidate: the definitive condition listed first among the diagnoses (Section II)"
                    : "first-listed diagnosis candidate (Section IV.G)")
            sorted.insert(principal, at: 0)
        }
        return sorted
    }
}

extension Suggester {
    /// The ranked codes with the classification's sequencing notes obeyed: a code whose `code first` note names
    /// another coded code comes after it (I13.0 before I50.33 and N18.31; E11.22 before N18.31), and when the
    /// principal candidate's own note names one, that one leads (Section I.A.13, I.C.9.a).
    func sequenced(_ codes: [SuggestedCode], setting: CareSetting) -> [SuggestedCode] {
        guard codes.count > 1 else { return codes }
        let keys = codes.map { CodeFormat.normalize($0.code) }
        // after[i]: the positions of the codes that must come before code i
        var before = [[Int]](repeating: [], count: codes.count)
        for (i, c) in codes.enumerated() where c.system == .icd10cm {
            guard let index = tabular.index(of: c.code) else { continue }
            for (_, note) in tabular.applicableNotes(for: index) where note.kind == .codeFirst {
                for (j, key) in keys.enumerated() where j != i && codes[j].system == .icd10cm {
                    if note.references.contains(where: { $0.covers(key) }) && !before[i].contains(j) {
                        before[i].append(j)
                    }
                }
            }
        }
        guard before.contains(where: { !$0.isEmpty }) else { return codes }
        // in rank order, each code after the codes its note says to code first (those first, in their rank order);
        // a cycle keeps the rank order
        var placed = [Bool](repeating: false, count: codes.count)
        var visiting = [Bool](repeating: false, count: codes.count)
        var order: [Int] = []
        func place(_ i: Int) {
            guard !placed[i], !visiting[i] else { return }
            visiting[i] = true
            for j in before[i].sorted() { place(j) }
            visiting[i] = false
            placed[i] = true
            order.append(i)
        }
        for i in codes.indices { place(i) }
        var out = order.map { codes[$0] }
        if out[0].code != codes[0].code {
            let leader = out[0].code
            for i in out.indices where out[i].principal {
                out[i].principal = false
                out[i].reasons.removeAll {
                    $0.hasPrefix("principal diagnosis candidate") || $0.hasPrefix("first-listed diagnosis candidate")
                }
            }
            out[0].principal = true
            out[0].reasons.append(
                "principal diagnosis candidate: \(codes[0].code)'s `code first` note names \(leader) (Section I.A.13)")
        }
        return out
    }
}

public struct SuggesterError: Error, CustomStringConvertible, Sendable {
    public var description: String
    init(_ d: String) { description = d }
}

extension Suggester {
    /// Whether the code is valid for reporting in the suggester's ICD-10-CM release.
    public func isBillable(_ code: String) -> Bool { tabular.entry(code)?.billable ?? false }
}
