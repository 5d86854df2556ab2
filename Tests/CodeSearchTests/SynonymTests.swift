import Testing

@testable import CodeSearch

/// The curated abbreviations and synonyms coders use, each leading to the code a coder means.
@Suite("Curated abbreviations and synonyms")
struct SynonymTests {
    @Test func listIsWellFormed() {
        let entries = CuratedSynonyms.entries
        #expect(entries.count >= 250)
        for entry in entries {
            #expect(!entry.term.isEmpty && entry.term == entry.term.lowercased(), "\(entry.term)")
            #expect(!entry.expansions.isEmpty && entry.expansions.allSatisfy { !$0.isEmpty }, "\(entry.term)")
        }
        let terms = entries.map(\.term)
        #expect(Set(terms).count == terms.count, "duplicate terms")
    }

    @Test(arguments: [
        ("chf", "I50.9"), ("copd", "J44.9"), ("dm2", "E11.9"), ("afib", "I48.91"), ("uti", "N39.0"), ("htn", "I10"),
        ("ckd", "N18.9"), ("gerd", "K21.9"), ("esrd", "N18.6"), ("osa", "G47.33"),
    ])
    func abbreviationFindsTheCode(query: String, expected: String) {
        let top = Fixture.top(query, 3)
        #expect(top.contains(expected), "\(query): \(top)")
    }

    @Test(arguments: [
        ("copd exacerbation", "J44.1"), ("dm2 with neuropathy", "E11.40"), ("ckd stage 3a", "N18.31"),
        ("fx left femoral neck initial", "S72.002A"), ("s/p cabg", "Z95.1"), ("h/o colon cancer", "Z85.038"),
        ("mi", "I21.9"), ("broken left wrist", "S62.102A"), ("femoral neck fracture", "S72.009A"),
    ])
    func abbreviationInAPhrase(query: String, expected: String) {
        let top = Fixture.top(query, 5)
        #expect(top.contains(expected), "\(query): \(top)")
    }
}
