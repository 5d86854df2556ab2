extension ProcedureLexicon {
    /// Procedures with a pattern of their own: scopes, tests, therapies, monitoring.
    static var common: [(String, ProcedureTrigger)] {
        var e: [(String, ProcedureTrigger)] = []
        func fixed(
            _ phrases: [String], _ pattern: String, _ refinements: [Refinement] = [], site: AnatomySite? = nil,
            notFollowedBy: Set<String> = []
        ) {
            let procedure = FixedProcedure(
                name: phrases.first ?? pattern, pattern: pattern, refinements: refinements,
                site: site, notFollowedBy: notFollowedBy)
            for p in phrases { e.append((p, .fixed(procedure))) }
        }
        func refine(_ words: [String], _ axis: Int, _ value: String, _ reason: String) -> Refinement {
            Refinement(words: words, axis: axis, value: value, reason: reason)
        }
        // Measurement and monitoring.
        fixed(["electrocardiogram", "electrocardiography", "ecg", "ekg", "electrocardiographic"], "4A02X4Z")
        fixed(["electroencephalogram", "electroencephalography", "eeg"], "4A00X4Z")
        fixed(
            ["electromyography", "electromyogram", "emg", "electromyographic study"], "4A0F?3Z",
            [refine(["electromyography", "electromyogram", "emg", "electromyographic"], 4, "X", "approach: external")])
        fixed(["holter", "holter monitoring", "holter monitor"], "4A12X45")
        fixed(["spirometry", "pulmonary function tests", "respiratory function tests"], "4A09X?Z")
        // Imaging the lexicon names by one word.
        fixed(
            [
                "echocardiography", "echocardiogram", "echocardiographic", "echocardiograms", "echo doppler",
                "doppler echocardiography",
            ], "B246ZZZ",
            [
                refine(["transesophageal", "transoesophageal", "tee"], 6, "4", "qualifier: transesophageal"),
                refine(["transthoracic", "tte"], 6, "Z", "qualifier: transthoracic (the default)"),
            ])
        fixed(
            ["mammography", "mammogram"], "BH0?ZZZ",
            site: AnatomySite(
                name: "breast", unsided: [], right: ["H0"], left: ["H1"], bilateral: ["H2"],
                bothByDefault: false))
        fixed(["orthopantomography", "orthopantomogram", "panoramic radiograph"], "BN0JZZZ")
        fixed(["urography", "intravenous urography", "excretory urography"], "BT1?")
        fixed(["bone scintigraphy", "bone scan", "bone gammagraphy"], "CP1?")
        fixed(["pet", "pet ct", "positron emission tomography"], "C?3?")
        // Endoscopy: inspection via natural opening, endoscopic.
        fixed(
            [
                "colonoscopy", "colonoscopies", "rectosigmoidoscopy", "sigmoidoscopy", "rectoscopy",
                "colonoscopic examination",
            ], "0DJD8ZZ")
        fixed(["gastroscopy", "gastroscopies"], "0DJ68ZZ")
        fixed(
            [
                "upper gastrointestinal endoscopy", "upper endoscopy", "upper gi endoscopy",
                "esophagogastroduodenoscopy", "oesophagogastroduodenoscopy", "egd", "digestive endoscopy",
                "upper digestive endoscopy", "esophagogastroscopy", "oesophagogastroscopy", "fibrogastroscopy",
            ],
            "0DJ08ZZ")
        fixed(["cystoscopy", "cystoscopies", "urethrocystoscopy", "cystourethroscopy"], "0TJB8ZZ")
        fixed(["ureteroscopy", "ureterorenoscopy"], "0TJ98ZZ")
        fixed(
            [
                "bronchoscopy", "fibrobronchoscopy", "fiberoptic bronchoscopy", "fibreoptic bronchoscopy",
                "bronchofibroscopy",
            ], "0BJ08ZZ")
        fixed(["laryngoscopy", "fibrolaryngoscopy", "nasofibroscopy", "nasofibrolaryngoscopy"], "0CJS8ZZ")
        fixed(["hysteroscopy"], "0UJD8ZZ")
        fixed(["colposcopy"], "0UJH8ZZ")
        fixed(["exploratory laparoscopy", "diagnostic laparoscopy"], "0WJG4ZZ")
        fixed(["exploratory laparotomy", "explorative laparotomy"], "0WJG0ZZ")
        fixed(["thoracoscopy"], "0WJ94ZZ")
        fixed(
            [
                "fundoscopy", "funduscopy", "fundus examination", "ophthalmoscopy", "eye fundus", "fundus of the eye",
                "ocular fundus", "funduscopic examination", "fundoscopic examination", "fundus exam",
            ], "08J?XZZ",
            site: AnatomySite(name: "eye", unsided: [], right: ["80"], left: ["81"], bothByDefault: true))
        fixed(
            ["slit lamp", "slit lamp examination", "biomicroscopy"], "08J?XZZ",
            site: AnatomySite(name: "eye", unsided: [], right: ["80"], left: ["81"], bothByDefault: true))
        // Punctures.
        fixed(
            ["lumbar puncture", "spinal tap", "rachicentesis"], "009U3Z?",
            [
                refine(
                    ["diagnostic", "cytology", "csf", "cerebrospinal", "analysis", "culture", "study"], 6, "X",
                    "qualifier: diagnostic")
            ])
        fixed(
            ["paracentesis", "abdominal paracentesis", "evacuative paracentesis"], "0W9G3Z?",
            [
                refine(["diagnostic"], 6, "X", "qualifier: diagnostic"),
                refine(["evacuative", "therapeutic", "evacuation"], 6, "Z", "qualifier: therapeutic"),
            ])
        fixed(
            ["thoracentesis", "thoracocentesis", "pleural puncture"], "0W??3Z?",
            [
                refine(["diagnostic"], 6, "X", "qualifier: diagnostic"),
                refine(["evacuative", "therapeutic", "evacuation"], 6, "Z", "qualifier: therapeutic"),
            ],
            site: AnatomySite(name: "pleural cavity", unsided: [], right: ["W9"], left: ["WB"]))
        fixed(["pericardiocentesis"], "0W9D3Z?", [refine(["diagnostic"], 6, "X", "qualifier: diagnostic")])
        fixed(["arthrocentesis"], "0S9?3Z?")
        fixed(["bone marrow aspiration", "bone marrow biopsy", "bone marrow aspirate", "myelogram"], "07D?3Z?")
        // Airway, ventilation, circulation.
        fixed(
            [
                "orotracheal intubation", "endotracheal intubation", "intubation", "intubated", "reintubation",
                "nasotracheal intubation", "reintubated",
            ], "0BH17EZ")
        fixed(["tracheostomy", "tracheotomy"], "0B11?F4")
        fixed(
            [
                "mechanical ventilation", "invasive mechanical ventilation", "ventilatory support",
                "assisted ventilation", "mechanical ventilatory support", "ventilator",
            ], "5A19?5Z",
            [
                refine(["less than 24", "< 24"], 3, "3", "duration: under 24 hours"),
                refine(["24 96", "24 to 96"], 3, "4", "duration: 24 to 96 hours"),
                refine(["greater than 96", "more than 96"], 3, "5", "duration: over 96 hours"),
            ])
        fixed(
            [
                "non invasive ventilation", "noninvasive ventilation", "niv", "bipap", "cpap",
                "non invasive mechanical ventilation",
            ], "5A09?5?")
        fixed(
            ["hemodialysis", "haemodialysis", "dialysis", "renal replacement therapy", "renal replacement"],
            "5A1D?0Z",
            [
                refine(
                    ["continuous", "crrt", "cvvh", "cvvhd", "cvvhdf", "hemofiltration", "haemofiltration"], 3, "9",
                    "duration: continuous")
            ])
        fixed(
            [
                "peritoneal dialysis", "capd", "continuous ambulatory peritoneal dialysis",
                "automated peritoneal dialysis",
            ], "3E1M39Z")
        fixed(["cardiopulmonary resuscitation", "cpr", "cardiac massage"], "5A12012")
        fixed(["defibrillation", "cardioversion", "electrical cardioversion"], "5A2204Z")
        fixed(["extracorporeal membrane oxygenation", "ecmo"], "5A15?A?")
        fixed(["hyperbaric oxygen", "hyperbaric oxygen therapy"], "6A15?Z?")
        fixed(["plasmapheresis", "plasma exchange"], "6A55?Z3")
        fixed(["phototherapy"], "6A60?ZZ")
        // Transfusion and substances.
        fixed(
            [
                "transfusion", "blood transfusion", "transfusions", "transfused", "red blood cell transfusion",
                "red cell transfusion", "packed red blood cells", "packed red cells", "red blood cell concentrates",
                "red cell concentrates", "blood transfusions", "erythrocyte concentrates",
            ], "30233N1",
            [
                refine(["platelet", "platelets"], 5, "R", "substance: platelets"),
                refine(["plasma"], 5, "L", "substance: fresh plasma"),
            ])
        fixed(["platelet transfusion", "platelets transfusion"], "30233R1")
        fixed(["parenteral nutrition", "total parenteral nutrition", "tpn"], "3E0436Z")
        fixed(
            ["enteral nutrition", "enteral feeding", "nasogastric feeding", "tube feeding"], "3E0G?6Z",
            [refine(["nasogastric", "oral", "orally", "tube"], 4, "7", "approach: via natural opening")])
        fixed(
            [
                "nerve block", "peripheral nerve block", "nerve blocks", "regional block", "stellate ganglion block",
                "ilioinguinal block", "plexus block", "brachial plexus block",
            ], "3E0T3CZ")
        fixed(["epidural anesthesia", "epidural analgesia", "epidural anaesthesia", "epidural block"], "3E0S3CZ")
        fixed(
            ["spinal anesthesia", "spinal anaesthesia", "intrathecal anesthesia", "subarachnoid anesthesia"],
            "3E0R3CZ")
        fixed(["general anesthesia", "general anaesthesia"], "3E0?", [])
        // Chemotherapy is coded only when the route is written.
        fixed(["intravenous chemotherapy", "iv chemotherapy"], "3E03305")
        fixed(["intravesical", "bcg instillation", "intravesical bcg", "bladder instillation"], "3E0K?")
        fixed(["isolation", "contact isolation", "respiratory isolation"], "8E0ZXY6", notFollowedBy: ["of"])
        // Delivery.
        fixed(
            [
                "vaginal delivery", "eutocic delivery", "spontaneous delivery", "delivered vaginally",
                "normal delivery", "vaginal birth",
            ], "10E0XZZ")
        fixed(
            ["cesarean section", "caesarean section", "cesarean", "caesarean", "c section", "cesarean delivery"],
            "10D00Z?", [refine(["low cervical", "lower segment"], 6, "1", "qualifier: low cervical")])
        // Catheters and tubes.
        fixed(
            [
                "bladder catheterization", "urinary catheter", "foley catheter", "bladder catheter",
                "urinary catheterization", "bladder catheterisation",
            ], "0T9B70Z")
        fixed(
            ["central venous catheter", "central line", "central venous line", "central venous catheterization"],
            "02HV33Z")
        fixed(
            ["double j", "jj catheter", "double j catheter", "ureteral stent", "double j stent", "pigtail catheter"],
            "0T7?8DZ",
            site: AnatomySite(name: "ureter", unsided: [], right: ["T6"], left: ["T7"], bilateral: ["T8"]))
        fixed(["nasogastric tube", "nasogastric intubation", "ngt"], "0DH67UZ")
        fixed(
            ["chest tube", "chest drain", "pleural drainage", "thoracic drainage", "endothoracic drain"],
            "0W9?30Z",
            site: AnatomySite(name: "pleural cavity", unsided: [], right: ["W9"], left: ["WB"]))
        fixed(
            [
                "cardiac catheterization", "coronary angiography", "coronary catheterization", "coronarography",
                "coronariography",
            ], "B21?")
        fixed(["radiotherapy", "radiation therapy", "external beam radiotherapy", "irradiation"], "D??")
        return e
    }
}
