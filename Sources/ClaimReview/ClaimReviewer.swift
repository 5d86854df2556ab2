import CodeSuggestion
import CodingRules
import Foundation
import MSDRG
import Terminology

/// The whole review of a claim, as `coder check` and the worklist service run it: the Tabular List's code-set edits
/// and the guideline rules, the Medicare Code Editor, documentation completeness, what the documents say, and the
/// physician queries with each answer's DRG. Loaded once, shared by every request.
public struct ClaimReviewer: Sendable {
    public let library: CodeSetLibrary
    public let editor: MedicareCodeEditor
    /// The grouper for the DRG impact of query answers; without it the queries carry no DRG.
    public let grouping: Grouping?
    /// The suggester that reads the documents; without it the checks of what the documents say are left out.
    public let suggester: Suggester?
    public let queries = DocumentationQueries()

    public init(library: CodeSetLibrary, editor: MedicareCodeEditor, grouping: Grouping?, suggester: Suggester?) {
        self.library = library
        self.editor = editor
        self.grouping = grouping
        self.suggester = suggester
    }

    /// Every rule the review can report, with its default severity: the code-set edits, guideline, POA,
    /// documentation and CDI rules, then the editor's.
    public static var allRules: [RuleDefinition] {
        RuleCatalog.all + DocumentSupport.rules + [reviewFailed, groupingFailed]
            + MCEEdit.allCases.map {
                RuleDefinition(
                    $0.rule, .error, "Medicare Code Editor edit \($0.name)", source: "Medicare Code Editor: \($0.name)")
            }
    }

    /// A claim the review could not take (a date that is not a date): said, never shown as "no findings".
    public static let reviewFailed = RuleDefinition(
        "claim.review-failed", .error,
        "The review could not run on this claim; the message names what is wrong with it.",
        source: "OpenCoder (the claim's data)")
    /// A claim the grouper could not take: said, never shown as "no DRG" alone.
    public static let groupingFailed = RuleDefinition(
        "claim.grouping-failed", .error, "The grouper could not assign a DRG to this claim; the message names why.",
        source: "OpenCoder (the claim's data); CMS MS-DRG Definitions Manual")

    /// The review and the DRG of a claim, as the worklist stores them with a version: a review or a grouping that
    /// fails is one error finding naming why (``reviewFailed``, ``groupingFailed``), so a bad claim never reads as a
    /// clean one.
    /// - Parameters:
    ///   - group: whether to group (an inpatient claim with diagnoses).
    ///   - read: the suggester's reading of some documents, when the caller has it.
    public func evaluation(_ claim: Claim, group: Bool, read: [Int: Suggestions] = [:])
        -> (findings: [Finding], grouping: Grouping.Summary?)
    {
        var findings: [Finding]
        do {
            findings = try review(claim, read: read).findings
        } catch {
            findings = [
                Finding(rule: Self.reviewFailed.id, severity: .error, message: "The review could not run: \(error)")
            ]
        }
        var summary: Grouping.Summary?
        if group, let grouping {
            do {
                summary = try grouping.summary(of: claim)
            } catch {
                findings.append(
                    Finding(
                        rule: Self.groupingFailed.id, severity: .error, message: "No DRG could be assigned: \(error)"))
            }
        }
        return (findings, summary)
    }

    /// What the review found, and the editor's header.
    public struct Review: Sendable {
        public var findings: [Finding]
        /// The last day the editor's tables cover (yyyymmdd).
        public var tablesThrough: Int
        /// The editor's verdict: none, postpayment or prepayment.
        public var editType: String
    }

    /// Reviews a claim. Findings come errors first, then warnings, then information; within a severity the editor's
    /// before the Tabular List's, in claim order.
    /// - Parameter settings: a department's rule settings (rules off, severities changed).
    /// - Throws: ``ReviewError`` for a date that is not a date.
    ///   - read: the suggester's reading of some documents (by index in `claim.documents`), when the caller has it.
    public func review(_ claim: Claim, settings: RuleSettings = RuleSettings(), read: [Int: Suggestions] = [:])
        throws(ReviewError)
        -> Review
    {
        try Self.validate(claim)
        let result = editor.edit(MCEClaim(claim))
        let edits =
            CodeSetEdits(tabulars: library.tabulars, poaExempt: library.poaExemptLists, addenda: library.addenda).check(
                claim)
            + DocumentationCompleteness.check(claim)
            + DocumentSupport.check(claim, suggester: suggester, read: read)
            + withDRGImpact(queries.queries(for: claim), claim: claim)
        let findings = settings.apply(CodeSetEdits.merge(editor: result.findings, edits: edits)).enumerated()
            .sorted { ($0.element.severity, $0.offset) < ($1.element.severity, $1.offset) }.map(\.element)
        return Review(findings: findings, tablesThrough: result.tablesThrough, editType: result.editType.rawValue)
    }

    /// Whether the claim's dates are dates.
    public static func validate(_ claim: Claim) throws(ReviewError) {
        if let text = claim.dischargeDate, Claim.day(text) == nil {
            throw ReviewError("claim: dischargeDate: \"\(text)\" is not a date (yyyy-mm-dd)")
        }
        if let text = claim.admitDate, Claim.day(text) == nil {
            throw ReviewError("claim: admitDate: \"\(text)\" is not a date (yyyy-mm-dd)")
        }
    }

    /// Each query answer's DRG: the claim regrouped with the answer's code in place of the queried one (or added,
    /// for a code of another category), and the weight change from the claim as coded, so that the department can
    /// work the queries that matter first. Outpatient claims and claims the grouper cannot take are left as they are.
    public func withDRGImpact(_ findings: [Finding], claim: Claim) -> [Finding] {
        guard findings.contains(where: { $0.query != nil }), (claim.setting ?? "inpatient").lowercased() == "inpatient",
            !claim.diagnoses.isEmpty, let grouping,
            let (version, _) = try? grouping.version(requested: claim.grouperVersion, claim: claim),
            let input = try? GrouperClaim(claim)
        else { return findings }
        let session = grouping.grouper.makeSession()
        let weights = grouping.weights(for: version)
        guard let current = try? session.group(input, version: version), current.returnCode == .ok else {
            return findings
        }
        let baseWeight = weights?.weight(of: current.drg)
        return findings.map { f in
            guard var query = f.query else { return f }
            for i in query.options.indices {
                guard let code = query.options[i].code else { continue }
                var variant = claim
                let queried = query.queriedCode.map { CodeFormat.normalize($0) }
                if let queried,
                    let k = variant.diagnoses.firstIndex(where: { CodeFormat.normalize($0.code) == queried }),
                    queried.prefix(3) == CodeFormat.normalize(code).prefix(3)
                {
                    variant.diagnoses[k].code = code
                } else {
                    variant.diagnoses.append(.init(code: code, poa: "Y"))
                }
                guard let packed = try? GrouperClaim(variant), let r = try? session.group(packed, version: version),
                    r.returnCode == .ok
                else { continue }
                query.options[i].drg = String(format: "%03d", r.drg)
                let w = weights?.weight(of: r.drg)
                query.options[i].weight = w
                if let w, let baseWeight {
                    query.options[i].weightChange = ((w - baseWeight) * 10000).rounded() / 10000
                }
            }
            var changed = f
            changed.query = query
            if let best = query.bestWeightChange, let baseWeight {
                changed.message += String(
                    format: " (DRG %03d, weight %.4f as coded; the answers reach up to %+.4f)", current.drg, baseWeight,
                    best)
            }
            return changed
        }
    }
}
