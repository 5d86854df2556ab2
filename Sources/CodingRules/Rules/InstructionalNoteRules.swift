import Foundation
import Terminology

/// The rules of the Tabular List's instructional notes: Excludes1, "code first", "use additional code", "code also".
extension CodeSetEdits {
    /// The instructional notes of one reported code, its own and those it inherits: Excludes1 pairs, "code first",
    /// "use additional code" and "code also". A pair of codes that exclude each other is reported once
    /// (`excludesReported`).
    func noteFindings(
        position: Int, index: Int, tabular: TabularList, present: [(Int, String)], excludesReported: inout Set<String>
    ) -> [Finding] {
        func covered(by references: [CodeReference], except position: Int) -> [(Int, String)] {
            present.filter { p in p.0 != position && references.contains { $0.covers(p.1) } }
        }
        var findings: [Finding] = []
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
        return findings
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
}
