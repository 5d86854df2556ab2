/// The section headers clinicians write, normalised (lower case; any run of characters other than letters, digits,
/// `/` and `&` is one space; `&` is `and`), and the kind each one names.
enum SectionHeaders {
    static let table: [String: SectionKind] = {
        var t: [String: SectionKind] = [:]
        func add(_ kind: SectionKind, _ names: [String]) { for n in names { t[normalize(Array(n.utf8)[...])] = kind } }
        add(
            .chiefComplaint,
            [
                "chief complaint", "chief complaints", "cc", "reason for visit", "reason for admission",
                "presenting complaint", "reason for consultation", "reason for consult",
            ])
        add(
            .historyOfPresentIllness,
            [
                "history of present illness", "history of the present illness", "hpi",
                "present illness", "history of presenting illness", "interval history", "subjective",
                "clinical history",
                "anamnesis", "current illness",
            ])
        add(
            .pastMedicalHistory,
            [
                "past medical history", "pmh", "pmhx", "medical history", "past history", "hx",
                "past medical hx", "medical hx", "past medical and surgical history", "pmh/psh", "history", "past psychiatric history", "ob hx",
                "personal history", "background", "previous history",
            ])
        add(
            .pastSurgicalHistory,
            [
                "past surgical history", "psh", "pshx", "surgical history", "past surgical hx",
                "surgical hx", "previous surgeries", "prior surgeries", "past surgeries",
            ])
        add(.familyHistory, ["family history", "fh", "fhx", "family hx", "family medical history", "family"])
        add(.socialHistory, ["social history", "sh", "shx", "social hx", "habits", "substance use", "social"])
        add(
            .medications,
            [
                "medications", "medication", "meds", "current medications", "current meds",
                "home medications", "home meds", "medications on admission", "admission medications",
                "outpatient medications", "medications prior to admission", "active medications",
                "medications at the facility", "pta meds", "pta medications", "prior to admission medications",
                "admit meds",
            ])
        add(
            .dischargeMedications,
            [
                "discharge medications", "discharge meds", "medications on discharge",
                "medications at discharge", "d/c meds", "dc meds", "d/c medications", "meds at discharge",
                "discharge medication list", "new medications",
            ])
        add(.allergies, ["allergies", "allergy", "drug allergies", "allergies/adverse reactions", "adverse reactions"])
        add(.reviewOfSystems, ["review of systems", "ros", "systems review", "review of system"])
        add(
            .physicalExamination,
            [
                "physical examination", "physical exam", "pe", "exam", "examination",
                "physical", "on examination", "physical findings", "examination on admission", "admission exam",
                "physical examination on admission", "exploration", "physical exploration", "discharge exam",
                "pe on admission", "exam on adm", "exam on admission", "mental status at discharge",
            ])
        add(.vitalSigns, ["vital signs", "vitals", "vs", "vitals on adm", "vitals on arrival", "vitals on admission"])
        add(
            .labs,
            [
                "labs", "lab", "laboratory", "laboratory data", "laboratory results", "lab results",
                "laboratory studies", "results", "pertinent results", "lab data", "data", "laboratory tests",
                "laboratory findings", "complementary tests", "complementary examinations", "studies",
                "diagnostic studies",
                "labs/results", "investigations",
            ])
        add(
            .imaging,
            [
                "imaging", "radiology", "imaging studies", "radiographs", "x-ray", "chest x-ray", "cxr",
                "ct", "mri", "ultrasound", "echocardiogram", "ekg", "ecg",
            ])
        add(
            .pathology,
            [
                "pathology", "pathology report", "histology", "histopathology", "biopsy", "specimens",
                "specimen", "pathological anatomy",
            ])
        add(
            .assessment,
            [
                "assessment", "impression", "clinical impression", "diagnostic impression",
                "assessment/impression", "impression/assessment", "summary", "a",
            ])
        add(.plan, ["plan", "recommendations", "recommendation", "plan of care", "treatment plan", "p", "treatment"])
        add(
            .assessmentAndPlan,
            [
                "assessment and plan", "a/p", "a&p", "assessment/plan", "impression and plan",
                "impression/plan", "a and p", "assessment & plan", "ap",
            ])
        add(.differentialDiagnosis, ["differential diagnosis", "differential diagnoses", "differential", "ddx"])
        add(
            .hospitalCourse,
            [
                "hospital course", "brief hospital course", "course", "clinical course",
                "hospital course by problem", "course in hospital", "evolution", "clinical evolution", "ed course",
                "course and treatment",
            ])
        add(
            .admissionDiagnoses,
            [
                "admission diagnosis", "admission diagnoses", "admitting diagnosis",
                "admitting diagnoses", "diagnosis on admission", "admission dx", "working diagnosis",
            ])
        add(
            .dischargeDiagnoses,
            [
                "discharge diagnosis", "discharge diagnoses", "diagnoses at discharge",
                "diagnosis at discharge", "discharge dx", "diagnoses on discharge", "d/c dx", "dc dx",
                "d/c diagnoses", "d/c diagnosis", "dx at discharge", "post delivery dx", "postpartum diagnoses",
                "post delivery diagnosis", "postpartum diagnosis",
            ])
        add(.finalDiagnoses, ["final diagnosis", "final diagnoses", "final dx"])
        add(
            .principalDiagnosis,
            [
                "principal diagnosis", "primary diagnosis", "principal dx", "primary dx",
                "principal diagnoses",
            ])
        add(
            .secondaryDiagnoses,
            [
                "secondary diagnoses", "secondary diagnosis", "other diagnoses", "secondary dx",
                "comorbidities", "additional diagnoses",
            ])
        add(.diagnoses, ["diagnosis", "diagnoses", "dx", "problem list", "problems", "active problems"])
        add(
            .procedures,
            [
                "procedures", "procedure", "procedures performed", "procedure performed", "operations",
                "operation", "operations performed", "operation performed", "name of procedure", "title of operation",
                "surgery", "surgery performed", "surgical procedure", "intervention", "interventions",
            ])
        add(
            .procedureDescription,
            [
                "description of procedure", "procedure in detail", "details of procedure",
                "description of operation", "technique", "operative technique", "procedure description",
                "operative procedure", "operative note", "details of the procedure", "description of the procedure",
                "description", "access", "sedation", "hemodynamics", "closure",
            ])
        add(.operativeFindings, ["findings", "operative findings", "intraoperative findings", "surgical findings"])
        add(
            .preoperativeDiagnosis,
            [
                "preoperative diagnosis", "preoperative diagnoses", "pre-operative diagnosis",
                "pre-operative diagnoses", "preop diagnosis", "pre-op diagnosis", "preop dx", "pre-op dx", "pre delivery dx",
            ])
        add(
            .postoperativeDiagnosis,
            [
                "postoperative diagnosis", "postoperative diagnoses", "post-operative diagnosis",
                "post-operative diagnoses", "postop diagnosis", "post-op diagnosis", "postop dx", "post-op dx",
            ])
        add(
            .indications,
            [
                "indications", "indication", "indications for procedure", "indication for procedure",
                "indication for surgery", "indications for surgery", "indications for operation",
                "reason for procedure",
            ])
        add(.complications, ["complications", "complication"])
        add(
            .operativeDetails,
            [
                "surgeon", "surgeons", "assistant", "assistants", "anesthesia", "anesthetic",
                "estimated blood loss", "ebl", "drains", "fluids", "implants", "wound class", "blood loss",
            ])
        add(
            .disposition,
            [
                "disposition", "discharge disposition", "discharge condition", "condition at discharge",
                "condition on discharge", "discharge status", "dispo", "condition",
            ])
        add(
            .dischargeInstructions,
            [
                "discharge instructions", "instructions", "patient instructions",
                "return precautions",
            ])
        add(.followUp, ["follow up", "follow-up", "followup", "follow up appointments", "f/u"])
        return t
    }()

    /// The longest header name in bytes; longer candidates are not looked up.
    static let maxLength = 48

    /// Lower case; runs of characters other than ASCII letters, digits, `/` and `&` become one space; `&` is `and`.
    static func normalize(_ bytes: ArraySlice<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 4)
        var pendingSpace = false
        for c in bytes {
            let keep: UInt8?
            switch c {
            case 65...90: keep = c + 32
            case 97...122, 48...57, UInt8(ascii: "/"): keep = c
            case UInt8(ascii: "&"):
                if !out.isEmpty { out.append(32) }
                out.append(contentsOf: Array("and".utf8))
                pendingSpace = true
                continue
            default: keep = nil
            }
            if let keep {
                if pendingSpace && !out.isEmpty { out.append(32) }
                pendingSpace = false
                out.append(keep)
            } else {
                pendingSpace = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
