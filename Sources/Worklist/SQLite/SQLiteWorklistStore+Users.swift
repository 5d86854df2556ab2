import Foundation
import GRDB

extension SQLiteWorklistStore {
    public func createUser(_ user: NewUser) async throws -> User {
        let username = user.username.trimmingCharacters(in: .whitespaces)
        guard !username.isEmpty else { throw InvalidInput(field: "username", value: user.username, reason: "empty") }
        guard !user.password.isEmpty else { throw InvalidInput(field: "password", value: "", reason: "empty") }
        let hash = try options.passwordHasher.hash(user.password)
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
        try await pool.read { db in try User.fetchOne(db, sql: "SELECT * FROM appUser WHERE id = ?", arguments: [id]) }
    }

    public func user(username: String) async throws -> User? {
        try await pool.read { db in
            try User.fetchOne(db, sql: "SELECT * FROM appUser WHERE username = ?", arguments: [username])
        }
    }

    public func users() async throws -> [User] {
        try await pool.read { db in try User.fetchAll(db, sql: "SELECT * FROM appUser ORDER BY username") }
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
        let hash = try options.passwordHasher.hash(password)
        let now = self.now
        try await pool.write { db in
            try db.execute(sql: "UPDATE appUser SET passwordHash = ? WHERE id = ?", arguments: [hash, userID])
            guard db.changesCount == 1 else { throw NotFound("user", String(userID)) }
            try db.execute(
                sql: "UPDATE authToken SET revokedAt = ? WHERE userID = ? AND revokedAt IS NULL",
                arguments: [now, userID])
        }
    }

    public func signIn(username: String, password: String) async throws -> IssuedToken {
        let stored = try await pool.read { db in
            try Row.fetchOne(
                db, sql: "SELECT id, passwordHash, active FROM appUser WHERE username = ?", arguments: [username])
        }
        // An unknown user costs a hash too, so the time does not tell which usernames exist.
        let hash: String = stored?["passwordHash"] ?? decoyHash
        let matches = options.passwordHasher.verify(password, against: hash)
        guard let stored, matches, stored["active"] as Bool else { throw AuthenticationFailed(username: username) }
        let userID: Int64 = stored["id"]
        let token = BearerToken.generate()
        let digest = BearerToken.digest(token)
        let now = self.now
        let expires = now.addingTimeInterval(options.tokenLifetime)
        let user = try await pool.write { db in
            try db.execute(
                sql: "INSERT INTO authToken (userID, tokenHash, createdAt, expiresAt) VALUES (?, ?, ?, ?)",
                arguments: [userID, digest, now, expires])
            return try Self.requireUser(db, userID)
        }
        return IssuedToken(token: token, user: user, expiresAt: expires)
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
            let user = try User.fetchOne(
                db, sql: "SELECT * FROM appUser WHERE id = ?", arguments: [row["userID"] as Int64])
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
