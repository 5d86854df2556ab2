import ClaimReview
import CodeSearch
import CodeSuggestion
import CodingServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import MSDRG
import NIOCore
import Terminology
import Testing
import Worklist

/// The engines over the shipped code sets and model, loaded once for every test of the process.
enum ServerFixture {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let engines: ServerEngines = {
        let shipped = repository.appendingPathComponent("CodeSets")
        let locations = CodeSetLocations(
            shipped: shipped,
            data: FileManager.default.temporaryDirectory.appendingPathComponent("opencoder-server-tests-\(getpid())"))
        let lookup = try! LookupEngine.load(locations)
        let model = try! PhraseModel(contentsOf: repository.appendingPathComponent("Models/codiesp-train-phrases.tsv"))
        let calibration = try! Calibration(
            contentsOf: repository.appendingPathComponent("Models/codiesp-train-calibration.tsv"))
        let suggester = try! Suggester(library: lookup.library, model: model, calibration: calibration)
        let reviewer = ClaimReviewer(
            library: lookup.library, editor: try! MedicareCodeEditor.load(codeSets: shipped),
            grouping: try! Grouping.load(codeSets: shipped), suggester: suggester)
        return try! ServerEngines(lookup: lookup, reviewer: reviewer)
    }()

    /// The sample encounters imported, an inpatient and an outpatient queue, and every encounter pre-coded.
    static func sampleWorkplace(_ store: SQLiteWorklistStore, _ state: ServerState) async throws {
        _ = try await store.importFHIR(sampleBundle, source: "sample")
        _ = try await store.createQueue(name: "Inpatient", rules: QueueRules(settings: [.inpatient]))
        _ = try await store.createQueue(name: "Outpatient", rules: QueueRules(settings: [.outpatient]))
        let manager = try #require(try await store.user(username: "manager"))
        let job = try await state.jobs.start(encounterIDs: nil, userID: manager.id)
        _ = try await state.jobs.run(jobID: job.id)
        // the service's own runner may still be finishing an item it took: wait for every item to be done
        for _ in 0..<600 {
            if try await state.store.jobItems(jobID: job.id).allSatisfy({ $0.state == .done || $0.state == .failed }) {
                break
            }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    static var sampleBundle: Data {
        try! Data(contentsOf: repository.appendingPathComponent("Samples/encounters.fhir.json"))
    }

    /// A new database with one user per role (password `password-<role>`), and the service over it.
    static func withService(
        logs: LogStore? = nil, live: Bool = false,
        _ body: @Sendable (SQLiteWorklistStore, ServerState, any TestClientProtocol) async throws -> Void
    ) async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("worklist-\(UUID().uuidString).sqlite")
            .path
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        // fewer PBKDF2 rounds than a deployment's 600,000: the suites sign in hundreds of times in parallel
        let store = try SQLiteWorklistStore(
            path: path, options: SQLiteWorklistStore.Options(passwordHasher: PasswordHasher(rounds: 10_000)))
        for role in UserRole.allCases {
            _ = try await store.createUser(
                NewUser(
                    username: role.rawValue, displayName: role.rawValue.capitalized, role: role,
                    password: "password-\(role.rawValue)"))
        }
        let state = ServerState(store: store, engines: engines, concurrency: 1)
        var logger = Logger(label: "test") { label -> any LogHandler in
            if let logs { return LogCollector(label: label, store: logs) }
            return SwiftLogNoOpLogHandler()
        }
        logger.logLevel = .trace
        // live: a real server on a free loopback port (the browser test); else requests go straight to the router
        let app = buildApplication(
            ServerConfiguration(port: live ? 0 : 8080, logLevel: .trace), state: state, logger: logger)
        try await app.test(live ? .live : .router) { client in try await body(store, state, client) }
    }
}

/// Every message the application logged, with its metadata, to look for patient data in.
final class LogStore: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func append(_ line: String) { lock.withLock { lines.append(line) } }
    var all: [String] { lock.withLock { lines } }
}

struct LogCollector: LogHandler {
    let label: String
    let store: LogStore
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace
    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }
    func log(event: LogEvent) {
        store.append("\(event.level) \(event.message) \(metadata.merging(event.metadata ?? [:]) { $1 })")
    }
}

/// A signed-in client: the token of a role's user, and JSON in and out.
struct Session {
    let client: any TestClientProtocol
    let token: String?
    /// When set, every response is checked against the schema `/openapi.json` documents for it.
    var spec: OpenAPIConformance? = nil

    static func signIn(_ client: any TestClientProtocol, as role: UserRole, spec: OpenAPIConformance? = nil)
        async throws -> Session
    {
        let body = #"{"username":"\#(role.rawValue)","password":"password-\#(role.rawValue)"}"#
        let token = try await client.execute(uri: "/api/login", method: .post, body: ByteBuffer(string: body)) { r in
            #expect(r.status == .ok)
            return try JSONDecoder().decode(IssuedTokenBody.self, from: Data(r.body.readableBytesView)).token
        }
        return Session(client: client, token: token, spec: spec)
    }

    /// The documented path of a request: numeric segments become `{id}`, the query goes.
    static func template(_ uri: String) -> String {
        let path = uri.split(separator: "?", maxSplits: 1).first.map(String.init) ?? uri
        return path.split(separator: "/", omittingEmptySubsequences: false)
            .map { $0.allSatisfy(\.isNumber) && !$0.isEmpty ? "{id}" : String($0) }.joined(separator: "/")
    }

    struct IssuedTokenBody: Decodable { var token: String }

    func call(
        _ method: HTTPRequest.Method, _ uri: String, json: String? = nil, contentType: String = "application/json"
    ) async throws -> (HTTPResponse.Status, Data) {
        var headers = HTTPFields()
        if let token { headers[.authorization] = "Bearer \(token)" }
        if json != nil { headers[.contentType] = contentType }
        return try await client.execute(
            uri: uri, method: method, headers: headers, body: json.map { ByteBuffer(string: $0) }
        ) { r in
            (r.status, Data(r.body.readableBytesView))
        }
    }

    func object(_ method: HTTPRequest.Method, _ uri: String, json: String? = nil) async throws -> [String: Any] {
        let (status, data) = try await call(method, uri, json: json)
        #expect(status.code < 300, "\(method) \(uri): \(status) \(String(decoding: data, as: UTF8.self))")
        return (try JSONSerialization.jsonObject(with: data) as? [String: Any]) ?? [:]
    }
}

/// Text as the pages' templates write it: `&`, `<`, `>`, `"` and `'` become character references (what a page
/// shows of a value, for the tests to look for).
func esc(_ text: some StringProtocol) -> String {
    var needs = false
    for b in text.utf8 where b == 0x26 || b == 0x3C || b == 0x3E || b == 0x22 || b == 0x27 {
        needs = true
        break
    }
    guard needs else { return String(text) }
    var out = ""
    out.reserveCapacity(text.utf8.count + 16)
    for ch in text.unicodeScalars {
        switch ch {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default: out.unicodeScalars.append(ch)
        }
    }
    return out
}
