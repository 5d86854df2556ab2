import Foundation
import Testing

@testable import CodeSuggestion
import Terminology

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
        let s = try suggest("DISCHARGE DIAGNOSES:\n1. Septic shock due to Streptococcus pneumoniae pneumonia, RLL/RML, w/ bacteremia\n")
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
        let plain = try suggest("Discharge diagnoses:\n1. IUP at 38 weeks, delivered by NSVD\n2. Gestational diabetes mellitus, diet-controlled\n")
        #expect(plain.diagnoses.contains { $0.code == "O24.420" })
        #expect(!plain.diagnoses.contains { $0.code == "O80" })
        let uncomplicated = try suggest("Discharge diagnoses:\n1. IUP at 40 weeks, delivered by NSVD\n")
        #expect(uncomplicated.diagnoses.first?.code == "O80")
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
        let vent = try suggest("Hospital course:\nIntubated in the ED. SBT passed, extubated 3/16 11:05 (~45 h on vent).\n")
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
}
