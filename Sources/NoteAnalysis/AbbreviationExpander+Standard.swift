/// The curated abbreviation table, written for this project.
extension AbbreviationExpander {
    static var standardTable: [String: Entry] {
        var t: [String: Entry] = [:]
        func one(_ abbreviation: String, _ expansion: String, upper: Bool = false) {
            t[abbreviation] = Entry(senses: [Sense(expansion)], upperCaseOnly: upper)
        }
        func many(_ abbreviation: String, upper: Bool = true, _ senses: [Sense]) {
            t[abbreviation] = Entry(senses: senses, upperCaseOnly: upper)
        }
        for (a, e) in [
            ("chf", "congestive heart failure"), ("copd", "chronic obstructive pulmonary disease"),
            ("dm2", "type 2 diabetes mellitus"), ("t2dm", "type 2 diabetes mellitus"),
            ("dm1", "type 1 diabetes mellitus"), ("t1dm", "type 1 diabetes mellitus"), ("dm", "diabetes mellitus"),
            ("iddm", "insulin-dependent diabetes mellitus"), ("niddm", "non-insulin-dependent diabetes mellitus"),
            ("htn", "hypertension"), ("hld", "hyperlipidemia"), ("cad", "coronary artery disease"),
            ("uti", "urinary tract infection"), ("sob", "shortness of breath"), ("doe", "dyspnea on exertion"),
            ("aki", "acute kidney injury"), ("arf", "acute renal failure"), ("ckd", "chronic kidney disease"),
            ("esrd", "end-stage renal disease"), ("afib", "atrial fibrillation"), ("a-fib", "atrial fibrillation"),
            ("cva", "cerebrovascular accident"), ("tia", "transient ischemic attack"), ("dvt", "deep vein thrombosis"),
            ("pvd", "peripheral vascular disease"), ("gerd", "gastroesophageal reflux disease"),
            ("osa", "obstructive sleep apnea"), ("bph", "benign prostatic hyperplasia"),
            ("cabg", "coronary artery bypass graft"), ("pci", "percutaneous coronary intervention"),
            ("stemi", "ST-elevation myocardial infarction"), ("nstemi", "non-ST-elevation myocardial infarction"),
            ("acs", "acute coronary syndrome"), ("hfref", "heart failure with reduced ejection fraction"),
            ("hfpef", "heart failure with preserved ejection fraction"), ("gib", "gastrointestinal bleeding"),
            ("ugib", "upper gastrointestinal bleeding"), ("lgib", "lower gastrointestinal bleeding"),
            ("brbpr", "bright red blood per rectum"), ("ams", "altered mental status"),
            ("ards", "acute respiratory distress syndrome"), ("pna", "pneumonia"),
            ("uri", "upper respiratory infection"),
            ("hcap", "healthcare-associated pneumonia"), ("sbo", "small bowel obstruction"),
            ("sle", "systemic lupus erythematosus"), ("hiv", "human immunodeficiency virus"),
            ("hcv", "hepatitis C virus"), ("hbv", "hepatitis B virus"), ("tb", "tuberculosis"),
            ("mrsa", "methicillin-resistant Staphylococcus aureus"), ("vre", "vancomycin-resistant Enterococcus"),
            ("etoh", "alcohol"), ("ivdu", "intravenous drug use"), ("fx", "fracture"), ("dx", "diagnosis"),
            ("hx", "history"), ("tx", "treatment"), ("sx", "symptoms"), ("rx", "prescription"),
            ("s/p", "status post"), ("h/o", "history of"), ("r/o", "rule out"), ("w/o", "without"),
            ("c/o", "complains of"), ("d/o", "disorder"), ("oud", "opioid use disorder"), ("aud", "alcohol use disorder"),
            ("yo", "year-old"), ("y/o", "year-old"), ("nsr", "normal sinus rhythm"),
            ("svt", "supraventricular tachycardia"), ("dka", "diabetic ketoacidosis"),
            ("hhs", "hyperosmolar hyperglycemic state"), ("ich", "intracranial hemorrhage"),
            ("sah", "subarachnoid hemorrhage"), ("sdh", "subdural hematoma"), ("pud", "peptic ulcer disease"),
            ("ibd", "inflammatory bowel disease"), ("ibs", "irritable bowel syndrome"),
            ("lbbb", "left bundle branch block"), ("rbbb", "right bundle branch block"),
            ("tavr", "transcatheter aortic valve replacement"), ("aaa", "abdominal aortic aneurysm"),
            ("ptx", "pneumothorax"), ("n/v", "nausea and vomiting"), ("abd", "abdomen"),
            ("nkda", "no known drug allergies"), ("prn", "as needed"), ("bid", "twice a day"),
            ("tid", "three times a day"), ("qd", "daily"), ("po", "by mouth"),
            ("ckd3", "chronic kidney disease stage 3"),
            ("hgb", "hemoglobin"), ("wbc", "white blood cell count"), ("bmp", "basic metabolic panel"),
            ("cbc", "complete blood count"), ("ekg", "electrocardiogram"), ("ecg", "electrocardiogram"),
            ("cxr", "chest x-ray"), ("mri", "magnetic resonance imaging"), ("tte", "transthoracic echocardiogram"),
            ("tee", "transesophageal echocardiogram"), ("egd", "esophagogastroduodenoscopy"),
            ("ercp", "endoscopic retrograde cholangiopancreatography"), ("nash", "nonalcoholic steatohepatitis"),
            ("hcc", "hepatocellular carcinoma"), ("rcc", "renal cell carcinoma"),
            ("nsclc", "non-small cell lung cancer"),
            ("bmi", "body mass index"), ("ptsd", "post-traumatic stress disorder"),
            ("adhd", "attention deficit hyperactivity disorder"), ("mdd", "major depressive disorder"),
            ("copd/asthma", "chronic obstructive pulmonary disease or asthma"),
            ("dnr", "do not resuscitate"), ("dnr/dni", "do not resuscitate"),
            ("mca", "middle cerebral artery"), ("aca", "anterior cerebral artery"), ("ica", "internal carotid artery"),
            ("rca", "right coronary artery"), ("lcx", "left circumflex coronary artery"),
        ] {
            one(a, e)
        }
        for (a, e) in [
            ("mi", "myocardial infarction"), ("as", "aortic stenosis"), ("ar", "aortic regurgitation"),
            ("mr", "mitral regurgitation"), ("oa", "osteoarthritis"),
            ("uc", "ulcerative colitis"), ("all", "acute lymphoblastic leukemia"), ("aml", "acute myeloid leukemia"),
            ("cll", "chronic lymphocytic leukemia"), ("pad", "peripheral arterial disease"),
            ("cap", "community-acquired pneumonia"), ("vt", "ventricular tachycardia"),
            ("vf", "ventricular fibrillation"),
            ("af", "atrial fibrillation"), ("gi", "gastrointestinal"), ("loc", "loss of consciousness"),
            ("ha", "headache"), ("hi", "homicidal ideation"), ("le", "lower extremity"), ("ue", "upper extremity"),
            ("pea", "pulseless electrical activity"), ("pid", "pelvic inflammatory disease"),
            // (`hearing aids`, `walking aids` in lower case)
            ("aids", "acquired immunodeficiency syndrome"), ("pin", "prostatic intraepithelial neoplasia"),
        ] {
            one(a, e, upper: true)
        }
        many(
            "tr",
            [
                Sense(
                    "tricuspid regurgitation",
                    cues: ["trace", "trivial", "mild", "moderate", "severe", "mr", "ar", "valve", "echo", "echocardiogram", "tte", "tee", "regurgitation"]),
                // `TR band to the right radial artery`: the radial compression band closing a transradial access
                Sense("transradial", cues: ["band", "radial", "wrist", "hemostasis", "closure", "deflated", "removed", "access"]),
            ])
        many(
            "pe",
            [
                Sense(
                    "pulmonary embolism",
                    cues: [
                        "embolism", "ct", "cta", "angiogram", "angiography", "anticoagulation", "heparin", "dvt",
                        "clot",
                        "wells", "d-dimer", "dimer", "pleuritic", "ivc", "filter", "saddle", "enoxaparin", "lovenox",
                        "apixaban", "rivaroxaban", "warfarin", "tachycardia", "hypoxia", "thrombolysis", "bilateral",
                        "segmental", "subsegmental", "massive", "r/o", "rule", "acute",
                    ]),
                Sense(
                    "physical examination",
                    cues: [
                        "on", "exam", "unremarkable", "normal", "findings", "revealed", "vitals", "general", "heent",
                        "notable", "remarkable", "auscultation", ":",
                    ], sections: [.physicalExamination]),
            ])
        many(
            "pca",
            [
                Sense(
                    "posterior cerebral artery",
                    cues: [
                        "stroke", "infarct", "infarction", "territory", "occlusion", "thrombosis", "embolism", "cva",
                        "ischemic", "cta", "mri", "hemianopia", "left", "right", "p1", "p2", "mca", "aca",
                    ]),
                Sense(
                    "patient-controlled analgesia",
                    cues: [
                        "pump", "analgesia", "morphine", "hydromorphone", "dilaudid", "fentanyl", "pain", "postoperative",
                        "postop", "demand", "basal", "bolus", "weaned", "iv",
                    ]),
            ])
        many(
            "ms",
            [
                Sense(
                    "multiple sclerosis",
                    cues: [
                        "relapsing", "remitting", "demyelinating", "demyelination", "mri", "lesions", "neurology",
                        "interferon", "natalizumab", "ocrelizumab", "optic", "neuritis", "numbness", "flare",
                        "progressive", "plaques", "neurologist", "gait", "spasticity",
                    ]),
                Sense(
                    "mitral stenosis",
                    cues: [
                        "mitral", "valve", "valvular", "murmur", "echo", "echocardiogram", "rheumatic", "diastolic",
                        "gradient", "commissurotomy", "valvuloplasty", "severe", "moderate", "mild", "area", "cm2",
                        "la",
                        "atrial", "tte", "tee", "mr", "as",
                    ]),
                Sense(
                    "morphine sulfate",
                    cues: [
                        "mg", "iv", "po", "prn", "q4h", "q6h", "q2h", "dose", "doses", "morphine", "contin", "er", "ir",
                        "mcg", "given", "administered", "pain", "analgesia", "pca", "sc", "im", "tablet", "tablets",
                    ], sections: [.medications, .dischargeMedications]),
            ])
        many(
            "ra",
            [
                Sense(
                    "rheumatoid arthritis",
                    cues: [
                        "joint", "joints", "arthritis", "methotrexate", "rheumatoid", "synovitis", "hands", "swelling",
                        "rheumatology", "deformities", "nodules", "hydroxychloroquine", "biologic", "etanercept",
                        "adalimumab", "seropositive", "flare", "stiffness",
                    ]),
                Sense(
                    "room air",
                    cues: [
                        "saturation", "saturating", "sat", "sats", "spo2", "o2", "%", "oxygen", "breathing", "on",
                        "pulse",
                        "oximetry", "satting",
                    ], sections: [.vitalSigns, .physicalExamination]),
                Sense(
                    "right atrium",
                    cues: [
                        "dilated", "enlarged", "atrium", "echo", "la", "rv", "lv", "pressure", "catheter", "thrombus",
                        "mass", "tte", "tee", "dilation", "enlargement",
                    ]),
            ])
        many(
            "cp",
            [
                Sense(
                    "chest pain",
                    cues: [
                        "exertional", "pleuritic", "radiating", "substernal", "sob", "troponin",
                        "ekg", "acs", "angina", "pressure",
                    ]),
                Sense(
                    "cerebral palsy",
                    cues: [
                        "spastic", "quadriplegic", "diplegia", "wheelchair", "developmental",
                        "delay", "congenital", "birth",
                    ]),
            ])
        many(
            "ca",
            [
                Sense(
                    "cancer",
                    cues: [
                        "metastatic", "breast", "lung", "colon", "prostate", "stage", "chemotherapy",
                        "oncology", "tumor", "resection", "carcinoma", "history",
                    ]),
                Sense(
                    "calcium",
                    cues: [
                        "mg", "k", "na", "mmol/l", "mg/dl", "level", "serum", "ionized", "phos",
                        "phosphorus", "cl", "electrolytes", "corrected", "albumin",
                    ],
                    sections: [.labs]),
            ])
        many(
            "pt",
            [
                Sense("patient"),
                Sense(
                    "physical therapy",
                    cues: [
                        "ot", "rehab", "rehabilitation", "consult", "evaluation",
                        "ambulation", "gait", "strengthening", "sessions", "home",
                    ]),
                Sense(
                    "prothrombin time",
                    cues: [
                        "inr", "ptt", "aptt", "seconds", "sec", "coagulation", "coags",
                        "prolonged", "warfarin",
                    ], sections: [.labs]),
            ])
        many(
            "ed",
            [
                Sense(
                    "emergency department",
                    cues: [
                        "presented", "arrived", "came", "in", "to", "the", "visit",
                        "course", "triage", "seen",
                    ]),
                Sense(
                    "erectile dysfunction",
                    cues: [
                        "sildenafil", "tadalafil", "libido", "erectile", "impotence",
                        "urology", "testosterone",
                    ]),
            ])
        many(
            "od",
            [
                Sense(
                    "right eye",
                    cues: [
                        "os", "ou", "eye", "visual", "acuity", "intraocular", "iop", "drops",
                        "ophthalmology", "retina", "cornea",
                    ]),
                Sense(
                    "overdose",
                    cues: [
                        "intentional", "accidental", "opioid", "narcan", "naloxone", "ingestion",
                        "suicide", "attempt", "tylenol", "acetaminophen", "toxicology",
                    ]),
            ])
        many(
            "si",
            [
                Sense(
                    "suicidal ideation",
                    cues: [
                        "hi", "denies", "plan", "intent", "psychiatry", "depression",
                        "thoughts", "safety", "avh",
                    ]),
                Sense("sacroiliac", cues: ["joint", "joints", "injection", "back", "pain", "sacroiliitis", "pelvis"]),
            ])
        many(
            "mi",
            [
                Sense(
                    "myocardial infarction",
                    cues: [
                        "troponin", "stemi", "nstemi", "cath", "stent", "ekg", "acute",
                        "old", "prior",
                    ]),
                Sense(
                    "mitral insufficiency",
                    cues: [
                        "mitral", "valve", "regurgitation", "murmur", "echo",
                        "prolapse", "mvp",
                    ]),
            ])
        return t
    }
}
