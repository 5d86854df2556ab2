import Foundation
import Terminology

/// The code-set edits of a claim's diagnoses against the ICD-10-CM Tabular List of its discharge date: validity,
/// headings and 7th characters, Excludes1 pairs, "code first", "use additional code" and "code also" notes,
/// duplicates and unspecified laterality.
public struct CodeSetEdits: Sendable {
    public let tabulars: [String: TabularList]
    /// POA-exempt lists by fiscal year (imported from the CMS release).
    public let poaExempt: [String: POAExemptList]

    /// The ICD-10-CM code addenda by the fiscal year they take effect: what each release added and deleted.
    public let addenda: [String: CodeAddenda]

    public init(
        tabulars: [String: TabularList], poaExempt: [String: POAExemptList] = [:], addenda: [String: CodeAddenda] = [:]
    ) {
        self.tabulars = tabulars
        self.poaExempt = poaExempt
        self.addenda = addenda
    }

    /// The ICD-10-CM fiscal year of a discharge date (`2025-11-06` → 2026: the year starts on October 1).
    public static func fiscalYear(of date: String) -> Int? {
        let parts = date.split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m) else { return nil }
        return m >= 10 ? y + 1 : y
    }

    /// The release to check a claim against: the one of its discharge date's fiscal year, else the newest loaded
    /// (with an info finding saying so).
    public func release(for claim: Claim) -> (TabularList, Finding?)? {
        let versions = tabulars.keys.sorted()
        guard let newest = versions.last, let latest = tabulars[newest] else { return nil }
        guard let date = claim.dischargeDate, let fy = Self.fiscalYear(of: date) else { return (latest, nil) }
        if let exact = tabulars[String(fy)] { return (exact, nil) }
        let note = Finding(
            rule: RuleCatalog.versionNotLoaded.id, severity: RuleCatalog.versionNotLoaded.severity,
            message:
                "The discharge date \(date) falls in FY\(fy); that ICD-10-CM release is not loaded, so the codes were checked against FY\(newest).",
            evidence: [.init(text: date, field: "dischargeDate")], source: RuleCatalog.versionNotLoaded.source,
            fix:
                "Import the FY\(fy) release (`coder codesets import`) to check against the codes in effect at discharge."
        )
        return (latest, note)
    }

    public func check(_ claim: Claim) -> [Finding] {
        guard let (tabular, versionNote) = release(for: claim) else { return [] }
        var findings: [Finding] = versionNote.map { [$0] } ?? []
        let (validity, valid) = validityFindings(claim, tabular: tabular)
        findings += validity
        findings += poaFindings(claim, valid: valid, tabular: tabular)
        findings += sequencingFindings(claim, valid: valid, tabular: tabular)
        findings += principalOnlyFindings(valid: valid, tabular: tabular)
        let present = valid.map { ($0.position, tabular.entries[$0.index].normalizedCode) }
        var excludesReported = Set<String>()
        for (position, index) in valid {
            findings += noteFindings(
                position: position, index: index, tabular: tabular, present: present,
                excludesReported: &excludesReported)
            if let side = unspecifiedSideFinding(position: position, index: index, tabular: tabular) {
                findings.append(side)
            }
        }
        return findings
    }

    /// The editor's findings and these edits together, without saying one thing twice: the Medicare Code Editor's
    /// generic invalid-code finding gives way to the edit that says why (heading, 7th character, not in the release),
    /// and a repeated principal, or a principal that may only be secondary, is reported once (by the editor).
    public static func merge(editor: [Finding], edits: [Finding]) -> [Finding] {
        let explained = Set(
            edits.filter {
                ["code.invalid", "code.deleted", "code.not-yet-valid", "code.header", "code.seventh-character"]
                    .contains($0.rule)
            }
            .flatMap(\.codes).map { CodeFormat.normalize($0) })
        let repeated = Set(
            editor.filter { $0.rule == "mce.duplicate-of-pdx" }.flatMap(\.codes).map { CodeFormat.normalize($0) })
        let kept = editor.filter { f in
            !(f.rule == "mce.invalid-code" && !f.codes.isEmpty
                && f.codes.allSatisfy { explained.contains(CodeFormat.normalize($0)) })
        }
        // the editor's unacceptable principal diagnosis says what `guideline.secondary-only` says
        let unacceptable = Set(
            editor.filter { ["mce.e-code-as-pdx", "mce.unacceptable-pdx"].contains($0.rule) }.flatMap(\.codes)
                .map { CodeFormat.normalize($0) })
        let own = edits.filter { f in
            !(f.rule == "code.duplicate" && f.codes.allSatisfy { repeated.contains(CodeFormat.normalize($0)) })
                && !(f.rule == "guideline.secondary-only"
                    && f.codes.allSatisfy { unacceptable.contains(CodeFormat.normalize($0)) })
        }
        return kept + own
    }

    func finding(
        _ rule: RuleDefinition, _ message: String, codes: [String], fields: [String], quote: String? = nil, fix: String
    ) -> Finding {
        var evidence = zip(codes, fields).map { Finding.Evidence(text: $0, field: $1) }
        if let quote { evidence.append(.init(text: quote)) }
        return Finding(
            rule: rule.id, severity: rule.severity, message: message, codes: codes, evidence: evidence,
            source: rule.source, fix: fix)
    }
}
