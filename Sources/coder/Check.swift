import ArgumentParser
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
        abstract: "Check a claim: the Medicare Code Editor's edits, as findings.",
        discussion: """
            Reads one claim (the JSON of INTERFACES.md) from FILE or standard input and runs the Medicare Code Editor \
            for the code set of its discharge date: invalid codes, age and sex conflicts, external cause, manifestation \
            or unacceptable principal diagnosis, duplicates, questionable admission, unspecified codes, non-covered and \
            limited-coverage procedures, POA indicators, and the claim's age, sex and discharge status. Prepayment edits \
            are errors, postpayment edits warnings. With --json: an array of findings \
            {"rule","severity","message","codes","evidence","source","fix"}.
            """)

    @OptionGroup var options: CodeSetOptions

    @Argument(help: "The claim file, or - for standard input.")
    var file: String = "-"

    func run() throws {
        let claim = try Claim.read(file)
        if let text = claim.dischargeDate, Claim.day(text) == nil {
            throw CLIError("claim: dischargeDate: \"\(text)\" is not a date (yyyy-mm-dd)")
        }
        if let text = claim.admitDate, Claim.day(text) == nil {
            throw CLIError("claim: admitDate: \"\(text)\" is not a date (yyyy-mm-dd)")
        }
        let editor = try EditorSetup.load(options)
        let result = editor.edit(MCEClaim(claim))
        let findings = result.findings.sorted { $0.severity < $1.severity }
        if options.json {
            try printJSON(findings)
            return
        }
        let through = String(format: "%04d-%02d-%02d", result.tablesThrough / 10000, result.tablesThrough / 100 % 100, result.tablesThrough % 100)
        print("Claim \(claim.id ?? "(no id)"): Medicare Code Editor (tables through \(through)): \(result.editType.rawValue)")
        if findings.isEmpty {
            print("No findings.")
            return
        }
        let errors = findings.filter { $0.severity == .error }.count
        let warnings = findings.filter { $0.severity == .warning }.count
        print("\(findings.count) finding\(findings.count == 1 ? "" : "s"): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        print("")
        for f in findings {
            let where_ = f.evidence.compactMap(\.field).joined(separator: ", ")
            print("\(f.severity.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0))\(f.rule)\(where_.isEmpty ? "" : "  [\(where_)]")")
            print("        \(f.message)")
            if let fix = f.fix { print("        fix: \(fix)") }
        }
    }
}
