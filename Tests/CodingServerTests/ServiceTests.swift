import CodingServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import Worklist

@Suite(.serialized) struct ServiceTests {
    @Test func healthAndEveryDocumentedRouteExists() async throws {
        try await ServerFixture.withService { _, _, client in
            let anonymous = Session(client: client, token: nil)
            let (status, health) = try await anonymous.call(.get, "/health")
            #expect(status == .ok && String(decoding: health, as: UTF8.self).contains("\"ok\""))
            let (docStatus, data) = try await anonymous.call(.get, "/openapi.json")
            #expect(docStatus == .ok)
            let doc = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let paths = try #require(doc["paths"] as? [String: [String: Any]])
            #expect(paths.count >= 40)
            for (path, operations) in paths {
                for (method, operation) in operations {
                    let op = try #require(operation as? [String: Any])
                    let uri = path.replacingOccurrences(of: "{id}", with: "999999")
                    let (s, body) = try await anonymous.call(HTTPRequest.Method(rawValue: method.uppercased())!, uri)
                    if op["security"] != nil {
                        // a route that exists and checks the token before anything else
                        #expect(s == .unauthorized, "\(method) \(path): \(s) \(String(decoding: body, as: UTF8.self))")
                        let responses = try #require(op["responses"] as? [String: Any])
                        #expect(
                            responses["401"] != nil && responses["403"] != nil,
                            "\(method) \(path) documents 401 and 403")
                    } else {
                        #expect(s != .notFound && s != .methodNotAllowed, "\(method) \(path): \(s)")
                    }
                }
            }
        }
    }

    @Test func signInTokensAndRoles() async throws {
        try await ServerFixture.withService { _, _, client in
            let anonymous = Session(client: client, token: nil)
            let (wrong, body) = try await anonymous.call(
                .post, "/api/login", json: #"{"username":"coder","password":"nope"}"#)
            #expect(wrong == .unauthorized && String(decoding: body, as: UTF8.self).contains("sign-in refused"))
            let forged = Session(client: client, token: "not-a-token")
            #expect(try await forged.call(.get, "/api/me").0 == .unauthorized)
            let coder = try await Session.signIn(client, as: .coder)
            #expect(try await coder.object(.get, "/api/me")["role"] as? String == "coder")
            #expect(try await coder.call(.get, "/api/users").0 == .forbidden)
            #expect(try await coder.call(.get, "/api/access-log").0 == .forbidden)
            #expect(try await coder.call(.post, "/api/import", json: "{}").0 == .forbidden)
            let admin = try await Session.signIn(client, as: .admin)
            // the admin runs the system but reads no chart
            #expect(try await admin.call(.get, "/api/encounters/1/chart").0 == .forbidden)
            let (created, _) = try await admin.call(
                .post, "/api/users", json: #"{"username":"newcoder","role":"coder","password":"a long enough one"}"#)
            #expect(created == .created)
            let (short, shortBody) = try await admin.call(
                .post, "/api/users", json: #"{"username":"x","role":"coder","password":"short"}"#)
            #expect(short == .badRequest && String(decoding: shortBody, as: UTF8.self).contains("password"))
            // sign-out revokes the token
            #expect(try await coder.call(.post, "/api/logout").0 == .noContent)
            #expect(try await coder.call(.get, "/api/me").0 == .unauthorized)
        }
    }

    @Test func badRequestsAreNamed() async throws {
        try await ServerFixture.withService { _, _, client in
            let coder = try await Session.signIn(client, as: .coder)
            let (s1, b1) = try await coder.call(.post, "/api/check", json: #"{"diagnoses":[{"poa":"Y"}]}"#)
            #expect(s1 == .badRequest && String(decoding: b1, as: UTF8.self).contains("code"))
            let (s2, b2) = try await coder.call(.post, "/api/check", json: #"{"diagnoses":[{"code":"I10"}"#)
            #expect(s2 == .badRequest, "\(String(decoding: b2, as: UTF8.self))")
            let (s3, _) = try await coder.call(.get, "/api/encounters/abc")
            #expect(s3 == .badRequest)
            let (s4, _) = try await coder.call(.get, "/api/lookup")
            #expect(s4 == .badRequest)
            let manager = try await Session.signIn(client, as: .manager)
            let big = String(repeating: "x", count: 33 * 1024 * 1024)
            #expect(try await manager.call(.post, "/api/import", json: big).0 == .contentTooLarge)
        }
    }

    @Test func lookupAndEnginesOverHTTP() async throws {
        try await ServerFixture.withService { _, _, client in
            let anonymous = Session(client: client, token: nil)
            let (s, data) = try await anonymous.call(.get, "/api/lookup?q=aspiration%20pneumonia&limit=5")
            #expect(s == .ok)
            let results = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
            #expect(results.first?["code"] as? String == "J69.0")
            #expect(results.first?["new"] == nil, "an old code carries no mark")
            // FY2027 (issue 19): a new code is marked new, in the release in effect today and not in FY2026's
            let (_, fy27) = try await anonymous.call(.get, "/api/lookup?q=brugada%20syndrome&limit=3")
            let brugada = try #require(try JSONSerialization.jsonObject(with: fy27) as? [[String: Any]])
            #expect(
                brugada.first?["code"] as? String == "I49.81" && brugada.first?["new"] as? Bool == true, "\(brugada)")
            let (_, fy26) = try await anonymous.call(.get, "/api/lookup?q=brugada%20syndrome&limit=3&date=2026-05-01")
            let before = try #require(try JSONSerialization.jsonObject(with: fy26) as? [[String: Any]])
            #expect(!before.contains { $0["code"] as? String == "I49.81" })
            let coder = try await Session.signIn(client, as: .coder)
            let claim =
                #"{"dischargeDate":"2025-11-06","age":70,"sex":"F","dischargeStatus":"01","diagnoses":[{"code":"E11.9","poa":"Y"},{"code":"E10.9","poa":"Y"}]}"#
            let (cs, findings) = try await coder.call(.post, "/api/check", json: claim)
            #expect(cs == .ok && String(decoding: findings, as: UTF8.self).contains("excludes1"))
            let grouped = try await coder.object(.post, "/api/group", json: claim)
            #expect((grouped["drg"] as? String)?.count == 3)
        }
    }
}

@Suite struct OpenAPIConformanceTests {
    /// "Documented equals implemented": every route of the router under `/api`, `/health` and `/openapi.*` is in the
    /// document with its method, and every operation of the document is a route. Under `/fhir` the router captures
    /// the operation (`/fhir/CodeSystem/{operation}` serves `$lookup`) and answers every other method with a FHIR
    /// OperationOutcome: there each documented operation must be served by a route of its method, and each GET or
    /// POST route must serve a documented operation. The pages (HTML, under `/`) are not part of the API.
    @Test func theRouterAndTheDocumentAgreeBothWays() async throws {
        try await ServerFixture.withService { _, state, client in
            struct Operation: Hashable, Comparable, CustomStringConvertible {
                var method: String
                var segments: [String]
                var description: String { "\(method) /\(segments.joined(separator: "/"))" }
                static func < (a: Self, b: Self) -> Bool { a.description < b.description }
                var isFHIR: Bool { segments.first == "fhir" }
                var isAPI: Bool {
                    segments == ["health"] || segments.first?.hasPrefix("openapi.") == true || segments.first == "api"
                        || isFHIR
                }
                /// Whether this route's pattern serves a documented path.
                func serves(_ documented: Operation) -> Bool {
                    method == documented.method && segments.count == documented.segments.count
                        && zip(segments, documented.segments).allSatisfy { r, d in
                            r == d || (r.hasPrefix("{") && r.hasSuffix("}"))
                        }
                }
            }
            let routed = Set(
                buildRouter(state).routes.map { route in
                    // the router writes a parameter `:id` (or `{id}`), the document `{id}`
                    Operation(
                        method: route.method.rawValue,
                        segments: route.path.description.split(separator: "/").map { segment in
                            segment.hasPrefix(":") ? "{\(segment.dropFirst())}" : String(segment)
                        })
                }
                .filter { $0.isAPI && $0.method != "HEAD" && !$0.segments.contains("**") })
            let (_, data) = try await Session(client: client, token: nil).call(.get, "/openapi.json")
            let doc = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let paths = try #require(doc["paths"] as? [String: [String: Any]])
            let documented = Set(
                paths.flatMap { path, operations in
                    operations.keys.map {
                        Operation(method: $0.uppercased(), segments: path.split(separator: "/").map(String.init))
                    }
                })
            #expect(routed.count >= 60 && documented.count >= 60)
            // the FHIR routes that only answer an OperationOutcome: bare `/fhir` (404), and POST where only the
            // operations take one (405)
            let outcomes: Set<String> = ["GET /fhir", "POST /fhir", "POST /fhir/metadata", "POST /fhir/CodeSystem"]
            let undocumented = routed.filter { route in
                route.isFHIR
                    ? ["GET", "POST"].contains(route.method) && !outcomes.contains(route.description)
                        && !documented.contains { route.serves($0) }
                    : !documented.contains(route)
            }
            #expect(undocumented.sorted() == [], "routes the document does not describe")
            let unrouted = documented.filter { operation in !routed.contains { $0.serves(operation) } }
            #expect(unrouted.sorted() == [], "documented operations no route implements")
        }
    }

    @Test func theYAMLAndTheJSONAreTheSameDocument() async throws {
        try await ServerFixture.withService { _, _, client in
            let anonymous = Session(client: client, token: nil)
            let (ys, yaml) = try await anonymous.call(.get, "/openapi.yaml")
            #expect(ys == .ok && String(decoding: yaml, as: UTF8.self).hasPrefix("# The OpenAPI 3.1 description"))
            let (_, json) = try await anonymous.call(.get, "/openapi.json")
            let doc = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
            // shared parameters are written once and referred to
            let parameters = try #require((doc["components"] as? [String: Any])?["parameters"] as? [String: Any])
            #expect(parameters["ID"] != nil)
            #expect(String(decoding: yaml, as: UTF8.self).contains("$ref: '#/components/parameters/ID'"))
            // every bound the YAML writes as a number is a number in the JSON, the largest integer too
            var bounds: [(String, Any)] = []
            func walk(_ value: Any, _ place: String) {
                if let object = value as? [String: Any] {
                    for (key, inner) in object {
                        if ["maximum", "minimum", "maxLength", "minLength", "maxItems", "minItems"].contains(key) {
                            bounds.append(("\(place)/\(key)", inner))
                        }
                        walk(inner, "\(place)/\(key)")
                    }
                } else if let array = value as? [Any] {
                    for (i, inner) in array.enumerated() { walk(inner, "\(place)/\(i)") }
                }
            }
            walk(doc, "#")
            #expect(bounds.count > 10)
            #expect(bounds.filter { !($0.1 is NSNumber) }.map(\.0) == [])
            #expect(
                bounds.contains { $0.0.hasSuffix("seed/maximum") && ($0.1 as? NSNumber)?.int64Value == Int64.max })
        }
    }

    @Test func theValidatorCatchesWhatTheDocumentForbids() async throws {
        try await ServerFixture.withService { _, _, client in
            let (_, document) = try await Session(client: client, token: nil).call(.get, "/openapi.json")
            let spec = try OpenAPIConformance(document)
            let good = Data(
                #"{"id":1,"username":"a","role":"coder","active":true,"displayName":"A","createdAt":"2026-01-01T00:00:00Z"}"#
                    .utf8)
            #expect(spec.problems("GET", "/api/me", status: 200, body: good).isEmpty)
            #expect(
                spec.problems("GET", "/api/me", status: 200, body: Data(#"{"id":1}"#.utf8)).contains {
                    $0.contains("username")
                })
            #expect(
                !spec.problems(
                    "GET", "/api/me", status: 200,
                    body: Data(#"{"id":1,"username":"a","role":"king","active":true}"#.utf8)
                ).isEmpty)
            #expect(
                spec.problems("GET", "/api/nowhere", status: 200, body: good) == ["GET /api/nowhere is not documented"])
            #expect(Session.template("/api/encounters/12/chart?x=1") == "/api/encounters/{id}/chart")
        }
    }
}

/// The NLM Clinical Tables ICD-10-CM search, answered here: the same parameters and the same array.
@Suite struct ClinicalTablesTests {
    @Test func theSameAnswerArray() async throws {
        try await ServerFixture.withService { _, _, client in
            let anonymous = Session(client: client, token: nil)
            let (s, data) = try await anonymous.call(.get, "/api/icd10cm/v3/search?terms=aspiration%20pneum&maxList=5")
            #expect(s == .ok)
            let answer = try #require(try JSONSerialization.jsonObject(with: data) as? [Any])
            #expect(answer.count == 4)
            let codes = try #require(answer[1] as? [String])
            #expect(codes.first == "J69.0" && codes.count <= 5)
            #expect((answer[0] as? Int ?? 0) >= codes.count)
            #expect(answer[2] is NSNull)
            let rows = try #require(answer[3] as? [[String]])
            #expect(rows.first == ["J69.0", "Pneumonitis due to inhalation of food and vomit"])
            // display and extra fields, paging, searching the code only
            let (_, named) = try await anonymous.call(
                .get, "/api/icd10cm/v3/search?terms=j69&sf=code&df=name&ef=code&count=2&offset=1")
            let page = try #require(try JSONSerialization.jsonObject(with: named) as? [Any])
            let pageCodes = try #require(page[1] as? [String])
            #expect(pageCodes.count == 2 && pageCodes.allSatisfy { $0.hasPrefix("J69.") })
            #expect((page[2] as? [String: [String]])?["code"] == pageCodes)
            #expect((page[3] as? [[String]])?.allSatisfy { $0.count == 1 } == true)
            // a bad parameter is named
            let (bad, why) = try await anonymous.call(.get, "/api/icd10cm/v3/search?terms=x&df=colour")
            #expect(bad == .badRequest && String(decoding: why, as: UTF8.self).contains("colour"))
            #expect(try await anonymous.call(.get, "/api/icd10cm/v3/search").0 == .badRequest)
        }
    }
}
