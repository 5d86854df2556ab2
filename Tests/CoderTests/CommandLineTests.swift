import Foundation
import Testing

/// Runs the built `coder` executable end to end, as a user would. Its data folder (a compiled snapshot each, about
/// 160 MB) is removed when the test is done.
final class CoderProcess: Sendable {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let shared = repository.deletingLastPathComponent().appendingPathComponent("shared/codesets")
    static var sharedAvailable: Bool { FileManager.default.fileExists(atPath: shared.path) }

    /// The executable beside the test bundle.
    static let executable: URL = {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("coder")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir.deleteLastPathComponent()
        }
        return repository.appendingPathComponent(".build/debug/coder")
    }()

    /// A data folder of the test's own, so imports and snapshots do not touch the user's.
    let home: URL

    init() {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("coder-cli-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        // the shipped code sets' snapshot, compiled once for the process: a home that imports nothing reads it, one
        // that imports builds its own (its fingerprint differs)
        if let primed = Self.primedSnapshot {
            let folder = home.appendingPathComponent("snapshots", isDirectory: true)
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let target = folder.appendingPathComponent(primed.lastPathComponent)
            if (try? FileManager.default.linkItem(at: primed, to: target)) == nil {
                try? FileManager.default.copyItem(at: primed, to: target)
            }
        }
    }

    /// The snapshot of the shipped code sets, compiled by one `coder codesets list` in a home of its own the first
    /// time a test needs a home (every home would otherwise compile the same 160 MB again, about a minute each in a
    /// debug build). Removed when the process ends.
    static let primedSnapshot: URL? = {
        let home = primedHome
        try? FileManager.default.removeItem(at: home)
        let process = Process()
        process.executableURL = executable
        process.arguments = ["codesets", "list", "--code-sets", repository.appendingPathComponent("CodeSets").path]
        var environment = ProcessInfo.processInfo.environment
        environment["CODER_HOME"] = home.path
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        process.waitUntilExit()
        let folder = home.appendingPathComponent("snapshots", isDirectory: true)
        let snapshot = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.first {
            $0.hasSuffix(".snapshot")
        }
        atexit { try? FileManager.default.removeItem(at: CoderProcess.primedHome) }
        return snapshot.map { folder.appendingPathComponent($0) }
    }()

    static var primedHome: URL {
        FileManager.default.temporaryDirectory.appendingPathComponent(
            "coder-cli-primed-\(ProcessInfo.processInfo.processIdentifier)")
    }

    deinit {
        try? FileManager.default.removeItem(at: home)
    }

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    @discardableResult
    func run(_ arguments: [String], stdin: String? = nil) throws -> Output {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments + ["--code-sets", Self.repository.appendingPathComponent("CodeSets").path]
        var environment = ProcessInfo.processInfo.environment
        environment["CODER_HOME"] = home.path
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
            stderr: String(decoding: stderrData, as: UTF8.self))
    }
}

@Suite("coder command line, end to end", .serialized)
struct CommandLineTests {
    let coder = CoderProcess()

    @Test func lookupAspirationPneumoniaShowsJ690First() throws {
        let output = try coder.run(["lookup", "aspiration", "pneumonia", "--json"])
        #expect(output.status == 0, "\(output.stderr)")
        let results = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]]
        let first = try #require(results?.first)
        #expect(first["code"] as? String == "J69.0")
        #expect(first["system"] as? String == "icd10cm")
        #expect(first["billable"] as? Bool == true)
        #expect(first["title"] as? String == "Pneumonitis due to inhalation of food and vomit")
        #expect(first["score"] is Double)
        // the second run reads the compiled snapshot
        let listing = try coder.run(["codesets", "list"])
        #expect(listing.stdout.contains("from the compiled snapshot"))
        #expect(listing.stdout.contains("74719 billable codes"))
    }

    @Test func showW2189XAHasInheritedNotesAndSeventhCharacters() throws {
        let output = try coder.run(["show", "W21.89XA"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(
            output.stdout.hasPrefix("W21.89XA  Striking against or struck by other sports equipment, initial encounter")
        )
        #expect(output.stdout.contains("Excludes1 — at W21 (inherited)"))
        #expect(output.stdout.contains("Excludes1 — at W20-W49 (inherited)"))
        #expect(output.stdout.contains("7th characters (defined at W21)"))
        #expect(output.stdout.contains("A  initial encounter  ← this code"))
        #expect(output.stdout.contains("D  subsequent encounter"))
        let json = try coder.run(["show", "w2189xa", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["code"] as? String == "W21.89XA")
        #expect((object["seventhCharacters"] as? [Any])?.count == 3)
        #expect((object["hierarchy"] as? [Any])?.count == 6)
    }

    /// With the shipped code sets alone, a PCS code shows its title, its seven axes (the shipped FY2026 tables) and the
    /// shipped definitions of its operation and approach.
    @Test func showAPCSCodeFromTheShippedCodeSets() throws {
        let output = try coder.run(["show", "0DTJ4ZZ"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.hasPrefix("0DTJ4ZZ  Resection of Appendix, Percutaneous Endoscopic Approach"))
        #expect(output.stdout.contains("3  Operation      T  Resection"))
        #expect(output.stdout.contains("4  Body Part      J  Appendix"))
        #expect(output.stdout.contains("7  Qualifier      Z  No Qualifier"))
        #expect(
            output.stdout.contains("Operation — Resection: Cutting out or off, without replacement, all of a body part")
        )
    }

    /// Issue 16, finding 8: a folder given where a file is read was reported as "no such file".
    @Test func aFolderWhereAFileIsReadSaysSo() throws {
        let folder = coder.home.path
        for arguments in [["check", folder], ["group", folder], ["suggest", folder]] {
            let output = try coder.run(arguments)
            #expect(output.status != 0)
            #expect(output.stderr.contains("is a folder, not a file"), "\(arguments[0]): \(output.stderr)")
        }
    }

    /// Issue 16, finding 8: the sample users' password given on the command line was printed in the log.
    @Test func aChosenSamplePasswordIsNotPrinted() throws {
        let secret = "chosen-sample-\(UUID().uuidString.prefix(8))"
        let db = coder.home.appendingPathComponent("sample.sqlite").path
        let process = Process()
        process.executableURL = CoderProcess.executable
        process.arguments = [
            "serve", "--sample", "--db", db, "--port", "0", "--sample-password", secret, "--admin-password", secret,
            "--code-sets", CoderProcess.repository.appendingPathComponent("CodeSets").path,
        ]
        var environment = ProcessInfo.processInfo.environment
        environment["CODER_HOME"] = coder.home.path
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        var printed = ""
        // a guard against a hang: a debug build compiles the code sets from the sources first (two releases), beside
        // the other suites
        let deadline = Date().addingTimeInterval(300)
        while !printed.contains("serving on"), Date() < deadline, process.isRunning {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            printed += String(decoding: chunk, as: UTF8.self)
        }
        process.terminate()
        process.waitUntilExit()
        #expect(printed.contains("sample: created the users"), "\(printed)")
        #expect(!printed.contains(secret))
    }

    @Test func unknownCodeIsAOneLineError() throws {
        let output = try coder.run(["show", "Q99.999"])
        #expect(output.status != 0)
        #expect(output.stderr.contains("Q99.999"))
        #expect(output.stderr.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n").count == 1)
        #expect(output.stdout.isEmpty)
    }

    @Test func evalLookupPrintsItsSummaryLine() throws {
        let pairs = coder.home.appendingPathComponent("pairs.tsv")
        try "query\tcode\naspiration pneumonia\tJ69.0\nPneumonia > aspiration\tJ69.0\nchf\tI50.9\nj690\tJ69.0\n".write(
            to: pairs, atomically: true, encoding: .utf8)
        let output = try coder.run(["eval", "lookup", "--pairs", pairs.path])
        #expect(output.status == 0, "\(output.stderr)")
        let last = try #require(output.stdout.split(separator: "\n").last)
        #expect(last.hasPrefix("lookup n=4 top1=1.000 top5=1.000 top20=1.000 p50_us="))
        #expect(last.contains(" p99_us="))
    }

    @Test func evalLookupRejectsAMalformedPairsFile() throws {
        let pairs = coder.home.appendingPathComponent("bad.tsv")
        try "query\tcode\naspiration pneumonia without a code\n".write(to: pairs, atomically: true, encoding: .utf8)
        let output = try coder.run(["eval", "lookup", "--pairs", pairs.path])
        #expect(output.status != 0)
        #expect(output.stderr.contains("bad.tsv:2"))
    }

    @Test func importOfATruncatedFileChangesNothing() throws {
        let tabular = coder.home.appendingPathComponent("icd10cm-tabular-2026.xml")
        try String(repeating: "<ICD10CM.tabular><version>2026</version><chapter><name>1</name>", count: 1).write(
            to: tabular, atomically: true, encoding: .utf8)
        let output = try coder.run(["codesets", "import", tabular.path])
        #expect(output.status != 0)
        #expect(output.stderr.contains("icd10cm-tabular-2026.xml:1"))
        #expect(
            !FileManager.default.fileExists(atPath: coder.home.appendingPathComponent("imported/imports.json").path))
        let listing = try coder.run(["codesets", "list"])
        #expect(listing.status == 0)
        #expect(listing.stdout.contains("74719 billable codes"))
    }

    @Test func lookupValidatesItsOptions() throws {
        let output = try coder.run(["lookup", "pneumonia", "--system", "icd9"])
        #expect(output.status != 0)
        #expect(output.stderr.contains("icd9"))
        let date = try coder.run(["lookup", "pneumonia", "--date", "2026-13-45"])
        #expect(date.status != 0)
    }
}

@Suite(
    "coder codesets import of the official release files",
    .serialized,
    .enabled(if: CoderProcess.sharedAvailable, "needs ../shared/codesets beside the checkout (absent here)")
)
struct ImportCommandTests {
    let coder = CoderProcess()

    @Test func importThePCSTables2026() throws {
        let tables = CoderProcess.shared.appendingPathComponent("icd10pcs-2026/icd10pcs_tables_2026.xml").path
        let output = try coder.run(["codesets", "import", tables])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(
            output.stdout.contains(
                "imported icd10pcs-tables 2026 from icd10pcs_tables_2026.xml: 79115 codes in 914 tables"))
        let show = try coder.run(["show", "0DTJ4ZZ", "--json"])
        #expect(show.status == 0, "\(show.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])
        let axes = try #require(object["axes"] as? [[String: Any]])
        #expect(axes.count == 7)
        #expect(
            axes.map { $0["label"] as? String ?? "" } == [
                "Medical and Surgical", "Gastrointestinal System", "Resection", "Appendix", "Percutaneous Endoscopic",
                "No Device", "No Qualifier",
            ])
        // the release in effect today (FY2027: the code editor's list, its axes from the FY2026 tables); on a date in
        // FY2026 the imported tables themselves
        #expect(object["version"] as? String == "2027")
        let fy2026 = try coder.run(["show", "0DTJ4ZZ", "--json", "--date", "2026-05-01"])
        let older = try #require(try JSONSerialization.jsonObject(with: Data(fy2026.stdout.utf8)) as? [String: Any])
        #expect(older["version"] as? String == "2026" && (older["axes"] as? [Any])?.count == 7)
        // a code that exists only in FY2026 (new technology group B) now has its axes too
        let listing = try coder.run(["codesets", "list"])
        #expect(listing.stdout.contains("79115 codes in 914 tables"))
    }

    @Test func importAFolderOfCMReleaseFiles() throws {
        let folder = CoderProcess.shared.appendingPathComponent("icd10cm-2025").path
        let output = try coder.run(["codesets", "import", folder])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("icd10cm-eindex 2025"))
        #expect(output.stdout.contains("icd10cm-neoplasm-table 2025"))
        #expect(output.stdout.contains("icd10cm-drug-table 2025"))
        #expect(output.stdout.contains("icd10cm-order-file 2025"))
        #expect(output.stdout.contains("icd10cm-poa-exempt 2025"))
        #expect(output.stdout.contains("38154 codes exempt from POA reporting"))
        // the flattened Index to Diseases and Injuries in the folder replaces the shipped one of its year
        #expect(output.stdout.contains("icd10cm-index 2025"))
        // index entries become lookup sources
        let lookup = try coder.run(["lookup", "Fall, falling > from > ladder", "--json", "--limit", "1"])
        let results = try JSONSerialization.jsonObject(with: Data(lookup.stdout.utf8)) as? [[String: Any]]
        #expect(results?.first?["code"] as? String == "W11.XXXA")
        let drug = try coder.run(["lookup", "acetaminophen", "poisoning", "accidental", "--json", "--limit", "1"])
        let drugResults = try JSONSerialization.jsonObject(with: Data(drug.stdout.utf8)) as? [[String: Any]]
        #expect(drugResults?.first?["code"] as? String == "T39.1X1A")
    }

    @Test func aMalformedIndexCSVIsRejectedWithItsLineAndField() throws {
        let source = CoderProcess.shared.appendingPathComponent("icd10cm-2025/ICD10CM_2025_Index.csv")
        var text = try String(contentsOf: source, encoding: .utf8)
        // a level that skips one, at the 11th line
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var fields = lines[10].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        fields[2] = "5"
        lines[10] = fields.joined(separator: ",")
        text = lines.joined(separator: "\n")
        let bad = coder.home.appendingPathComponent("ICD10CM_2025_Index.csv")
        try Data(text.utf8).write(to: bad)
        let output = try coder.run(["codesets", "import", bad.path])
        #expect(output.status != 0)
        let line = output.stderr.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(line.contains("ICD10CM_2025_Index.csv:11") && line.contains("Level"), "\(line)")
        #expect(line.split(separator: "\n").count == 1)
        // nothing imported: the shipped index still answers
        #expect(
            !FileManager.default.fileExists(atPath: coder.home.appendingPathComponent("imported/imports.json").path))
        let index = try coder.run(["index", "failure", "heart", "systolic"])
        #expect(index.status == 0 && index.stdout.contains("I50.23") && index.stdout.contains("I50.20   ◀"))
    }

    @Test func aTruncatedOfficialFileIsRejectedWithItsLine() throws {
        let source = CoderProcess.shared.appendingPathComponent("icd10pcs-2026/icd10pcs_tables_2026.xml")
        let data = try Data(contentsOf: source).prefix(500_000)
        let truncated = coder.home.appendingPathComponent("icd10pcs_tables_2026.xml")
        try Data(data).write(to: truncated)
        let output = try coder.run(["codesets", "import", truncated.path])
        #expect(output.status != 0)
        let line = output.stderr.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(line.contains("icd10pcs_tables_2026.xml:"))
        #expect(line.split(separator: "\n").count == 1)
        #expect(
            !FileManager.default.fileExists(atPath: coder.home.appendingPathComponent("imported/imports.json").path))
    }
}
