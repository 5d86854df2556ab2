import ClaimReview
import CodeSearch
import CodeSuggestion
import Foundation
import Hummingbird
import Offload
import Terminology
import Worklist

/// The chart: the notes with the evidence of each suggested code highlighted, the suggestions to accept or reject,
/// the code set being built with POA, the edits and the DRG as they change, pending reasons and queries, submit.
/// The auditor's blind re-coding (`/audit/items/{id}`) is the same page without the suggestions and the coder's work.
struct ChartPage {
    let state: ServerState

    /// What the page's script starts from (a JSON block in the page).
    struct ChartState: Encodable {
        struct Code: Encodable {
            var code: String
            var title: String
            var poa: String?
        }
        struct Suggested: Encodable {
            var code: String
            var system: String
            var title: String
            var confidence: Double
            var principal: Bool
            /// Why the engine suggests it; the Alphabetic Index or PCS path it took among them.
            var reasons: [String]
        }
        var encounter: Int64
        var mode: String
        var auditItem: Int64?
        var editable: Bool
        var setting: String
        var suggestions: [Suggested]
        var diagnoses: [Code]
        var procedures: [Code]
        var review: EncounterRoutes.Evaluation?
    }

    func register(_ pages: RouterGroup<CoderRequestContext>) {
        let store = state.store
        let engines = state.engines
        pages.get("chart/:id") { request, context in
            let user = try context.pageUser(request, [.coder, .cdi, .manager])
            let chart = try await store.chart(encounterID: try context.parameters.id("id"), actingUserID: user.id)
            return try await WorkerPool.compute.run { Self.render(chart, user: user, engines: engines, audit: nil) }
        }
        pages.get("audit/items/:id") { request, context in
            let user = try context.pageUser(request, [.auditor])
            let itemID = try context.parameters.id("id")
            guard let item = try await store.auditItem(id: itemID) else { throw NotFound("audit item", String(itemID)) }
            // blind: the coder's and the engine's code sets, the DRG and who did the work stay hidden
            let chart = try await store.chart(encounterID: item.encounterID, actingUserID: user.id).blindedForAudit
            return try await WorkerPool.compute.run { Self.render(chart, user: user, engines: engines, audit: item) }
        }
    }

    static func render(_ chart: Chart, user: User, engines: ServerEngines, audit: AuditItem?) -> Page {
        let e = chart.encounter
        let setting: CodeSuggestion.CareSetting = e.setting == .outpatient ? .outpatient : .inpatient
        // the suggestions of every note, with their evidence by document; hidden from the auditor
        var marks: [Int: [(Int, Int, String)]] = [:]
        var suggested: [String: ChartState.Suggested] = [:]
        var order: [String] = []
        if audit == nil {
            for (i, d) in chart.documents.enumerated() where !d.text.isEmpty {
                let s = engines.precoder.suggester.suggest(
                    text: d.text, setting: setting, date: e.dischargeDate.flatMap(FiscalYear.date))
                for c in s.diagnoses + s.procedures.filter({ !$0.partial }) {
                    for ev in c.evidence { marks[i, default: []].append((ev.start, ev.end, c.code)) }
                    if let seen = suggested[c.code] {
                        if c.confidence > seen.confidence { suggested[c.code]?.confidence = c.confidence }
                        if c.principal { suggested[c.code]?.principal = true }
                    } else {
                        suggested[c.code] = .init(
                            code: c.code, system: c.system.rawValue, title: c.title, confidence: c.confidence,
                            principal: c.principal, reasons: c.reasons)
                        order.append(c.code)
                    }
                }
            }
        }
        // the code set being built: the latest version a person saved (the auditor's own, when auditing)
        let saved = chart.versions.last { $0.source != .precode }
        let title = { (code: String) in engines.title(of: code) }
        let diagnoses = (saved?.diagnoses ?? []).map {
            ChartState.Code(code: $0.code, title: title($0.code), poa: $0.poa)
        }
        let procedures = (saved?.procedures ?? []).map {
            ChartState.Code(code: $0.code, title: title($0.code), poa: nil)
        }
        var review: EncounterRoutes.Evaluation?
        if let saved, !saved.diagnoses.isEmpty {
            let claim = ServerEngines.claim(
                for: e, patient: chart.patient, diagnoses: saved.diagnoses, procedures: saved.procedures,
                documents: chart.documents)
            review = EncounterRoutes.evaluationHere(engines, claim)
        }
        let editable: Bool
        if audit != nil {
            editable = e.status == .coded || e.status == .audited
        } else {
            editable = (user.role == .coder || user.role == .manager) && e.status != .coded && e.status != .audited
        }
        let state = ChartState(
            encounter: e.id, mode: audit == nil ? "code" : "audit", auditItem: audit?.id, editable: editable,
            setting: e.setting.rawValue, suggestions: order.compactMap { suggested[$0] }, diagnoses: diagnoses,
            procedures: procedures, review: review)

        var body = "<div class=\"chart-page\" id=\"chart\" data-encounter=\"\(e.id)\">"
        body += "<section class=\"notes\" aria-label=\"Notes\">"
        body += Self.header(chart, audit: audit)
        for (i, d) in chart.documents.enumerated() {
            body += "<article class=\"note\" id=\"doc\(i)\" aria-labelledby=\"doc\(i)h\">"
            body += "<h3 id=\"doc\(i)h\">\(esc(d.type))"
            body += "<span class=\"meta\">\(esc(d.author ?? "author unknown")) · \(esc(d.date ?? "undated")) · "
            body += d.signed ? "signed" : "<strong class=\"unsigned\">unsigned</strong>"
            body += "</span></h3><pre class=\"text\">\(Self.highlighted(d.text, marks[i] ?? []))</pre></article>"
        }
        if chart.documents.isEmpty { body += "<p class=\"empty\">This encounter has no documents.</p>" }
        body += "</section><aside class=\"work\" aria-label=\"Coding\">"
        if audit == nil {
            body += "<section aria-labelledby=\"sugh\"><h2 id=\"sugh\">Suggested codes</h2>"
            body += "<p class=\"hint\">Select a code to see its evidence; select text in a note to look it up.</p>"
            body += "<ul id=\"suggestions\" class=\"suggestions\"></ul>"
            body += "<p><button type=\"button\" id=\"accept-all\">Accept all</button></p></section>"
        }
        body += """
            <section aria-labelledby="csh"><h2 id="csh">Code set</h2>
            <h3>Diagnoses</h3><table class="codes"><thead><tr><th>#</th><th>Code</th><th>Description</th><th>POA</th><th></th></tr></thead><tbody id="dx"></tbody></table>
            <h3>Procedures</h3><table class="codes"><thead><tr><th>#</th><th>Code</th><th>Description</th><th></th></tr></thead><tbody id="px"></tbody></table>
            <div class="add" role="search"><label for="add-code">Add a code</label>
            <input id="add-code" autocomplete="off" placeholder="code or words" aria-autocomplete="list" aria-controls="add-results" aria-expanded="false">
            <ul id="add-results" class="typeahead" role="listbox"></ul></div>
            </section>
            <section aria-labelledby="drgh"><h2 id="drgh">MS-DRG</h2><div id="drg" class="drg" aria-live="polite" aria-busy="false"></div>
            <h3>What would change it</h3><ul id="impact" class="impact"></ul></section>
            <section aria-labelledby="edh"><h2 id="edh">Edits</h2><ul id="edits" class="edits" aria-live="polite"></ul></section>
            <section class="lookup-pane" hidden id="lookup-pane" aria-labelledby="lkh"><h2 id="lkh">Look up “<span id="lookup-term"></span>”</h2><ul id="lookup-results"></ul></section>
            """
        body += Self.pendingAndQueries(chart, audit: audit)
        body += "<p id=\"save-status\" class=\"message\" role=\"status\" aria-live=\"polite\"></p>"
        if state.editable {
            if audit == nil {
                body +=
                    "<p class=\"actions\"><button type=\"button\" id=\"save\">Save</button> <button type=\"button\" id=\"submit\" class=\"primary\">Submit</button></p>"
            } else {
                body +=
                    "<p class=\"actions\"><button type=\"button\" id=\"record-audit\" class=\"primary\">Record audit</button></p>"
            }
        }
        if let score = audit?.score { body += AuditPages.scoreTable(score) }
        body += "</aside></div>"
        return Page(
            title: "Encounter \(e.identifier)", user: user, body: body, section: audit == nil ? "worklist" : "audit",
            scripts: ["<script type=\"application/json\" id=\"chart-state\">\(scriptJSON(state))</script>"])
    }

    static func header(_ chart: Chart, audit: AuditItem?) -> String {
        let e = chart.encounter
        let p = chart.patient
        var html = "<h1>Encounter \(esc(e.identifier))"
        if audit != nil { html += " <span class=\"badge\">blind audit</span>" }
        html += "</h1><dl class=\"facts\">"
        let facts: [(String, String?)] = [
            ("Patient", "\(p.name) · MRN \(p.mrn)"), ("Born", p.birthDate), ("Sex", p.sex),
            ("Setting", e.setting.rawValue), ("Admitted", e.admitDate), ("Discharged", e.dischargeDate),
            ("Disposition", e.dischargeStatus), ("Service", e.service), ("Payer", e.payer),
            ("Status", e.status.rawValue + (e.pendingReason.map { " (\($0.rawValue))" } ?? "")),
        ]
        for (k, v) in facts { if let v, !v.isEmpty { html += "<dt>\(k)</dt><dd>\(esc(v))</dd>" } }
        return html + "</dl>"
    }

    static func pendingAndQueries(_ chart: Chart, audit: AuditItem?) -> String {
        var html = "<section aria-labelledby=\"pqh\"><h2 id=\"pqh\">Pending and queries</h2>"
        let open = chart.pending.filter(\.isOpen)
        if open.isEmpty && chart.queries.isEmpty { html += "<p class=\"empty\">None.</p>" }
        if !open.isEmpty {
            html +=
                "<ul>"
                + open.map {
                    "<li>\($0.reason.rawValue)\($0.note.map { ": " + esc($0) } ?? "") <button type=\"button\" data-resolve=\"\($0.id)\">Resolve</button></li>"
                }.joined() + "</ul>"
        }
        if !chart.queries.isEmpty {
            html += "<ul class=\"queries\">"
            for q in chart.queries {
                html +=
                    "<li><strong>\(esc(q.question.topic))</strong> (\(q.state.rawValue)): \(esc(q.question.question))"
                if let a = q.answer { html += "<br>Answer: \(esc(a))" }
                html += "</li>"
            }
            html += "</ul>"
        }
        if audit == nil {
            html += """
                <form id="hold" class="inline"><label>Hold for <select name="reason">
                <option value="physicianQuery">physician query</option><option value="missingDocumentation">missing documentation</option><option value="awaitingResults">awaiting results</option></select></label>
                <label>Note <input name="note"></label> <button type="submit">Put on hold</button></form>
                """
        }
        return html + "</section>"
    }

    /// A note's text with each evidence span (UTF-8 byte offsets) in a `<mark>` naming its codes.
    static func highlighted(_ text: String, _ spans: [(Int, Int, String)]) -> String {
        let bytes = Array(text.utf8)
        let valid = spans.filter { $0.0 >= 0 && $0.1 <= bytes.count && $0.0 < $0.1 }
        guard !valid.isEmpty else { return esc(text) }
        var cuts = Set([0, bytes.count])
        for s in valid {
            cuts.insert(s.0)
            cuts.insert(s.1)
        }
        let points = cuts.sorted()
        var html = ""
        html.reserveCapacity(bytes.count + valid.count * 40)
        for (a, b) in zip(points, points.dropFirst()) {
            let piece = esc(String(decoding: bytes[a..<b], as: UTF8.self))
            var codes: [String] = []
            for s in valid where s.0 <= a && b <= s.1 && !codes.contains(s.2) { codes.append(s.2) }
            if codes.isEmpty {
                html += piece
            } else {
                html +=
                    "<mark class=\"ev\" data-codes=\"\(esc(codes.joined(separator: " ")))\" title=\"\(esc(codes.joined(separator: ", ")))\">\(piece)</mark>"
            }
        }
        return html
    }
}

extension ServerEngines {
    /// The title of a code in the code sets the lookup holds (ICD-10-CM, ICD-10-PCS, HCPCS), or "".
    func title(of code: String) -> String {
        guard let index = lookup.index(version: nil, date: nil) else { return "" }
        let normalized = CodeFormat.normalize(code)
        return index.search(code, limit: 5).first { CodeFormat.normalize($0.code) == normalized }?.title ?? ""
    }
}
