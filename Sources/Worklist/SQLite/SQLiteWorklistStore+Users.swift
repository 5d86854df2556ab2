import Foundation
import GRDB
import Offload

extension SQLiteWorklistStore {
    public func createUser(_ user: NewUser) async throws -> User {
        let username = user.username.trimmingCharacters(in: .whitespaces)
        guard !username.isEmpty else { throw InvalidInput(field: "username", value: user.username, reason: "empty") }
        guard !user.password.isEmpty else { throw InvalidInput(field: "password", value: "", reason: "empty") }
        let hasher = options.passwordHasher
        let password = user.password
        let hash = try await options.hashingPool.run { try hasher.hash(password) }
        let now = self.now
        do {
            return try await pool.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO appUser (username, displayName, role, passwordHash, active, createdAt)
                        VALUES (?, ?, ?, ?, 1, ?)
                        """,
                    arguments: [username, user.displayName, user.role.rawValue, hash, now])
                return try Self.requireUser(db, db.lastInsertedRowID)
            }
        } catch DatabaseError.SQLITE_CONSTRAINT {
            throw InvalidInput(field: "username", value: username, reason: "already taken")
        }
    }

    public func user(id: Int64) async throws -> User? {
        try await pool.read { db in try Self.fetchUser(db, "appUser.id = ?", [id]) }
    }

    public func user(username: String) async throws -> User? {
        try await pool.read { db in
            try Self.fetchUser(db, "appUser.username = ?", [username])
        }
    }

    public func users() async throws -> [User] {
        try await pool.read { db in
            try User.fetchAll(db, sql: "\(Self.userSelect) ORDER BY appUser.username")
        }
    }

    public func setActive(userID: Int64, active: Bool) async throws {
        let now = self.now
        try await pool.write { db in
            try db.execute(sql: "UPDATE appUser SET active = ? WHERE id = ?", arguments: [active, userID])
            guard db.changesCount == 1 else { throw NotFound("user", String(userID)) }
            if !active {
                try db.execute(
                    sql: "UPDATE authToken SET revokedAt = ? WHERE userID = ? AND revokedAt IS NULL",
                    arguments: [now, userID])
            }
        }
    }

    public func setPassword(userID: Int64, password: String) async throws {
        guard !password.isEmpty else { throw InvalidInput(field: "password", value: "", reason: "empty") }
        let hasher = options.passwordHasher
        let hash = try await options.hashingPool.run { try hasher.hash(password) }
        let now = self.now
        try await pool.write { db in
            try db.execute(sql: "UPDATE appUser SET passwordHash = ? WHERE id = ?", arguments: [hash, userID])
            guard db.changesCount == 1 else { throw NotFound("user", String(userID)) }
            try db.execute(
                sql: "UPDATE authToken SET revokedAt = ? WHERE userID = ? AND revokedAt IS NULL",
                arguments: [now, userID])
        }
    }

    public func signIn(username: String, password: String, client: String?) async throws -> IssuedToken {
        let policy = options.signInPolicy
        let keys = Self.throttleKeys(username: username, client: client)
        let before = self.now
        // a username or address in its backoff or lockout is refused before any hashing: an attacker's attempts
        // then cost a read, not a key derivation
        let blocked = try await pool.write { db -> SignInThrottled? in
            guard let refusal = try Self.throttled(db, keys: keys, username: username, now: before) else { return nil }
            let userID = try Int64.fetchOne(db, sql: "SELECT id FROM appUser WHERE username = ?", arguments: [username])
            // an attempt during the backoff counts too: hammering lengthens the wait and reaches the lockout
            try Self.recordFailure(
                db, keys: keys, username: username, userID: userID, client: client,
                reason: refusal.locked ? "locked" : "throttled", policy: policy, now: before)
            return try Self.throttled(db, keys: keys, username: username, now: before) ?? refusal
        }
        if let blocked { throw blocked }
        // the values, not the row (a Row is not Sendable): the read runs off the cooperative pool
        let stored: (id: Int64, passwordHash: String, active: Bool)? = try await pool.read { db in
            try Row.fetchOne(
                db, sql: "SELECT id, passwordHash, active FROM appUser WHERE username = ?", arguments: [username]
            ).map { ($0["id"], $0["passwordHash"], $0["active"]) }
        }
        // An unknown user costs a hash too, so the time does not tell which usernames exist. The key derivation
        // runs on the hashing pool's threads, never on the cooperative pool's.
        let hash: String = stored?.passwordHash ?? decoyHash
        let hasher = options.passwordHasher
        let matches = try await options.hashingPool.run { hasher.verify(password, against: hash) }
        let now = self.now
        guard let stored, matches, stored.active else {
            let userID: Int64? = stored?.id
            let reason = stored == nil ? "unknown user" : matches ? "inactive account" : "wrong password"
            try await pool.write { db in
                try Self.recordFailure(
                    db, keys: keys, username: username, userID: userID, client: client, reason: reason, policy: policy,
                    now: now)
            }
            throw AuthenticationFailed(username: username)
        }
        let userID = stored.id
        let token = BearerToken.generate()
        let digest = BearerToken.digest(token)
        let expires = now.addingTimeInterval(options.tokenLifetime)
        let user = try await pool.write { db in
            // a success forgives the username's failures; the address's fade with time (a valid account must not
            // wipe the count of guesses made at others from the same address)
            try db.execute(sql: "DELETE FROM signInThrottle WHERE key = ?", arguments: [keys[0]])
            try db.execute(
                sql: "INSERT INTO authToken (userID, tokenHash, createdAt, expiresAt) VALUES (?, ?, ?, ?)",
                arguments: [userID, digest, now, expires])
            return try Self.requireUser(db, userID)
        }
        return IssuedToken(token: token, user: user, expiresAt: expires)
    }

    /// `user:<name>` (lower case) and, when known, `client:<address>`.
    static func throttleKeys(username: String, client: String?) -> [String] {
        ["user:" + username.lowercased()] + (client.map { ["client:" + $0] } ?? [])
    }

    /// The refusal of an attempt while one of `keys` is blocked, or nil.
    static func throttled(_ db: Database, keys: [String], username: String, now: Date) throws -> SignInThrottled? {
        let rows = try Row.fetchAll(
            db, sql: "SELECT blockedUntil, locked FROM signInThrottle WHERE key IN (\(placeholders(keys.count)))",
            arguments: StatementArguments(keys))
        var refusal: SignInThrottled?
        for row in rows {
            guard let until = row["blockedUntil"] as Date?, until > now else { continue }
            let seconds = Int(until.timeIntervalSince(now).rounded(.up))
            let locked: Bool = row["locked"]
            if refusal == nil || seconds > refusal!.retryAfter || locked {
                refusal = SignInThrottled(username: username, retryAfter: max(1, seconds), locked: locked)
            }
        }
        return refusal
    }

    /// Counts a failure against the username and the client address, starts their backoff or the username's
    /// lockout, and writes the access-log rows.
    static func recordFailure(
        _ db: Database, keys: [String], username: String, userID: Int64?, client: String?, reason: String,
        policy: SignInPolicy, now: Date
    ) throws {
        try logEvent(
            db, userID: userID, actor: username, action: .signInFailed, client: client, detail: reason, now: now)
        for (i, key) in keys.enumerated() {
            let isUser = i == 0
            let row = try Row.fetchOne(
                db, sql: "SELECT failures, lastFailureAt, locked FROM signInThrottle WHERE key = ?", arguments: [key])
            var failures = (row?["failures"] as Int?) ?? 0
            if !isUser, let last = row?["lastFailureAt"] as Date?, now.timeIntervalSince(last) > policy.decay {
                failures = 0
            }
            failures += 1
            var locked = false
            var delay = policy.delay(
                afterFailures: failures, free: isUser ? policy.freeFailuresPerUser : policy.freeFailuresPerClient)
            if isUser && failures >= policy.lockoutAfter {
                locked = true
                delay = policy.lockoutDuration
                if failures == policy.lockoutAfter {
                    try logEvent(
                        db, userID: userID, actor: username, action: .lockedOut, client: client,
                        detail: "\(failures) failed sign-ins", now: now)
                }
            }
            try db.execute(
                sql: """
                    INSERT INTO signInThrottle (key, failures, lastFailureAt, blockedUntil, locked)
                    VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (key) DO UPDATE SET failures = excluded.failures,
                        lastFailureAt = excluded.lastFailureAt, blockedUntil = excluded.blockedUntil,
                        locked = excluded.locked
                    """,
                arguments: [key, failures, now, delay > 0 ? now.addingTimeInterval(delay) : nil, locked])
        }
    }

    /// A sign-in or password event in the access log.
    static func logEvent(
        _ db: Database, userID: Int64?, actor: String, action: AccessAction, client: String?, detail: String?,
        now: Date
    ) throws {
        try db.execute(
            sql: "INSERT INTO accessLog (userID, actor, action, at, client, detail) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [userID, actor, action.rawValue, now, client, detail])
    }

    public func unlock(userID: Int64, by adminID: Int64) async throws -> User {
        let now = self.now
        return try await pool.write { db in
            let user = try Self.requireUser(db, userID)
            let admin = try Self.requireUser(db, adminID)
            try db.execute(
                sql: "DELETE FROM signInThrottle WHERE key = ?",
                arguments: [Self.throttleKeys(username: user.username, client: nil)[0]])
            try Self.logEvent(
                db, userID: admin.id, actor: admin.username, action: .unlocked, client: nil,
                detail: "sign-in of \(user.username)", now: now)
            return try Self.requireUser(db, userID)
        }
    }

    public func resetPassword(userID: Int64, password: String, by adminID: Int64) async throws {
        guard !password.isEmpty else { throw InvalidInput(field: "password", value: "", reason: "empty") }
        let hasher = options.passwordHasher
        let hash = try await options.hashingPool.run { try hasher.hash(password) }
        let now = self.now
        try await pool.write { db in
            let admin = try Self.requireUser(db, adminID)
            let user = try Self.requireUser(db, userID)
            try db.execute(
                sql: "UPDATE appUser SET passwordHash = ?, mustChangePassword = 1, passwordResetBy = ? WHERE id = ?",
                arguments: [hash, adminID, userID])
            try db.execute(
                sql: "UPDATE authToken SET revokedAt = ? WHERE userID = ? AND revokedAt IS NULL",
                arguments: [now, userID])
            try Self.logEvent(
                db, userID: admin.id, actor: admin.username, action: .passwordReset, client: nil,
                detail: "password of \(user.username)", now: now)
        }
    }

    public func changePassword(userID: Int64, current: String, new password: String, client: String?) async throws {
        guard !password.isEmpty else { throw InvalidInput(field: "password", value: "", reason: "empty") }
        let stored: (username: String, passwordHash: String, mustChangePassword: Bool)? = try await pool.read { db in
            try Row.fetchOne(
                db, sql: "SELECT username, passwordHash, mustChangePassword FROM appUser WHERE id = ?",
                arguments: [userID]
            ).map { ($0["username"], $0["passwordHash"], $0["mustChangePassword"]) }
        }
        guard let stored else { throw NotFound("user", String(userID)) }
        let username = stored.username
        let keys = Self.throttleKeys(username: username, client: client)
        let before = self.now
        // guessing the current password through a stolen session is throttled like sign-in
        if let refusal = try await pool.read({ db in
            try Self.throttled(db, keys: keys, username: username, now: before)
        }) {
            throw refusal
        }
        let hasher = options.passwordHasher
        let currentHash = stored.passwordHash
        let (matches, hash) = try await options.hashingPool.run {
            (hasher.verify(current, against: currentHash), try hasher.hash(password))
        }
        let now = self.now
        guard matches else {
            try await pool.write { db in
                try Self.recordFailure(
                    db, keys: keys, username: username, userID: userID, client: client,
                    reason: "wrong current password", policy: self.options.signInPolicy, now: now)
            }
            throw CurrentPasswordWrong()
        }
        let forced = stored.mustChangePassword
        try await pool.write { db in
            // the change an admin's reset forces is made by whoever knows the reset password: the admin stays
            // named on the user's reads until the user changes the password again of their own accord
            try db.execute(
                sql: """
                    UPDATE appUser SET passwordHash = ?, mustChangePassword = 0,
                        passwordResetBy = CASE WHEN ? THEN passwordResetBy ELSE NULL END
                    WHERE id = ?
                    """,
                arguments: [hash, forced, userID])
            try db.execute(
                sql: "UPDATE authToken SET revokedAt = ? WHERE userID = ? AND revokedAt IS NULL",
                arguments: [now, userID])
            try Self.logEvent(
                db, userID: userID, actor: username, action: .passwordChanged, client: client,
                detail: forced ? "the change required after a reset" : nil, now: now)
        }
    }

    /// The columns of a ``User``: the row of `appUser` with its sign-in throttle.
    static let userSelect = """
        SELECT appUser.id, appUser.username, appUser.displayName, appUser.role, appUser.active, appUser.createdAt,
            appUser.mustChangePassword, t.failures AS failedSignIns, t.blockedUntil AS lockedUntil
        FROM appUser LEFT JOIN signInThrottle t ON t.key = 'user:' || lower(appUser.username)
        """

    static func fetchUser(_ db: Database, _ condition: String, _ arguments: StatementArguments) throws -> User? {
        try User.fetchOne(db, sql: "\(userSelect) WHERE \(condition)", arguments: arguments)
    }

    /// A well-formed hash no password matches, with the store's rounds, verified against for an unknown username.
    var decoyHash: String {
        "pbkdf2-sha256$\(options.passwordHasher.rounds)$AAAAAAAAAAAAAAAAAAAAAA==$"
            + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="
    }

    public func user(forToken token: String) async throws -> User? {
        let digest = BearerToken.digest(token)
        let now = self.now
        return try await pool.read { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: "SELECT userID, tokenHash, expiresAt, revokedAt FROM authToken WHERE tokenHash = ?",
                    arguments: [digest])
            else { return nil }
            guard ConstantTime.equal(Array((row["tokenHash"] as String).utf8), Array(digest.utf8)),
                row["revokedAt"] as Date? == nil, (row["expiresAt"] as Date) > now
            else { return nil }
            let user = try Self.fetchUser(db, "appUser.id = ?", [row["userID"] as Int64])
            return user?.active == true ? user : nil
        }
    }

    public func revoke(token: String) async throws {
        let digest = BearerToken.digest(token)
        let now = self.now
        try await pool.write { db in
            try db.execute(
                sql: "UPDATE authToken SET revokedAt = ? WHERE tokenHash = ? AND revokedAt IS NULL",
                arguments: [now, digest])
        }
    }

    public func purgeExpiredTokens() async throws -> Int {
        let now = self.now
        return try await pool.write { db in
            try db.execute(
                sql: "DELETE FROM authToken WHERE expiresAt <= ? OR revokedAt IS NOT NULL", arguments: [now])
            return db.changesCount
        }
    }
}
