#!/usr/bin/env python3
"""Writes Samples/encounters.fhir.json: an invented FHIR R4 Bundle for the worklist (no real patient data).

Eight encounters (six inpatient, two outpatient), their patients, discharge summaries, an operative report for the
hip fracture, one unsigned clinic note, and already-assigned ICD-10 codes for two of the stays. Run it again after
editing a note: `python3 Samples/make-encounters-bundle.py`.
"""
import base64
import json
import pathlib

CM = "http://hl7.org/fhir/sid/icd-10-cm"
PCS = "http://www.cms.gov/Medicare/Coding/ICD10"
LOINC = "http://loinc.org"
POA = "urn:opencoder:fhir:present-on-admission"
PAYER = "urn:opencoder:fhir:payer"
DISPOSITION = "https://www.nubc.org/CodeSystem/PatDischargeStatus"

patients = [
    ("pat-hartwell", "MRN-200101", "Hartwell", ["Margaret", "Anne"], "female", "1948-03-14"),
    ("pat-okafor", "MRN-200102", "Okafor", ["Daniel"], "male", "1956-07-22"),
    ("pat-lindqvist", "MRN-200103", "Lindqvist", ["Ingrid"], "female", "1939-11-02"),
    ("pat-brannigan", "MRN-200104", "Brannigan", ["Thomas", "J"], "male", "1951-05-30"),
    ("pat-pellegrini", "MRN-200105", "Pellegrini", ["Rosa"], "female", "1936-08-19"),
    ("pat-nakamura", "MRN-200106", "Nakamura", ["Kenji"], "male", "1960-01-09"),
    # The clinic registered Mrs Hartwell again under a new number, with her name misspelt.
    ("pat-hartwell-2", "MRN-310877", "Hartwell", ["Margret", "Anne"], "female", "1948-03-14"),
    ("pat-ruiz", "MRN-200108", "Ruiz", ["Elena"], "female", "1985-04-17"),
]

NOTES = {
    "chf": """DISCHARGE SUMMARY

Admission Date: 11/02/2025    Discharge Date: 11/06/2025
Attending: Priya Raman, MD (Cardiology)

Discharge Diagnoses:
1. Acute on chronic systolic (congestive) heart failure.
2. Hypertensive heart disease.
3. Type 2 diabetes mellitus without complications, diet controlled.

History of Present Illness:
77-year-old woman with known ischemic cardiomyopathy presented with five days of worsening dyspnea on exertion,
three-pillow orthopnea and bilateral leg swelling after running out of furosemide. She denies chest pain.

Pertinent Results:
BNP 1,200 pg/mL on admission. Troponin I negative x2. Echocardiogram: left ventricular ejection fraction 25%,
global hypokinesis, moderate mitral regurgitation. Chest x-ray: pulmonary vascular congestion, small bilateral
effusions. Creatinine 1.1 mg/dL, stable.

Hospital Course:
Treated with IV furosemide 40 mg twice daily with net negative 4.2 L over the stay. Metoprolol succinate continued,
lisinopril resumed once blood pressure allowed. No evidence of acute kidney injury. Heart failure education given.

Discharge Medications: furosemide 40 mg daily, metoprolol succinate 50 mg daily, lisinopril 10 mg daily,
spironolactone 25 mg daily.

Disposition: home with home health nursing. Follow up in heart failure clinic in one week.
""",
    "pneumonia": """DISCHARGE SUMMARY

Admission Date: 11/03/2025    Discharge Date: 11/07/2025
Attending: Samuel Whitaker, MD (Hospital Medicine)

Discharge Diagnoses:
1. Community-acquired pneumonia, right lower lobe.
2. Essential hypertension.

History of Present Illness:
69-year-old man with three days of productive cough, fever to 38.9 C and pleuritic right-sided chest pain.

Pertinent Results:
Chest x-ray: right lower lobe consolidation. WBC 15.8. Procalcitonin 1.9. Blood cultures no growth at 5 days.
Sputum culture: normal flora. Oxygen saturation 89% on room air on arrival, 95% on 2 L nasal cannula.

Hospital Course:
Started on ceftriaxone and azithromycin. Defervesced by hospital day 2 and weaned to room air on day 3. No sepsis:
blood pressure and lactate normal throughout. Transitioned to oral amoxicillin-clavulanate.

Disposition: home, self care. Complete 7 days of antibiotics.
""",
    "sepsis": """DISCHARGE SUMMARY

Admission Date: 11/04/2025    Discharge Date: 11/10/2025
Attending: Helen Osei, MD (Hospital Medicine)

Discharge Diagnoses:
1. Sepsis due to Escherichia coli urinary tract infection, present on admission.
2. Acute metabolic encephalopathy, resolved.
3. Chronic atrial fibrillation on apixaban.

History of Present Illness:
86-year-old woman from home brought in by her daughter for confusion, fever and dysuria.

Pertinent Results:
Temperature 39.2 C, heart rate 118, respiratory rate 24, WBC 18.4, lactate 3.1 mmol/L. Urinalysis: large
leukocyte esterase, nitrite positive. Urine and blood cultures grew Escherichia coli sensitive to ceftriaxone.

Hospital Course:
Met sepsis criteria on arrival. Received 30 mL/kg crystalloid and ceftriaxone within the first hour; lactate
cleared to 1.4 by 12 hours. Mental status returned to baseline by day 3. No septic shock, vasopressors not needed.

Disposition: skilled nursing facility for short-term rehabilitation.
""",
    "copd": """DISCHARGE SUMMARY

Admission Date: 11/05/2025    Discharge Date: 11/08/2025
Attending: Samuel Whitaker, MD (Hospital Medicine)

Discharge Diagnoses:
1. Chronic obstructive pulmonary disease with acute exacerbation.
2. Nicotine dependence, cigarettes.

History of Present Illness:
74-year-old man, 50 pack-year smoker still smoking one pack per day, with increased wheezing and sputum for
four days. No fever.

Pertinent Results:
Arterial blood gas on arrival pH 7.36, pCO2 48, pO2 58. Chest x-ray hyperinflation without infiltrate.
COVID-19 and influenza PCR negative.

Hospital Course:
Treated with nebulized albuterol and ipratropium, prednisone 40 mg daily and doxycycline. Required 2 L oxygen,
weaned to room air before discharge. Smoking cessation counselling given; nicotine patch started.

Disposition: home.
""",
    "hip": """DISCHARGE SUMMARY

Admission Date: 11/06/2025    Discharge Date: 11/11/2025
Attending: Marcus Feld, MD (Orthopaedic Surgery)

Discharge Diagnoses:
1. Displaced fracture of the left femoral neck after a fall at home.
2. Acute blood loss anemia, postoperative, transfused.
3. Osteoporosis.

History of Present Illness:
89-year-old woman tripped over a rug in her kitchen and could not bear weight on the left leg.

Hospital Course:
X-ray confirmed a displaced subcapital fracture of the left femoral neck. Underwent left cemented bipolar
hemiarthroplasty on 11/07/2025 (see operative report). Postoperative hemoglobin fell from 11.8 to 7.6 g/dL,
attributed to surgical blood loss; transfused one unit of packed red cells with appropriate response to 8.9.
Physical therapy: weight bearing as tolerated with a walker.

Disposition: skilled nursing facility.
""",
    "hip-op": """OPERATIVE REPORT

Date of Operation: 11/07/2025
Surgeon: Marcus Feld, MD
Preoperative Diagnosis: Displaced left femoral neck fracture.
Postoperative Diagnosis: Same.
Procedure: Left hip cemented bipolar hemiarthroplasty.
Anesthesia: Spinal.

Description of Procedure:
Posterolateral approach to the left hip. The femoral head was extracted and measured at 44 mm. The femoral canal
was prepared and a cemented femoral stem was placed, with a 44 mm bipolar head. The hip was reduced and was
stable through a full range of motion. The short external rotators and capsule were repaired. Estimated blood
loss 350 mL. No complications.
""",
    "diabetes": """DISCHARGE SUMMARY

Admission Date: 11/08/2025    Discharge Date: 11/12/2025
Attending: Helen Osei, MD (Hospital Medicine)

Discharge Diagnoses:
1. Type 2 diabetes mellitus with hyperglycemia.
2. Type 2 diabetes mellitus with diabetic chronic kidney disease, stage 3a.
3. Hypertension.
4. Long-term (current) use of insulin.

History of Present Illness:
65-year-old man with poorly controlled type 2 diabetes presented with polyuria, polydipsia and a glucose of
486 mg/dL. No ketoacidosis: anion gap 11, beta-hydroxybutyrate normal.

Pertinent Results:
Hemoglobin A1c 11.2%. Creatinine 1.6 mg/dL, eGFR 48, stable against last year's values. Urine albumin to
creatinine ratio 310 mg/g.

Hospital Course:
Insulin glargine and prandial lispro started, titrated to fasting glucose 120-150. Diabetes education completed.
Chronic kidney disease stage 3a due to diabetic nephropathy; no acute kidney injury.

Disposition: home.
""",
    "clinic": """CLINIC NOTE (PRELIMINARY - NOT SIGNED)

Date of Service: 11/14/2025
Provider: Lucia Brandt, NP (Internal Medicine)

Chief Complaint: follow-up after hospital stay for heart failure.

Assessment and Plan:
1. Chronic systolic heart failure, compensated. Weight down 3 kg since discharge. Continue current regimen.
2. Essential hypertension, controlled.
3. Hyperlipidemia: continue atorvastatin 40 mg.
Labs ordered: basic metabolic panel in one week.
""",
    "asthma": """EMERGENCY DEPARTMENT NOTE

Date of Service: 11/15/2025
Provider: Omar Haddad, MD (Emergency Medicine)

History: 40-year-old woman with moderate persistent asthma, on an inhaled corticosteroid, with two days of
wheezing after a viral upper respiratory infection.

Exam: expiratory wheezes bilaterally, speaking full sentences, SpO2 95% on room air.

Course: three albuterol-ipratropium nebulizers and oral prednisone 50 mg; peak flow improved from 55% to 80% of
predicted.

Impression: moderate persistent asthma with acute exacerbation.
Disposition: discharged home on a 5-day prednisone course.
""",
}


def b64(text):
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def coding(system, code, display=None):
    c = {"system": system, "code": code}
    if display:
        c["display"] = display
    return c


entries = []


def add(resource):
    entries.append({"fullUrl": f"urn:uuid:{resource['resourceType'].lower()}-{resource['id']}", "resource": resource})


for pid, mrn, family, given, gender, birth in patients:
    add({
        "resourceType": "Patient", "id": pid,
        "identifier": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
                        "system": "urn:oid:2.16.840.1.113883.19.5", "value": mrn}],
        "name": [{"use": "official", "family": family, "given": given}],
        "gender": gender, "birthDate": birth,
    })

# (id, identifier, patient, class, start, end, disposition, service, payer)
encounters = [
    ("enc-chf", "ENC-1001", "pat-hartwell", "IMP", "2025-11-02", "2025-11-06", "06", "Cardiology", "Medicare"),
    ("enc-pna", "ENC-1002", "pat-okafor", "IMP", "2025-11-03", "2025-11-07", "01", "Hospital Medicine",
     "Blue Meadow Health Plan"),
    ("enc-sepsis", "ENC-1003", "pat-lindqvist", "IMP", "2025-11-04", "2025-11-10", "03", "Hospital Medicine",
     "Medicare"),
    ("enc-copd", "ENC-1004", "pat-brannigan", "IMP", "2025-11-05", "2025-11-08", "01", "Hospital Medicine",
     "Medicare"),
    ("enc-hip", "ENC-1005", "pat-pellegrini", "IMP", "2025-11-06", "2025-11-11", "03", "Orthopaedic Surgery",
     "Medicare"),
    ("enc-dm", "ENC-1006", "pat-nakamura", "IMP", "2025-11-08", "2025-11-12", "01", "Hospital Medicine", "Medicaid"),
    ("enc-clinic", "ENC-2001", "pat-hartwell-2", "AMB", "2025-11-14", "2025-11-14", "01", "Internal Medicine",
     "Medicare"),
    ("enc-ed", "ENC-2002", "pat-ruiz", "EMER", "2025-11-15", "2025-11-15", "01", "Emergency Medicine",
     "Blue Meadow Health Plan"),
]

# Codes already assigned upstream for two stays: (encounter, [(condition id, code, display, poa, rank)], procedures).
coded = {
    "enc-hip": ([("cond-hip-1", "S72.002A", "Fracture of unspecified part of neck of left femur, initial encounter", "Y", 1),
                 ("cond-hip-2", "D62", "Acute posthemorrhagic anemia", "N", 2),
                 ("cond-hip-3", "M81.0", "Age-related osteoporosis without current pathological fracture", "Y", 3),
                 ("cond-hip-4", "W19.XXXA", "Unspecified fall, initial encounter", "1", 4)],
                [("proc-hip-1", "0SRS0J9", "Replacement of Left Hip Joint, Femoral Surface with Synthetic Substitute, Cemented, Open Approach", "2025-11-07")]),
    "enc-dm": ([("cond-dm-1", "E11.65", "Type 2 diabetes mellitus with hyperglycemia", "Y", 1),
                ("cond-dm-2", "E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease", "Y", 2),
                ("cond-dm-3", "N18.31", "Chronic kidney disease, stage 3a", "Y", 3),
                ("cond-dm-4", "I12.9", "Hypertensive chronic kidney disease with stage 1 through stage 4 chronic kidney disease", "Y", 4),
                ("cond-dm-5", "Z79.4", "Long term (current) use of insulin", "1", 5)],
               []),
}

for eid, ident, pid, cls, start, end, disposition, service, payer in encounters:
    resource = {
        "resourceType": "Encounter", "id": eid, "status": "finished",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.19.6", "value": ident}],
        "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": cls},
        "subject": {"reference": f"Patient/{pid}"},
        "period": {"start": start + "T08:00:00-05:00", "end": end + "T14:30:00-05:00"},
        "serviceType": {"text": service},
        "hospitalization": {"dischargeDisposition": {"coding": [coding(DISPOSITION, disposition)]}},
        "extension": [{"url": PAYER, "valueString": payer}],
    }
    if eid in coded:
        resource["diagnosis"] = [{"condition": {"reference": f"Condition/{cid}"}, "rank": rank}
                                 for cid, _, _, _, rank in coded[eid][0]]
    add(resource)

# Conditions listed in reverse so the ranks, not the bundle order, decide the principal diagnosis.
for eid, (conditions, procedures) in coded.items():
    pid = next(e[2] for e in encounters if e[0] == eid)
    for cid, code, display, poa, _ in reversed(conditions):
        add({"resourceType": "Condition", "id": cid,
             "extension": [{"url": POA, "valueCode": poa}],
             "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category",
                                       "code": "encounter-diagnosis"}]}],
             "code": {"coding": [coding(CM, code, display)]},
             "subject": {"reference": f"Patient/{pid}"}, "encounter": {"reference": f"Encounter/{eid}"}})
    for prid, code, display, date in procedures:
        add({"resourceType": "Procedure", "id": prid, "status": "completed",
             "code": {"coding": [coding(PCS, code, display)]},
             "subject": {"reference": f"Patient/{pid}"}, "encounter": {"reference": f"Encounter/{eid}"},
             "performedDateTime": date + "T09:15:00-05:00"})

# (document id, identifier, encounter, LOINC, display, author, date, status, note key, how the text is carried)
documents = [
    ("doc-chf-ds", "DOC-5001", "enc-chf", "18842-5", "Discharge summary", "Priya Raman, MD", "2025-11-06", "final", "chf", "data"),
    ("doc-pna-ds", "DOC-5002", "enc-pna", "18842-5", "Discharge summary", "Samuel Whitaker, MD", "2025-11-07", "final", "pneumonia", "data"),
    ("doc-sepsis-ds", "DOC-5003", "enc-sepsis", "18842-5", "Discharge summary", "Helen Osei, MD", "2025-11-10", "final", "sepsis", "contained"),
    ("doc-copd-ds", "DOC-5004", "enc-copd", "18842-5", "Discharge summary", "Samuel Whitaker, MD", "2025-11-08", "final", "copd", "data"),
    ("doc-hip-ds", "DOC-5005", "enc-hip", "18842-5", "Discharge summary", "Marcus Feld, MD", "2025-11-11", "final", "hip", "data"),
    ("doc-hip-op", "DOC-5006", "enc-hip", "11504-8", "Surgical operation note", "Marcus Feld, MD", "2025-11-07", "final", "hip-op", "binary"),
    ("doc-dm-ds", "DOC-5007", "enc-dm", "18842-5", "Discharge summary", "Helen Osei, MD", "2025-11-12", "amended", "diabetes", "data"),
    ("doc-clinic", "DOC-5008", "enc-clinic", "11506-3", "Progress note", "Lucia Brandt, NP", "2025-11-14", "preliminary", "clinic", "data"),
    ("doc-ed", "DOC-5009", "enc-ed", "34111-5", "Emergency department note", "Omar Haddad, MD", "2025-11-15", "final", "asthma", "data"),
]

for did, ident, eid, loinc, display, author, date, status, key, carrier in documents:
    pid = next(e[2] for e in encounters if e[0] == eid)
    resource = {
        "resourceType": "DocumentReference", "id": did, "status": "current", "docStatus": status,
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.19.7", "value": ident}],
        "type": {"coding": [coding(LOINC, loinc, display)]},
        "subject": {"reference": f"Patient/{pid}"},
        "date": date + "T16:00:00-05:00",
        "author": [{"display": author}],
        "context": {"encounter": [{"reference": f"Encounter/{eid}"}]},
    }
    if carrier == "data":
        resource["content"] = [{"attachment": {"contentType": "text/plain; charset=utf-8", "data": b64(NOTES[key])}}]
    elif carrier == "contained":
        resource["contained"] = [{"resourceType": "Binary", "id": "note", "contentType": "text/plain",
                                  "data": b64(NOTES[key])}]
        resource["content"] = [{"attachment": {"contentType": "text/plain", "url": "#note"}}]
    else:
        binary_id = did + "-text"
        add({"resourceType": "Binary", "id": binary_id, "contentType": "text/plain", "data": b64(NOTES[key])})
        resource["content"] = [{"attachment": {"contentType": "text/plain", "url": f"Binary/{binary_id}"}}]
    add(resource)

bundle = {"resourceType": "Bundle", "id": "opencoder-sample-encounters", "type": "collection",
          "meta": {"tag": [{"code": "sample", "display": "Invented data: no real patient"}]},
          "entry": entries}
out = pathlib.Path(__file__).with_name("encounters.fhir.json")
out.write_text(json.dumps(bundle, indent=2) + "\n")
print(f"wrote {out} ({len(entries)} entries)")
