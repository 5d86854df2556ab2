import Foundation
import Terminology

/// Whether the record behind a claim is complete enough to code from: each document typed, authored, dated and
/// signed; an inpatient stay with its discharge summary; an operation with its operative report.
///
/// Runs only when the claim carries its documents (`documents` in the claim): without them the record cannot be
/// judged and nothing is reported.
public enum DocumentationCompleteness {
    public static let unsigned = RuleDefinition(
        "doc.unsigned", .error, "A document that is not signed (authenticated): it cannot be coded from until it is.",
        source:
            "CMS Conditions of Participation 42 CFR 482.24(c)(1); ICD-10-CM Official Guidelines III (provider documentation)"
    )
    public static let signatureUnknown = RuleDefinition(
        "doc.signature-unknown", .warning, "A document whose signature status is not recorded.",
        source: "CMS Conditions of Participation 42 CFR 482.24(c)(1)")
    public static let authorMissing = RuleDefinition(
        "doc.author-missing", .warning, "A document without its author.", source: "42 CFR 482.24(c)(1)")
    public static let dateMissing = RuleDefinition(
        "doc.date-missing", .warning, "A document without its date.", source: "42 CFR 482.24(c)(1)")
    public static let typeMissing = RuleDefinition(
        "doc.type-missing", .info, "A document without its type (discharge summary, operative report …).",
        source: "record completeness")
    public static let dischargeSummaryMissing = RuleDefinition(
        "doc.discharge-summary-missing", .warning, "An inpatient stay without a discharge summary among its documents.",
        source: "42 CFR 482.24(c)(4)(vii); ICD-10-CM Official Guidelines Section II")
    public static let operativeReportMissing = RuleDefinition(
        "doc.operative-report-missing", .warning,
        "An operation (ICD-10-PCS Medical and Surgical, open or endoscopic) without an operative report.",
        source: "42 CFR 482.51(b)(6)")

    public static let rules = [
        unsigned, signatureUnknown, authorMissing, dateMissing, typeMissing, dischargeSummaryMissing,
        operativeReportMissing,
    ]

    /// The document's type in a comparable form: `Discharge Summary` → `discharge-summary`.
    static func kind(_ type: String?) -> String {
        (type ?? "").lowercased().split(whereSeparator: { !$0.isLetter }).joined(separator: "-")
    }

    /// The kinds of a discharge summary and of an operative report: `Resources/rule-words.tsv`, the sets
    /// `discharge-summary` and `operative-report`.
    static let dischargeSummaryKinds = Set(RuleTables.words["discharge-summary"])
    static let operativeKinds = Set(RuleTables.words["operative-report"])

    public static func check(_ claim: Claim) -> [Finding] {
        guard let documents = claim.documents else { return [] }
        var out: [Finding] = []
        func finding(_ rule: RuleDefinition, _ message: String, field: String, codes: [String] = [], fix: String)
            -> Finding
        {
            Finding(
                rule: rule.id, severity: rule.severity, message: message, codes: codes,
                evidence: [.init(text: message, field: field)], source: rule.source, fix: fix)
        }
        for (i, d) in documents.enumerated() {
            let name = d.type.map { "\($0) (documents[\(i)])" } ?? "documents[\(i)]"
            let field = "documents[\(i)]"
            switch d.signed {
            case .some(false):
                out.append(
                    finding(
                        unsigned, "\(name) is not signed.", field: field,
                        fix: "Ask \(d.author ?? "the author") to sign (authenticate) it before coding from it."))
            case .none:
                out.append(
                    finding(
                        signatureUnknown, "\(name) does not say whether it is signed.", field: field,
                        fix: "Record the signature status."))
            case .some(true):
                break
            }
            if (d.author ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
                out.append(finding(authorMissing, "\(name) has no author.", field: field, fix: "Record who wrote it."))
            }
            if (d.date ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
                out.append(
                    finding(dateMissing, "\(name) has no date.", field: field, fix: "Record when it was written."))
            }
            if kind(d.type).isEmpty {
                out.append(
                    finding(
                        typeMissing, "documents[\(i)] has no type.", field: field,
                        fix: "Record what kind of document it is."))
            }
        }
        let kinds = Set(documents.map { kind($0.type) })
        if (claim.setting ?? "inpatient").lowercased() == "inpatient", kinds.isDisjoint(with: dischargeSummaryKinds) {
            out.append(
                finding(
                    dischargeSummaryMissing,
                    "The inpatient stay has no discharge summary among its \(documents.count) document\(documents.count == 1 ? "" : "s").",
                    field: "documents",
                    fix: "Obtain the discharge summary before final coding (a pending reason: missing documentation)."))
        }
        if kinds.isDisjoint(with: operativeKinds) {
            for (i, p) in claim.procedures.enumerated() where isOperation(p.code) {
                let code = CodeFormat.normalize(p.code)
                out.append(
                    finding(
                        operativeReportMissing,
                        "\(code) is an operation but no operative report is among the documents.",
                        field: "procedures[\(i)]", codes: [code],
                        fix: "Obtain the operative report before coding the procedure's details."))
            }
        }
        return out
    }

    /// A Medical and Surgical (section 0) ICD-10-PCS code with an open (0) or percutaneous endoscopic (4) approach.
    static func isOperation(_ code: String) -> Bool {
        let c = Array(CodeFormat.normalize(code))
        return c.count == 7 && c[0] == "0" && (c[4] == "0" || c[4] == "4")
    }
}
