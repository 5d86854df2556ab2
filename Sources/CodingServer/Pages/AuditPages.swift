import Foundation
import Hummingbird
import Worklist

/// The auditor's and the manager's audit pages: samples, the items to re-code blind, scores and scorecards.
struct AuditPages {
    let state: ServerState

    func register(_ pages: RouterGroup<CoderRequestContext>) {
        let store = state.store
        pages.get("audit") { request, context in
            let user = try context.pageUser(request, [.auditor, .manager])
            var body = "<h1>Audit</h1>"
            body += """
                <section aria-labelledby="newh"><h2 id="newh">Draw a sample</h2>
                <form method="post" action="/audit/samples" class="inline">
                <label>Size <input name="size" value="10" size="5" required></label>
                <label><select name="sizeKind"><option value="count">encounters</option><option value="percentage">percent</option></select></label>
                <label>Stratified by <select name="stratification"><option value="none">nothing</option><option value="drg">DRG</option><option value="coder">coder</option><option value="confidenceBand">confidence band</option></select></label>
                <label>Seed <input name="seed" value="\(UInt64.random(in: 1...999_999))" size="8"></label>
                <button type="submit">Draw</button></form></section>
                """
            let samples = try await store.auditSamples(limit: 50)
            body += "<section aria-labelledby=\"samh\"><h2 id=\"samh\">Samples</h2>"
            if samples.isEmpty {
                body += "<p class=\"empty\">No samples yet.</p>"
            } else {
                body +=
                    "<table class=\"list\"><thead>"
                    + row(["Sample", "Drawn", "Stratified by", "Items", "Audited"], header: true) + "</thead><tbody>"
                for s in samples {
                    body += row([
                        "<a href=\"/audit/samples/\(s.id)\">#\(s.id)</a>", Self.day(s.createdAt),
                        s.criteria.stratification.rawValue,
                        String(s.items.count), String(s.items.filter { $0.score != nil }.count),
                    ])
                }
                body += "</tbody></table>"
            }
            body += "</section><p><a href=\"/audit/scorecards\">Scorecards</a></p>"
            return Page(title: "Audit", user: user, body: body, section: "audit")
        }
        pages.post("audit/samples") { request, context in
            let user = try context.pageUser(request, [.auditor, .manager])
            let form = try await request.form(context: context)
            guard let size = Double(form["size"] ?? ""), size > 0 else {
                throw APIError(.badRequest, "size: \"\(form["size"] ?? "")\" is not a positive number")
            }
            let stratification = AuditStratification(rawValue: form["stratification"] ?? "none") ?? .none
            let seed = UInt64(form["seed"] ?? "") ?? UInt64.random(in: 1...999_999)
            var r = AuditSampleRequest(
                seed: seed, size: form["sizeKind"] == "percentage" ? .percentage(size) : .count(Int(size)))
            r.stratification = stratification
            let sample = try await store.createAuditSample(r, userID: user.id)
            return redirect("/audit/samples/\(sample.id)")
        }
        pages.get("audit/samples/:id") { request, context in
            let user = try context.pageUser(request, [.auditor, .manager])
            let id = try context.parameters.id("id")
            guard let sample = try await store.auditSample(id: id) else { throw NotFound("audit sample", String(id)) }
            let names = Dictionary(uniqueKeysWithValues: try await store.users().map { ($0.id, $0.username) })
            var body =
                "<h1>Audit sample #\(sample.id)</h1><p>Drawn \(Self.day(sample.createdAt)) with seed \(sample.seed), stratified by \(sample.criteria.stratification.rawValue).</p>"
            body +=
                "<table class=\"list\"><thead>"
                + row(
                    ["Item", "Encounter", "Coder", "Dx precision", "Dx recall", "DRG", "Rebuttal", "Decision"],
                    header: true) + "</thead><tbody>"
            for item in sample.items {
                let e = try await store.encounter(id: item.encounterID)
                let link = user.role == .auditor ? "<a href=\"/audit/items/\(item.id)\">re-code</a>" : "#\(item.id)"
                let s = item.score
                body += row([
                    link, esc(e?.identifier ?? String(item.encounterID)), esc(names[item.coderID] ?? "?"),
                    s.map { fixed($0.diagnosisPrecision, 2) } ?? "–", s.map { fixed($0.diagnosisRecall, 2) } ?? "–",
                    s.map {
                        $0.drgChanged ? "changed \(esc($0.coderDRG ?? "?")) → \(esc($0.auditorDRG ?? "?"))" : "same"
                    } ?? "–",
                    item.rebuttal.map(esc) ?? "",
                    item.decision?.rawValue
                        ?? (item.rebuttal != nil && user.role == .auditor ? Self.decisionForm(item.id) : ""),
                ])
            }
            body += "</tbody></table><p><a href=\"/audit\">All samples</a></p>"
            return Page(title: "Audit sample \(sample.id)", user: user, body: body, section: "audit")
        }
        pages.post("audit/items/:id/decide") { request, context in
            let user = try context.pageUser(request, [.auditor])
            let id = try context.parameters.id("id")
            let form = try await request.form(context: context)
            guard let decision = AuditDecision(rawValue: form["decision"] ?? "") else {
                throw APIError(
                    .badRequest, "decision: \"\(form["decision"] ?? "")\" is not auditorUpheld, coderUpheld or partial")
            }
            let note = (form["note"] ?? "").trimmingCharacters(in: .whitespaces)
            let item = try await store.decide(
                itemID: id, decision: decision, note: note.isEmpty ? nil : note, auditorID: user.id)
            return redirect("/audit/samples/\(item.sampleID)")
        }
        pages.post("audit/items/:id/rebut") { request, context in
            let user = try context.pageUser(request, [.coder])
            let text = (try await request.form(context: context)["text"] ?? "").trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { throw APIError(.badRequest, "text: the rebuttal says nothing") }
            _ = try await store.rebut(itemID: try context.parameters.id("id"), text: text, coderID: user.id)
            return redirect("/worklist?message=\(urlComponent("Rebuttal sent to the auditor."))")
        }
        pages.get("audit/scorecards") { request, context in
            let user = try context.pageUser(request, [.auditor, .manager])
            let cards = try await store.scorecards(from: nil, to: nil)
            var body = "<h1>Scorecards</h1>"
            if cards.isEmpty {
                body += "<p class=\"empty\">No audited encounters yet.</p>"
            } else {
                body +=
                    "<table class=\"list\"><thead>"
                    + row(
                        [
                            "Coder", "Audited", "Dx precision", "Dx recall", "Px precision", "Px recall", "PDx changed",
                            "DRG changed", "Weight difference", "POA mismatches", "Rebuttals upheld",
                        ], header: true) + "</thead><tbody>"
                for c in cards {
                    body += row([
                        esc(c.username), String(c.audited), fixed(c.diagnosisPrecision, 3), fixed(c.diagnosisRecall, 3),
                        fixed(c.procedurePrecision, 3), fixed(c.procedureRecall, 3),
                        Self.percent(c.principalChangedRate),
                        Self.percent(c.drgChangedRate), fixed(c.totalWeightDifference, 4), String(c.poaMismatches),
                        "\(c.rebuttalsUpheld) of \(c.rebuttals)",
                    ])
                }
                body += "</tbody></table>"
            }
            body += StatisticsPage.accuracyChart(try await store.auditAccuracy())
            return Page(title: "Scorecards", user: user, body: body, section: "audit")
        }
    }

    /// The auditor's decision on a rebutted item.
    static func decisionForm(_ itemID: Int64) -> String {
        """
        <form method="post" action="/audit/items/\(itemID)/decide" class="inline"><label>Decision <select name="decision">
        <option value="auditorUpheld">auditor upheld</option><option value="coderUpheld">coder upheld</option><option value="partial">partial</option></select></label>
        <label>Note <input name="note"></label> <button type="submit">Decide</button></form>
        """
    }

    /// The audits of a coder's work, with their scores, and a rebuttal form for each not yet rebutted.
    static func myAudits(_ store: any WorklistStore, coder: User) async throws -> String {
        var items: [AuditItem] = []
        for sample in try await store.auditSamples(limit: 50) {
            items += sample.items.filter { $0.coderID == coder.id && $0.score != nil }
        }
        guard !items.isEmpty else { return "" }
        var html =
            "<section aria-labelledby=\"auditsh\"><h2 id=\"auditsh\">Audits of my work</h2><table class=\"list\"><thead>"
        html +=
            row(["Encounter", "Dx precision / recall", "DRG", "Missed", "Extra", "Rebuttal", "Decision"], header: true)
            + "</thead><tbody>"
        for item in items {
            guard let s = item.score else { continue }
            let e = try await store.encounter(id: item.encounterID)
            let rebuttal =
                item.rebuttal.map(esc) ?? """
                    <form method="post" action="/audit/items/\(item.id)/rebut" class="inline"><label>Why the codes stand <input name="text" required></label> <button type="submit">Rebut</button></form>
                    """
            html += row([
                esc(e?.identifier ?? String(item.encounterID)),
                "\(fixed(s.diagnosisPrecision, 2)) / \(fixed(s.diagnosisRecall, 2))",
                s.drgChanged ? "\(esc(s.coderDRG ?? "?")) → \(esc(s.auditorDRG ?? "?"))" : "same",
                esc(s.missedCodes.joined(separator: ", ")), esc(s.extraCodes.joined(separator: ", ")), rebuttal,
                item.decision?.rawValue ?? "",
            ])
        }
        return html + "</tbody></table></section>"
    }

    /// An audit's score: what changed between the coder's and the auditor's code sets.
    static func scoreTable(_ s: AuditScore) -> String {
        var html = "<section aria-labelledby=\"scoreh\"><h2 id=\"scoreh\">Score</h2><table class=\"list\" id=\"score\">"
        html += row([
            "Diagnosis precision / recall", "\(fixed(s.diagnosisPrecision, 2)) / \(fixed(s.diagnosisRecall, 2))",
        ])
        html += row([
            "Procedure precision / recall", "\(fixed(s.procedurePrecision, 2)) / \(fixed(s.procedureRecall, 2))",
        ])
        html += row(["Principal diagnosis", s.principalDiagnosisChanged ? "changed" : "same"])
        html += row([
            "DRG",
            s.drgChanged
                ? "\(esc(s.coderDRG ?? "?")) → \(esc(s.auditorDRG ?? "?")) (\(fixed(s.weightDifference, 4)))"
                : "same (\(esc(s.coderDRG ?? "none")))",
        ])
        html += row(["Missed codes", esc(s.missedCodes.joined(separator: ", "))])
        html += row(["Extra codes", esc(s.extraCodes.joined(separator: ", "))])
        html += row(["POA mismatches", esc(s.poaMismatches.joined(separator: ", "))])
        return html + "</table></section>"
    }

    static func day(_ date: Date) -> String { String(ISO8601DateFormatter().string(from: date).prefix(10)) }
    static func percent(_ v: Double) -> String { "\(fixed(v * 100, 1))%" }
}

/// The manager's statistics: backlog, case-mix index, suggestion outcomes, productivity and audit accuracy, each drawn
/// as an SVG chart by the server.
struct StatisticsPage {
    let state: ServerState

    func register(_ pages: RouterGroup<CoderRequestContext>) {
        let store = state.store
        pages.get("stats") { request, context in
            let user = try context.pageUser(request, [.manager, .auditor])
            let now = Date()
            let today = AuditPages.day(now)
            let from = AuditPages.day(now.addingTimeInterval(-30 * 86400))
            var body = "<h1>Statistics</h1><div class=\"charts\">"
            let backlog = try await store.backlog(asOf: now)
            body += SVGChart.bars(
                "Open encounters by status",
                EncounterStatus.allCases.map { ($0.rawValue, Double(backlog.byStatus[$0] ?? 0)) })
            body += SVGChart.bars(
                "Discharged, not final billed: days since discharge (\(backlog.dnfbTotal) in all)",
                DNFBAgeBucket.allCases.map { ($0.rawValue, Double(backlog.dnfbByAge[$0] ?? 0)) })
            // case-mix index by month over the last six months
            var months: [String] = []
            var cmi: [String: Double] = [:]
            var unweighted = 0
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC")!
            for back in (0..<6).reversed() {
                guard
                    let start = calendar.date(
                        byAdding: .month, value: -back,
                        to: calendar.date(from: calendar.dateComponents([.year, .month], from: now))!),
                    let end = calendar.date(byAdding: DateComponents(month: 1, day: -1), to: start)
                else { continue }
                let label = String(AuditPages.day(start).prefix(7))
                months.append(label)
                let mix = try await store.caseMix(from: AuditPages.day(start), to: AuditPages.day(end))
                if mix.encounters > 0 { cmi[label] = mix.caseMixIndex }
                unweighted += mix.withoutWeight
            }
            body += SVGChart.lines("Case-mix index by month of discharge", x: months, series: [("CMI", cmi)])
            if unweighted > 0 {
                body +=
                    "<p class=\"hint\">\(unweighted) coded encounter\(unweighted == 1 ? " is" : "s are") not in the index: their DRG has no relative weight (no IPPS Table 5 of their grouper version is loaded, e.g. v44.0 for FY2027).</p>"
            }
            let outcome = try await store.suggestionOutcome(from: from, to: today)
            body += SVGChart.bars(
                "Suggestion outcomes, last 30 days (\(outcome.encounters) encounters; accepted \(AuditPages.percent(outcome.acceptanceRate)))",
                [
                    ("accepted", Double(outcome.accepted)), ("edited", Double(outcome.edited)),
                    ("removed", Double(outcome.removed)), ("added", Double(outcome.added)),
                ])
            let coded = try await store.codedPerCoderPerDay(from: from, to: today)
            var perCoder: [String: Double] = [:]
            for c in coded { perCoder[c.username, default: 0] += Double(c.coded) }
            body += SVGChart.bars(
                "Coded per coder, last 30 days", perCoder.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
            body += Self.accuracyChart(try await store.auditAccuracy())
            let queries = try await store.queryStatistics(from: from, to: today)
            body +=
                "</div><section><h2>Queries, last 30 days</h2><p>\(queries.queries) queries on \(queries.encountersQueried) of \(queries.encounters) encounters (\(AuditPages.percent(queries.queryRate))); \(queries.answered) answered\(queries.medianTurnaroundHours.map { ", median turnaround \(fixed($0, 1)) h" } ?? "").</p></section>"
            return Page(title: "Statistics", user: user, body: body, section: "stats")
        }
    }

    /// Code accuracy by coder and month, one line per coder.
    static func accuracyChart(_ rows: [AuditAccuracy]) -> String {
        let months = Array(Set(rows.map(\.month))).sorted()
        guard !months.isEmpty else { return "<p class=\"empty\">No audit accuracy yet.</p>" }
        var byCoder: [String: [String: Double]] = [:]
        for r in rows { byCoder[r.username, default: [:]][r.month] = r.codeAccuracy }
        return SVGChart.lines(
            "Audit code accuracy by coder and month", x: months,
            series: byCoder.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, maxValue: 1)
    }
}

/// The administrator's page: users and roles, pre-coding jobs. The admin reads no chart.
struct AdminPage {
    let state: ServerState

    func register(_ pages: RouterGroup<CoderRequestContext>) {
        let store = state.store
        pages.get("admin") { request, context in
            let user = try context.pageUser(request, [.admin])
            var body = "<h1>Administration</h1><section><h2>Users</h2><table class=\"list\"><thead>"
            body += row(["User", "Name", "Role", "Active"], header: true) + "</thead><tbody>"
            for u in try await store.users() {
                body += row([esc(u.username), esc(u.displayName), u.role.rawValue, u.active ? "yes" : "no"])
            }
            body += "</tbody></table>"
            body += """
                <form method="post" action="/admin/users" class="inline"><label>User name <input name="username" required></label>
                <label>Name <input name="displayName"></label>
                <label>Role <select name="role">\(UserRole.allCases.map { "<option>\($0.rawValue)</option>" }.joined())</select></label>
                <label>Password <input name="password" type="password" minlength="10" required></label>
                <button type="submit">Add user</button></form></section>
                """
            body +=
                "<section><h2>Pre-coding jobs</h2><table class=\"list\"><thead>"
                + row(["Job", "State", "Done", "Errors", "Total"], header: true) + "</thead><tbody>"
            for j in try await store.jobs().suffix(20).reversed() {
                body += row(["#\(j.id)", j.state.rawValue, String(j.done), String(j.errors), String(j.total)])
            }
            body += "</tbody></table></section>"
            // who read which chart or note, newest first (the full log, filtered, at /api/access-log)
            body += "<section><h2>Access log</h2><table class=\"list\"><thead>"
            body += row(["When", "Who", "Read", "Encounter", "Document"], header: true) + "</thead><tbody>"
            let formatter = ISO8601DateFormatter()
            for entry in try await store.accessLog(AccessLogFilter(limit: 50), actingUserID: user.id) {
                body += row([
                    formatter.string(from: entry.at), esc(entry.actor), entry.action.rawValue,
                    entry.encounterID.map(String.init) ?? "", entry.documentID.map(String.init) ?? "",
                ])
            }
            body +=
                "</tbody></table><p class=\"hint\">The latest 50; <code>/api/access-log</code> filters by user, encounter and time.</p></section>"
            return Page(title: "Administration", user: user, body: body, section: "admin")
        }
        pages.post("admin/users") { request, context in
            _ = try context.pageUser(request, [.admin])
            let form = try await request.form(context: context)
            guard let role = UserRole(rawValue: form["role"] ?? "") else {
                throw APIError(.badRequest, "role: unknown")
            }
            let password = form["password"] ?? ""
            guard password.count >= 10 else { throw APIError(.badRequest, "password: at least 10 characters") }
            let name = (form["username"] ?? "").trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { throw APIError(.badRequest, "username: missing") }
            _ = try await store.createUser(
                NewUser(
                    username: name, displayName: (form["displayName"] ?? "").isEmpty ? name : form["displayName"]!,
                    role: role, password: password))
            return redirect("/admin")
        }
    }
}
