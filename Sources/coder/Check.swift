import ArgumentParser
import ClaimReview
import CodeSearch
import CodeSuggestion
import CodingRules
import Foundation
import MSDRG
import Terminology

/// The bytes of a file argument, or of standard input for `-`; a missing file is a one-line error.
func readInput(_ file: String) throws -> Data {
    if file == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
    return try readFile(file)
}

/// A file's bytes, or a one-line error that says what is wrong: missing, a folder, or unreadable.
func readFile(_ path: String) throws -> Data {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw CLIError("\(path): no such file")
    }
    if isDirectory.boolValue { throw CLIError("\(path): is a folder, not a file") }
    guard let data = FileManager.default.contents(atPath: path) else {
        throw CLIError("\(path): cannot be read (permission denied?)")
    }
    return data
}

extension Claim {
    /// Reads one claim from a file, or from standard input for `-`; a missing file or bad JSON is a one-line error.
    static func read(_ file: String) throws -> Claim {
        let data = try readInput(file)
        do {
            return try Claim.decode(data, source: file == "-" ? "claim" : file)
        } catch let error as ClaimError {
            throw CLIError(error.message)
        }
    }
}

/// The Medicare Code Editor, loaded from the shipped code sets.
enum EditorSetup {
    static func load(_ options: CodeSetOptions) throws -> MedicareCodeEditor {
        do {
            return try MedicareCodeEditor.load(codeSets: options.locations.shipped)
        } catch let error as ReleaseFileError {
            throw CLIError(error.description)
        }
    }
}

/// The reviewer over the shipped code sets, the compiled snapshot and the shipped phrase model.
enum ReviewSetup {
    /// - Parameter documents: whether to build the suggester that reads documents and the grouper that prices the
    ///   queries drawn from them (they take a second or two).
    static func load(_ options: CodeSetOptions, documents: Bool = true) throws -> ClaimReviewer {
        let library = try options.engine().library
        return ClaimReviewer(
            library: library, editor: try EditorSetup.load(options),
            grouping: documents ? try GrouperSetup.load(options) : nil,
            suggester: documents ? try SuggestOptions.parse([]).suggester(options, library: library) : nil)
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a claim: code-set edits from the Tabular List and the Medicare Code Editor, as findings.",
        discussion: """
            Reads one claim (the JSON of INTERFACES.md) from FILE or standard input and checks its codes against the \
            ICD-10-CM release of its discharge date: invalid codes, headings, missing 7th characters, Excludes1 pairs \
            (different body systems: a query for the unrelated-conditions exception), "code first" missing or out of \
            sequence, "use additional code" and "code also" notes, duplicates, unspecified sides; the guideline rules on \
            codes that are only principal or only secondary, sequelae, and combination codes beside their components. \
            The documents, when the claim has them: completeness, codes they do not support or deny, conditions not \
            coded, and physician queries with the DRG of each answer. Then the Medicare \
            Code Editor: age and sex conflicts, external cause, manifestation or unacceptable principal diagnosis, \
            questionable admission, non-covered and limited-coverage procedures, POA indicators, the claim's age, sex \
            and discharge status (prepayment edits are errors, postpayment edits warnings). --rules FILE switches \
            rules off or changes their severity (one `rule severity|off` a line; --list-rules shows the rules). With \
            --json: an array of findings {"rule","severity","message","codes","evidence","source","fix"}.
            """)

    @OptionGroup var options: CodeSetOptions

    @Argument(help: "The claim file, or - for standard input.")
    var file: String = "-"

    @Option(help: "A department's rule settings: one `rule-id error|warning|info|off` a line.")
    var rules: String?

    @Flag(help: "List the rules with their default severities and sources, and exit.")
    var listRules = false

    static var allRules: [RuleDefinition] { ClaimReviewer.allRules }

    func run() throws {
        if listRules {
            for r in Self.allRules {
                print(
                    "\(r.id.padding(toLength: 42, withPad: " ", startingAt: 0)) \(r.severity.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) \(r.summary)"
                )
            }
            return
        }
        let claim = try Claim.read(file)
        var settings = RuleSettings()
        if let rules {
            do {
                settings = try RuleSettings(contentsOf: URL(fileURLWithPath: rules), known: Self.allRules)
            } catch {
                throw CLIError(error.description)
            }
        }
        let review: ClaimReviewer.Review
        do {
            try ClaimReviewer.validate(claim)
            let documents = claim.documents?.contains { !($0.text ?? "").isEmpty } ?? false
            review = try ReviewSetup.load(options, documents: documents).review(claim, settings: settings)
        } catch let error as ReviewError {
            throw CLIError(error.description)
        }
        let findings = review.findings
        let result = (tablesThrough: review.tablesThrough, editType: review.editType)
        if options.json {
            try printJSON(findings)
            return
        }
        let through = String(
            format: "%04d-%02d-%02d", result.tablesThrough / 10000, result.tablesThrough / 100 % 100,
            result.tablesThrough % 100)
        print(
            "Claim \(claim.id ?? "(no id)"): code-set edits and the Medicare Code Editor (tables through \(through)): \(result.editType)"
        )
        if findings.isEmpty {
            print("No findings.")
            return
        }
        let errors = findings.filter { $0.severity == .error }.count
        let warnings = findings.filter { $0.severity == .warning }.count
        print(
            "\(findings.count) finding\(findings.count == 1 ? "" : "s"): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        )
        print("")
        for f in findings {
            var fields = Set<String>()
            let located = f.evidence.compactMap(\.field).filter { fields.insert($0).inserted }.joined(separator: ", ")
            print(
                "\(f.severity.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0))\(f.rule)\(located.isEmpty ? "" : "  [\(located)]")"
            )
            print("        \(f.message)")
            if let fix = f.fix { print("        fix: \(fix)") }
            if let q = f.query {
                print("        query: \(q.question)")
                for i in q.indicators {
                    print(
                        "          indicator (\(i.label ?? "")): \"\(i.text)\" [\(i.field ?? "") \(i.start ?? 0)-\(i.end ?? 0)]"
                    )
                }
                for o in q.options {
                    let impact =
                        o.drg.map { d in
                            " → DRG \(d)" + (o.weight.map { String(format: " weight %.4f", $0) } ?? "")
                                + (o.weightChange.map { String(format: " (%+.4f)", $0) } ?? "")
                        } ?? ""
                    print("          [ ] \(o.label)\(o.code.map { " (\($0))" } ?? "")\(impact)")
                }
            }
        }
    }
}
