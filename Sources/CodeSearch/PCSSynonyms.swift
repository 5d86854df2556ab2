/// Words clinicians write for procedures, devices, approaches and anatomy, and the ICD-10-PCS wording they stand for
/// (the words of an index main term, a root operation, an axis label): `term<TAB>expansion[|expansion…]`, a line.
///
/// Sources: common clinical usage and the definitions of the ICD-10-PCS root operations, approaches and devices (CMS
/// ICD-10-PCS Reference Manual); written for this project. Read by ``PCSBuilder`` as more words of the text, so an
/// expansion only adds words: the tables and the index still decide.
public enum PCSSynonyms {
    public static let tsv = """
        # approaches
        lap\tlaparoscopic percutaneous endoscopic
        laparoscopic\tpercutaneous endoscopic
        laparoscopically\tpercutaneous endoscopic
        thoracoscopic\tpercutaneous endoscopic
        vats\tthoracoscopic percutaneous endoscopic lung
        arthroscopic\tpercutaneous endoscopic
        robotic\tpercutaneous endoscopic
        endoscopic\tvia natural or artificial opening endoscopic
        endoscopy\tvia natural or artificial opening endoscopic
        transurethral\tvia natural or artificial opening endoscopic
        cystoscopy\tvia natural or artificial opening endoscopic
        cystoscopic\tvia natural or artificial opening endoscopic
        ureteroscopy\tvia natural or artificial opening endoscopic ureter
        bronchoscopy\tvia natural or artificial opening endoscopic
        bronchoscopic\tvia natural or artificial opening endoscopic
        colonoscopy\tvia natural or artificial opening endoscopic colon
        colonoscopic\tvia natural or artificial opening endoscopic colon
        sigmoidoscopy\tvia natural or artificial opening endoscopic sigmoid colon
        egd\tesophagogastroduodenoscopy via natural or artificial opening endoscopic
        esophagogastroduodenoscopy\tvia natural or artificial opening endoscopic
        upper endoscopy\tesophagogastroduodenoscopy
        ercp\tendoscopic retrograde cholangiopancreatography via natural or artificial opening endoscopic
        hysteroscopy\tvia natural or artificial opening endoscopic uterus
        hysteroscopic\tvia natural or artificial opening endoscopic
        laparoscopy\tinspection percutaneous endoscopic peritoneal cavity
        transvaginal\tvia natural or artificial opening
        vaginal\tvia natural or artificial opening
        open\topen
        percutaneous\tpercutaneous
        needle\tpercutaneous
        external\texternal
        closed\texternal
        # cardiovascular
        pci\tpercutaneous transluminal coronary angioplasty dilation coronary artery percutaneous
        ptca\tpercutaneous transluminal coronary angioplasty dilation coronary artery percutaneous
        angioplasty\tdilation
        balloon\tdilation
        stent\tintraluminal device
        stenting\tintraluminal device
        stents\tintraluminal device
        des\tintraluminal device drug eluting
        drug eluting\tintraluminal device drug eluting
        bare metal\tintraluminal device
        bms\tintraluminal device
        lad\tcoronary artery
        left anterior descending\tcoronary artery
        rca\tcoronary artery
        right coronary\tcoronary artery
        lcx\tcoronary artery
        circumflex\tcoronary artery
        left main\tcoronary artery
        obtuse marginal\tcoronary artery
        diagonal\tcoronary artery
        vessel\tartery
        cabg\tcoronary artery bypass graft bypass coronary artery open
        coronary artery bypass\tbypass coronary artery open
        lima\tinternal mammary left
        rima\tinternal mammary right
        svg\tautologous venous tissue saphenous vein
        saphenous vein graft\tautologous venous tissue
        heart cath\tcardiac catheterization
        cardiac cath\tcardiac catheterization
        left heart cath\tcardiac catheterization left heart sampling pressure percutaneous
        right heart cath\tcardiac catheterization right heart sampling pressure percutaneous
        lhc\tcardiac catheterization left heart sampling pressure percutaneous
        left heart catheterization\tcardiac catheterization left heart sampling pressure percutaneous
        right heart catheterization\tcardiac catheterization right heart sampling pressure percutaneous
        coronary angiography\tfluoroscopy heart coronary arteries multiple
        coronary angiogram\tfluoroscopy heart coronary arteries multiple
        iohexol\tlow osmolar
        omnipaque\tlow osmolar
        iodixanol\tlow osmolar
        visipaque\tlow osmolar
        iopamidol\tlow osmolar
        isovue\tlow osmolar
        rhc\tcardiac catheterization right heart sampling pressure percutaneous
        ekg\telectrocardiogram measurement cardiac electrical activity external
        ecg\telectrocardiogram measurement cardiac electrical activity external
        swan ganz\tpulmonary artery catheter monitoring device pulmonary trunk insertion
        tee\ttransesophageal echocardiography ultrasonography heart right left
        tte\ttransthoracic echocardiography ultrasonography heart right left
        echo\techocardiography ultrasonography heart right left
        echocardiogram\techocardiography ultrasonography heart right left
        angiogram\tfluoroscopy
        angiography\tfluoroscopy
        cardioversion\tcardioversion restoration cardiac rhythm
        defibrillation\trestoration cardiac rhythm
        pacemaker\tpacemaker insertion
        icd implant\tdefibrillator generator insertion
        aicd\tdefibrillator generator insertion
        tavr\ttranscatheter aortic valve replacement aortic valve percutaneous zooplastic
        tavi\ttranscatheter aortic valve replacement aortic valve percutaneous zooplastic
        av fistula\tarteriovenous fistula bypass
        brachiocephalic av fistula\tbrachial artery upper arm vein bypass
        brachiocephalic fistula\tbrachial artery upper arm vein bypass
        stent placement\tdilation intraluminal device
        stent placed\tdilation intraluminal device
        stents placed\tdilation intraluminal device
        transjugular intrahepatic portosystemic shunt\tbypass portal vein percutaneous
        tips procedure\ttransjugular intrahepatic portosystemic shunt bypass portal vein percutaneous
        ligation and stripping\textraction
        stripping\textraction
        avf\tarteriovenous fistula bypass
        central line\tinsertion infusion device vein percutaneous
        central venous catheter\tinsertion infusion device vein percutaneous
        picc\tperipherally inserted central catheter insertion infusion device vein percutaneous
        port\tvascular access device totally implantable
        art line\tarterial line monitoring device
        ecmo\textracorporeal membrane oxygenation
        iabp\tintra aortic balloon pump assistance
        cpr\tcardiopulmonary resuscitation
        evar\tendovascular aortic restriction abdominal aorta intraluminal device percutaneous
        tevar\tthoracic endovascular aortic restriction thoracic aorta intraluminal device percutaneous
        # respiratory and airway
        intubation\tintubation airway insertion trachea endotracheal airway via natural or artificial opening
        intubated\tintubation airway insertion trachea endotracheal airway via natural or artificial opening
        ett\tendotracheal airway trachea
        endotracheal tube\tendotracheal airway trachea insertion
        mechanical ventilation\tperformance respiratory ventilation
        ventilator\tperformance respiratory ventilation
        on vent\tperformance respiratory ventilation
        on the vent\tperformance respiratory ventilation
        niv\tassistance respiratory ventilation intermittent positive airway pressure
        noninvasive positive pressure ventilation\tassistance respiratory ventilation intermittent positive airway pressure
        non invasive positive pressure ventilation\tassistance respiratory ventilation intermittent positive airway pressure
        bipap\tassistance respiratory ventilation intermittent positive airway pressure
        cpap\tassistance respiratory ventilation continuous positive airway pressure
        trach\ttracheostomy
        bal\tbronchoalveolar lavage drainage diagnostic
        thoracentesis\tdrainage pleural cavity percutaneous
        chest tube\tdrainage device pleural cavity drainage
        drain placement\tdrainage device drainage
        # digestive
        chole\tcholecystectomy
        lap chole\tlaparoscopic cholecystectomy resection gallbladder percutaneous endoscopic
        cholecystectomy\tresection gallbladder
        appendectomy\tresection appendix
        appy\tappendectomy resection appendix
        polypectomy\texcision
        biopsy\texcision diagnostic
        biopsies\texcision diagnostic
        peg\tpercutaneous endoscopic gastrostomy feeding device stomach
        peg tube\tpercutaneous endoscopic gastrostomy feeding device stomach
        ng tube\tnasogastric feeding device stomach via natural or artificial opening
        tube change\tchange
        disimpaction\textirpation rectum via natural or artificial opening
        paracentesis\tdrainage peritoneal cavity percutaneous
        band ligation\tocclusion extraluminal device
        variceal banding\tocclusion extraluminal device esophageal vein
        evl\tesophageal variceal ligation occlusion extraluminal device esophageal vein
        hernia repair\trepair hernia
        inguinal hernia\tinguinal region
        mesh\tsynthetic substitute supplement
        colectomy\tresection large intestine
        hemicolectomy\tresection large intestine
        # musculoskeletal
        mtp joint\tcomplete
        metatarsophalangeal joint\tcomplete
        tka\ttotal knee arthroplasty replacement knee joint
        tkr\ttotal knee arthroplasty replacement knee joint
        knee replacement\treplacement knee joint
        tha\ttotal hip arthroplasty replacement hip joint
        thr\ttotal hip arthroplasty replacement hip joint
        hip replacement\treplacement hip joint
        hemiarthroplasty\treplacement hip joint femoral surface
        orif\topen reduction internal fixation reposition internal fixation device open
        reduction\treposition
        internal fixation\tinternal fixation device
        im nail\tintramedullary internal fixation device
        intramedullary nail\tintramedullary internal fixation device
        acdf\tanterior cervical discectomy fusion cervical vertebral joint interbody fusion device
        spinal fusion\tfusion vertebral joint
        laminectomy\texcision release
        tlif\ttransforaminal lumbar interbody fusion fusion lumbar vertebral joint interbody fusion device
        plif\tposterior lumbar interbody fusion fusion lumbar vertebral joint interbody fusion device
        kyphoplasty\tsupplement vertebra synthetic substitute percutaneous
        vertebroplasty\tsupplement vertebra synthetic substitute percutaneous
        carpal tunnel release\t=release median nerve
        acl reconstruction\treplacement knee bursa ligament
        nonexcisional debridement\textraction skin
        non excisional debridement\textraction skin
        lymph node dissection\tresection lymphatic
        frenotomy\trelease tongue
        frenulotomy\trelease tongue
        vp shunt\tbypass cerebral ventricle peritoneal cavity synthetic substitute
        ventriculoperitoneal shunt\tbypass cerebral ventricle peritoneal cavity synthetic substitute
        bka\tbelow knee amputation detachment lower leg
        aka\tabove knee amputation detachment upper leg
        below knee amputation\tdetachment lower leg
        above knee amputation\tdetachment upper leg
        debridement\texcision
        excisional debridement\texcision
        i&d\tincision drainage
        incision and drainage\tdrainage
        # genitourinary and obstetrics
        c section\tcesarean section extraction products conception
        csection\tcesarean section extraction products conception
        cesarean\tcesarean section extraction products conception open
        c/s\tcesarean section extraction products conception
        leep\tloop electrosurgical excision excision cervix
        iud\tintrauterine device contraceptive device uterus via natural or artificial opening
        eswl\textracorporeal shock wave lithotripsy fragmentation external
        litholapaxy\tfragmentation
        kidney transplant\ttransplantation kidney
        termination of pregnancy\tabortion products conception
        peritoneal dialysis\tirrigation peritoneal cavity dialysate
        svd\tvaginal delivery delivery products conception external
        nsvd\tvaginal delivery delivery products conception external
        spontaneous vaginal delivery\tdelivery products conception external
        delivery\tdelivery products conception
        turp\ttransurethral resection prostate via natural or artificial opening endoscopic
        turbt\ttransurethral resection bladder tumor excision bladder via natural or artificial opening endoscopic
        foley\tindwelling urinary catheter drainage device bladder via natural or artificial opening
        d&c\tdilation curettage extraction endometrium
        tah\ttotal abdominal hysterectomy resection uterus open
        hysterectomy\tresection uterus
        nephrostomy\tdrainage device kidney pelvis
        hemodialysis\themodialysis performance urinary filtration
        dialysis\themodialysis performance urinary filtration
        crrt\tcontinuous renal replacement therapy performance urinary filtration continuous
        cvvhd\tcontinuous hemodialysis performance urinary filtration continuous
        # administration and other
        tpa\tintroduction thrombolytic peripheral vein percutaneous
        alteplase\tintroduction thrombolytic peripheral vein percutaneous
        thrombolysis\tintroduction thrombolytic
        prbc\ttransfusion red blood cells nonautologous
        packed red cells\ttransfusion red blood cells nonautologous
        ffp\ttransfusion fresh plasma nonautologous
        platelets\ttransfusion platelets nonautologous
        transfusion\ttransfusion nonautologous
        iv\tperipheral vein percutaneous
        chemotherapy\tintroduction antineoplastic
        chemo\tintroduction antineoplastic
        epidural\tintroduction epidural space percutaneous
        labor epidural\tintroduction anesthetic epidural space percutaneous
        tpn\ttotal parenteral nutrition introduction nutritional substance
        lumbar puncture\tdrainage spinal canal percutaneous diagnostic
        lp\tlumbar puncture drainage spinal canal percutaneous diagnostic
        spinal tap\tdrainage spinal canal percutaneous diagnostic
        ect\telectroconvulsive therapy
        pitocin\tinduction oxytocic introduction hormone peripheral vein percutaneous
        oxytocin\tintroduction hormone peripheral vein percutaneous
        # operations named by the organ they take out (the -ectomy words), as resections of that organ
        thyroidectomy\tresection thyroid gland
        hemithyroidectomy\tresection thyroid gland lobe
        parathyroidectomy\tresection parathyroid gland
        adrenalectomy\tresection adrenal gland
        nephrectomy\tresection kidney
        splenectomy\tresection spleen
        mastectomy\tresection breast
        orchiectomy\tresection testis
        vasectomy\texcision vas deferens
        salpingectomy\tresection fallopian tube
        oophorectomy\tresection ovary
        prostatectomy\tresection prostate
        lobectomy\tresection lung lobe
        pneumonectomy\tresection lung
        hemorrhoidectomy\texcision lower vein
        tonsillectomy\tresection tonsils
        gastrectomy\tresection stomach
        cystectomy\tresection bladder
        discectomy\texcision disc
        microdiscectomy\texcision disc
        endarterectomy\textirpation artery
        esophagectomy\tresection esophagus
        pancreatectomy\tresection pancreas
        arthroplasty\treplacement joint
        thoracotomy\tchest wall
        craniotomy\topen
        # root operations as clinicians say them (weak: an insertion where the words name no other root operation)
        placement\tinsertion device
        placed\tinsertion device
        inserted\tinsertion device
        implanted\tinsertion device
        catheter placement\tinsertion device
        tube placement\tinsertion device
        # root operations as clinicians say them
        insertion\tinsertion device
        removal\tremoval extirpation
        removed\tremoval extirpation
        extraction\textirpation extraction
        evacuation\textirpation
        thrombectomy\textirpation
        embolectomy\textirpation
        stone extraction\textirpation
        foreign body\textirpation
        drain\tdrainage drainage device
        drained\tdrainage
        aspiration\tdrainage
        repair\trepair
        repaired\trepair
        transplant\ttransplantation
        transplantation\ttransplantation
        fusion\tfusion
        release\trelease
        lysis\trelease
        adhesiolysis\trelease
        decompression\trelease
        banding\tocclusion
        ligation\tocclusion
        embolization\tocclusion
        clipping\tocclusion
        ablation\tdestruction
        cauterization\tdestruction
        shunt\tbypass
        bypass\tbypass
        graft\treplacement supplement
        exploration\tinspection
        change\tchange
        exchange\tchange
        reduction\treposition
        amputation\tdetachment
        reattachment\treattachment
        revision\trevision
        injection\tintroduction
        infusion\tintroduction
        # anatomy as clinicians name it
        colon\tlarge intestine
        colonic\tlarge intestine
        bowel\tintestine
        small bowel\tsmall intestine
        large bowel\tlarge intestine
        ileum\tileum small intestine
        sigmoid\tsigmoid colon
        gallbladder\tgallbladder
        cbd\tcommon bile duct
        common bile duct\tcommon bile duct
        liver\tliver
        esophageal\tesophagus
        gastric\tstomach
        duodenal\tduodenum
        rectal\trectum
        anal\tanus
        renal\tkidney
        ureteral\tureter
        bladder\tbladder
        pleural\tpleural cavity
        pleural space\tpleural cavity
        peritoneal\tperitoneal cavity
        abdominal\tperitoneal cavity
        pelvic\tpelvic cavity
        ij\tinternal jugular vein
        subclavian\tsubclavian vein
        svc\tsuperior vena cava
        ivc\tinferior vena cava
        mca\tintracranial artery
        sfa\tfemoral artery
        carotid\tcarotid artery
        lumbar\tlumbar vertebral
        cervical\tcervical vertebral
        thoracic\tthoracic vertebral
        l1\tlumbar vertebra vertebral
        l2\tlumbar vertebra vertebral
        l3\tlumbar vertebra vertebral
        l4\tlumbar vertebra vertebral
        l5\tlumbar vertebra vertebral
        c5\tcervical vertebra
        c6\tcervical vertebra
        brain\tbrain
        ventricle\tcerebral ventricle
        ventricular\tcerebral ventricle
        subdural\tsubdural space
        epidural space\tepidural space
        lung\tlung
        lobe\tlobe
        right upper lobe\tupper lung lobe right
        right middle lobe\tmiddle lung lobe right
        right lower lobe\tlower lung lobe right
        left upper lobe\tupper lung lobe left
        left lower lobe\tlower lung lobe left
        rul\tupper lung lobe right
        rml\tmiddle lung lobe right
        rll\tlower lung lobe right
        lul\tupper lung lobe left
        lll\tlower lung lobe left
        femur\tfemur femoral
        hip\thip joint
        knee\tknee joint
        shoulder\tshoulder joint
        intertrochanteric\tupper femur
        femoral neck\tupper femur
        hip fracture\tupper femur
        skin\tskin
        chest\tchest
        breast\tbreast
        uterus\tuterus
        cervix\tcervix
        ovary\tovary
        prostate\tprostate
        tonsils\ttonsils
        appendix\tappendix
        spleen\tspleen
        thyroid\tthyroid gland
        heart\theart
        aortic valve\taortic valve
        mitral valve\tmitral valve
        # substances, devices and anatomy as clinicians name them (they name no procedure on their own)
        loop recorder\tmonitoring device subcutaneous tissue chest insertion
        pacing lead\tcardiac lead pacemaker
        right ventricle\tventricle right
        left ventricle\tventricle left
        av node\tconduction mechanism
        av nodal\tconduction mechanism
        multiple vessels\tmultiple
        radiocephalic\tradial artery lower arm vein
        femoral popliteal\tfemoral artery popliteal artery
        fem pop\tfemoral artery popliteal artery
        aaa\tabdominal aorta aneurysm
        tube graft\treplacement synthetic substitute
        ptfe\tsynthetic substitute
        ivc filter\tintraluminal device inferior vena cava lower vein
        filter\tintraluminal device
        retrieval\tremoval
        esophageal varices\tesophageal vein
        esophageal variceal\tesophageal vein
        greater saphenous\tsaphenous vein
        great saphenous\tsaphenous vein
        via central line\tcentral vein percutaneous
        peripheral line\tperipheral vein percutaneous
        peripheral iv\tperipheral vein percutaneous
        pleurx\tdrainage device pleural cavity drainage
        pigtail\tdrainage device drainage
        suprapubic catheter\tdrainage device bladder percutaneous drainage
        external ventricular drain\tdrainage device cerebral ventricle drainage
        evd\tdrainage device cerebral ventricle drainage
        to suction\tdrainage device drainage
        tracheostomy tube\ttracheostomy device trachea
        trach tube\ttracheostomy device trachea
        gastrostomy tube\tfeeding device stomach upper intestinal tract
        g tube\tfeeding device stomach upper intestinal tract
        jejunostomy tube\tfeeding device jejunum
        j tube\tfeeding device jejunum
        ventral hernia\tabdominal wall hernia
        umbilical hernia\tabdominal wall hernia
        incisional hernia\tabdominal wall hernia
        without mesh\tno device
        bleeding ulcer\tcontrol gastrointestinal tract
        bleeding duodenal ulcer\tcontrol gastrointestinal tract
        bleeding gastric ulcer\tcontrol gastrointestinal tract
        subcutaneous\tsubcutaneous tissue fascia
        laceration\tskin
        after delivery\t=postpartum
        hemostasis\tcontrol
        interbody cage\tinterbody fusion device
        lateral malleolus\tfibula
        medial malleolus\ttibia
        tibial\ttibia
        fibular\tfibula
        great toe\t1st toe
        big toe\t1st toe
        second toe\t2nd toe
        third toe\t3rd toe
        fourth toe\t4th toe
        fifth toe\t5th toe
        acl\tknee bursa ligament
        autograft\tautologous tissue substitute
        allograft\tnonautologous tissue substitute
        heel\tfoot
        forearm\tlower arm
        thigh\tupper leg
        calf\tlower leg
        lymph node\tlymphatic
        lymph nodes\tlymphatic
        forceps\textraction products conception forceps
        vacuum\textraction products conception vacuum
        perineal laceration\tperineum muscle repair
        tubal\tfallopian tube
        filshie\textraluminal device
        endometrial\tendometrium
        nexplanon\tcontraceptive device subcutaneous tissue
        renal pelvis\tkidney pelvis
        steroid\tanti inflammatory
        albumin\ttransfusion serum albumin
        antibiotic\tintroduction anti infective
        antibiotics\tintroduction anti infective
        vaccine\tintroduction serum toxoid vaccine
        im\tmuscle percutaneous
        intramuscular\tmuscle percutaneous
        """
}
