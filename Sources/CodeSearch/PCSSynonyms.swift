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
        cystoscopy\tvia natural or artificial opening endoscopic bladder
        cystoscopic\tvia natural or artificial opening endoscopic bladder
        ureteroscopy\tvia natural or artificial opening endoscopic ureter
        bronchoscopy\tvia natural or artificial opening endoscopic bronchus
        bronchoscopic\tvia natural or artificial opening endoscopic bronchus
        colonoscopy\tvia natural or artificial opening endoscopic colon
        colonoscopic\tvia natural or artificial opening endoscopic colon
        sigmoidoscopy\tvia natural or artificial opening endoscopic sigmoid colon
        egd\tesophagogastroduodenoscopy via natural or artificial opening endoscopic
        esophagogastroduodenoscopy\tvia natural or artificial opening endoscopic
        upper endoscopy\tesophagogastroduodenoscopy
        ercp\tendoscopic retrograde cholangiopancreatography via natural or artificial opening endoscopic
        hysteroscopy\tvia natural or artificial opening endoscopic uterus
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
        left heart cath\tcardiac catheterization left heart
        right heart cath\tcardiac catheterization right heart
        lhc\tcardiac catheterization left heart
        rhc\tcardiac catheterization right heart
        swan ganz\tpulmonary artery catheter monitoring
        tee\ttransesophageal echocardiography ultrasonography heart
        tte\ttransthoracic echocardiography ultrasonography heart
        echo\techocardiography ultrasonography heart
        cardioversion\tcardioversion restoration cardiac rhythm
        defibrillation\trestoration cardiac rhythm
        pacemaker\tpacemaker insertion
        icd implant\tdefibrillator generator insertion
        aicd\tdefibrillator generator insertion
        tavr\ttranscatheter aortic valve replacement aortic valve percutaneous zooplastic
        tavi\ttranscatheter aortic valve replacement aortic valve percutaneous zooplastic
        av fistula\tarteriovenous fistula bypass
        avf\tarteriovenous fistula bypass
        central line\tinsertion infusion device vein percutaneous
        picc\tperipherally inserted central catheter insertion infusion device vein percutaneous
        port\tvascular access device totally implantable
        art line\tarterial line monitoring device
        ecmo\textracorporeal membrane oxygenation
        iabp\tintra aortic balloon pump assistance
        cpr\tcardiopulmonary resuscitation
        evar\tendovascular aortic repair abdominal aorta intraluminal device percutaneous
        tevar\tthoracic endovascular aortic repair thoracic aorta intraluminal device percutaneous
        # respiratory and airway
        intubation\tintubation airway insertion trachea endotracheal airway via natural or artificial opening
        intubated\tintubation airway insertion trachea endotracheal airway via natural or artificial opening
        ett\tendotracheal airway trachea
        endotracheal tube\tendotracheal airway trachea insertion
        mechanical ventilation\tperformance respiratory ventilation
        ventilator\tperformance respiratory ventilation
        bipap\tassistance respiratory ventilation intermittent positive airway pressure
        cpap\tassistance respiratory ventilation continuous positive airway pressure
        trach\ttracheostomy
        bal\tbronchoalveolar lavage drainage diagnostic
        thoracentesis\tdrainage pleural cavity percutaneous
        chest tube\tdrainage device pleural cavity drainage
        tube placement\tdrainage device drainage
        catheter placement\tdrainage device
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
        paracentesis\tdrainage peritoneal cavity percutaneous
        hernia repair\trepair hernia
        inguinal hernia\tinguinal region
        mesh\tsynthetic substitute supplement
        colectomy\tresection large intestine
        hemicolectomy\tresection large intestine
        # musculoskeletal
        tka\ttotal knee arthroplasty replacement knee joint
        tkr\ttotal knee arthroplasty replacement knee joint
        knee replacement\treplacement knee joint
        tha\ttotal hip arthroplasty replacement hip joint
        thr\ttotal hip arthroplasty replacement hip joint
        hip replacement\treplacement hip joint
        hemiarthroplasty\treplacement hip joint
        orif\topen reduction internal fixation reposition internal fixation device open
        reduction\treposition
        internal fixation\tinternal fixation device
        im nail\tintramedullary internal fixation device
        intramedullary nail\tintramedullary internal fixation device
        acdf\tanterior cervical discectomy fusion cervical vertebral joint interbody fusion device
        spinal fusion\tfusion vertebral joint
        laminectomy\texcision release
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
        cesarean\tcesarean section extraction products conception
        c/s\tcesarean section extraction products conception
        svd\tvaginal delivery
        nsvd\tvaginal delivery
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
        epidural\tintroduction anesthetic spinal canal
        lumbar puncture\tdrainage spinal canal percutaneous diagnostic
        lp\tlumbar puncture drainage spinal canal percutaneous diagnostic
        spinal tap\tdrainage spinal canal percutaneous diagnostic
        ect\telectroconvulsive therapy
        pitocin\tinduction oxytocic introduction hormone
        oxytocin\tintroduction hormone
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
        hemorrhoidectomy\texcision hemorrhoidal plexus
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
        # root operations as clinicians say them
        placement\tinsertion device
        placed\tinsertion device
        inserted\tinsertion device
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
        carotid\tcommon carotid artery
        lumbar\tlumbar vertebral
        cervical\tcervical vertebral
        thoracic\tthoracic vertebral
        l1\tlumbar vertebra
        l2\tlumbar vertebra
        l3\tlumbar vertebra
        l4\tlumbar vertebra
        l5\tlumbar vertebra
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
        """
}
