import Testing

@testable import NoteAnalysis

@Suite struct SectionTests {
    static let dischargeSummary = """
        DISCHARGE SUMMARY

        Admission Date: 11/02/2025
        CHIEF COMPLAINT: Shortness of breath.

        HISTORY OF PRESENT ILLNESS:
        72 yo F with h/o CHF and COPD presenting with 3 days of worsening dyspnea.

        Past Medical History:
        - CHF (EF 30%)
        - COPD on 2L home O2
        - DM2

        Past Surgical History: s/p cholecystectomy
        Family History: Mother with MI at 60.
        Social History: Former smoker, quit 2010.
        Allergies: NKDA
        Medications on Admission:
        1. Furosemide 40 mg daily.
        2. Metformin 500 mg twice daily.

        Brief Hospital Course:
        Diuresed with IV furosemide. PE was ruled out by CTA.

        Discharge Diagnoses:
        1. Acute on chronic systolic heart failure.
        2. COPD exacerbation.

        Discharge Disposition: Home with services.
        Discharge Instructions: Return if chest pain or shortness of breath.
        """

    @Test func dischargeSummary() {
        let note = ClinicalNote(text: Self.dischargeSummary)
        let kinds = note.sections.map(\.kind)
        #expect(
            kinds == [
                .unlabeled, .chiefComplaint, .historyOfPresentIllness, .pastMedicalHistory, .pastSurgicalHistory,
                .familyHistory, .socialHistory, .allergies, .medications, .hospitalCourse, .dischargeDiagnoses,
                .disposition, .dischargeInstructions,
            ])
        let hpi = note.sections[2]
        #expect(note[hpi.headerRange!] == "HISTORY OF PRESENT ILLNESS:")
        #expect(note[hpi.bodyRange].hasPrefix("\n72 yo F"))
        #expect(note[note.sections[4].bodyRange] == " s/p cholecystectomy\n")
    }

    static let historyAndPhysical = """
        CC: chest pain
        HPI: 67 yo M with chest pain x 2 hours, radiating to the left arm.
        PMH: HTN, HLD, CAD s/p PCI 2019
        PSH: appendectomy
        FH: father with MI
        SH: no tobacco
        ROS: Negative except as in HPI.
        PE:
        Vitals: T 37.2, HR 98, BP 150/90, SpO2 96% on RA
        General: NAD
        CV: RRR, no murmurs
        Labs: Troponin 0.8.
        Imaging: CXR clear.
        A/P:
        1. NSTEMI - heparin drip, cardiology consult.
        2. HTN - continue home meds.
        """

    @Test func historyAndPhysical() {
        let note = ClinicalNote(text: Self.historyAndPhysical)
        #expect(
            note.sections.map(\.kind) == [
                .chiefComplaint, .historyOfPresentIllness, .pastMedicalHistory, .pastSurgicalHistory, .familyHistory,
                .socialHistory, .reviewOfSystems, .physicalExamination, .vitalSigns, .labs, .imaging,
                .assessmentAndPlan,
            ])
        // header and text on one line
        let hpi = note.sections[1]
        #expect(note[hpi.headerRange!] == "HPI:")
        #expect(note[hpi.bodyRange].hasPrefix(" 67 yo M with chest pain"))
        // "General:" and "CV:" are not sections of their own: they stay under the vitals/exam
        #expect(note[note.sections[8].bodyRange].contains("CV: RRR"))
    }

    static let operativeReport = """
        OPERATIVE REPORT

        PREOPERATIVE DIAGNOSIS: Acute appendicitis.
        POSTOPERATIVE DIAGNOSIS: Perforated appendicitis with localized peritonitis.
        PROCEDURE: Laparoscopic appendectomy.
        SURGEON: Dr. Smith
        ANESTHESIA: General endotracheal.
        INDICATIONS: 24-year-old man with right lower quadrant pain and leukocytosis.
        FINDINGS: Perforated appendix with purulent fluid in the pelvis.
        DESCRIPTION OF PROCEDURE: The patient was placed supine. A 12 mm port was placed.
        ESTIMATED BLOOD LOSS: 20 mL.
        COMPLICATIONS: None.
        DISPOSITION: To PACU in stable condition.
        """

    @Test func operativeReport() {
        let note = ClinicalNote(text: Self.operativeReport)
        #expect(
            note.sections.map(\.kind) == [
                .unlabeled, .preoperativeDiagnosis, .postoperativeDiagnosis, .procedures, .operativeDetails,
                .operativeDetails, .indications, .operativeFindings, .procedureDescription, .operativeDetails,
                .complications, .disposition,
            ])
    }

    @Test func noteWithoutHeadersIsOneSection() {
        let text = """
            We describe the case of a 37-year-old man who complained of osteoarticular pain in the last month.
            Physical examination revealed: Ta 40.2 C; T.A: 109/68 mmHg.
            He had no meningeal signs.
            """
        let note = ClinicalNote(text: text)
        #expect(note.sections.count == 1)
        #expect(note.sections[0].kind == .unlabeled)
        #expect(note.sections[0].headerRange == nil)
        #expect(note.sections[0].bodyRange == 0..<text.utf8.count)
    }

    @Test(arguments: [
        ("HPI: 67 yo M with cough.", SectionKind.historyOfPresentIllness),
        ("History of Present Illness", .historyOfPresentIllness),
        ("HISTORY OF PRESENT ILLNESS The patient is a 67 yo man.", .historyOfPresentIllness),
        ("PMH: CHF", .pastMedicalHistory),
        ("PSH:", .pastSurgicalHistory),
        ("FH: noncontributory", .familyHistory),
        ("SH: lives alone", .socialHistory),
        ("ROS: negative", .reviewOfSystems),
        ("PE: well appearing", .physicalExamination),
        ("Physical Exam", .physicalExamination),
        ("A/P: pneumonia", .assessmentAndPlan),
        ("A&P:", .assessmentAndPlan),
        ("Assessment & Plan", .assessmentAndPlan),
        ("Dx: pneumonia", .diagnoses),
        ("Hx: asthma", .pastMedicalHistory),
        ("Impression: pneumonia", .assessment),
        ("IMPRESSION", .assessment),
        ("Brief Hospital Course:", .hospitalCourse),
        ("Final Diagnoses:", .finalDiagnoses),
        ("Principal Diagnosis: sepsis", .principalDiagnosis),
        ("Secondary Diagnoses:", .secondaryDiagnoses),
        ("Pre-operative diagnosis: hernia", .preoperativeDiagnosis),
        ("Post-op Diagnosis: hernia", .postoperativeDiagnosis),
        ("Operative Findings:", .operativeFindings),
        ("1. HISTORY OF PRESENT ILLNESS:", .historyOfPresentIllness),
        ("II. Physical Examination:", .physicalExamination),
        ("## Plan", .plan),
        ("Labs/Results:", .labs),
        ("Imaging:", .imaging),
        ("Chief Complaint: cough", .chiefComplaint),
        ("Medications:", .medications),
        ("Allergies: penicillin", .allergies),
        ("Indications: cholelithiasis", .indications),
        ("Complications: none", .complications),
        ("Disposition: home", .disposition),
        ("Differential Diagnosis:", .differentialDiagnosis),
        ("Review of Systems:", .reviewOfSystems),
        ("Procedures: colonoscopy", .procedures),
    ])
    func header(_ line: String, _ kind: SectionKind) throws {
        let note = ClinicalNote(text: line + "\nText follows here.")
        let section = try #require(note.sections.first)
        #expect(section.kind == kind)
        #expect(section.headerRange != nil)
    }

    @Test(arguments: [
        "Physical examination revealed: Ta 40.2 C.",
        "The plan is to discharge him tomorrow.",
        "Pulmonary embolism was found on CT.",
        "PE was diagnosed on CT angiography.",
        "history",
        "Ratio: 3:1 in favour.",
    ])
    func notAHeader(_ line: String) {
        let note = ClinicalNote(text: line)
        #expect(note.sections.map(\.kind) == [.unlabeled])
    }
}
