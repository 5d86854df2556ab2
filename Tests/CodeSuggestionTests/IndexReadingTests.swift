import Foundation
import NoteAnalysis
import Terminology
import Testing

@testable import CodeSuggestion

/// The Alphabetic Index read as a coder reads it, and the record conventions of a stay, on the diagnosis lines US
/// physicians write (issue 18): each test names the convention it checks.
@Suite struct IndexReadingTests {
    func suggest(_ text: String) throws -> Suggestions {
        try #require(SuggesterFixture.suggester).suggest(text: text)
    }

    func principal(_ line: String) throws -> String? {
        try suggest("DISCHARGE DIAGNOSES:\n1. \(line)\n").diagnoses.first?.code
    }

    @Test(arguments: [
        // a subterm printed in two forms (`myocardium, myocardial`) and a `non-` qualifier
        ("Non-ST elevation myocardial infarction (type 1), s/p DES to mid circumflex", "I21.4"),
        ("Acute inferior STEMI, RCA culprit", "I21.19"),
        // `stroke` walked under `Infarct, cerebral`, `due to` read through, the heading completed by artery and side
        ("Acute ischemic stroke of the left MCA (M2) territory due to cardioembolism, s/p IV tPA", "I63.412"),
        ("Acute ischemic stroke, R posterior cerebral artery (P2) thrombosis", "I63.331"),
        // one subterm of look-ahead: Ulcer › duodenum › with › hemorrhage, not Ulcer › bleeding
        ("Bleeding duodenal ulcer due to naproxen (adverse effect), s/p endoscopic hemostasis", "K26.4"),
        // `current episode` read through
        ("Major depressive disorder, recurrent episode, severe, without psychotic features", "F33.2"),
        // a fracture is traumatic unless said otherwise; a `see` through every main term of the name
        ("Closed displaced subcapital fracture of the right femoral neck, s/p hemiarthroplasty", "S72.011A"),
        ("Right femoral neck fracture", "S72.001A"),
        // acute and (on) chronic, hypoxic as with hypoxia
        ("Acute on chronic hypoxic respiratory failure", "J96.21"),
        // a main term of two words that sends to one of them: its other word read again there
        ("Hypertensive urgency", "I16.0"),
        ("Hyperosmolar hyperglycemic state, type 2 diabetes mellitus, without coma", "E11.00"),
        ("Obesity, class I: BMI 32.4 kg/m2.", "E66.811"),
    ])
    func aDiagnosisLineWalkedThroughTheIndex(_ line: String, _ code: String) throws {
        #expect(try principal(line) == code)
    }

    @Test func septicShockIsCodedAfterTheSepsisOfItsOrganism() throws {
        let s = try suggest(
            "DISCHARGE DIAGNOSES:\n1. Septic shock due to Streptococcus pneumoniae pneumonia, RLL/RML, w/ bacteremia\n")
        let codes = s.diagnoses.map(\.code)
        #expect(codes.first == "A40.3")
        #expect(codes.contains("R65.21") && codes.contains("J13"))
        // bacteremia in a sepsis is the sepsis (Excludes1 at R78.81)
        #expect(!codes.contains("R78.81"))
        #expect(s.notCoded.contains { $0.code == "R78.81" && $0.reason == .integralSymptom })
    }

    @Test func allergyStatusFromTheAllergyListButNotASideEffect() throws {
        let s = try suggest("ALLERGIES: Sulfa drugs (hives). Codeine (nausea).\nDISCHARGE DIAGNOSES:\n1. Pneumonia\n")
        let codes = s.diagnoses.map(\.code)
        #expect(codes.contains("Z88.2"))
        #expect(!codes.contains("Z88.5"))
        // a diagnosis line naming the agent is its allergy status, not an allergic reaction of the stay
        let line = try suggest("DISCHARGE DIAGNOSES:\n1. Pyelonephritis\n2. Penicillin allergy\n")
        #expect(line.diagnoses.contains { $0.code == "Z88.0" })
        #expect(!line.diagnoses.contains { $0.code.hasPrefix("T78.4") })
    }

    @Test func bodyMassIndexOnlyBesideAWeightDiagnosis() throws {
        let obese = try suggest("DISCHARGE DIAGNOSES:\n1. Class 2 obesity, BMI 36.2\n")
        #expect(obese.diagnoses.contains { $0.code == "Z68.36" })
        let lean = try suggest("DISCHARGE DIAGNOSES:\n1. Pneumonia\nVitals: BMI 36.2\n")
        #expect(!lean.diagnoses.contains { $0.code.hasPrefix("Z68") })
    }

    @Test func aDeliveryOnTheMothersRecord() throws {
        let s = try suggest(
            """
            Discharge diagnoses:
            1. Second-degree perineal laceration, s/p repair
            2. IUP at 39w2d, delivered by NSVD
            3. Single liveborn male infant
            """)
        let codes = s.diagnoses.map(\.code)
        #expect(codes.first == "O70.1")
        #expect(codes.contains("Z37.0") && codes.contains("Z3A.39"))
        #expect(!codes.contains { $0.hasPrefix("Z38") })
        // an uncomplicated vaginal delivery is O80; a gestational diabetes in a delivery is the one in childbirth
        let plain = try suggest(
            "Discharge diagnoses:\n1. IUP at 38 weeks, delivered by NSVD\n2. Gestational diabetes mellitus, diet-controlled\n"
        )
        #expect(plain.diagnoses.contains { $0.code == "O24.420" })
        #expect(!plain.diagnoses.contains { $0.code == "O80" })
        let uncomplicated = try suggest("Discharge diagnoses:\n1. IUP at 40 weeks, delivered by NSVD\n")
        #expect(uncomplicated.diagnoses.first?.code == "O80")
    }

    @Test func onlyADeliveryOfThisStayOnTheMothersRecord() throws {
        // a delivery of years ago, the patient's own birth, a graft delivered: no outcome of delivery
        for text in [
            "Obstetric history: two cesarean sections, the last 12 years ago. Admitted for cholecystitis.",
            "Male patient, born at 40 weeks of gestation with vaginal delivery, admitted at 3 days for jaundice.",
            "After the renal transplant the graft was adequately delivered, without acute rejection.",
        ] {
            let codes = try suggest(text).diagnoses.map(\.code)
            #expect(!codes.contains { $0.hasPrefix("Z37") || $0 == "O80" }, "\(text)")
        }
        // a stillbirth is its outcome
        let still = try suggest(
            "A dead fetus was detected by ultrasound at 27 weeks and a cesarean section was performed 24 h later.")
        #expect(still.diagnoses.contains { $0.code == "Z37.1" })
        #expect(!still.diagnoses.contains { $0.code == "Z37.0" })
    }

    @Test func socialDeterminantsFromTheSocialHistory() throws {
        // I.B.14: the social history's documentation of housing, work and family
        let s = try suggest(
            """
            Discharge diagnoses:
            1. Major depressive disorder, recurrent, severe without psychotic features
            Social history: Recently divorced. Lost her job in December. Housing instability, staying on a friend's couch.
            """)
        let codes = s.diagnoses.map(\.code)
        #expect(codes.contains("Z63.5") && codes.contains("Z56.0") && codes.contains("Z59.819"))
        #expect(codes.first == "F33.2")
    }

    @Test func negativeForAfterAVerbNegatesWhatFollows() throws {
        let s = try suggest("Viral serology was negative for human immunodeficiency virus and hepatitis C.")
        #expect(!s.diagnoses.contains { $0.code == "B20" || $0.code.hasPrefix("B19") })
        #expect(s.notCoded.contains { $0.code == "B20" && $0.reason == .negated })
    }

    @Test func anUnspecifiedCodeNeverOutdoesASpecificOneOfItsCategory() throws {
        let s = try suggest("ESRD on chronic hemodialysis MWF.")
        let codes = s.diagnoses.map(\.code)
        #expect(codes.contains("N18.6") && codes.contains("Z99.2"))
        #expect(!codes.contains("N18.9"))
    }

    @Test func wordsThatNameSomethingElseInANote() throws {
        // the specimen sent to the laboratory department; where a pain radiates; a former smoker
        #expect(
            !(try suggest("Cholecystectomy. The gallbladder was sent to pathology.").diagnoses.contains {
                $0.code == "K82.9"
            }))
        let pain = try suggest("Epigastric pain radiating to the back.").diagnoses.map(\.code)
        #expect(pain.contains("R10.13") && !pain.contains { $0.hasPrefix("M54") })
        let smoker = try suggest("Ex-smoker, quit in 2010.").diagnoses.map(\.code)
        #expect(smoker.contains("Z87.891") && !smoker.contains { $0.hasPrefix("F17") })
        // a hospital service named after what it treats is no condition of the patient; its care is the encounter's
        let unit = try suggest("The patient was admitted to the Infectious Diseases Unit.").diagnoses.map(\.code)
        #expect(!unit.contains("B99.9") && !unit.contains("R69"))
        #expect(try suggest("She was in charge of our Palliative Care Unit.").diagnoses.contains { $0.code == "Z51.5" })
        // an acronym is read by its case: `hearing aids` is no AIDS, `pins` no PIN
        #expect(!(try suggest("He uses hearing aids.").diagnoses.contains { $0.code == "B20" }))
        #expect(try suggest("History of AIDS, on antiretroviral therapy.").diagnoses.contains { $0.code == "B20" })
        #expect(!(try suggest("The fracture was fixed with pins.").diagnoses.contains { $0.code == "N42.31" }))
        // treatments and visits are not conditions: `analgesia with paracetamol`, `alcohol consumption`, `TR band`
        let words = try suggest(
            "Analgesia with paracetamol. Moderate alcohol consumption. Closure: TR band to the right radial artery.")
        #expect(!words.diagnoses.contains { ["R20.0", "A15.9", "I07.1"].contains($0.code) })
        // a somnolence beside a diabetes without complications is not the diabetic coma R40's Excludes1 means
        let somnolent = try suggest(
            "Known type 2 diabetes mellitus without complications. On arrival she was somnolent, with somnolence for two days."
        )
        #expect(!somnolent.notCoded.contains { $0.code.hasPrefix("R40") && $0.reason == .integralSymptom })
    }

    @Test func anOperativeReportCompletesTheCodeItsProcedureLineLeavesOpen() throws {
        let s = try suggest(
            """
            Procedure: 06/08/2026 Left total hip arthroplasty, uncemented.
            Implants: 56 mm acetabular shell, highly cross-linked polyethylene liner, 36 mm ceramic femoral head.
            """)
        #expect(s.procedures.contains { $0.code == "0SRB04A" })
    }

    @Test func aSupportOverTheStayWithItsHoursAndNotWhereNegated() throws {
        let vent = try suggest(
            "Hospital course:\nIntubated in the ED. SBT passed, extubated 3/16 11:05 (~45 h on vent).\n")
        #expect(vent.procedures.contains { $0.code == "5A1945Z" })
        let none = try suggest("Hospital course:\nPlaced on BiPAP overnight. No intubation required.\n")
        #expect(!none.procedures.contains { $0.code.hasPrefix("0BH1") })
    }

    @Test func aCesareanIsTheDelivery() throws {
        let codes = Suggester.reconciled(
            ["10D00Z1", "10E0XZZ", "10D07Z3", "027034Z", "02703ZZ", "0DJ08ZZ", "0W3P8ZZ"].map {
                SuggestedCode(code: $0, system: .icd10pcs, title: "", confidence: 0.8, evidence: [], reasons: [])
            }
        ).map(\.code)
        #expect(codes == ["10D00Z1", "027034Z", "0W3P8ZZ"])
    }

    @Test func familyHistoryByTheNarrowestClassificationReference() throws {
        let s = try suggest(
            """
            DISCHARGE DIAGNOSES:
            1. Urinary tract infection
            FAMILY HISTORY: Mother w/ opioid use d/o. Father with alcohol use disorder. Son with bipolar disorder.
            Sister with Parkinson disease.
            """)
        let codes = Set(s.diagnoses.map(\.code))
        // Z81.3 (`F11-F16, F18-F19`) is narrower than Z81.8 (`F01-F99`); a use disorder without its severity is
        // still of its category; a possessive eponym written without it
        for code in ["Z81.3", "Z81.1", "Z81.8", "Z82.0"] {
            #expect(codes.contains(code), "\(code) in \(codes.sorted())")
        }
        #expect(!codes.contains { $0.hasPrefix("F1") || $0.hasPrefix("G20") || $0 == "R69" })
    }

    @Test func anEponymWithOrWithoutItsPossessive() throws {
        #expect(try principal("Parkinson disease") == "G20.A1")
        #expect(try principal("Parkinson's disease") == "G20.A1")
    }

    @Test func aSubtermNumberIsReadAfterItsWord() throws {
        let s = try suggest("DISCHARGE DIAGNOSES:\n1. Type 2 diabetes with diabetic chronic kidney disease stage 3a\n")
        let codes = s.diagnoses.map(\.code)
        #expect(codes.contains("N18.31"))
        #expect(!codes.contains("N18.2"), "`type 2` is not stage 2: \(codes)")
    }

    @Test func dementiaInAlzheimersDiseaseAfterItsEtiology() throws {
        let s = try suggest("DISCHARGE DIAGNOSES:\n1. Pneumonia\n2. Alzheimer's dementia, late onset, moderate\n")
        let codes = s.diagnoses.map(\.code)
        #expect(codes.contains("G30.1") && codes.contains("F02.B0"), "\(codes)")
        #expect(!codes.contains { $0.hasPrefix("F03") || $0 == "F02.80" || $0 == "G30.9" })
        let g30 = try #require(codes.firstIndex(of: "G30.1"))
        let f02 = try #require(codes.firstIndex(of: "F02.B0"))
        #expect(g30 < f02, "the etiology is sequenced first (I.A.13)")
    }

    @Test func longTermDrugsFromTheListsButNotACourseOfDays() throws {
        let s = try suggest(
            """
            Home Medications: budesonide/formoterol (Symbicort) 2 puffs BID; empagliflozin 10 mg daily (for HF).
            Discharge Medications: prednisone 40 mg x 2 more days; apixaban 5 mg BID (NEW); Symbicort 2 puffs BID.
            DISCHARGE DIAGNOSES:
            1. COPD with acute exacerbation
            2. Paroxysmal atrial fibrillation
            """)
        let codes = Set(s.diagnoses.map(\.code))
        #expect(codes.contains("Z79.51"), "an inhaled steroid: \(codes.sorted())")
        #expect(codes.contains("Z79.01"), "an anticoagulant the discharge list marks new")
        #expect(!codes.contains("Z79.52"), "a prednisone course of days is not long-term")
        #expect(!codes.contains("Z79.84"), "an SGLT2 inhibitor without diabetes is no antidiabetic therapy")
    }

    @Test func theExternalCausesOfAnInjuryFromTheExternalCauseIndex() throws {
        let suggester = try #require(SuggesterFixture.suggester)
        try #require(suggester.externalCauses != nil, "the shipped External Cause Index is loaded")
        let stairs = try suggest(
            """
            Chief Complaint: Left hip pain after a fall down the stairs.
            HPI: 81-year-old woman who missed a step at the top of her staircase at home and fell down a full flight.
            DISCHARGE DIAGNOSES:
            1. Closed displaced intertrochanteric fracture of the left femur
            """)
        let codes = stairs.diagnoses.map(\.code)
        #expect(codes.first?.hasPrefix("S72.14") == true, "\(codes)")
        for code in ["W10.9XXA", "Y92.008", "Y99.8"] { #expect(codes.contains(code), "\(code) in \(codes)") }
        let rug = try suggest(
            """
            Chief complaint: R hip pain after fall.
            HPI: 88M tripped over his bedroom rug and landed on his R side.
            DISCHARGE DIAGNOSES:
            1. Closed displaced subcapital fracture of the right femoral neck
            """)
        let rugCodes = rug.diagnoses.map(\.code)
        // Tripping › over › carpet, rug › with fall; the room of an unspecified residence
        #expect(rugCodes.contains("W18.09XA") && rugCodes.contains("Y92.003"), "\(rugCodes)")
        // no injury, no external cause
        let none = try suggest("HPI: Fell at home last year.\nDISCHARGE DIAGNOSES:\n1. Pneumonia\n")
        #expect(!none.diagnoses.contains { "WXY".contains($0.code.first!) })
    }

    @Test func aProcedureListItemCompletedByTheItemsAfterIt() throws {
        // a total knee arthroplasty with no material named is the general Synthetic Substitute; `cemented`, a list
        // item of its own, is its qualifier
        let knee = try suggest("Procedure: 04/14/2026 Right total knee arthroplasty, cemented.\n")
        #expect(knee.procedures.map(\.code).contains("0SRC0J9"), "\(knee.procedures.map(\.code))")
        // band ligation of esophageal varices: an occlusion with an extraluminal device
        let bands = try suggest(
            "Procedures:\n- 08/24/2026 EGD with esophageal variceal band ligation\n- 08/25/2026 Paracentesis, 4.5 L\n")
        let codes = bands.procedures.map(\.code)
        #expect(codes.contains("06L38CZ"), "\(codes)")
        // (the other item's device words do not give the paracentesis a drainage device)
        #expect(!codes.contains("0W9G30Z"), "\(codes)")
        // a toe taken off at the MTP joint is a complete amputation
        let toe = try suggest("Procedures: 07/08/2026 Right great toe amputation at MTP joint.\n")
        #expect(toe.procedures.map(\.code).contains("0Y6P0Z0"), "\(toe.procedures.map(\.code))")
    }

    @Test func aProcedureDoneBeforeTheStayIsPast() throws {
        let s = try suggest(
            """
            Admission Date: 06/22/2026
            Hospital course: Age-appropriate cancer screening up to date (colonoscopy 2024 normal).
            PMH: colon cancer 2015, treated, surveillance colonoscopies negative.
            """)
        for p in s.procedures where p.code.hasPrefix("0DJD") { #expect(p.assertion == .historical, "\(p.evidence)") }
        // the years of a note: a run of digits of any length is no year and breaks nothing
        #expect(
            ProcedureSuggester.years(in: Array("06/22/2026, 2024; 12345; \(String(repeating: "9", count: 400))".utf8))
                == [2026, 2024])
        _ = try suggest("Colonoscopy \(String(repeating: "7", count: 5000)) normal.\n")
    }

    @Test func aLearnedPhraseInsideAnotherConditionsMention() throws {
        let s = try suggest("DISCHARGE DIAGNOSES:\n1. Acute pulmonary embolism without acute cor pulmonale\n")
        let codes = s.diagnoses.map(\.code)
        #expect(codes.first == "I26.99")
        #expect(!codes.contains("J81.0"), "`acute pulmonary` of a pulmonary embolism is no pulmonary edema: \(codes)")
    }
}
