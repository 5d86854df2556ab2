import Testing

@testable import NoteAnalysis

/// One assertion test: a sentence, the finding in it, the expected status and, for some, the expected trigger.
struct AssertionCase: CustomTestStringConvertible, Sendable {
    var sentence: String
    var finding: String
    var status: AssertionStatus
    var trigger: String?

    init(_ sentence: String, _ finding: String, _ status: AssertionStatus, trigger: String? = nil) {
        self.sentence = sentence
        self.finding = finding
        self.status = status
        self.trigger = trigger
    }

    var testDescription: String { "\(finding) in \"\(sentence)\" → \(status)" }
}

let negatedCases: [AssertionCase] = [
    .init("The patient denies chest pain.", "chest pain", .negated, trigger: "denies"),
    .init("No fever.", "fever", .negated, trigger: "No"),
    .init("He denied any nausea or vomiting.", "vomiting", .negated, trigger: "denied"),
    .init("There is no evidence of pneumonia.", "pneumonia", .negated, trigger: "no evidence of"),
    .init("Chest x-ray without infiltrate.", "infiltrate", .negated, trigger: "without"),
    .init("Abdomen soft w/o tenderness.", "tenderness", .negated, trigger: "w/o"),
    .init("Pulmonary embolism was ruled out.", "pulmonary embolism", .negated, trigger: "was ruled out"),
    .init(
        "Myocardial infarction has been ruled out.", "myocardial infarction", .negated, trigger: "has been ruled out"),
    .init("Negative for malignancy.", "malignancy", .negated, trigger: "Negative for"),
    .init("The wound is free of infection.", "infection", .negated, trigger: "free of"),
    .init("Absence of ascites on ultrasound.", "ascites", .negated, trigger: "Absence of"),
    .init("The patient is not hypoxic.", "hypoxic", .negated, trigger: "not"),
    .init("Influenza test is negative.", "influenza", .negated, trigger: "is negative"),
    .init("Blood cultures were negative.", "blood cultures", .negated, trigger: "were negative"),
    .init("Sepsis is unlikely.", "sepsis", .negated, trigger: "is unlikely"),
    .init("No signs of infection at the incision.", "infection", .negated, trigger: "No signs of"),
    .init("No sign of bleeding.", "bleeding", .negated, trigger: "No sign of"),
    .init("She has no history of diabetes.", "diabetes", .negated, trigger: "no history of"),
    .init("He has never had seizures.", "seizures", .negated, trigger: "never had"),
    .init("Patient did not have syncope.", "syncope", .negated),
    .init("CT failed to reveal a fracture.", "fracture", .negated, trigger: "failed to reveal"),
    .init("Adenopathy is not present in the neck.", "adenopathy", .negated, trigger: "not present"),
    .init("Meningeal signs were not observed.", "meningeal signs", .negated, trigger: "were not observed"),
    .init("Neurological examination revealed no meningeal signs.", "meningeal signs", .negated, trigger: "no"),
    .init("Extremities without varices or edemas.", "edemas", .negated, trigger: "without"),
    .init("No mitosis or atypia were observed.", "atypia", .negated),
    .init("Denies fever, chills, night sweats or weight loss.", "weight loss", .negated, trigger: "Denies"),
    .init("Appendicitis was excluded.", "appendicitis", .negated, trigger: "was excluded"),
    .init("No known drug allergies; no diabetes.", "diabetes", .negated, trigger: "no"),
    .init("The liver is not enlarged.", "enlarged", .negated),
    .init("Lungs clear, no wheezes.", "wheezes", .negated),
    .init("Murmur not appreciated.", "murmur", .negated, trigger: "not appreciated"),
    .init("Pleural effusion not seen.", "pleural effusion", .negated, trigger: "not seen"),
    .init("Hepatitis B serology negative.", "hepatitis b", .negated, trigger: "negative"),
    .init("Troponin (-).", "troponin", .negated),
    .init("No acute intracranial hemorrhage.", "intracranial hemorrhage", .negated),
    .init("He doesn't have dyspnea.", "dyspnea", .negated),
    .init("Patient is no longer anemic.", "anemic", .negated),
    .init("Fever and cough were ruled out.", "fever", .negated, trigger: "were ruled out"),
    .init("No previous stroke.", "stroke", .negated, trigger: "No previous"),
    .init("Exam shows lack of reflexes.", "reflexes", .negated, trigger: "lack of"),
    .init("Urine culture: no growth of bacteria.", "growth", .negated),
]

let uncertainCases: [AssertionCase] = [
    .init("Possible pneumonia in the right lower lobe.", "pneumonia", .uncertain, trigger: "Possible"),
    .init("Probable urinary tract infection.", "urinary tract infection", .uncertain, trigger: "Probable"),
    .init("Suspected appendicitis.", "appendicitis", .uncertain, trigger: "Suspected"),
    .init("Plan: rule out myocardial infarction.", "myocardial infarction", .uncertain, trigger: "rule out"),
    .init("Admit to r/o MI.", "MI", .uncertain, trigger: "r/o"),
    .init("Pneumonia versus atelectasis.", "atelectasis", .uncertain, trigger: "versus"),
    .init("Pneumonia versus atelectasis.", "pneumonia", .uncertain, trigger: "versus"),
    .init("Cellulitis vs abscess.", "abscess", .uncertain, trigger: "vs"),
    .init("Cellulitis vs. abscess.", "cellulitis", .uncertain),
    .init("We cannot exclude a small pneumothorax.", "pneumothorax", .uncertain, trigger: "cannot exclude"),
    .init("Questionable infiltrate in the left base.", "infiltrate", .uncertain, trigger: "Questionable"),
    .init("Likely viral gastroenteritis.", "viral gastroenteritis", .uncertain, trigger: "Likely"),
    .init("Findings concerning for malignancy.", "malignancy", .uncertain, trigger: "concerning for"),
    .init("There is concern for sepsis.", "sepsis", .uncertain, trigger: "concern for"),
    .init("The differential includes lymphoma and sarcoidosis.", "sarcoidosis", .uncertain),
    .init("Lymphoma cannot be excluded.", "lymphoma", .uncertain, trigger: "cannot be excluded"),
    .init("Pneumonia has not been ruled out.", "pneumonia", .uncertain, trigger: "not been ruled out"),
    .init("Pulmonary embolism not ruled out.", "pulmonary embolism", .uncertain, trigger: "not ruled out"),
    .init("Findings suggestive of sarcoidosis.", "sarcoidosis", .uncertain, trigger: "suggestive of"),
    .init("Admitted for evaluation for syncope.", "syncope", .uncertain),
    .init("May have obstructive sleep apnea.", "obstructive sleep apnea", .uncertain, trigger: "May have"),
    .init("Presumed bacterial meningitis.", "bacterial meningitis", .uncertain, trigger: "Presumed"),
    .init("Not certain if this is gout.", "gout", .uncertain),
    .init("Pneumonia is suspected.", "pneumonia", .uncertain, trigger: "is suspected"),
    .init("Rule-out acute coronary syndrome.", "acute coronary syndrome", .uncertain),
    .init("Findings most likely represent hemangioma.", "hemangioma", .uncertain, trigger: "most likely"),
    .init("Mass worrisome for carcinoma.", "carcinoma", .uncertain, trigger: "worrisome for"),
    .init("Cholecystitis is possible.", "cholecystitis", .uncertain, trigger: "is possible"),
    .init("?pneumonia on the film.", "pneumonia", .uncertain, trigger: "?"),
    .init("Could be early cellulitis.", "cellulitis", .uncertain, trigger: "Could be"),
]

let historicalCases: [AssertionCase] = [
    .init("History of myocardial infarction.", "myocardial infarction", .historical, trigger: "History of"),
    .init("67 yo M with h/o CHF.", "CHF", .historical, trigger: "h/o"),
    .init("He is status post appendectomy.", "appendectomy", .historical, trigger: "status post"),
    .init("S/p cholecystectomy in 2010.", "cholecystectomy", .historical, trigger: "S/p"),
    .init("Prior stroke with residual weakness.", "stroke", .historical, trigger: "Prior"),
    .init("Previous deep vein thrombosis.", "deep vein thrombosis", .historical, trigger: "Previous"),
    .init("Remote tuberculosis.", "tuberculosis", .historical, trigger: "Remote"),
    .init("Known history of asthma.", "asthma", .historical),
    .init("Hx of hypertension.", "hypertension", .historical, trigger: "Hx of"),
    .init("Appendectomy 10 years ago.", "appendectomy", .historical, trigger: "years ago"),
    .init("Hepatitis A in childhood.", "hepatitis a", .historical, trigger: "in childhood"),
    .init("Old inferior infarct on ECG.", "inferior infarct", .historical, trigger: "Old"),
    .init("Pneumonia, since resolved.", "pneumonia", .historical),
    .init("Previously diagnosed with lupus.", "lupus", .historical),
    // a denial followed by a clause of what the patient has
    .init("A 76-year-old man, without known allergies, with a history of hypertension.", "hypertension", .historical),
    .init("Woman without known drug allergies, with a history of dyslipidemia and gout.", "gout", .historical),
    .init("A 3-day history of evening fever.", "evening fever", .present),
    .init("Presented with a 2 weeks history of lumbar pain.", "lumbar pain", .present),
    .init("At midnight the child developed abdominal pain.", "abdominal pain", .present),
    .init("History of MI, now presents with chest pain.", "chest pain", .present),
    .init("History of MI, now presents with chest pain.", "MI", .historical),
]

let familyCases: [AssertionCase] = [
    .init("Mother had breast cancer.", "breast cancer", .family, trigger: "Mother had"),
    .init("Family history of colon cancer.", "colon cancer", .family, trigger: "Family history of"),
    .init("Father with coronary artery disease.", "coronary artery disease", .family, trigger: "Father with"),
    .init("His sister has lupus.", "lupus", .family, trigger: "sister"),
    .init("Brother died of a heart attack at 50.", "heart attack", .family, trigger: "Brother"),
    .init("Maternal grandmother with Alzheimer disease.", "alzheimer disease", .family),
    .init("Diabetes in her mother.", "diabetes", .family, trigger: "in her mother"),
    .init("Colon cancer runs in the family.", "colon cancer", .family, trigger: "runs in the family"),
    .init("Her mother's history of ovarian cancer.", "ovarian cancer", .family),
    .init("FHx of early coronary disease.", "coronary disease", .family),
    .init("Mother had breast cancer; patient has diabetes.", "diabetes", .present),
    .init("Mother had breast cancer but the patient has asthma.", "asthma", .present),
    .init("Father had a stroke and the patient has hypertension.", "hypertension", .present),
    .init("No family history of colon cancer.", "colon cancer", .negated, trigger: "No family history of"),
    .init("Mother, who had a stroke at 60.", "stroke", .family),
    .init("Father diagnosed with prostate cancer.", "prostate cancer", .family),
]

let hypotheticalCases: [AssertionCase] = [
    .init("Return if chest pain recurs.", "chest pain", .hypothetical, trigger: "Return if"),
    .init("Call if fever develops.", "fever", .hypothetical, trigger: "Call if"),
    .init(
        "Should he develop shortness of breath, he will return.", "shortness of breath", .hypothetical,
        trigger: "Should he develop"),
    .init("In case of bleeding, stop the anticoagulant.", "bleeding", .hypothetical, trigger: "In case of"),
    .init("If the rash spreads, start antibiotics.", "rash", .hypothetical, trigger: "If"),
    .init("Enoxaparin for prophylaxis of deep vein thrombosis.", "deep vein thrombosis", .hypothetical),
    .init("Counseled on risk of falls.", "falls", .hypothetical),
    .init("Tylenol as needed for headache.", "headache", .hypothetical, trigger: "as needed for"),
    .init("Watch for signs of infection.", "infection", .hypothetical, trigger: "Watch for"),
    .init("Aspirin to prevent stroke.", "stroke", .hypothetical, trigger: "to prevent"),
    .init("Morphine prn pain.", "pain", .hypothetical, trigger: "prn"),
    .init("In the event of seizure, give lorazepam.", "seizure", .hypothetical),
]

let conditionalCases: [AssertionCase] = [
    .init("Chest pain with exertion.", "chest pain", .conditional, trigger: "with exertion"),
    .init("Dyspnea on exertion relieved by rest.", "dyspnea", .conditional, trigger: "on exertion"),
    .init("Orthopnea when lying flat.", "orthopnea", .conditional),
    .init("Abdominal pain after eating.", "abdominal pain", .conditional, trigger: "after eating"),
    .init("Dizziness only when standing up quickly.", "dizziness", .conditional),
    .init("No chest pain with exertion.", "chest pain", .negated, trigger: "No"),
]

let pseudoCases: [AssertionCase] = [
    .init("No increase in the size of the pleural effusion.", "pleural effusion", .present),
    .init("No change in the mass.", "mass", .present),
    .init("No significant change in the nodule.", "nodule", .present),
    .init("Not only pain but also swelling.", "pain", .present),
    .init("Gram negative bacteremia.", "bacteremia", .present),
    .init("Gram-negative rods in the urine culture consistent with pyelonephritis.", "pyelonephritis", .present),
    .init("Tolerated the procedure without difficulty, hematoma noted.", "hematoma", .present),
    .init("No further episodes of hematemesis.", "hematemesis", .present),
    .init("History and physical confirms pneumonia.", "pneumonia", .present),
    .init("History of present illness: cough for two days.", "cough", .present),
    .init("Prior to admission he had a syncopal episode.", "syncopal episode", .present),
    .init("No interval change of the pulmonary nodule.", "pulmonary nodule", .present),
    .init("Not caused by infection; the pain is mechanical.", "pain", .present),
    .init("Previously healthy male with pneumonia.", "pneumonia", .present),
    .init("Free air under the diaphragm.", "free air", .present),
    .init("Blood loss anemia not resolved.", "anemia", .present),
]

let terminatorCases: [AssertionCase] = [
    .init("No fever but has cough.", "cough", .present),
    .init("No fever but has cough.", "fever", .negated),
    .init("Denies chest pain, however reports palpitations.", "palpitations", .present),
    .init("No dysuria, although she has frequency.", "frequency", .present),
    .init("No edema; ascites present.", "ascites", .present),
    .init("Denies headache, reports blurred vision.", "blurred vision", .present),
    .init("No rash except for erythema at the site.", "erythema", .present),
    .init("No trauma aside from a fall last week.", "fall", .present),
    .init("No infection, which explains the fever.", "fever", .present),
    .init("Denies pain, presents with swelling of the knee.", "swelling", .present),
    .init("No pneumonia secondary to aspiration.", "aspiration", .present),
    .init("No vomiting, still with nausea.", "nausea", .present),
    .init("Negative for cough, positive for wheezing.", "wheezing", .present),
    .init("No fever, possible pneumonia.", "pneumonia", .uncertain),
    .init("Possible pneumonia, no effusion.", "effusion", .negated),
    .init("Pneumonia, pulmonary embolism was ruled out.", "pneumonia", .present),
    .init("Pneumonia, pulmonary embolism was ruled out.", "pulmonary embolism", .negated),
    .init("Chest x-ray showed pneumonia but PE was ruled out.", "pneumonia", .present),
    .init("Patient has hypertension, no diabetes.", "hypertension", .present),
    .init("Patient has hypertension, no diabetes.", "diabetes", .negated),
    .init("Colicky pain without fever, with vomiting since the morning.", "vomiting", .present),
    .init("Colicky pain without fever, with vomiting since the morning.", "fever", .negated),
    .init("No fever or chills, with productive cough.", "chills", .negated),
]

let windowCases: [AssertionCase] = [
    .init(
        "No fever at home over the weekend according to his wife and the neighbour living with them, anemia noted.",
        "anemia", .present),
    .init("No fever, chills, sweats, nausea, vomiting, or diarrhea.", "diarrhea", .negated),
    .init(
        "Denies recent travel, sick contacts, animal exposure, new medications, dietary changes, urinary or bowel symptoms and hematuria.",
        "hematuria", .present),
    .init(
        "Pneumonia of the right lower lobe in the setting of a long admission was ruled out.", "pneumonia",
        .present),
    .init("Pneumonia in the right lower lobe was ruled out.", "pneumonia", .negated),
    .init("Anemia, thrombocytopenia, leukopenia and fever were ruled out.", "anemia", .negated),
    .init("Anemia, fever was ruled out.", "anemia", .present),
]

let mixedCases: [AssertionCase] = [
    .init("Patient has cough.", "cough", .present),
    .init("Chest pain radiating to the left arm.", "chest pain", .present),
    .init("Diagnosed with pneumonia and treated with antibiotics.", "pneumonia", .present),
    .init("Severe hypertension.", "hypertension", .present),
    .init("The patient is a 67 year old male with congestive heart failure.", "congestive heart failure", .present),
    .init("Notable for a history of stroke and no diabetes.", "diabetes", .negated),
    .init("Notable for a history of stroke and no diabetes.", "stroke", .historical),
    .init("Patient denies history of stroke.", "stroke", .negated, trigger: "denies"),
    .init("Possible history of seizures.", "seizures", .uncertain),
    .init("Mother with history of diabetes.", "diabetes", .family),
    .init("Father has possible dementia.", "dementia", .family),
    .init("The knee is not swollen but tender.", "tender", .present),
    .init("A 37-year-old man with fever in the last week.", "fever", .present),
    .init("Urological examination revealed an enlarged right testis.", "enlarged", .present),
    .init("Sepsis is unlikely, pneumonia is likely.", "pneumonia", .uncertain),
    .init("Sepsis is unlikely, pneumonia is likely.", "sepsis", .negated),
    .init("Café-au-lait spots without neurofibromas.", "neurofibromas", .negated),
    .init("Café-au-lait spots without neurofibromas.", "café-au-lait spots", .present),
    .init("Temperature 40º C with no rigors.", "rigors", .negated),
]

let allAssertionCases =
    negatedCases + uncertainCases + historicalCases + familyCases + hypotheticalCases + conditionalCases
    + pseudoCases + terminatorCases + windowCases + mixedCases
