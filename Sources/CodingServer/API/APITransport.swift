import HTTPTypes
import Hummingbird
import OpenAPIHummingbird
import OpenAPIRuntime
import Worklist

/// Where the generated server registers each operation: on a group of the router with what the document asks of the
/// caller. An operation with `security` gets the bearer authenticator and the check of its `x-roles` before its
/// input is read (401 without a user, 403 for another role, as on the plain router); every operation gets
/// ``APIContextMiddleware``.
struct APITransport: ServerTransport {
    let router: Router<CoderRequestContext>
    let authenticator: BearerAuthenticator

    func register(
        _ handler:
            @escaping @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (
                HTTPResponse, HTTPBody?
            ),
        method: HTTPRequest.Method,
        path: String
    ) throws {
        let group = router.group().add(middleware: authenticator)
        if let roles = OpenAPISpec.roles["\(method.rawValue) \(path)"] {
            group.add(middleware: RoleCheck(roles: roles.contains("any") ? nil : roles.compactMap(UserRole.init)))
        }
        let bodyTypes = OpenAPISpec.requestContentTypes["\(method.rawValue) \(path)"] ?? []
        group.add(middleware: APIContextMiddleware(bodyType: bodyTypes.count == 1 ? bodyTypes[0] : nil))
            .register(handler, method: method, path: path)
    }
}

/// The signed-in user's role against an operation's `x-roles` (any role when nil): 401 without a user, 403 naming the
/// roles allowed.
struct RoleCheck: RouterMiddleware {
    typealias Context = CoderRequestContext
    let roles: [UserRole]?

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        if let roles { _ = try context.require(anyOf: roles) } else { _ = try context.requireSignedIn() }
        return try await next(request, context)
    }
}
