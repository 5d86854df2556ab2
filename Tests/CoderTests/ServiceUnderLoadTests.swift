import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Issue 16, findings 1 and 3, against `coder serve` in a process of its own (so that the tests running beside it
/// in this process do not share its cooperative pool): heavy requests and a flood of wrong sign-ins with the
/// deployment's 600,000 PBKDF2 rounds leave `/health` answering within 100 ms. The bound, not a speed: before the
/// fix, each held a thread of the cooperative pool and `/health` waited for seconds.
///
/// A bound in milliseconds needs the two cores to itself: beside the whole suite (dozens of suites, the agreement
/// runs' Python processes) even a refused lookup waits seconds for a core. So these run when `CODER_TIMING_TESTS=1`,
/// which `.ci/run` sets for a run of this suite alone after `swift test`.
@Suite(
    "the service under load, in a process of its own", .serialized, .timeLimit(.minutes(5)),
    .enabled(
        if: ProcessInfo.processInfo.environment["CODER_TIMING_TESTS"] == "1",
        "a timing bound: run alone with CODER_TIMING_TESTS=1 (.ci/run does, after swift test)"))
struct ServiceUnderLoadTests {
    @Test func healthAnswersWhileLongLookupsAndSuggestionsRun() async throws {
        try await Self.withServer { server in
            let token = try await server.signIn("coder")
            let word = String(repeating: "x", count: 10_000)
            let note = try String(
                contentsOf: CoderProcess.repository.appendingPathComponent("Evaluation/notes/discharge-summary.txt"),
                encoding: .utf8)
            let big = String(repeating: note + "\n", count: 200)
            let clock = ContinuousClock()
            async let lookups: [(Int, Duration)] = withThrowingTaskGroup(of: (Int, Duration).self) { group in
                for _ in 0..<2 {
                    group.addTask {
                        let start = clock.now
                        let status = try await server.status("/api/lookup?q=" + word, session: .load)
                        return (status, clock.now - start)
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            let done = Flag()
            async let suggestions: [Int] = withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<2 {
                    group.addTask {
                        try await server.status("/api/suggest", body: big, token: token, session: .load)
                    }
                }
                let statuses = try await group.reduce(into: []) { $0.append($1) }
                done.set()
                return statuses
            }
            try await Task.sleep(for: .milliseconds(300))
            // probes until both suggestions have been answered (their JSON written too), so the window covers all
            // of the heavy work
            let probes = try await server.healthProbes(probes: 1000, clock: clock, until: done)
            let answered = try await lookups
            // the 10,000-character lookups are refused at once, naming the limit
            #expect(answered.allSatisfy { $0.0 == 400 && $0.1 < .seconds(2) }, "\(answered)")
            #expect(try await suggestions == [200, 200])
            #expect(probes.withinBound, "/health: \(probes)")
        }
    }

    @Test func healthAnswersDuringASignInFlood() async throws {
        try await Self.withServer { server in
            let clock = ContinuousClock()
            async let flood: [Int] = withThrowingTaskGroup(of: Int.self) { group in
                for i in 0..<8 {
                    group.addTask {
                        try await server.status(
                            "/api/login", body: #"{"username":"nobody\#(i)","password":"wrong password"}"#,
                            session: .load)
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            try await Task.sleep(for: .milliseconds(150))
            let probes = try await server.healthProbes(probes: 20, clock: clock)
            #expect(try await flood.allSatisfy { $0 == 401 })
            #expect(probes.withinBound, "/health: \(probes)")
        }
    }

    // MARK: the server

    struct Server: Sendable {
        let base: String
        let password: String

        func status(_ path: String, body: String? = nil, token: String? = nil, session: URLSession) async throws
            -> Int
        {
            var request = URLRequest(url: try #require(URL(string: base + path)))
            request.timeoutInterval = 300
            if let body {
                request.httpMethod = "POST"
                request.httpBody = Data(body.utf8)
                let type = path == "/api/suggest" ? "text/plain" : "application/json"
                request.setValue(type, forHTTPHeaderField: "Content-Type")
            }
            if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
            let (_, response) = try await session.data(for: request)
            return (response as? HTTPURLResponse)?.statusCode ?? 0
        }

        func signIn(_ username: String) async throws -> String {
            var request = URLRequest(url: try #require(URL(string: base + "/api/login")))
            request.httpMethod = "POST"
            request.httpBody = Data(#"{"username":"\#(username)","password":"\#(password)"}"#.utf8)
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            let (data, _) = try await URLSession.probe.data(for: request)
            let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
            return try #require(object?["token"] as? String)
        }

        /// The slowest of up to `probes` sequential `/health` requests, 25 ms apart, on a client of their own,
        /// stopping once `until` is set (after at least 20).
        func healthProbes(probes: Int, clock: ContinuousClock, until: Flag? = nil) async throws -> Probes {
            var times: [Duration] = []
            for i in 0..<probes {
                if i >= 20, until?.isSet ?? true { break }
                let start = clock.now
                #expect(try await status("/health", session: .probe) == 200)
                times.append(clock.now - start)
                try await Task.sleep(for: .milliseconds(25))
            }
            return Probes(times: times.sorted())
        }
    }

    /// The `/health` times of a run, sorted.
    struct Probes: CustomStringConvertible {
        var times: [Duration]
        /// The 95th percentile: a probe the machine itself delayed (two shared cores, the rest of the suite running
        /// beside) is not the service's doing, but the service holding its pool would show in most probes.
        var p95: Duration { times[min(times.count - 1, Int(Double(times.count) * 0.95))] }
        var worst: Duration { times.last ?? .zero }
        var description: String { "n=\(times.count) p95=\(p95) worst=\(worst)" }

        /// Within 100 ms (p95), and no probe held for a second (before the fix: seconds to minutes).
        var withinBound: Bool { p95 < .milliseconds(100) && worst < .seconds(1) }
    }

    /// `coder serve --sample` (the deployment's store options: 600,000 PBKDF2 rounds) on a free loopback port.
    static func withServer(_ body: @Sendable (Server) async throws -> Void) async throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("coder-load-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let port = try freePort()
        let password = "sample-\(UUID().uuidString.prefix(12))"
        let process = Process()
        process.executableURL = CoderProcess.executable
        process.arguments = [
            "serve", "--sample", "--db", home.appendingPathComponent("w.sqlite").path, "--port", String(port),
            "--sample-password", password, "--admin-password", password, "--precode-concurrency", "1",
            "--code-sets", CoderProcess.repository.appendingPathComponent("CodeSets").path,
        ]
        var environment = ProcessInfo.processInfo.environment
        environment["CODER_HOME"] = home.path
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer {
            process.terminate()
            process.waitUntilExit()
        }
        let server = Server(base: "http://127.0.0.1:\(port)", password: password)
        var up = false
        for _ in 0..<600 where process.isRunning {
            if (try? await server.status("/health", session: .probe)) == 200 {
                up = true
                break
            }
            try await Task.sleep(for: .milliseconds(200))
        }
        try #require(up, "coder serve did not answer /health")
        // the sample's pre-coding runs in the background at start: let it finish so it does not load the machine
        try await Task.sleep(for: .seconds(3))
        try await body(server)
    }

    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
        }
        try #require(bound == 0)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

/// Set once, read from other tasks.
final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
}

extension URLSession {
    /// The `/health` probes' client: `URLSession.shared` holds at most six connections to a host, and a probe queued
    /// behind the load would measure the client, not the server.
    static let probe = URLSession(configuration: .ephemeral)
    /// The load's client.
    static let load = URLSession(configuration: .ephemeral)
}
