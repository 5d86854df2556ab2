import Foundation
import Testing

@testable import CodeSuggestion

/// The conventions over a record's whole code set (issue 18): each rule on a few lines a US physician writes.
@Suite struct RecordConventionsTests {
    func suggest(_ text: String) throws -> Suggestions {
        try #require(SuggesterFixture.suggester).suggest(text: text)
    }

    func codes(_ s: Suggestions) -> [String] { s.diagnoses.map(\.code) }

    @Test func aConditionConsideredAndExcludedIsNotCoded() throws {
        let s = try suggest(
            """
            Hospital course:
            1. Possible pneumonia on admission given cough: no fever, no leukocytosis, no infiltrate on the repeat film. Pneumonia
            ruled out; antibiotics not started.
            2. Acute on chronic diastolic heart failure, diuresed.
            """)
        #expect(!codes(s).contains { $0.hasPrefix("J18") })
        #expect(s.notCoded.contains { $0.code == "J18.9" && $0.reason == .ruledOut })
        #expect(codes(s).contains("I50.33"))
    }

    @Test func stDepressionIsNoDepression() throws {
        let plain = try suggest("ECG showed ST depression in V4-V6.")
        #expect(!codes(plain).contains { $0.hasPrefix("F32") })
        #expect(plain.notCoded.contains { $0.code.hasPrefix("F32") && $0.reason == .otherMeaning })
        // a depression itself, elsewhere in the note, is still read, and only from its own words
        let both = try suggest("ECG showed ST depression in V4-V6. She is treated for depression with sertraline.")
        let f32 = try #require(both.diagnoses.first { $0.code.hasPrefix("F32") })
        #expect(f32.evidence.allSatisfy { $0.start > 30 })
    }

    @Test func oneCodePerConditionAtTheDocumentedSpecificity() throws {
        let s = try suggest(
            """
            Past medical history: Chronic diastolic heart failure. CKD.
            Discharge diagnoses:
            1. Acute on chronic diastolic heart failure
            2. Chronic kidney disease stage 3a
            """)
        let c = codes(s)
        #expect(c.contains("I50.33") && c.contains("N18.31"))
        #expect(!c.contains("I50.32") && !c.contains("I50.9") && !c.contains("N18.9"))
        #expect(s.notCoded.contains { $0.code == "I50.32" && $0.reason == .lessSpecific && $0.detail == "I50.33" })
    }

    @Test func aSymptomTheClassificationExcludesBesideItsDiagnosisIsLeftOut() throws {
        let s = try suggest(
            "Discharge diagnoses:\n1. Type 2 diabetes mellitus with hyperglycemia\nGlucose up to 310, hyperglycemia treated."
        )
        #expect(codes(s).contains("E11.65"))
        #expect(!codes(s).contains("R73.9"))
        // the edema of heart failure (I.B.5)
        let hf = try suggest("Acute on chronic systolic heart failure with bilateral lower extremity edema.")
        #expect(codes(hf).contains("I50.23") && !codes(hf).contains { $0.hasPrefix("R60") })
    }

    @Test func anAcuteInfarctionIsNotAlsoAnOldOne() throws {
        let s = try suggest("Discharge diagnoses:\n1. NSTEMI\n2. Hypertension")
        #expect(codes(s).first == "I21.4")
        #expect(!codes(s).contains("I25.2"))
    }

    @Test func familyHistoryIsCodedAsTheClassificationsFamilyHistoryCode() throws {
        let s = try suggest("Family history: Father had colon cancer at 68. Mother with breast cancer.")
        let c = codes(s)
        #expect(c.contains("Z80.0") && c.contains("Z80.3"))
        #expect(!c.contains { $0.hasPrefix("C18") || $0.hasPrefix("C50") })
        let z = try #require(s.diagnoses.first { $0.code == "Z80.0" })
        #expect(z.reasons.contains { $0.contains("I.C.21.c.4") })
    }

    @Test func longTermDrugTherapyComesFromTheMedicationList() throws {
        let s = try suggest(
            """
            Past medical history: Type 2 diabetes mellitus. Atrial fibrillation.
            Home medications: metformin 1000 mg BID, apixaban 5 mg BID, insulin glargine 20 units nightly.
            """)
        let c = codes(s)
        #expect(c.contains("Z79.84") && c.contains("Z79.01") && c.contains("Z79.4"))
        // type 1 diabetes is insulin-dependent: no Z79.4 (I.C.4.a.3)
        let t1 = try suggest(
            "Past medical history: Type 1 diabetes mellitus.\nHome medications: insulin lispro via pump.")
        #expect(!codes(t1).contains("Z79.4"))
        // a drug first started at discharge is no long-term therapy where the record lists the home medications
        let started = try suggest(
            "Home medications: lisinopril 10 mg daily.\nDischarge medications: oxycodone 5 mg q6h PRN pain.")
        #expect(!codes(started).contains("Z79.891"))
        // a drug named outside the medication lists is no long-term therapy
        let course = try suggest("Hospital course: started on a heparin drip and one dose of insulin.")
        #expect(!codes(course).contains { $0.hasPrefix("Z79") })
    }

    @Test func theTypeOfDiabetesTheRecordDocumentsIsKept() throws {
        let s = try suggest(
            """
            Past medical history: T1DM since age 9.
            Discharge diagnoses:
            1. DKA
            """)
        #expect(codes(s).contains("E10.10"))
        #expect(!codes(s).contains { $0.hasPrefix("E11") })
    }

    @Test func theCodeFirstNoteSequencesTheCodes() throws {
        let s = try suggest(
            """
            Discharge Diagnoses:
            1. Acute on chronic systolic (congestive) heart failure.
            2. Hypertensive heart disease.
            """)
        #expect(Array(codes(s).prefix(2)) == ["I11.0", "I50.23"])
        #expect(s.diagnoses.first?.principal == true)
        #expect(!codes(s).contains("R69") && !codes(s).contains("I51.9") && !codes(s).contains("I50.9"))
    }

    @Test func aRecordsDiagnosisListDecidesWhatElseIsReported() throws {
        let s = try suggest(
            """
            History of present illness: Knee pain for years; mild mitral regurgitation on an old echo.
            Discharge diagnoses:
            1. Community-acquired pneumonia
            """)
        #expect(codes(s).first?.hasPrefix("J18") == true)
        #expect(!codes(s).contains("I34.0"))
        #expect(s.notCoded.contains { $0.code == "I34.0" && $0.reason == .notReported })
    }

    @Test func aListLineIsReadAsOneStatementAfterItsNumber() throws {
        let s = try suggest(
            """
            Discharge diagnoses:
            1. Type 2 diabetes mellitus with hyperglycemia
            2. Primary osteoarthritis, right knee
            3. Major depressive disorder, recurrent, severe without psychotic features
            """)
        let c = codes(s)
        // the list number is no `type 1`
        #expect(c.contains("E11.65") && !c.contains { $0.hasPrefix("E10") })
        #expect(c.contains("M17.11") && !c.contains("M19.91"))
        #expect(c.contains { $0.hasPrefix("F33") } && !c.contains { $0.hasPrefix("F32") })
    }

    @Test func wordsOfAnotherConditionAreReadAsIt() throws {
        // acute kidney injury is acute kidney failure, not trauma
        let aki = try suggest("Discharge diagnoses:\n1. Acute kidney injury on chronic kidney disease stage 4")
        #expect(codes(aki).contains("N17.9"))
        #expect(!codes(aki).contains { $0.hasPrefix("S37") || $0.hasPrefix("T07") })
        // a genus written short: E. coli is Escherichia coli
        let sepsis = try suggest("Discharge diagnoses:\n1. Sepsis due to E. coli")
        #expect(codes(sepsis).first == "A41.51")
    }

    @Test func routineTestsAreNotSuggestedInpatientByDefault() throws {
        let text =
            "Hospital course: Chest x-ray showed no infiltrate. ECG was performed. Colonoscopy with biopsy of the sigmoid colon was performed."
        let s = try suggest(text)
        #expect(!s.procedures.contains { $0.code.hasPrefix("BW03") || $0.code == "4A02X4Z" })
        #expect(s.notCoded.contains { $0.reason == .notReported && $0.code.hasPrefix("BW03") })
        var options = Suggester.Options()
        options.reportRoutineProcedures = true
        let library = try #require(ProcedureFixture.library)
        let policy = try Suggester(library: library, model: SuggesterFixture.model, options: options)
        #expect(policy.suggest(text: text).procedures.contains { $0.code.hasPrefix("BW03") })
    }
}
