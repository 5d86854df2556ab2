import CodeSearch
import Foundation
import Hummingbird
import Offload
import Terminology

/// The NLM Clinical Tables ICD-10-CM search (`/api/icd10cm/v3/search`), answered from the lookup engine, so that web
/// forms written for it can point here: the same parameters and the same response array,
/// `[total, codes, extra fields or null, display rows]`. Public, like lookup: code sets are public data.
struct ClinicalTablesRoutes {
    let state: ServerState

    /// The fields of a code: `code` and `name`.
    static let fields = ["code", "name"]

    func register(_ api: RouterGroup<CoderRequestContext>) {
        let engines = state.engines
        api.get("icd10cm/v3/search") { request, _ in
            let q = request.uri.queryParameters
            guard let terms = q.get("terms"), !terms.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw APIError(.badRequest, "terms: the words or code to search for are missing")
            }
            if let problem = QueryLimits.problem(terms) { throw APIError(.badRequest, "terms: \(problem)") }
            func number(_ name: String, _ fallback: Int, _ range: ClosedRange<Int>) throws -> Int {
                guard let text = q.get(name) else { return fallback }
                guard let n = Int(text), range.contains(n) else {
                    throw APIError(
                        .badRequest,
                        "\(name): \"\(text)\" is not a whole number from \(range.lowerBound) to \(range.upperBound)")
                }
                return n
            }
            func fieldList(_ name: String, _ fallback: [String]) throws -> [String] {
                guard let text = q.get(name) else { return fallback }
                let list = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                    !$0.isEmpty
                }
                for f in list where !Self.fields.contains(f) {
                    throw APIError(.badRequest, "\(name): unknown field \"\(f)\" (fields: code, name)")
                }
                return list
            }
            // maxList, when given, is the number of results; otherwise count (the page size) from offset
            let count = try number("maxList", try number("count", 7, 1...500), 1...500)
            let offset = try number("offset", 0, 0...7500)
            let searchFields = try fieldList("sf", Self.fields)
            let display = try fieldList("df", Self.fields)
            let extra = try fieldList("ef", [])
            guard !searchFields.isEmpty else { throw APIError(.badRequest, "sf: no field to search") }
            guard let index = engines.lookup.index(version: nil, date: nil) else {
                throw APIError(.serviceUnavailable, "no code sets loaded", retryAfter: 60)
            }
            // every match up to the page's end, billable ICD-10-CM codes only (the table's rows)
            var found = try await WorkerPool.compute.run {
                ServiceMetrics.shared.lookup {
                    index.search(
                        terms, limit: min(offset + count, 7500),
                        filter: SearchFilter(systems: [.icd10cm], billableOnly: true))
                }
            }
            if searchFields == ["code"] {
                let prefix = CodeFormat.normalize(terms)
                found = found.filter { CodeFormat.normalize($0.code).hasPrefix(prefix) }
            }
            let page = Array(found.dropFirst(offset).prefix(count))
            func value(_ field: String, _ r: SearchResult) -> String { field == "code" ? r.code : r.title }
            let rows = page.map { r in display.map { value($0, r) } }
            let extras: [String: [String]]? =
                extra.isEmpty
                ? nil : Dictionary(uniqueKeysWithValues: extra.map { f in (f, page.map { value(f, $0) }) })
            return JSONBody(
                ClinicalTablesAnswer(total: found.count, codes: page.map(\.code), extra: extras, display: rows))
        }
    }
}

/// `[total, codes, extra, display]`: an array of four values of different types, as the Clinical Tables answer.
struct ClinicalTablesAnswer: Encodable, Sendable {
    var total: Int
    var codes: [String]
    var extra: [String: [String]]?
    var display: [[String]]

    func encode(to encoder: any Encoder) throws {
        var c = encoder.unkeyedContainer()
        try c.encode(total)
        try c.encode(codes)
        if let extra { try c.encode(extra) } else { try c.encodeNil() }
        try c.encode(display)
    }
}
