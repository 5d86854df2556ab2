import HTTPTypes
import Hummingbird

/// Answers 405 with `Allow` for a method a documented path does not declare (the router alone answers 404, as if
/// the path did not exist). The paths and their methods are those of the service's description, which the tests
/// hold to the routes.
struct MethodNotAllowed: RouterMiddleware {
    typealias Context = CoderRequestContext

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            guard let methods = Self.methods(of: request.uri.path), !methods.contains(request.method.rawValue) else {
                throw error
            }
            throw APIError(
                .methodNotAllowed,
                "\(request.method.rawValue) \(request.uri.path): not allowed (allowed: \(methods.joined(separator: ", ")))",
                allow: methods)
        }
    }

    /// The methods the description declares for a path (`/api/encounters/12` matches `/api/encounters/{id}`), or
    /// nil for a path it does not describe.
    static func methods(of path: String) -> [String]? {
        let segments = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        for (template, methods) in documented where template.count == segments.count {
            if zip(template, segments).allSatisfy({ t, s in t == s || (t.hasPrefix("{") && t.hasSuffix("}")) }) {
                return methods
            }
        }
        return nil
    }

    /// Every documented path, split into segments, with its methods in upper case, exact paths first.
    static let documented: [(template: [String], methods: [String])] = OpenAPISpec.operations.map { path, verbs in
        var methods = verbs
        // HEAD is answered wherever GET is (the router generates it)
        if methods.contains("GET") && !methods.contains("HEAD") { methods.append("HEAD") }
        return (path.split(separator: "/").map(String.init), methods)
    }
    .sorted { a, b in
        // a literal segment wins over a template in the same place (`/api/queues` before `/api/{x}`)
        a.0.filter { $0.hasPrefix("{") }.count < b.0.filter { $0.hasPrefix("{") }.count
    }
}
