import ArgumentParser
import CodeSearch
import CodeSuggestion
import CodingRules
import Foundation
import MSDRG
import Terminology

/// The bytes of a file argument, or of standard input for `-`; a missing file is a one-line error.
func readInput(_ file: String) throws -> Data {
    if file == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
    guard let data = FileManager.default.contents(atPath: file) else { throw CLIError("\(file): no such file") }
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

    /// Each query answer's DRG: the claim regrouped with the answer's code in place of the queried one (or added,
    /// for a code of another category), and the weight change from the claim as coded, so that the department can
    /// work the queries that matter first. Outpatient claims and claims the grouper cannot take are left as they are.
    static func withDRGImpact(_ findings: [Finding], claim: Claim, options: CodeSetOptions) throws -> [Finding] {
        guard findings.contains(where: { $0.query != nil }), (claim.setting ?? "inpatient").lowercased() == "inpatient",
            !claim.diagnoses.isEmpty
        else { return findings }
        let setup = try GrouperSetup.load(options)
        guard let (version, _) = try? setup.version(requested: claim.grouperVersion, claim: claim),
            let input = try? GrouperClaim(claim)
        else { return findings }
        let session = setup.grouper.makeSession()
        let weights = setup.weights(for: version)
        guard let current = try? session.group(input, version: version), current.returnCode == .ok else { return findings }
        let baseWeight = weights?.weight(of: current.drg)
        return findings.map { f in
            guard var query = f.query else { return f }
            for i in query.options.indices {
                guard let code = query.options[i].code else { continue }
                var variant = claim
                let queried = query.queriedCode.map { CodeFormat.normalize($0) }
                if let queried, let k = variant.diagnoses.firstIndex(where: { CodeFormat.normalize($0.code) == queried }),
                    queried.prefix(3) == CodeFormat.normalize(code).prefix(3)
                {
                    variant.diagnoses[k].code = code
                } else {
                    variant.diagnoses.append(.init(code: code, poa: "Y"))
                }
                guard let packed = try? GrouperClaim(variant), let r = try? session.group(packed, version: version),
                    r.returnCode == .ok
                else { continue }
                query.options[i].drg = String(format: "%03d", r.drg)
                let w = weights?.weight(of: r.drg)
                query.options[i].weight = w
                if let w, let baseWeight { query.options[i].weightChange = ((w - baseWeight) * 10000).rounded() / 10000 }
            }
            var changed = f
            changed.query = query
            if let best = query.bestWeightChange, let baseWeight {
                changed.message += String(format: " (DRG %03d, weight %.4f as coded; the answers reach up to %+.4f)", current.drg, baseWeight, best)
            }
            return changed
        }
    }

    static var allRules: [RuleDefinition] {
        RuleCatalog.all + DocumentSupport.rules
            + MCEEdit.allCases.map {
                RuleDefinition($0.rule, .error, "Medicare Code Editor edit \($0.name)", source: "Medicare Code Editor: \($0.name)")
            }
    }

    func run() throws {
        if listRules {
            for r in Self.allRules {
                print("\(r.id.padding(toLength: 42, withPad: " ", startingAt: 0)) \(r.severity.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) \(r.summary)")
            }
            return
        }
        let claim = try Claim.read(file)
        if let text = claim.dischargeDate, Claim.day(text) == nil {
            throw CLIError("claim: dischargeDate: \"\(text)\" is not a date (yyyy-mm-dd)")
        }
        if let text = claim.admitDate, Claim.day(text) == nil {
            throw CLIError("claim: admitDate: \"\(text)\" is not a date (yyyy-mm-dd)")
        }
        var settings = RuleSettings()
        if let rules {
            do {
                settings = try RuleSettings(contentsOf: URL(fileURLWithPath: rules), known: Self.allRules)
            } catch {
                throw CLIError(error.description)
            }
        }
        let editor = try EditorSetup.load(options)
        let result = editor.edit(MCEClaim(claim))
        // the compiled snapshot: the suggester for the documents reads the same library
        let library = try options.engine().library
        let edits = CodeSetEdits(tabulars: library.tabulars, poaExempt: library.poaExemptLists).check(claim)
            + DocumentationCompleteness.check(claim)
            + (try DocumentSupport.check(claim) { try SuggestOptions.parse([]).suggester(options, library: library) })
            + (try Self.withDRGImpact(DocumentationQueries().queries(for: claim), claim: claim, options: options))
        // the editor's findings on the same codes come first; the Tabular's own after, errors before warnings
        let findings = settings.apply(CodeSetEdits.merge(editor: result.findings, edits: edits)).enumerated()
            .sorted { ($0.element.severity, $0.offset) < ($1.element.severity, $1.offset) }.map(\.element)
        if options.json {
            try printJSON(findings)
            return
        }
        let through = String(format: "%04d-%02d-%02d", result.tablesThrough / 10000, result.tablesThrough / 100 % 100, result.tablesThrough % 100)
        print("Claim \(claim.id ?? "(no id)"): code-set edits and the Medicare Code Editor (tables through \(through)): \(result.editType.rawValue)")
        if findings.isEmpty {
            print("No findings.")
            return
        }
        let errors = findings.filter { $0.severity == .error }.count
        let warnings = findings.filter { $0.severity == .warning }.count
        print("\(findings.count) finding\(findings.count == 1 ? "" : "s"): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        print("")
        for f in findings {
            var fields = Set<String>()
            let where_ = f.evidence.compactMap(\.field).filter { fields.insert($0).inserted }.joined(separator: ", ")
            print("\(f.severity.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0))\(f.rule)\(where_.isEmpty ? "" : "  [\(where_)]")")
            print("        \(f.message)")
            if let fix = f.fix { print("        fix: \(fix)") }
            if let q = f.query {
                print("        query: \(q.question)")
                for i in q.indicators { print("          indicator (\(i.label ?? "")): \"\(i.text)\" [\(i.field ?? "") \(i.start ?? 0)-\(i.end ?? 0)]") }
                for o in q.options {
                    let impact = o.drg.map { d in
                        " → DRG \(d)" + (o.weight.map { String(format: " weight %.4f", $0) } ?? "")
                            + (o.weightChange.map { String(format: " (%+.4f)", $0) } ?? "")
                    } ?? ""
                    print("          [ ] \(o.label)\(o.code.map { " (\($0))" } ?? "")\(impact)")
                }
            }
        }
    }
}
