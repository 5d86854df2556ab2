import Foundation
import Testing

/// Checks a response body against the schema `/openapi.json` documents for it: types, required properties, enums,
/// through `$ref`s and arrays. A small validator for the subset of JSON Schema the document uses.
struct OpenAPIConformance {
    let document: [String: Any]

    init(_ data: Data) throws {
        document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// The problems of `body` as the response `status` of `method path` (`/api/encounters/{id}`), empty when it conforms.
    func problems(_ method: String, _ path: String, status: Int, body: Data) -> [String] {
        guard let paths = document["paths"] as? [String: Any], let operations = paths[path] as? [String: Any],
            let operation = operations[method.lowercased()] as? [String: Any],
            let responses = operation["responses"] as? [String: Any]
        else { return ["\(method) \(path) is not documented"] }
        guard var response = responses[String(status)] as? [String: Any] else {
            return ["\(method) \(path): status \(status) is not documented"]
        }
        if let ref = response["$ref"] as? String { response = resolve(ref) }
        guard let content = response["content"] as? [String: Any] else {
            return body.isEmpty ? [] : ["\(method) \(path) \(status): a body where none is documented"]
        }
        guard let json = (content["application/json"] ?? content["application/fhir+json"]) as? [String: Any],
            let schema = json["schema"] as? [String: Any]
        else {
            return []
        }
        guard let value = try? JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed]) else {
            return ["\(method) \(path) \(status): the body is not JSON"]
        }
        return validate(value, schema, at: "\(method) \(path) \(status)")
    }

    func resolve(_ ref: String) -> [String: Any] {
        var node: Any = document
        for part in ref.dropFirst(2).split(separator: "/") { node = (node as? [String: Any])?[String(part)] ?? [:] }
        return node as? [String: Any] ?? [:]
    }

    func validate(_ value: Any, _ schema: [String: Any], at place: String) -> [String] {
        if let ref = schema["$ref"] as? String { return validate(value, resolve(ref), at: place) }
        var out: [String] = []
        switch schema["type"] as? String {
        case "object":
            guard let object = value as? [String: Any] else { return ["\(place): expected an object"] }
            for key in schema["required"] as? [String] ?? [] where object[key] == nil || object[key] is NSNull {
                out.append("\(place): required property \(key) is missing")
            }
            for (key, sub) in schema["properties"] as? [String: [String: Any]] ?? [:] {
                if let v = object[key], !(v is NSNull) { out += validate(v, sub, at: "\(place).\(key)") }
            }
        case "array":
            guard let array = value as? [Any] else { return ["\(place): expected an array"] }
            if let items = schema["items"] as? [String: Any] {
                for (i, v) in array.prefix(50).enumerated() { out += validate(v, items, at: "\(place)[\(i)]") }
            }
        case "string":
            guard let s = value as? String else { return ["\(place): expected a string"] }
            if let options = schema["enum"] as? [String], !options.contains(s) {
                out.append("\(place): \"\(s)\" is not one of \(options)")
            }
        case "integer":
            guard let n = value as? NSNumber, n.doubleValue.rounded() == n.doubleValue else {
                return ["\(place): expected an integer"]
            }
        case "number":
            if !(value is NSNumber) { out.append("\(place): expected a number") }
        case "boolean":
            if !(value is NSNumber) { out.append("\(place): expected a boolean") }
        default:
            break
        }
        return out
    }
}
