import Foundation
import GRDB
import Terminology
import Testing
import Worklist

@Suite struct WorkflowTests {
    static let allowedPairs: [(EncounterStatus, EncounterStatus)] = EncounterStatus.allowedTransitions
        .flatMap { from, tos in tos.map { (from, $0) } }
        .sorted { ($0.0.rawValue, $0.1.rawValue) < ($1.0.rawValue, $1.1.rawValue) }

    /// Drives a fresh encounter to `status` through allowed moves, with a clean coder version on it.
    static func bring(_ t: TemporaryStore, _ e: Encounter, to status: EncounterStatus, user: User) async throws {
        let s = t.store
        _ = try await s.appendVersion(version(.coder, ["J18.9"]), encounterID: e.id, userID: user.id)
        switch status {
        case .new: break
        case .precoded:
            _ = try await s.appendVersion(version(.precode, ["J18.9"], confidence: 0.9), encounterID: e.id, userID: nil)
        case .inProgress:
            _ = try await s.setStatus(
                encounterID: e.id, to: .inProgress, pendingReason: nil, note: nil, userID: user.id)
        case .onHold:
            _ = try await s.setStatus(
                encounterID: e.id, to: .inProgress, pendingReason: nil, note: nil, userID: user.id)
            _ = try await s.setStatus(
                encounterID: e.id, to: .onHold, pendingReason: .awaitingResults, note: "culture", userID: user.id)
        case .coded, .audited:
            _ = try await s.setStatus(
                encounterID: e.id, to: .inProgress, pendingReason: nil, note: nil, userID: user.id)
            _ = try await s.submit(encounterID: e.id, version: nil, userID: user.id)
            if status == .audited {
                _ = try await s.setStatus(
                    encounterID: e.id, to: .audited, pendingReason: nil, note: nil, userID: user.id)
            }
        }
        #expect(try await s.encounter(id: e.id)?.status == status)
    }

    @Test(arguments: allowedPairs)
    func everyAllowedTransition(from: EncounterStatus, to: EncounterStatus) async throws {
        try await TemporaryStore.with { t in
            let coder = try await t.user("cora")
            let e = try await t.encounters([("E1", "2025-11-01")])[0]
            try await Self.bring(t, e, to: from, user: coder)
            let moved = try await t.store.setStatus(
                encounterID: e.id, to: to, pendingReason: to == .onHold ? .physicianQuery : nil, note: nil,
                userID: coder.id)
            #expect(moved.status == to)
            #expect(moved.pendingReason == (to == .onHold ? .physicianQuery : nil))
            let last = try #require(try await t.store.statusHistory(encounterID: e.id).last)
            #expect(last.from == from)
            #expect(last.to == to)
            #expect(last.actor == "cora")
        }
    }

    @Test func forbiddenTransitionsNameFromAndTo() async throws {
        try await TemporaryStore.with { t in
            let coder = try await t.user("cora")
            let e = try await t.encounters([("E1", "2025-11-01")])[0]
            let error = await #expect(throws: TransitionError.self) {
                try await t.store.setStatus(
                    encounterID: e.id, to: .audited, pendingReason: nil, note: nil, userID: coder.id)
            }
            #expect(error?.from == .new)
            #expect(error?.to == .audited)
            #expect(error?.description.hasPrefix("encounter E1: cannot move from new to audited") == true)
            #expect(try await t.store.encounter(id: e.id)?.status == .new)
            #expect(try await t.store.statusHistory(encounterID: e.id).count == 1)
            // Submitting from new is refused by the table too.
            await #expect(throws: TransitionError.self) {
                try await t.store.submit(encounterID: e.id, version: version(.coder, ["J18.9"]), userID: coder.id)
            }
            // On hold needs a reason.
            _ = try await t.store.setStatus(
                encounterID: e.id, to: .inProgress, pendingReason: nil, note: nil, userID: coder.id)
            await #expect(throws: InvalidInput.self) {
                try await t.store.setStatus(
                    encounterID: e.id, to: .onHold, pendingReason: nil, note: nil, userID: coder.id)
            }
        }
    }

    @Test func tableCoversEveryStatusAndAuditedIsFinal() {
        #expect(Set(EncounterStatus.allowedTransitions.keys) == Set(EncounterStatus.allCases))
        #expect(EncounterStatus.audited.canMove(to: .inProgress) == false)
        #expect(EncounterStatus.new.canMove(to: .coded) == false)
        #expect(EncounterStatus.onHold.canMove(to: .inProgress))
    }

    @Test func submitIsBlockedByAnOpenPendingReason() async throws {
        try await TemporaryStore.with { t in
            let coder = try await t.user("cora")
            let e = try await t.encounters([("E1", "2025-11-01")])[0]
            _ = try await t.store.setStatus(
                encounterID: e.id, to: .inProgress, pendingReason: nil, note: nil, userID: coder.id)
            _ = try await t.store.setStatus(
                encounterID: e.id, to: .onHold, pendingReason: .missingDocumentation, note: "no op note",
                userID: coder.id)
            _ = try await t.store.setStatus(
                encounterID: e.id, to: .inProgress, pendingReason: nil, note: nil, userID: coder.id)
            let blocked = await #expect(throws: SubmitBlocked.self) {
                try await t.store.submit(encounterID: e.id, version: version(.coder, ["K35.80"]), userID: coder.id)
            }
            #expect(blocked?.reasons == ["open pending reasons: missingDocumentation"])
            #expect(try await t.store.encounter(id: e.id)?.status == .inProgress)
            // The coder's version was kept.
            #expect(try await t.store.versions(encounterID: e.id).count == 1)
            let item = try #require(try await t.store.pendingItems(encounterID: e.id).first)
            #expect(item.note == "no op note")
            try await t.store.resolvePendingItem(id: item.id, userID: coder.id)
            let coded = try await t.store.submit(encounterID: e.id, version: nil, userID: coder.id)
            #expect(coded.status == .coded)
        }
    }

    @Test func submitIsBlockedByAnErrorFinding() async throws {
        try await TemporaryStore.with { t in
            let coder = try await t.user("cora")
            let e = try await t.encounters([("E1", "2025-11-01")])[0]
            _ = try await t.store.setStatus(
                encounterID: e.id, to: .inProgress, pendingReason: nil, note: nil, userID: coder.id)
            let error = Finding(
                rule: "mce.invalid-principal", severity: .error, message: "not a principal", codes: ["Z99.11"])
            let warning = Finding(rule: "poa.missing", severity: .warning, message: "POA missing")
            let blocked = await #expect(throws: SubmitBlocked.self) {
                try await t.store.submit(
                    encounterID: e.id, version: version(.coder, ["Z99.11"], findings: [error, warning]),
                    userID: coder.id)
            }
            #expect(blocked?.reasons == ["version 1 has error findings: mce.invalid-principal"])
            #expect(blocked?.description.contains("encounter E1: cannot submit") == true)
            let coded = try await t.store.submit(
                encounterID: e.id, version: version(.coder, ["J96.01", "Z99.11"], findings: [warning]), userID: coder.id
            )
            #expect(coded.status == .coded)
            #expect(coded.latestVersion == 2)
        }
    }

    @Test func physicianQueryOpensAndAnswerResolvesThePendingReason() async throws {
        try await TemporaryStore.with { t in
            let cdi = try await t.user("cdi1", .cdi)
            let e = try await t.encounters([("E1", "2025-11-01")])[0]
            let question = PhysicianQuery(
                topic: "heart-failure-type-acuity", queriedCode: "I50.9",
                question: "Please clarify the type and acuity of the heart failure.",
                indicators: [Finding.Evidence(text: "BNP 1,200", label: "BNP")],
                options: [
                    .init(label: "Acute on chronic systolic heart failure", code: "I50.23"), .init(label: "Other"),
                ])
            let q = try await t.store.createQuery(encounterID: e.id, question: question, userID: cdi.id)
            #expect(q.state == .open)
            #expect(
                try await t.store.pendingItems(encounterID: e.id).filter(\.isOpen).map(\.reason) == [.physicianQuery])
            await #expect(throws: QueryTransitionError.self) {
                try await t.store.advanceQuery(id: q.id, to: .answered, answer: "x", physician: nil, userID: cdi.id)
            }
            _ = try await t.store.advanceQuery(id: q.id, to: .sent, answer: nil, physician: nil, userID: cdi.id)
            t.clock.advance(5 * 3600)
            let answered = try await t.store.advanceQuery(
                id: q.id, to: .answered, answer: "Acute on chronic systolic heart failure", physician: "Dr Raman",
                userID: cdi.id)
            #expect(answered.turnaroundHours == 5)
            #expect(answered.question == question)
            #expect(answered.answeringPhysician == "Dr Raman")
            #expect(try await t.store.pendingItems(encounterID: e.id).filter(\.isOpen).isEmpty)
            let closed = try await t.store.advanceQuery(
                id: q.id, to: .closed, answer: nil, physician: nil, userID: cdi.id)
            #expect(closed.state == .closed)
            #expect(closed.closedAt != nil)
        }
    }

    @Test func versionsAreAppendOnlyWithReadableHistory() async throws {
        try await TemporaryStore.with { t in
            let coder = try await t.user("cora")
            let e = try await t.encounters([("E1", "2025-11-01")])[0]
            let v1 = try await t.store.appendVersion(
                version(.precode, ["I50.9", "I10"], drg: "293", weight: 0.66, ccMcc: CCMCCLevel.none, confidence: 0.7),
                encounterID: e.id, userID: nil)
            t.clock.advance(60)
            _ = try await t.store.appendVersion(
                version(.coder, ["I50.23", "I11.0"], drg: "291", weight: 1.34, ccMcc: .mcc), encounterID: e.id,
                userID: coder.id)
            t.clock.advance(60)
            _ = try await t.store.appendVersion(
                version(.coder, ["I11.0", "I50.23"], drg: "291", weight: 1.34, ccMcc: .mcc), encounterID: e.id,
                userID: coder.id)
            let history = try await t.store.versions(encounterID: e.id)
            #expect(history.map(\.number) == [1, 2, 3])
            #expect(history.map(\.source) == [.precode, .coder, .coder])
            #expect(history.map(\.createdBy) == ["engine", "cora", "cora"])
            #expect(history[0] == v1)
            #expect(history[1].createdAt < history[2].createdAt)
            #expect(history[2].diagnoses.map(\.code) == ["I11.0", "I50.23"])
            let encounter = try #require(try await t.store.encounter(id: e.id))
            #expect(encounter.latestVersion == 3)
            #expect(encounter.drg == "291")
            #expect(encounter.drgWeight == 1.34)
            #expect(encounter.precodeConfidence == 0.7)
            #expect(encounter.status == .precoded)

            let db = try t.rawDatabase()
            #expect(throws: DatabaseError.self) {
                try db.write {
                    try $0.execute(sql: "UPDATE codeSetVersion SET drg = '999' WHERE id = ?", arguments: [v1.id])
                }
            }
            #expect(throws: DatabaseError.self) {
                try db.write { try $0.execute(sql: "DELETE FROM codeSetVersion") }
            }
            #expect(try await t.store.versions(encounterID: e.id) == history)
        }
    }
}
