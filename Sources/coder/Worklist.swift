import ArgumentParser
import CodingServer
import Foundation
import Worklist

struct Import: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Import encounters into the worklist database: a FHIR R4 Bundle (.json) or a CSV of encounters (.csv).",
        discussion: """
            Idempotent by encounter identifier: importing the same file again updates, never duplicates. A bad \
            record is rejected with its reason and the rest imported. Prints what was imported, updated and rejected.
            """)
    @OptionGroup var database: DatabaseOptions
    @Flag(help: "Machine-readable JSON output.") var json = false
    @Argument(help: "The bundle or CSV file.") var file: String

    func run() async throws {
        let store = try database.open()
        let data = try readInput(file)
        let name = (file as NSString).lastPathComponent
        let result: ImportResult
        do {
            result =
                file.lowercased().hasSuffix(".csv")
                ? try await store.importCSV(data, source: name) : try await store.importFHIR(data, source: name)
        } catch let e as ImportFormatError {
            throw CLIError(e.description)
        }
        if json { return try printJSON(result) }
        for r in result.rejected { FileHandle.standardError.write(Data("rejected: \(r)\n".utf8)) }
        print(
            "import \(name): imported=\(result.imported.count) updated=\(result.updated.count) rejected=\(result.rejected.count) duplicate_patients_flagged=\(result.duplicatePatientsFlagged)"
        )
    }
}

struct Audit: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Audit sampling of coded encounters.", subcommands: [Sample.self])

    struct Sample: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Draw an audit sample per coder, by count or percentage, random or stratified, from a seed.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "The seed: the same seed over the same encounters draws the same sample.") var seed: UInt64
        @Option(help: "Encounters per coder.") var count: Int?
        @Option(help: "Percentage of each coder's coded encounters.") var percent: Double?
        @Option(help: "none, drg, coder or confidenceBand.") var stratify: String = "none"
        @Option(help: "The auditor drawing it.") var user: String = "admin"
        @Flag(help: "Machine-readable JSON output.") var json = false

        func run() async throws {
            guard (count == nil) != (percent == nil) else { throw CLIError("give either --count or --percent") }
            guard let stratification = AuditStratification(rawValue: stratify) else {
                throw CLIError("--stratify: \"\(stratify)\" is not none, drg, coder or confidenceBand")
            }
            let store = try database.open()
            guard let auditor = try await store.user(username: user) else {
                throw CLIError("--user: no user \"\(user)\"")
            }
            let size: AuditSampleSize = count.map { .count($0) } ?? .percentage(percent!)
            let sample = try await store.createAuditSample(
                AuditSampleRequest(seed: seed, size: size, stratification: stratification), userID: auditor.id)
            if json { return try printJSON(sample) }
            print("audit sample \(sample.id): seed=\(seed) items=\(sample.items.count)")
            for item in sample.items { print("  encounter \(item.encounterID) coder \(item.coderID)") }
        }
    }
}

struct Stats: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Department statistics from the worklist database: backlog, DNFB, productivity, case mix, queries.")
    @OptionGroup var database: DatabaseOptions
    @Option(help: "First discharge date (yyyy-mm-dd).") var from: String?
    @Option(help: "Last discharge date (yyyy-mm-dd).") var to: String?
    @Flag(help: "Machine-readable JSON output.") var json = false

    func run() async throws {
        let store = try database.open()
        let to = self.to ?? "9999-12-31"
        let from = self.from ?? "0001-01-01"
        let backlog = try await store.backlog(asOf: Date())
        let caseMix = try await store.caseMix(from: from, to: to)
        let outcome = try await store.suggestionOutcome(from: from, to: to)
        let queries = try await store.queryStatistics(from: from, to: to)
        let coded = try await store.codedPerCoderPerDay(from: from, to: to)
        if json {
            struct All: Encodable {
                var backlog: Backlog
                var caseMix: CaseMix
                var suggestionOutcome: SuggestionOutcome
                var queries: QueryStatistics
                var codedPerCoderPerDay: [CoderDayCount]
            }
            return try printJSON(
                All(
                    backlog: backlog, caseMix: caseMix, suggestionOutcome: outcome, queries: queries,
                    codedPerCoderPerDay: coded))
        }
        try printJSON(backlog)
        try printJSON(caseMix)
        try printJSON(outcome)
        try printJSON(queries)
    }
}
