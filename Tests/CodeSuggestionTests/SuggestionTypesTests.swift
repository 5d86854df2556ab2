import Foundation
import NoteAnalysis
import Testing

@testable import CodeSuggestion

@Suite struct SuggestionTypesTests {
    @Test func evidenceSpanCarriesTheBytesOfTheInput() {
        let note = ClinicalNote(text: "Diagnoses: café-au-lait spots and pneumonia.")
        let start = note.utf8.firstRange(of: Array("pneumonia".utf8))!.lowerBound
        let span = EvidenceSpan(start..<(start + 9), in: note, section: .unlabeled)
        #expect(span.text == "pneumonia")
        #expect(span.start == 35)
    }
}
