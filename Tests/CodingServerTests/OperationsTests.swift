import ClaimReview
import CodingServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Terminology
import Testing
import Worklist

/// Running the service: one configuration, a line per request, metrics, and failures said rather than swallowed.
@Suite struct OperationsTests {
    @Test func flagsBeatTheEnvironmentWhichBeatsTheDefaults() throws {
        let environment = [
            "CODER_PORT": "9090", "CODER_HOST": "0.0.0.0", "LOG_LEVEL": "debug", "CODER_TOKEN_LIFETIME": "90m",
            "CODER_UPLOAD_LIMIT_MIB": "64", "CODER_HASH_ROUNDS": "310000", "CODER_PRECODE_CONCURRENCY": "4",
            "CODER_TRUSTED_PROXIES": "10.0.0.1, 10.0.0.2", "CODER_DB": "/var/lib/coder/worklist.sqlite",
        ]
        let fromEnvironment = try ServerConfiguration.resolve(environment: environment)
        #expect(fromEnvironment.port == 9090 && fromEnvironment.host == "0.0.0.0" && fromEnvironment.logLevel == .debug)
        #expect(fromEnvironment.tokenLifetime == 5400 && fromEnvironment.uploadLimit == 64 << 20)
        #expect(fromEnvironment.hashRounds == 310_000 && fromEnvironment.precodeConcurrency == 4)
        #expect(fromEnvironment.trustedProxies == ["10.0.0.1", "10.0.0.2"])
        #expect(fromEnvironment.database == "/var/lib/coder/worklist.sqlite")
        let flagged = try ServerConfiguration.resolve(
            port: 8181, logLevel: "warning", tokenLifetime: "8h", trustedProxies: ["127.0.0.1"],
            environment: environment)
        #expect(flagged.port == 8181 && flagged.logLevel == .warning && flagged.tokenLifetime == 8 * 3600)
        #expect(flagged.trustedProxies == ["127.0.0.1"] && flagged.host == "0.0.0.0")
        let defaults = try ServerConfiguration.resolve(environment: [:])
        #expect(defaults.port == 8080 && defaults.host == "127.0.0.1" && defaults.logLevel == .info)
        #expect(
            defaults.description
                == "host=127.0.0.1 port=8080 db=worklist.sqlite log-level=info token-lifetime=8h upload-limit=32MiB hash-rounds=600000 precode-concurrency=2 trusted-proxies=none"
        )
    }

    @Test(arguments: [
        (["CODER_PORT": "eighty"], "CODER_PORT=eighty: expected a port (0…65535)"),
        (["LOG_LEVEL": "loud"], "LOG_LEVEL=loud: expected one of trace, debug, info"),
        (["CODER_TOKEN_LIFETIME": "forever"], "CODER_TOKEN_LIFETIME=forever: expected a duration"),
        (["CODER_HASH_ROUNDS": "1000"], "CODER_HASH_ROUNDS=1000: expected PBKDF2 rounds"),
        (["CODER_UPLOAD_LIMIT_MIB": "0"], "CODER_UPLOAD_LIMIT_MIB=0: expected MiB"),
    ])
    func aBadSettingIsOneLineNamingIt(environment: [String: String], message: String) {
        #expect {
            _ = try ServerConfiguration.resolve(environment: environment)
        } throws: { "\($0)".hasPrefix(message) && !"\($0)".contains("\n") }
    }

    @Test func oneLinePerRequestWithItsDurationAndNoQuery() async throws {
        let logs = LogStore()
        try await ServerFixture.withService(logs: logs) { _, _, client in
            let anonymous = Session(client: client, token: nil)
            let (lookup, _) = try await anonymous.call(.get, "/api/lookup?q=Smith%20heart%20failure")
            let (chart, _) = try await anonymous.call(.get, "/api/encounters/1")
            #expect(lookup == .ok && chart == .unauthorized)
        }
        let lines = logs.all.filter { $0.hasPrefix("info GET /api/") }
        let lookup = try #require(lines.first { $0.hasPrefix("info GET /api/lookup 200 ") })
        #expect(lookup.range(of: #"200 \d+\.\d ms"#, options: .regularExpression) != nil, "\(lookup)")
        #expect(lines.contains { $0.hasPrefix("info GET /api/encounters/1 401 ") })
        #expect(!logs.all.contains { $0.contains("Smith") }, "the query never reaches the log")
    }

    @Test func metricsShowRequestAndEngineLatency() async throws {
        try await ServerFixture.withService { _, _, client in
            let anonymous = Session(client: client, token: nil)
            #expect(try await anonymous.call(.get, "/api/lookup?q=heart%20failure").0 == .ok)
            let coder = try await Session.signIn(client, as: .coder)
            #expect(
                try await coder.call(.post, "/api/suggest", json: "Assessment: pneumonia.", contentType: "text/plain").0
                    == .ok)
            let (status, body) = try await anonymous.call(.get, "/metrics")
            #expect(status == .ok)
            let text = String(decoding: body, as: UTF8.self)
            for name in [
                "coder_lookup_duration_seconds_bucket", "coder_suggestion_duration_seconds_count",
                "http_server_request_duration", "coder_precode_items_total", "coder_precode_jobs_running",
            ] {
                #expect(text.contains(name), "\(name) in /metrics")
            }
            // latency by route template, never by a path with an id in it
            #expect(text.contains(#"http_route="/api/lookup""#))
        }
    }

    @Test func aClaimTheReviewCannotTakeIsAnErrorFindingNotACleanClaim() {
        let claim = Claim(dischargeDate: "yesterday", age: 60, sex: "F", diagnoses: [.init(code: "J18.9", poa: "Y")])
        let (findings, _) = ServerFixture.engines.reviewer.evaluation(claim, group: true)
        #expect(findings.first?.rule == "claim.review-failed" && findings.first?.severity == .error)
        #expect(findings.first?.message.contains("dischargeDate") == true)
    }
}
