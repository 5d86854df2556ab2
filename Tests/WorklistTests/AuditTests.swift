import Foundation
import Terminology
import Testing
import Worklist

@Suite struct AuditTests {
    static let candidates: [AuditCandidate] = (1...200).map { (i: Int) -> AuditCandidate in
        let drg: String = i % 5 < 3 ? "291" : "292"
        let confidence: Double = Double(i % 10) / 10
        return AuditCandidate(
            encounterID: Int64(i), coderID: Int64(i % 2 + 1), versionID: Int64(1000 + i), drg: drg,
            confidence: confidence)
    }

    @Test func sampleIsReproducibleFromTheSeedAndChangesWithIt() {
        let request = AuditSampleRequest(seed: 42, size: .count(10))
        let a = AuditSampler.draw(Self.candidates, request: request)
        let b = AuditSampler.draw(Self.candidates.reversed(), request: request)
        let c = AuditSampler.draw(Self.candidates, request: AuditSampleRequest(seed: 43, size: .count(10)))
        #expect(a == b)
        #expect(a.count == 20)  // 10 per coder
        #expect(a.map(\.encounterID) != c.map(\.encounterID))
        #expect(Dictionary(grouping: a, by: \.coderID).mapValues(\.count) == [1: 10, 2: 10])
    }

    @Test func aRequestsSeedIsAtMostTheDocumentedMaximum() throws {
        // the OpenAPI document states 2^63 - 1 (the largest integer its readers take); a larger seed is refused
        let largest = Data(#"{"seed":9223372036854775807,"size":{"count":1}}"#.utf8)
        #expect(try JSONDecoder().decode(AuditSampleRequest.self, from: largest).seed == UInt64(Int64.max))
        let larger = Data(#"{"seed":9223372036854775808,"size":{"count":1}}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(AuditSampleRequest.self, from: larger) }
    }

    @Test func splitMix64KnownValues() {
        var g = SplitMix64(seed: 0)
        // Reference values of SplitMix64 seeded with 0.
        #expect(g.next() == 0xE220_A839_7B1D_CDAF)
        #expect(g.next() == 0x6E78_9E6A_A1B9_65F4)
    }

    @Test func stratifiedSamplesAreProportional() {
        let byDRG = AuditSampler.draw(
            Self.candidates, request: AuditSampleRequest(seed: 7, size: .count(10), stratification: .drg))
        for coder in [Int64(1), 2] {
            let mine = byDRG.filter { $0.coderID == coder }
            #expect(mine.filter { $0.drg == "291" }.count == 6)
            #expect(mine.filter { $0.drg == "292" }.count == 4)
        }
        let byCoder = AuditSampler.draw(
            Self.candidates, request: AuditSampleRequest(seed: 7, size: .percentage(5), stratification: .coder))
        #expect(byCoder.count == 10)
        #expect(byCoder.filter { $0.coderID == 1 }.count == 5)
        let byBand = AuditSampler.draw(
            Self.candidates, request: AuditSampleRequest(seed: 7, size: .count(10), stratification: .confidenceBand))
        // Coder 1 has the even encounters: confidences 0, 0.2, 0.4 (60%), 0.6 (20%), 0.8 (20%) -> 6, 2, 2.
        let coder1 = byBand.filter { $0.coderID == 1 }
        #expect(coder1.filter { AuditSampler.confidenceBand($0.confidence) == "<0.5" }.count == 6)
        #expect(coder1.filter { AuditSampler.confidenceBand($0.confidence) == "0.5-0.8" }.count == 2)
        #expect(coder1.filter { AuditSampler.confidenceBand($0.confidence) == ">=0.8" }.count == 2)
    }

    static func v(_ dx: [Claim.Diagnosis], _ px: [String], drg: String, weight: Double) -> CodeSetVersion {
        CodeSetVersion(
            id: 1, encounterID: 1, number: 1, userID: nil, createdBy: "x", createdAt: Date(), source: .coder,
            engineVersion: nil, diagnoses: dx, procedures: px.map { Claim.Procedure(code: $0) }, drg: drg,
            weight: weight, ccMcc: nil, confidence: nil, findings: [])
    }

    @Test func scoresOnAKnownPair() {
        let coder = Self.v(
            [
                .init(code: "I50.23", poa: "Y"), .init(code: "I11.0", poa: "Y"), .init(code: "E11.9", poa: "Y"),
                .init(code: "R06.00", poa: "Y"),
            ],
            ["5A1955Z"], drg: "292", weight: 0.9)
        let auditor = Self.v(
            [
                .init(code: "I11.0", poa: "Y"), .init(code: "I50.23", poa: "Y"), .init(code: "E11.9", poa: "N"),
                .init(code: "N17.9", poa: "N"), .init(code: "E87.1", poa: "Y"),
            ],
            ["5A1955Z", "0BH17EZ"], drg: "291", weight: 1.3)
        let s = AuditScoring.score(coder: coder, auditor: auditor)
        #expect(s.diagnosisPrecision == 0.75)  // 3 of the coder's 4
        #expect(s.diagnosisRecall == 0.6)  // 3 of the auditor's 5
        #expect(s.procedurePrecision == 1)
        #expect(s.procedureRecall == 0.5)
        #expect(s.principalDiagnosisChanged)
        #expect(s.drgChanged)
        #expect(abs(s.weightDifference - 0.4) < 1e-9)
        #expect(s.poaMismatches == ["E11.9"])
        #expect(s.missedCodes == ["0BH17EZ", "E87.1", "N17.9"])
        #expect(s.extraCodes == ["R06.00"])
    }

    @Test func suggestionOutcomeCategories() {
        let precode = Self.v(
            [.init(code: "I50.9"), .init(code: "I10"), .init(code: "J18.9")], ["0SRS0J9"], drg: "1", weight: 1)
        let submitted = Self.v(
            [.init(code: "I50.23"), .init(code: "I10"), .init(code: "N17.9")], ["0SRS0J9"], drg: "1", weight: 1)
        let o = AuditScoring.outcome(suggested: precode, submitted: submitted)
        #expect(o == SuggestionOutcome(encounters: 1, accepted: 2, edited: 1, removed: 1, added: 1))
    }

    @Test func auditFlowThroughTheStore() async throws {
        try await TemporaryStore.with { t in
            let coders = [try await t.user("c1"), try await t.user("c2")]
            let auditor = try await t.user("aud", .auditor)
            let rows = (0..<12).map { (id: "A\($0)", discharge: "2025-11-0\($0 % 9 + 1)") }
            let es = try await t.encounters(rows)
            for (i, e) in es.enumerated() {
                let coder = coders[i % 2]
                _ = try await t.store.setStatus(
                    encounterID: e.id, to: .inProgress, pendingReason: nil, note: nil, userID: coder.id)
                _ = try await t.store.submit(
                    encounterID: e.id,
                    version: version(.coder, ["I50.23", "I11.0"], drg: "291", weight: 1.3, ccMcc: .mcc),
                    userID: coder.id)
            }
            let request = AuditSampleRequest(seed: 99, size: .percentage(50), excludeAlreadySampled: false)
            let s1 = try await t.store.createAuditSample(request, userID: auditor.id)
            let s2 = try await t.store.createAuditSample(request, userID: auditor.id)
            let s3 = try await t.store.createAuditSample(
                AuditSampleRequest(seed: 100, size: .percentage(50), excludeAlreadySampled: false), userID: auditor.id)
            #expect(s1.items.count == 6)
            #expect(s1.items.map(\.encounterID) == s2.items.map(\.encounterID))
            #expect(Set(s1.items.map(\.encounterID)) != Set(s3.items.map(\.encounterID)))
            #expect(s1.seed == 99)
            #expect(try await t.store.auditSample(id: s1.id)?.criteria == request)
            // A fresh sample that excludes sampled encounters draws from the rest only.
            let s4 = try await t.store.createAuditSample(
                AuditSampleRequest(seed: 1, size: .count(100)), userID: auditor.id)
            let sampledBefore = Set((s1.items + s2.items + s3.items).map(\.encounterID))
            #expect(Set(s4.items.map(\.encounterID)).isDisjoint(with: sampledBefore))

            let item = s1.items[0]
            await #expect(throws: PermissionDenied.self) {
                try await t.store.recordAudit(
                    itemID: item.id, version: version(.auditor, ["I11.0"]), auditorID: item.coderID)
            }
            let scored = try await t.store.recordAudit(
                itemID: item.id, version: version(.auditor, ["I11.0", "I50.23", "N17.9:N"], drg: "291", weight: 1.3),
                auditorID: auditor.id)
            let score = try #require(scored.score)
            #expect(score.diagnosisPrecision == 1)
            #expect(abs(score.diagnosisRecall - 2.0 / 3) < 1e-9)
            #expect(score.principalDiagnosisChanged)
            #expect(!score.drgChanged)
            let other = coders.first { $0.id != item.coderID }!
            await #expect(throws: PermissionDenied.self) {
                try await t.store.rebut(itemID: item.id, text: "no", coderID: other.id)
            }
            let rebutted = try await t.store.rebut(
                itemID: item.id, text: "N17.9 is not documented by the provider", coderID: item.coderID)
            #expect(rebutted.rebuttal != nil)
            let decided = try await t.store.decide(
                itemID: item.id, decision: .coderUpheld, note: "agreed", auditorID: auditor.id)
            #expect(decided.decision == .coderUpheld)
            #expect(try await t.store.encounter(id: item.encounterID)?.status == .audited)
            let versions = try await t.store.versions(encounterID: item.encounterID)
            #expect(versions.map(\.source) == [.coder, .auditor])

            let cards = try await t.store.scorecards(from: nil, to: nil)
            let card = try #require(cards.first { $0.coderID == item.coderID })
            #expect(cards.count == 1)
            #expect(card.audited == 1)
            #expect(card.principalChangedRate == 1)
            #expect(card.rebuttals == 1)
            #expect(card.rebuttalsUpheld == 1)
            let accuracy = try await t.store.auditAccuracy()
            #expect(accuracy.map(\.month) == ["2025-11"])
            #expect(accuracy.first?.drgAccuracy == 1)
            #expect(abs((accuracy.first?.codeAccuracy ?? 0) - (0.8 + 1) / 2) < 1e-9)
        }
    }
}
