import Testing

@testable import NoteAnalysis

@Suite struct SentenceTests {
    func sentences(_ text: String) -> [String] {
        let note = ClinicalNote(text: text)
        return note.sentences.map { note[$0.range] }
    }

    @Test(arguments: [
        ("Seen by Dr. Smith today. He is well.", ["Seen by Dr. Smith today.", "He is well."]),
        ("Use a statin, e.g. atorvastatin. Follow up.", ["Use a statin, e.g. atorvastatin.", "Follow up."]),
        ("Take 5 mg. daily with food.", ["Take 5 mg. daily with food."]),
        ("Creatinine 2.5 today. Potassium 4.1.", ["Creatinine 2.5 today.", "Potassium 4.1."]),
        ("Pneumonia vs. Atelectasis on film.", ["Pneumonia vs. Atelectasis on film."]),
        ("Temp 38.5. HR 110! Septic? Yes.", ["Temp 38.5.", "HR 110!", "Septic?", "Yes."]),
        ("Ms. Jones has MS. She walks with a cane.", ["Ms. Jones has MS.", "She walks with a cane."]),
        ("i.e. no change. Stable.", ["i.e. no change.", "Stable."]),
        ("Wait... then it resolved. Good.", ["Wait... then it resolved.", "Good."]),
        ("He was seen in\nclinic last week.", ["He was seen in\nclinic last week."]),
        ("No fever\nCough present", ["No fever", "Cough present"]),
        ("Neuro:\nContinue meds", ["Neuro:", "Continue meds"]),
        ("Reports pain\n\ncough", ["Reports pain", "cough"]),
        ("Symptoms:\n- cough\n- fever\n- dysuria", ["Symptoms:", "- cough", "- fever", "- dysuria"]),
        ("Issues\n1. hypertension\n2. diabetes type 2", ["Issues", "1. hypertension", "2. diabetes type 2"]),
        ("Patient stable.\n1.\nA cystoscopy was done.", ["Patient stable.", "1.", "A cystoscopy was done."]),
        ("Tumour 20 x 3.5 cm; margins clear.", ["Tumour 20 x 3.5 cm; margins clear."]),
        ("See No. 4 above. Done.", ["See No. 4 above.", "Done."]),
    ])
    func split(_ text: String, _ expected: [String]) {
        #expect(sentences(text) == expected)
    }

    @Test func sentencesStayInsideSections() {
        let note = ClinicalNote(text: "HPI: cough for 2 days\nPMH: asthma\nPlan: albuterol prn wheezing")
        #expect(note.sentences.map { note[$0.range] } == ["cough for 2 days", "asthma", "albuterol prn wheezing"])
        #expect(
            note.sentences.map { note.sections[$0.section].kind } == [
                .historyOfPresentIllness, .pastMedicalHistory, .plan,
            ])
        #expect(note.sentences.map(\.section) == [0, 1, 2])
    }

    @Test func numberedListInSection() {
        let note = ClinicalNote(text: SectionTests.dischargeSummary)
        let diagnoses = note.sentences.filter { note.sections[$0.section].kind == .dischargeDiagnoses }.map {
            note[$0.range]
        }
        #expect(diagnoses == ["1. Acute on chronic systolic heart failure.", "2. COPD exacerbation."])
    }

    @Test func sentenceTokensMatchItsRange() {
        let note = ClinicalNote(text: SectionTests.historyAndPhysical)
        for s in note.sentences {
            let tokens = note.tokens(of: s)
            #expect(tokens.first?.range.lowerBound == s.range.lowerBound)
            #expect(tokens.last?.range.upperBound == s.range.upperBound)
        }
    }

    @Test func sentenceIndexLookup() throws {
        let note = ClinicalNote(text: "First one. Second one. Third one.")
        #expect(note.sentenceIndex(containing: 0) == 0)
        #expect(note.sentenceIndex(containing: 12) == 1)
        #expect(note.sentenceIndex(containing: 10) == nil)  // the space between sentences
        #expect(note.sentenceIndex(containing: 32) == 2)
        #expect(note.sentenceIndex(containing: 33) == nil)
    }
}
