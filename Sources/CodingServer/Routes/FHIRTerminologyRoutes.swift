import Foundation
import HTTPTypes
import Hummingbird
import Offload
import Terminology

/// The FHIR R4 terminology API under `/fhir`: `metadata`, CodeSystem search and read, `CodeSystem/$lookup`,
/// `$validate-code` and `$subsumes`, `ValueSet/$expand` and `$validate-code`, each by GET with query parameters or
/// POST with a `Parameters` body. Public, like lookup: code sets are public data. Errors are `OperationOutcome`s.
struct FHIRTerminologyRoutes {
    let state: ServerState

    func register(_ group: RouterGroup<CoderRequestContext>) {
        let terminology = FHIRTerminology(lookup: state.engines.lookup)
        let fhir = group.add(middleware: ErrorTranslator.fhir)
        fhir.get("metadata") { request, context in
            _ = try await FHIROperationInput.read(request, context: context)
            return FHIRBody(FHIRTerminology.capabilityStatement)
        }
        fhir.get("CodeSystem") { request, context in
            let input = try await FHIROperationInput.read(request, context: context)
            return FHIRBody(try terminology.searchCodeSystems(url: try input.string("url")))
        }
        // `$` is an ordinary character to the router; a client may also send it percent-encoded (`%24lookup`)
        for method in [HTTPRequest.Method.get, .post] {
            fhir.on("CodeSystem/{operation}", method: method) { request, context in
                let input = try await FHIROperationInput.read(request, context: context)
                return try Self.codeSystem(Self.operation(context), input, request.method, terminology)
            }
            fhir.on("ValueSet/{operation}", method: method) { request, context in
                let input = try await FHIROperationInput.read(request, context: context)
                let operation = Self.operation(context)
                // an expansion searches: off the cooperative pool, like every search
                return try await WorkerPool.compute.run { try Self.valueSet(operation, input, terminology) }
            }
        }
        // the router answers a bare 404 for a method a path lacks: every path answers every method with an outcome
        let writes: [HTTPRequest.Method] = [.put, .delete, .patch]
        let refused: [(String, [HTTPRequest.Method])] = [
            ("metadata", [.post] + writes), ("CodeSystem", [.post] + writes), ("CodeSystem/{operation}", writes),
            ("ValueSet/{operation}", writes), ("**", writes),
        ]
        for (path, methods) in refused {
            // what the path does answer, in `Allow`
            let allowed = path == "metadata" || path == "CodeSystem" ? ["GET", "HEAD"] : ["GET", "HEAD", "POST"]
            for method in methods {
                fhir.on(RouterPath(path), method: method) { request, _ -> Response in
                    var error = FHIRError(
                        .methodNotAllowed, .notSupported,
                        "\(method) \(request.uri.path): not allowed (this server reads: GET, and POST of operations)")
                    error.headersFrom = APIError(.methodNotAllowed, error.diagnostics, allow: allowed)
                    throw error
                }
            }
        }
        for method in [HTTPRequest.Method.get, .post] {
            fhir.on("", method: method) { _, _ -> Response in
                throw FHIRError(.notFound, .notSupported, "/fhir: no such FHIR endpoint (see /fhir/metadata)")
            }
            fhir.on("**", method: method) { request, _ -> Response in
                throw FHIRError(
                    .notFound, .notSupported, "\(request.uri.path): no such FHIR endpoint (see /fhir/metadata)")
            }
        }
    }

    static func operation(_ context: CoderRequestContext) -> String {
        let raw = context.parameters.get("operation") ?? ""
        return raw.removingPercentEncoding ?? raw
    }

    static func codeSystem(
        _ operation: String, _ input: FHIROperationInput, _ method: HTTPRequest.Method, _ terminology: FHIRTerminology
    ) throws -> FHIRBody<FHIRParametersOrCodeSystem> {
        switch operation {
        case "$lookup":
            let coding = try input.coding("coding")
            let (system, pinned) = try terminology.system(
                try input.string("system") ?? coding?.system, parameter: "system")
            guard let code = try input.string("code") ?? coding?.code else {
                throw FHIRError.invalid("code: missing (the code to look up)")
            }
            let version = try input.string("version") ?? pinned ?? coding?.version
            return FHIRBody(
                .parameters(
                    try terminology.lookup(
                        system: system, version: version, code: code, properties: input.list("property"))
                ))
        case "$validate-code":
            let coding = try input.coding("coding")
            let (system, pinned) = try terminology.system(
                try input.string("url") ?? input.string("system") ?? coding?.system, parameter: "url")
            guard let code = try input.string("code") ?? coding?.code else {
                throw FHIRError.invalid("code: missing (the code to validate)")
            }
            return FHIRBody(
                .parameters(
                    try terminology.validate(
                        system: system, version: try input.string("version") ?? pinned ?? coding?.version, code: code,
                        display: try input.string("display") ?? coding?.display, billableOnly: false)))
        case "$subsumes":
            let a = try input.coding("codingA")
            let b = try input.coding("codingB")
            let (system, pinned) = try terminology.system(
                try input.string("system") ?? a?.system ?? b?.system, parameter: "system")
            guard let codeA = try input.string("codeA") ?? a?.code else { throw FHIRError.invalid("codeA: missing") }
            guard let codeB = try input.string("codeB") ?? b?.code else { throw FHIRError.invalid("codeB: missing") }
            return FHIRBody(
                .parameters(
                    try terminology.subsumes(
                        system: system, version: try input.string("version") ?? pinned, codeA: codeA, codeB: codeB)))
        case let id where !id.hasPrefix("$"):
            guard method == .get else {
                throw FHIRError(.methodNotAllowed, .notSupported, "POST CodeSystem/\(id): this server only reads")
            }
            guard let system = FHIRTerminology.systems.first(where: { $0.fhirID == id }) else {
                throw FHIRError.notFound(
                    "CodeSystem/\(id): unknown (known: \(FHIRTerminology.systems.map(\.fhirID).joined(separator: ", ")))"
                )
            }
            return FHIRBody(.codeSystem(try terminology.codeSystem(system)))
        default:
            throw FHIRError(
                .notFound, .notSupported,
                "CodeSystem/\(operation): unknown operation (supported: $lookup, $validate-code, $subsumes)")
        }
    }

    static func valueSet(
        _ operation: String, _ input: FHIROperationInput, _ terminology: FHIRTerminology
    ) throws -> FHIRBody<FHIRParametersOrValueSet> {
        switch operation {
        case "$expand":
            let url = try input.required("url", "the value set URL, e.g. http://hl7.org/fhir/sid/icd-10-cm")
            let count = try input.integer("count", default: 100, in: 0...FHIRTerminology.maximumCount)
            let offset = try input.integer("offset", default: 0, in: 0...1_000_000)
            return FHIRBody(
                .valueSet(
                    try terminology.expand(url: url, filter: try input.string("filter"), count: count, offset: offset)))
        case "$validate-code":
            let url = try input.required("url", "the value set URL, e.g. http://hl7.org/fhir/sid/icd-10-cm?fhir_vs")
            let system = try terminology.valueSet(url)
            let coding = try input.coding("coding")
            guard let code = try input.string("code") ?? coding?.code else {
                throw FHIRError.invalid("code: missing (the code to validate, with system, or a coding)")
            }
            if let given = try input.string("system") ?? coding?.system, given != system.fhirURL {
                return FHIRBody(
                    .parameters(
                        FHIRParameters([
                            .boolean("result", false),
                            .string("message", "the code system \(given) is not in the value set \(url)"),
                        ])))
            }
            return FHIRBody(
                .parameters(
                    try terminology.validate(
                        system: system, version: try input.string("systemVersion") ?? coding?.version, code: code,
                        display: try input.string("display") ?? coding?.display, billableOnly: true)))
        default:
            throw FHIRError(
                .notFound, .notSupported,
                "ValueSet/\(operation): unknown operation (supported: $expand, $validate-code)")
        }
    }
}

/// The answer of a `CodeSystem/…` request: an operation's `Parameters` or a `CodeSystem` read.
enum FHIRParametersOrCodeSystem: Encodable, Sendable {
    case parameters(FHIRParameters)
    case codeSystem(FHIRCodeSystem)

    func encode(to encoder: any Encoder) throws {
        switch self {
        case .parameters(let p): try p.encode(to: encoder)
        case .codeSystem(let c): try c.encode(to: encoder)
        }
    }
}

/// The answer of a `ValueSet/…` operation: an expansion or the `Parameters` of a validation.
enum FHIRParametersOrValueSet: Encodable, Sendable {
    case parameters(FHIRParameters)
    case valueSet(FHIRValueSet)

    func encode(to encoder: any Encoder) throws {
        switch self {
        case .parameters(let p): try p.encode(to: encoder)
        case .valueSet(let v): try v.encode(to: encoder)
        }
    }
}
