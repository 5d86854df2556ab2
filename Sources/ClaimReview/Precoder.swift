import CodeSuggestion
import CodingRules
import Foundation
import NoteAnalysis
import Terminology

/// Pre-codes a discharged encounter: the suggester over each of its documents, one code set from them (the
/// discharge summary's principal first), the review of that code set and its MS-DRG. What a batch job stores as the
/// engine's version, for a coder to accept, edit or reject.
public struct Precoder: Sendable {
    public let reviewer: ClaimReviewer
    public let suggester: Suggester

    /// - Throws: ``ReviewError`` when the reviewer has no suggester to read the documents with.
    public init(reviewer: ClaimReviewer) throws(ReviewError) {
        guard let suggester = reviewer.suggester else { throw ReviewError("pre-coding needs the suggester") }
        self.reviewer = reviewer
        self.suggester = suggester
    }

    /// The engine's identification, stored with every version it writes.
    public var engineVersion: String { "opencoder precode ICD-10-CM \(suggester.version)" }

    /// A pre-coded code set.
    public struct Result: Sendable {
        /// The claim with the suggested diagnoses (principal first, no POA: the coder assigns it) and complete
        /// procedure codes.
        public var claim: Claim
        /// The suggestions behind each code, with their evidence.
        public var suggestions: [SuggestedCode]
        public var findings: [Finding]
        /// Nil when the grouper could not take the claim (outpatient, or no diagnosis found).
        public var grouping: Grouping.Summary?
        /// The engine's confidence in the whole code set: the mean confidence of its diagnoses (0 when none).
        public var confidence: Double
    }

    /// Pre-codes `claim` (its demographics and documents; codes on it are replaced).
    public func precode(_ claim: Claim) -> Result {
        let setting: CareSetting =
            (claim.setting ?? "inpatient").lowercased() == "outpatient" ? .outpatient : .inpatient
        // the discharge summary speaks for the stay: its principal leads, then the other documents' codes
        let documents = (claim.documents ?? []).enumerated().sorted { a, b in
            (Self.isSummary(a.element) ? 0 : 1, a.offset) < (Self.isSummary(b.element) ? 0 : 1, b.offset)
        }
        var diagnoses: [String: SuggestedCode] = [:]
        var order: [String] = []
        var procedures: [String: SuggestedCode] = [:]
        var procedureOrder: [String] = []
        var principal: String?
        var read: [Int: Suggestions] = [:]
        var summary: Suggestions?
        for (index, document) in documents {
            guard let text = document.text, !text.isEmpty else { continue }
            // the codes valid on the discharge date (the release of its fiscal year)
            let s = suggester.suggest(text: text, setting: setting, date: claim.dischargeDate.flatMap(FiscalYear.date))
            read[index] = s
            // the discharge summary reads the whole stay: another document's code adds to it only where it adds
            if summary == nil && Self.isSummary(document) { summary = s }
            let isSummary = Self.isSummary(document)
            for d in s.diagnoses {
                if !isSummary, let summary, !suggester.adds(d.code, to: summary) { continue }
                if principal == nil, d.principal { principal = d.code }
                if let seen = diagnoses[d.code] {
                    if d.confidence > seen.confidence { diagnoses[d.code] = d }
                } else {
                    diagnoses[d.code] = d
                    order.append(d.code)
                }
            }
            // the procedures of the stay: not one done before it (`s/p prostatectomy`, `colonoscopy 2024`)
            for p in s.procedures where !p.partial && p.assertion != .historical {
                if let seen = procedures[p.code], seen.confidence >= p.confidence { continue }
                if procedures[p.code] == nil { procedureOrder.append(p.code) }
                procedures[p.code] = p
            }
        }
        if let principal, let i = order.firstIndex(of: principal) {
            order.remove(at: i)
            order.insert(principal, at: 0)
        }
        // the procedures of every document as one set
        let kept = Set(Suggester.reconciled(procedureOrder.compactMap { procedures[$0] }).map(\.code))
        procedureOrder.removeAll { !kept.contains($0) }
        var coded = claim
        coded.diagnoses = order.map { Claim.Diagnosis(code: $0) }
        coded.procedures = procedureOrder.map { Claim.Procedure(code: $0) }
        let (findings, grouping) = reviewer.evaluation(
            coded, group: !coded.diagnoses.isEmpty && setting != .outpatient, read: read)
        let confidences = order.compactMap { diagnoses[$0]?.confidence }
        return Result(
            claim: coded,
            suggestions: order.compactMap { diagnoses[$0] } + procedureOrder.compactMap { procedures[$0] },
            findings: findings, grouping: grouping,
            confidence: confidences.isEmpty ? 0 : confidences.reduce(0, +) / Double(confidences.count))
    }

    static func isSummary(_ d: Claim.Document) -> Bool {
        let t = (d.type ?? "").lowercased()
        return t.contains("discharge")
    }
}
