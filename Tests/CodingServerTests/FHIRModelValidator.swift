import Foundation

/// Runs `Scripts/fhir/validate.py` (PyPI `fhir.resources`, its R4B models standing for R4) over FHIR resources the
/// tests wrote, in a child process awaited without blocking a thread of the cooperative pool.
enum FHIRModelValidator {
    static let script = ServerFixture.repository.appendingPathComponent("Scripts/fhir/validate.py")

    /// Whether `python3` can import the R4B models of `fhir.resources`.
    static func isAvailable() async -> Bool {
        (try? await python(["-c", "import fhir.resources.R4B"]).status) == 0
    }

    /// Validates every `*.json` file of a folder; the exit status and what the script printed.
    static func validate(folder: URL) async throws -> (status: Int32, output: String) {
        try await python([script.path, folder.path])
    }

    /// `python3 ARGUMENTS…`, its output (standard output and error) read from a file once it has ended.
    static func python(_ arguments: [String]) async throws -> (status: Int32, output: String) {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fhir-validate-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        let handle = try FileHandle(forWritingTo: log)
        defer { try? handle.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.standardOutput = handle
        process.standardError = handle
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { ended in continuation.resume(returning: ended.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
        return (status, (try? String(contentsOf: log, encoding: .utf8)) ?? "")
    }
}
