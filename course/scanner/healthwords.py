"""Health words by family rather than by phrase: medicines by their stems and doses, test values, specialists,
compounds of addiction, disorder and clinic, senses, pregnancy, and being unwell in first and third person."""

from __future__ import annotations

# Medicines by their international stems (INN): "Citalopram", "sertraline", "Metoprolol", "Ibuprofen" ...; a
# medicine is health data only about a person (healthsense needs one in the sentence).
DRUG = (
    r"[a-zäöü]{3,}(?:alopram|oxetine?|tralin|traline|faxin|faxine|azepam|azolam|olol|sartan|statin|prazole?"
    r"|cillin|mycin|cyclin|cycline|floxacin|triptan|gliptin|gliflozin|xaban|parin|farin|coumon|semid|thiazide?|profen"
    r"|fenac|codone?|morphon|tidine?|lukast|sonide?|methason|thyrox\w*|formin|peridon|quetiapin\w*"
    r"|zapine?|lamotrigin\w*|setron|dronat|dronate|peridol)"
    r"|insulin\w*|metformin|paracetamol|cortison\w*|kortison\w*|ritalin|methylphenidat\w*|lithium|opioid\w*"
)
# Values of a test or a lab: "Leberwerte", "Blutzuckerwert", "blood results", "iron levels", "bloods".
_ORGAN = r"(?:leber|nieren|blut|blutzucker|zucker|schilddrüsen|labor|entzündungs|cholesterin|eisen|hb|tsh|psa|hba1c)"
VALUES_DE = rf"{_ORGAN}(?:wert|werte|werten|werts|befund\w*)|hba1c(?:-wert\w*)?|(?:mein|sein|ihr)\w* labor(?:werte)?"
VALUES_EN = (
    r"(?:blood|liver|kidney|thyroid|iron|cholesterol|blood sugar|sugar|glucose|psa|hba1c) (?:levels?|results?|counts?"
    r"|tests?|work|panel)|(?:his|her|my|their) bloods|bloods (?:came|come|are|were)|hba1c"
)
# A specialist the person goes to: "bei meiner Psychotherapeutin", "zur Hebamme", "saw her oncologist"; a job
# title alone ("arbeitet als Physiotherapeut", "we're hiring an oncologist") is no health fact.
SPECIALIST_DE = (
    r"(?:bei|beim|zur|zum|von|vom) (?:(?:meine[mnr]?|seine[mnr]?|ihre[mnr]?|der|dem|einer|einem|die|den) )?"
    r"[a-zäöü]*(?:therapeut(?:in|en)?|hebamme|heilpraktiker(?:in)?|psycholog(?:e|in|en)|psychiater(?:in)?"
    r"|olog(?:e|in|en))"
)
SPECIALIST_EN = (
    r"(?:saw|see|seeing|sees|visit\w*|appointment with|referred to|with|to) (?:(?:a|an|the|my|her|his|their) )?"
    r"(?:[a-z]+ologist|[a-z]*therapist|psychiatrist|midwife|surgeon)(?:'s)?"
    r"|(?:my|his|her|their) (?:[a-z]+ologist|[a-z]*therapist|psychiatrist|midwife|surgeon|gp)"
)
# Compounds of addiction, disorder, clinic and stay, withdrawal, injury and the senses.
FAMILIES_DE = (
    r"[a-zäöü]+sucht(?<!sehnsucht)(?<!eifersucht)(?<!selbstsucht)(?<!habsucht)(?<!ehrsucht)(?<!gesucht)"
    r"(?<!besucht)(?<!versucht)(?<!untersucht)(?<!ersucht)(?<!durchsucht)(?<!rachsucht)(?<!streitsucht)"
    r"|[a-zäöü]+süchtig\w*(?<!eifersüchtig)(?<!sehnsüchtig)(?<!selbstsüchtig)(?<!habsüchtig)(?<!rachsüchtig)"
    r"(?<!streitsüchtig)(?<!eifersüchtige)(?<!eifersüchtigen)(?<!eifersüchtiger)"
    r"|(?:angst|panik|zwangs|ess|schlaf|persönlichkeits|belastungs|sprach|seh|hör|durchblutungs|herzrhythmus"
    r"|aufmerksamkeits|entwicklungs|stoffwechsel|schilddrüsen|wahrnehmungs|anpassungs|sprech|gangs|bewegungs"
    r"|gleichgewichts|konzentrations|gedächtnis|orientierungs)störung(?:en)?"
    r"|(?:in |zur |aus |auf )(?:der |einer |die |eine )?[a-zäöü]+(?:klinik|psychiatrie)(?:en)?"
    r"|(?:alkohol|drogen|nikotin|opioid|medikamenten|heroin|kokain)entzug\w*|(?:kalte[rnm]? )?entzug(?:sklinik)?"
    r"|[a-zäöü]*heilbehandlung\w*|[a-zäöü]*embolie\w*|[a-zäöü]*infarkt\w*|[a-zäöü]*(?:früh|fehl|tot)geburt\w*"
    r"|(?:hör|seh)(?:minderung|schwäche|verlust|beeinträchtigung|behinderung|sturz)\w*|schwerhörig\w*"
    r"|sehbehindert\w*|erblindet\w*|ertaubt\w*"
    r"|geburtstermin\w*|entbindung\w*|kaiserschnitt\w*|schwangerschaftswoche\w*|\d+\. ssw|wochenbett\w*"
    r"|alkoholiker(?:in|innen|n|s)?|anonyme\w* alkoholiker\w*|autist(?:in|innen|en)?|autistisch\w*"
    r"|epileptisch\w* anf[aä]ll\w*|anfallsleiden|krampfanfall\w*|infusion(?:en)?"
    r"|(?:sprung|hand|kiefer|becken|schlüsselbein|wirbel|ellbogen|ellenbogen)\w* (?:gebrochen|angebrochen|verstaucht)"
    r"|reagiert\w* allergisch|schwindelanf[aä]ll\w*|übelkeit|erbrechen|atemnot|auf reha|hochschwanger"
)
FAMILIES_EN = (
    r"(?:i'm|i am|am|are|he's|she's|they're|they are|were|felt|feel|feeling|fell|falling|taken|took|was taken|been)"
    r" (?:(?!not |never )\w+ )?(?:sick|ill|unwell)(?! of)"
    r"|(?:first|second|third|1st|2nd|3rd|final) trimester|antenatal|prenatal|postnatal"
    r"|partially sighted|visually impaired|registered blind|blind in|hard of hearing|hearing (?:loss|impaired)"
    r"|(?:his|her|my|their) (?:nervous |mental )?breakdown"
    r"|(?:stroke|cancer|fertility|ivf|pain|memory|sleep|eating disorder|addiction|rehab|cardiac|cardiology|oncology"
    r"|maternity|psychiatric|mental health|detox|dialysis|chemo) (?:ward|unit|clinic|nurse|team|specialist|centre"
    r"|center|appointment|treatment|consultant|referral|assessment|programme|program)"
    r"|root canal|(?:dental|dentist) (?:appointment|surgery|treatment)|wisdom teeth|egg collection|embryo transfer"
    r"|vertigo|dizz(?:y|iness) spells?|nausea|vomiting|flare-?ups?"
    r"|recovering (?:alcoholic|addict)|detox|overdosed?|seizure|wheelchair user"
    r"|(?:peanut|nut|gluten|lactose|penicillin|bee|latex|shellfish) allerg\w+|epipen"
)
# Everyday words for examinations, symptoms, aids, stays and recovery that people write about themselves or others.
VOCAB_EN = (
    r"menopaus\w*|pcos|hrt|post-?partum|c-section|x-rays?|ultrasound|ecg|ekg|inhaler|stitches|sprain(?:ed|s)?"
    r"|strep throat|uti|(?:is|am|i'm|feeling|felt|was|been|looks?) poorly|under the weather|laid up|bedridden"
    r"|bed-bound|self-isolating|isolating with"
    r"|quarantin\w*|neurodivergent|(?:a|his|her|my) (?:stammer|stutter)|stammer(?:s|ed|ing)|low vision"
    r"|colou?r[- ]?blind|service dog"
    r"|guide dog|(?:serious|pre-existing|long-term|chronic) (?:health )?condition(?! of)|outpatients?|inpatients?|a&e"
    r"|urgent care|post-op\w*|anaesthe\w+|anesthe\w+|radiotherapy|radiation (?:therapy|treatment)"
    r"|aa meetings?|12-step|methadone|rehab|hospice|palliative\w*|terminally ill|life support|intensive care"
    r"|icu|coma|resuscitat\w+|catheter|colostomy|stoma|dialysis|chemo\w*|immunocompromised|immunosuppress\w*"
)
# Conditions by their medical word endings and names, body parts with what happened to them, appointments and
# access needs (English): "neuropathy", "myeloma", "knee operation", "GP appointment", "wheelchair assistance".
CONDITIONS_EN = (
    r"[a-z]+opathy(?<!sympathy)(?<!homeopathy)(?<!naturopathy)(?<!telepathy)|[a-z]*plegia|[a-z]*dystrophy"
    r"|[a-z]*(?:carcin|sarc|myel|mesotheli|lymph|melan|glauc|gli|blast|aden|fibr|angi|neur)oma"
    r"|[a-z]+otomy(?<!dichotomy)|[a-z]+oplasty|(?:echocardio|angio|electrocardio|mammo)grams?"
    r"|copd|sleep apn(?:o)?ea|lupus|ibs|cataracts?|hypo(?:thyroid|glycaem|glycem)\w*|hyper(?:thyroid|tension)\w*"
    r"|atrial fibrillation|a-?fib|arrhythmia|sickle cell|ha?emophilia|cystic fibrosis|me/cfs|tourette'?s?"
    r"|spina bifida|asperger'?s?|substance misuse|obes(?:e|ity)|hepatitis \w|smoker|tobacco user"
    r"|(?:knee|hip|back|shoulder|neck|wrist|ankle|foot|eye|ear|heart|lung|kidney|liver|bowel|stomach|spine|spinal"
    r"|jaw|tooth|teeth|elbow|leg|arm|bladder|thyroid|prostate|breast) (?:operation|surgery|replacement|injury|pain"
    r"|failure|problems?|issues?|condition|trouble|fracture|infection|transplant|scan|x-ray|procedure|removal)"
    r"|(?:doctor'?s?|gp|dentist'?s?|dental|hospital|clinic|specialist|physio|therapy|counsell?ing|medical|antenatal"
    r"|scan|check-up|follow-up|outpatient|consultant|eye|hearing|blood test) appointments?"
    r"|reasonable adjustments?|(?:ada|disability) accommodations?|sign language interpreter|(?:bsl|asl) interpreter"
    r"|hearing loop|induction loop|limited mobility|mobility (?:scooter|aid|issues|problems)"
    r"|walking (?:stick|frame|aid)|rollator|reduced mobility"
    r"|wheelchair assistance|wch[rsc]|fit to fly|oxygen concentrator"
)
# Being unwell in plain words, and a sick-note value in a log or a record ('type="sickness"', "reason: sick").
UNWELL_EN = (
    r"not feeling (?:well|great|good|the best|100 ?%)|feeling (?:rough|awful|terrible|dreadful|rubbish|lousy|grotty"
    r"|sick|poorly|unwell|ill)|(?:came|coming|come|comes) down with|throwing up|(?:been|being) sick"
    r"|(?:running|got|has|had|have|with) a (?:high )?temperature|high temperature"
    r"|sore throat"
    r"|(?:at|to) the (?:doctor'?s|doctors|hospital|dentist|gp|er|clinic)|(?:at|in|to) a&e"
    r"|(?:morning|motion|travel) sickness"
    r"|(?<=[\"'=:])(?:sick|ill|illness|sickness|medical|injury|maternity|disability|unwell)(?=[\"'\s,;}]|$)"
    r"|sickness(?! (?:absence|benefit|pay|polic\w*|rates?|insurance|reporting|procedure))"
)
UNWELL_DE = (
    r"[a-zäöü]+weh(?<!fernweh)(?<!heimweh)|(?:liegt|liege|lag|lagen|liegen) (?:\w+ )?flach|flachgelegen"
    r"|(?:geht|ging) es (?:mir|ihm|ihr) (?:\w+ )?(?:nicht gut|schlecht|mies|dreckig)"
    r"|(?:mir|ihm|ihr) geht'?s (?:\w+ )?(?:nicht gut|schlecht|mies|dreckig)"
    r"|(?:fühlt|fühle|fühlte) (?:sich|mich) (?:\w+ )?(?:nicht gut|schlecht|krank|elend|unwohl)"
    r"|(?:hat|habe|hab|hatte) (?:hohe |erhöhte )?temperatur|erbrochen"
    r"|[a-zäöü]*arzttermin\w*|(?:noch|weiterhin|immer noch|länger|schon wieder|wieder|derzeit|aktuell|gerade|leider)"
    r" krank(?![\w-])"
)
VOCAB_DE = (
    r"wechseljahr\w*|menopause|ultraschall(?:untersuchung|termin)?|röntgen\w*|ekg|inhalator\w*|asthmaspray"
    r"|fäden gezogen"
    r"|angina|bettlägerig\w*|in quarantäne|neurodivers\w*|stotter\w*|farbenblind\w*"
    r"|assistenzhund\w*|blindenhund\w*|notaufnahme|(?:stationär|ambulant) (?:aufgenommen|behandelt|operiert)"
    r"|narkose|selbsthilfegruppe\w*|methadon\w*|hospiz\w*|palliativ\w*"
    r"|intensivstation|koma|künstliche\w* koma|stoma|katheter\w*|immunsupprimiert\w*|immunschwäche\w*"
    r"|zahn(?:op|-op|extraktion|behandlung|entzündung)\w*|wurzelbehandlung\w*|weisheitsz[aä]hn\w*"
)
# Organs failing, aids worn, medicine classes and fainting, as families: "Niereninsuffizienz", "Herzkatheter",
# "Rot-Grün-Schwäche", "Mutter-Kind-Kur", "Blutverdünner", "Betablocker", "neck brace", "fainted", "ulcer".
ORGANS_AIDS = (
    r"[a-zäöü]*insuffizienz|[a-zäöü]*katheter\w*|lese-?rechtschreib-?schwäche|(?:herz|seh|hör|immun"
    r"|blasen|muskel|nieren|lese|rechtschreib"
    r"|rot-grün|farb|konzentrations|gedächtnis)-?schwäche|mutter-kind-kur|[a-zäöü]+-kur(?![\w-])|kneippkur"
    r"|blutverdünner\w*|[a-zäöü]*(?:druck|cholesterin|fieber|zucker)senker\w*|(?:beta|säure|calcium|kalzium)-?blocker"
    r"|(?:ace|protonenpumpen|cox|mao|gerinnungs)-?hemmer|orthese\w*|halskrause|armschlinge|gehhilfe\w*"
    r"|stützstr[uü]mpf\w*|fainted|blacked out|ulcers?|[a-zäöü]+therapie\w*|[a-zäöü]*(?:schnupfen|husten|fieber)"
    r"|detached retina|retinal (?:detachment|tear|surgery)|(?:neck|knee|back|wrist|ankle) brace|arm sling|splint"
    r"|beta[- ]blockers?|statins|steroids|antihistamines"
)
# Everyday English about being unwell or cared for: "my son's sick", "I'm not well", "had a fall", "a serious
# health condition" (FMLA), "disabled dependant", "repeat prescription", "smear test".
EVERYDAY_EN = (
    r"(?!(?:it|that|this|what|there|here|who)['’]s )[a-z]+['’]s (?:(?!not |never )\w+ )?(?:sick|ill|unwell|poorly)"
    r"|(?:i'm|i am|he's|she's|he is|she is|they're|they are) not (?:very |feeling )?well"
    r"|(?:had|has|have|suffered) a (?:bad |nasty |minor |serious )?fall|serious (?:health |medical )?condition(?! of)"
    r"|disabled (?:dependant|dependent|child|son|daughter|spouse|partner|parent|mother|father|husband|wife)"
    r"|(?:repeat )?prescriptions?|prescribed|smear test|cervical screening"
)
ALL = "|".join(
    (DRUG, VALUES_DE, VALUES_EN, SPECIALIST_DE, SPECIALIST_EN, FAMILIES_DE, FAMILIES_EN, CONDITIONS_EN, UNWELL_EN)
    + (UNWELL_DE, VOCAB_EN, VOCAB_DE, ORGANS_AIDS, EVERYDAY_EN)
)
# Words that start (or are) the core of a term above: the word loop tries the patterns only near them. Words
# common in business text (appointment, results, issue, type, gut) are no core: a term is found by a rarer word.
HEADS = tuple(
    "insulin metformin paracetamol cortison kortison ritalin methylphenid lithium opioid hba1c bloods liver kidney "
    "thyroid iron glucose cholesterol hebamme heilprakt psycholog psychiater entzug schwerhör sehbehind erblind "
    "ertaubt geburtst entbind kaiserschn schwangerschaftsw wochenbett alkoholiker autist epilept anfallsl krampfanf "
    "infusion schwindelanf übelkeit erbrechen atemnot hochschw trimester antenatal prenatal postnatal sighted "
    "visually blind hearing breakdown fertility ivf stroke cancer rehab cardiac cardiology oncology maternity "
    "psychiatric detox dialysis chemo canal dental wisdom egg embryo vertigo dizz nausea vomiting flare "
    "recovering overdos seizure wheelchair peanut gluten lactose penicillin latex shellfish epipen midwife surgeon "
    "psychiatrist menopaus pcos hrt postpartum post-partum c-section x-ray ultrasound ecg ekg inhaler stitches "
    "sprain strep uti poorly weather laid bedridden bed-bound self-isolating isolating quarantin "
    "neurodivergent stammer stutter vision colour-blind color-blind colourblind colorblind dog pre-existing chronic "
    "outpatient inpatient a&e post-op anaesthe anesthe radiotherapy radiation "
    "aa 12-step methadone hospice palliative terminally life intensive icu coma resuscitat catheter colostomy "
    "stoma immunocompromised immunosuppress wechseljahr menopause ultraschall röntgen inhalator asthmaspray "
    "fäden angina bettläger quarantäne neurodivers stotter farbenblind assistenzhund "
    "blindenhund notaufnahme stationär ambulant narkose selbsthilfe methadon hospiz palliativ "
    "intensivstation koma künstlich katheter immunsupp immunschw zahnop zahn-op zahnextraktion zahnbehandlung "
    "zahnentzünd wurzelbehandlung weisheitsz "
    "copd apnoea apnea lupus ibs cataract hypothyroid hypoglyc hyperthyroid hypertension fibrillation afib a-fib "
    "arrhythmia sickle haemophilia hemophilia fibrosis me/cfs tourette spina asperger substance obese obesity "
    "hepatitis smoker tobacco knee hip shoulder neck wrist ankle foot eye ear heart lung kidney liver bowel "
    "stomach spine spinal jaw tooth teeth elbow leg arm bladder prostate breast doctor gp dentist hospital clinic "
    "physio therapy counsel medical antenatal outpatient reasonable ada interpreter induction walking mobility "
    "rollator reduced wheelchair wchr wchs wchc fit concentrator angiogram echocardiogram electrocardiogram "
    "feeling throwing temperature throat sickness sick ill illness injury disability unwell flach flachgelegen "
    "schlecht mies dreckig unwohl elend erbrochen arzttermin zahnarzttermin facharzttermin hausarzttermin "
    "blutverdünner orthese halskrause armschlinge gehhilfe stützstr fainted blacked ulcer ulcers retina retinal "
    "brace sling splint beta statins steroids antihistamines "
    "poorly i'm he's she's they're fall serious disabled prescription prescribed smear cervical "
    "colour color krank reha sprunggel handgel kiefer becken schlüsselb wirbel ellbogen ellenbogen "
    "hörminder sehminder hörschw sehschw hörbeeintr sehbeeintr sehbehinder hörbehinder sehverlust".split()
)
# Endings (4+ letters) of core words above ("Spielsucht", "Lungenembolie", "Citalopram", "Psychotherapeutin").
TAILS = tuple(
    "sucht süchtig süchtige süchtigen süchtiger alopram oxetin oxetine tralin traline faxin faxine azepam azolam "
    "farin coumon olol sartan statin prazol prazole cillin mycin cyclin cycline floxacin triptan gliptin "
    "gliflozin xaban parin "
    "semid thiazid thiazide profen fenac codon codone morphon tidin tidine lukast sonid sonide methason formin "
    "peridol peridon zapin zapine setron dronat dronate embolie embolien infarkt infarkte heilbehandlung geburt "
    "werte werten befund befunde therapeut therapeutin therapeuten ologe ologin ologen ologist "
    "ologists therapist therapists klinik kliniken psychiatrie insuffizienz katheter schwäche -kur senker blocker "
    "hemmer opathy plegia dystrophy otomy oplasty noma coma loma ioma roma homa fweh sweh nweh hweh entzug störung "
    "therapie therapien schnupfen husten fieber "
    "störungen".split()
)
