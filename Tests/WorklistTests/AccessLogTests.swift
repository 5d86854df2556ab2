import Foundation
import GRDB
import Testing
import Worklist

@Suite struct AccessLogTests {
    @Test func noteAndChartReadsAreLogged() async throws {
        try await TemporaryStore.with { t in
            _ = try await t.store.importFHIR(try sampleBundle())
            let admin = try await t.user("root", .admin)
            let coder = try await t.user("cora")
            let chf = try #require(try await t.store.encounter(identifier: "ENC-1001"))
            let pna = try #require(try await t.store.encounter(identifier: "ENC-1002"))

            let summaries = try await t.store.documentSummaries(encounterID: chf.id)
            #expect(try await t.store.accessLog(AccessLogFilter(), actingUserID: admin.id).isEmpty)

            let start = t.clock.now
            _ = try await t.store.chart(encounterID: chf.id, actingUserID: coder.id)
            t.clock.advance(60)
            let note = try await t.store.document(id: summaries[0].id, actingUserID: coder.id)
            #expect(note.text.contains("ejection fraction 25%"))
            t.clock.advance(3600)
            _ = try await t.store.chart(encounterID: pna.id, actingUserID: admin.id)

            let all = try await t.store.accessLog(AccessLogFilter(), actingUserID: admin.id)
            #expect(all.map(\.action) == [.chart, .note, .chart])
            let mine = try await t.store.accessLog(AccessLogFilter(userID: coder.id), actingUserID: admin.id)
            #expect(mine.map(\.action) == [.note, .chart])
            #expect(mine.allSatisfy { $0.actor == "cora" && $0.encounterID == chf.id })
            #expect(mine.first?.documentID == summaries[0].id)
            let onPneumonia = try await t.store.accessLog(AccessLogFilter(encounterID: pna.id), actingUserID: admin.id)
            #expect(onPneumonia.map(\.userID) == [admin.id])
            let firstMinute = try await t.store.accessLog(
                AccessLogFilter(from: start, to: start.addingTimeInterval(120)), actingUserID: admin.id)
            #expect(firstMinute.count == 2)

            await #expect(throws: PermissionDenied.self) {
                try await t.store.accessLog(AccessLogFilter(), actingUserID: coder.id)
            }
            // The log holds ids, never patient data: for sign-in and password events, the client's address, the admin
            // named on a reset user's reads, and what happened (usernames only).
            let columns = try await t.rawDatabase().read { db in try db.columns(in: "accessLog").map(\.name) }
            #expect(
                Set(columns) == [
                    "id", "userID", "actor", "action", "encounterID", "documentID", "at", "onBehalfOf", "client",
                    "detail",
                ])
        }
    }

    @Test func schemaIsSoundAfterUse() async throws {
        try await TemporaryStore.with { t in
            _ = try await t.store.importFHIR(try sampleBundle())
            #expect(try await t.store.integrityCheck() == [])
            #expect(try await t.store.journalMode() == "wal")
            let migrations = try await t.store.appliedMigrations()
            #expect(migrations.count == 9)
            #expect(migrations.last == "v9: blocking keys for duplicate-patient matching")
            #expect(migrations.first == "v1: users and tokens")
            let raw = try await t.rawDatabase().read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
            #expect(raw == ["ok"])
        }
    }
}
