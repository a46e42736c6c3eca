"""GDPR Art. 9 health data: sick notes, diagnoses, disability, pregnancy, therapy; strong if someone is identifiable."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator

from course.scanner.context import Doc, finding
from course.scanner.healthsense import BY_FORM, EVERYDAY, about_nobody, sentence
from course.scanner.result import Finding

# On the lower-cased text. Spans may take in the words around a term ("in der Reha", "off sick").
_DE = (
    r"krank(?:geschrieben|gemeldet|geschrieben\w*|schreibung\w*|meldung\w*|enschein\w*|heitsbedingt\w*)"
    r"|(?<=[:|–] )krank(?![\w-])"  # a status in a list: "Horn, Jana: krank (AU bis 7.4.)"
    r"|krank (?:geschrieben|gemeldet)"
    r"|(?:ist|bin|war|sind|wurde|wird|liegt|seit \w+) (?:(?!nicht |nie |kaum )\w+ )?krank(?: (?:geschrieben|gemeldet))?"
    r"|erkrankt\w*|erkrankung\w*"
    r"|arbeitsunfähig\w*(?: erkrankt\w*)?|au-bescheinigung\w*"
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
    r"|(?:hat|hatte|mit|an) corona|corona(?:-positiv|infektion|-erkrankung)"
    r"|bandscheibe\w*|herzinfarkt\w*|schlaganfall\w*|hörsturz|multiple[rn]? sklerose|\bms-(?:schub|erkrank\w*)"
    r"|parkinson\w*|morbus \w+|adhs|autis\w+|demenz\w*|alzheimer\w*|alkohol(?:abhängig\w*|sucht|krank\w*|problem\w*)"
    r"|drogen(?:sucht|abhängig\w*)|suchterkrankung|entzugsklinik|hiv(?:-positiv)?|aids"
    r"|(?:chronische[nr]? )?(?:rücken|kopf)schmerzen"
    r"|chronisch\w* (?:krank\w*|schmerz\w*|erkrank\w*)|\w+-ops?\b"
    r"|(?:der|die|eine|einer|seine|seiner|ihre|ihrer|deine|deiner|meine|meiner) operation|operiert|op-termin"
    r"|(?:die|eine|seine|ihre|meine|deine) op(?![\w-])|dement(?:e|er|en|em)?|\w*gelähmt\w*|alkoholiker(?:in)?"
    r"|nach (?:der|seiner|ihrer) op\b"
    r"|beinbruch|knochenbruch|allergie\w*|allergisch\w*|schwangerschaft\w*|fruchtbarkeit\w*|kinderwunsch\w*"
    r"|künstliche befruchtung|pflegegrad ?\d?|pflegebedürftig\w*|(?:sehr |schwer )?pflegebedürftig"
    r"|(?:im |in den |aus dem )?krankenstand\w*|borreliose|thrombose|tuberkulose"
    r"|osteoporose|skoliose|fibromyalgie|psoriasis|schuppenflechte|gehirnerschütterung|ischias\w*|hexenschuss"
    r"|(?:kreuzband|bänder|band|muskelfaser|sehnen|achillessehnen|meniskus)riss\w*|meniskus\w*"
    r"|(?:bein|arm|hand|fuß|fuss|zehen|finger|knöchel|sprunggelenk\w*|handgelenk\w*|hüft|becken|rippen"
    r"|schlüsselbein|wirbel|oberschenkel\w*|unterarm|schienbein)(?:bruch|fraktur)\w*"
    r"|(?:wegen |aufgrund (?:einer |seiner |ihrer )?|nach (?:langer |schwerer )?)?krankheit|(?:auf |zur |in )kur"
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
    r"|slipped disc|heart (?:attack|condition|surgery)|(?:a|after a|had a|suffered a) stroke|multiple sclerosis"
    r"|parkinson'?s(?: disease)?|crohn'?s(?: disease)?|adhd|autis\w+|dementia|alzheimer'?s(?: disease)?"
    r"|(?:alcohol|drug|substance) (?:dependency|addiction|abuse)|alcoholism|addiction|hiv(?:[- ]positive)?|aids"
    r"|(?:chronic |lower )?back pain|chronic (?:pain|illness|condition|fatigue)|broken (?:leg|arm|wrist|ankle|hip)"
    r"|allerg(?:y|ies|ic)|care needs"
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
_TERMS = re.compile(rf"(?:{_DE}|{_EN})(?:-[^\W\d_]+)*(?![\w-])")
# One word known by its ending, tried on the core word alone: a compound that ends in a condition
# ("Wochenbettdepression", "Nierentransplantation", "Pollenallergie") or a form of BY_FORM ("Knieverletzung").
_COMPOUNDS = (
    r"[^\W\d_]+(?:depression(?:en)?|infarkt(?:s|es|e)?|transplantation(?:en)?|infektion(?:en)?|tumor(?:s|e|en)?"
    r"|allergie(?:n)?|diabetes|asthma|migräne|sklerose|arthrose|thrombose)"
)
_WORD_FORMS = re.compile(rf"{_COMPOUNDS}|{BY_FORM}")
# Words that can be (or end) the core of a term: the full pattern is tried only near them, at word starts.
_HEADS = tuple(
    "krank erkrank arbeitsunf au-b ärztl amtsärztl diagnos reha krankenhaus klinik psychiatr "
    "therap schwanger mutterschutz "
    "fehlgeb schwerbehind behind gdb rollstuhl gehörlos diabet zucker krebs tumor leuk "
    "depress burn angst panik bipolar "
    "essstör zwangsstör psychisch migr asthma epilep rheuma arthr tinnitus gürtelrose long "
    "post covid corona bandscheib "
    "herzinfarkt schlaganfall hörsturz sklerose ms- parkinson morbus adhs autis demenz alzheimer alkohol drogen sucht "
    "entzug hiv aids rücken kopf chronisch operation operiert op beinbruch knochenbruch allerg fruchtbar kinderwunsch "
    "behandlung dement gelähmt querschnitt alkoholiker paraplegic quadriplegic tetraplegic paraly alcoholic rsi "
    "repetitive carpal tumou panic gout insomn seizure sepsis eczema whiplash cholesterol clot murmur bypass admitted "
    "verstaucht fieber husten schnupfen halsschmerz fever cough sleeping pills biops mammogra bluttest blutabnahme "
    "sectioned zwangseingew eingewiesen darmspiegel magenspiegel blasenspiegel gelenkspiegel kehlkopfspiegel "
    "lungenspiegel "
    "ausgerenkt ausgekugelt lymphom antibiotik gicht ptbs entlassungsbrief hörverlust schleudertrauma zerrung "
    "lebensmittelvergift krampfanf drüsenfieber gallenstein nierenstein leistenbruch nabelbruch "
    "befruchtung pflege sick ill unwell fit doctor medical hospital discharge disab rehab counsel chemo physio psycho "
    "surgery pregnan miscarr ivf fertility maternity impair hearing deaf wheelchair anxiety eating ocd ptsd mental "
    "breakdown cancer migraine shingles slipped heart stroke crohn adhd dementia dependency addiction alcoholism pain "
    "broken care entzünd borrel thromb tuberk osteop skolio fibrom psoria schuppenfl gehirnersch ischias hexensch "
    "menisk hüft-tep hüftprothese knie-tep knieprothese schulter-tep schulterprothese antidepress schizo psychose "
    "magersucht anorex bulim suizid selbstverl bluthoch herzinsuff herzschw pneum sciat concuss fractur sprain "
    "glandular lyme gallst hypertens lymphom noro antibiot insulin erkält grippe infekt magen-darm erwartet "
    "expecting replacement scleros infection spital kuraufenthalt beschäftigungsverbot physio "
    "hörger prothes prosthe schmerzmittel medikament tabletten gebrochen headache cluster painkill "
    "medicat broke chickenpox smallpox monkeypox melanom glaucom schrittmacher herzschrittm insulinpump krücken "
    "gips dialys transplant blinddarm masern mumps scharlach keuchhust zöliak pacemaker crutches appendi measles "
    "coeliac celiac whooping scarlet legasthen dyskalkul dyslexi dyspraxi dyscalcul".split()
)
# Short or common words that are the core of a term only as a whole word ("flu", not "Flughafen").
_HEAD_WORDS = frozenset(
    "flu influenza cold fever fieber virus mri mrt acl torn hernia ct stress stomach tummy blood disabled kidney "
    "chest abdominal self-harm suicidal food krankheit kur bad meds hay cast sling".split()
)
_TAILS = (
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
    "störungen",
    "erkrankung",
    "krank",
    "disease",
    "disorder",
    "impairment",
    "riss",
    "fraktur",
)
# The endings of _WORD_FORMS: a word with one of them is tried as a whole word.
_FORM_TAILS = tuple(
    "depression depressionen infarkt infarkts infarkte transplantation infektion infektionen tumor tumore tumoren "
    "allergie allergien diabetes asthma migräne sklerose arthrose thrombose verletzung verletzungen syndrom syndrome "
    "syndroms beschwerden verträglichkeit verträglichkeiten pocken ämie algie phobie karzinom ektomie lähmung leiden "
    "krankheit krankheiten injury injuries deficiency intolerance intolerant insufficiency emia algia phobia ectomy "
    "carcinoma palsy oskopie oskopien oscopy tabletten spiegelung spiegelungen".split()
)
_FORM_TAIL4 = frozenset(t[-4:] for t in _FORM_TAILS)
_INFLAMMATION = ("itis", "entzündung", "entzündungen")
_INFLAMMATION4 = frozenset(t[-4:] for t in _INFLAMMATION)
_WORDS = re.compile(r"[^\W\d_][\w'’-]*")
_HEAD3 = frozenset(h[:3] for h in _HEADS)
_TAIL4 = frozenset(t[-4:] for t in _TAILS)
_ANY_TAIL4 = _TAIL4 | _FORM_TAIL4 | _INFLAMMATION4
_BACK = 4  # a term may start up to this many words before its core ("ist seit Montag krank", "signed off sick")
# Words that make a nearby term general rather than about a person ("Krankmeldungen sind ab dem dritten Tag ...").
GENERAL = frozenset(
    {
        "krankmeldungen",
        "krankschreibungen",
        "au-bescheinigungen",
        "arbeitsunfähigkeitsbescheinigungen",
        "sick notes",
        "fit notes",
        "sick leave",
        "sickness absence",
        "medical certificates",
        "illnesses",
    }
)
# After a term: a rule or requirement about nobody in particular ("a fit note is needed after 7 days",
# "eine AU ist ab dem dritten Tag vorzulegen").
_RULE_AFTER = re.compile(
    r"[ \t]+(?:is|are|will be) (?:always )?(?:needed|required|necessary|mandatory|requested|expected)\b"
    r"|[ \t]+(?:must|should|has to|have to|needs? to) be\b"
    r"|[ \t]+(?:ist|sind|wird|werden) (?:\w+ )?(?:ab|nach|spätestens|erforderlich|vorzulegen|einzureichen|nötig"
    r"|notwendig|verpflichtend|erforderlich)\b"
    r"|[ \t]+(?:muss|müssen) (?:\w+ ){0,4}(?:vorgelegt|eingereicht|abgegeben|vorliegen)\b"
    # the term as the object of a rule's infinitive: "mit AU-Bescheinigung vorzulegen", "a fit note to be provided"
    r"|[ \t]+(?:vorzulegen|einzureichen|abzugeben|nachzuweisen|zu melden|to be (?:provided|submitted|sent|shown))\b"
    r"|[ \t]+(?:is|are|can be) (?:recorded|logged|tracked|handled|processed|uploaded|submitted) (?:in|via|through|on)\b"
    r"|[ \t]+(?:erfolgt|erfolgen|läuft|laufen) (?:über|per|via|im|in)\b"
    # a health word as the modifier of a thing: "Covid rules", "Allergy information", "disability access"
    r"|[ \t]+(?:polic(?:y|ies)|rules?|regulations?|information|info|access|equipment|rooms?|products?|supplies"
    r"|awareness|research|charity|fund|insurance|cover|benefits?|training|guidance|guidelines?|procedures?|forms?"
    r"|templates?|portal|statistics|rates?|ramps?|toilets?|parking|ward|department|services?|vaccinations?"
    # a health word naming an event, a place, a product or an animal ("burnout prevention", "therapy dog")
    r"|prevention|webinars?|workshops?|seminars?|courses?|dogs?|clinics?|cent(?:re|er)s?|pens?|units?|wing|apps?"
    r"|software|markets?|study|studies|trials?|screenings?|campaigns?|leaflets?|kits?|charit(?:y|ies)|billing"
    r"|invoic\w*|coding|abrechnung\w*)\b"
)
# A condition right before a term: "Bei Krankheit ...", "Im Falle einer Schwangerschaft ...", "in case of illness".
_IF_BEFORE = re.compile(
    r"(?:(?<!\w)(?:bei|im falle?(?: von| einer| eines)?|in case of|in the event of)|(?:^|[.!?\n][ \t]*)for)[ \t]+$"
)
# A term inside an organisation's name: a capitalised word before it (not a sentence's first) and one after it.
_IN_A_NAME = re.compile(r"[^.!?:\n\s][ \t]+[A-Z][\w'’&-]+[ \t]+$")
_CAPITAL_NEXT = re.compile(r"[ \t]+[A-Z][a-z]")
# A capitalised word before "Aids" inside a sentence: a title ("Mobility Aids", "Hearing Aids").
_TITLE_BEFORE = re.compile(r"[^.!?\n\s][ \t]+[A-Z][a-z]+[ \t]+$")
# The part after a hyphen that makes a compound a thing: "Diabetes-Produkte", "Covid-Regeln".
_THING_TAIL = re.compile(
    r".*-(?:produkt\w*|regel\w*|richtlinie\w*|regelung\w*|formular\w*|statistik\w*|sortiment|abteilung|station"
    r"|products?|rules?|policy|information|equipment|supplies"
    # things, events, places and organisations named after a health word ("Rollstuhl-Zugang", "Burnout-Prävention")
    r"|zugang|zugänge|rampe\w*|parkpl[aä]tz\w*|toilette\w*|aufzug|prävention|vorsorge|beratung\w*|schulung\w*|kurs\w*"
    r"|seminar\w*|webinar\w*|vortrag|workshop\w*|tag|tage|woche|forschung|studie\w*|stiftung|verband|hilfe"
    r"|versicherung\w*|kasse\w*|management|programm\w*|software|tool\w*|app|apps|prevention|awareness|research"
    r"|abrechnung\w*|billing)$"
)
# A place named after a health word, not entered by anyone ("die Physiotherapie-Praxis Lindner ist Kundin"):
# "in der Reha-Klinik", "zur Reha-Klinik" stay a stay somewhere.
_PLACE_TAIL = re.compile(r"(?!in |im |zur |ins |aus ).*-(?:praxis|praxen|klinik\w*|zentrum|zentren|ambulanz|heim)$")
# A capitalised health word before "&", "GmbH", "AG" ...: a firm's name ("Krebs & Partner").
_FIRM_AFTER = re.compile(r"[ \t]*(?:&|\+|und partner|gmbh|ag\b|kg\b|ltd\b|llc\b|plc\b|inc\b)")
# "The surgery is closed", "at the Park Lane Surgery": a doctor's practice (UK), a place and not an operation.
_PRACTICE_BEFORE = re.compile(r"[A-Z][\w'’-]+[ \t]+$")
_PRACTICE_AFTER = re.compile(
    r"[ \t]+(?:is (?:closed|open|shut)|will (?:be )?(?:closed|open|shut)|(?:re-?)?open(?:s|ing)?|closes|hours|reception"
    r"|(?:phone|telephone) number|on \d)\b"
)
_APPOINTMENT_BEFORE = re.compile(r"(?:termin|appointment)\w*\b[^.!?\n]{0,20}$")
# The German sick note "AU" (Arbeitsunfähigkeitsbescheinigung), upper case after a determiner or before a verb.
_AU = re.compile(r"(?<![\w-])e?AU(?![\w-])")  # found by its letters first (a fast literal search), then:
_AU_BEFORE = re.compile(r"(?<!\w)(?:die|eine|seine|ihre|deine|keine|neue|erste|folge)[ \t]+$")
_AU_AFTER = re.compile(r" (?:liegt|ist|kam|fehlt|bis|wurde|vom|gilt)\b")
# "leidet (seit Jahren) an/unter X", "suffers from X", "is being treated for X", "recovering from X".
_SUFFER_CUES = ("leid", "litt", "suffer", "treated for", "recover", "positive for", "off work with")
_SUFFER = re.compile(
    r"(?<!\w)(?:leide[tn]?|leidend|litt|suffer(?:s|ing|ed)?|treated|recover(?:s|ing|ed)?|tested positive|off work)"
    r"(?: seit (?:[\w.]+ ){1,2}?| since [\w.]+)? (?:an|unter|from|for|with) (?:(?:a|an|ein|eine[mnr]?) )?"
    r"(?!(?:the|this|that|these|those|our|its|their|der|die|das|dem|den|des|unser\w*|diese[mnrs]?)\b)"
    r"(?P<what>[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*)?)"
)
_STOP = frozenset(
    "and und or oder since seit for für so but aber with mit at im in on am bis until last this nach".split()
)
PERSONAL = frozenset({"name", "email", "phone", "tax-id", "date-of-birth", "address", "iban", "credit-card"})
_NEAR = 250


def _surname(text: str, start: int, end: int) -> bool:
    """ "Claudio Krebs", "Anna Kranz": a capitalised one-word term right after a first name is a surname."""
    word = text[start:end]
    if " " in word or not word[:1].isupper():
        return False
    from course.scanner.firstnames import is_first_name

    before = text[max(0, start - 30) : start].rstrip(" ").rsplit(None, 1)
    return bool(before) and before[-1][:1].isupper() and is_first_name(before[-1])


def _terms(doc: Doc) -> Iterator[tuple[int, int]]:
    lower = doc.lower
    words = [(m.start(), m.group()) for m in _WORDS.finditer(lower)]
    last_end = 0
    for i, (pos, word) in enumerate(words):
        w4 = word[-4:]
        if w4 not in _ANY_TAIL4 and word[:3] not in _HEAD3 and word not in _HEAD_WORDS and "-" not in word:
            continue  # most words: one look at their ends and start
        if w4 in _INFLAMMATION4 and pos >= last_end and word.endswith(_INFLAMMATION) and len(word) > 6:
            last_end = pos + len(word)  # "Lungenentzündung", "bronchitis": an inflammation, the word alone
            yield pos, last_end
            continue
        if pos >= last_end and w4 in _FORM_TAIL4 and word.endswith(_FORM_TAILS) and _WORD_FORMS.fullmatch(word):
            last_end = pos + len(word)  # "Knieverletzung", "Wochenbettdepression": known by its ending
            yield pos, last_end
            continue
        if pos >= last_end and (
            (word[:3] in _HEAD3 and word.startswith(_HEADS))
            or word in _HEAD_WORDS
            or (w4 in _TAIL4 or word[-3:] == "-op")
            and word.endswith(_TAILS)
        ):
            for j in range(max(0, i - _BACK), i + 1):  # the earliest start whose term reaches the core word
                start = words[j][0]
                if start < last_end:
                    continue
                m = _TERMS.match(lower, start)
                if m and m.end() > pos and not _surname(doc.text, start, m.end()):
                    last_end = m.end()
                    yield start, m.end()
                    break
        if "-" in word and pos + len(word) > last_end:  # "Typ-1-Diabetes", "Post-Covid": a term after a hyphen
            span = _after_hyphens(lower, pos, word)
            if span:
                last_end = span[1]
                yield span


def _the_illness_aids(text: str, start: int, end: int) -> bool:
    """ "AIDS", or "Aids" not in a title; "mobility aids" is the plural of aid."""
    written = text[start:end]
    if written == "AIDS":
        return True
    return written == "Aids" and not _TITLE_BEFORE.search(text, max(0, start - 40), start)


def _after_hyphens(lower: str, pos: int, word: str) -> tuple[int, int] | None:
    """The first term that starts after a hyphen inside `word` (at `pos`)."""
    k = word.find("-")
    while k != -1:
        sub = word[k + 1 :]
        if sub[:3] in _HEAD3 and sub.startswith(_HEADS):
            m = _TERMS.match(lower, pos + k + 1)
            if m:
                return pos + k + 1, m.end()
        k = word.find("-", k + 1)
    return None


def _about_nobody(doc: Doc, start: int, end: int) -> bool:
    """A rule ("a fit note is needed after 7 days"), a thing ("Covid rules", "Diabetes-Produkte"), a firm
    ("Krebs & Partner"), a practice ("The surgery is closed", "Park Lane Surgery") or an appointment's place
    ("Ihr Termin in der Klinik Nord"): no health fact about anyone."""
    term = doc.lower[start:end]
    if _IF_BEFORE.search(doc.lower, max(0, start - 24), start):
        return True  # "Bei Krankheit bitte ...", "in case of illness", "For back pain, ...": a condition, about anyone
    if term.endswith(("vertretung", "vertreter", "vertreterin")):
        return True  # "Schwangerschaftsvertretung gesucht": a job to fill, not a person's state
    if _IN_A_NAME.search(doc.text, max(0, start - 30), start) and _CAPITAL_NEXT.match(doc.text, end):
        return True  # "Macmillan Cancer Support", "the Royal Stroke Unit": the name of an organisation
    if term == "aids" and not _the_illness_aids(doc.text, start, end):
        return True  # "mobility aids", "hearing aids": things that help; the illness is written AIDS or Aids
    if _RULE_AFTER.match(doc.lower, end) or _THING_TAIL.match(term) or _PLACE_TAIL.match(term):
        return True
    if doc.text[start].isupper() and " " not in term and _FIRM_AFTER.match(doc.lower, end):
        return True
    line = doc.text[max(0, start - 40) : start].rsplit("\n", 1)[-1]
    if term == "surgery":
        if _PRACTICE_AFTER.match(doc.lower, end):
            return True
        return doc.text[start].isupper() and _PRACTICE_BEFORE.search(line) is not None
    if term.startswith("in der klinik"):
        return _APPOINTMENT_BEFORE.search(doc.lower, max(0, start - 40), start) is not None
    return False


def _suffered(doc: Doc) -> Iterator[tuple[int, int]]:
    """What someone suffers from, is treated for or recovers from, in any words ("leidet unter Neurodermitis",
    "suffers from cluster headaches"); kept only with a person in the sentence (healthsense.about_nobody)."""
    lower = doc.lower
    if not any(cue in lower for cue in _SUFFER_CUES):
        return
    for m in _SUFFER.finditer(lower):
        words = m.group("what").split()
        while words and words[-1] in _STOP:
            words.pop()
        if words and words[0] not in _STOP:
            start = m.start("what")
            yield start, start + len(" ".join(words))


def health(doc: Doc, others: Iterable[Finding]) -> Iterator[Finding]:
    """Health terms about a person; strong when a name is near (or the text has strong personal data)."""
    spans = [s for s in _terms(doc) if not _about_nobody(doc, *s)]
    found = {s for s, _ in spans}
    suffered = {s for s in _suffered(doc) if s[0] not in found}  # in any words: only about a person
    spans += suffered
    if "AU" in doc.text:
        for m in _AU.finditer(doc.text):
            cued = _AU_BEFORE.search(doc.lower, max(0, m.start() - 8), m.start()) or _AU_AFTER.match(doc.text, m.end())
            if cued and not _about_nobody(doc, m.start(), m.end()):
                spans.append(m.span())
        spans.sort()
    if not spans:
        return
    personal = [f for f in others if f.category in PERSONAL]
    anywhere = any(f.strong and f.category != "address" for f in personal)
    names = sorted(f.start for f in personal if f.category == "name")
    marks = [(f.start, f.end) for f in personal]  # anything that points at a person, for the sentence test
    for start, end in spans:
        k = bisect_left(names, start - _NEAR)  # names start before their end: one sorted list is enough
        near = k < len(names) and names[k] < end + _NEAR
        if doc.lower[start:end] in GENERAL:
            continue  # "Krankmeldungen sind ab dem dritten Tag vorzulegen": a rule, about nobody
        s, e = sentence(doc.lower, start, end)
        named = any(a < e and s < b for a, b in marks)
        if about_nobody(doc, start, end, named, (start, end) in suffered):
            continue  # "Im Krankheitsfall ...", "That riff is sick!", "Die App erinnert an Medikamente"
        yield finding("health", doc.text, start, end, anywhere or near)
