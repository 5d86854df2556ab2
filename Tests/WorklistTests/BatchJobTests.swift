import Foundation
import GRDB
import Synchronization
import Terminology
import Testing
import Worklist

/// Counts the engine's calls per encounter.
final class CallCounter: Sendable {
    let calls = Mutex<[Int64: Int]>([:])
    func record(_ id: Int64) { calls.withLock { $0[id, default: 0] += 1 } }
    var snapshot: [Int64: Int] { calls.withLock { $0 } }
}

@Suite struct BatchJobTests {
    static func engine(_ counter: CallCounter, failing: String? = nil) -> BatchRunner.Engine {
        { encounter, documents in
            counter.record(encounter.id)
            if encounter.identifier == failing {
                throw InvalidInput(field: "note", value: encounter.identifier, reason: "engine failed")
            }
            return version(.precode, ["J18.9"], drg: "194", weight: 0.9, confidence: 0.8)
        }
    }

    @Test func aJobResumedAfterACrashLosesAndDuplicatesNothing() async throws {
        try await TemporaryStore.with { t in
            let es = try await t.encounters((0..<10).map { (id: "B\($0)", discharge: "2025-11-01") })
            let job = try await t.store.createJob(kind: "precode", encounterIDs: es.map(\.id) + [es[0].id], userID: nil)
            #expect(job.total == 10)
            #expect(job.state == .queued)

            // The first run: four items taken, three finished, then the process dies.
            var taken: [JobItem] = []
            for _ in 0..<4 { taken.append(try #require(try await t.store.claimNextJobItem(jobID: job.id)).item) }
            for item in taken.prefix(3) {
                _ = try await t.store.completeJobItem(
                    id: item.id, version: version(.precode, ["J18.9"], confidence: 0.8))
            }
            #expect(try await t.store.job(id: job.id)?.done == 3)

            // A new process opens the same file and resumes.
            let restarted = try t.reopened()
            let counter = CallCounter()
            let finished = try await BatchRunner(store: restarted, concurrency: 2).run(
                jobID: job.id, engine: Self.engine(counter))
            #expect(finished.state == .done)
            #expect(finished.done == 10)
            #expect(finished.errors == 0)
            let calls = counter.snapshot
            #expect(calls.count == 7)
            #expect(calls.values.allSatisfy { $0 == 1 })
            #expect(Set(calls.keys).isDisjoint(with: taken.prefix(3).map(\.encounterID)))
            #expect(calls[taken[3].encounterID] == 1)
            for e in es {
                let versions = try await restarted.versions(encounterID: e.id)
                #expect(versions.count == 1)
                #expect(try await restarted.encounter(id: e.id)?.status == .precoded)
            }
            let items = try await restarted.jobItems(jobID: job.id)
            #expect(items.allSatisfy { $0.state == .done && $0.versionID != nil })
            #expect(items.first { $0.id == taken[3].id }?.attempts == 2)

            // Completing a done item again changes nothing.
            let again = try await restarted.completeJobItem(id: taken[0].id, version: version(.precode, ["X00"]))
            #expect(again.id == items.first { $0.id == taken[0].id }?.versionID)
            #expect(try await restarted.versions(encounterID: taken[0].encounterID).count == 1)
            #expect(try await restarted.job(id: job.id)?.done == 10)
            #expect(try await restarted.integrityCheck() == [])
        }
    }

    @Test func anEngineErrorFailsThatItemOnly() async throws {
        try await TemporaryStore.with { t in
            let es = try await t.encounters((0..<4).map { (id: "F\($0)", discharge: "2025-11-01") })
            let job = try await t.store.createJob(kind: "precode", encounterIDs: es.map(\.id), userID: nil)
            let counter = CallCounter()
            let finished = try await BatchRunner(store: t.store).run(
                jobID: job.id, engine: Self.engine(counter, failing: "F2"))
            #expect(finished.done == 3)
            #expect(finished.errors == 1)
            #expect(finished.state == .done)
            let failed = try await t.store.jobItems(jobID: job.id).filter { $0.state == .failed }
            #expect(failed.map(\.encounterID) == [es[2].id])
            #expect(failed.first?.error?.contains("engine failed") == true)
            #expect(try await t.store.encounter(id: es[2].id)?.status == .new)
        }
    }

    @Test func theClaimEngineSeesAgeSexAndNotes() async throws {
        try await TemporaryStore.with { t in
            _ = try await t.store.importFHIR(try sampleBundle())
            let hip = try #require(try await t.store.encounter(identifier: "ENC-1005"))
            let job = try await t.store.createJob(kind: "precode", encounterIDs: [hip.id], userID: nil)
            let seen = Mutex<[Claim]>([])
            let finished = try await BatchRunner(store: t.store).run(jobID: job.id) { (claim: Claim) in
                seen.withLock { $0.append(claim) }
                return version(.precode, ["S72.002A"], px: ["0SRS0J9"], drg: "470", weight: 1.9, confidence: 0.85)
            }
            #expect(finished.done == 1)
            let claim = try #require(seen.withLock { $0.first })
            #expect(claim.id == "ENC-1005")
            #expect(claim.age == 89)
            #expect(claim.sex == "F")
            #expect(claim.dischargeStatus == "03")
            #expect(claim.documents?.count == 2)
            let precoded = try #require(try await t.store.encounter(id: hip.id))
            #expect(precoded.drg == "470")
            #expect(precoded.precodeConfidence == 0.85)
            // The job's reads are in the access log as the engine's.
            let admin = try await t.user("root", .admin)
            let log = try await t.store.accessLog(AccessLogFilter(encounterID: hip.id), actingUserID: admin.id)
            #expect(log.map(\.action) == [.batchRead])
            #expect(log.first?.actor == "engine (job \(job.id))")
        }
    }
}
