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
        let model = ChartViewModel(chart: chart, user: user, engines: engines, audit: audit)
        return Page(
            title: "Encounter \(chart.encounter.identifier)", user: user, template: "chart", model: model,
            section: audit == nil ? "worklist" : "audit",
            dataBlocks: [.init(id: "chart-state", json: scriptJSON(model.state))])
    }

    /// A note's text with each evidence span (UTF-8 byte offsets) in a `<mark>` naming its codes.
    static func highlighted(_ text: String, _ spans: [(Int, Int, String)]) -> String {
        PageTemplates.render("noteText", ChartViewModel.NoteText(text, spans))
    }
}

/// What the chart page shows of an encounter (`chart.mustache`): the facts, the notes with the evidence of the
/// suggested codes marked, the pending reasons and queries, the audit's score. The suggestions, the code set and the
/// review reach the page's script as ``ChartPage/ChartState``.
struct ChartViewModel {
    struct Fact {
        var label: String
        var value: String
    }
    struct Document {
        var index: Int
        var type: String
        var author: String
        var date: String
        var signed: Bool
        var pieces: [NoteText.Piece]
    }
    /// A note's text cut at the evidence spans: each piece `marked` with its codes or `unmarked`.
    struct NoteText {
        struct Mark {
            var codes: String
            var titles: String
            var evidence: String
        }
        struct Piece {
            var marked: Mark?
            var unmarked: String?
        }
        var pieces: [Piece]

        /// The spans are UTF-8 byte offsets with the code they are evidence of; those outside the text are dropped.
        init(_ text: String, _ spans: [(Int, Int, String)]) {
            let bytes = Array(text.utf8)
            let valid = spans.filter { $0.0 >= 0 && $0.1 <= bytes.count && $0.0 < $0.1 }
            guard !valid.isEmpty else {
                pieces = [Piece(unmarked: text)]
                return
            }
            var cuts = Set([0, bytes.count])
            for s in valid {
                cuts.insert(s.0)
                cuts.insert(s.1)
            }
            let points = cuts.sorted()
            var pieces: [Piece] = []
            for (a, b) in zip(points, points.dropFirst()) {
                let piece = String(decoding: bytes[a..<b], as: UTF8.self)
                var codes: [String] = []
                for s in valid where s.0 <= a && b <= s.1 && !codes.contains(s.2) { codes.append(s.2) }
                if codes.isEmpty {
                    pieces.append(Piece(unmarked: piece))
                } else {
                    pieces.append(
                        Piece(
                            marked: Mark(
                                codes: codes.joined(separator: " "), titles: codes.joined(separator: ", "),
                                evidence: piece)))
                }
            }
            self.pieces = pieces
        }
    }
    struct Pending {
        var id: Int64
        var reason: String
        var note: String?
    }
    struct Query {
        var topic: String
        var state: String
        var question: String
        var answer: String?
    }

    var encounterID: Int64
    var identifier: String
    var audit: Bool
    var facts: [Fact]
    var documents: [Document]
    var hasDocuments: Bool
    var hasPendingOrQueries: Bool
    var hasPending: Bool
    var pending: [Pending]
    var hasQueries: Bool
    var queries: [Query]
    var editable: Bool
    var score: AuditPages.ScoreModel?

    /// What the page's script starts from: the suggestions, the code set, the review.
    var state: ChartPage.ChartState

    /// Filled by the engines: the suggester's codes and their evidence in each note (hidden from the auditor), the
    /// code set a person saved last with its review.
    /// - Parameter audit: the audit item when the auditor re-codes blind.
    init(chart: Chart, user: User, engines: ServerEngines, audit: AuditItem?) {
        let e = chart.encounter
        let setting: CodeSuggestion.CareSetting = e.setting == .outpatient ? .outpatient : .inpatient
        // the suggestions of every note, with their evidence by document; hidden from the auditor
        var marks: [Int: [(Int, Int, String)]] = [:]
        var suggested: [String: ChartPage.ChartState.Suggested] = [:]
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
            ChartPage.ChartState.Code(code: $0.code, title: title($0.code), poa: $0.poa)
        }
        let procedures = (saved?.procedures ?? []).map {
            ChartPage.ChartState.Code(code: $0.code, title: title($0.code), poa: nil)
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
        state = ChartPage.ChartState(
            encounter: e.id, mode: audit == nil ? "code" : "audit", auditItem: audit?.id, editable: editable,
            setting: e.setting.rawValue, suggestions: order.compactMap { suggested[$0] }, diagnoses: diagnoses,
            procedures: procedures, review: review)

        let p = chart.patient
        encounterID = e.id
        identifier = e.identifier
        self.audit = audit != nil
        let facts: [(String, String?)] = [
            ("Patient", "\(p.name) · MRN \(p.mrn)"), ("Born", p.birthDate), ("Sex", p.sex),
            ("Setting", e.setting.rawValue), ("Admitted", e.admitDate), ("Discharged", e.dischargeDate),
            ("Disposition", e.dischargeStatus), ("Service", e.service), ("Payer", e.payer),
            ("Status", e.status.rawValue + (e.pendingReason.map { " (\($0.rawValue))" } ?? "")),
        ]
        self.facts = facts.compactMap { k, v in v.flatMap { $0.isEmpty ? nil : Fact(label: k, value: $0) } }
        documents = chart.documents.enumerated().map { i, d in
            Document(
                index: i, type: d.type, author: d.author ?? "author unknown", date: d.date ?? "undated",
                signed: d.signed, pieces: NoteText(d.text, marks[i] ?? []).pieces)
        }
        hasDocuments = !chart.documents.isEmpty
        let open = chart.pending.filter(\.isOpen)
        pending = open.map { Pending(id: $0.id, reason: $0.reason.rawValue, note: $0.note) }
        hasPending = !open.isEmpty
        queries = chart.queries.map {
            Query(topic: $0.question.topic, state: $0.state.rawValue, question: $0.question.question, answer: $0.answer)
        }
        hasQueries = !queries.isEmpty
        hasPendingOrQueries = hasPending || hasQueries
        self.editable = editable
        score = audit?.score.map(AuditPages.ScoreModel.init)
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
