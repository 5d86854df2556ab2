/// The project's curated abbreviations and synonyms that coders type, one entry a line:
/// `term<TAB>expansion[|expansion…]`. Lower case ASCII. An expansion is a phrase whose words are searched instead of (or as well as) the term.
/// Sources: common clinical usage (e.g. the Joint Commission / ISMP lists of abbreviations, standard coding references); written for this project.
let curatedSynonymsTSV = """
chf\tcongestive heart failure|heart failure
hf\theart failure
hfref\theart failure with reduced ejection fraction|systolic heart failure
hfpef\theart failure with preserved ejection fraction|diastolic heart failure
mi\tmyocardial infarction
ami\tacute myocardial infarction
stemi\tstemi|st elevation myocardial infarction
nstemi\tnstemi|non-st elevation myocardial infarction
acs\tacute coronary syndrome|acute ischemic heart disease
cad\tcoronary artery disease|atherosclerotic heart disease|coronary atherosclerosis
ashd\tatherosclerotic heart disease
afib\tatrial fibrillation
a-fib\tatrial fibrillation
a fib\tatrial fibrillation
af\tatrial fibrillation
aflutter\tatrial flutter
vfib\tventricular fibrillation
vtach\tventricular tachycardia
vt\tventricular tachycardia
svt\tsupraventricular tachycardia
htn\thypertension
hld\thyperlipidemia
pvd\tperipheral vascular disease|posterior vitreous detachment
pad\tpad|peripheral arterial disease|peripheral artery disease|peripheral vascular disease
dvt\tdeep vein thrombosis|deep venous thrombosis|thrombosis of deep veins
vte\tvenous thromboembolism|venous thrombosis|venous embolism
pe\tpulmonary embolism
aaa\tabdominal aortic aneurysm
mr\tmitral regurgitation|mitral insufficiency
ms\tmultiple sclerosis|mitral stenosis
asd\tatrial septal defect|autism spectrum disorder
vsd\tventricular septal defect
pfo\tpatent foramen ovale
pda\tpatent ductus arteriosus
tof\ttetralogy of fallot
hcm\thypertrophic cardiomyopathy
dcm\tdilated cardiomyopathy
cvd\tcardiovascular disease|cerebrovascular disease
pots\tpots|postural orthostatic tachycardia syndrome
lad\tleft anterior descending coronary artery|lymphadenopathy
cabg\tcoronary artery bypass graft|bypass coronary artery
ptca\tpercutaneous transluminal coronary angioplasty|dilation coronary artery
pci\tpercutaneous coronary intervention|dilation coronary artery
cath\tcatheterization|catheter
tavr\ttranscatheter aortic valve replacement|replacement aortic valve percutaneous
avr\taortic valve replacement|replacement aortic valve
aicd\tautomatic implantable cardioverter defibrillator|defibrillator
cpr\tcardiopulmonary resuscitation
ecmo\tecmo|extracorporeal membrane oxygenation|extracorporeal oxygenation membrane
ekg\tekg|electrocardiogram|cardiac electrical activity
ecg\tecg|electrocardiogram|cardiac electrical activity
echo\techocardiogram|ultrasonography of heart
tee\ttransesophageal echocardiogram|ultrasonography heart transesophageal
heart attack\tmyocardial infarction
stroke\tstroke|cerebral infarction|cerebrovascular accident
mini stroke\ttransient ischemic attack
high blood pressure\thypertension
low blood pressure\thypotension
blood clot\tthrombosis|embolism
copd\tchronic obstructive pulmonary disease
aecopd\tacute exacerbation of chronic obstructive pulmonary disease|chronic obstructive pulmonary disease with exacerbation
ards\tacute respiratory distress syndrome
osa\tobstructive sleep apnea
uri\tupper respiratory infection|acute upper respiratory infection
cap\tcommunity acquired pneumonia|pneumonia
hap\thospital acquired pneumonia|pneumonia
vap\tventilator associated pneumonia
pna\tpneumonia
ptx\tpneumothorax
ild\tinterstitial lung disease|interstitial pulmonary disease
rad\treactive airway disease|asthma
cf\tcf|cystic fibrosis
rsv\trsv|respiratory syncytial virus
bpd\tbronchopulmonary dysplasia|borderline personality disorder
doe\tdyspnea on exertion|dyspnea
sob\tshortness of breath|dyspnea
flu\tinfluenza
covid\tcovid|covid-19
sars-cov-2\tsars-cov-2|covid-19
strep\tstreptococcal|streptococcus
staph\tstaphylococcal|staphylococcus
sore throat\tpharyngitis|pain in throat
hay fever\tallergic rhinitis|pollinosis
nosebleed\tepistaxis
trach\ttracheostomy
mechanical ventilation\trespiratory ventilation|assistance with respiratory ventilation
ckd\tckd|chronic kidney disease
ckd3a\tchronic kidney disease stage 3a
aki\tacute kidney injury|acute kidney failure
arf\tacute renal failure|acute kidney failure|acute respiratory failure|acute rheumatic fever
crf\tchronic renal failure|chronic kidney disease
esrd\tend stage renal disease
uti\turinary tract infection
bph\tbenign prostatic hyperplasia
luts\tlower urinary tract symptoms
hd\themodialysis|huntington's disease
pd\tpd|peritoneal dialysis|parkinson's disease
ed\terectile dysfunction|emergency department
kidney stone\tcalculus of kidney|nephrolithiasis
kidney stones\tcalculus of kidney|nephrolithiasis
stone\tstone|calculus
stones\tcalculus
turp\ttransurethral resection of prostate|resection of prostate endoscopic
foley\tindwelling urinary catheter|drainage of bladder with drainage device
dm\tdiabetes mellitus
dm1\ttype 1 diabetes mellitus
t1dm\ttype 1 diabetes mellitus
dm2\ttype 2 diabetes mellitus
dmii\ttype 2 diabetes mellitus
t2dm\ttype 2 diabetes mellitus
iddm\tinsulin dependent diabetes mellitus|type 1 diabetes mellitus
niddm\tnon-insulin dependent diabetes mellitus|type 2 diabetes mellitus
dka\tdiabetic ketoacidosis|diabetes mellitus with ketoacidosis
hhs\thyperosmolar hyperglycemic state|diabetes mellitus with hyperosmolarity
hypothyroid\thypothyroidism
hyperthyroid\thyperthyroidism|thyrotoxicosis
pcos\tpolycystic ovarian syndrome|polycystic ovary syndrome
siadh\tsyndrome of inappropriate antidiuretic hormone|syndrome of inappropriate secretion of antidiuretic hormone
low blood sugar\thypoglycemia
high blood sugar\thyperglycemia
high cholesterol\thypercholesterolemia|hyperlipidemia
bmi\tbmi|body mass index
gerd\tgastroesophageal reflux disease|gastro-esophageal reflux disease
gi\tgi|gastrointestinal
gi bleed\tgastrointestinal hemorrhage|gastrointestinal bleeding
ibd\tinflammatory bowel disease|crohn's disease|ulcerative colitis
ibs\tirritable bowel syndrome
sbo\tsmall bowel obstruction|intestinal obstruction
nash\tnash|nonalcoholic steatohepatitis
nafld\tnonalcoholic fatty liver disease|fatty liver
pud\tpeptic ulcer disease|peptic ulcer
c diff\tclostridium difficile|clostridioides difficile
cdiff\tclostridium difficile|clostridioides difficile
h pylori\thelicobacter pylori
hep b\thepatitis b
hep c\thepatitis c
hbv\thepatitis b virus|hepatitis b
hcv\thepatitis c virus|hepatitis c
n/v\tnausea vomiting|nausea with vomiting
abd\tabdominal|abdomen
ruq\tright upper quadrant
luq\tleft upper quadrant
rlq\tright lower quadrant
llq\tleft lower quadrant
egd\tesophagogastroduodenoscopy|inspection upper intestinal tract endoscopic|upper intestinal tract endoscopic
ercp\tendoscopic retrograde cholangiopancreatography
peg\tpercutaneous endoscopic gastrostomy|feeding device stomach percutaneous endoscopic
appy\tappendectomy
chole\tcholecystectomy
belly\tbelly|abdominal|abdomen
reflux\treflux|gastroesophageal reflux|gastro-esophageal reflux
gallstone\tgallstone|calculus of gallbladder|cholelithiasis
gallstones\tcalculus of gallbladder|cholelithiasis
bowel\tbowel|intestine|intestinal
cva\tcerebrovascular accident|cerebral infarction|stroke
tia\ttia|transient ischemic attack|transient cerebral ischemic attack
als\tamyotrophic lateral sclerosis
sah\tsubarachnoid hemorrhage
sdh\tsubdural hemorrhage|subdural hematoma
tbi\ttraumatic brain injury|intracranial injury
gbs\tgbs|guillain-barre syndrome|group b streptococcus
ha\theadache
lp\tlumbar puncture|drainage of spinal canal percutaneous
fainting\tsyncope
mdd\tmajor depressive disorder
gad\tgeneralized anxiety disorder
ptsd\tptsd|post-traumatic stress disorder|posttraumatic stress disorder
adhd\tattention-deficit hyperactivity disorder|attention deficit hyperactivity disorder
ocd\tobsessive-compulsive disorder|obsessive compulsive disorder
etoh\talcohol|ethanol
aud\talcohol use disorder|alcohol dependence|alcohol abuse
oud\topioid use disorder|opioid dependence|opioid abuse
ams\taltered mental status
alcoholism\talcoholism|alcohol dependence
smoker\ttobacco use|nicotine dependence
overdose\toverdose|poisoning
od\toverdose|poisoning|right eye
hiv\thiv|human immunodeficiency virus|hiv disease
aids\taids|acquired immunodeficiency syndrome|hiv disease
mrsa\tmethicillin resistant staphylococcus aureus
vre\tvancomycin resistant enterococcus|resistance to vancomycin
esbl\tesbl|extended spectrum beta lactamase
tb\ttuberculosis
hpv\thpv|human papillomavirus|papillomavirus
hsv\therpes simplex virus|herpesviral
mono\tinfectious mononucleosis
e coli\tescherichia coli
sirs\tsirs|systemic inflammatory response syndrome
shingles\tzoster|herpes zoster
chickenpox\tchickenpox|varicella
fx\tfracture
lac\tlaceration
fb\tforeign body
gsw\tgunshot wound|firearm discharge
mvc\tmotor vehicle collision|traffic accident
mva\tmotor vehicle accident|traffic accident
broken\tbroken|fracture
hip fracture\tfracture of neck of femur
bruise\tcontusion
init\tinitial encounter
subs\tsubsequent encounter
seq\tsequela
lt\tleft
rt\tright
bil\tbilateral
bilat\tbilateral
lle\tleft lower extremity|left lower limb|left leg
rle\tright lower extremity|right lower limb|right leg
lue\tleft upper extremity|left upper limb|left arm
rue\tright upper extremity|right upper limb|right arm
oa\tosteoarthritis
ra\trheumatoid arthritis|right atrium
djd\tdegenerative joint disease|osteoarthritis
ddd\tdegenerative disc disease|intervertebral disc degeneration
lbp\tlow back pain
lumbago\tlumbago|low back pain
sle\tsle|systemic lupus erythematosus
psa\tpsa|prostate specific antigen|psoriatic arthritis
frozen shoulder\tadhesive capsulitis
tennis elbow\tlateral epicondylitis
clubfoot\tclubfoot|talipes equinovarus
bcc\tbasal cell carcinoma
scc\tsquamous cell carcinoma
dfu\tdiabetic foot ulcer
decubitus\tpressure ulcer
bedsore\tpressure ulcer
i&d\tincision and drainage|drainage
hives\turticaria
amd\tage-related macular degeneration
poag\tprimary open-angle glaucoma
pink eye\tconjunctivitis
bppv\tbenign paroxysmal positional vertigo|benign paroxysmal vertigo
itp\timmune thrombocytopenic purpura|idiopathic thrombocytopenic purpura
cll\tchronic lymphocytic leukemia
ca\tca|cancer|carcinoma|malignant neoplasm
cancer\tcancer|malignant neoplasm|carcinoma
mets\tmetastasis|metastatic|secondary malignant neoplasm
tumor\ttumor|neoplasm
tumour\ttumor|neoplasm
chemo\tchemotherapy|antineoplastic chemotherapy
g1p0\tprimigravida|first pregnancy
g1\tprimigravida|first pregnancy
ama\tadvanced maternal age|elderly primigravida|elderly multigravida|against medical advice
iugr\tintrauterine growth restriction|poor fetal growth|fetal growth restriction
pprom\tpreterm premature rupture of membranes
prom\tpremature rupture of membranes
gdm\tgestational diabetes mellitus
c/s\tcesarean section|cesarean delivery
c-section\tcesarean section|cesarean delivery
cesarean\tcesarean|extraction of products of conception|cesarean delivery
miscarriage\tspontaneous abortion
ttn\ttransient tachypnea of newborn
nas\tneonatal abstinence syndrome|neonatal withdrawal symptoms
nec\tnec|necrotizing enterocolitis|not elsewhere classified
s/p\tstatus post|status|presence of|acquired absence of|history of
h/o\thistory of|personal history of
hx\thistory
fh\tfamily history
r/o\trule out
w/\twith
w/o\twithout
cp\tchest pain|cerebral palsy
loc\tloss of consciousness
dnr\tdo not resuscitate
flu shot\tinfluenza immunization|encounter for immunization
kidney\tkidney|renal
renal\trenal|kidney
liver\tliver|hepatic
hepatic\thepatic|liver
lung\tlung|pulmonary
pulmonary\tpulmonary|lung
stomach\tstomach|gastric
gastric\tgastric|stomach
brain\tbrain|cerebral
cerebral\tcerebral|brain
skin\tskin|cutaneous
cutaneous\tcutaneous|skin
heart\theart|cardiac
cardiac\tcardiac|heart
anaemia\tanemia
haemorrhage\themorrhage
bleeding\tbleeding|hemorrhage
bleed\themorrhage
oedema\tedema
diarrhoea\tdiarrhea
oesophagus\tesophagus
lap\tlap|laparoscopic|percutaneous endoscopic
laparoscopic\tlaparoscopic|percutaneous endoscopic
perc\tpercutaneous
exc\texcision
ex lap\texploratory laparotomy|inspection of peritoneal cavity open
lap chole\tlaparoscopic cholecystectomy|resection of gallbladder percutaneous endoscopic
lap appy\tlaparoscopic appendectomy|resection of appendix percutaneous endoscopic
tah\ttotal abdominal hysterectomy|resection of uterus open
bso\tbilateral salpingo-oophorectomy|resection of bilateral ovaries|resection of bilateral fallopian tubes
tvh\ttotal vaginal hysterectomy|resection of uterus via natural or artificial opening
d&c\tdilation and curettage|extraction of endometrium
tka\ttotal knee arthroplasty|total knee replacement|replacement of knee joint
tkr\ttotal knee replacement|replacement of knee joint
tha\ttotal hip arthroplasty|total hip replacement|replacement of hip joint
thr\ttotal hip replacement|replacement of hip joint
orif\topen reduction internal fixation|reposition with internal fixation device open
bka\tbelow knee amputation|detachment at lower leg
aka\tabove knee amputation|detachment at upper leg
picc\tperipherally inserted central catheter|infusion device
prbc\tpacked red blood cells|nonautologous red blood cells
ct\tct|computerized tomography|ct scan
mri\tmri|magnetic resonance imaging
x-ray\tplain radiography
ultrasound\tultrasound|ultrasonography
biopsy\texcision diagnostic|diagnostic
stent\tstent|intraluminal device
angioplasty\tangioplasty|dilation
mesh\tmesh|synthetic substitute
amputation\tamputation|detachment
lysis of adhesions\trelease
debridement\texcision|extraction
ablation\tablation|destruction
lithotripsy\tfragmentation
thrombectomy\textirpation of matter
embolectomy\textirpation of matter
endarterectomy\textirpation of matter
ligation\tligation|occlusion
arthroplasty\treplacement
appendectomy\tresection of appendix
cholecystectomy\tcholecystectomy|resection of gallbladder
hysterectomy\thysterectomy|resection of uterus
oophorectomy\tresection of ovary
salpingectomy\tresection of fallopian tube
nephrectomy\tresection of kidney
splenectomy\tresection of spleen
thyroidectomy\tresection of thyroid gland
mastectomy\tmastectomy|resection of breast
lumpectomy\texcision of breast
prostatectomy\tprostatectomy|resection of prostate
colectomy\tresection of large intestine|resection of colon
gastrectomy\tresection of stomach|excision of stomach
tonsillectomy\tresection of tonsils
adenoidectomy\tresection of adenoids
cystectomy\tcystectomy|resection of bladder
meniscectomy\texcision of knee joint
circumcision\tcircumcision|resection of prepuce
thoracentesis\tdrainage of pleural cavity percutaneous
paracentesis\tdrainage of peritoneal cavity percutaneous
lumbar puncture\tlumbar puncture|drainage of spinal canal percutaneous
tracheostomy\ttracheostomy|bypass trachea to cutaneous
gastrostomy\tgastrostomy|bypass stomach to cutaneous|feeding device stomach
colonoscopy\tinspection of lower intestinal tract endoscopic|lower intestinal tract endoscopic
cystoscopy\tinspection of bladder endoscopic|bladder endoscopic
bronchoscopy\tinspection of tracheobronchial tree endoscopic
episiotomy\tdivision of female perineum
hemodialysis\themodialysis|urinary filtration
dialysis\tdialysis|hemodialysis|urinary filtration
cold sore\therpesviral vesicular dermatitis|herpes labialis
strep throat\tstreptococcal pharyngitis
thrush\tcandidiasis|candidal stomatitis
fibroids\tleiomyoma of uterus|uterine leiomyoma
fibroid\tleiomyoma of uterus|uterine leiomyoma
metastases\tmetastasis|secondary malignant neoplasm
adenoma\tbenign neoplasm
former smoker\tpersonal history of nicotine dependence|history of tobacco use
well child\troutine child health examination
knee replacement\tartificial knee joint|replacement of knee joint
hip replacement\tartificial hip joint|replacement of hip joint
normal delivery\tfull-term uncomplicated delivery
neonatal abstinence syndrome\tneonatal withdrawal symptoms
seizure\tconvulsions|seizure
seizures\tconvulsions|seizures
evali\te-cigarette or vaping product use associated lung injury|vaping-related disorder
long covid\tpost covid-19 condition
pasc\tpost-acute sequelae of covid-19|post covid-19 condition
gastric bypass\tbypass stomach to jejunum
roux en y\tbypass stomach to jejunum
hernia repair\trepair|supplement
herniorrhaphy\thernia repair|supplement
vaginal delivery\tdelivery of products of conception
intubation\tintubation|insertion of endotracheal airway
packed red blood cells\tnonautologous red blood cells
chest tube\tdrainage device pleural cavity percutaneous
iol\tintraocular lens|synthetic substitute lens
cataract extraction\tcataract extraction|replacement of lens|extraction of lens
cardioversion\trestoration of cardiac rhythm
echocardiogram\tultrasonography of heart
echocardiography\techocardiography|ultrasonography of heart
exploratory laparotomy\tinspection of peritoneal cavity open
sigmoidectomy\tresection of sigmoid colon
hemicolectomy\tresection of right large intestine|resection of left large intestine
polypectomy\texcision
dilation and curettage\textraction of endometrium
lysis\tlysis|release
reduction\treduction|reposition
femoral\tfemoral|femur
femur\tfemur|femoral
colon\tcolon|large intestine
humeral\thumeral|humerus
tibial\ttibial|tibia
fibular\tfibular|fibula
radial\tradial|radius
ulnar\tulnar|ulna
vertebral\tvertebral|vertebra
clavicular\tclavicular|clavicle
splenic\tsplenic|spleen
pancreatic\tpancreatic|pancreas
prostatic\tprostatic|prostate
ovarian\tovarian|ovary
uterine\tuterine|uterus
ocular\tocular|eye
nasal\tnasal|nose
esophageal\tesophageal|esophagus
duodenal\tduodenal|duodenum
rectal\trectal|rectum
aortic\taortic|aorta
bronchial\tbronchial|bronchus
tracheal\ttracheal|trachea
laryngeal\tlaryngeal|larynx
pharyngeal\tpharyngeal|pharynx
mammary\tmammary|breast
pelvic\tpelvic|pelvis
sacral\tsacral|sacrum
patellar\tpatellar|patella
scapular\tscapular|scapula
sternal\tsternal|sternum
intestinal\tintestinal|intestine
neonatal\tneonatal|newborn
newborn\tnewborn|neonatal
neck pain\tcervicalgia|neck pain
wrist\twrist|carpal
coronavirus disease 2019\tcovid-19
heartburn\theartburn|esophageal reflux
diabetes\tdiabetes|diabetes mellitus|type 2 diabetes mellitus
renal failure\trenal failure|kidney failure|kidney disease
kidney failure\tkidney failure|kidney disease
"""
