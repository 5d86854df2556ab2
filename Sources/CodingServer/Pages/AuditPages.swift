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
            let samples = try await store.auditSamples(limit: 50)
            let model = AuditModel(
                seed: UInt64.random(in: 1...999_999), hasSamples: !samples.isEmpty,
                samples: samples.map {
                    .init(
                        id: $0.id, drawn: Self.day($0.createdAt), stratification: $0.criteria.stratification.rawValue,
                        items: $0.items.count, audited: $0.items.filter { $0.score != nil }.count)
                })
            return Page(title: "Audit", user: user, template: "audit", model: model, section: "audit")
        }
        pages.post("audit/samples") { request, context in
            let user = try context.pageUser(request, [.auditor, .manager])
            let form = try await request.form(context: context)
            guard let size = Double(form["size"] ?? ""), size > 0 else {
                throw APIError(.badRequest, "size: \"\(form["size"] ?? "")\" is not a positive number")
            }
            let stratification = AuditStratification(rawValue: form["stratification"] ?? "none") ?? .none
            let seed = UInt64(form["seed"] ?? "") ?? UInt64.random(in: 1...999_999)
            guard seed <= AuditSampleRequest.maximumSeed else {
                throw APIError(.badRequest, "seed: at most \(AuditSampleRequest.maximumSeed)")
            }
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
            var items: [SampleModel.Item] = []
            for item in sample.items {
                let e = try await store.encounter(id: item.encounterID)
                let s = item.score
                items.append(
                    .init(
                        itemID: item.id, recode: user.role == .auditor,
                        encounter: e?.identifier ?? String(item.encounterID), coder: names[item.coderID] ?? "?",
                        precision: s.map { fixed($0.diagnosisPrecision, 2) } ?? "–",
                        recall: s.map { fixed($0.diagnosisRecall, 2) } ?? "–",
                        drg: s.map {
                            $0.drgChanged ? "changed \($0.coderDRG ?? "?") → \($0.auditorDRG ?? "?")" : "same"
                        } ?? "–",
                        rebuttal: item.rebuttal ?? "", decision: item.decision?.rawValue,
                        decide: item.decision == nil && item.rebuttal != nil && user.role == .auditor))
            }
            let model = SampleModel(
                id: sample.id, drawn: Self.day(sample.createdAt), seed: sample.seed,
                stratification: sample.criteria.stratification.rawValue, items: items)
            return Page(
                title: "Audit sample \(sample.id)", user: user, template: "auditSample", model: model, section: "audit")
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
            let model = ScorecardsModel(
                hasCards: !cards.isEmpty,
                cards: cards.map { c in
                    .init(
                        coder: c.username, audited: c.audited, dxPrecision: fixed(c.diagnosisPrecision, 3),
                        dxRecall: fixed(c.diagnosisRecall, 3), pxPrecision: fixed(c.procedurePrecision, 3),
                        pxRecall: fixed(c.procedureRecall, 3), principalChanged: Self.percent(c.principalChangedRate),
                        drgChanged: Self.percent(c.drgChangedRate), weightDifference: fixed(c.totalWeightDifference, 4),
                        poaMismatches: c.poaMismatches, upheld: "\(c.rebuttalsUpheld) of \(c.rebuttals)")
                }, accuracy: StatisticsPage.accuracyChart(try await store.auditAccuracy()))
            return Page(title: "Scorecards", user: user, template: "scorecards", model: model, section: "audit")
        }
    }

    /// The audit page's view model: the samples drawn.
    struct AuditModel {
        struct Sample {
            var id: Int64
            var drawn: String
            var stratification: String
            var items: Int
            var audited: Int
        }
        /// The seed the form proposes for the next sample.
        var seed: UInt64
        var hasSamples: Bool
        var samples: [Sample]
    }

    /// A sample's page: its items with their scores, rebuttals and decisions.
    struct SampleModel {
        struct Item {
            var itemID: Int64
            /// The auditor re-codes the item; the manager sees its number.
            var recode: Bool
            var encounter: String
            var coder: String
            var precision: String
            var recall: String
            var drg: String
            var rebuttal: String
            var decision: String?
            /// A rebutted item without a decision: the auditor's decision form.
            var decide: Bool
        }
        var id: Int64
        var drawn: String
        var seed: UInt64
        var stratification: String
        var items: [Item]
    }

    /// The coders' scorecards and the accuracy chart.
    struct ScorecardsModel {
        struct Card {
            var coder: String
            var audited: Int
            var dxPrecision: String
            var dxRecall: String
            var pxPrecision: String
            var pxRecall: String
            var principalChanged: String
            var drgChanged: String
            var weightDifference: String
            var poaMismatches: Int
            var upheld: String
        }
        var hasCards: Bool
        var cards: [Card]
        var accuracy: SVGChart?
    }

    /// The audits of a coder's work on the worklist (`myAudits.mustache`).
    struct MyAudits {
        struct Item {
            var id: Int64
            var encounter: String
            var precisionRecall: String
            var drg: String
            var missed: String
            var extra: String
            /// The coder's rebuttal; without one, the page offers the form.
            var rebuttal: String?
            var decision: String
        }
        var items: [Item]
    }

    /// The audits of a coder's work, with their scores; nil when none is scored.
    static func myAudits(_ store: any WorklistStore, coder: User) async throws -> MyAudits? {
        var scored: [AuditItem] = []
        for sample in try await store.auditSamples(limit: 50) {
            scored += sample.items.filter { $0.coderID == coder.id && $0.score != nil }
        }
        var items: [MyAudits.Item] = []
        for item in scored {
            guard let s = item.score else { continue }
            let e = try await store.encounter(id: item.encounterID)
            items.append(
                .init(
                    id: item.id, encounter: e?.identifier ?? String(item.encounterID),
                    precisionRecall: "\(fixed(s.diagnosisPrecision, 2)) / \(fixed(s.diagnosisRecall, 2))",
                    drg: s.drgChanged ? "\(s.coderDRG ?? "?") → \(s.auditorDRG ?? "?")" : "same",
                    missed: s.missedCodes.joined(separator: ", "), extra: s.extraCodes.joined(separator: ", "),
                    rebuttal: item.rebuttal, decision: item.decision?.rawValue ?? ""))
        }
        return items.isEmpty ? nil : MyAudits(items: items)
    }

    /// An audit's score (`scoreTable.mustache`): what changed between the coder's and the auditor's code sets.
    struct ScoreModel {
        var diagnoses: String
        var procedures: String
        var principal: String
        var drg: String
        var missed: String
        var extra: String
        var poaMismatches: String

        init(_ s: AuditScore) {
            diagnoses = "\(fixed(s.diagnosisPrecision, 2)) / \(fixed(s.diagnosisRecall, 2))"
            procedures = "\(fixed(s.procedurePrecision, 2)) / \(fixed(s.procedureRecall, 2))"
            principal = s.principalDiagnosisChanged ? "changed" : "same"
            drg =
                s.drgChanged
                ? "\(s.coderDRG ?? "?") → \(s.auditorDRG ?? "?") (\(fixed(s.weightDifference, 4)))"
                : "same (\(s.coderDRG ?? "none"))"
            missed = s.missedCodes.joined(separator: ", ")
            extra = s.extraCodes.joined(separator: ", ")
            poaMismatches = s.poaMismatches.joined(separator: ", ")
        }
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
            let backlog = try await store.backlog(asOf: now)
            var charts = [
                SVGChart.bars(
                    "Open encounters by status",
                    EncounterStatus.allCases.map { ($0.rawValue, Double(backlog.byStatus[$0] ?? 0)) }),
                SVGChart.bars(
                    "Discharged, not final billed: days since discharge (\(backlog.dnfbTotal) in all)",
                    DNFBAgeBucket.allCases.map { ($0.rawValue, Double(backlog.dnfbByAge[$0] ?? 0)) }),
            ]
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
            charts.append(SVGChart.lines("Case-mix index by month of discharge", x: months, series: [("CMI", cmi)]))
            let outcome = try await store.suggestionOutcome(from: from, to: today)
            let coded = try await store.codedPerCoderPerDay(from: from, to: today)
            var perCoder: [String: Double] = [:]
            for c in coded { perCoder[c.username, default: 0] += Double(c.coded) }
            let queries = try await store.queryStatistics(from: from, to: today)
            let model = Model(
                charts: charts,
                unweightedHint: unweighted == 0
                    ? nil
                    : "\(unweighted) coded encounter\(unweighted == 1 ? " is" : "s are") not in the index: their DRG has no relative weight (no IPPS Table 5 of their grouper version is loaded, e.g. v44.0 for FY2027).",
                moreCharts: [
                    SVGChart.bars(
                        "Suggestion outcomes, last 30 days (\(outcome.encounters) encounters; accepted \(AuditPages.percent(outcome.acceptanceRate)))",
                        [
                            ("accepted", Double(outcome.accepted)), ("edited", Double(outcome.edited)),
                            ("removed", Double(outcome.removed)), ("added", Double(outcome.added)),
                        ]),
                    SVGChart.bars(
                        "Coded per coder, last 30 days", perCoder.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }),
                ],
                accuracy: Self.accuracyChart(try await store.auditAccuracy()), queries: queries.queries,
                encountersQueried: queries.encountersQueried, encounters: queries.encounters,
                queryRate: AuditPages.percent(queries.queryRate), answered: queries.answered,
                medianTurnaround: queries.medianTurnaroundHours.map { fixed($0, 1) })
            return Page(title: "Statistics", user: user, template: "statistics", model: model, section: "stats")
        }
    }

    /// The statistics page's view model: its charts in order and the queries' figures.
    struct Model {
        var charts: [SVGChart]
        /// Coded encounters the case-mix index leaves out, said under its chart.
        var unweightedHint: String?
        var moreCharts: [SVGChart]
        var accuracy: SVGChart?
        var queries: Int
        var encountersQueried: Int
        var encounters: Int
        var queryRate: String
        var answered: Int
        var medianTurnaround: String?
    }

    /// Code accuracy by coder and month, one line per coder; nil before the first audit.
    static func accuracyChart(_ rows: [AuditAccuracy]) -> SVGChart? {
        let months = Array(Set(rows.map(\.month))).sorted()
        guard !months.isEmpty else { return nil }
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
            let formatter = ISO8601DateFormatter()
            let model = Model(
                users: try await store.users().map {
                    .init(
                        username: $0.username, name: $0.displayName, role: $0.role.rawValue,
                        active: $0.active ? "yes" : "no")
                },
                roles: UserRole.allCases.map(\.rawValue),
                jobs: try await store.jobs().suffix(20).reversed().map {
                    .init(id: $0.id, state: $0.state.rawValue, done: $0.done, errors: $0.errors, total: $0.total)
                },
                // who read which chart or note, newest first (the full log, filtered, at /api/access-log)
                accessLog: try await store.accessLog(AccessLogFilter(limit: 50), actingUserID: user.id).map {
                    .init(
                        at: formatter.string(from: $0.at), actor: $0.actor, action: $0.action.rawValue,
                        encounter: $0.encounterID.map(String.init) ?? "", document: $0.documentID.map(String.init) ?? ""
                    )
                })
            return Page(title: "Administration", user: user, template: "admin", model: model, section: "admin")
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

    /// The administration page's view model: the users, the roles one may give, the latest jobs and reads.
    struct Model {
        struct UserRow {
            var username: String
            var name: String
            var role: String
            var active: String
        }
        struct Job {
            var id: Int64
            var state: String
            var done: Int
            var errors: Int
            var total: Int
        }
        struct Read {
            var at: String
            var actor: String
            var action: String
            var encounter: String
            var document: String
        }
        var users: [UserRow]
        var roles: [String]
        var jobs: [Job]
        var accessLog: [Read]
    }
}
