import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import Worklist

/// How the service runs.
public struct ServerConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// How many pre-coding jobs' items run at once.
    public var precodeConcurrency: Int
    /// Reverse proxies (nginx) whose `X-Forwarded-For` names the client: behind one, every request comes from the
    /// proxy's address, and sign-in throttling by address would slow every user down for one user's typos.
    public var trustedProxies: Set<String>

    public init(
        host: String = "127.0.0.1", port: Int = 8080, precodeConcurrency: Int = 2, trustedProxies: Set<String> = []
    ) {
        self.host = host
        self.port = port
        self.precodeConcurrency = precodeConcurrency
        self.trustedProxies = trustedProxies
    }
}

/// Everything a route needs: the store, the engines, the background jobs.
public struct ServerState: Sendable {
    public let store: any WorklistStore
    public let engines: ServerEngines
    public let jobs: PrecodeJobs

    public init(store: any WorklistStore, engines: ServerEngines, concurrency: Int = 2) {
        self.store = store
        self.engines = engines
        self.jobs = PrecodeJobs(store: store, engines: engines, concurrency: concurrency)
    }
}

/// The application `coder serve` runs and the tests drive in process.
public func buildApplication(
    _ configuration: ServerConfiguration, state: ServerState, logger: Logger = Logger(label: "coder-serve")
) -> some ApplicationProtocol {
    var app = Application(
        router: buildRouter(state, trustedProxies: configuration.trustedProxies),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "opencoder"),
        logger: logger)
    app.addServices(state.jobs)
    return app
}

/// The routes: `/health`, `/openapi.json`, the JSON API under `/api`, the FHIR terminology API under `/fhir`, and the
/// web pages.
public func buildRouter(_ state: ServerState, trustedProxies: Set<String> = []) -> Router<CoderRequestContext> {
    // HEAD answers wherever GET does (RFC 9110)
    let router = Router(context: CoderRequestContext.self, options: .autoGenerateHeadEndpoints)
    // the application log names method, path and status only: never a body, never a patient
    router.add(middleware: LogRequestsMiddleware(.debug, includeHeaders: .none))
    router.add(middleware: ErrorTranslator.api)
    router.add(middleware: MethodNotAllowed())
    if !trustedProxies.isEmpty { router.add(middleware: ForwardedClient(trustedProxies: trustedProxies)) }
    router.add(middleware: BearerAuthenticator(store: state.store))
    router.get("/health") { _, _ in Health(status: "ok") }
    router.get("/openapi.json") { _, _ in textResponse(OpenAPIDocument.json, type: "application/json; charset=utf-8") }
    let api = router.group("api")
    AuthRoutes(state: state).register(api)
    UserRoutes(state: state).register(api)
    EncounterRoutes(state: state).register(api)
    WorkflowRoutes(state: state).register(api)
    AuditRoutes(state: state).register(api)
    AdminRoutes(state: state).register(api)
    EngineRoutes(state: state).register(api)
    ClinicalTablesRoutes(state: state).register(api)
    PageRoutes(state: state).register(router)
    FHIRTerminologyRoutes(state: state).register(router.group("fhir"))
    return router
}

/// A fixed text the service serves (its description, the pages' style sheet and script), cacheable when asked.
func textResponse(_ text: String, type: String, cacheSeconds: Int? = nil) -> Response {
    var headers = HTTPFields()
    headers[.contentType] = type
    if let cacheSeconds { headers[.cacheControl] = "public, max-age=\(cacheSeconds)" }
    return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
}

struct Health: ResponseEncodable {
    var status: String
}

/// The client's address as a trusted reverse proxy forwards it: the last address of `X-Forwarded-For` (the one the
/// proxy itself appended), only when the connection comes from the proxy.
struct ForwardedClient: RouterMiddleware {
    typealias Context = CoderRequestContext
    let trustedProxies: Set<String>

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard let peer = context.clientAddress, trustedProxies.contains(peer),
            let forwarded = request.headers[values: HTTPField.Name("X-Forwarded-For")!].last?
                .split(separator: ",").last?.trimmingCharacters(in: .whitespaces), !forwarded.isEmpty
        else { return try await next(request, context) }
        var context = context
        context.clientAddress = forwarded
        return try await next(request, context)
    }
}
