/// Clinical terms as clinicians write them, with the code the ICD-10-CM Alphabetic Index gives the term when nothing
/// more is said (the default code of the main term or subterm). Written for this project from the FY2026 index
/// conventions; each code is checked against the loaded Tabular List at load and dropped when not billable there.
///
/// One entry per line: `phrase|CODE`. Several phrases may share a code.
public enum ClinicalLexicon {
    public static let standard = """
        hypertension|I10
        arterial hypertension|I10
        high blood pressure|I10
        essential hypertension|I10
        pulmonary hypertension|I27.20
        diabetes|E11.9
        diabetes mellitus|E11.9
        type 2 diabetes|E11.9
        type 2 diabetes mellitus|E11.9
        type ii diabetes mellitus|E11.9
        type 1 diabetes|E10.9
        type 1 diabetes mellitus|E10.9
        adenopathy|R59.9
        adenopathies|R59.9
        lymphadenopathy|R59.9
        lymphadenopathies|R59.9
        enlarged lymph nodes|R59.9
        localized adenopathy|R59.0
        generalized lymphadenopathy|R59.1
        infection|B99.9
        bacterial infection|A49.9
        viral infection|B34.9
        fungal infection|B49
        gangrene|I96
        necrosis|I96
        headache|R51.9
        headaches|R51.9
        cephalea|R51.9
        low back pain|M54.50
        lumbago|M54.50
        lumbar pain|M54.50
        neck pain|M54.2
        hiv infection|B20
        hiv|B20
        human immunodeficiency virus|B20
        human immunodeficiency virus infection|B20
        hiv disease|B20
        acquired immunodeficiency syndrome|B20
        acquired immune deficiency syndrome|B20
        renal mass|N28.89
        kidney mass|N28.89
        renal cyst|N28.1
        nephropathy|N28.9
        renal insufficiency|N28.9
        urinary tract infection|N39.0
        scar|L90.5
        scarring|L90.5
        weight loss|R63.4
        loss of weight|R63.4
        alcohol abuse|F10.10
        alcoholism|F10.20
        alcohol dependence|F10.20
        smoker|F17.200
        tobacco use|F17.200
        tobacco dependence|F17.200
        cigarette smoker|F17.210
        former smoker|Z87.891
        housing instability|Z59.819
        homeless|Z59.00
        homelessness|Z59.00
        unsheltered homelessness|Z59.02
        sheltered homelessness|Z59.01
        food insecurity|Z59.41
        transportation insecurity|Z59.82
        lack of transportation|Z59.82
        financial insecurity|Z59.869
        uninsured|Z59.71
        no health insurance|Z59.71
        unemployed|Z56.0
        unemployment|Z56.0
        job loss|Z56.0
        lost job|Z56.0
        recently divorced|Z63.5
        divorce|Z63.5
        dialysis program|Z99.2
        hemodialysis program|Z99.2
        peritoneal dialysis program|Z99.2
        chronic hemodialysis|Z99.2
        chronic dialysis|Z99.2
        maintenance hemodialysis|Z99.2
        maintenance dialysis|Z99.2
        dialysis dependent|Z99.2
        dialysis-dependent|Z99.2
        ex-smoker|Z87.891
        paresthesia|R20.2
        paresthesias|R20.2
        tingling|R20.2
        numbness|R20.0
        hypoesthesia|R20.1
        skin lesion|L98.9
        skin lesions|L98.9
        vomiting|R11.10
        nausea|R11.0
        nausea and vomiting|R11.2
        pneumonia|J18.9
        hepatitis|K75.9
        liver disease|K76.9
        depression|F32.A
        major depression|F32.9
        anemia|D64.9
        fever|R50.9
        febrile syndrome|R50.9
        febrile|R50.9
        pyrexia|R50.9
        fever of unknown origin|R50.9
        pain|R52
        abdominal pain|R10.9
        chest pain|R07.9
        asthenia|R53.1
        weakness|R53.1
        fatigue|R53.83
        malaise|R53.81
        general malaise|R53.81
        edema|R60.9
        oedema|R60.9
        localized edema|R60.0
        hematuria|R31.9
        gross hematuria|R31.0
        microscopic hematuria|R31.29
        dyspnea|R06.00
        dyspnoea|R06.00
        shortness of breath|R06.02
        cough|R05.9
        diarrhea|R19.7
        jaundice|R17
        hemorrhage|R58
        bleeding|R58
        cardiac arrest|I46.9
        cardiorespiratory arrest|I46.9
        leukocytosis|D72.829
        thrombocytopenia|D69.6
        thrombocytosis|D75.839
        leukopenia|D72.819
        neutropenia|D70.9
        pancytopenia|D61.818
        hepatomegaly|R16.0
        splenomegaly|R16.1
        hepatosplenomegaly|R16.2
        ascites|R18.8
        pleural effusion|J90
        seizure|R56.9
        seizures|R56.9
        convulsions|R56.9
        epilepsy|G40.909
        syncope|R55
        dizziness|R42
        vertigo|R42
        obesity|E66.9
        dyslipidemia|E78.5
        hyperlipidemia|E78.5
        hypercholesterolemia|E78.00
        hypertriglyceridemia|E78.1
        atrial fibrillation|I48.91
        heart failure|I50.9
        congestive heart failure|I50.9
        cardiac failure|I50.9
        myocardial infarction|I21.9
        acute myocardial infarction|I21.9
        heart attack|I21.9
        old myocardial infarction|I25.2
        stroke|I63.9
        cerebrovascular accident|I63.9
        chronic obstructive pulmonary disease|J44.9
        asthma|J45.909
        chronic kidney disease|N18.9
        chronic renal failure|N18.9
        acute kidney injury|N17.9
        acute renal failure|N17.9
        renal failure|N19
        kidney failure|N19
        sepsis|A41.9
        septic shock|R65.21
        urinary retention|R33.9
        constipation|K59.00
        dysphagia|R13.10
        oropharyngeal dysphagia|R13.12
        pharyngeal dysphagia|R13.13
        oral dysphagia|R13.11
        anorexia|R63.0
        loss of appetite|R63.0
        tachycardia|R00.0
        bradycardia|R00.1
        palpitations|R00.2
        hypotension|I95.9
        hypokalemia|E87.6
        hyperkalemia|E87.5
        hyponatremia|E87.1
        hypernatremia|E87.0
        dehydration|E86.0
        hyperglycemia|R73.9
        pruritus|L29.9
        itching|L29.9
        rash|R21
        skin rash|R21
        erythema|L53.9
        hypothyroidism|E03.9
        hyperthyroidism|E05.90
        osteoporosis|M81.0
        arthralgia|M25.50
        arthralgias|M25.50
        joint pain|M25.50
        myalgia|M79.10
        myalgias|M79.10
        peritonitis|K65.9
        cholelithiasis|K80.20
        gallstones|K80.20
        hydronephrosis|N13.30
        renal colic|N23
        nephrolithiasis|N20.0
        kidney stone|N20.0
        renal lithiasis|N20.0
        ureteral lithiasis|N20.1
        abscess|L02.91
        cellulitis|L03.90
        tuberculosis|A15.9
        pulmonary tuberculosis|A15.0
        hepatitis c|B19.20
        hepatitis b|B19.10
        cirrhosis|K74.60
        liver cirrhosis|K74.60
        pancreatitis|K85.90
        acute pancreatitis|K85.90
        appendicitis|K37
        acute appendicitis|K35.80
        cholecystitis|K81.9
        first degree perineal laceration|O70.0
        second degree perineal laceration|O70.1
        third degree perineal laceration|O70.20
        fourth degree perineal laceration|O70.3
        perineal laceration during delivery|O70.9
        gestational diabetes|O24.419
        gestational diabetes mellitus|O24.419
        previous cesarean|O34.219
        prior cesarean|O34.219
        previous low transverse cesarean|O34.211
        prior low transverse cesarean|O34.211
        repeat cesarean|O34.219
        repeat low transverse cesarean|O34.211
        calculous cholecystitis|K80.10
        acute calculous cholecystitis|K80.00
        acute calculous cholecystitis with obstruction|K80.01
        chronic calculous cholecystitis|K80.10
        gastroesophageal reflux|K21.9
        gastritis|K29.70
        urinary incontinence|R32
        psychosis|F29
        schizophrenia|F20.9
        anxiety|F41.9
        dementia|F03.90
        testicular mass|N50.89
        scrotal mass|N50.89
        renal lithiasis|N20.0
        kidney lithiasis|N20.0
        chronic atrial fibrillation|I48.20
        abdominal aortic aneurysm|I71.40
        aneurysm of the abdominal aorta|I71.40
        hypochromic anemia|D50.9
        urinary infection|N39.0
        elevated transaminases|R74.01
        transaminase elevation|R74.01
        hypertransaminasemia|R74.01
        injury|T14.90XA
        trauma|T14.90XA
        fracture|T14.8XXA
        lymphoma|C85.90
        leukemia|C95.90
        thrombosis|I82.90
        venous thrombosis|I82.90
        deep vein thrombosis|I82.409
        pulmonary embolism|I26.99
        pulmonary thromboembolism|I26.99
        respiratory failure|J96.90
        acute respiratory failure|J96.00
        respiratory insufficiency|J96.90
        hypoxemia|R09.02
        cyanosis|R23.0
        pallor|R23.1
        proteinuria|R80.9
        hypoalbuminemia|E88.09
        polyuria|R35.89
        polydipsia|R63.1
        hemoptysis|R04.2
        hematemesis|K92.0
        melena|K92.1
        rectal bleeding|K62.5
        dysuria|R30.0
        cachexia|R64
        arthritis|M19.90
        rheumatoid arthritis|M06.9
        systemic lupus erythematosus|M32.9
        heart murmur|R01.1
        cardiac murmur|R01.1
        murmur|R01.1
        confusion|R41.0
        disorientation|R41.0
        coma|R40.20
        otitis media|H66.90
        conjunctivitis|H10.9
        sinusitis|J32.9
        pharyngitis|J02.9
        bronchitis|J40
        intestinal obstruction|K56.609
        bowel obstruction|K56.609
        inguinal hernia|K40.90
        varicocele|I86.1
        hydrocele|N43.3
        orchitis|N45.2
        epididymitis|N45.1
        prostatitis|N41.9
        gynecomastia|N62
        amenorrhea|N91.2
        menorrhagia|N92.0
        ovarian cyst|N83.209
        endometriosis|N80.9
        dermatitis|L30.9
        alopecia|L65.9
        allergy|T78.40XA
        immunodeficiency|D84.9
        hypercalcemia|E83.52
        hypocalcemia|E83.51
        hyperbilirubinemia|E80.7
        elevated transaminases|R74.01
        hypertransaminasemia|R74.01
        lymphedema|I89.0
        benign prostatic hyperplasia|N40.0
        prostatic hypertrophy|N40.0
        cholestasis|K83.1
        multiple sclerosis|G35.D
        peripheral neuropathy|G62.9
        polyneuropathy|G62.9
        neuropathy|G62.9
        diplopia|H53.2
        hearing loss|H91.90
        tinnitus|H93.19
        hemiplegia|G81.90
        paraplegia|G82.20
        aphasia|R47.01
        dysarthria|R47.1
        ataxia|R27.0
        tremor|R25.1
        splenic infarction|D73.5
        pericardial effusion|I31.39
        pericarditis|I31.9
        endocarditis|I38
        myocarditis|I51.4
        cardiomegaly|I51.7
        cardiomyopathy|I42.9
        coronary artery disease|I25.10
        ischemic heart disease|I25.9
        angina|I20.9
        aortic stenosis|I35.0
        mitral regurgitation|I34.0
        peripheral vascular disease|I73.9
        aneurysm|I72.9
        abdominal aortic aneurysm|I71.40
        vasculitis|I77.6
        hemorrhoids|K64.9
        anal fissure|K60.2
        diverticulitis|K57.92
        diverticulosis|K57.90
        colitis|K52.9
        ulcerative colitis|K51.90
        crohn disease|K50.90
        crohn's disease|K50.90
        gastroenteritis|K52.9
        duodenal ulcer|K26.9
        gastric ulcer|K25.9
        peptic ulcer|K27.9
        hypoglycemia|E16.2
        malnutrition|E46
        vitamin d deficiency|E55.9
        iron deficiency anemia|D50.9
        hemolytic anemia|D59.9
        metabolic acidosis|E87.20
        acidosis|E87.20
        alkalosis|E87.3
        hypomagnesemia|E83.42
        hypophosphatemia|E83.39
        cytomegalovirus|B25.9
        cytomegalovirus infection|B25.9
        cmv infection|B25.9
        liver metastasis|C78.7
        liver metastases|C78.7
        hepatic metastases|C78.7
        bone metastasis|C79.51
        bone metastases|C79.51
        lung metastasis|C78.00
        lung metastases|C78.00
        pulmonary metastases|C78.00
        brain metastasis|C79.31
        brain metastases|C79.31
        lymph node metastases|C77.9
        peritoneal carcinomatosis|C78.6
        hepatitis c virus|B19.20
        hcv|B19.20
        hepatitis b virus|B19.10
        hbv|B19.10
        peritoneal irritation|K65.9
        abdominal mass|R19.00
        pelvic mass|R19.00
        prostate cancer|C61
        prostate adenocarcinoma|C61
        prostatic adenocarcinoma|C61
        prostatic carcinoma|C61
        gastric adenocarcinoma|C16.9
        gastric cancer|C16.9
        stomach cancer|C16.9
        renal cell carcinoma|C64.9
        kidney cancer|C64.9
        renal carcinoma|C64.9
        bladder cancer|C67.9
        bladder carcinoma|C67.9
        urothelial carcinoma|C67.9
        breast cancer|C50.919
        breast carcinoma|C50.919
        lung cancer|C34.90
        lung adenocarcinoma|C34.90
        colon cancer|C18.9
        colon adenocarcinoma|C18.9
        rectal cancer|C20
        rectal adenocarcinoma|C20
        pancreatic cancer|C25.9
        pancreatic adenocarcinoma|C25.9
        hepatocellular carcinoma|C22.0
        melanoma|C43.9
        testicular cancer|C62.90
        cervical cancer|C53.9
        ovarian cancer|C56.9
        thyroid cancer|C73
        papillary thyroid carcinoma|C73
        esophageal cancer|C15.9
        multiple myeloma|C90.00
        hodgkin lymphoma|C81.90
        non-hodgkin lymphoma|C85.90
        angiomyolipoma|D17.71
        uterine leiomyoma|D25.9
        uterine fibroids|D25.9
        lipoma|D17.9
        hemangioma|D18.00
        meningioma|D32.9
        toxoplasmosis|B58.9
        gastrointestinal bleeding|K92.2
        gastrointestinal hemorrhage|K92.2
        upper gastrointestinal bleeding|K92.2
        digestive bleeding|K92.2
        abdominal distension|R14.0
        abdominal distention|R14.0
        macroscopic hematuria|R31.0
        sweating|R61
        night sweats|R61
        diaphoresis|R61
        herpes|B00.9
        herpes simplex|B00.9
        herpes zoster|B02.9
        shingles|B02.9
        diffuse abdominal pain|R10.84
        generalized abdominal pain|R10.84
        epigastric pain|R10.13
        shock|R57.9
        hypovolemic shock|R57.1
        cardiogenic shock|R57.0
        paleness|R23.1
        mucocutaneous pallor|R23.1
        cigarettes a day|F17.210
        cigarettes per day|F17.210
        cigarettes day|F17.210
        weight gain|R63.5
        hypoxia|R09.02
        tachypnea|R06.82
        wheezing|R06.2
        orthopnea|R06.01
        candidiasis|B37.9
        aspergillosis|B44.9
        osteomyelitis|M86.9
        brucellosis|A23.9
        leishmaniasis|B55.9
        syphilis|A53.9
        malaria|B54
        influenza|J11.1
        meningitis|G03.9
        encephalitis|G04.90
        pyelonephritis|N12
        acute pyelonephritis|N10
        cystitis|N30.90
        urethritis|N34.2
        atelectasis|J98.11
        pneumothorax|J93.9
        emphysema|J43.9
        pulmonary fibrosis|J84.10
        pulmonary nodule|R91.1
        lung nodule|R91.1
        portal hypertension|K76.6
        esophageal varices|I85.00
        hepatic steatosis|K76.0
        fatty liver|K76.0
        cholangitis|K83.09
        biliary obstruction|K83.1
        ileus|K56.7
        paralytic ileus|K56.0
        volvulus|K56.2
        intussusception|K56.1
        celiac disease|K90.0
        nephrotic syndrome|N04.9
        glomerulonephritis|N05.9
        polycystic kidney disease|Q61.3
        vesicoureteral reflux|N13.70
        renal artery stenosis|I70.1
        cushing syndrome|E24.9
        cushing's syndrome|E24.9
        hyperparathyroidism|E21.3
        primary hyperparathyroidism|E21.0
        adrenal insufficiency|E27.40
        pheochromocytoma|D35.00
        hemiparesis|G81.90
        paraparesis|G82.20
        facial palsy|G51.0
        facial paralysis|G51.0
        alzheimer disease|G30.9
        alzheimer's disease|G30.9
        bipolar disorder|F31.9
        urticaria|L50.9
        psoriasis|L40.9
        vitiligo|L80
        osteoarthritis|M19.90
        myositis|M60.9
        visual loss|H54.7
        loss of vision|H54.7
        blurred vision|H53.8
        blurry vision|H53.8
        uveitis|H20.9
        cataract|H26.9
        glaucoma|H40.9
        retinal detachment|H33.20
        exophthalmos|H05.20
        proptosis|H05.20
        eosinophilia|D72.10
        lymphopenia|D72.810
        hypoproteinemia|E77.8
        steatorrhea|K90.49
        flank pain|R10.9
        back pain|M54.9
        dorsalgia|M54.9
        hip pain|M25.559
        knee pain|M25.569
        shoulder pain|M25.519
        pelvic pain|R10.20
        perineal pain|R10.20
        scrotal pain|N50.82
        testicular pain|N50.819
        irritability|R45.4
        insomnia|G47.00
        somnolence|R40.0
        drowsiness|R40.0
        obtundation|R40.1
        stupor|R40.1
        hallucinations|R44.3
        agitation|R45.1
        hemoperitoneum|K66.1
        hemothorax|J94.2
        pneumoperitoneum|K66.8
        hypertensive crisis|I16.9
        intestinal perforation|K63.1
        hyperuricemia|E79.0
        gout|M10.9
        hypogonadism|E29.1
        erectile dysfunction|N52.9
        infertility|N97.9
        male infertility|N46.9
        oligospermia|N46.11
        azoospermia|N46.01
        hematospermia|R36.1
        hemospermia|R36.1
        phimosis|N47.1
        cryptorchidism|Q53.9
        undescended testis|Q53.9
        hypospadias|Q54.9
        urinary frequency|R35.0
        nocturia|R35.1
        urinary urgency|R39.15
        hesitancy|R39.11
        incontinence|R32
        hydroureteronephrosis|N13.30
        ureteral stenosis|N13.5
        ureteropelvic junction obstruction|N13.0
        renal abscess|N15.1
        perirenal abscess|N15.1
        renal infarction|N28.0
        renal atrophy|N26.1
        small kidney|N27.9
        nephrocalcinosis|N25.89
        uremia|N19
        """
}
