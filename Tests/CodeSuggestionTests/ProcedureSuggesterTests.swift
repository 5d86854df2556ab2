import Foundation
import NoteAnalysis
import Testing

@testable import CodeSuggestion

@Suite struct ProcedureSuggesterTests {
    @Test func chestXRayIsPlainRadiographyOfChestWithItsBytes() throws {
        let text = "On admission a Chest X-ray showed bilateral infiltrates."
        let r = try #require(ProcedureFixture.suggest(text))
        let code = try #require(r.codes.first { $0.code == "BW03ZZZ" })
        #expect(!code.partial)
        let span = try #require(code.evidence.first)
        let start = try #require(r.note.utf8.firstRange(of: Array("Chest X-ray".utf8))).lowerBound
        #expect(span.start == start)
        #expect(span.end == start + 11)
        #expect(span.text == "Chest X-ray")
    }

    @Test func laparoscopicCholecystectomyIsResectionPercutaneousEndoscopic() throws {
        let r = try #require(
            ProcedureFixture.suggest("She underwent laparoscopic cholecystectomy without complications."))
        let code = try #require(r.codes.first { $0.code.hasPrefix("0FT4") })
        #expect(code.code == "0FT44ZZ")
        #expect(code.reasons.contains { $0.contains("approach: laparoscopic → percutaneous endoscopic") })
    }

    @Test func negatedBiopsyIsNotCoded() throws {
        let r = try #require(ProcedureFixture.suggest("No biopsy of the liver was taken."))
        #expect(r.codes.isEmpty)
        let skipped = try #require(r.notCoded.first)
        #expect(skipped.reason == .negated)
        #expect(skipped.code.hasPrefix("0FB0"))
    }

    @Test func unknownApproachGivesThePrefix() throws {
        let r = try #require(ProcedureFixture.suggest("An appendectomy was performed."))
        let code = try #require(r.codes.first)
        #expect(code.code == "0DTJ")
        #expect(code.partial)
    }

    @Test func plannedProcedureGoesToNotCoded() throws {
        let r = try #require(ProcedureFixture.suggest("She is scheduled for colonoscopy next month."))
        #expect(r.codes.isEmpty)
        #expect(r.notCoded.first?.reason == .hypothetical)
        #expect(r.notCoded.first?.code == "0DJD8ZZ")
    }

    @Test func findingNegatedOnTheImageDoesNotNegateTheImaging() throws {
        let r = try #require(
            ProcedureFixture.suggest("There was no evidence of pneumothorax or effusion on the abdominal ultrasound."))
        #expect(r.codes.map(\.code) == ["BW40ZZZ"])
    }

    @Test(arguments: [
        ("Abdominal ultrasound was normal.", "BW40ZZZ"),
        ("An ECG showed sinus rhythm.", "4A02X4Z"),
        ("Cranial CT without contrast was normal.", "BN20ZZZ"),
        ("CT of the head showed a subdural haematoma.", "B020"),
        ("MRI of the brain was performed.", "B030"),
        ("A thoracoabdominal CT scan showed lymph nodes.", "BW24"),
        ("Colonoscopy revealed a polyp.", "0DJD8ZZ"),
        ("He required mechanical ventilation.", "5A19"),
        ("She was started on hemodialysis.", "5A1D"),
        ("Right nephrectomy was performed by open surgery.", "0TT00ZZ"),
        ("A transesophageal echocardiogram was done.", "B246ZZ4"),
        ("Chest X-ray and bone scintigraphy were negative.", "BW03ZZZ"),
        ("Simple chest and abdominal X-rays were normal.", "BW00ZZZ"),
        ("Laparoscopic right hemicolectomy was uneventful.", "0DTF4ZZ"),
    ])
    func commonProcedures(text: String, code: String) throws {
        let r = try #require(ProcedureFixture.suggest(text))
        #expect(r.codes.map(\.code).contains(code), "\(r.codes.map(\.code))")
    }

    @Test func unlateralizedNephrectomyIsNotGuessed() throws {
        let r = try #require(ProcedureFixture.suggest("He underwent nephrectomy in 2010."))
        #expect(!r.codes.contains { $0.code.hasPrefix("0TT") })
    }

    @Test func everyEmittedCodeExistsInTheCodeSet() throws {
        let suggester = try #require(ProcedureFixture.suggester)
        let text =
            "Laparoscopic appendectomy. Biopsy of the left breast. CT chest. Renal ultrasound. Fundoscopy was normal."
        let r = suggester.suggest(ClinicalNote(text: text), analyzer: .standard)
        #expect(!r.codes.isEmpty)
        for code in r.codes { #expect(suggester.index.contains(prefix: code.code), "\(code.code)") }
    }
}
