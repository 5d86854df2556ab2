import Foundation
import GRDB
import Testing
import Worklist

@Suite struct SecurityTests {
    @Test func passwordsVerifyRightAndRefuseWrong() throws {
        let hasher = PasswordHasher(rounds: 2_000)
        let hash = try hasher.hash("correct horse battery staple")
        #expect(hash.hasPrefix("pbkdf2-sha256$2000$"))
        #expect(!hash.contains("horse"))
        #expect(hasher.verify("correct horse battery staple", against: hash))
        #expect(!hasher.verify("correct horse battery stapler", against: hash))
        #expect(!hasher.verify("", against: hash))
        #expect(!hasher.verify("x", against: "not-a-hash"))
        // Same password, new salt, new hash; a stored hash keeps its own rounds.
        #expect(try hasher.hash("a") != (try hasher.hash("a")))
        #expect(PasswordHasher(rounds: 10).verify("correct horse battery staple", against: hash))
        #expect(PasswordHasher.defaultRounds >= 600_000)
        #expect(ConstantTime.equal([1, 2, 3], [1, 2, 3]))
        #expect(!ConstantTime.equal([1, 2, 3], [1, 2, 4]))
        #expect(!ConstantTime.equal([1, 2], [1, 2, 3]))
    }

    @Test func tokensExpireAndAreStoredOnlyAsDigests() async throws {
        try await TemporaryStore.with { t in
            let cora = try await t.user("cora")
            await #expect(throws: InvalidInput.self) { try await t.user("CORA") }
            let issued = try await t.store.signIn(username: "cora", password: "pw-cora")
            #expect(issued.token.count == 43)
            #expect(!issued.token.contains("+") && !issued.token.contains("/") && !issued.token.contains("="))
            #expect(issued.expiresAt == t.clock.now.addingTimeInterval(8 * 3600))
            #expect(try await t.store.user(forToken: issued.token)?.id == cora.id)
            #expect(try await t.store.user(forToken: issued.token + "x") == nil)

            let stored = try await t.rawDatabase().read { db in
                try String.fetchAll(db, sql: "SELECT tokenHash FROM authToken")
            }
            #expect(stored == [BearerToken.digest(issued.token)])
            #expect(stored.first?.count == 64)
            let hash = try await t.rawDatabase().read { db in
                try String.fetchOne(db, sql: "SELECT passwordHash FROM appUser")
            }
            #expect(hash?.contains("pw-cora") == false)

            t.clock.advance(8 * 3600 - 1)
            #expect(try await t.store.user(forToken: issued.token) != nil)
            t.clock.advance(2)
            #expect(try await t.store.user(forToken: issued.token) == nil)
            #expect(try await t.store.purgeExpiredTokens() == 1)

            let second = try await t.store.signIn(username: "cora", password: "pw-cora")
            try await t.store.revoke(token: second.token)
            #expect(try await t.store.user(forToken: second.token) == nil)

            await #expect(throws: AuthenticationFailed.self) {
                try await t.store.signIn(username: "cora", password: "nope")
            }
            await #expect(throws: AuthenticationFailed.self) {
                try await t.store.signIn(username: "nobody", password: "x")
            }
            let third = try await t.store.signIn(username: "cora", password: "pw-cora")
            try await t.store.setActive(userID: cora.id, active: false)
            #expect(try await t.store.user(forToken: third.token) == nil)
            await #expect(throws: AuthenticationFailed.self) {
                try await t.store.signIn(username: "cora", password: "pw-cora")
            }
            try await t.store.setActive(userID: cora.id, active: true)
            try await t.store.setPassword(userID: cora.id, password: "new secret")
            _ = try await t.store.signIn(username: "cora", password: "new secret")
        }
    }
}
