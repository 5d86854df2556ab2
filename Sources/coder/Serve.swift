import ArgumentParser
import ClaimReview
import CodeSearch
import CodingServer
import Foundation
import Hummingbird
import Logging
import Terminology
import Worklist

/// Options of the commands that work on the worklist database.
struct DatabaseOptions: ParsableArguments {
    @Option(help: "The worklist database (SQLite, created when absent; default $CODER_DB, else worklist.sqlite).")
    var db: String?

    /// The database named by --db, else by CODER_DB, else `worklist.sqlite`.
    var path: String {
        db ?? ProcessInfo.processInfo.environment["CODER_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "worklist.sqlite"
    }

    func open() throws -> SQLiteWorklistStore { try Self.open(path) }

    static func open(_ path: String, options: SQLiteWorklistStore.Options = .init()) throws -> SQLiteWorklistStore {
        do {
            return try SQLiteWorklistStore(path: path, options: options)
        } catch {
            throw CLIError("\(path): \(error)")
        }
    }
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Run the worklist service: the web pages (/), the JSON API (/api, /openapi.json), the FHIR terminology API (/fhir) over a SQLite database.",
        discussion: """
            Opens (or creates) the database, loads the engines once, resumes any pre-coding job a previous run left \
            unfinished, and serves on HOST:PORT. On a new database it creates the user `admin` with the password \
            given by --admin-password or the environment variable CODER_ADMIN_PASSWORD, or else a random one printed \
            once. With --sample it imports Samples/encounters.fhir.json, pre-codes it, and adds the queues Inpatient and \
            Outpatient and the users coder, cdi, auditor and manager (password --sample-password, \
            CODER_SAMPLE_PASSWORD, or generated and printed). Example:
              coder serve --db worklist.sqlite --port 8080 --sample
            """)

    @OptionGroup var options: CodeSetOptions
    @OptionGroup var database: DatabaseOptions
    @Option(help: "The address to listen on (default $CODER_HOST, else 127.0.0.1).") var host: String?
    @Option(help: "The port to listen on (default $CODER_PORT, else 8080).") var port: Int?
    @Option(help: "The admin's password on a new database (at least 10 characters).") var adminPassword: String?
    @Flag(help: "Import the sample FHIR bundle the repository ships, pre-code it, and add sample queues and users.")
    var sample = false
    @Option(help: "The sample users' password with --sample (at least 10 characters; else generated and printed).")
    var samplePassword: String?
    @Option(help: "Pre-coding items run at once (default $CODER_PRECODE_CONCURRENCY, else 2).")
    var precodeConcurrency: Int?
    @Option(help: "trace, debug, info, notice, warning, error or critical (default $LOG_LEVEL, else info).")
    var logLevel: String?
    @Option(help: "How long a sign-in lasts: 90m, 8h, 1d (default $CODER_TOKEN_LIFETIME, else 8h).")
    var tokenLifetime: String?
    @Option(help: "The largest request body in MiB (default $CODER_UPLOAD_LIMIT_MIB, else 32).")
    var uploadLimit: Int?
    @Option(help: "PBKDF2 rounds of a new password hash (default $CODER_HASH_ROUNDS, else 600000).")
    var hashRounds: Int?
    @Option(
        name: .customLong("trusted-proxy"),
        help:
            "A reverse proxy's address whose X-Forwarded-For names the client (repeatable; default $CODER_TRUSTED_PROXIES, comma-separated)."
    )
    var trustedProxies: [String] = []

    func run() async throws {
        let configuration: ServerConfiguration
        do {
            configuration = try ServerConfiguration.resolve(
                host: host, port: port, database: database.db, logLevel: logLevel, tokenLifetime: tokenLifetime,
                uploadLimit: uploadLimit, hashRounds: hashRounds, precodeConcurrency: precodeConcurrency,
                trustedProxies: trustedProxies)
        } catch {
            throw CLIError("\(error)")
        }
        say("configuration: \(configuration)")
        let store = try DatabaseOptions.open(
            configuration.database,
            options: SQLiteWorklistStore.Options(
                tokenLifetime: configuration.tokenLifetime,
                passwordHasher: PasswordHasher(rounds: configuration.hashRounds)))
        try await Self.ensureAdmin(store, password: adminPassword)
        let started = Date()
        var logger = Logger(label: "coder-serve")
        logger.logLevel = configuration.logLevel
        let engines = try EngineSetup.load(options, warn: { logger.warning("\($0)") })
        let state = ServerState(store: store, engines: engines, concurrency: configuration.precodeConcurrency)
        logger.info("engines loaded in \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
        if sample {
            let url = options.locations.shipped.deletingLastPathComponent().appendingPathComponent(
                "Samples/encounters.fhir.json")
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw CLIError("\(url.path): no such file")
            }
            let result = try await store.importFHIR(data, source: url.lastPathComponent)
            let admin = try await store.user(username: "admin")
            let job = try await state.jobs.start(encounterIDs: nil, userID: admin?.id ?? 1)
            try await Self.ensureSampleWorkplace(store, password: samplePassword)
            say(
                "sample: \(result.imported.count) imported, \(result.updated.count) updated, \(result.rejected.count) rejected; pre-coding job \(job.id) over \(job.total) encounters"
            )
        }
        let app = buildApplication(configuration, state: state, logger: logger)
        say(
            "serving on http://\(configuration.host):\(configuration.port)/  (pages /, API /api, description /openapi.json, FHIR /fhir, metrics /metrics, database \(configuration.database))"
        )
        try await app.runService()
    }

    /// The sample's workplace: an inpatient and an outpatient queue when there is no queue, and one user per working
    /// role (coder, cdi, auditor, manager) when they do not exist, sharing one password printed here.
    static func ensureSampleWorkplace(_ store: any WorklistStore, password: String?) async throws {
        if try await store.queues().isEmpty {
            _ = try await store.createQueue(name: "Inpatient", rules: QueueRules(settings: [.inpatient]))
            _ = try await store.createQueue(name: "Outpatient", rules: QueueRules(settings: [.outpatient]))
            say("sample: created the queues Inpatient and Outpatient")
        }
        var missing: [UserRole] = []
        for role in [UserRole.coder, .cdi, .auditor, .manager]
        where try await store.user(username: role.rawValue) == nil {
            missing.append(role)
        }
        guard !missing.isEmpty else { return }
        let given = password ?? ProcessInfo.processInfo.environment["CODER_SAMPLE_PASSWORD"]
        let chosen = given ?? Self.randomPassword()
        guard chosen.count >= 10 else { throw CLIError("--sample-password: at least 10 characters") }
        for role in missing {
            _ = try await store.createUser(
                NewUser(username: role.rawValue, displayName: "Sample \(role.rawValue)", role: role, password: chosen))
        }
        // a password the user chose is theirs already and never goes to the log; a generated one is shown once,
        // since nobody could sign in otherwise
        let users = missing.map(\.rawValue).joined(separator: ", ")
        if given != nil {
            say(
                "sample: created the users \(users) with the password given (--sample-password or CODER_SAMPLE_PASSWORD)"
            )
        } else {
            say("sample: created the users \(users) with the generated password \(chosen)")
        }
    }

    static func randomPassword() -> String {
        var bytes = [UInt8](repeating: 0, count: 12)
        for i in bytes.indices { bytes[i] = UInt8.random(in: 0...255) }
        return Data(bytes).base64EncodedString().replacingOccurrences(of: "/", with: "_").replacingOccurrences(
            of: "+", with: "-")
    }

    /// A new database gets its admin; the password is printed only when it was generated here.
    static func ensureAdmin(_ store: any WorklistStore, password: String?) async throws {
        guard try await store.users().isEmpty else { return }
        var chosen = password ?? ProcessInfo.processInfo.environment["CODER_ADMIN_PASSWORD"]
        var generated = false
        if chosen == nil {
            chosen = randomPassword()
            generated = true
        }
        guard let chosen, chosen.count >= 10 else { throw CLIError("--admin-password: at least 10 characters") }
        _ = try await store.createUser(
            NewUser(username: "admin", displayName: "Administrator", role: .admin, password: chosen))
        say(generated ? "created user admin with password \(chosen) (shown once; change it)" : "created user admin")
    }
}

/// The engines the service and the worklist commands run: lookup, review, grouper, pre-coder.
enum EngineSetup {
    static func load(_ options: CodeSetOptions, warn: ((String) -> Void)? = nil) throws -> ServerEngines {
        let lookup = try options.engine(warn: warn)
        let reviewer = ClaimReviewer(
            library: lookup.library, editor: try EditorSetup.load(options), grouping: try GrouperSetup.load(options),
            suggester: try SuggestOptions.parse([]).suggester(options, library: lookup.library))
        do {
            return try ServerEngines(lookup: lookup, reviewer: reviewer)
        } catch {
            throw CLIError("\(error)")
        }
    }
}

/// A line on standard output at once (a service's output goes to a pipe or a log file, where `print` waits).
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
