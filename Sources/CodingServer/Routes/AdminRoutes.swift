import Foundation
import Hummingbird
import Offload
import Terminology
import Worklist

/// Import, pre-coding jobs, statistics, duplicate patients and the access log.
struct AdminRoutes {
    let state: ServerState

    struct PrecodeRequest: Decodable {
        /// The encounters to pre-code; all encounters still `new` when absent.
        var encounterIDs: [Int64]?
    }

    /// The department's figures over a discharge-date range.
    struct Statistics: Encodable, Sendable {
        var from: String
        var to: String
        var census: [DailyCensus]
        var backlog: Backlog
        var codedPerCoderPerDay: [CoderDayCount]
        var caseMix: CaseMix
        var suggestionOutcome: SuggestionOutcome
        var queries: QueryStatistics
        var auditAccuracy: [AuditAccuracy]
    }

    func register(_ api: RouterGroup<CoderRequestContext>) {
        let store = state.store
        let jobs = state.jobs
        // a FHIR R4 Bundle (application/json or application/fhir+json) or a CSV of encounters (text/csv)
        api.post("import") { request, context in
            let user = try context.require(.manager, .admin)
            let data = try await request.data(context: context)
            let type = request.headers[.contentType]?.lowercased() ?? "application/json"
            // parsing a large bundle is CPU work: on the worker pool
            let batch = try await WorkerPool.compute.run {
                type.hasPrefix("text/csv")
                    ? try CSVEncounterImporter.parse(data, source: "upload.csv")
                    : try FHIRBundleImporter.parse(data, source: "bundle")
            }
            return JSONBody(try await store.apply(batch, importedBy: user.id))
        }
        api.post("precode") { request, context in
            let user = try context.require(.manager, .admin)
            let ids = try await request.optionalJSON(PrecodeRequest.self, context: context)?.encounterIDs
            let job = try await jobs.start(encounterIDs: ids, userID: user.id)
            return JSONBody(job, status: .accepted)
        }
        api.get("jobs") { _, context in
            _ = try context.require(.manager, .admin)
            return JSONBody(try await store.jobs())
        }
        api.get("jobs/:id") { _, context in
            _ = try context.require(.manager, .admin)
            let id = try context.parameters.id("id")
            guard let job = try await store.job(id: id) else { throw NotFound("job", String(id)) }
            return JSONBody(job)
        }
        api.get("stats") { request, context in
            _ = try context.require(.manager, .auditor)
            let q = request.uri.queryParameters
            let to = q.get("to") ?? Self.day(Date())
            let from = q.get("from") ?? Self.day(Date().addingTimeInterval(-30 * 86400))
            for (name, value) in [("from", from), ("to", to)] where Terminology.Claim.day(value) == nil {
                throw APIError(.badRequest, "\(name): \"\(value)\" is not a date (yyyy-mm-dd)")
            }
            return JSONBody(
                Statistics(
                    from: from, to: to, census: try await store.census(from: from, to: to),
                    backlog: try await store.backlog(asOf: Date()),
                    codedPerCoderPerDay: try await store.codedPerCoderPerDay(from: from, to: to),
                    caseMix: try await store.caseMix(from: from, to: to),
                    suggestionOutcome: try await store.suggestionOutcome(from: from, to: to),
                    queries: try await store.queryStatistics(from: from, to: to),
                    auditAccuracy: try await store.auditAccuracy()))
        }
        api.get("duplicates") { _, context in
            _ = try context.require(.manager, .admin)
            return JSONBody(try await store.duplicatePatients())
        }
        api.get("access-log") { request, context in
            let user = try context.require(.admin)
            let q = request.uri.queryParameters
            let iso = ISO8601DateFormatter()
            let filter = AccessLogFilter(
                userID: q.get("user", as: Int64.self), encounterID: q.get("encounter", as: Int64.self),
                from: q.get("from").flatMap { iso.date(from: $0) }, to: q.get("to").flatMap { iso.date(from: $0) },
                limit: min(q.get("limit", as: Int.self) ?? 500, 5000))
            return JSONBody(try await store.accessLog(filter, actingUserID: user.id))
        }
    }

    static func day(_ date: Date) -> String {
        let c = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: date)
        return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
    }
}
