import Foundation
import Logging
import Synchronization
import Worklist

/// How the service runs: one value, from `coder serve`'s flags, else the environment (`CODER_*`, `LOG_LEVEL`), else
/// the defaults here. Printed at start (``description``), which holds no secret: the admin's and the sample users'
/// passwords are not configuration.
public struct ServerConfiguration: Sendable, CustomStringConvertible {
    public var host: String
    public var port: Int
    /// The worklist database (SQLite), created when absent.
    public var database: String
    public var logLevel: Logger.Level
    /// How long a sign-in (bearer token, browser session) lasts.
    public var tokenLifetime: TimeInterval
    /// The largest request body accepted (413 beyond): imports of FHIR bundles with their notes run to megabytes.
    public var uploadLimit: Int
    /// PBKDF2-SHA256 rounds of a new password hash (OWASP 2023: 600,000).
    public var hashRounds: Int
    /// How many pre-coding jobs' items run at once.
    public var precodeConcurrency: Int
    /// Reverse proxies (nginx) whose `X-Forwarded-For` names the client: behind one, every request comes from the
    /// proxy's address, and sign-in throttling by address would slow every user down for one user's typos.
    public var trustedProxies: Set<String>

    public init(
        host: String = "127.0.0.1", port: Int = 8080, database: String = "worklist.sqlite",
        logLevel: Logger.Level = .info,
        tokenLifetime: TimeInterval = 8 * 3600, uploadLimit: Int = 32 << 20,
        hashRounds: Int = PasswordHasher.defaultRounds,
        precodeConcurrency: Int = 2, trustedProxies: Set<String> = []
    ) {
        self.host = host
        self.port = port
        self.database = database
        self.logLevel = logLevel
        self.tokenLifetime = tokenLifetime
        self.uploadLimit = uploadLimit
        self.hashRounds = hashRounds
        self.precodeConcurrency = precodeConcurrency
        self.trustedProxies = trustedProxies
    }

    /// A setting the service cannot take: one line naming the flag or variable and what it expects.
    public struct Invalid: Error, CustomStringConvertible {
        public var description: String
    }

    /// The settings given as flags (nil: not given), completed from the environment, then the defaults.
    /// - Throws: ``Invalid`` naming the first flag or variable whose value is not one.
    public static func resolve(
        host: String? = nil, port: Int? = nil, database: String? = nil, logLevel: String? = nil,
        tokenLifetime: String? = nil, uploadLimit: Int? = nil, hashRounds: Int? = nil, precodeConcurrency: Int? = nil,
        trustedProxies: [String] = [], environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(Invalid) -> ServerConfiguration {
        var c = ServerConfiguration()
        func pick(_ flag: String?, _ name: String, _ variable: String) -> (value: String, source: String)? {
            if let flag { return (flag, "--\(name)") }
            if let v = environment[variable], !v.isEmpty { return (v, variable) }
            return nil
        }
        func integer(_ given: (value: String, source: String)?, in range: ClosedRange<Int>, _ what: String)
            throws(Invalid)
            -> Int?
        {
            guard let given else { return nil }
            guard let n = Int(given.value), range.contains(n) else {
                throw Invalid(
                    description:
                        "\(given.source)=\(given.value): expected \(what) (\(range.lowerBound)…\(range.upperBound))")
            }
            return n
        }
        if let h = pick(host, "host", "CODER_HOST") { c.host = h.value }
        if let p = try integer(pick(port.map(String.init), "port", "CODER_PORT"), in: 0...65535, "a port") {
            c.port = p
        }
        if let d = pick(database, "db", "CODER_DB") { c.database = d.value }
        if let l = pick(logLevel, "log-level", "LOG_LEVEL") {
            guard let level = Logger.Level(rawValue: l.value.lowercased()) else {
                throw Invalid(
                    description:
                        "\(l.source)=\(l.value): expected one of \(Logger.Level.allCases.map(\.rawValue).joined(separator: ", "))"
                )
            }
            c.logLevel = level
        }
        if let t = pick(tokenLifetime, "token-lifetime", "CODER_TOKEN_LIFETIME") {
            guard let seconds = Self.duration(t.value), seconds >= 60, seconds <= 30 * 86400 else {
                throw Invalid(
                    description: "\(t.source)=\(t.value): expected a duration from 1m to 30d (90m, 8h, 3600s)")
            }
            c.tokenLifetime = seconds
        }
        if let u = try integer(
            pick(uploadLimit.map(String.init), "upload-limit", "CODER_UPLOAD_LIMIT_MIB"), in: 1...1024, "MiB")
        {
            c.uploadLimit = u << 20
        }
        if let r = try integer(
            pick(hashRounds.map(String.init), "hash-rounds", "CODER_HASH_ROUNDS"), in: 100_000...10_000_000,
            "PBKDF2 rounds")
        {
            c.hashRounds = r
        }
        if let n = try integer(
            pick(precodeConcurrency.map(String.init), "precode-concurrency", "CODER_PRECODE_CONCURRENCY"), in: 1...64,
            "items at once")
        {
            c.precodeConcurrency = n
        }
        let proxies =
            trustedProxies.isEmpty
            ? (environment["CODER_TRUSTED_PROXIES"] ?? "").split(separator: ",").map {
                $0.trimmingCharacters(in: .whitespaces)
            } : trustedProxies
        c.trustedProxies = Set(proxies.filter { !$0.isEmpty })
        return c
    }

    /// `90m`, `8h`, `2d`, `3600s` or a number of seconds.
    static func duration(_ text: String) -> TimeInterval? {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        let units: [Character: Double] = ["s": 1, "m": 60, "h": 3600, "d": 86400]
        if let last = t.last, let unit = units[last], let n = Double(t.dropLast()), n > 0 { return n * unit }
        if let n = Double(t), n > 0 { return n }
        return nil
    }

    /// One line, no secret.
    public var description: String {
        let lifetime =
            tokenLifetime.truncatingRemainder(dividingBy: 3600) == 0
            ? "\(Int(tokenLifetime / 3600))h" : "\(Int(tokenLifetime / 60))m"
        let proxies = trustedProxies.isEmpty ? "none" : trustedProxies.sorted().joined(separator: ",")
        return
            "host=\(host) port=\(port) db=\(database) log-level=\(logLevel.rawValue) token-lifetime=\(lifetime) upload-limit=\(uploadLimit >> 20)MiB hash-rounds=\(hashRounds) precode-concurrency=\(precodeConcurrency) trusted-proxies=\(proxies)"
    }

    /// The largest request body of the process's service (the request context reads it).
    static let currentUploadLimit = Atomic<Int>(32 << 20)
}
