import Foundation
import Terminology
import Testing
import Worklist

@Suite struct StatisticsTests {
    @Test func statisticsOnASmallKnownDataset() async throws {
        try await TemporaryStore.with { t in
            let s = t.store
            let csv = """
                encounter_id,mrn,patient_name,birth_date,setting,admit_date,discharge_date
                D1,M1,"One, A",1950-01-01,inpatient,2025-11-01,2025-11-03
                D2,M2,"Two, B",1951-01-01,inpatient,2025-11-01,2025-11-05
                D3,M3,"Three, C",1952-01-01,inpatient,2025-11-02,2025-11-05
                D4,M4,"Four, D",1953-01-01,inpatient,2025-11-02,
                D5,M5,"Five, E",1954-01-01,inpatient,2025-10-01,2025-10-10
                """
            _ = try await s.importCSV(Data(csv.utf8))
            let c1 = try await t.user("c1")
            let c2 = try await t.user("c2")
            let cdi = try await t.user("cdi", .cdi)
            var e: [String: Encounter] = [:]
            for id in ["D1", "D2", "D3", "D4", "D5"] { e[id] = try await s.encounter(identifier: id) }

            #expect(
                try await s.census(from: "2025-11-01", to: "2025-11-05") == [
                    DailyCensus(day: "2025-11-01", admissions: 2, discharges: 0),
                    DailyCensus(day: "2025-11-02", admissions: 2, discharges: 0),
                    DailyCensus(day: "2025-11-03", admissions: 0, discharges: 1),
                    DailyCensus(day: "2025-11-04", admissions: 0, discharges: 0),
                    DailyCensus(day: "2025-11-05", admissions: 0, discharges: 2),
                ])

            for id in ["D1", "D2", "D3"] {
                _ = try await s.appendVersion(
                    id == "D2" ? version(.precode, ["J44.1"]) : version(.precode, ["I50.9", "I10", "J18.9"]),
                    encounterID: e[id]!.id, userID: nil)
            }
            // Queries: D1 answered in 4 h, D2 in 10 h.
            let question = PhysicianQuery(topic: "t", queriedCode: nil, question: "q?", indicators: [], options: [])
            for (id, hours) in [("D1", 4.0), ("D2", 10.0)] {
                let q = try await s.createQuery(encounterID: e[id]!.id, question: question, userID: cdi.id)
                _ = try await s.advanceQuery(id: q.id, to: .sent, answer: nil, physician: nil, userID: cdi.id)
                t.clock.advance(hours * 3600)
                _ = try await s.advanceQuery(id: q.id, to: .answered, answer: "yes", physician: "Dr X", userID: cdi.id)
            }

            t.clock.set(TestClock.date("2025-11-20T10:00:00Z"))
            _ = try await s.setStatus(
                encounterID: e["D1"]!.id, to: .inProgress, pendingReason: nil, note: nil, userID: c1.id)
            _ = try await s.submit(
                encounterID: e["D1"]!.id,
                version: version(.coder, ["I50.23", "I10", "N17.9"], drg: "291", weight: 1.3, ccMcc: .mcc),
                userID: c1.id)
            t.clock.set(TestClock.date("2025-11-21T10:00:00Z"))
            _ = try await s.setStatus(
                encounterID: e["D2"]!.id, to: .inProgress, pendingReason: nil, note: nil, userID: c2.id)
            _ = try await s.submit(
                encounterID: e["D2"]!.id,
                version: version(.coder, ["J44.1", "F17.210"], drg: "192", weight: 0.7, ccMcc: CCMCCLevel.none),
                userID: c2.id)

            let backlog = try await s.backlog(asOf: TestClock.date("2025-11-20T12:00:00Z"))
            #expect(backlog.byStatus == [.new: 2, .precoded: 1, .inProgress: 0, .onHold: 0, .coded: 2, .audited: 0])
            #expect(backlog.dnfbByAge == [.days0to3: 0, .days4to7: 0, .days8to14: 0, .days15to30: 1, .over30: 1])
            #expect(backlog.dnfbTotal == 2)

            #expect(
                try await s.codedPerCoderPerDay(from: "2025-11-20", to: "2025-11-21") == [
                    CoderDayCount(coderID: c1.id, username: "c1", day: "2025-11-20", coded: 1),
                    CoderDayCount(coderID: c2.id, username: "c2", day: "2025-11-21", coded: 1),
                ])

            let mix = try await s.caseMix(from: "2025-11-01", to: "2025-11-30")
            #expect(mix.encounters == 2)
            #expect(abs(mix.caseMixIndex - 1.0) < 1e-9)
            #expect(mix.withMCC == 1)
            #expect(mix.withCC == 0)
            #expect(mix.ccMccCaptureRate == 0.5)

            let outcome = try await s.suggestionOutcome(from: "2025-11-01", to: "2025-11-30")
            #expect(outcome == SuggestionOutcome(encounters: 2, accepted: 2, edited: 1, removed: 1, added: 2))

            let queries = try await s.queryStatistics(from: "2025-11-01", to: "2025-11-05")
            #expect(queries.encounters == 3)
            #expect(queries.encountersQueried == 2)
            #expect(abs(queries.queryRate - 2.0 / 3) < 1e-9)
            #expect(queries.answered == 2)
            #expect(queries.medianTurnaroundHours == 7)

            // Codable values: the backlog encodes its keys as names.
            let json = String(decoding: try JSONEncoder().encode(backlog), as: UTF8.self)
            #expect(json.contains("\"15-30\":1"))
            #expect(json.contains("\"coded\":2"))
        }
    }

    @Test(arguments: [
        (0, DNFBAgeBucket.days0to3), (3, .days0to3), (4, .days4to7), (8, .days8to14), (30, .days15to30), (31, .over30),
    ])
    func ageBuckets(days: Int, bucket: DNFBAgeBucket) {
        #expect(DNFBAgeBucket(days: days) == bucket)
    }
}
