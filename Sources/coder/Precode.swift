import ArgumentParser
import CodeSuggestion
import CodingServer
import Foundation
import NoteAnalysis
import Terminology
import Worklist

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

struct Precode: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Pre-code a folder of notes: code suggestions for each, as JSON lines, resumable.",
        discussion: """
            With --db: pre-codes the worklist database's new encounters (their documents, through the suggester, the \
            review and the grouper), each stored as the engine's version of the encounter with the engine version; a \
            job killed at any moment and started again (same command) finishes without losing or duplicating one. \
            Last line: precode encounters=… done=… failed=… encounters_per_s=…
            Without --db: reads every DIR/*.txt and appends one JSON line per note to FILE: {"id", "file", "engine", "suggestions"} \
            or, for a note that cannot be read, {"id", "file", "error"}. Notes already in FILE are skipped, so a run \
            stopped at any moment (Ctrl-C, kill, a crash) continues where it stopped when started again; a line cut \
            short by the stop is dropped and its note done again. Progress goes to standard error; the last line of \
            standard output is: precode notes=… done=… resumed=… errors=… notes_per_s=…
            Example:
              coder precode discharged/ --out precoded.jsonl
              coder precode --db worklist.sqlite
            """)

    @Argument(help: "The folder of notes (DOCID.txt).") var folder: String?
    @Option(help: "The JSON-lines file to write (appended to, never overwritten).") var out: String?
    @Option(help: "Pre-code the new encounters of this worklist database instead of a folder.") var db: String?
    @Option(help: "With --db: encounters pre-coded at once.") var concurrency = 2
    @OptionGroup var options: CodeSetOptions
    @OptionGroup var suggestOptions: SuggestOptions
    @Flag(help: "No progress bar.") var quiet = false

    struct Line: Encodable {
        var id: String
        var file: String
        var engine: String?
        var suggestions: Suggestions?
        var error: String?
    }

    struct Done: Decodable { var id: String }

    func validate() throws {
        if db == nil && (folder == nil || out == nil) { throw ValidationError("give a folder and --out, or --db") }
    }

    func run() async throws {
        if let db { return try await runWorklist(db) }
        guard let folder, let out else { return }
        let files = try NoteFolder.list(folder)
        let done = try Self.resume(out)
        let todo = files.filter { !done.contains($0.id) }
        let suggester = try suggestOptions.suggester(options)
        guard let handle = FileHandle(forWritingAtPath: out) else {
            throw CLIError("\(out): cannot be opened for writing")
        }
        defer { try? handle.close() }
        try handle.seekToEnd()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let reader = NoteReader()
        let date = suggestOptions.noteDate
        let engine = "opencoder suggest ICD-10-CM \(suggester.release(on: date)?.version ?? suggester.version)"
        var progress = Progress(total: todo.count, quiet: quiet)
        var errors = 0
        let started = DispatchTime.now().uptimeNanoseconds
        for (n, (id, url)) in todo.enumerated() {
            var line = Line(id: id, file: url.lastPathComponent)
            do {
                let note = try reader.read(try Data(contentsOf: url), source: url.lastPathComponent)
                line.engine = engine
                line.suggestions = suggester.suggest(note: note, setting: suggestOptions.setting, date: date)
            } catch {
                line.error = "\(error)"
                errors += 1
            }
            var data = try encoder.encode(line)
            data.append(UInt8(ascii: "\n"))
            try handle.write(contentsOf: data)
            if n % 64 == 63 { try handle.synchronize() }
            progress.update(n + 1)
        }
        try handle.synchronize()
        progress.finish()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        let rate = todo.isEmpty ? 0 : Int((Double(todo.count) / max(seconds, 1e-9)).rounded())
        print(
            "precode notes=\(files.count) done=\(todo.count) resumed=\(done.count) errors=\(errors) notes_per_s=\(rate) out=\(out)"
        )
    }

    /// Pre-codes the database's new encounters, resuming the last unfinished pre-coding job first.
    func runWorklist(_ path: String) async throws {
        let store = try DatabaseOptions.open(path)
        let engines = try EngineSetup.load(options)
        let state = ServerState(store: store, engines: engines, concurrency: concurrency)
        let started = DispatchTime.now().uptimeNanoseconds
        var jobs = try await store.jobs().filter {
            $0.kind == "precode" && ($0.state == .queued || $0.state == .running)
        }
        if jobs.isEmpty {
            let ids = try await store.encounterIDs(status: .new)
            jobs = [try await store.createJob(kind: "precode", encounterIDs: ids, userID: nil)]
        }
        var done = 0
        var failed = 0
        var total = 0
        let timings = PrecodeJobs.Timings()
        for job in jobs {
            let finished = try await state.jobs.run(jobID: job.id, timings: timings)
            done += finished.done
            failed += finished.errors
            total += finished.total
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        let p50 = timings.quantile(0.5).map { String(format: "%.2f", $0) } ?? "-"
        let p99 = timings.quantile(0.99).map { String(format: "%.2f", $0) } ?? "-"
        print(
            "precode encounters=\(total) done=\(done) failed=\(failed) engine_p50_ms=\(p50) engine_p99_ms=\(p99) concurrency=\(concurrency) encounters_per_s=\(Int((Double(done) / max(seconds, 1e-9)).rounded()))"
        )
    }

    /// The ids already in the output; creates it when missing, and cuts a last line left unfinished by a stop.
    static func resume(_ path: String) throws -> Set<String> {
        let fm = FileManager.default
        if !fm.fileExists(atPath: path) {
            guard fm.createFile(atPath: path, contents: nil) else { throw CLIError("\(path): cannot be created") }
            return []
        }
        guard let data = fm.contents(atPath: path) else { throw CLIError("\(path): cannot be read") }
        let complete = data.lastIndex(of: UInt8(ascii: "\n")).map { data.index(after: $0) } ?? data.startIndex
        if complete < data.endIndex {
            guard let handle = FileHandle(forWritingAtPath: path) else { throw CLIError("\(path): cannot be opened") }
            try handle.truncate(atOffset: UInt64(complete - data.startIndex))
            try handle.close()
        }
        var ids = Set<String>()
        let decoder = JSONDecoder()
        for (n, line) in data[data.startIndex..<complete].split(separator: UInt8(ascii: "\n")).enumerated() {
            guard let done = try? decoder.decode(Done.self, from: Data(line)) else {
                throw CLIError("\(path):\(n + 1): not a precode line; give a new --out file")
            }
            ids.insert(done.id)
        }
        return ids
    }

    /// A progress bar on standard error: redrawn in place on a terminal, a line per tenth otherwise.
    struct Progress {
        let total: Int
        let quiet: Bool
        let terminal = isatty(2) == 1
        let started = DispatchTime.now().uptimeNanoseconds
        var lastDraw: UInt64 = 0
        var lastTenth = 0

        init(total: Int, quiet: Bool) {
            self.total = total
            self.quiet = quiet
        }

        mutating func update(_ n: Int) {
            guard !quiet, total > 0 else { return }
            let now = DispatchTime.now().uptimeNanoseconds
            let rate = Double(n) / max(Double(now - started) / 1e9, 1e-9)
            if terminal {
                guard now - lastDraw > 100_000_000 || n == total else { return }
                lastDraw = now
                let width = 30
                let filled = n * width / total
                let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
                FileHandle.standardError.write(Data("\r[\(bar)] \(n)/\(total) notes  \(Int(rate)) notes/s".utf8))
            } else {
                let tenth = n * 10 / total
                guard tenth > lastTenth else { return }
                lastTenth = tenth
                FileHandle.standardError.write(Data("precode \(n)/\(total) notes  \(Int(rate)) notes/s\n".utf8))
            }
        }

        func finish() {
            if !quiet && terminal && total > 0 { FileHandle.standardError.write(Data("\n".utf8)) }
        }
    }
}
