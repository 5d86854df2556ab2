import Foundation
import Yams

/// The service's OpenAPI 3.1 description: `Resources/openapi.yaml`, the source of truth for `/api`, compiled into
/// the binary. Served as written at `/openapi.yaml` and as JSON at `/openapi.json`; the tests hold the router's
/// routes and the document to each other both ways.
enum OpenAPISpec {
    /// The document as written.
    static let yaml = String(decoding: PackageResources.openapi_yaml, as: UTF8.self)

    /// The document as JSON (keys sorted, so the bytes are stable).
    static let json: Data = {
        do {
            guard let node = try Yams.compose(yaml: yaml) else { throw SpecError.empty }
            return try JSONSerialization.data(withJSONObject: jsonValue(node), options: [.sortedKeys, .prettyPrinted])
        } catch {
            // the document is compiled in; a test loads it, so this is a build that should never have shipped
            fatalError("Resources/openapi.yaml does not load: \(error)")
        }
    }()

    /// Every documented path, e.g. `/api/encounters/{id}`, with its methods in upper case.
    static let operations: [String: [String]] = {
        guard let object = try? JSONSerialization.jsonObject(with: json) as? [String: Any],
            let paths = object["paths"] as? [String: Any]
        else { return [:] }
        let verbs = ["get", "put", "post", "delete", "patch", "head", "options"]
        return paths.reduce(into: [:]) { out, entry in
            guard let operations = entry.value as? [String: Any] else { return }
            out[entry.key] = verbs.filter { operations[$0] != nil }.map { $0.uppercased() }
        }
    }()

    /// The roles of each operation that needs a signed-in user, by `METHOD path` (`POST /api/users/{id}/active`):
    /// its `x-roles`, `any` for every role. An operation without `security` is absent (anyone may call it).
    static let roles: [String: [String]] = {
        guard let object = try? JSONSerialization.jsonObject(with: json) as? [String: Any],
            let paths = object["paths"] as? [String: [String: Any]]
        else { return [:] }
        var roles: [String: [String]] = [:]
        for (path, operations) in paths {
            for (method, operation) in operations {
                guard let operation = operation as? [String: Any], operation["security"] != nil else { continue }
                roles["\(method.uppercased()) \(path)"] = operation["x-roles"] as? [String] ?? ["any"]
            }
        }
        return roles
    }()

    /// The content types of each operation's request body, by `METHOD path`, in the document's order.
    static let requestContentTypes: [String: [String]] = {
        guard let object = try? JSONSerialization.jsonObject(with: json) as? [String: Any],
            let paths = object["paths"] as? [String: [String: Any]]
        else { return [:] }
        var types: [String: [String]] = [:]
        for (path, operations) in paths {
            for (method, operation) in operations {
                guard let operation = operation as? [String: Any],
                    let body = operation["requestBody"] as? [String: Any],
                    let content = body["content"] as? [String: Any]
                else { continue }
                types["\(method.uppercased()) \(path)"] = content.keys.sorted()
            }
        }
        return types
    }()

    /// A YAML node as the JSON value it writes. Integers that do not fit an `Int` (a `maximum` of
    /// 18446744073709551615) stay numbers, where `Yams.load` would give a string.
    static func jsonValue(_ node: Node) throws -> Any {
        switch node {
        case .mapping(let mapping):
            var out: [String: Any] = [:]
            for (key, value) in mapping {
                guard let name = key.string else { throw SpecError.key(String(describing: key)) }
                out[name] = try jsonValue(value)
            }
            return out
        case .sequence(let sequence): return try sequence.map(jsonValue)
        case .alias: throw SpecError.alias
        case .scalar(let scalar):
            switch Tag.Name(rawValue: node.tag.description) {
            case .null: return NSNull()
            case .bool: return Bool.construct(from: scalar) ?? scalar.string
            case .int:
                if let int = Int.construct(from: scalar) { return int }
                if let unsigned = UInt64(scalar.string) { return NSNumber(value: unsigned) }
                return Double.construct(from: scalar) ?? scalar.string
            case .float: return Double.construct(from: scalar) ?? scalar.string
            default: return scalar.string
            }
        }
    }

    private enum SpecError: Error {
        case empty
        case key(String)
        case alias
    }
}
