import ClaimReview
import CodeSearch
import CodeSuggestion
import Foundation
import Hummingbird
import NoteAnalysis
import Offload
import Terminology
import Worklist

/// The engines without the worklist: lookup (public: code sets are public data), and check, group and suggest on a
/// claim or a note the caller sends (signed-in users: the caller's data may be a patient's; nothing is stored).
struct EngineRoutes {
    let state: ServerState

    func register(_ api: RouterGroup<CoderRequestContext>) {
        let engines = state.engines
        api.get("lookup") { request, context in
            let q = request.uri.queryParameters
            guard let text = q.get("q"), !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw APIError(.badRequest, "q: the words or code to look up are missing")
            }
            if let problem = QueryLimits.problem(text) { throw APIError(.badRequest, "q: \(problem)") }
            let system = q.get("system") ?? "all"
            let systems: Set<CodeSystem>
            if system == "all" {
                systems = Set(CodeSystem.allCases)
            } else if let s = CodeSystem(rawValue: system) {
                systems = [s]
            } else {
                throw APIError(.badRequest, "system: \"\(system)\" is not icd10cm, icd10pcs, hcpcs or all")
            }
            let limit = min(max(q.get("limit", as: Int.self) ?? 20, 1), 500)
            var date: Date?
            if let d = q.get("date") {
                guard let parsed = FiscalYear.date(d) else {
                    throw APIError(.badRequest, "date: \"\(d)\" is not yyyy-mm-dd")
                }
                date = parsed
            }
            guard let index = engines.lookup.index(version: nil, date: date) else {
                throw APIError(.serviceUnavailable, "no code sets loaded", retryAfter: 60)
            }
            let billable = q.get("billable").map { $0 == "true" || $0 == "1" } ?? false
            return JSONBody(
                try await WorkerPool.compute.run {
                    ServiceMetrics.shared.lookup {
                        index.search(text, limit: limit, filter: SearchFilter(systems: systems, billableOnly: billable))
                    }
                })
        }
        api.post("check") { request, context in
            _ = try context.require()
            let data = try await request.data(context: context)
            do {
                return JSONBody(
                    try await WorkerPool.compute.run { try engines.reviewer.review(try Self.claim(data)).findings })
            } catch let e as ReviewError {
                throw APIError(.badRequest, e.description)
            }
        }
        api.post("group") { request, context in
            _ = try context.require()
            let data = try await request.data(context: context)
            guard let grouping = engines.reviewer.grouping else {
                throw APIError(.serviceUnavailable, "the grouper is not loaded", retryAfter: 60)
            }
            do {
                return JSONBody(try await WorkerPool.compute.run { try grouping.summary(of: try Self.claim(data)) })
            } catch let e as ReviewError {
                throw APIError(.badRequest, e.description)
            }
        }
        // a note as text/plain (UTF-8); ?setting=outpatient codes uncertain diagnoses as symptoms
        api.post("suggest") { request, context in
            _ = try context.require()
            let data = try await request.data(context: context)
            guard data.count <= Self.maximumNoteBytes else {
                throw APIError(
                    .contentTooLarge,
                    "request body: a note of \(data.count) bytes; a note holds at most \(Self.maximumNoteBytes) (1 MiB)"
                )
            }
            let setting: CodeSuggestion.CareSetting =
                request.uri.queryParameters.get("setting") == "outpatient" ? .outpatient : .inpatient
            var dated: Date?
            if let d = request.uri.queryParameters.get("date") {
                guard let parsed = FiscalYear.date(d) else {
                    throw APIError(.badRequest, "date: \"\(d)\" is not yyyy-mm-dd")
                }
                dated = parsed
            }
            let date = dated ?? Date()
            // reading the note (its encoding, its sections), suggesting and writing the answer: all on the pool
            return try await JSONBody(
                try await WorkerPool.compute.run {
                    let note: ClinicalNote
                    do {
                        note = try NoteReader().read(data, source: "request body")
                    } catch {
                        throw APIError(.badRequest, "\(error)")
                    }
                    return ServiceMetrics.shared.suggestion {
                        engines.precoder.suggester.suggest(note: note, setting: setting, date: date)
                    }
                }
            ).responseOffPool()
        }
    }

    /// The largest note `/api/suggest` reads: a long discharge summary is 20 to 60 KB; a megabyte is a chart's
    /// worth, and keeps one request's suggestion within seconds.
    static let maximumNoteBytes = 1 << 20

    static func claim(_ data: Data) throws -> Claim {
        do {
            return try Claim.decode(data, source: "request body")
        } catch let e as ClaimError {
            throw APIError(.badRequest, e.message)
        }
    }
}
