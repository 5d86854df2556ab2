import Foundation
import Terminology

/// The validity rules: every reported code is a billable code of the release of the discharge date, reported once.
extension CodeSetEdits {
    /// The validity edits, code by code: a code reported twice, one the release of the discharge date deleted or has
    /// not yet, one that is not in the release, a heading or a code without its 7th character. The codes that pass,
    /// in claim order, are the ones the other rules read.
    func validityFindings(_ claim: Claim, tabular: TabularList) -> (findings: [Finding], valid: Valid) {
        var findings: [Finding] = []
        var valid: Valid = []
        let written = claim.diagnoses.map(\.code)
        let codes = written.map { CodeFormat.normalize($0) }
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

        return (findings, valid)
    }

    /// A code the release of the discharge date deleted, or one a later release added, told from the code addenda:
    /// what replaces it, or what was reported before it.
    func releaseChange(_ code: String, shown: String, field: String, tabular: TabularList, date: String?)
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

    func invalid(_ shown: String, field: String, tabular: TabularList) -> Finding {
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

    func heading(_ entry: TabularEntry, index: Int, field: String, tabular: TabularList) -> Finding {
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
}
