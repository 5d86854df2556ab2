import Foundation
import Testing
import Worklist

@Suite struct ClaimingTests {
    @Test func fiftyCodersClaimingTwentyEncountersNeverShareOne() async throws {
        try await TemporaryStore.with { t in
            let rows = (0..<20).map { (id: "C\($0)", discharge: String(format: "2025-10-%02d", $0 + 1)) }
            _ = try await t.encounters(rows)
            let queue = try await t.store.createQueue(name: "All inpatient", rules: QueueRules(settings: [.inpatient]))
            var coders: [User] = []
            for i in 0..<50 { coders.append(try await t.user("coder\(i)")) }
            let asOf = t.clock.now
            // Three stores on the same file, as three server processes would be.
            let stores: [SQLiteWorklistStore] = [t.store, try t.reopened(), try t.reopened()]
            let claims = try await withThrowingTaskGroup(of: (Int64, Int64?).self) { group in
                for (i, coder) in coders.enumerated() {
                    let store = stores[i % stores.count]
                    group.addTask {
                        (coder.id, try await store.claimNext(queueID: queue.id, coderID: coder.id, asOf: asOf)?.id)
                    }
                }
                var out: [(Int64, Int64?)] = []
                for try await claim in group { out.append(claim) }
                return out
            }
            let claimed = claims.compactMap(\.1)
            #expect(claimed.count == 20)
            #expect(Set(claimed).count == 20)
            for (coder, encounter) in claims {
                guard let encounter else { continue }
                let e = try #require(try await t.store.encounter(id: encounter))
                #expect(e.assignedCoderID == coder)
                #expect(e.status == .inProgress)
            }
            // Every status change happened once per encounter: new then inProgress.
            for id in claimed {
                #expect(try await t.store.statusHistory(encounterID: id).map(\.to) == [.new, .inProgress])
            }
        }
    }

    @Test func oldestDischargeFirstAndAHeldEncounterComesBack() async throws {
        try await TemporaryStore.with { t in
            let es = try await t.encounters([("LATE", "2025-11-10"), ("EARLY", "2025-11-01"), ("MID", "2025-11-05")])
            let queue = try await t.store.createQueue(name: "q", rules: QueueRules())
            let a = try await t.user("alice")
            let b = try await t.user("bob")
            let first = try await t.store.claimNext(queueID: queue.id, coderID: a.id, asOf: t.clock.now)
            #expect(first?.identifier == "EARLY")
            let again = try await t.store.claimNext(queueID: queue.id, coderID: a.id, asOf: t.clock.now)
            #expect(again?.id == first?.id)
            let second = try await t.store.claimNext(queueID: queue.id, coderID: b.id, asOf: t.clock.now)
            #expect(second?.identifier == "MID")
            try await t.store.release(encounterID: es[2].id, userID: b.id)
            let page = try await t.store.encounters(inQueue: queue.id, asOf: t.clock.now, limit: 10, offset: 0)
            #expect(page.encounters.map(\.identifier) == ["EARLY", "MID", "LATE"])
            #expect(page.total == 3)
            #expect(page.unassigned == 2)
        }
    }

    @Test func queueRulesFilter() async throws {
        try await TemporaryStore.with { t in
            _ = try await t.store.importFHIR(try sampleBundle())
            let asOf = TestClock.date("2025-11-20T12:00:00Z")
            let dnfb = try await t.store.createQueue(
                name: "DNFB over 10 days, Medicare inpatient",
                rules: QueueRules(settings: [.inpatient], payers: ["Medicare"], minimumDischargeAgeDays: 10))
            let page = try await t.store.encounters(inQueue: dnfb.id, asOf: asOf, limit: 50, offset: 0)
            // Medicare inpatients discharged on or before 2025-11-10.
            #expect(page.encounters.map(\.identifier) == ["ENC-1001", "ENC-1004", "ENC-1003"])
            let outpatient = try await t.store.createQueue(
                name: "Outpatient", rules: QueueRules(settings: [.outpatient]))
            let out = try await t.store.encounters(inQueue: outpatient.id, asOf: asOf, limit: 50, offset: 0)
            #expect(out.encounters.map(\.identifier) == ["ENC-2001", "ENC-2002"])
            let e = try #require(try await t.store.encounter(identifier: "ENC-1002"))
            _ = try await t.store.appendVersion(
                version(.precode, ["J18.1"], drg: "194", weight: 0.9, confidence: 0.42), encounterID: e.id, userID: nil)
            let low = try await t.store.createQueue(
                name: "Low confidence", rules: QueueRules(drgs: ["194"], maximumConfidence: 0.5))
            #expect(
                try await t.store.encounters(inQueue: low.id, asOf: asOf, limit: 50, offset: 0).encounters.map(
                    \.identifier)
                    == ["ENC-1002"])
            let queues = try await t.store.queues()
            #expect(queues.first { $0.name == "Low confidence" }?.rules.maximumConfidence == 0.5)
        }
    }
}
