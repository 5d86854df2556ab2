import CodingServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// The FHIR terminology API under `/fhir`: every operation by GET and POST, with known and unknown codes, and every
/// error as an `OperationOutcome` with its status.
@Suite struct FHIRTerminologyTests {
    static let cm = "http://hl7.org/fhir/sid/icd-10-cm"
    static let pcs = "http://www.cms.gov/Medicare/Coding/ICD10"

    /// One FHIR call: status, content type and the resource as a dictionary.
    struct Answer {
        var status: HTTPResponse.Status
        var contentType: String
        var data: Data
        var resource: [String: Any]

        /// The parameters of a `Parameters` resource named `name`.
        func parameters(_ name: String) -> [[String: Any]] {
            (resource["parameter"] as? [[String: Any]] ?? []).filter { $0["name"] as? String == name }
        }

        func string(_ name: String) -> String? { parameters(name).first?["valueString"] as? String }
        func boolean(_ name: String) -> Bool? { parameters(name).first?["valueBoolean"] as? Bool }

        /// The `property` parts of a `$lookup`: code and value (the value as text or boolean).
        var properties: [(code: String, value: Any, description: String?)] {
            parameters("property").map { p in
                let parts = p["part"] as? [[String: Any]] ?? []
                func part(_ n: String) -> [String: Any]? { parts.first { $0["name"] as? String == n } }
                let value = part("value").map { v in v.first { $0.key.hasPrefix("value") }?.value ?? "" } ?? ""
                return (
                    part("code")?["valueCode"] as? String ?? "", value, part("description")?["valueString"] as? String
                )
            }
        }

        func values(_ code: String) -> [String] {
            properties.filter { $0.code == code }.compactMap { $0.value as? String }
        }

        /// The first issue of an `OperationOutcome`: its code and diagnostics.
        var issue: (code: String, diagnostics: String)? {
            guard resource["resourceType"] as? String == "OperationOutcome",
                let issue = (resource["issue"] as? [[String: Any]])?.first
            else { return nil }
            return (issue["code"] as? String ?? "", issue["diagnostics"] as? String ?? "")
        }

        var codes: [String] {
            ((resource["expansion"] as? [String: Any])?["contains"] as? [[String: Any]] ?? []).compactMap {
                $0["code"] as? String
            }
        }
    }

    /// Calls the FHIR API; every answer, success or error, is a FHIR resource in `application/fhir+json`.
    static func fhir(
        _ client: any TestClientProtocol, _ method: HTTPRequest.Method, _ uri: String, body: String? = nil
    ) async throws -> Answer {
        var headers = HTTPFields()
        if body != nil { headers[.contentType] = "application/fhir+json" }
        let answer = try await client.execute(
            uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) }
        ) { r in
            let data = Data(r.body.readableBytesView)
            return Answer(
                status: r.status, contentType: r.headers[.contentType] ?? "", data: data,
                resource: (try? JSONSerialization.jsonObject(with: data) as? [String: Any]) ?? [:])
        }
        #expect(answer.contentType.hasPrefix("application/fhir+json"), "\(method) \(uri): \(answer.contentType)")
        #expect(
            answer.resource["resourceType"] is String,
            "\(method) \(uri): \(String(decoding: answer.data, as: UTF8.self))")
        return answer
    }

    /// A `Parameters` body of text and coding parameters.
    static func parameters(_ values: [(String, String)], codings: [(String, String, String)] = []) -> String {
        let text = values.map { #"{"name":"\#($0.0)","valueString":"\#($0.1)"}"# }
        let coded = codings.map { #"{"name":"\#($0.0)","valueCoding":{"system":"\#($0.1)","code":"\#($0.2)"}}"# }
        return #"{"resourceType":"Parameters","parameter":[\#((text + coded).joined(separator: ","))]}"#
    }

    @Test func metadataAndCodeSystems() async throws {
        try await ServerFixture.withService { _, _, client in
            let metadata = try await Self.fhir(client, .get, "/fhir/metadata")
            #expect(metadata.status == .ok && metadata.resource["resourceType"] as? String == "CapabilityStatement")
            // public: a client's token for some other server is ignored, not refused
            let withToken = try await client.execute(
                uri: "/fhir/metadata", method: .get, headers: [.authorization: "Bearer not-one-of-ours"]
            ) { $0.status }
            #expect(withToken == .ok)
            #expect(
                metadata.resource["fhirVersion"] as? String == "4.0.1"
                    && metadata.resource["kind"] as? String == "instance")
            let rest = try #require((metadata.resource["rest"] as? [[String: Any]])?.first)
            let resources = try #require(rest["resource"] as? [[String: Any]])
            #expect(resources.compactMap { $0["type"] as? String } == ["CodeSystem", "ValueSet"])
            let operations = resources.flatMap {
                ($0["operation"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
            }
            #expect(operations == ["lookup", "validate-code", "subsumes", "expand", "validate-code"])

            let all = try await Self.fhir(client, .get, "/fhir/CodeSystem")
            #expect(
                all.resource["resourceType"] as? String == "Bundle" && all.resource["type"] as? String == "searchset")
            #expect(all.resource["total"] as? Int == 2)
            let one = try await Self.fhir(client, .get, "/fhir/CodeSystem?url=\(Self.cm)&_format=json")
            let entry = try #require((one.resource["entry"] as? [[String: Any]])?.first?["resource"] as? [String: Any])
            #expect(one.resource["total"] as? Int == 1 && entry["url"] as? String == Self.cm)
            #expect(entry["content"] as? String == "not-present" && entry["status"] as? String == "active")
            #expect(entry["version"] as? String == "2027" && (entry["count"] as? Int ?? 0) > 70_000)
            #expect(
                try await Self.fhir(client, .get, "/fhir/CodeSystem?url=http://example.org/none").resource["total"]
                    as? Int == 0)

            let read = try await Self.fhir(client, .get, "/fhir/CodeSystem/icd-10-pcs")
            #expect(read.status == .ok && read.resource["url"] as? String == Self.pcs)
            let unknown = try await Self.fhir(client, .get, "/fhir/CodeSystem/snomed")
            #expect(unknown.status == .notFound && unknown.issue?.code == "not-found")
        }
    }

    @Test func lookupICD10CMWithNotesOwnAndInherited() async throws {
        try await ServerFixture.withService { _, _, client in
            let j690 = try await Self.fhir(client, .get, "/fhir/CodeSystem/$lookup?system=\(Self.cm)&code=J690")
            #expect(j690.status == .ok && j690.resource["resourceType"] as? String == "Parameters")
            #expect(j690.string("name") == "ICD-10-CM" && j690.string("version") == "2027")
            #expect(j690.string("display") == "Pneumonitis due to inhalation of food and vomit")
            #expect(j690.values("parent") == ["J69"])
            #expect(j690.properties.first { $0.code == "billable" }?.value as? Bool == true)
            #expect(j690.properties.first { $0.code == "inactive" }?.value as? Bool == false)
            #expect(j690.values("kind") == ["subcategory"])
            // J69.0's own inclusion terms, and J69's Excludes1 inherited, saying where it is written
            #expect(!j690.values("inclusionTerm").isEmpty)
            let inherited = j690.properties.filter { $0.code == "excludes1" }
            #expect(inherited.contains { $0.description == "inherited from J69" }, "\(inherited)")
            #expect(
                j690.properties.contains { $0.code == "excludes2" && $0.description == "inherited from chapter 10" })

            let j69 = try await Self.fhir(
                client, .get, "/fhir/CodeSystem/$lookup?system=\(Self.cm)&code=j69&property=child,billable")
            #expect(j69.values("child").contains("J69.0") && j69.values("parent").isEmpty)
            #expect(j69.properties.allSatisfy { ["child", "billable"].contains($0.code) })
            #expect(j69.properties.first { $0.code == "billable" }?.value as? Bool == false)

            // a code with 7th characters: the definitions that apply
            let fracture = try await Self.fhir(client, .get, "/fhir/CodeSystem/$lookup?system=\(Self.cm)&code=S72.001A")
            #expect(fracture.status == .ok && fracture.values("kind") == ["extended"])
            #expect(fracture.values("sevenChrDef").contains { $0.hasPrefix("A ") })

            // FY2027: a new code is marked, a deleted one names its replacements (issue 19)
            let new = try await Self.fhir(client, .get, "/fhir/CodeSystem/$lookup?system=\(Self.cm)&code=I42.01")
            let change = try #require(new.properties.first { $0.code == "change" })
            #expect(change.value as? String == "added" && change.description == "New in FY2027.")
            let heading = try await Self.fhir(client, .get, "/fhir/CodeSystem/$lookup?system=\(Self.cm)&code=D69.1")
            #expect(heading.values("replacedBy") == ["D69.11", "D69.19"])
            let gone = try await Self.fhir(client, .get, "/fhir/CodeSystem/$lookup?system=\(Self.cm)&code=T52.8X1A")
            #expect(gone.status == .notFound && gone.issue?.diagnostics.contains("T52.811A") == true)
            let old = try await Self.fhir(client, .get, "/fhir/CodeSystem/$lookup?system=\(Self.cm)%7C2026&code=D69.1")
            #expect(
                old.string("version") == "2026"
                    && old.properties.first { $0.code == "billable" }?.value as? Bool == true)

            let unknown = try await Self.fhir(client, .get, "/fhir/CodeSystem/$lookup?system=\(Self.cm)&code=J69.99")
            #expect(unknown.status == .notFound && unknown.issue?.code == "not-found")
            #expect(unknown.issue?.diagnostics.contains("J69.99") == true)
        }
    }

    @Test func lookupICD10PCS() async throws {
        try await ServerFixture.withService { _, _, client in
            let answer = try await Self.fhir(client, .get, "/fhir/CodeSystem/$lookup?system=\(Self.pcs)&code=0dtj4zz")
            #expect(answer.status == .ok && answer.string("name") == "ICD-10-PCS")
            #expect(answer.string("display")?.lowercased().contains("appendix") == true, "\(answer.resource)")
            #expect(answer.values("parent").isEmpty)
            #expect(answer.values("operation") == ["Resection"], "\(answer.properties)")
            let unknown = try await Self.fhir(client, .get, "/fhir/CodeSystem/$lookup?system=\(Self.pcs)&code=0DTJ4ZA")
            #expect(unknown.status == .notFound && unknown.issue?.code == "not-found")
        }
    }

    @Test func validateCodeInTheCodeSystemAndTheValueSet() async throws {
        try await ServerFixture.withService { _, _, client in
            let base = "/fhir/CodeSystem/$validate-code?url=\(Self.cm)"
            let good = try await Self.fhir(client, .get, base + "&code=J69.0")
            #expect(
                good.boolean("result") == true
                    && good.string("display") == "Pneumonitis due to inhalation of food and vomit")
            let sameDisplay = try await Self.fhir(
                client, .get, base + "&code=J690&display=pneumonitis%20due%20to%20inhalation%20of%20food%20and%20vomit")
            #expect(sameDisplay.boolean("result") == true)
            let mismatch = try await Self.fhir(client, .get, base + "&code=J69.0&display=Aspiration%20pneumonia")
            #expect(mismatch.status == .ok && mismatch.boolean("result") == false)
            #expect(mismatch.string("display") == "Pneumonitis due to inhalation of food and vomit")
            #expect(mismatch.string("message")?.contains("Aspiration pneumonia") == true)
            let unknown = try await Self.fhir(client, .get, base + "&code=J69.99")
            #expect(unknown.boolean("result") == false && unknown.string("message")?.contains("J69.99") == true)
            // a category is a code of the system, with a warning that it is not valid for reporting
            let header = try await Self.fhir(client, .get, base + "&code=J69")
            #expect(
                header.boolean("result") == true
                    && header.string("message")?.contains("not a code valid for reporting") == true)

            let vs = "/fhir/ValueSet/$validate-code?url=\(Self.cm)%3Ffhir_vs&system=\(Self.cm)"
            #expect(try await Self.fhir(client, .get, vs + "&code=J69.0").boolean("result") == true)
            #expect(try await Self.fhir(client, .get, vs + "&code=J69").boolean("result") == false)
            let otherSystem = try await Self.fhir(
                client, .get, "/fhir/ValueSet/$validate-code?url=\(Self.cm)&system=\(Self.pcs)&code=J69.0")
            #expect(otherSystem.boolean("result") == false)
            let posted = try await Self.fhir(
                client, .post, "/fhir/ValueSet/$validate-code",
                body: Self.parameters([("url", Self.pcs)], codings: [("coding", Self.pcs, "0DTJ4ZZ")]))
            #expect(posted.status == .ok && posted.boolean("result") == true)
        }
    }

    @Test func subsumesEachWay() async throws {
        try await ServerFixture.withService { _, _, client in
            func outcome(_ system: String, _ a: String, _ b: String) async throws -> String? {
                let r = try await Self.fhir(
                    client, .get, "/fhir/CodeSystem/$subsumes?system=\(system)&codeA=\(a)&codeB=\(b)")
                return r.parameters("outcome").first?["valueCode"] as? String
            }
            #expect(try await outcome(Self.cm, "J69", "J69.0") == "subsumes")
            #expect(try await outcome(Self.cm, "J690", "J69") == "subsumed-by")
            #expect(try await outcome(Self.cm, "J60-J70", "J69.0") == "subsumes")
            #expect(try await outcome(Self.cm, "j69.0", "J69.0") == "equivalent")
            #expect(try await outcome(Self.cm, "J69.0", "I10") == "not-subsumed")
            #expect(try await outcome(Self.pcs, "0DTJ4ZZ", "0dtj4zz") == "equivalent")
            #expect(try await outcome(Self.pcs, "0DTJ4ZZ", "0DTJ0ZZ") == "not-subsumed")
            let posted = try await Self.fhir(
                client, .post, "/fhir/CodeSystem/$subsumes",
                body: Self.parameters([], codings: [("codingA", Self.cm, "J69.0"), ("codingB", Self.cm, "J69")]))
            #expect(posted.parameters("outcome").first?["valueCode"] as? String == "subsumed-by")
            let unknown = try await Self.fhir(
                client, .get, "/fhir/CodeSystem/$subsumes?system=\(Self.cm)&codeA=J69&codeB=Q99.99")
            #expect(unknown.status == .notFound && unknown.issue?.diagnostics.hasPrefix("codeB") == true)
        }
    }

    @Test func expandFindsAspirationPneumonitisFirst() async throws {
        try await ServerFixture.withService { _, _, client in
            let answer = try await Self.fhir(
                client, .get,
                "/fhir/ValueSet/$expand?url=http://hl7.org/fhir/sid/icd-10-cm&filter=aspiration%20pneum&count=10")
            #expect(answer.status == .ok && answer.resource["resourceType"] as? String == "ValueSet")
            #expect(answer.resource["status"] as? String == "active" && answer.resource["url"] as? String == Self.cm)
            let expansion = try #require(answer.resource["expansion"] as? [String: Any])
            #expect((expansion["identifier"] as? String)?.hasPrefix("urn:uuid:") == true)
            #expect(expansion["timestamp"] is String && expansion["offset"] as? Int == 0)
            #expect(answer.codes.first == "J69.0", "\(answer.codes)")
            #expect(answer.codes.count <= 10 && (expansion["total"] as? Int ?? 0) >= answer.codes.count)
            let echoed = (expansion["parameter"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
            #expect(["filter", "count", "offset"].allSatisfy(echoed.contains))
            let contains = try #require((expansion["contains"] as? [[String: Any]])?.first)
            #expect(contains["system"] as? String == Self.cm && contains["display"] is String)

            let pcs = try await Self.fhir(client, .get, "/fhir/ValueSet/$expand?url=\(Self.pcs)&filter=0DTJ&count=5")
            #expect(pcs.codes.contains("0DTJ4ZZ"), "\(pcs.codes)")
        }
    }

    @Test func expandPagesInCodeOrder() async throws {
        try await ServerFixture.withService { _, _, client in
            let url = "/fhir/ValueSet/$expand?url=\(Self.cm)%3Ffhir_vs"
            let ten = try await Self.fhir(client, .get, url + "&count=10")
            let first = try await Self.fhir(client, .get, url + "&count=5")
            let second = try await Self.fhir(client, .get, url + "&count=5&offset=5")
            #expect(ten.codes.count == 10 && first.codes + second.codes == ten.codes)
            #expect(ten.codes.first == "A00.0")
            let total = (ten.resource["expansion"] as? [String: Any])?["total"] as? Int ?? 0
            #expect(total > 70_000)
            let last = try await Self.fhir(client, .get, url + "&count=5&offset=\(total - 2)")
            #expect(last.codes.count == 2)
            // the same page through a POSTed Parameters resource
            let posted = try await Self.fhir(
                client, .post, "/fhir/ValueSet/$expand",
                body:
                    #"{"resourceType":"Parameters","parameter":[{"name":"url","valueUri":"\#(Self.cm)"},{"name":"count","valueInteger":5},{"name":"offset","valueInteger":5}]}"#
            )
            #expect(posted.codes == second.codes)
            let pcs = try await Self.fhir(client, .get, "/fhir/ValueSet/$expand?url=\(Self.pcs)&count=3")
            #expect(pcs.codes.count == 3 && pcs.codes == pcs.codes.sorted())
        }
    }

    @Test func postedParametersAndEncodedDollar() async throws {
        try await ServerFixture.withService { _, _, client in
            let posted = try await Self.fhir(
                client, .post, "/fhir/CodeSystem/$lookup",
                body: Self.parameters([("system", Self.cm), ("code", "J69.0")]))
            #expect(
                posted.status == .ok && posted.string("display") == "Pneumonitis due to inhalation of food and vomit")
            let coded = try await Self.fhir(
                client, .post, "/fhir/CodeSystem/$validate-code",
                body: Self.parameters([("display", "Wrong")], codings: [("coding", Self.cm, "J69.0")]))
            #expect(coded.boolean("result") == false && coded.string("display") != nil)
            let encoded = try await Self.fhir(client, .get, "/fhir/CodeSystem/%24lookup?system=\(Self.cm)&code=J69.0")
            #expect(encoded.status == .ok && encoded.string("display") != nil)
        }
    }

    @Test(arguments: [
        ("GET", "/fhir/CodeSystem/$lookup?code=J69.0", HTTPResponse.Status.badRequest, "invalid", "system"),
        ("GET", "/fhir/CodeSystem/$lookup?system=http://hl7.org/fhir/sid/icd-10-cm", .badRequest, "invalid", "code"),
        ("GET", "/fhir/CodeSystem/$lookup?system=http://snomed.info/sct&code=1", .notFound, "not-found", "system"),
        (
            "GET", "/fhir/CodeSystem/$lookup?system=http://hl7.org/fhir/sid/icd-10-cm&code=J69.0&version=2019",
            .notFound, "not-found", "version"
        ),
        ("GET", "/fhir/ValueSet/$expand?filter=x", .badRequest, "invalid", "url"),
        (
            "GET", "/fhir/ValueSet/$expand?url=http://hl7.org/fhir/sid/icd-10-cm&count=5000", .badRequest, "invalid",
            "count"
        ),
        (
            "GET", "/fhir/ValueSet/$expand?url=http://hl7.org/fhir/sid/icd-10-cm&offset=-1", .badRequest, "invalid",
            "offset"
        ),
        ("GET", "/fhir/ValueSet/$expand?url=http://example.org/vs", .notFound, "not-found", "url"),
        (
            "GET", "/fhir/ValueSet/$expand?url=http://hl7.org/fhir/sid/icd-10-cm%3Ffhir_vs%3Disa/J69", .badRequest,
            "not-supported", "url"
        ),
        (
            "GET", "/fhir/CodeSystem/$subsumes?system=http://hl7.org/fhir/sid/icd-10-cm&codeA=J69", .badRequest,
            "invalid", "codeB"
        ),
        ("GET", "/fhir/CodeSystem/$closure", .notFound, "not-supported", "$closure"),
        ("GET", "/fhir/ValueSet/$lookup?url=x", .notFound, "not-supported", "$lookup"),
        ("GET", "/fhir/Patient/1", .notFound, "not-supported", "/fhir/Patient/1"),
        ("GET", "/fhir", .notFound, "not-supported", "/fhir/metadata"),
        ("GET", "/fhir/metadata?_format=xml", .notAcceptable, "not-supported", "_format"),
        ("DELETE", "/fhir/CodeSystem/icd-10-cm", .methodNotAllowed, "not-supported", "DELETE"),
        ("PUT", "/fhir/ValueSet/x", .methodNotAllowed, "not-supported", "PUT"),
        ("POST", "/fhir/metadata", .methodNotAllowed, "not-supported", "POST"),
        ("PATCH", "/fhir/Patient/1", .methodNotAllowed, "not-supported", "PATCH"),
        ("POST", "/fhir/CodeSystem/icd-10-cm", .methodNotAllowed, "not-supported", "POST"),
        ("POST", "/fhir/CodeSystem/$lookup", .badRequest, "invalid", "request body"),
    ])
    func badRequestsAreOperationOutcomes(
        method: String, uri: String, status: HTTPResponse.Status, code: String, named: String
    ) async throws {
        try await ServerFixture.withService { _, _, client in
            let body = method == "POST" && uri.contains("$") ? #"{"resourceType":"Patient"}"# : nil
            let answer = try await Self.fhir(client, HTTPRequest.Method(rawValue: method)!, uri, body: body)
            #expect(answer.status == status, "\(method) \(uri): \(String(decoding: answer.data, as: UTF8.self))")
            let issue = try #require(answer.issue, "\(method) \(uri): \(String(decoding: answer.data, as: UTF8.self))")
            #expect(issue.code == code && issue.diagnostics.contains(named), "\(method) \(uri): \(issue)")
            #expect(!issue.diagnostics.contains("\n"))
        }
    }

    /// The answers as `/openapi.json` documents them, and as the FHIR R4 model (PyPI `fhir.resources`) defines them.
    static let samples: [(method: String, uri: String, body: String?, documented: String)] = [
        ("GET", "/fhir/metadata", nil, "/fhir/metadata"),
        ("GET", "/fhir/CodeSystem", nil, "/fhir/CodeSystem"),
        ("GET", "/fhir/CodeSystem/icd-10-cm", nil, ""),
        ("GET", "/fhir/CodeSystem/$lookup?system=\(cm)&code=J69.0", nil, "/fhir/CodeSystem/$lookup"),
        ("GET", "/fhir/CodeSystem/$lookup?system=\(cm)&code=S72.001A", nil, "/fhir/CodeSystem/$lookup"),
        ("GET", "/fhir/CodeSystem/$lookup?system=\(pcs)&code=0DTJ4ZZ", nil, "/fhir/CodeSystem/$lookup"),
        ("GET", "/fhir/CodeSystem/$lookup?system=\(cm)&code=J69.99", nil, "/fhir/CodeSystem/$lookup"),
        (
            "GET", "/fhir/CodeSystem/$validate-code?url=\(cm)&code=J69.0&display=x", nil,
            "/fhir/CodeSystem/$validate-code"
        ),
        ("GET", "/fhir/CodeSystem/$subsumes?system=\(cm)&codeA=J69&codeB=J69.0", nil, "/fhir/CodeSystem/$subsumes"),
        ("GET", "/fhir/ValueSet/$expand?url=\(cm)&filter=aspiration%20pneum&count=10", nil, "/fhir/ValueSet/$expand"),
        ("GET", "/fhir/ValueSet/$expand?url=\(pcs)&count=3", nil, "/fhir/ValueSet/$expand"),
        ("GET", "/fhir/ValueSet/$expand?url=\(cm)&filter=zzzzqqq", nil, "/fhir/ValueSet/$expand"),
        ("GET", "/fhir/ValueSet/$expand?url=\(cm)&count=x", nil, "/fhir/ValueSet/$expand"),
        (
            "POST", "/fhir/ValueSet/$validate-code", parameters([("url", cm), ("code", "J69")]),
            "/fhir/ValueSet/$validate-code"
        ),
    ]

    @Test func answersConformToTheOpenAPIDocument() async throws {
        try await ServerFixture.withService { _, _, client in
            let (_, document) = try await Session(client: client, token: nil).call(.get, "/openapi.json")
            let spec = try OpenAPIConformance(document)
            for sample in Self.samples where !sample.documented.isEmpty {
                let answer = try await Self.fhir(
                    client, HTTPRequest.Method(rawValue: sample.method)!, sample.uri, body: sample.body)
                let problems = spec.problems(
                    sample.method, sample.documented, status: Int(answer.status.code), body: answer.data)
                #expect(problems.isEmpty, "\(sample.uri): \(problems)")
            }
        }
    }

    @Test(
        .enabled("needs python3 with fhir.resources 8.3.0: python3 -m pip install fhir.resources==8.3.0") {
            await FHIRModelValidator.isAvailable()
        })
    func answersAreValidFHIRR4Resources() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fhir-answers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try await ServerFixture.withService { _, _, client in
            for (i, sample) in Self.samples.enumerated() {
                let answer = try await Self.fhir(
                    client, HTTPRequest.Method(rawValue: sample.method)!, sample.uri, body: sample.body)
                try answer.data.write(to: folder.appendingPathComponent("answer-\(i).json"))
            }
        }
        let (status, output) = try await FHIRModelValidator.validate(folder: folder)
        #expect(status == 0, "\(output)")
        #expect(output.contains("validated \(Self.samples.count) resources"), "\(output)")
    }
}
