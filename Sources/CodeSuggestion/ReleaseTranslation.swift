import Terminology

/// Carries suggestions from the ICD-10-CM release they were made in to the release of the note's date, by the code
/// addenda between the two: a code the date's release has stays; a code added later becomes the code it replaced
/// (the deleted code whose replacements it is, `I42.01` → `I42.0`); a code deleted later, and so suggested as one of
/// its replacements, becomes that code again; any other code is left out and said why.
struct ReleaseTranslation {
    let from: TabularList
    let to: TabularList
    let addenda: [String: CodeAddenda]

    /// The code of the date's release for a code, or nil.
    func code(for code: String) -> String? {
        let key = CodeFormat.normalize(code)
        if to.entry(key)?.billable == true { return to.entry(key)!.code }
        let (low, high) = from.version < to.version ? (from.version, to.version) : (to.version, from.version)
        for (year, changes) in addenda where year > low && year <= high {
            // added between the two releases: the code it took the place of
            if let replaced = changes.deleted.first(where: { changes.replacements(of: $0.code).contains(key) }),
                let entry = to.entry(replaced.code), entry.billable
            {
                return entry.code
            }
        }
        return nil
    }

    func translate(_ suggestions: Suggestions) -> Suggestions {
        var out = suggestions
        var diagnoses: [SuggestedCode] = []
        var seen = Set<String>()
        for var d in suggestions.diagnoses {
            guard d.system == .icd10cm else {
                diagnoses.append(d)
                continue
            }
            guard let mapped = code(for: d.code) else {
                out.notCoded.append(
                    NotCoded(
                        code: d.code, system: d.system, title: d.title, reason: .notInRelease,
                        detail: "not a code of ICD-10-CM FY\(to.version), the release of the note's date",
                        evidence: d.evidence))
                continue
            }
            if mapped != d.code {
                d.reasons.append(
                    "\(d.code) is not a code of ICD-10-CM FY\(to.version), the release of the note's date: \(mapped) is"
                )
                d.code = mapped
                d.title = to.entry(mapped)?.title ?? d.title
            }
            // two new codes may map to one old code: it is suggested once, where it came first
            if seen.insert(d.code).inserted { diagnoses.append(d) }
        }
        // the principal candidate left out: the next diagnosis leads
        if suggestions.diagnoses.contains(where: \.principal), !diagnoses.contains(where: \.principal),
            !diagnoses.isEmpty
        {
            diagnoses[0].principal = true
        }
        out.diagnoses = diagnoses
        return out
    }
}
