import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import Synchronization
import Worklist

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
    ServerConfiguration.currentUploadLimit.store(configuration.uploadLimit, ordering: .relaxed)
    var logger = logger
    logger.logLevel = configuration.logLevel
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
    // the application log names method, path, status and duration only: never a query, a body or a patient
    router.add(middleware: RequestLog())
    ServiceMetrics.bootstrap()
    router.add(middleware: MetricsMiddleware())
    router.add(middleware: ErrorTranslator.api)
    router.add(middleware: MethodNotAllowed())
    if !trustedProxies.isEmpty { router.add(middleware: ForwardedClient(trustedProxies: trustedProxies)) }
    router.get("/health") { _, _ in Health(status: "ok") }
    router.get("/metrics") { _, _ in
        textResponse(ServiceMetrics.shared.exposition(), type: "text/plain; version=0.0.4; charset=utf-8")
    }
    router.get("/openapi.json") { _, _ in
        Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: OpenAPISpec.json)))
    }
    router.get("/openapi.yaml") { _, _ in textResponse(OpenAPISpec.yaml, type: "application/yaml; charset=utf-8") }
    let authenticator = BearerAuthenticator(store: state.store)
    let api = router.group("api").add(middleware: authenticator)
    AuthRoutes(state: state).register(api)
    // the operations on the generated handlers (API/): the document's, checked by the compiler
    do {
        try APIHandler.register(state, on: router, authenticator: authenticator)
    } catch {
        fatalError("the generated /api handlers: \(error)")
    }
    EncounterRoutes(state: state).register(api)
    WorkflowRoutes(state: state).register(api)
    AuditRoutes(state: state).register(api)
    AdminRoutes(state: state).register(api)
    EngineRoutes(state: state).register(api)
    ClinicalTablesRoutes(state: state).register(api)
    PageRoutes(state: state).register(router, authenticator: authenticator)
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
