import Testing

@testable import Terminology

/// The clinical abbreviations lookup and note analysis share: one table, read two ways.
@Suite struct AbbreviationTableTests {
    @Test func theShippedTableServesBothReaders() throws {
        let table = AbbreviationTable.standard
        #expect(table.rows.count >= 200)
        let lookup = Dictionary(uniqueKeysWithValues: table.lookupSynonyms.map { ($0.term, $0.expansions) })
        let notes = Dictionary(uniqueKeysWithValues: table.noteMeanings.map { ($0.abbreviation, $0.meanings) })
        #expect(notes.count >= 150 && lookup.count >= 100)
        // one fact, one row: CHF means congestive heart failure to both
        #expect(lookup["chf"] == ["congestive heart failure", "heart failure"])
        #expect(notes["chf"]?.map(\.meaning) == ["congestive heart failure"])
        // the default meaning leads for notes, while lookup keeps the row order
        #expect(notes["ed"]?.map(\.meaning) == ["emergency department", "erectile dysfunction"])
        #expect(lookup["ed"] == ["erectile dysfunction", "emergency department"])
        // a notes-only meaning is not searched
        #expect(notes["pe"]?.map(\.meaning) == ["pulmonary embolism", "physical examination"])
        #expect(lookup["pe"] == ["pulmonary embolism"])
        #expect(notes["ms"]?.allSatisfy(\.capitalsOnly) == true && notes["chf"]?.first?.capitalsOnly == false)
    }

    @Test(arguments: [
        ("chf\tcongestive heart failure\tlookup notes\t\t\t\t\n", "line 1: the header must be"),
        ("H\nchf\tcongestive heart failure\tlookup\n", "line 2: 3 fields, expected 7"),
        ("H\nchf\tcongestive heart failure\tcoders\t\t\t\t\n", "line 2: read by coders: expected lookup or notes"),
        ("H\nchf\t\tlookup\t\t\t\t\n", "line 2: an abbreviation and its meaning are required"),
        (
            "H\nms\tmultiple sclerosis\tnotes\tyes\t\t\t\nms\tmitral stenosis\tnotes\t\t\t\t\n",
            "line 3: ms: capitals only differs between rows"
        ),
        (
            "H\npe\tpulmonary embolism\tlookup\t\t\tclot\t\n",
            "line 2: capitals, default, cues and sections are for notes"
        ),
        ("H\nra\troom air\tnotes\tmaybe\t\t\t\n", "line 2: capitals only maybe: expected yes or nothing"),
    ])
    func aMalformedRowIsOneErrorNamingItsLine(tsv: String, message: String) {
        let header = AbbreviationTable.header.joined(separator: "\t")
        let text = tsv.hasPrefix("H\n") ? header + tsv.dropFirst(1) : tsv
        #expect {
            _ = try AbbreviationTable(tsv: text)
        } throws: { error in
            "\(error)".hasPrefix("abbreviations.tsv ") && "\(error)".contains(message)
        }
    }
}
