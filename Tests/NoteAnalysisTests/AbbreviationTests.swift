import Testing

@testable import NoteAnalysis

@Suite struct AbbreviationTests {
    let expander = AbbreviationExpander.standard

    func expansion(_ abbreviation: String, in text: String) -> String? {
        let note = ClinicalNote(text: text)
        return expander.abbreviations(in: note).first { $0.text == abbreviation }?.expansion
    }

    @Test(arguments: [
        ("CHF", "67 yo M with CHF and COPD.", "congestive heart failure"),
        ("COPD", "67 yo M with CHF and COPD.", "chronic obstructive pulmonary disease"),
        ("DM2", "History of DM2 on metformin.", "type 2 diabetes mellitus"),
        ("htn", "pmh: htn", "hypertension"),
        ("SOB", "Presents with SOB.", "shortness of breath"),
        ("AKI", "AKI on CKD stage 3.", "acute kidney injury"),
        ("CKD", "AKI on CKD stage 3.", "chronic kidney disease"),
        ("PE", "CTA chest positive for PE, started heparin.", "pulmonary embolism"),
        ("PE", "Unremarkable PE, normal vitals.", "physical examination"),
        ("PE", "Concern for PE.", "pulmonary embolism"),
        ("MS", "Relapsing remitting MS on natalizumab.", "multiple sclerosis"),
        ("MS", "Severe MS with a mitral valve area of 0.9 cm2.", "mitral stenosis"),
        ("MS", "MS 4 mg IV q4h prn pain.", "morphine sulfate"),
        ("RA", "SpO2 95% on RA.", "room air"),
        ("RA", "RA on methotrexate with joint swelling.", "rheumatoid arthritis"),
        ("RA", "Dilated RA on echo.", "right atrium"),
        ("MI", "Old MI on EKG.", "myocardial infarction"),
        ("UTI", "Treated for UTI.", "urinary tract infection"),
        ("CAD", "CAD s/p CABG.", "coronary artery disease"),
        ("s/p", "CAD s/p CABG.", "status post"),
        ("ED", "Presented to the ED with chest pain.", "emergency department"),
        ("ED", "ED treated with sildenafil.", "erectile dysfunction"),
    ])
    func expands(_ abbreviation: String, _ text: String, _ expected: String) {
        #expect(expansion(abbreviation, in: text) == expected)
    }

    @Test func physicalExamHeaderIsASection() {
        let note = ClinicalNote(text: "PE: lungs clear.\nA/P: PE, start heparin.")
        #expect(note.sections.map(\.kind) == [.physicalExamination, .assessmentAndPlan])
        let found = expander.abbreviations(in: note).filter { $0.text == "PE" }
        #expect(found.count == 1)
        #expect(found.first?.expansion == "pulmonary embolism")
    }

    @Test func lowerCaseWordsAreNotAbbreviations() {
        let note = ClinicalNote(text: "Ms. Jones, as expected, was seen; pe and ra are words here.")
        #expect(expander.abbreviations(in: note).isEmpty)
    }

    @Test func ambiguityIsReported() throws {
        let note = ClinicalNote(text: "Known MS.")
        let ms = try #require(expander.abbreviations(in: note).first)
        #expect(ms.expansion == "multiple sclerosis")
        #expect(!ms.resolvedByContext)
        #expect(ms.alternatives == ["mitral stenosis", "morphine sulfate"])
        #expect(ms.range == 6..<8)
    }
}

/// The note analysis's tables come from resource files; a malformed row is one error naming its line.
@Suite struct NoteTablesTests {
    @Test func everyAbbreviationSectionIsASectionKind() {
        #expect(AbbreviationExpander.unknownSections == [])
        #expect(AbbreviationExpander.standard.table["pt"]?.senses.last?.sections == [.labs])
    }

    @Test func theSectionHeadersLoad() {
        #expect(SectionHeaders.table.count >= 300)
        #expect(SectionHeaders.table["history of present illness"] == .historyOfPresentIllness)
        #expect(SectionHeaders.table["a and p"] == .assessmentAndPlan)
    }

    @Test(arguments: [
        ("no\ttrigger\tnegated\tforward\t\t\n", nil),
        ("no\ttrigger\tdenied\tforward\t\t\n", "line 2: denied is no assertion status"),
        ("no\ttrigger\tnegated\tsideways\t\t\n", "line 2: direction sideways"),
        ("no\tguess\t\t\t\t\n", "line 2: role guess"),
        ("but\tterminator\tall\t\t0\t\n", "line 2: window 0: expected a positive number"),
        ("but\tterminator\tall\t\t\tno\n", "line 2: stops at comma no"),
        ("but\tterminator\n", "line 2: expected 6 fields"),
    ])
    func triggerRows(row: String, error: String?) throws {
        let tsv = "phrase\trole\tstatus\tdirection\twindow\tstops at comma\n" + row
        if let error {
            #expect {
                _ = try TriggerLexicon.rules(tsv: tsv)
            } throws: { "\($0)".contains(error) && "\($0)".hasPrefix("assertion-triggers.tsv") }
        } else {
            #expect(try TriggerLexicon.rules(tsv: tsv) == [TriggerRule("no", .trigger(.negated, .forward))])
        }
    }

    @Test func theStandardTriggersKeepTheirKinds() {
        let rules = TriggerLexicon.standardRules
        #expect(rules.count >= 600)
        #expect(rules.contains(TriggerRule("ruled out", .trigger(.negated, .backward), window: 6, stopsAtComma: true)))
        #expect(rules.contains { $0.phrase == "but" && $0.role == .terminator(nil) })
    }
}
