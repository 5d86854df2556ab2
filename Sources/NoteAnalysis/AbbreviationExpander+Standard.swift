import Terminology

/// The note analysis's reading of the shared abbreviation table (``AbbreviationTable``, `Resources/abbreviations.tsv`
/// of Terminology): its `notes` rows, the default meaning first.
extension AbbreviationExpander {
    static var standardTable: [String: Entry] {
        var table: [String: Entry] = [:]
        for (abbreviation, rows) in AbbreviationTable.standard.noteMeanings {
            let senses = rows.map { row in
                Sense(
                    row.meaning, cues: Set(row.cues),
                    sections: Set(row.sections.compactMap { SectionKind(rawValue: $0) }))
            }
            table[abbreviation] = Entry(senses: senses, upperCaseOnly: rows.first?.capitalsOnly ?? false)
        }
        return table
    }

    /// Section names of the table that are no section kind (none in the shipped table; a test holds it to that).
    static var unknownSections: [String] {
        AbbreviationTable.standard.rows.flatMap(\.sections).filter { SectionKind(rawValue: $0) == nil }
    }
}
