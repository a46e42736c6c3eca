"""The words of health data (GDPR Art. 9) in German and English: terms, their core words, and forms by ending."""

from __future__ import annotations

import re

from course.scanner import healthwords as _words

# Health words known by their form rather than listed one by one: injuries, syndromes, intolerances, pains,
# phobias, anaemias, removals ("Knieverletzung", "Reizdarmsyndrom", "Laktoseintoleranz", "chickenpox").
BY_FORM = (
    r"[^\W\d_]*verletzung(?:en)?|[^\W\d_]*syndrome?s?|[^\W\d_]+beschwerden|[^\W\d_]*unverträglichkeit(?:en)?"
    r"|[^\W\d_]*pocken|[^\W\d_]+ämie(?<!prämie)|[^\W\d_]+algie|[^\W\d_]+phobie|[^\W\d_]*karzinom\w*|[^\W\d_]+ektomie"
    r"|[^\W\d_]*lähmung\w*|[^\W\d_]+(?<!er)(?<!mit)leiden|[^\W\d_]+krankheit(?:en)?"
    r"|[^\W\d_]*injur(?:y|ies)|[^\W\d_]*deficienc(?:y|ies)|[^\W\d_]*intoleran(?:ce|t)|[^\W\d_]*insufficiency"
    r"|[^\W\d_]+a?emia(?<!academia)(?<!bohemia)|[^\W\d_]+algia(?<!nostalgia)"
    r"|[^\W\d_]+phobia|[^\W\d_]+ectomy|[^\W\d_]*carcinoma|[^\W\d_]*palsy"
    # examinations and pills: "Darmspiegelung", "Koloskopie", "colonoscopy", "Schlaftabletten"
    r"|(?:darm|magen|blasen|gelenk|kehlkopf|lungen)spiegelung(?:en)?|[^\W\d_]*oskopie(?:n)?|[^\W\d_]+oscopy"
    r"|[^\W\d_]+tabletten|[^\W\d_]*gelähmt(?:e[mnrs]?)?"
    # "-iose", "-osis": Endometriose, Skoliose, endometriosis, fibrosis (not diagnosis, prognosis, hypnosis ...)
    r"|[^\W\d_]+iose|[^\W\d_]+osis(?<!diagnosis)(?<!prognosis)(?<!hypnosis)(?<!osmosis)(?<!symbiosis)"
    r"(?<!metamorphosis)(?<!apotheosis)"
)
# Aids, procedures, places of treatment and common illnesses in everyday words.
EVERYDAY = (
    r"(?:herz)?schrittmacher|insulinpumpe|krücken|(?:im|in|einen?) gips|dialyse|transplantation|blinddarm\w*"
    r"|masern|mumps|scharlach|keuchhusten|zöliakie|in (?:der|einer) [a-zäöü]+en (?:klinik|psychiatrie)"
    r"|pacemaker|insulin pump|crutches|in a (?:cast|sling)|dialysis|transplant|appendix|appendicitis"
    r"|(?:having|had|has|getting|got) (?:his|her|my|their) (?:appendix|tonsils|wisdom teeth|gallbladder)"
    r" (?:out|removed)"
    r"|fieber|husten|schnupfen|halsschmerzen|fever|cough(?! up)|sleeping pills|(?:on|taking) (?:the )?pills?"
    r"|biops(?:y|ie)|mammogra\w+|bluttest|blutabnahme|blood tests?|sectioned|zwangseingewiesen|eingewiesen"
    r"|measles|coeliac|celiac|whooping cough|scarlet fever|hay fever|chickenpox|smallpox|monkeypox|melanoma|glaucoma"
    # a visit to a doctor, by the doctor's field: "beim Psychiater", "zum Kardiologen", "saw a psychiatrist"
    r"|(?:beim|zum|vom|zur) (?:[a-zäöü]+)?(?:arzt|ärztin|psychiater\w*|orthopäd\w*|[a-zäöü]+ologe\w*|[a-zäöü]+ologin)"
    r"|(?:saw|see|seeing|sees|visit\w*|appointment with|referred to) (?:a |an |the |my |her |his )?(?:psychiatrist"
    r"|psychologist|therapist|oncologist|cardiologist|neurologist|gp|doctor|dentist|specialist|consultant)"
    r"|burnt out|burned out|ausgebrannt|bestrahlung(?:en)?|blood sugar|blutzucker\w*"
    r"|(?:under|over)active (?:thyroid|bladder)"
)
# On the lower-cased text. Spans may take in the words around a term ("in der Reha", "off sick").
_DE = (
    r"krank(?:geschrieben|gemeldet|geschrieben\w*|schreibung\w*|meldung\w*|enschein\w*|heitsbedingt\w*)"
    r"|(?<=[:|–] )krank(?![\w-])"  # a status in a list: "Horn, Jana: krank (AU bis 7.4.)"
    r"|krank (?:geschrieben|gemeldet)"
    r"|(?:ist|bin|war|sind|wurde|wird|liegt|seit \w+) (?:(?!nicht |nie |kaum |kein\w* )\w+ ){0,3}krank"
    r"(?: (?:geschrieben|gemeldet))?"
    r"|erkrankt\w*|erkrankung\w*"
    r"|positiv (?:auf \w+ )?getestet|(?:auf \w+ )?positiv getestet"  # a test result: "positiv auf Corona getestet"
    r"|arbeitsunfähig\w*(?: erkrankt\w*)?|au-bescheinigung\w*"
    # injuries and the way back to work: "eine Prellung", "in der Wiedereingliederung", "mit AU zu Hause"
    r"|prellung\w*|platzwunde\w*|schürfwunde\w*|schnittwunde\w*|quetschung\w*|stauchung\w*"
    r"|(?:stufenweise\w* )?wiedereingliederung\w*|hamburger modell|mit au(?: zu hause| daheim)?(?![\w-])"
    r"|(?:ärztlich\w* |amtsärztlich\w* )(?:bescheinigung\w*|attest\w*|befund\w*)"
    r"|diagnostiziert\w*|diagnose(?: lautet|:)(?: [^\W\d_][\w-]*)?|mit der diagnose"
    r"|legasthen\w*|dyskalkul\w*|dyslexi\w*|dyspraxi\w*|dyscalcul\w*"
    r"|(?:in |zur |aus der )?(?:der |einer )?reha(?:bilitation|-\w+|klinik)?"
    r"|(?:im |ins |aus dem )(?:krankenhaus|spital|klinikum)|in (?:der |einer )?(?:psychiatrie|klinik)"
    r"|krankenhausaufenthalt\w*"
    r"|(?:in )?(?:psycho|physio|chemo|strahlen|entzugs|sucht|verhaltens|ergo)therapie\w*|(?:in )?therapie"
    r"|in (?:psychotherapeutischer|psychiatrischer|ärztlicher|stationärer|ambulanter|medizinischer) behandlung"
    r"|schwanger\w*|mutterschutz\w*|fehlgeburt|schwerbehindert\w*|schwerbehinderung\w*"
    r"|(?:seh|geh|hör|körper|lern|geistige[rn]? )?behinderung\w*|gdb(?: von)? ?\d{2,3}|rollstuhl\w*|gehörlos\w*"
    r"|diabet\w+(?: (?:typ|type) ?[12]| mellitus)?|zucker(?:krank\w*|krankheit)"
    r"|(?:brust|lungen|haut|darm|prostata|blut)?krebs(?:erkrankung|diagnose)?|tumor\w*"
    r"|leukämie|depression\w*"
    r"|depressiv\w*|burn-?outs?|(?:generalisierte )?angststörung\w*|panikattacke\w*"
    r"|(?:bipolare |essstörung|zwangsstörung)\w*"
    r"|bipolar\w*|psychisch\w* (?:erkrank\w*|problem\w*|belastung\w*)|migräne\w*|asthma\w*|epilep\w+|rheuma\w*"
    r"|arthrose|tinnitus|gürtelrose|long[- ]covid|post[- ]covid|covid(?:-19)?"
    r"|(?:hab|habe|hat|hatte|hatten|haben|mit|an) corona|corona(?:-positiv|infektion|-erkrankung)"
    r"|bandscheibe\w*|herzinfarkt\w*|schlaganfall\w*|hörsturz|multiple[rn]? sklerose|\bms-(?:schub|erkrank\w*)"
    r"|parkinson\w*|morbus \w+|adhs|autis\w+|demenz\w*|alzheimer\w*|alkohol(?:abhängig\w*|sucht|krank\w*|problem\w*)"
    r"|drogen(?:sucht|abhängig\w*)|suchterkrankung|entzugsklinik|hiv(?:-positiv)?|aids"
    r"|(?:chronische[nr]? )?(?:rücken|kopf)schmerzen"
    r"|chronisch\w* (?:krank\w*|schmerz\w*|erkrank\w*)|\w+-ops?\b"
    r"|(?:der|die|eine|einer|seine|seiner|ihre|ihrer|deine|deiner|meine|meiner) operation|operiert|op-termin"
    r"|(?:die|eine|seine|ihre|meine|deine) op(?![\w-])|dement(?:e|er|en|em)?|alkoholiker(?:in)?"
    r"|nach (?:der|seiner|ihrer) op\b"
    r"|beinbruch|knochenbruch|allergie\w*|allergisch\w*|schwangerschaft\w*|fruchtbarkeit\w*|kinderwunsch\w*"
    r"|künstliche befruchtung|pflegegrad ?\d?|pflegebedürftig\w*|(?:sehr |schwer )?pflegebedürftig"
    r"|(?:im |in den |aus dem )?krankenstand\w*|borreliose|thrombose|tuberkulose"
    r"|osteoporose|skoliose|fibromyalgie|psoriasis|schuppenflechte|gehirnerschütterung|ischias\w*|hexenschuss\w*"
    r"|(?:kreuzband|bänder|band|muskelfaser|sehnen|achillessehnen|meniskus)riss\w*|meniskus\w*"
    r"|(?:bein|arm|hand|fuß|fuss|zehen|finger|knöchel|sprunggelenk\w*|handgelenk\w*|hüft|becken|rippen"
    r"|schlüsselbein|wirbel|oberschenkel\w*|unterarm|schienbein)(?:bruch|fraktur)\w*"
    r"|(?:wegen |aufgrund (?:einer |seiner |ihrer )?|nach (?:langer |schwerer )?)?krankheit|(?:auf |zur |in )kur"
    r"|kur(?= (?:in|nach) bad )"
    r"|kuraufenthalt\w*|beschäftigungsverbot\w*"
    r"|erkält\w*|grippe(?:krank\w*)?|(?:grippaler |magen-darm-)?infekt\w*|magen-darm\w*|(?:hat |mit )fieber"
    r"|erwartet (?:ein|ihr (?:erstes|zweites)) (?:kind|baby)|mrt(?:-termin)?"
    r"|(?:hüft|knie|schulter)(?:-?tep|prothese\w*)|antidepressiv\w*|schizophren\w*|psychose\w*|magersucht"
    r"|anorexi\w*|bulimi\w*|suizid\w*|selbstverletz\w*|bluthochdruck|herzinsuffizienz|herzschwäche"
    # aids, medicines and injuries in everyday words (medicines count only about a person: healthsense)
    r"|hörgerät\w*|prothese\w*|schmerzmittel\w*|medikament\w*|tabletten|(?:seine|ihre|meine) psychische gesundheit"
    r"|gebrochen\w* (?:bein|arm|handgelenk|fuß|fuss|knöchel|schlüsselbein|rippe\w*|finger|zeh\w*|nase)"
    r"|(?:(?:den|das|die|ihr\w*|sein\w*|mein\w*) )?(?:bein|arm|handgelenk|fuß|fuss|knöchel|schlüsselbein|rippe\w*"
    r"|finger|zeh\w*|nase|hand|knie|hüfte|schulter) (?:gebrochen|verstaucht|ausgerenkt|ausgekugelt)"
    # common conditions in everyday words
    r"|lymphom\w*|antibiotik\w*|gicht|sepsis|ptbs|entlassungsbrief\w*|hörverlust|schleudertrauma|zerrung"
    r"|lebensmittelvergiftung|krampfanf[aä]ll\w*|drüsenfieber|(?:gallen|nieren)steine?|(?:leisten|nabel)bruch"
    r"|(?:schlaf|persönlichkeits|belastungs|sprach|seh|durchblutungs|herzrhythmus)störung(?:en)?"
    rf"|{EVERYDAY}"
)
_EN = (
    r"(?:signed |been |is |was |went |called in |calling in |phoned in |home )?(?:off|out) sick"
    r"|(?:called|calling|phoned) in sick|(?:on )?long[- ]term sick(?:ness)?(?: leave)?"
    r"|phased return(?: to work)?|(?:out |off )on sick leave|signed off(?: work)?"
    r"|tested positive|unfit (?:for|to) (?:work|duty|(?:\w+ ){0,2}(?:shifts?|duties|driving|travel))"
    r"|(?:is|was|been|feeling|feels|went home|got) (?:(?!not |never )\w+ )?(?:sick|ill|unwell)(?: leave"
    r"| note)?|(?:on |off on )?sick leave|sickness absence"
    r"|sick (?:note|day)s?|fit note|doctor'?s note|medical (?:certificate|note|leave|condition|appointment|records?)"
    r"|(?:hospital )?discharge (?:letter|summary)|disability (?:assessment|benefit\w*|allowance|claim)|illness\w*"
    r"|(?:in |into |from |left |out of )hospital|hospitali[sz]ed|(?:in |into |from )?rehab(?:ilitation)?"
    r"(?: for (?:alcohol|drug|substance|opioid|gambling)? ?(?:dependency|addiction|abuse))?"
    r"|receiving (?:counsell?ing|treatment|therapy)|counsell?ing"
    r"|(?:in |into |having |receiving |undergoing |starting |on |off )?chemo(?:therapy)?"
    r"|(?:in |into |having |receiving |undergoing |starting )?(?:physio|psycho|radio|speech|cognitive behavioural )?"
    r"therapy"
    r"|(?:knee|hip|back|heart|eye|spinal|shoulder|cancer|emergency|major|minor)[ -]surgery"
    r"|(?:knee|hip|back|heart|eye|shoulder|foot|hand|wrist|ankle) op(?![\w-])|(?:para|quadri|tetra)plegic|paraly[sz]ed"
    r"|alcoholic(?! drinks?| beverages?| content)|rsi|repetitive strain injury|carpal tunnel(?: syndrome)?"
    r"|surgery|(?:an |his |her )operation"
    r"|diagnosed with(?: [\w'’-]+){1,3}|diagnosed|diagnosis(?: of|:)?|pregnan\w+|miscarriage"
    r"|ivf|fertility treatment|maternity leave|disabilit\w+"
    r"|(?:visual|visually|hearing|mobility|cognitive|learning|physical) impair\w+|hearing loss|deaf"
    r"|wheelchair\w*|depress\w+|anxiety(?: disorder)?|panic attacks?|burn-?outs?|bipolar(?: disorder)?|eating disorder"
    r"|ocd|ptsd|mental health (?:condition|issues?|problems?|crisis)|(?:his|her|my|their) mental health"
    r"|nervous breakdown"
    r"|(?:type ?[12] )?diabet\w+|(?:breast |lung |skin |bowel |prostate )?cancer"
    r"|tumou?r\w*|leuk(?:a)?emia|migraines?|asthma\w*|epilep\w+|arthritis|tinnitus"
    r"|shingles|long[- ]covid|covid(?:-19)?"
    r"|slipped disc|heart (?:attack|condition|surgery)"
    r"|(?:a|after a|had a|suffered a|his|her|my|their) (?:mini |minor |major |small |massive "
    r"|slight )?stroke(?! of)|multiple sclerosis"
    r"|parkinson'?s(?: disease)?|crohn'?s(?: disease)?|adhd|autis\w+|dementia|alzheimer'?s(?: disease)?"
    r"|(?:alcohol|drug|substance) (?:dependency|addiction|abuse)|alcoholism|addiction|hiv(?:[- ]positive)?|aids"
    r"|(?:chronic |lower )?back pain|chronic (?:pain|illness|condition|fatigue)|broken (?:leg|arm|wrist|ankle|hip)"
    r"|allerg(?:y|ies|ic)|care needs|needs? (?:[\w-]+ )?care"
    r"|pneumonia|sciatica|concussion|fractured? \w+|(?:a |her |his )?fracture|sprained (?:ankle|wrist)"
    r"|(?:hip|knee|shoulder) replacement|torn (?:acl|ligament|cartilage|meniscus|tendon|hamstring|muscle)"
    r"|acl (?:tear|injury|surgery)|glandular fever|lyme disease|hernia|gallstones|kidney stones|heart failure"
    r"|panic attacks?|gout|insomnia|seizures?|sepsis|eczema|whiplash|high cholesterol|blood clots?|heart murmur"
    r"|(?:triple |double |quadruple |heart )?bypass(?: surgery| operation)?"
    r"|(?:hospital|clinic) (?:admission|stay|appointment|treatment)|admitted to (?:hospital|a clinic)"
    r"|high blood pressure|hypertension|lymphoma|schizophreni\w+|psychosis|anorexia|bulimia|self-harm|suicidal"
    r"|(?:has|had|got|caught|with|down with|off with) (?:the )?(?:flu|influenza|norovirus)"
    r"|(?:registered|severely|profoundly) disabled|disabled (?:employee|colleague|worker|person|badge)"
    r"|(?:on |taking |prescribed |started )?(?:antidepressants|antibiotics|insulin|blood thinners)"
    r"|(?:chest|ear|eye|kidney|bladder|urinary tract|lung|throat|sinus|skin|wound|viral|bacterial) infection"
    r"|(?:has|had|got|with) (?:a |the )?(?:bad )?(?:cold|stomach bug|tummy bug|fever|virus)|food poisoning"
    r"|physio"
    r"|stress leave|(?:signed )?off with stress|expecting (?:a baby|twins|their first|her first)"
    r"|(?:an |the )?mri(?: scan)?|ct scan|(?:chest|stomach|abdominal) pains?"
    r"|hearing aids?|prosthe\w+|(?:cluster )?headaches?|bad (?:back|knee|hip|shoulder)|painkillers?|medication|meds"
    r"|(?:broke|broken|fractured) (?:his|her|my|their|a) (?:leg|arm|wrist|ankle|hip|collarbone|ribs?|finger|toe|foot"
    r"|hand|nose|jaw)"
)
TERMS = re.compile(rf"(?:{_DE}|{_EN})(?:-[^\W\d_]+)*(?![\w-])")
# The word families of healthwords, in a pattern of their own: tried only near their own core words, so the
# word loop pays for them only where they can match.
FAMILY_TERMS = re.compile(rf"(?:{_words.ALL})(?:-[^\W\d_]+)*(?![\w-])")
# One word known by its ending, tried on the core word alone: a compound that ends in a condition
# ("Wochenbettdepression", "Nierentransplantation", "Pollenallergie") or a form of BY_FORM ("Knieverletzung").
_COMPOUNDS = (
    r"[^\W\d_]+(?:depression(?:en)?|infarkt(?:s|es|e)?|transplantation(?:en)?|infektion(?:en)?|tumor(?:s|e|en)?"
    r"|allergie(?:n)?|diabetes|asthma|migräne|sklerose|arthrose|thrombose|psychose|neurose|demenz|epilepsie|trauma"
    r"|fibrose|zirrhose|porose|unterfunktion|überfunktion|intoleranz)"
    # disorders in the plural ("Schlafstörungen"): by their ending, since "Störungen" alone is a word of IT texts
    r"|(?:schlaf|persönlichkeits|belastungs|sprach|seh|durchblutungs|herzrhythmus|angst|ess|zwangs|panik)störungen"
)
WORD_FORMS = re.compile(rf"{_COMPOUNDS}|{BY_FORM}")
# Words that can be (or end) the core of a term: the full pattern is tried only near them, at word starts.
HEADS = tuple(
    "krank erkrank arbeitsunf au-b ärztl amtsärztl diagnos reha krankenhaus klinik psychiatr "
    "therap schwanger mutterschutz "
    "fehlgeb schwerbehind behind gdb rollstuhl gehörlos diabet zucker krebs tumor leuk "
    "depress burn angst panik bipolar "
    "essstör zwangsstör psychisch migr asthma epilep rheuma arthr tinnitus gürtelrose long "
    "post covid corona bandscheib "
    "herzinfarkt schlaganfall hörsturz sklerose ms- parkinson morbus adhs autis demenz alzheimer alkohol drogen sucht "
    "entzug hiv aids rücken kopf chronisch operation operiert op beinbruch knochenbruch allerg fruchtbar kinderwunsch "
    "befruchtung pflege sick ill unwell fit doctor medical hospital discharge disab rehab counsel chemo physio psycho "
    "surgery pregnan miscarr ivf fertility maternity impair hearing deaf wheelchair anxiety eating ocd ptsd mental "
    "breakdown cancer migraine shingles slipped heart stroke crohn adhd dementia dependency addiction alcoholism pain "
    "broken care entzünd borrel thromb tuberk osteop skolio fibrom psoria schuppenfl gehirnersch ischias hexensch "
    "menisk hüft-tep hüftprothese knie-tep knieprothese schulter-tep schulterprothese antidepress schizo psychose "
    "magersucht anorex bulim suizid selbstverl bluthoch herzinsuff herzschw pneum sciat concuss fractur sprain "
    "glandular lyme gallst hypertens lymphom noro antibiot insulin erkält grippe infekt magen-darm erwartet "
    "expecting replacement scleros infection spital kuraufenthalt beschäftigungsverbot physio "
    # added for everyday words; words with a common first three letters ("ein", "dem", "ver", "und") are
    # whole words in HEAD_WORDS instead, so the word loop stays cheap
    "hörger prothes prosthe schmerzmittel painkill headache querschnitt alkoholiker quadriplegic tetraplegic "
    "alcoholic tumou panic gout eczema whiplash cholesterol murmur bypass admitted psychiater orthopäd blutzucker "
    "psychiatrist psychologist therapist oncologist fieber husten fever mammogra bluttest blutabnahme zwangseingew "
    "lymphom gicht ptbs hörverlust krampfanf drüsenfieber gallenstein nierenstein chickenpox smallpox monkeypox "
    "melanom glaucom schrittmacher herzschrittm insulinpump krücken gips blinddarm keuchhust zöliak pacemaker "
    "crutches coeliac celiac whooping scarlet legasthen dyskalkul dyslexi dyspraxi dyscalcul "
    "prellung platzwund schürfwund schnittwund quetschung stauchung wiedereingl stufenweise hamburger phased "
    "signed".split()
)

HEAD_WORDS = frozenset(
    "au "  # "mit AU zu Hause": the term is tried from the words before its core word
    "flu influenza cold fever fieber virus mri mrt acl torn hernia ct stress stomach tummy blood disabled kidney "
    "chest abdominal self-harm suicidal food krankheit kur bad meds hay cast sling "
    "behandlung dement demente dementer dementen paraplegic paralysed paralyzed rsi repetitive carpal insomnia seizure "
    "seizures sepsis clot clots burnt burned ausgebrannt bestrahlung bestrahlungen underactive overactive neurologist "
    "cardiologist dentist verstaucht ausgerenkt ausgekugelt schnupfen halsschmerzen cough pills biopsy biopsie "
    "sectioned eingewiesen antibiotika entlassungsbrief zerrung lebensmittelvergiftung medikament medikamente "
    "medikamenten medication medications tabletten gebrochen gebrochenem gebrochenen gebrochener gebrochenes broke "
    "dialyse dialysis transplant transplantation masern mumps scharlach measles appendix appendicitis gallbladder "
    "tonsils wisdom getestet tested unfit".split()
)
TAILS = (
    "arzt",
    "ärztin",
    "ologe",
    "ologen",
    "ologin",
    "krebs",
    "therapie",
    "behinderung",
    "störung",
    "sucht",
    "bruch",
    "schmerzen",
    "surgery",
    "therapy",
    "-op",
    "-ops",
    "erkrankung",
    "krank",
    "disease",
    "disorder",
    "impairment",
    "riss",
    "fraktur",
)

# The endings of WORD_FORMS: a word with one of them is tried as a whole word.
FORM_TAILS = tuple(
    "depression depressionen infarkt infarkts infarkte transplantation infektion infektionen tumor tumore tumoren "
    "allergie allergien diabetes asthma migräne sklerose arthrose thrombose verletzung verletzungen syndrom syndrome "
    "syndroms beschwerden verträglichkeit verträglichkeiten pocken ämie algie phobie karzinom ektomie lähmung leiden "
    "krankheit krankheiten injury injuries deficiency intolerance intolerant insufficiency emia algia phobia ectomy "
    "carcinoma palsy oskopie oskopien oscopy tabletten spiegelung spiegelungen psychose neurose demenz epilepsie "
    "störungen trauma unterfunktion überfunktion intoleranz iose osis fibrose zirrhose porose gelähmt gelähmte "
    "gelähmter gelähmten".split()
)
FORM_TAIL4 = frozenset(t[-4:] for t in FORM_TAILS)
INFLAMMATION = ("itis", "entzündung", "entzündungen")
INFLAMMATION4 = frozenset(t[-4:] for t in INFLAMMATION)
WORDS = re.compile(r"[^\W\d_][\w'’-]*")
WORD_SPLIT = re.compile(f"({WORDS.pattern})")  # WORDS for context.matches_at
HEAD3 = frozenset(h[:3] for h in HEADS)
TAIL4 = frozenset(t[-4:] for t in TAILS)
FAMILY_HEADS = _words.HEADS
FAMILY_HEAD3 = frozenset(h[:3] for h in FAMILY_HEADS)
FAMILY_TAILS = _words.TAILS
FAMILY_TAIL4 = frozenset(t[-4:] for t in FAMILY_TAILS)
ANY_TAIL4 = TAIL4 | FORM_TAIL4 | INFLAMMATION4 | FAMILY_TAIL4
ANY_HEAD3 = HEAD3 | FAMILY_HEAD3


def _by_start(heads: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Heads grouped by their first three letters: a word is compared with the few that share its start."""
    groups: dict[str, list[str]] = {}
    for head in heads:
        groups.setdefault(head[:3], []).append(head)
    return {start: tuple(group) for start, group in groups.items()}


HEADS_BY3 = _by_start(HEADS)
FAMILY_BY3 = _by_start(FAMILY_HEADS)
