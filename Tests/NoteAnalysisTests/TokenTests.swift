import Testing

@testable import NoteAnalysis

@Suite struct TokenTests {
    func tokens(_ text: String) -> [(String, Range<Int>)] {
        let note = ClinicalNote(text: text)
        return note.tokens.map { (note[$0.range], $0.range) }
    }

    @Test func asciiOffsets() {
        let t = tokens("No fever, s/p CABG x-ray 2.5 mg; BP 109/68.")
        #expect(t.map(\.0) == ["No", "fever", ",", "s/p", "CABG", "x-ray", "2.5", "mg", ";", "BP", "109/68", "."])
        #expect(t[1].1 == 3..<8)
        #expect(t[3].1 == 10..<13)
        #expect(t.last?.1 == 42..<43)
    }

    @Test func nonASCIIOffsets() {
        // "café" is 5 bytes, "–" 3, "º" 2
        let text = "café – 40º fiebre"
        let t = tokens(text)
        #expect(t.map(\.0) == ["café", "–", "40", "º", "fiebre"])
        #expect(t.map(\.1) == [0..<5, 6..<9, 10..<12, 12..<14, 15..<21])
        let note = ClinicalNote(text: text)
        #expect(note.tokens[0].normalized == "café")
        #expect(note.tokens[1].kind == .punctuation)
        #expect(note.tokens[2].kind == .number)
        #expect(Array(Array(text.utf8)[note.tokens[4].range]) == Array("fiebre".utf8))
    }

    @Test func nonASCIICaseAndSpaces() {
        let note = ClinicalNote(text: "ÉDEME\u{00A0}Ñandú 😀 naïve")
        #expect(note.tokens.map(\.normalized) == ["édeme", "ñandú", "😀", "naïve"])
        #expect(note.tokens[0].isUpperCase)
        #expect(note.tokens[1].isCapitalized && !note.tokens[1].isUpperCase)
        #expect(note.tokens[1].range == 8..<15)  // after a 2-byte no-break space
        #expect(note.tokens[2].range == 16..<20)
    }

    @Test func tokenFlags() {
        let note = ClinicalNote(text: "CHF Dr DM2 copd")
        #expect(note.tokens.map(\.isUpperCase) == [true, false, true, false])
        #expect(note.tokens.map(\.isCapitalized) == [true, true, true, false])
        #expect(note.tokens.map(\.kind) == [.word, .word, .word, .word])
    }

    @Test func mentionsMatchWholeTokensAcrossCase() {
        let note = ClinicalNote(text: "Heart failure. heart failures. HEART FAILURE. Café-au-lait.")
        #expect(note.mentions(of: "heart failure").map { note[$0] } == ["Heart failure", "HEART FAILURE"])
        #expect(note.mentions(of: "café-au-lait").count == 1)
        #expect(note.mentions(of: "").isEmpty)
    }

    @Test func crlfLines() {
        let note = ClinicalNote(text: "HPI: cough\r\nPMH: asthma\r\n")
        #expect(note.sections.map(\.kind) == [.historyOfPresentIllness, .pastMedicalHistory])
        #expect(note.sentences.map { note[$0.range] } == ["cough", "asthma"])
    }
}
