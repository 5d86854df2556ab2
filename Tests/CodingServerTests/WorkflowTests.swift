import CodingServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import Worklist

/// The day of a department through the API: import, pre-code, claim, code, hold, query, submit, audit; every status
/// transition, the access log, and no patient in the application log.
@Suite(.serialized) struct WorkflowTests {
    func json(_ data: Data) -> Any? { try? JSONSerialization.jsonObject(with: data) }

    @Test func importPrecodeClaimCodeSubmitAudit() async throws {
        let logs = LogStore()
        try await ServerFixture.withService(logs: logs) { store, state, client in
            // every response below is checked against the schema the OpenAPI document gives it
            let (_, document) = try await Session(client: client, token: nil).call(.get, "/openapi.json")
            let spec = try OpenAPIConformance(document)
            let manager = try await Session.signIn(client, as: .manager, spec: spec)
            let bundle = String(decoding: ServerFixture.sampleBundle, as: UTF8.self)
            let first = try await manager.object(.post, "/api/import", json: bundle)
            #expect((first["imported"] as? [Any])?.count == 8)
            // idempotent: the same bundle again updates, never duplicates
            let again = try await manager.object(.post, "/api/import", json: bundle)
            #expect((again["imported"] as? [Any])?.count == 0 && (again["updated"] as? [Any])?.count == 8)

            // pre-coding in the background, its progress visible
            let job = try await manager.object(.post, "/api/precode", json: "{}")
            let jobID = try #require(job["id"] as? Int)
            var jobState = ""
            for _ in 0..<600 {
                let j = try await manager.object(.get, "/api/jobs/\(jobID)")
                jobState = j["state"] as? String ?? ""
                if jobState == "done" || jobState == "failed" { break }
                try await Task.sleep(for: .milliseconds(100))
            }
            #expect(jobState == "done")
            let enc1001 = try #require(try await store.encounter(identifier: "ENC-1001"))
            #expect(enc1001.status == .precoded && enc1001.latestVersion == 1)
            let precoded = try await store.versions(encounterID: enc1001.id)
            #expect(precoded.first?.source == .precode && precoded.first?.engineVersion?.contains("opencoder") == true)
            #expect(precoded.first?.diagnoses.isEmpty == false)

            // a queue, and two coders claiming from it: never the same encounter
            let queue = try await manager.object(
                .post, "/api/queues", json: #"{"name":"Inpatient","rules":{"settings":["inpatient"]}}"#)
            let queueID = try #require(queue["id"] as? Int)
            let coder = try await Session.signIn(client, as: .coder, spec: spec)
            let cdi = try await Session.signIn(client, as: .cdi, spec: spec)
            let claimed = try await coder.object(.post, "/api/queues/\(queueID)/claim")
            let other = try await cdi.object(.post, "/api/queues/\(queueID)/claim")
            let id = try #require(claimed["id"] as? Int)
            #expect(claimed["status"] as? String == "inProgress" && other["id"] as? Int != id)
            // the coder gets the same one back
            #expect(try await coder.object(.post, "/api/queues/\(queueID)/claim")["id"] as? Int == id)

            // the chart (logged), then coding: each change a version with its edits and DRG
            let chart = try await coder.object(.get, "/api/encounters/\(id)/chart")
            #expect(((chart["documents"] as? [Any])?.count ?? 0) >= 1)
            let bad = try await coder.object(
                .post, "/api/encounters/\(id)/versions", json: #"{"diagnoses":[{"code":"I50.9"},{"code":"E11"}]}"#)
            let findings = (bad["findings"] as? [[String: Any]]) ?? []
            #expect(findings.contains { $0["rule"] as? String == "code.header" })
            // submit refused while an error remains
            let (blocked, why) = try await coder.call(.post, "/api/encounters/\(id)/submit")
            #expect(blocked == .conflict && String(decoding: why, as: UTF8.self).contains("cannot submit"))

            // on hold for a physician query, back in progress when answered
            let held = try await coder.object(
                .post, "/api/encounters/\(id)/status",
                json: #"{"status":"onHold","pendingReason":"physicianQuery","note":"HF type"}"#)
            #expect(held["status"] as? String == "onHold")
            let pending = try #require(
                try await store.pendingItems(encounterID: Int64(id)).first { $0.resolvedAt == nil })
            #expect(try await coder.call(.post, "/api/pending/\(pending.id)/resolve").0 == .noContent)
            _ = try await coder.object(.post, "/api/encounters/\(id)/status", json: #"{"status":"inProgress"}"#)

            // the review as the coder types, then the final code set
            // ENC-1001: acute on chronic systolic heart failure in hypertensive heart disease (I.C.9.a.1), ischemic
            // cardiomyopathy, type 2 diabetes
            #expect(claimed["identifier"] as? String == "ENC-1001")
            let codes =
                #"{"diagnoses":[{"code":"I11.0","poa":"Y"},{"code":"I50.23","poa":"Y"},{"code":"I25.5","poa":"Y"},{"code":"E11.9","poa":"Y"}],"procedures":[]}"#
            let review = try await coder.object(.post, "/api/encounters/\(id)/review", json: codes)
            #expect((review["grouping"] as? [String: Any])?["drg"] != nil)
            let (submitted, submitBody) = try await coder.call(.post, "/api/encounters/\(id)/submit", json: codes)
            let errorsLeft = (review["errors"] as? Int) ?? 0
            if errorsLeft == 0 {
                #expect(submitted == .ok, "\(String(decoding: submitBody, as: UTF8.self))")
                #expect(try await store.encounter(id: Int64(id))?.status == .coded)
                // a coded encounter does not go back to new
                let (forbidden, msg) = try await coder.call(
                    .post, "/api/encounters/\(id)/status", json: #"{"status":"new"}"#)
                #expect(
                    forbidden == .conflict
                        && String(decoding: msg, as: UTF8.self).contains("cannot move from coded to new"))
            } else {
                Issue.record("the final code set still has errors: \(String(describing: review["findings"]))")
            }

            // the history is readable and nothing was overwritten
            let versions = try await store.versions(encounterID: Int64(id))
            #expect(versions.map(\.number) == Array(1...versions.count) && versions.count >= 3)

            // the audit: a sample from a seed, blind re-coding, scores, rebuttal, decision → audited
            let auditor = try await Session.signIn(client, as: .auditor, spec: spec)
            let sample = try await auditor.object(.post, "/api/audits", json: #"{"seed":7,"size":{"count":1}}"#)
            let items = try #require(sample["items"] as? [[String: Any]])
            let item = try #require(items.first { $0["encounterID"] as? Int == id })
            let itemID = try #require(item["id"] as? Int)
            let scored = try await auditor.object(
                .post, "/api/audit-items/\(itemID)/recode",
                json:
                    #"{"diagnoses":[{"code":"I11.0","poa":"Y"},{"code":"I50.23","poa":"Y"},{"code":"I25.5","poa":"Y"},{"code":"E11.9","poa":"Y"},{"code":"I34.0","poa":"Y"}],"procedures":[]}"#
            )
            let score = try #require(scored["score"] as? [String: Any])
            // the auditor added the mitral regurgitation: the coder's codes were all right, one was missing
            #expect(score["diagnosisPrecision"] as? Double == 1.0 && score["diagnosisRecall"] as? Double == 0.8)
            #expect(
                score["missedCodes"] as? [String] == ["I34.0"] && score["principalDiagnosisChanged"] as? Bool == false)
            _ = try await coder.object(
                .post, "/api/audit-items/\(itemID)/rebut",
                json: #"{"text":"The echo report is not a provider's diagnosis"}"#)
            _ = try await auditor.object(
                .post, "/api/audit-items/\(itemID)/decide", json: #"{"decision":"coderUpheld"}"#)
            #expect(try await store.encounter(id: Int64(id))?.status == .audited)

            // the access log: who read which chart, for the admin only
            let admin = try await Session.signIn(client, as: .admin, spec: spec)
            let (ls, log) = try await admin.call(.get, "/api/access-log?encounter=\(id)")
            #expect(ls == .ok)
            let rows = try #require(json(log) as? [[String: Any]])
            #expect(rows.contains { $0["action"] as? String == "chart" })

            // statistics
            let stats = try await manager.object(.get, "/api/stats?from=2025-10-01&to=2025-12-31")
            #expect(stats["caseMix"] != nil && stats["backlog"] != nil)
        }
        // nothing of a patient in the application log: names, record numbers, birth dates, note text
        let lines = logs.all.joined(separator: "\n")
        #expect(!lines.isEmpty)
        for phi in ["Hartwell", "Okafor", "MRN-200101", "1948-03-14", "BNP"] {
            #expect(!lines.contains(phi), "the application log holds \(phi)")
        }
    }
}

/// Every allowed status transition through the API, and forbidden ones refused with from and to named.
@Suite(.serialized) struct TransitionTests {
    @Test func everyTransitionThroughTheAPI() async throws {
        try await ServerFixture.withService { store, _, client in
            let manager = try await Session.signIn(client, as: .manager)
            // a manager may move any encounter; a coder only those assigned to them (AuthorizationTests)
            _ = try await manager.object(
                .post, "/api/import", json: String(decoding: ServerFixture.sampleBundle, as: UTF8.self))
            func id(_ identifier: String) async throws -> Int64 {
                try #require(try await store.encounter(identifier: identifier)).id
            }
            func move(_ e: Int64, _ body: String) async throws -> String? {
                try await manager.object(.post, "/api/encounters/\(e)/status", json: body)["status"] as? String
            }
            let a = try await id("ENC-1001")
            let b = try await id("ENC-1002")
            let c = try await id("ENC-1003")
            // new → onHold → inProgress; new → inProgress
            #expect(try await move(a, #"{"status":"onHold","pendingReason":"missingDocumentation"}"#) == "onHold")
            let pending = try #require(try await store.pendingItems(encounterID: a).first)
            _ = try await manager.call(.post, "/api/pending/\(pending.id)/resolve")
            #expect(try await move(a, #"{"status":"inProgress"}"#) == "inProgress")
            #expect(try await move(b, #"{"status":"inProgress"}"#) == "inProgress")
            // new → precoded (the engine), precoded → onHold, and precoded → inProgress
            let job = try await manager.object(.post, "/api/precode", json: "{\"encounterIDs\":[\(c)]}")
            for _ in 0..<300 {
                if try await store.encounter(id: c)?.status == .precoded { break }
                try await Task.sleep(for: .milliseconds(100))
            }
            let precodedC = try await store.encounter(id: c)?.status
            #expect(job["total"] as? Int == 1 && precodedC == .precoded)
            #expect(try await move(c, #"{"status":"onHold","pendingReason":"awaitingResults"}"#) == "onHold")
            let d = try await id("ENC-1004")
            _ = try await manager.object(.post, "/api/precode", json: "{\"encounterIDs\":[\(d)]}")
            for _ in 0..<300 {
                if try await store.encounter(id: d)?.status == .precoded { break }
                try await Task.sleep(for: .milliseconds(100))
            }
            #expect(try await move(d, #"{"status":"inProgress"}"#) == "inProgress")
            // inProgress → onHold needs its reason; without one it is refused
            let (noReason, why) = try await manager.call(
                .post, "/api/encounters/\(b)/status", json: #"{"status":"onHold"}"#)
            #expect(noReason.code >= 400 && String(decoding: why, as: UTF8.self).lowercased().contains("reason"))
            #expect(try await move(b, #"{"status":"onHold","pendingReason":"physicianQuery"}"#) == "onHold")
            // inProgress → coded (submit), coded → inProgress (reopened), and back to coded
            let codes =
                #"{"diagnoses":[{"code":"I11.0","poa":"Y"},{"code":"I50.23","poa":"Y"},{"code":"I25.5","poa":"Y"},{"code":"E11.9","poa":"Y"}]}"#
            #expect(
                try await manager.object(.post, "/api/encounters/\(a)/submit", json: codes)["status"] as? String
                    == "coded")
            #expect(try await move(a, #"{"status":"inProgress","note":"late pathology report"}"#) == "inProgress")
            #expect(try await manager.object(.post, "/api/encounters/\(a)/submit")["status"] as? String == "coded")
            // forbidden: onHold → coded, coded → new
            let (held, heldWhy) = try await manager.call(.post, "/api/encounters/\(b)/submit", json: codes)
            #expect(held == .conflict && String(decoding: heldWhy, as: UTF8.self).contains("onHold"))
            let (back, backWhy) = try await manager.call(
                .post, "/api/encounters/\(a)/status", json: #"{"status":"new"}"#)
            #expect(
                back == .conflict && String(decoding: backWhy, as: UTF8.self).contains("cannot move from coded to new"))
            // the history holds each move with its user
            let history = try await store.statusHistory(encounterID: a)
            #expect(history.map(\.to) == [.new, .onHold, .inProgress, .coded, .inProgress, .coded])
        }
    }
}
