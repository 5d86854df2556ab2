import Foundation
import Terminology

/// The rules of the review, with their default severities and sources.
public enum RuleCatalog {
    public static let codeInvalid = RuleDefinition(
        "code.invalid", .error,
        "A code that is not in the ICD-10-CM release of the discharge date (deleted, not yet valid, or mistyped).",
        source: "ICD-10-CM Official Guidelines I.A.6; HIPAA code set of the date of service")
    public static let codeDeleted = RuleDefinition(
        "code.deleted", .error,
        "A code the release of the discharge date deleted (it became a heading or left the classification): the code addenda name what replaces it.",
        source:
            "ICD-10-CM code addenda of the fiscal year; Official Guidelines I.A.6; HIPAA code set of the date of service"
    )
    public static let codeNotYetValid = RuleDefinition(
        "code.not-yet-valid", .error,
        "A code added by a later release than the one of the discharge date: it cannot be reported for this discharge.",
        source:
            "ICD-10-CM code addenda (codes take effect on October 1 of their fiscal year); HIPAA code set of the date of service"
    )
    public static let codeHeader = RuleDefinition(
        "code.header", .error,
        "A category or subcategory heading: codes below it say more and only they may be reported.",
        source: "ICD-10-CM Official Guidelines I.A.2 and I.B.1")
    public static let seventhCharacter = RuleDefinition(
        "code.seventh-character", .error,
        "A code whose category requires a 7th character, reported without it (placeholder X where the code is shorter than six characters).",
        source: "ICD-10-CM Official Guidelines I.A.4 and I.A.5")
    public static let excludes1 = RuleDefinition(
        "excludes1", .error, "Two codes reported together that an Excludes1 note says are never coded together.",
        source: "ICD-10-CM Official Guidelines I.A.12.a")
    public static let excludes1Unrelated = RuleDefinition(
        "excludes1.unrelated-query", .warning,
        "An Excludes1 pair from different body systems: allowed only when the two conditions are unrelated; confirm with the documentation or query.",
        source: "ICD-10-CM Official Guidelines I.A.12.a (exception)")
    public static let codeFirstMissing = RuleDefinition(
        "code-first.missing", .warning,
        "A code whose \"Code first\" note names an underlying condition not on the claim.",
        source: "ICD-10-CM Official Guidelines I.A.13 and I.B.7")
    public static let codeFirstSequence = RuleDefinition(
        "code-first.sequence", .error,
        "The underlying condition that a \"Code first\" note names is on the claim but listed after the code.",
        source: "ICD-10-CM Official Guidelines I.A.13 and I.B.7")
    public static let useAdditionalCode = RuleDefinition(
        "use-additional-code", .warning, "A \"Use additional code\" note whose code is not on the claim.",
        source: "ICD-10-CM Official Guidelines I.A.13 and I.B.7")
    public static let useAdditionalCodeIfApplicable = RuleDefinition(
        "use-additional-code.if-applicable", .info,
        "A \"Use additional code\" note for something that may apply (\"if applicable\", \"any\", \"if known\"): check the record.",
        source: "ICD-10-CM Official Guidelines I.A.13")
    public static let codeAlso = RuleDefinition(
        "code-also", .info,
        "A \"Code also\" note: a second code may be needed; the sequencing depends on the circumstances.",
        source: "ICD-10-CM Official Guidelines I.A.17")
    public static let duplicate = RuleDefinition(
        "code.duplicate", .error, "The same code reported more than once.",
        source: "ICD-10-CM Official Guidelines III.B (a code is reported once)")
    public static let unspecifiedSide = RuleDefinition(
        "code.unspecified-side", .warning,
        "A code for an unspecified side where the classification has codes for right, left or bilateral.",
        source: "ICD-10-CM Official Guidelines I.B.13")
    public static let versionNotLoaded = RuleDefinition(
        "claim.code-set-version", .info,
        "The ICD-10-CM release of the discharge date is not loaded; the claim was checked against another.",
        source: "HIPAA code set of the date of service")

    public static let poaMissing = RuleDefinition(
        "poa.missing", .error,
        "An inpatient diagnosis without a present-on-admission indicator, and not on the POA-exempt list.",
        source: "ICD-10-CM Official Guidelines Appendix I (POA reporting guidelines)")
    public static let poaUnverified = RuleDefinition(
        "poa.unverified", .info,
        "A diagnosis without a POA indicator, and no POA-exempt list loaded to tell whether it is exempt.",
        source: "ICD-10-CM Official Guidelines Appendix I")
    public static let poaExemptMisused = RuleDefinition(
        "poa.exempt-indicator", .error, "POA indicator 1 (exempt) on a code that is not on the POA-exempt list.",
        source: "ICD-10-CM Official Guidelines Appendix I; CMS POA-exempt list")
    public static let poaOnExemptCode = RuleDefinition(
        "poa.on-exempt-code", .info,
        "A Y, N, U or W indicator on a code that is exempt from POA reporting (leave it blank or report 1).",
        source: "ICD-10-CM Official Guidelines Appendix I; CMS POA-exempt list")

    public static let zPrincipalOnly = RuleDefinition(
        "guideline.z-principal-only", .error,
        "A Z code that may only be the principal or first-listed diagnosis, reported in another position.",
        source: "ICD-10-CM Official Guidelines I.C.21.c.16")

    /// Guidelines I.C.21.c.16 (FY2025): the Z codes and categories that may only be principal or first-listed, with
    /// their exceptions (normalised prefixes).
    static let principalOnlyZ: [(prefix: String, except: [String])] = [
        ("Z00", ["Z006"]), ("Z01", []), ("Z02", []), ("Z04", []), ("Z332", []), ("Z3181", []), ("Z3183", []),
        ("Z3184", []), ("Z34", []), ("Z39", []), ("Z38", []), ("Z40", []), ("Z42", []), ("Z510", []), ("Z511", []),
        ("Z52", ["Z529"]), ("Z761", []), ("Z762", []), ("Z9912", []),
    ]

    public static let all: [RuleDefinition] =
        [
            zPrincipalOnly,
            codeInvalid, codeDeleted, codeNotYetValid, codeHeader, seventhCharacter, excludes1, excludes1Unrelated,
            codeFirstMissing, codeFirstSequence,
            useAdditionalCode, useAdditionalCodeIfApplicable, codeAlso, duplicate, unspecifiedSide, versionNotLoaded,
            poaMissing, poaUnverified, poaExemptMisused, poaOnExemptCode,
        ] + sequencingRules + DocumentationQueries.rules + DocumentationCompleteness.rules
}

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

    /// The POA-exempt list of the fiscal year, else the newest one before it.
    func exemptList(for claim: Claim) -> (String, POAExemptList)? {
        let fy = claim.dischargeDate.flatMap(Self.fiscalYear(of:)) ?? Int.max
        return poaExempt.filter { (Int($0.key) ?? 0) <= fy }.max { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// Present-on-admission indicators (inpatient claims of hospitals that report POA): missing, 1 on a code that is
    /// not exempt, an indicator on an exempt code. Values other than Y, N, U, W and 1 are the code editor's.
    func poaFindings(_ claim: Claim, valid: [(position: Int, index: Int)], tabular: TabularList) -> [Finding] {
        guard (claim.setting ?? "inpatient").lowercased() == "inpatient", claim.poaExempt != true else { return [] }
        let list = exemptList(for: claim)
        var out: [Finding] = []
        for (position, index) in valid {
            let code = tabular.entries[index].code
            let field = "diagnoses[\(position)].poa"
            let poa = claim.diagnoses[position].poa?.trimmingCharacters(in: .whitespaces).uppercased() ?? ""
            let exempt = list?.1.contains(code)
            switch (poa, exempt) {
            case ("", .some(false)):
                out.append(
                    finding(
                        RuleCatalog.poaMissing,
                        "\(code) has no present-on-admission indicator and is not exempt (FY\(list!.0) list).",
                        codes: [code], fields: [field],
                        fix: "Report Y, N, U or W from the documentation; query the physician when it is unclear (W)."))
            case ("", .none):
                out.append(
                    finding(
                        RuleCatalog.poaUnverified,
                        "\(code) has no present-on-admission indicator; without the POA-exempt list it cannot be told whether it is exempt.",
                        codes: [code], fields: [field],
                        fix: "Import the CMS POA-exempt list (`coder codesets import`), or report the indicator."))
            case ("1", .some(false)):
                out.append(
                    finding(
                        RuleCatalog.poaExemptMisused,
                        "\(code) is reported as exempt from POA (1) but is not on the FY\(list!.0) POA-exempt list.",
                        codes: [code], fields: [field], fix: "Report Y, N, U or W."))
            case ("Y", .some(true)), ("N", .some(true)), ("U", .some(true)), ("W", .some(true)):
                out.append(
                    finding(
                        RuleCatalog.poaOnExemptCode,
                        "\(code) is exempt from POA reporting (FY\(list!.0) list) but carries \(poa).",
                        codes: [code], fields: [field], fix: "Leave the indicator blank or report 1."))
            default:
                continue
            }
        }
        return out
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
        let written = claim.diagnoses.map(\.code)
        let codes = written.map { CodeFormat.normalize($0) }
        var valid: [(position: Int, index: Int)] = []
        var seen: [String: Int] = [:]
        for (i, code) in codes.enumerated() {
            let field = "diagnoses[\(i)]"
            let shown = CodeFormat.dottedCM(code)
            if let first = seen[code] {
                findings.append(
                    finding(
                        RuleCatalog.duplicate,
                        "\(shown) is reported at positions \(first + 1) and \(i + 1): a code is reported once.",
                        codes: [shown], fields: [field], fix: "Remove the second \(shown)."))
                continue
            }
            seen[code] = i
            if let change = releaseChange(code, shown: shown, field: field, tabular: tabular, date: claim.dischargeDate)
            {
                findings.append(change)
                continue
            }
            guard let index = tabular.index(of: code) else {
                findings.append(invalid(shown, field: field, tabular: tabular))
                continue
            }
            let entry = tabular.entries[index]
            if !entry.billable {
                findings.append(heading(entry, index: index, field: field, tabular: tabular))
                continue
            }
            valid.append((i, index))
        }

        let present = valid.map { ($0.position, tabular.entries[$0.index].normalizedCode) }
        func covered(by references: [CodeReference], except position: Int) -> [(Int, String)] {
            present.filter { p in p.0 != position && references.contains { $0.covers(p.1) } }
        }
        findings += poaFindings(claim, valid: valid, tabular: tabular)
        findings += sequencingFindings(claim, valid: valid, tabular: tabular)
        for (position, index) in valid where position > 0 {
            let code = tabular.entries[index].normalizedCode
            guard let rule = RuleCatalog.principalOnlyZ.first(where: { code.hasPrefix($0.prefix) }),
                !rule.except.contains(where: { code.hasPrefix($0) })
            else { continue }
            let shown = tabular.entries[index].code
            findings.append(
                finding(
                    RuleCatalog.zPrincipalOnly,
                    "\(shown) \(tabular.entries[index].title) may only be the principal or first-listed diagnosis; it is in position \(position + 1).",
                    codes: [shown], fields: ["diagnoses[\(position)]"],
                    fix:
                        "Sequence \(shown) first, or remove it (unless the records of several encounters of one day are combined)."
                ))
        }
        var excludesReported = Set<String>()
        for (position, index) in valid {
            let entry = tabular.entries[index]
            let shown = entry.code
            let field = "diagnoses[\(position)]"
            for (source, note, isList) in Self.instructions(tabular.applicableNotes(for: index)) {
                switch note.kind {
                case .excludes1:
                    for (other, otherCode) in covered(by: note.references, except: position) {
                        let otherShown = CodeFormat.dottedCM(otherCode)
                        let pair = [shown, otherShown].sorted().joined(separator: "|")
                        guard excludesReported.insert(pair).inserted else { continue }
                        // a symptom excluded by a definitive diagnosis is never an unrelated condition
                        let sameSystem =
                            shown.first == otherShown.first || shown.hasPrefix("R") || otherShown.hasPrefix("R")
                        let rule = sameSystem ? RuleCatalog.excludes1 : RuleCatalog.excludes1Unrelated
                        let quoted = "Excludes1 at \(Self.place(source)): \"\(note.text)\""
                        findings.append(
                            finding(
                                rule,
                                sameSystem
                                    ? "\(shown) and \(otherShown) are coded together, but \(quoted). The two are never coded together."
                                    : "\(shown) and \(otherShown) are coded together, but \(quoted). Both may be reported only when the conditions are unrelated.",
                                codes: [shown, otherShown], fields: [field, "diagnoses[\(other)]"], quote: quoted,
                                fix: sameSystem
                                    ? "Keep the code the documentation supports and remove the other (or the combination code that covers both)."
                                    : "Confirm from the documentation that the conditions are unrelated; otherwise keep one, or query the physician."
                            ))
                    }
                case .codeFirst:
                    guard !note.references.isEmpty else { continue }
                    let hits = covered(by: note.references, except: position)
                    let quoted = "Code first at \(Self.place(source)): \"\(note.text)\""
                    if hits.isEmpty {
                        // a list of conditions it may be due to is followed only when one of them is documented; the
                        // underlying condition is required of a manifestation (`… in diseases classified elsewhere`)
                        // and where the note names a single one (D63.0: `neoplasm (C00-D49)`)
                        guard
                            Self.requiresEtiology(index, in: tabular)
                                || (!isList && !Self.isConditional(note.text)
                                    && Self.singleLine(source, .codeFirst, index, tabular))
                        else { continue }
                        findings.append(
                            finding(
                                RuleCatalog.codeFirstMissing,
                                "\(shown) is coded without the underlying condition its note asks for first: \(quoted).",
                                codes: [shown], fields: [field], quote: quoted,
                                fix:
                                    "Code the underlying condition (\(Self.listed(note.references))) and sequence it before \(shown), when documented; otherwise query the physician."
                            ))
                    } else if hits.allSatisfy({ $0.0 > position }) {
                        let other = CodeFormat.dottedCM(hits[0].1)
                        findings.append(
                            finding(
                                RuleCatalog.codeFirstSequence,
                                "\(other) is the underlying condition of \(shown) but is listed after it: \(quoted).",
                                codes: [shown, other], fields: [field, "diagnoses[\(hits[0].0)]"], quote: quoted,
                                fix: "List \(other) before \(shown)."))
                    }
                case .useAdditionalCode:
                    guard !note.references.isEmpty, covered(by: note.references, except: position).isEmpty else {
                        continue
                    }
                    let quoted = "Use additional code at \(Self.place(source)): \"\(note.text)\""
                    // a list after a colon names alternatives: whichever applies
                    let conditional = isList || Self.isConditional(note.text)
                    findings.append(
                        finding(
                            conditional ? RuleCatalog.useAdditionalCodeIfApplicable : RuleCatalog.useAdditionalCode,
                            "\(shown): \(quoted), and no such code is on the claim.", codes: [shown], fields: [field],
                            quote: quoted,
                            fix:
                                "Add the code for \(Self.listed(note.references))\(conditional ? " if the documentation supports it" : " from the documentation, or query the physician")."
                        ))
                case .codeAlso:
                    guard !note.references.isEmpty, covered(by: note.references, except: position).isEmpty,
                        !note.text.lowercased().contains("if applicable"), !Self.isConditional(note.text)
                    else { continue }
                    let quoted = "Code also at \(Self.place(source)): \"\(note.text)\""
                    findings.append(
                        finding(
                            RuleCatalog.codeAlso, "\(shown): \(quoted).", codes: [shown], fields: [field],
                            quote: quoted,
                            fix: "Add \(Self.listed(note.references)) if the documentation supports it."))
                default:
                    continue
                }
            }
            if let sides = Self.sidedSiblings(of: index, in: tabular) {
                findings.append(
                    finding(
                        RuleCatalog.unspecifiedSide,
                        "\(shown) (\(entry.title)) leaves the side unspecified; the classification has \(sides.map { "\($0.code) (\($0.title))" }.joined(separator: ", ")).",
                        codes: [shown], fields: [field],
                        fix: "Code the side the documentation gives; query the physician when it does not say."))
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

    /// The notes as instructions: a lead line ending in a colon (`Use additional code to identify control using:`)
    /// and the lines after it, from the same entry and of the same kind, are one instruction naming alternatives.
    static func instructions(_ notes: [(source: String, note: InstructionalNote)]) -> [(
        String, InstructionalNote, Bool
    )] {
        var out: [(String, InstructionalNote, Bool)] = []
        var lead: Int?
        for (source, note) in notes {
            if note.kind != .excludes1 && note.kind != .excludes2 && note.text.hasSuffix(":") {
                out.append((source, note, true))
                lead = out.count - 1
                continue
            }
            if let l = lead, out[l].0 == source, out[l].1.kind == note.kind {
                let joined = out[l].1.text.hasSuffix(":") ? " " : "; "
                out[l].1.text += joined + note.text
                out[l].1.references += note.references
                continue
            }
            lead = nil
            out.append((source, note, false))
        }
        return out
    }

    /// Whether the code is a manifestation: its title, or a heading's above it, says `in diseases classified elsewhere`.
    static func requiresEtiology(_ index: Int, in tabular: TabularList) -> Bool {
        tabular.path(to: index).contains { tabular.entries[$0].title.lowercased().contains("classified elsewhere") }
    }

    /// Whether the entry where a note is written has one note line of that kind.
    static func singleLine(_ source: String, _ kind: NoteKind, _ index: Int, _ tabular: TabularList) -> Bool {
        guard let at = tabular.path(to: index).first(where: { tabular.entries[$0].code == source }) else {
            return false
        }
        return tabular.entries[at].notes.filter { $0.kind == kind }.count == 1
    }

    /// Where a note is written, as a coder reads it: `E11`, `I10-I1A`, `Chapter 10`.
    static func place(_ source: String) -> String { source.allSatisfy(\.isNumber) ? "Chapter \(source)" : source }

    /// The codes a note names, each once, in the note's order.
    static func listed(_ references: [CodeReference]) -> String {
        var seen = Set<String>()
        return references.map(\.description).filter { seen.insert($0).inserted }.joined(separator: ", ")
    }

    /// Notes that ask for a code only where something applies.
    static func isConditional(_ text: String) -> Bool {
        let t = text.lowercased()
        return [
            "if applicable", "if known", "if present", "any ", "associated", "such as", "to identify the", "if desired",
        ]
        .contains { t.contains($0) }
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

    /// A code the release of the discharge date deleted, or one a later release added, told from the code addenda:
    /// what replaces it, or what was reported before it.
    private func releaseChange(_ code: String, shown: String, field: String, tabular: TabularList, date: String?)
        -> Finding?
    {
        guard tabular.entry(code)?.billable != true, let version = Int(tabular.version) else { return nil }
        func named(_ codes: [String], in list: TabularList?) -> String {
            let shown = codes.map { c in
                let t = list?.entry(c)?.title
                return CodeFormat.dottedCM(c) + (t.map { " \($0)" } ?? "")
            }
            return shown.count <= 1 ? shown.joined() : shown.dropLast().joined(separator: "; ") + "; or " + shown.last!
        }
        let when =
            date.map { "the discharge date \($0) falls in FY\(version)" } ?? "the claim is checked against FY\(version)"
        for year in addenda.keys.sorted(by: >) {
            guard let y = Int(year), let changes = addenda[year] else { continue }
            if y <= version, let gone = changes.deleted.first(where: { $0.code == code }) {
                let replacements = changes.replacements(of: code)
                return finding(
                    RuleCatalog.codeDeleted,
                    "\(shown) (\(gone.title)) was deleted as a code on 1 October \(y - 1) (FY\(y) code addenda); \(when).",
                    codes: [shown], fields: [field],
                    fix: replacements.isEmpty
                        ? "The code addenda name no code in its place: look the condition up again in the FY\(version) Index and Tabular List."
                        : "Report the code the documentation supports: \(named(replacements, in: tabular)).")
            }
            if y > version, let new = changes.added.first(where: { $0.code == code }) {
                // what a coder reported for it before: the deleted code it replaces, else the nearest heading of the date's release
                let before = changes.deleted.first { changes.replacements(of: $0.code).contains(code) }
                var prefix = code
                while prefix.count > 3 && tabular.entry(prefix) == nil { prefix.removeLast() }
                let fix =
                    before.map { "Report the FY\(version) code: \(named([$0.code], in: tabular))." }
                    ?? tabular.entry(prefix).map {
                        "Report a FY\(version) code: the nearest heading is \($0.code) \($0.title)."
                    }
                    ?? "Look the condition up in the FY\(version) Index and Tabular List."
                return finding(
                    RuleCatalog.codeNotYetValid,
                    "\(shown) (\(new.title)) takes effect on 1 October \(y - 1) (FY\(y)); \(when).",
                    codes: [shown], fields: [field], fix: fix)
            }
        }
        return nil
    }

    private func invalid(_ shown: String, field: String, tabular: TabularList) -> Finding {
        let elsewhere = tabulars.filter { $0.key != tabular.version && $0.value.entry(shown)?.billable == true }.keys
            .sorted()
        var message = "\(shown) is not a code of the ICD-10-CM FY\(tabular.version) release"
        if !elsewhere.isEmpty { message += " (it is valid in FY\(elsewhere.joined(separator: ", FY")))" }
        // the nearest heading above a mistyped or deleted code
        var prefix = CodeFormat.normalize(shown)
        var parent: TabularEntry?
        while prefix.count >= 3 {
            if let e = tabular.entry(prefix) {
                parent = e
                break
            }
            prefix.removeLast()
        }
        return finding(
            RuleCatalog.codeInvalid, message + ".", codes: [shown], fields: [field],
            fix: parent.map { "Look the condition up again; the nearest heading is \($0.code) \($0.title)." }
                ?? "Look the condition up again in the Alphabetic Index and the Tabular List.")
    }

    private func heading(_ entry: TabularEntry, index: Int, field: String, tabular: TabularList) -> Finding {
        if !entry.children.isEmpty, entry.children.allSatisfy({ tabular.entries[Int($0)].kind == .extended }),
            let seventh = tabular.applicableSeventhCharacters(for: index)
        {
            let normalized = entry.normalizedCode
            let examples = seventh.values.prefix(3).map {
                "\(CodeFormat.completed(normalized, seventh: $0.character)) (\($0.meaning))"
            }
            let needsPlaceholder = normalized.count < 6
            return finding(
                RuleCatalog.seventhCharacter,
                "\(entry.code) \(entry.title) requires a 7th character (defined at \(seventh.source))\(needsPlaceholder ? ", with the placeholder X" : "").",
                codes: [entry.code], fields: [field],
                fix: "Report the full code, e.g. \(examples.joined(separator: ", ")).")
        }
        let children = entry.children.map { tabular.entries[Int($0)] }
        let shown = children.prefix(6).map { "\($0.code) \($0.title)" }.joined(separator: "; ")
        return finding(
            RuleCatalog.codeHeader,
            "\(entry.code) \(entry.title) is a heading, not a reportable code: \(children.count) code\(children.count == 1 ? "" : "s") below it say more.",
            codes: [entry.code], fields: [field],
            fix: "Choose the code the documentation supports: \(shown)\(children.count > 6 ? "; …" : "").")
    }

    /// For a code whose title leaves the side unspecified, the siblings that name a side.
    static func sidedSiblings(of index: Int, in tabular: TabularList) -> [TabularEntry]? {
        var entry = tabular.entries[index]
        var base = index
        if entry.kind == .extended, entry.parent >= 0 {
            base = Int(entry.parent)
            entry = tabular.entries[base]
        }
        let title = entry.title.lowercased()
        guard title.contains("unspecified"), entry.parent >= 0 else { return nil }
        let words = Set(title.split(whereSeparator: { !$0.isLetter }).map(String.init))
        guard words.contains("unspecified") else { return nil }
        let siblings = tabular.entries[Int(entry.parent)].children.map { tabular.entries[Int($0)] }.filter {
            $0.code != entry.code
        }
        let sided = siblings.filter { s in
            let w = Set(s.title.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
            guard w.contains("right") || w.contains("left") || w.contains("bilateral") else { return false }
            // the same title with the side in place of `unspecified …`
            return w.subtracting(["right", "left", "bilateral"]).isSubset(of: words)
        }
        return sided.count >= 2 ? sided : nil
    }
}
