import ClaimReview
import Foundation
import Hummingbird
import Offload
import Terminology
import Worklist

/// An encounter, its chart and notes, and the coding of it: versions, review as the coder types, status, submit.
struct EncounterRoutes {
    let state: ServerState

    /// A code set as the coder sends it.
    struct CodeSet: Decodable {
        var diagnoses: [Claim.Diagnosis]
        var procedures: [Claim.Procedure]?

        /// 400 for a code set no claim may hold (``Claim/maximumDiagnoses``, ``Claim/maximumProcedures``).
        func checkLimits() throws {
            if diagnoses.count > Claim.maximumDiagnoses {
                throw APIError(
                    .badRequest, "diagnoses: \(diagnoses.count) codes; a claim holds at most \(Claim.maximumDiagnoses)")
            }
            if let procedures, procedures.count > Claim.maximumProcedures {
                throw APIError(
                    .badRequest,
                    "procedures: \(procedures.count) codes; a claim holds at most \(Claim.maximumProcedures)")
            }
        }
    }

    /// The review of a code set: the findings and the MS-DRG.
    struct Evaluation: Encodable, Sendable {
        var findings: [Finding]
        var grouping: Grouping.Summary?
        var errors: Int
    }

    struct StatusChangeBody: Decodable {
        var status: EncounterStatus
        var pendingReason: PendingReason?
        var note: String?
    }

    func register(_ api: RouterGroup<CoderRequestContext>) {
        let store = state.store
        let engines = state.engines
        // the auditor re-codes blind through every route: the coder's and the engine's code sets, the DRG, the
        // assignment and the names in the history stay hidden (the audit item scores the two afterwards)
        api.get("encounters/:id") { _, context in
            let user = try context.require(anyOf: UserRole.clinical)
            let e = try await Self.requireEncounter(store, try context.parameters.id("id"))
            return JSONBody(user.role == .auditor ? e.blindedForAudit : e)
        }
        api.get("encounters/:id/chart") { _, context in
            let user = try context.require(anyOf: UserRole.clinical)
            let chart = try await store.chart(encounterID: try context.parameters.id("id"), actingUserID: user.id)
            return try await JSONBody(user.role == .auditor ? chart.blindedForAudit : chart).responseOffPool()
        }
        api.get("documents/:id") { _, context in
            let user = try context.require(anyOf: UserRole.clinical)
            return try await JSONBody(
                try await store.document(id: try context.parameters.id("id"), actingUserID: user.id)
            ).responseOffPool()
        }
        api.get("encounters/:id/versions") { _, context in
            let user = try context.require(anyOf: UserRole.clinical)
            let id = try context.parameters.id("id")
            try await Self.requireEncounter(store, id)
            let versions = try await store.versions(encounterID: id)
            return JSONBody(user.role == .auditor ? versions.filter { $0.source == .auditor } : versions)
        }
        api.get("encounters/:id/history") { _, context in
            let user = try context.require(anyOf: UserRole.clinical)
            let id = try context.parameters.id("id")
            try await Self.requireEncounter(store, id)
            let history = try await store.statusHistory(encounterID: id)
            return JSONBody(user.role == .auditor ? history.map(\.blindedForAudit) : history)
        }
        api.get("encounters/:id/pending") { _, context in
            let user = try context.require(anyOf: UserRole.clinical)
            let id = try context.parameters.id("id")
            try await Self.requireEncounter(store, id)
            let items = try await store.pendingItems(encounterID: id)
            return JSONBody(user.role == .auditor ? items.map(\.blindedForAudit) : items)
        }
        api.post("pending/:id/resolve") { _, context in
            let user = try context.require(.coder, .cdi, .manager)
            let id = try context.parameters.id("id")
            guard let item = try await store.pendingItem(id: id) else { throw NotFound("pending item", String(id)) }
            try await Self.requireHolder(
                store, encounter: item.encounterID, user: user, to: "resolve its pending items")
            try await store.resolvePendingItem(id: id, userID: user.id)
            return Response(status: .noContent)
        }
        // the edits and the DRG of a code set, as the coder changes it; nothing is stored
        api.post("encounters/:id/review") { request, context in
            let user = try context.require(.coder, .cdi, .auditor, .manager)
            let codes = try await request.json(CodeSet.self, context: context)
            let claim = try await Self.claim(
                store, encounter: try context.parameters.id("id"), codes: codes, user: user)
            return JSONBody(try await Self.evaluation(engines, claim))
        }
        // a new version of the code set: reviewed, grouped, appended (never overwriting)
        api.post("encounters/:id/versions") { request, context in
            let user = try context.require(.coder, .manager)
            let id = try context.parameters.id("id")
            try await Self.requireHolder(store, encounter: id, user: user, to: "save a version of its code set")
            let codes = try await request.json(CodeSet.self, context: context)
            let version = try await Self.version(
                store, engines, encounter: id, codes: codes, source: .coder, user: user)
            return JSONBody(try await store.appendVersion(version, encounterID: id, userID: user.id), status: .created)
        }
        api.post("encounters/:id/status") { request, context in
            let user = try context.require(.coder, .cdi, .manager)
            let b = try await request.json(StatusChangeBody.self, context: context)
            guard b.status != .coded else {
                throw APIError(.badRequest, "status: use POST /api/encounters/{id}/submit to submit")
            }
            let id = try context.parameters.id("id")
            try await Self.requireHolder(store, encounter: id, user: user, to: "change its status")
            return JSONBody(
                try await store.setStatus(
                    encounterID: id, to: b.status, pendingReason: b.pendingReason,
                    note: b.note,
                    userID: user.id))
        }
        // submit: with a code set (stored as the submitted version) or the latest version as it is
        api.post("encounters/:id/submit") { request, context in
            let user = try context.require(.coder, .manager)
            let id = try context.parameters.id("id")
            try await Self.requireHolder(store, encounter: id, user: user, to: "submit it")
            var version: NewVersion?
            if let codes = try await request.optionalJSON(CodeSet.self, context: context) {
                version = try await Self.version(
                    store, engines, encounter: id, codes: codes, source: .coder, user: user)
            }
            return JSONBody(try await store.submit(encounterID: id, version: version, userID: user.id))
        }
        api.post("encounters/:id/release") { _, context in
            let user = try context.require(.coder, .manager)
            let id = try context.parameters.id("id")
            try await Self.requireHolder(store, encounter: id, user: user, to: "release it")
            try await store.release(encounterID: id, userID: user.id)
            return Response(status: .noContent)
        }
    }

    /// The encounter, or 404: a list of an unknown encounter's items is not an empty list.
    @discardableResult
    static func requireEncounter(_ store: any WorklistStore, _ id: Int64) async throws -> Encounter {
        guard let encounter = try await store.encounter(id: id) else { throw NotFound("encounter", String(id)) }
        return encounter
    }

    /// Object-level authorization: only the user an encounter is assigned to, or a manager, changes it. A coder
    /// claims an unassigned encounter from its queue first, so the work is theirs in the statistics and the audits.
    /// - Throws: 404 for an unknown encounter, 403 (``NotAssigned``) naming the reason.
    @discardableResult
    static func requireHolder(_ store: any WorklistStore, encounter id: Int64, user: User, to action: String)
        async throws -> Encounter
    {
        let encounter = try await requireEncounter(store, id)
        guard user.role == .manager || encounter.assignedCoderID == user.id else {
            throw NotAssigned(
                encounter: encounter.identifier, heldByAnother: encounter.assignedCoderID != nil, action: action)
        }
        return encounter
    }

    /// The claim of an encounter with the given codes and its documents (the chart read is logged).
    static func claim(_ store: any WorklistStore, encounter id: Int64, codes: CodeSet, user: User) async throws -> Claim
    {
        try codes.checkLimits()
        let chart = try await store.chart(encounterID: id, actingUserID: user.id)
        return ServerEngines.claim(
            for: chart.encounter, patient: chart.patient, diagnoses: codes.diagnoses,
            procedures: codes.procedures ?? [],
            documents: chart.documents)
    }

    /// The review and the DRG of a claim, on the worker pool.
    static func evaluation(_ engines: ServerEngines, _ claim: Claim) async throws -> Evaluation {
        try await WorkerPool.compute.run { evaluationHere(engines, claim) }
    }

    /// The review and the DRG of a claim on the calling thread (one already on the worker pool).
    static func evaluationHere(_ engines: ServerEngines, _ claim: Claim) -> Evaluation {
        let (findings, grouping) = engines.evaluate(claim)
        return Evaluation(
            findings: findings, grouping: grouping, errors: findings.filter { $0.severity == .error }.count)
    }

    /// A version of the code set, with its review and DRG.
    static func version(
        _ store: any WorklistStore, _ engines: ServerEngines, encounter id: Int64, codes: CodeSet,
        source: VersionSource,
        user: User
    ) async throws -> NewVersion {
        let claim = try await Self.claim(store, encounter: id, codes: codes, user: user)
        let (findings, grouping) = try await engines.evaluated(claim)
        return NewVersion(
            source: source, diagnoses: claim.diagnoses, procedures: claim.procedures, drg: grouping?.drg,
            weight: grouping?.weight, ccMcc: grouping.flatMap { CCMCCLevel(rawValue: $0.ccMcc) }, findings: findings)
    }
}
