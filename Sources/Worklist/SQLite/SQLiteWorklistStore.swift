import Foundation
import GRDB
import Offload

/// The embedded store: SQLite through a GRDB `DatabasePool` in WAL mode (one writer, concurrent readers),
/// the schema built by named migrations, every statement parameterised.
public final class SQLiteWorklistStore: WorklistStore {
    /// Settings of a store.
    public struct Options: Sendable {
        /// How long a bearer token lives: 8 hours by default.
        public var tokenLifetime: TimeInterval
        /// The password hasher (lower its rounds only in tests).
        public var passwordHasher: PasswordHasher
        /// The time source; tests move it.
        public var clock: @Sendable () -> Date
        /// How long a writer waits for another process's lock before failing.
        public var busyTimeout: TimeInterval
        /// How failed sign-ins are slowed down and locked out.
        public var signInPolicy: SignInPolicy
        /// Where password hashes are derived: threads of their own, off the cooperative pool.
        public var hashingPool: WorkerPool

        public init(
            tokenLifetime: TimeInterval = 8 * 3600, passwordHasher: PasswordHasher = PasswordHasher(),
            clock: @escaping @Sendable () -> Date = { Date() }, busyTimeout: TimeInterval = 10,
            signInPolicy: SignInPolicy = SignInPolicy(), hashingPool: WorkerPool = .passwordHashing
        ) {
            self.tokenLifetime = tokenLifetime
            self.passwordHasher = passwordHasher
            self.clock = clock
            self.busyTimeout = busyTimeout
            self.signInPolicy = signInPolicy
            self.hashingPool = hashingPool
        }
    }

    let pool: DatabasePool
    let options: Options

    /// Opens (creating if needed) the database at `path` and migrates it to the current schema.
    public init(path: String, options: Options = Options()) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(options.busyTimeout)
        configuration.foreignKeysEnabled = true
        configuration.label = "worklist"
        pool = try DatabasePool(path: path, configuration: configuration)
        self.options = options
        try Self.migrator.migrate(pool)
    }

    /// The names of the migrations applied, oldest first.
    public func appliedMigrations() async throws -> [String] {
        try await pool.read { db in try Self.migrator.appliedMigrations(db) }
    }

    public func integrityCheck() async throws -> [String] {
        try await pool.read { db in
            let rows = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            let foreignKeys = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
            return rows.filter { $0 != "ok" } + foreignKeys.map { "foreign key violation: \($0)" }
        }
    }

    /// The journal mode in effect (`wal`).
    public func journalMode() async throws -> String {
        try await pool.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" }
    }

    var now: Date { options.clock() }

    static let jsonEncoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        return e
    }()

    /// The JSON text of a value, for a JSON column.
    static func json(_ value: some Encodable) throws -> String {
        String(decoding: try jsonEncoder.encode(value), as: UTF8.self)
    }

    static func decodeJSON<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }

    /// `?, ?, ?` for an IN list of `count` values (at least one, so `IN (NULL)` matches nothing).
    static func placeholders(_ count: Int) -> String {
        count == 0 ? "NULL" : Array(repeating: "?", count: count).joined(separator: ", ")
    }

    /// The username of a user id, for history rows; `engine` when nil.
    static func actorName(_ db: Database, _ userID: Int64?) throws -> String {
        guard let userID else { return "engine" }
        return try String.fetchOne(db, sql: "SELECT username FROM appUser WHERE id = ?", arguments: [userID])
            ?? "user \(userID)"
    }

    static func requireUser(_ db: Database, _ id: Int64) throws -> User {
        guard let user = try fetchUser(db, "appUser.id = ?", [id]) else {
            throw NotFound("user", String(id))
        }
        return user
    }

    static func requireEncounter(_ db: Database, _ id: Int64) throws -> Encounter {
        guard let e = try Encounter.fetchOne(db, sql: "SELECT * FROM encounter WHERE id = ?", arguments: [id]) else {
            throw NotFound("encounter", String(id))
        }
        return e
    }
}
