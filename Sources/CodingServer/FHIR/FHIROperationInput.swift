import Foundation
import Hummingbird

/// The input parameters of a FHIR operation: the query string of a GET, or the `Parameters` resource of a POST (with
/// any query parameters beside it), read one way whichever form the client used.
struct FHIROperationInput: Sendable {
    private var values: [String: [FHIRParameter]] = [:]

    init(_ parameters: [FHIRParameter]) {
        for p in parameters { values[p.name, default: []].append(p) }
    }

    /// The query parameters (each a text value) and, for a POST, the body's `Parameters`.
    /// - Throws: 400 naming the body's problem when it is not a `Parameters` resource; 406 when `_format` asks for
    ///   anything but JSON.
    static func read(_ request: Request, context: CoderRequestContext) async throws -> FHIROperationInput {
        var parameters: [FHIRParameter] = request.uri.queryParameters.map { key, value in
            .string(String(key), String(value))
        }
        if let format = parameters.first(where: { $0.name == "_format" })?.text, !format.lowercased().contains("json") {
            throw FHIRError(.notAcceptable, .notSupported, "_format: \"\(format)\" is not supported (only json)")
        }
        if request.method == .post {
            let data = try await request.data(context: context)
            if !data.isEmpty {
                let body: FHIRParameters
                do {
                    body = try JSONDecoder().decode(FHIRParameters.self, from: data)
                } catch let e as DecodingError {
                    throw FHIRError.invalid("request body: \(APIError.describe(e)) (expected a Parameters resource)")
                }
                guard body.resourceType == "Parameters" else {
                    throw FHIRError.invalid(
                        "request body: a \(body.resourceType) resource where a Parameters resource is expected")
                }
                parameters += body.parameter ?? []
            }
        }
        return FHIROperationInput(parameters)
    }

    /// The text value of a parameter, or nil when it is absent or empty.
    /// - Throws: 400 when the parameter is given more than once with different values.
    func string(_ name: String) throws -> String? {
        let texts = Set((values[name] ?? []).compactMap { $0.text?.trimmingCharacters(in: .whitespaces) })
            .filter { !$0.isEmpty }
        guard texts.count <= 1 else { throw FHIRError.invalid("\(name): given more than once") }
        return texts.first
    }

    /// Every text value of a parameter, split at commas (`property=parent,child` or the parameter repeated).
    func list(_ name: String) -> [String] {
        (values[name] ?? []).compactMap(\.text).flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// A required text parameter.
    /// - Throws: 400 naming the parameter when it is missing.
    func required(_ name: String, _ what: String) throws -> String {
        guard let value = try string(name) else { throw FHIRError.invalid("\(name): missing (\(what))") }
        return value
    }

    /// A whole-number parameter within a range, or the fallback when absent.
    /// - Throws: 400 naming the parameter and the range when the value is not a whole number in it.
    func integer(_ name: String, default fallback: Int, in range: ClosedRange<Int>) throws -> Int {
        let given = values[name]?.first
        if let n = given?.valueInteger, range.contains(n) { return n }
        guard let given else { return fallback }
        let text = given.text ?? given.valueInteger.map(String.init) ?? ""
        guard let n = Int(text), range.contains(n) else {
            throw FHIRError.invalid(
                "\(name): \"\(text)\" is not a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return n
    }

    /// A coding given as `valueCoding` (POST) or as `system|code` text (GET), or nil when absent.
    /// - Throws: 400 naming the parameter when the text has no `|`.
    func coding(_ name: String) throws -> FHIRCoding? {
        guard let given = values[name]?.first else { return nil }
        if let coding = given.valueCoding { return coding }
        guard let text = given.text, let bar = text.lastIndex(of: "|") else {
            throw FHIRError.invalid("\(name): expected a Coding, or system|code in a query")
        }
        return FHIRCoding(system: String(text[..<bar]), code: String(text[text.index(after: bar)...]))
    }

    /// Whether a parameter was given at all.
    func has(_ name: String) -> Bool { values[name] != nil }
}
