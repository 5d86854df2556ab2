import ArgumentParser
import CodeSearch
import CodeSuggestion
import Foundation
import NoteAnalysis
import Terminology

/// Options for the commands that suggest codes.
struct SuggestOptions: ParsableArguments {
    @Option(
        help: "The phrase model learned from coded notes (default: Models/codiesp-train-phrases.tsv of the repository)."
    )
    var model: String?

    @Flag(help: "Use the code sets and the clinical lexicon only, no learned phrases.")
    var noModel = false

    @Option(
        help:
            "How often coders kept comparable suggestions (default: Models/codiesp-train-calibration.tsv of the repository, with the default model)."
    )
    var calibration: String?

    @Flag(help: "Use the engine's own confidence estimates, not the calibration.")
    var noCalibration = false

    @Flag(
        help:
            "Do not walk the Alphabetic Index: titles, inclusion terms, the lexicon and learned phrases only (to measure what the Index adds)."
    )
    var noIndex = false

    @Flag(
        help:
            "Also suggest, for an inpatient stay, the routine tests hospitals do not report by default (imaging, ECG).")
    var routineProcedures = false

    @Option(help: "inpatient or outpatient: uncertain diagnoses are coded as established only for inpatients.")
    var setting: CareSetting = .inpatient

    @Option(
        help:
            "The notes' date (YYYY-MM-DD, e.g. the discharge date): ICD-10-CM codes of the release in effect on it (default: today)."
    )
    var date: String?

    /// The date the codes must be valid on.
    var noteDate: Date { date.flatMap(FiscalYear.date) ?? Date() }

    func validate() throws {
        if let date, FiscalYear.date(date) == nil { throw ValidationError("--date '\(date)' is not YYYY-MM-DD") }
    }

    @Option(help: ArgumentHelp("Codes below this confidence are not suggested.", visibility: .hidden))
    var minimumConfidence: Double?

    @Option(help: ArgumentHelp("Learned phrases below this precision are ignored.", visibility: .hidden))
    var learnedPrecision: Double?

    static let defaultModelName = "codiesp-train-phrases.tsv"
    static let defaultCalibrationName = "codiesp-train-calibration.tsv"

    func calibrationURL(_ locations: CodeSetLocations) -> URL? {
        if noCalibration { return nil }
        if let calibration { return URL(fileURLWithPath: calibration) }
        // the shipped calibration was measured with the shipped model and lexicon only
        if noModel || model != nil { return nil }
        let shipped = locations.shipped.deletingLastPathComponent().appendingPathComponent(
            "Models/\(Self.defaultCalibrationName)")
        return FileManager.default.fileExists(atPath: shipped.path) ? shipped : nil
    }

    func modelURL(_ locations: CodeSetLocations) -> URL? {
        if noModel { return nil }
        if let model { return URL(fileURLWithPath: model) }
        let shipped = locations.shipped.deletingLastPathComponent().appendingPathComponent(
            "Models/\(Self.defaultModelName)")
        return FileManager.default.fileExists(atPath: shipped.path) ? shipped : nil
    }

    /// The suggester over the loaded code sets and the phrase model.
    func suggester(_ codeSets: CodeSetOptions, library: CodeSetLibrary? = nil) throws -> Suggester {
        let codeSetLibrary = try library ?? codeSets.engine().library
        var phraseModel: PhraseModel?
        if let url = modelURL(codeSets.locations) {
            do {
                phraseModel = try PhraseModel(contentsOf: url)
            } catch let error as PhraseModelError {
                throw CLIError(error.description)
            }
        }
        var calibrationCounts: Calibration?
        if let url = calibrationURL(codeSets.locations) {
            do {
                calibrationCounts = try Calibration(contentsOf: url)
            } catch let error as PhraseModelError {
                throw CLIError(error.description)
            }
        }
        do {
            var tuning = Suggester.Options()
            if let minimumConfidence { tuning.minimumConfidence = minimumConfidence }
            if let learnedPrecision { tuning.learnedMinimumPrecision = learnedPrecision }
            tuning.useIndex = !noIndex
            tuning.reportRoutineProcedures = routineProcedures
            return try Suggester(
                library: codeSetLibrary, model: phraseModel, calibration: calibrationCounts, options: tuning)
        } catch {
            throw CLIError(error.description)
        }
    }
}

extension CareSetting: ExpressibleByArgument {}

struct Suggest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Suggest ICD-10-CM and ICD-10-PCS codes for a clinical note, with the evidence for each.",
        discussion: """
            Reads one note (UTF-8 text of at most 5 MiB) from FILE or standard input. Prints the suggested diagnoses, \
            the principal or first-listed candidate first, then the procedures, each with its confidence, assertion \
            status and evidence (UTF-8 byte offsets of the input, the text, the section), and what was found but not \
            coded and why. Examples:
              coder suggest discharge.txt
              coder suggest visit.txt --setting outpatient --json
            """)

    @Argument(help: "The note, or - for standard input.")
    var file: String = "-"

    @OptionGroup var options: CodeSetOptions
    @OptionGroup var suggestOptions: SuggestOptions

    func run() throws {
        let note = try NoteFile.read(file)
        let suggester = try suggestOptions.suggester(options)
        let date = suggestOptions.noteDate
        let result = suggester.suggest(note: note, setting: suggestOptions.setting, date: date)
        if options.json {
            try printJSON(result)
            return
        }
        print("\(result.setting.rawValue) · ICD-10-CM FY\(suggester.release(on: date)?.version ?? suggester.version)")
        if result.diagnoses.isEmpty { print("no diagnosis found") }
        for code in result.diagnoses { printCode(code) }
        if !result.procedures.isEmpty { print("procedures") }
        for code in result.procedures { printCode(code) }
        if !result.notCoded.isEmpty { print("found, not coded") }
        for item in result.notCoded {
            let spans = item.evidence.map { "\"\($0.text)\" [\($0.start)-\($0.end)]" }.joined(separator: ", ")
            print("  \(pad(item.code, 8)) \(item.reason.rawValue)\(item.detail.map { " (\($0))" } ?? ""): \(spans)")
        }
    }

    func printCode(_ code: SuggestedCode) {
        let mark = code.principal ? "*" : " "
        let status = code.assertion == .present ? "" : " [\(code.assertion.rawValue)]"
        print(" \(mark)\(pad(code.code, 8)) \(String(format: "%.2f", code.confidence))  \(code.title)\(status)")
        for e in code.evidence.prefix(3) {
            print("      \"\(e.text)\" [\(e.start)-\(e.end)] \(e.section)")
        }
        for r in code.reasons { print("      · \(r)") }
    }
}

/// Reads a note file (or standard input) with the note reader's checks, as one-line errors.
enum NoteFile {
    static func read(_ file: String, reader: NoteReader = NoteReader()) throws -> ClinicalNote {
        let data = try readInput(file)
        do {
            return try reader.read(data, source: file == "-" ? "note" : file)
        } catch {
            throw CLIError(error.description)
        }
    }
}

struct Learn: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Learn a phrase model from coded notes: which phrases coders turn into which codes.",
        discussion: """
            DIR holds DOCID.txt notes; the gold files are TSV DOCID<TAB>code without a header (codes in any case, \
            ICD-10-CM dotted). Writes the model TSV that `coder suggest --model` reads. Example:
              coder learn --notes codiesp/train/text_files_en --diagnoses trainD.tsv --procedures trainP.tsv \\
                --out Models/codiesp-train-phrases.tsv
            """)

    @Option(help: "The folder of notes.") var notes: String
    @Option(help: "Diagnosis codes per note (TSV).") var diagnoses: String?
    @Option(help: "Procedure codes per note (TSV).") var procedures: String?
    @Option(help: "Where to write the model.") var out: String
    @Option(help: "A line saying where the notes come from, written at the top of the model.") var source: String = ""
    @Option(help: "Phrases aligned to a code in fewer notes are dropped.") var minimumAligned: Int = 2
    @Option(
        help:
            "Also measure how often the gold kept each suggestion, by cross-validation, and write the counts here (the calibration `coder suggest --calibration` reads)."
    )
    var calibration: String?
    @Option(help: "Folds of the cross-validation.") var folds: Int = 5
    @Option(
        help: ArgumentHelp(
            "Also align the phrases whose association is at least this share of the best one's.", visibility: .hidden))
    var nearBest: Double = 1
    @Option(
        help: ArgumentHelp(
            "Learned phrases below this precision are ignored (as `coder suggest --learned-precision`).",
            visibility: .hidden))
    var learnedPrecision: Double?
    @OptionGroup var options: CodeSetOptions

    func run() throws {
        var gold: [String: [(CodeSystem, String)]] = [:]
        for (path, system) in [(diagnoses, CodeSystem.icd10cm), (procedures, .icd10pcs)] {
            guard let path else { continue }
            for (doc, codes) in try GoldFile.read(path) {
                gold[doc, default: []] += codes.map { (system, $0.uppercased()) }
            }
        }
        guard !gold.isEmpty else { throw CLIError("give --diagnoses or --procedures (or both)") }
        let files = try NoteFolder.list(notes)
        // codes of an earlier ICD-10-CM release are learned as the current code that replaced them
        let suggester: Suggester
        do {
            suggester = try Suggester(library: try options.engine().library)
        } catch let error as SuggesterError {
            throw CLIError(error.description)
        }
        let conversions = try OlderCodes.load(options.locations, suggester: suggester)
        var updated = 0
        let original = gold
        for (doc, codes) in gold {
            gold[doc] = codes.map { system, code in
                guard system == .icd10cm, !suggester.isBillable(code) else { return (system, code) }
                if let now = conversions.current(code, suggester: suggester) {
                    updated += 1
                    return (system, now.uppercased())
                }
                // an injury code written without its 7th character: the initial encounter
                let bare = code.replacingOccurrences(of: ".", with: "")
                if bare.count < 7 {
                    let completed = CodeFormat.completed(bare, seventh: "A")
                    if suggester.isBillable(completed) {
                        updated += 1
                        return (system, completed)
                    }
                }
                return (system, code)
            }
        }
        var coded: [PhraseLearner.CodedNote] = []
        var articles: [String] = []
        var originals: [Set<String>] = []
        for (doc, url) in files {
            guard let codes = gold[doc] else { continue }
            originals.append(Set((original[doc] ?? []).map { $0.1.lowercased() }))
            // cases of one publication (`S0004-06142006000500002-3`, `-4`) are alike: keep them in one fold
            articles.append(
                doc.range(of: "-[0-9]+$", options: .regularExpression).map { String(doc[..<$0.lowerBound]) } ?? doc)
            let note = try NoteFile.read(url.path)
            coded.append(PhraseLearner.CodedNote(text: note.text, codes: codes))
        }
        guard !coded.isEmpty else { throw CLIError("\(notes): no note has codes in the gold files") }
        let learner = PhraseLearner(minimumAligned: minimumAligned, nearBest: nearBest)
        let model = learner.learn(coded, source: source)
        try write(model.tsv(), to: out)
        print("learn notes=\(coded.count) updated_codes=\(updated) rules=\(model.rows.count) out=\(out)")
        if let calibration {
            guard folds >= 2, folds <= coded.count else { throw CLIError("--folds: give 2 to \(coded.count)") }
            let counts: Calibration
            do {
                counts = try learner.crossValidate(
                    coded, originals: originals, older: conversions.older, groups: articles, folds: folds,
                    library: try options.engine().library,
                    options: {
                        // the candidates of a calibrated suggester
                        var o = Suggester.Options()
                        o.learnedMinimumPrecision = learnedPrecision ?? Suggester.Options.calibratedLearnedPrecision
                        // every procedure it can propose, the routine tests too: a hospital that reports them reads
                        // their confidence from the same calibration
                        o.reportRoutineProcedures = true
                        return o
                    }(),
                    source: "\(source)\(source.isEmpty ? "" : "; ")\(folds)-fold cross-validation")
            } catch let error as SuggesterError {
                throw CLIError(error.description)
            }
            try write(counts.tsv(), to: calibration)
            let s = counts.byBasis.values.reduce(Calibration.Tally()) {
                Calibration.Tally(suggested: $0.suggested + $1.suggested, kept: $0.kept + $1.kept)
            }
            print(
                "calibration folds=\(folds) suggested=\(s.suggested) kept=\(s.kept) codes=\(counts.byCode.count) out=\(calibration)"
            )
        }
    }

    private func write(_ text: String, to path: String) throws {
        do {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            throw CLIError("\(path): cannot write (\(error.localizedDescription))")
        }
    }

}

/// `DOCID<TAB>code` lines, no header.
enum GoldFile {
    static func read(_ path: String) throws -> [String: [String]] {
        let data = try readFile(path)
        guard let text = String(data: data, encoding: .utf8) else { throw CLIError("\(path): not UTF-8 text") }
        var gold: [String: [String]] = [:]
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.isEmpty { continue }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cols.count >= 2, !cols[0].isEmpty, !cols[1].isEmpty else {
                throw CLIError("\(path):\(i + 1): expected DOCID<TAB>code")
            }
            let code = cols[1].trimmingCharacters(in: .whitespaces)
            if !(gold[String(cols[0])]?.contains(code) ?? false) { gold[String(cols[0]), default: []].append(code) }
        }
        return gold
    }
}

/// The `.txt` notes of a folder, by document id (the file name without `.txt`), sorted.
enum NoteFolder {
    static func list(_ path: String) throws -> [(id: String, url: URL)] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CLIError("\(path): not a folder")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".txt") }.sorted()
        guard !names.isEmpty else { throw CLIError("\(path): no .txt notes") }
        let base = URL(fileURLWithPath: path, isDirectory: true)
        return names.map { (String($0.dropLast(4)), base.appendingPathComponent($0)) }
    }
}
