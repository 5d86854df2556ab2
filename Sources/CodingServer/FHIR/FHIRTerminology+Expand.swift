import CodeSearch
import Foundation
import HTTPTypes
import Terminology

extension FHIRTerminology {
    /// The most codes one page of an expansion holds.
    static let maximumCount = 1000
    /// The most matches a filtered expansion pages through.
    static let maximumFilterMatches = 10_000

    /// The code system of a value set URL: the implicit value set of a code system, its URL alone or with `?fhir_vs`.
    /// - Throws: 400 for another implicit value set (`?fhir_vs=isa/…`), 404 for an unknown URL.
    func valueSet(_ url: String) throws -> CodeSystem {
        var base = url
        if let q = url.firstIndex(of: "?") {
            guard url[q...] == "?fhir_vs" else {
                throw FHIRError.notSupported(
                    "url: only the implicit value set of a whole code system (?fhir_vs) is supported")
            }
            base = String(url[..<q])
        }
        guard let system = Self.systems.first(where: { $0.fhirURL == base }) else {
            throw FHIRError.notFound(
                "url: unknown value set \"\(url)\" (known: \(Self.systems.map(\.fhirURL).joined(separator: ", ")), with or without ?fhir_vs)"
            )
        }
        return system
    }

    /// `ValueSet/$expand` of the codes valid for reporting (billable ICD-10-CM codes; ICD-10-PCS codes): with a
    /// filter, the lookup engine's matches, best first; without, every code in code order. One page of `count` from
    /// `offset`.
    func expand(url: String, filter: String?, count: Int, offset: Int) throws -> FHIRValueSet {
        let system = try valueSet(url)
        if let filter, let problem = QueryLimits.problem(filter) { throw FHIRError.invalid("filter: \(problem)") }
        var contains: [FHIRCoding] = []
        var total: Int?
        let version: String
        let tabular = try tabular(version: nil)
        if let filter {
            guard let index = lookup.index(version: tabular.version) ?? lookup.index() else {
                throw FHIRError(.serviceUnavailable, .exception, "no code sets are loaded")
            }
            version = system == .icd10cm ? tabular.version : try pcs(version: nil).version
            let found = index.search(
                filter, limit: Self.maximumFilterMatches, filter: SearchFilter(systems: [system], billableOnly: true))
            total = found.count < Self.maximumFilterMatches ? found.count : nil
            contains = found.dropFirst(offset).prefix(count).map {
                FHIRCoding(system: system.fhirURL, code: $0.code, display: $0.title)
            }
        } else if system == .icd10cm {
            version = tabular.version
            total = tabular.billableCount
            var skipped = 0
            for entry in tabular.entries where entry.billable {
                guard contains.count < count else { break }
                if skipped < offset {
                    skipped += 1
                    continue
                }
                contains.append(FHIRCoding(system: system.fhirURL, code: entry.code, display: entry.title))
            }
        } else {
            let pcs = try pcs(version: nil)
            version = pcs.version
            total = pcs.codes.count
            contains = pcs.codes.dropFirst(offset).prefix(count).map {
                FHIRCoding(system: system.fhirURL, code: $0, display: pcs.title($0))
            }
        }
        var echoed: [FHIRParameter] = [.uri("used-codesystem", "\(system.fhirURL)|\(version)")]
        if let filter { echoed.append(.string("filter", filter)) }
        echoed += [.integer("count", count), .integer("offset", offset)]
        return FHIRValueSet(
            url: url, version: version, name: system.displayName,
            expansion: .init(
                identifier: "urn:uuid:\(UUID().uuidString.lowercased())", timestamp: Date().formatted(.iso8601),
                total: total, offset: offset, parameter: echoed, contains: contains.isEmpty ? nil : contains))
    }
}
