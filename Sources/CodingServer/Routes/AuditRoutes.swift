import Foundation
import Hummingbird
import Worklist

/// Audit samples, blind re-coding, rebuttal and decision, scorecards.
struct AuditRoutes {
    let state: ServerState

    struct Rebuttal: Decodable { var text: String }
    struct Decision: Decodable {
        var decision: AuditDecision
        var note: String?
    }

    func register(_ api: RouterGroup<CoderRequestContext>) {
        let store = state.store
        let engines = state.engines
        api.post("audits") { request, context in
            let user = try context.require(.auditor, .manager)
            let b = try await request.json(AuditSampleRequest.self, context: context)
            return JSONBody(try await store.createAuditSample(b, userID: user.id), status: .created)
        }
        api.get("audits/:id") { _, context in
            _ = try context.require(.auditor, .manager)
            let id = try context.parameters.id("id")
            guard let s = try await store.auditSample(id: id) else { throw NotFound("audit sample", String(id)) }
            return JSONBody(s)
        }
        // the auditor's blind re-coding: reviewed and grouped like a coder's, then scored against the coder's version
        api.post("audit-items/:id/recode") { request, context in
            let user = try context.require(.auditor)
            let itemID = try context.parameters.id("id")
            let codes = try await request.json(EncounterRoutes.CodeSet.self, context: context)
            let encounterID = try await Self.encounter(of: itemID, store: store)
            let version = try await EncounterRoutes.version(
                store, engines, encounter: encounterID, codes: codes, source: .auditor, user: user)
            return JSONBody(try await store.recordAudit(itemID: itemID, version: version, auditorID: user.id))
        }
        api.post("audit-items/:id/rebut") { request, context in
            let user = try context.require(.coder)
            let b = try await request.json(Rebuttal.self, context: context)
            return JSONBody(
                try await store.rebut(itemID: try context.parameters.id("id"), text: b.text, coderID: user.id))
        }
        api.post("audit-items/:id/decide") { request, context in
            let user = try context.require(.auditor)
            let b = try await request.json(Decision.self, context: context)
            return JSONBody(
                try await store.decide(
                    itemID: try context.parameters.id("id"), decision: b.decision, note: b.note, auditorID: user.id))
        }
        api.get("scorecards") { _, context in
            _ = try context.require(.auditor, .manager)
            return JSONBody(try await store.scorecards(from: nil, to: nil))
        }
    }

    /// The encounter an audit item belongs to.
    static func encounter(of itemID: Int64, store: any WorklistStore) async throws -> Int64 {
        guard let item = try await store.auditItem(id: itemID) else { throw NotFound("audit item", String(itemID)) }
        return item.encounterID
    }
}
