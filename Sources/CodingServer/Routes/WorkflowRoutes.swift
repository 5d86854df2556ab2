import ClaimReview
import Foundation
import Hummingbird
import Terminology
import Worklist

/// Queues and claiming, and physician queries.
struct WorkflowRoutes {
    let state: ServerState

    struct NewQueue: Decodable {
        var name: String
        var rules: QueueRules
    }

    /// A query from the review's findings (`rule`, e.g. `cdi.heart-failure-type-acuity`), or written out.
    struct NewQuery: Decodable {
        var rule: String?
        var query: PhysicianQuery?
    }

    struct Advance: Decodable {
        var state: QueryState
        var answer: String?
        var physician: String?
    }

    func register(_ api: RouterGroup<CoderRequestContext>) {
        let store = state.store
        let engines = state.engines
        api.get("queues") { _, context in
            _ = try context.require(anyOf: UserRole.clinical)
            return JSONBody(try await store.queues())
        }
        api.post("queues") { request, context in
            _ = try context.require(.manager)
            let b = try await request.json(NewQueue.self, context: context)
            return JSONBody(try await store.createQueue(name: b.name, rules: b.rules), status: .created)
        }
        api.get("queues/:id/encounters") { request, context in
            _ = try context.require(anyOf: UserRole.clinical)
            let limit = min(max(request.uri.queryParameters.get("limit", as: Int.self) ?? 50, 1), 500)
            let offset = max(request.uri.queryParameters.get("offset", as: Int.self) ?? 0, 0)
            return JSONBody(
                try await store.encounters(
                    inQueue: try context.parameters.id("id"), asOf: Date(), limit: limit, offset: offset))
        }
        // the next encounter of the queue for this coder; 204 when the queue is empty
        api.post("queues/:id/claim") { _, context in
            let user = try context.require(.coder, .cdi)
            guard
                let e = try await store.claimNext(
                    queueID: try context.parameters.id("id"), coderID: user.id, asOf: Date())
            else {
                return Response(status: .noContent)
            }
            return try JSONBody(e).response()
        }
        api.get("encounters/:id/queries") { _, context in
            let user = try context.require(anyOf: UserRole.clinical)
            let id = try context.parameters.id("id")
            try await EncounterRoutes.requireEncounter(store, id)
            let queries = try await store.queries(encounterID: id)
            return JSONBody(user.role == .auditor ? queries.map(\.blindedForAudit) : queries)
        }
        api.post("encounters/:id/queries") { request, context in
            let user = try context.require(.coder, .cdi)
            let id = try context.parameters.id("id")
            let b = try await request.json(NewQuery.self, context: context)
            let question: PhysicianQuery
            if let q = b.query {
                question = q
            } else if let rule = b.rule {
                // the query the review writes for the latest code set and the documents
                let chart = try await store.chart(encounterID: id, actingUserID: user.id)
                let latest = chart.latestVersion
                let claim = ServerEngines.claim(
                    for: chart.encounter, patient: chart.patient, diagnoses: latest?.diagnoses ?? [],
                    procedures: latest?.procedures ?? [], documents: chart.documents)
                guard let q = try await engines.evaluated(claim).findings.first(where: { $0.rule == rule })?.query
                else {
                    throw APIError(
                        .unprocessableContent,
                        "rule \(rule): the review raises no query of that rule for this encounter")
                }
                question = q
            } else {
                throw APIError(.badRequest, "request body: give \"rule\" (a CDI rule of the review) or \"query\"")
            }
            return JSONBody(
                try await store.createQuery(encounterID: id, question: question, userID: user.id), status: .created)
        }
        api.post("queries/:id/advance") { request, context in
            let user = try context.require(.coder, .cdi, .manager)
            let b = try await request.json(Advance.self, context: context)
            return JSONBody(
                try await store.advanceQuery(
                    id: try context.parameters.id("id"), to: b.state, answer: b.answer, physician: b.physician,
                    userID: user.id))
        }
    }
}
