import ArgumentParser
import CodeSearch
import Foundation
import Terminology

@main
struct Coder: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coder",
        abstract:
            "Open clinical coding engine: ICD-10-CM, ICD-10-PCS and HCPCS lookup, MS-DRG grouping, code sets and evaluation.",
        subcommands: [
            Lookup.self, IndexCommand.self, Show.self, Suggest.self, Precode.self, Check.self, Group.self, Analyze.self,
            CodeSets.self, Eval.self,
            Learn.self, Bench.self, Serve.self, Import.self, Audit.self, Stats.self,
        ]
    )
}

/// Options every command that reads code sets shares.
struct CodeSetOptions: ParsableArguments {
    @Option(name: .customLong("code-sets"), help: "The shipped code sets folder (default: the repository's CodeSets/).")
    var codeSets: String?

    @Flag(help: "Machine-readable JSON output.")
    var json = false

    var locations: CodeSetLocations { CodeSetLocations.standard(shipped: codeSets) }

    /// - Parameter warn: where a snapshot that cannot be read or written is said (standard error by default).
    func engine(warn: ((String) -> Void)? = nil) throws -> LookupEngine {
        do {
            if let warn { return try LookupEngine.load(locations, warn: warn) }
            return try LookupEngine.load(locations)
        } catch let error as ReleaseFileError {
            throw CLIError(error.description)
        }
    }
}

/// A one-line error for standard error, with a non-zero exit.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ message: String) { description = message }
}

extension CLIError: LocalizedError {
    var errorDescription: String? { description }
}

func printJSON(_ value: some Encodable) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    print(String(decoding: try encoder.encode(value), as: UTF8.self))
}

func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
