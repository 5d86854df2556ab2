import Foundation
import HummingbirdTesting
import Terminology
import Testing
import Worklist

/// The pages driven by headless Chromium over a real server on a loopback port (`Scripts/browser/coding_flow.py`):
/// sign in, claim, select a code and see its evidence, accept a suggestion and see the DRG change, give POA, submit;
/// the lookup typeahead and the PCS table builder. Screenshots go to `screenshots/` at the repository's root (not
/// committed). Skipped, saying why, when Chromium, its driver or Selenium is missing (`.ci/run` installs them).
@Suite(.serialized) struct BrowserTests {
    static let script = ServerFixture.repository.appendingPathComponent("Scripts/browser/coding_flow.py")

    /// Why the browser test cannot run here, or nil when it can.
    static let missing: String? = {
        let fm = FileManager.default
        let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].contains {
            fm.isExecutableFile(atPath: $0)
        }
        guard chromium else { return "chromium is not installed (apt-get install chromium chromium-driver)" }
        guard fm.isExecutableFile(atPath: "/usr/bin/chromedriver") else { return "chromium-driver is not installed" }
        let (status, _) = run(["/usr/bin/env", "python3", "-c", "import selenium"])
        return status == 0 ? nil : "the Python package selenium is not installed (pip install selenium)"
    }()

    static func run(_ arguments: [String]) -> (Int32, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: arguments[0])
        p.arguments = Array(arguments.dropFirst())
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        do { try p.run() } catch { return (-1, "\(error)") }
        let out = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: out, as: UTF8.self))
    }

    /// Runs a process without holding a thread of the concurrency pool (the server answers the browser meanwhile).
    static func runDetached(_ arguments: [String]) async -> (Int32, String) {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: run(arguments)) }
        }
    }

    /// CI sets CODER_REQUIRE_BROWSER: there the browser test must run, and a missing browser is a failure.
    static let required = ProcessInfo.processInfo.environment["CODER_REQUIRE_BROWSER"] != nil

    @Test(.enabled(if: missing == nil || required, "chromium, chromium-driver or selenium is not installed: skipped"))
    func aCoderCodesAnEncounterInTheBrowser() async throws {
        if let missing = Self.missing {
            Issue.record("the browser test cannot run: \(missing)")
            return
        }
        try await ServerFixture.withService(live: true) { store, state, client in
            try await ServerFixture.sampleWorkplace(store, state)
            let port = try #require(client.port)
            let screenshots = ServerFixture.repository.appendingPathComponent("screenshots")
            let (status, output) = await Self.runDetached([
                "/usr/bin/env", "python3", Self.script.path, "--url", "http://127.0.0.1:\(port)", "--user", "coder",
                "--password", "password-coder", "--screenshots", screenshots.path,
            ])
            print(output.trimmingCharacters(in: .whitespacesAndNewlines))
            #expect(status == 0, "\(output)")
            // what the browser did is in the database: one encounter coded by the coder, with a coder's version
            let coder = try #require(try await store.user(username: "coder"))
            var coded: [Encounter] = []
            for id in try await store.encounterIDs(status: .coded) {
                if let e = try await store.encounter(id: id) { coded.append(e) }
            }
            #expect(coded.count == 1 && coded.first?.assignedCoderID == coder.id)
            if let e = coded.first {
                let versions = try await store.versions(encounterID: e.id)
                #expect(versions.last?.source == .coder && versions.last?.drg != nil)
                #expect(versions.last?.diagnoses.allSatisfy { $0.poa == "Y" } == true)
            }
        }
    }
}
