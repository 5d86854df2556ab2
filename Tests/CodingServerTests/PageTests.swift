import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Terminology
import Testing
import Worklist

@testable import CodingServer

/// A browser's session against the pages: the session cookie the sign-in page sets, sent back on every request.
struct BrowserSession {
    let client: any TestClientProtocol
    var cookie: String?

    static func signIn(_ client: any TestClientProtocol, as role: UserRole) async throws -> BrowserSession {
        let r = try await client.executeRequest(
            uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
            body: ByteBuffer(string: "username=\(role.rawValue)&password=password-\(role.rawValue)&next=%2Fworklist"))
        #expect(r.status == .seeOther)
        let setCookie = try #require(r.headers[.setCookie])
        #expect(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict"))
        return BrowserSession(client: client, cookie: String(setCookie.split(separator: ";")[0]))
    }

    func get(_ uri: String) async throws -> (HTTPResponse.Status, String, HTTPFields) {
        var headers = HTTPFields()
        if let cookie { headers[.cookie] = cookie }
        let r = try await client.executeRequest(uri: uri, method: .get, headers: headers, body: nil)
        return (r.status, String(buffer: r.body), r.headers)
    }

    func post(_ uri: String, form: String = "", origin: String? = nil) async throws -> (
        HTTPResponse.Status, String, HTTPFields
    ) {
        var headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
        if let cookie { headers[.cookie] = cookie }
        if let origin { headers[.origin] = origin }
        let r = try await client.executeRequest(
            uri: uri, method: .post, headers: headers, body: ByteBuffer(string: form))
        return (r.status, String(buffer: r.body), r.headers)
    }
}

@Suite(.serialized) struct PageTests {
    @Test func signInSessionsAndRoles() async throws {
        try await ServerFixture.withService { store, _, client in
            let anonymous = BrowserSession(client: client, cookie: nil)
            let (s1, _, h1) = try await anonymous.get("/worklist")
            #expect(s1 == .seeOther && h1[.location] == "/login?next=%2Fworklist")
            let (s2, page, _) = try await anonymous.get("/login?next=%2Fworklist")
            #expect(s2 == .ok && page.contains("name=\"password\"") && page.contains("value=\"/worklist\""))
            // a wrong password: the same page again, with the reason and 401
            let (s3, refused, _) = try await anonymous.post("/login", form: "username=coder&password=nope")
            #expect(s3 == .unauthorized && refused.contains("Sign-in refused"))
            // a next address on another site is not followed
            let (s4, _, h4) = try await anonymous.post(
                "/login", form: "username=coder&password=password-coder&next=%2F%2Fevil.example%2F")
            #expect(s4 == .seeOther && h4[.location] == "/worklist")

            let coder = try await BrowserSession.signIn(client, as: .coder)
            let (s5, worklist, h5) = try await coder.get("/worklist")
            #expect(s5 == .ok && worklist.contains("<h1>Worklist</h1>") && worklist.contains("Sample") == false)
            #expect(h5[.contentType]?.hasPrefix("text/html") == true && h5[.init("Content-Security-Policy")!] != nil)
            #expect(try await coder.get("/").2[.location] == "/worklist")
            // pages the role may not open, named
            let (s6, forbidden, _) = try await coder.get("/stats")
            #expect(s6 == .forbidden && forbidden.contains("role coder may not open this page"))
            let admin = try await BrowserSession.signIn(client, as: .admin)
            #expect(try await admin.get("/chart/1").0 == .forbidden)
            #expect(try await admin.get("/admin").0 == .ok)
            // the cookie also signs in the API (the pages' script uses it); a cross-site change is refused
            #expect(try await coder.get("/api/me").1.contains("\"username\":\"coder\""))
            let (s7, _, _) = try await coder.post("/logout", origin: "http://evil.example")
            #expect(s7 == .forbidden)
            // signing out revokes the session: the same cookie no longer opens a page
            let (s8, _, h8) = try await coder.post("/logout")
            #expect(s8 == .seeOther && h8[.setCookie]?.contains("Max-Age=0") == true)
            #expect(try await coder.get("/worklist").0 == .seeOther)
            _ = store
        }
    }

    @Test func worklistClaimAndTheChart() async throws {
        let logs = LogStore()
        try await ServerFixture.withService(logs: logs) { store, state, client in
            try await ServerFixture.sampleWorkplace(store, state)
            let coder = try await BrowserSession.signIn(client, as: .coder)
            let (_, worklist, _) = try await coder.get("/worklist")
            #expect(worklist.contains("Inpatient") && worklist.contains("ENC-1001") && worklist.contains("Claim next"))
            let (s1, _, h1) = try await coder.post("/worklist/queues/1/claim")
            let location = try #require(h1[.location])
            #expect(s1 == .seeOther && location.hasPrefix("/chart/"))
            let id = try #require(Int64(location.dropFirst("/chart/".count)))
            let encounter = try #require(try await store.encounter(id: id))
            #expect(encounter.assignedCoderID == (try await store.user(username: "coder"))?.id)
            let (_, claimedList, _) = try await coder.get("/worklist")
            let mine = try #require(claimedList.range(of: "Assigned to me"))
            #expect(claimedList[mine.upperBound...].prefix(600).contains(">\(encounter.identifier)</a>"))

            let adminID = try #require(try await store.user(username: "admin")).id
            let before = try await store.accessLog(AccessLogFilter(encounterID: id, limit: 100), actingUserID: adminID)
                .count
            let (s2, chart, _) = try await coder.get(location)
            #expect(s2 == .ok)
            // the notes with the evidence of the suggested codes marked, and the state the script starts from
            #expect(chart.contains("<mark class=\"ev\" data-codes=\""))
            #expect(chart.contains("id=\"chart-state\"") && chart.contains("\"suggestions\":[{"))
            #expect(chart.contains("id=\"submit\"") && chart.contains("id=\"drg\""))
            // the chart read is in the access log; nothing of the patient is in the application log
            let after = try await store.accessLog(AccessLogFilter(encounterID: id, limit: 100), actingUserID: adminID)
                .count
            #expect(after == before + 1)
            // the administrator sees the read on the administration page
            let admin = try await BrowserSession.signIn(client, as: .admin)
            let (_, adminPage, _) = try await admin.get("/admin")
            let log = try #require(adminPage.range(of: "<h2>Access log</h2>"))
            #expect(adminPage[log.upperBound...].contains("<td>coder</td><td>chart</td><td>\(id)</td>"))
            let patient = try #require(try await store.patient(id: encounter.patientID))
            #expect(chart.contains(esc(patient.name)))
            #expect(!logs.all.contains { $0.contains(patient.name) || $0.contains(patient.mrn) })

            // the auditor may not open the coder's chart page, the manager may (read only once coded)
            let auditor = try await BrowserSession.signIn(client, as: .auditor)
            #expect(try await auditor.get(location).0 == .forbidden)
            #expect(try await coder.get("/chart/999999").0 == .notFound)
        }
    }

    @Test func evidenceMarksAndEscaping() {
        // overlapping evidence: each stretch names every code it supports; the text is escaped
        let text = "Acute <b>heart</b> failure & more"
        let html = ChartPage.highlighted(text, [(0, 24, "I50.9"), (6, 18, "I51.9")])
        #expect(html.hasPrefix("<mark class=\"ev\" data-codes=\"I50.9\""))
        #expect(html.contains("data-codes=\"I50.9 I51.9\" title=\"I50.9, I51.9\">&lt;b&gt;heart&lt;/b&gt;</mark>"))
        #expect(html.hasSuffix(" &amp; more") && !html.contains("<b>"))
        // spans outside the text are ignored, not a crash
        #expect(ChartPage.highlighted("short", [(3, 99, "X")]) == "short")
        #expect(esc("\"'<>&") == "&quot;&#39;&lt;&gt;&amp;")
        #expect(scriptJSON(["t": "</script><script>"]).contains("\\u003c/script>"))
    }

    @Test func lookupTabularAndTableBuilder() async throws {
        try await ServerFixture.withService { _, _, client in
            let coder = try await BrowserSession.signIn(client, as: .coder)
            let (s1, lookup, _) = try await coder.get("/lookup?q=aspiration%20pneum")
            #expect(s1 == .ok)
            let first = try #require(lookup.range(of: "<span class=\"code\">"))
            #expect(lookup[first.upperBound...].hasPrefix("J69.0</span>"))
            let (s2, entry, _) = try await coder.get("/code/icd10cm/J69.0")
            #expect(s2 == .ok && entry.contains("Pneumonitis due to inhalation of food and vomit"))
            // its own notes and the ones it inherits from J69 and the chapter, with where they are written
            #expect(entry.contains("Excludes1") && entry.contains("at J69"))
            #expect(entry.contains("valid for reporting"))
            let (_, category, _) = try await coder.get("/code/icd10cm/J69")
            #expect(category.contains("not valid for reporting") && category.contains("href=\"/code/icd10cm/J69.0\""))
            #expect(try await coder.get("/code/icd10cm/Q99.99X").0 == .notFound)
            #expect(try await coder.get("/code/snomed/123").0 == .notFound)

            // FY2027 (issue 19): the year's changes by chapter, a new code marked, a deleted one's replacements
            let (s4, changes, _) = try await coder.get("/changes/2027")
            #expect(s4 == .ok && changes.contains("190</strong> codes added"))
            #expect(changes.contains("Glanzmann thrombasthenia") && changes.contains("href=\"/code/icd10cm/D69.11\""))
            #expect(try await coder.get("/changes/2019").0 == .notFound)
            let (_, newCode, _) = try await coder.get("/code/icd10cm/I42.01")
            #expect(newCode.contains("New in FY2027.") && newCode.contains("ICD-10-CM FY2027"))
            let (_, heading, _) = try await coder.get("/code/icd10cm/D69.1")
            #expect(heading.contains("report <a href=\"/code/icd10cm/D69.11\">D69.11</a>"), "\(heading)")
            let (_, fy2026, _) = try await coder.get("/code/icd10cm/D69.1?version=2026")
            #expect(fy2026.contains("ICD-10-CM FY2026") && fy2026.contains("<strong class=\"ok\">valid for reporting"))
            let (_, typed, _) = try await coder.get("/lookup?q=brugada")
            #expect(typed.contains("I49.81</span>") && typed.contains("badge new"))

            // the builder offers only characters that continue a valid code, position by position
            let (s3, start, _) = try await coder.get("/pcs")
            #expect(s3 == .ok && start.contains("href=\"/pcs?code=0\""))
            var code = ""
            for _ in 0..<7 {
                let (_, whole, _) = try await coder.get("/pcs?code=\(code)")
                let list = try #require(whole.range(of: "id=\"axis\""), "no values offered after \(code)")
                let page = whole[list.upperBound...]
                let marker = "href=\"/pcs?code=\(code)"
                let r = try #require(page.range(of: marker), "no value offered after \(code)")
                code.append(page[r.upperBound])
            }
            let (_, built, _) = try await coder.get("/pcs?code=\(code)")
            #expect(built.contains("id=\"built-code\">\(code)</span>"))
            let (_, invalid, _) = try await coder.get("/pcs?code=0ZZZ")
            #expect(invalid.contains("No valid code starts with"))
        }
    }

    @Test func auditAndStatisticsPages() async throws {
        try await ServerFixture.withService { store, state, client in
            try await ServerFixture.sampleWorkplace(store, state)
            let manager = try await BrowserSession.signIn(client, as: .manager)
            let (s1, stats, _) = try await manager.get("/stats")
            #expect(s1 == .ok)
            // drawn where there is data, "nothing yet" where there is none (nothing is coded yet)
            #expect(stats.components(separatedBy: "<svg ").count - 1 == 2)
            #expect(stats.contains("Case-mix index by month") && stats.contains("Open encounters by status"))
            #expect(stats.contains("Nothing yet for this period.</p><figcaption>Coded per coder"))
            // the bars say how many encounters are pre-coded
            #expect(stats.contains("<title>precoded: 8</title>"))
            let auditor = try await BrowserSession.signIn(client, as: .auditor)
            let (s2, audit, _) = try await auditor.get("/audit")
            #expect(s2 == .ok && audit.contains("Draw a sample") && audit.contains("No samples yet"))
            // nothing is coded yet, so the sample is empty but drawn and listed
            let (s3, _, h3) = try await auditor.post(
                "/audit/samples", form: "size=5&sizeKind=count&stratification=none&seed=7")
            #expect(s3 == .seeOther && h3[.location]?.hasPrefix("/audit/samples/") == true)
            let (_, sample, _) = try await auditor.get(h3[.location]!)
            #expect(sample.contains("with seed 7"))
            let (s4, bad, _) = try await auditor.post("/audit/samples", form: "size=lots")
            #expect(s4 == .badRequest && bad.contains(esc("size: \"lots\" is not a positive number")))
            #expect(try await auditor.get("/audit/scorecards").0 == .ok)

            // a coded encounter, sampled and re-coded blind on its page
            let coderAPI = try await Session.signIn(client, as: .coder)
            let claimed = try await coderAPI.object(.post, "/api/queues/1/claim")
            let id = try #require(claimed["id"] as? Int)
            let codes =
                #"{"diagnoses":[{"code":"I11.0","poa":"Y"},{"code":"I50.23","poa":"Y"},{"code":"E11.9","poa":"Y"}]}"#
            let (submitted, body) = try await coderAPI.call(.post, "/api/encounters/\(id)/submit", json: codes)
            #expect(submitted == .ok, "\(String(decoding: body, as: UTF8.self))")
            let (_, _, h5) = try await auditor.post(
                "/audit/samples", form: "size=1&sizeKind=count&stratification=none&seed=3")
            let (_, drawn, _) = try await auditor.get(h5[.location]!)
            let link = try #require(drawn.range(of: "href=\"/audit/items/"))
            let itemID = drawn[link.upperBound...].prefix { $0.isNumber }
            let (s6, item, _) = try await auditor.get("/audit/items/\(itemID)")
            #expect(s6 == .ok && item.contains("blind audit") && item.contains("id=\"record-audit\""))
            // blind: no suggestions, and the coder's codes are not in the page's state
            #expect(!item.contains("Suggested codes") && item.contains("\"mode\":\"audit\""))
            #expect(item.contains("\"diagnoses\":[]") && !item.contains("I50.23"))
            // the manager sees the sample but does not re-code
            #expect(try await manager.get("/audit/items/\(itemID)").0 == .forbidden)
            // the auditor's codes differ; the coder rebuts on the worklist, the auditor decides on the sample page
            let auditorAPI = try await Session.signIn(client, as: .auditor)
            let recode =
                #"{"diagnoses":[{"code":"I11.0","poa":"Y"},{"code":"I50.23","poa":"Y"},{"code":"E11.9","poa":"Y"},{"code":"I25.5","poa":"Y"}]}"#
            let (recorded, _) = try await auditorAPI.call(.post, "/api/audit-items/\(itemID)/recode", json: recode)
            #expect(recorded == .ok)
            let coderPages = try await BrowserSession.signIn(client, as: .coder)
            let (_, mine, _) = try await coderPages.get("/worklist")
            #expect(
                mine.contains("Audits of my work") && mine.contains("I25.5")
                    && mine.contains("action=\"/audit/items/\(itemID)/rebut\""))
            let (s7, _, h7) = try await coderPages.post(
                "/audit/items/\(itemID)/rebut", form: "text=Cardiomyopathy+not+documented+by+the+attending")
            #expect(s7 == .seeOther && h7[.location]?.hasPrefix("/worklist?message=") == true)
            let (_, rebutted, _) = try await auditor.get(h5[.location]!)
            #expect(
                rebutted.contains("Cardiomyopathy not documented by the attending") && rebutted.contains("/decide\""))
            let (s8, _, _) = try await auditor.post("/audit/items/\(itemID)/decide", form: "decision=partial&note=")
            #expect(s8 == .seeOther)
            let (_, decided, _) = try await auditor.get(h5[.location]!)
            #expect(decided.contains("<td>partial</td>") && !decided.contains("/decide\""))
            let (s9, bad9, _) = try await auditor.post("/audit/items/\(itemID)/decide", form: "decision=maybe")
            #expect(s9 == .badRequest && bad9.contains("is not auditorUpheld, coderUpheld or partial"))
            // the coded encounter is in the statistics: one for the coder, one fewer pre-coded
            let (_, after, _) = try await manager.get("/stats")
            #expect(after.contains("<title>coder: 1</title>") && after.contains("<title>precoded: 7</title>"))
        }
    }
}

/// The Alphabetic Index page over the official release files in `../shared/codesets`, imported into a scratch folder.
@Suite struct AlphabeticIndexPageTests {
    static let codesets = ServerFixture.repository.deletingLastPathComponent().appendingPathComponent(
        "shared/codesets/icd10cm-2025")
    static let present = FileManager.default.fileExists(
        atPath: codesets.appendingPathComponent("icd-10-cm-neoplasm-2025.xml").path)

    @Test(.enabled(if: present, "the official release files are not in ../shared/codesets: skipped"))
    func indexAndTablesWhenImported() throws {
        let locations = CodeSetLocations(
            shipped: ServerFixture.repository.appendingPathComponent("CodeSets"),
            data: FileManager.default.temporaryDirectory.appendingPathComponent(
                "opencoder-index-page-\(UUID().uuidString)"))
        defer { try? FileManager.default.removeItem(at: locations.data) }
        // the shipped Index to Diseases and Injuries, before anything is imported
        let shipped = try CodeSetLoader.load(locations)
        let spermatocele = LookupPages.alphabeticIndex("Spermatocele", library: shipped)
        #expect(spermatocele.contains("Index to Diseases and Injuries") && spermatocele.contains(">N43.40</a>"))
        #expect(!LookupPages.alphabeticIndex("Neoplasm", library: shipped).contains("Neoplasm Table"))
        for file in ["icd-10-cm-eindex-2025.xml", "icd-10-cm-neoplasm-2025.xml", "icd-10-cm-drug-2025.xml"] {
            _ = try CodeSetImporter.importPath(Self.codesets.appendingPathComponent(file).path, into: locations)
        }
        let library = try CodeSetLoader.load(locations)
        // the Neoplasm Table's rows under "lung", each cell a link to its code
        let lung = LookupPages.alphabeticIndex("lung", library: library)
        #expect(lung.contains("Neoplasm Table") && lung.contains("href=\"/code/icd10cm/C34.9\">C34.9-</a>"))
        let drug = LookupPages.alphabeticIndex("Acetaminophen", library: library)
        #expect(drug.contains("Table of Drugs and Chemicals") && drug.contains(">T39.1X1<"))
        // the External Cause Index
        let fall = LookupPages.alphabeticIndex("Fall", library: library)
        #expect(fall.contains("External Cause") && fall.contains("href=\"/code/icd10cm/W"))
        #expect(LookupPages.alphabeticIndex("Nonexistentterm", library: library).contains("No main term"))
    }
}
