import CodeSuggestion
import CodingRules
import Foundation
import NoteAnalysis
import Terminology

/// The checks that read the claim's documents with the note analysis: a coded condition the documents only deny or
/// never name, a condition the documents name and nobody coded, an uncertain diagnosis coded for an outpatient, and a
/// symptom coded beside the diagnosis that explains it.
public enum DocumentSupport {
    public static let negatedCode = RuleDefinition(
        "doc.coded-but-negated", .error,
        "A coded condition that the documents mention only as absent (denied, ruled out).",
        source: "ICD-10-CM Official Guidelines III, IV; code from the provider's documentation")
    public static let unsupportedCode = RuleDefinition(
        "doc.unsupported-code", .warning, "A coded diagnosis that no document names (no phrase of its category found).",
        source: "ICD-10-CM Official Guidelines I.A.19 and III (documented by the provider)")
    public static let uncodedCondition = RuleDefinition(
        "doc.uncoded-condition", .info, "A condition the documents name with high confidence that is not on the claim.",
        source: "ICD-10-CM Official Guidelines III (other diagnoses)")
    public static let uncertainOutpatient = RuleDefinition(
        "guideline.uncertain-outpatient", .error,
        "An outpatient diagnosis coded from an uncertain mention (possible, probable, rule out): code the symptoms.",
        source: "ICD-10-CM Official Guidelines IV.H")
    public static let integralSymptom = RuleDefinition(
        "guideline.integral-symptom", .warning,
        "A symptom coded beside the definitive diagnosis that routinely explains it.",
        source: "ICD-10-CM Official Guidelines I.B.5 and II.A")

    public static let rules = [negatedCode, unsupportedCode, uncodedCondition, uncertainOutpatient, integralSymptom]

    /// The symptom rule needs no documents; the others run when the claim carries document text.
    /// - Parameters:
    ///   - suggester: reads the documents; without it only the symptom rule runs.
    ///   - read: the suggestions already made for some documents (by index), not made again.
    public static func check(_ claim: Claim, suggester: Suggester?, read: [Int: Suggestions] = [:]) -> [Finding] {
        var out: [Finding] = []
        let codes = claim.diagnoses.map { CodeFormat.dottedCM(CodeFormat.normalize($0.code)) }
        for (i, code) in codes.enumerated() {
            if let by = Suggester.integralSymptomExplanation(of: code, among: codes) {
                out.append(
                    Finding(
                        rule: integralSymptom.id, severity: integralSymptom.severity,
                        message:
                            "\(code) is a symptom routinely associated with \(by), which is coded: it is not coded separately.",
                        codes: [code, by], evidence: [.init(text: code, field: "diagnoses[\(i)]")],
                        source: integralSymptom.source,
                        fix: "Remove \(code), unless the provider documents it as not routinely associated with \(by).")
                )
            }
        }
        let texts = (claim.documents ?? []).enumerated().compactMap { i, d in d.text.map { (i, $0) } }.filter {
            !$0.1.isEmpty
        }
        guard !texts.isEmpty, let engine = suggester else { return out }
        let setting: CareSetting =
            (claim.setting ?? "inpatient").lowercased() == "outpatient" ? .outpatient : .inpatient
        var named = Set<String>()
        var negated = [String: EvidenceSpan]()
        var uncertain = [String: EvidenceSpan]()
        var strong: [String: (SuggestedCode, Int)] = [:]
        for (d, text) in texts {
            let s =
                read[d]
                ?? engine.suggest(text: text, setting: setting, date: claim.dischargeDate.flatMap(FiscalYear.date))
            for c in s.diagnoses {
                named.insert(String(c.code.prefix(3)))
                if c.confidence >= 0.8, strong[c.code] == nil { strong[c.code] = (c, d) }
            }
            for n in s.notCoded where n.system == .icd10cm {
                switch n.reason {
                case .negated: if negated[n.code] == nil, let e = n.evidence.first { negated[n.code] = e }
                case .uncertainOutpatient:
                    if uncertain[n.code] == nil, let e = n.evidence.first { uncertain[n.code] = e }
                default: named.insert(String(n.code.prefix(3)))
                }
            }
        }
        let codedCategories = Set(codes.map { String($0.prefix(3)) })
        for (i, code) in codes.enumerated() {
            let field = "diagnoses[\(i)]"
            if let e = uncertain[code], setting == .outpatient {
                out.append(
                    Finding(
                        rule: uncertainOutpatient.id, severity: uncertainOutpatient.severity,
                        message:
                            "\(code) is documented as uncertain (\"\(e.text)\") in an outpatient record: code the signs and symptoms instead.",
                        codes: [code],
                        evidence: [
                            .init(text: code, field: field),
                            .init(text: e.text, start: e.start, end: e.end, section: e.section),
                        ],
                        source: uncertainOutpatient.source,
                        fix: "Replace \(code) with the codes of the documented symptoms."))
            } else if let e = negated[code], !named.contains(String(code.prefix(3))) {
                out.append(
                    Finding(
                        rule: negatedCode.id, severity: negatedCode.severity,
                        message: "\(code) is coded, but the documents mention it only as absent: \"\(e.text)\".",
                        codes: [code],
                        evidence: [
                            .init(text: code, field: field),
                            .init(text: e.text, start: e.start, end: e.end, section: e.section),
                        ],
                        source: negatedCode.source,
                        fix: "Remove \(code), or query the provider if the condition was present."))
            } else if !named.contains(String(code.prefix(3))), uncertain[code] == nil {
                out.append(
                    Finding(
                        rule: unsupportedCode.id, severity: unsupportedCode.severity,
                        message: "\(code) is coded, but no document names it in words the engine recognises.",
                        codes: [code], evidence: [.init(text: code, field: field)], source: unsupportedCode.source,
                        fix: "Check that the provider documented \(code); attach the document or remove the code."))
            }
        }
        for (code, (c, d)) in strong.sorted(by: { $0.key < $1.key })
        where !codedCategories.contains(String(code.prefix(3))) {
            let e = c.evidence.first
            out.append(
                Finding(
                    rule: uncodedCondition.id, severity: uncodedCondition.severity,
                    message: "The documents name \(code) \(c.title) (\"\(e?.text ?? "")\"), which is not on the claim.",
                    codes: [code],
                    evidence: [
                        .init(
                            text: e?.text ?? code, field: "documents[\(d)].text", document: d, start: e?.start,
                            end: e?.end, section: e?.section)
                    ],
                    source: uncodedCondition.source,
                    fix: "Code it if it meets the definition of a reportable diagnosis (Section III)."))
        }
        return out
    }
}
