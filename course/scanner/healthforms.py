"""Health words known by their word formation: medical specialties and departments, conditions, growths, procedures
and lab values built from medical roots and endings ("Dermatologie", "orthopaedics", "Kardiomyopathie", "Lipom",
"Sarkoidose", "Hüftoperation", "Ferritinwert"); one lower-case word at a time, after a cheap test of its ending."""

from __future__ import annotations

import re

from course.scanner.context import Doc
from course.scanner.healthbody import INJURY_WORDS, PARTICIPLES, SENSES, injury_at
from course.scanner.healthdose import LAB_WORDS, lab_at
from course.scanner.healthsense import sentence

# Roots of the medical specialties: "-logie"/"-ology" words outside medicine ("Technologie", "ecology",
# "methodology", "Chronologie") have other roots.
_ROOTS = (
    r"(?:kardio|cardio|neuro|dermato|gastroentero|gastro|onko|onco|hämato|haemato|hemato|rheumato|uro|gynäko|gynaeco"
    r"|gyneco|endokrino|endocrino|pneumo|nephro|pulmo|radio|hepato|angio|immuno|allergo|phlebo|prokto|procto|diabeto"
    r"|ophthalmo|oto|otorhinolaryngo|laryngo|rhino|traumato|anästhesio|anaesthesio|anesthesio|geronto|neonato|andro"
    r"|audio|hämatoonko|neuroradio|kinderkardio|kinderneuro|kinderonko|kinderendokrino|kindergastroentero)"
)
# Specialties and departments: somewhere a person is treated, or the name of a hospital's unit; health data only
# about a person (healthsense: "Die Kardiologie der Uniklinik ist Kundin" is about nobody).
SPECIALTY = re.compile(
    rf"{_ROOTS}log(?:ie|y)"
    r"|[a-zäöü]*(?:psych|päd|paed|ped|ger|kinderpsych)iatr(?:ie|y|ics)"
    r"|(?:kinder)?orthopädie|orthopa?edics|[a-zäöü]*chirurgie|[a-zäöü]+ambulanz"
    # a lab value by its analyte: "Ferritinwert", "Kreatininwerte", "Hämoglobinwert"
    r"|[a-zäöü]+inwert(?:e|en|s)?"
)
# Body parts that make a word a health word when a procedure, a complaint or an aid follows ("Hüftoperation",
# "Knieeingriff", "Schulterprobleme", "Zahnimplantat").
_BODY = (
    r"(?:knie|hüft|hüften|schulter|rücken|nacken|hals|herz|lungen|leber|nieren|darm|magen|gallen|blasen|augen|ohr|ohren"
    r"|nasen|kiefer|zahn|zähne|fuß|fuss|hand|finger|zehen|ellenbogen|ellbogen|sprunggelenk|handgelenk|wirbel"
    r"|wirbelsäulen|bandscheiben|leisten|brust|prostata|schilddrüsen|mandel|gebärmutter|eierstock|bein|arm|kopf"
    r"|gehirn|hirn|venen|knochen|gelenk|haut|bauchspeicheldrüsen|eierstock|hoden|speiseröhren|kehlkopf"
    r"|gebärmutterhals|zungen)"
)
_BODY_THINGS = (
    r"(?:operation|operationen|eingriff|eingriffe|untersuchung|untersuchungen|prothese|prothesen|implantat|implantate"
    r"|transplantation|probleme|problemen|schaden|schäden|op|krebs|tumor|tumore|tumoren|karzinom)"
)
# Conditions and growths by their endings, on medical stems where the ending alone is a common word ("Symptom",
# "Atom", "Diplom"; "Hose", "Dose", "kostenlose"; "Sympathie", "Empathie"; "diploma", "aroma").
CONDITION = re.compile(
    r"[a-zäöü]+opathie(?:n)?(?<!homöopathie)"
    r"|[a-zäöü]*pare(?:se|sis)"
    r"|[a-zäöü]*(?:lip|my|melan|karzin|lymph|glauk|meningi|hämat|haemat|hemat|angi|sark|aden|gli|fibr|ather|terat"
    r"|neurin|myel|papill|insulin|neuroblast|chondr|mesotheli|epitheli)om(?:e|en|s|a|as|ata)?"
    r"|[a-zäöü]+idose|[a-zäöü]+atose|[a-zäöü]*stenose|[a-zäöü]*nekrose|[a-zäöü]+plasmose|[a-zäöü]*mykose"
    r"|[a-zäöü]+ylose|[a-zäöü]*o?edema|[a-zäöü]*ödem(?:e)?|[a-zäöü]+schwangerschaft"
    # compounds of patient, disability, cyst and ulcer: "Dialysepatientin", "gehbehindert", "Zyste", "Magengeschwür"
    r"|[a-zäöü]+patient(?:in|en|innen)?(?<!privatpatient)(?<!kassenpatient)(?<!testpatient)"
    r"|[a-zäöü]+behindert(?:e[mnrs]?)?|[a-zäöü]*zyste(?:n)?|[a-z]*cysts?|[a-zäöü]+geschwür(?:e|en)?|[a-z]*embolism"
    r"|[a-z]+oidosis|[a-z]+(?:paresis|stenosis|necrosis)|[a-zäöü]*kolik(?:en)?|[a-z]*colic"
    rf"|{_BODY}{_BODY_THINGS}"
)
# The endings that let a word be tried at all (the word loop asks this once per new word).
ENDS = tuple(
    "logie logy iatrie iatry iatrics orthopädie paedics pedics chirurgie ambulanz inwert inwerte inwerten inwerts "
    "opathie opathien parese paresis om ome omen oms oma omas omata idose atose stenose nekrose plasmose mykose ylose "
    "kolik koliken colic edema ödem ödeme schwangerschaft oidosis stenosis necrosis operation "
    "operationen eingriff eingriffe untersuchung "
    "untersuchungen prothese prothesen implantat implantate transplantation probleme problemen schaden schäden "
    "op krebs tumor tumore tumoren karzinom patient patientin patienten patientinnen behindert behinderte "
    "behindertem behinderten behinderter behindertes zyste zysten cyst cysts geschwür geschwüre geschwüren "
    "embolism".split()
)


_SEEN: dict[str, str | None] = {}
_SEEN_MAX = 20_000


# Someone works in a specialty, leads it or is hired for it: a job, not a stay ("leitet die Abteilung Kardiologie",
# "Fachärztin für Dermatologie gesucht", "a consultant in rheumatology", "head of cardiology").
WORK_BEFORE = re.compile(
    r"(?<!\w)(?:leite[nt]?|leitete|arbeite[nt]?|arbeitete|tätig|abteilung|department|chefarzt\w*|chefärzt\w*"
    r"|oberarzt\w*|oberärzt\w*|fachärzt\w*|facharzt|professor\w*|head of|(?:works?|working|worked) (?:in|at|for)"
    r"|consultant in|specialist in|nurse in|hiring|suchen|gesucht|stelle|job|vacancy|position|kongress|tagung"
    r"|fachtagung|conference|journal|lehrbuch|textbook)(?!\w)"
)
# An appointment's place with a name after it: "Ihr Termin in der Orthopädie am Park" names a practice.
_APPOINTMENT_BEFORE = re.compile(r"(?:termin|appointment)\w*\b[^.!?\n]{0,20}$")
_PLACE_NAME_AFTER = re.compile(r"[ \t]+(?:am|an der|im|auf der|at|on) [A-ZÄÖÜ]")


def a_job_or_a_place(text: str, lower: str, sentence_start: int, start: int, end: int) -> bool:
    """A specialty someone works in or leads, or a practice named after it: not a stay of the person."""
    if SPECIALTY.fullmatch(lower, start, end) is None:
        return False
    if WORK_BEFORE.search(lower, sentence_start, start):
        return True
    return bool(_APPOINTMENT_BEFORE.search(lower, max(0, start - 40), start) and _PLACE_NAME_AFTER.match(text, end))


def word_form(word: str) -> str | None:
    """ "specialty" or "condition" when the lower-case `word` is a health word by its formation, else None."""
    if not word.endswith(ENDS):
        return None
    known = _SEEN.get(word, "")
    if known != "":
        return known
    form = "specialty" if SPECIALTY.fullmatch(word) else "condition" if CONDITION.fullmatch(word) else None
    if len(_SEEN) < _SEEN_MAX:
        _SEEN[word] = form
    return form


# Foods that people are allergic to or cannot tolerate.
_FOODS = (
    r"(?:gluten|lactose|laktose|nuts|nüsse|peanuts|erdnüsse|dairy|milk|milch|milchprodukte|eggs|eier|wheat|weizen"
    r"|fish|fisch|shellfish|meeresfrüchte|soy|soja|fructose|fruktose|histamin\w*|sesame|sesam)"
)
# Common health words of every class that neither an ending nor a root gives away (conditions, symptoms, aids,
# treatments, care and notes), German and English; tried only at their first words (LEXICON_WORDS).
LEXICON = re.compile(
    r"(?:durchfall|diarrh(?:o)?ea|ausschlag|hautausschlag|rash|schwindel|herzrasen|herzstolpern|palpitations"
    r"|irregular heartbeat|herzrhythmusstörung\w*|dekubitus|druckgeschwür\w*|pressure sores?|bed ?sores?"
    r"|krankengymnastik|logopädie|rehasport|herzsport\w*|funktionstraining|ergotherapie|speech and language therapy"
    r"|kompressionsstr[uü]mpf\w*|compression (?:stockings|sleeve|socks)|gehstock|unterarmgehst[uü]tz\w*|holter monitor"
    r"|langzeit-ekg|langzeit-blutdruck\w*|cpap(?:-gerät| machine)?|blutdruckmessgerät|hörimplantat|cochlea-implantat"
    r"|cochlear implant|epilepsie|epilepsy|epileptiker(?:in)?|epileptic|depression(?:en)?|migräne|migraine|diabetes"
    r"|diabetiker(?:in)?|diabetic|hashimoto(?:'s)?|morbus \w+|dialyse|dialysis|folgebescheinigung|erstbescheinigung"
    r"|self-certification(?: form)?|self-cert|heilmittelverordnung|nachteilsausgleich\w*|wiedervorstellung"
    r"|krankenhauseinweisung|risikoschwangerschaft"
    r"|schwangerschaftsdiabetes|gestational diabetes|recovery programme|recovery program|insulin injections?"
    r"|(?:verträgt|vertrage|vertragen|verträgst) (?:kein\w*|nicht|keine[nm]?) (?:\w+ )?" + _FOODS + r"|(?:can't"
    r"|cannot|can not|doesn't|does not|don't|do not) (?:eat|tolerate|digest|drink|have) (?:any )?" + _FOODS + r"|"
    # people named by their condition, stays, eyes, aches, special educational needs and care levels
    r"allergiker(?:in)?|asthmatiker(?:in)?|rheumatiker(?:in)?|spastiker(?:in)?|bluter|asthmatic|anaemic|anemic"
    r"|arthritic|dyslexic|dyspraxic|haemophiliac|hemophiliac|(?:klinik|reha|psychiatrie|kur)-?aufenthalt\w*"
    r"|graue[nr]? star|grüne[nr]? star|katarakt\w*|(?:stomach|tooth|ear|back|belly|tummy) ?aches?"
    r"|ehcp|education,? health and care plan|special educational needs|sen support"
    r"|sonderpädagogische\w* förderbedarf\w*|schulbegleit\w*|integrationshelfer\w*|inklusionshelfer\w*"
    r"|merkzeichen (?:ag|g|b|h|bl|gl|tbl|rf)(?![\w-])|ssw|allergic to (?:[a-z]+ ){0,2}?[a-z]+(?:s|es)(?![\w-])"
    r"|allergisch (?:gegen|auf) (?:[a-zäöü]+ ){0,2}?[a-zäöü]+"
    r"|gelbe[nr]? schein|krankenschein\w*|attest(?:e|s)?"
    r"|krampfader\w*|varicose veins|übergewichtig\w*|adipös\w*|adipositas"
    r"|pflegestufe ?\d|nervenzusammenbruch|kreislaufprobleme\w*|kreislaufzusammenbruch"
    r"|kreislaufkollaps|kollabiert|ohnmächtig|bewusstlos|collapsed|passed out|on the sick|"
    r"insulinspritze\w*|insulin (?:glargin\w*|aspart|lispro|detemir|degludec|glulisin\w*)"
    # infections (tropical, food-borne, sexually transmitted, parasites) and lost senses or memory
    r"|malaria|dengue(?: fever|fieber)?|denguefieber|typhoid|typhus|cholera|zika|ebola|rabies|tollwut|salmonell\w+"
    r"|listeriose|listeriosis|legionell\w+|legionnaires'? disease|norovirus|noroviren|chlamydi\w+|gonorrh\w+"
    r"|tripper|syphilis|scabies|krätze|head lice|kopfläuse|kopflausbefall|tetanus|wundstarrkrampf|giardia\w*|fsme"
    r"|glandular fever|(?:memory|sight|vision) loss|gedächtnisverlust|sehverlust|chronic fatigue"
    # a medical certificate as Singapore and Malaysia say it ("on MC today", "on MC till Friday"); fears by their kind
    r"|on mc(?= (?:today|tomorrow|till|until|for|since|again|lah|\d))|prüfungsangst|prüfungsängste\w*"
    r"|(?:exam|test|social|performance|separation|health|generali[sz]ed) anxiety)(?![\w-])"
)
LEXICON_WORDS = frozenset(
    "malaria dengue denguefieber typhoid typhus cholera zika ebola rabies tollwut salmonella salmonellen "
    "salmonellose salmonellosis listeriose listeriosis legionellen legionella legionellose legionnaires legionnaires' "
    "norovirus noroviren chlamydia chlamydien chlamydieninfektion gonorrhoea gonorrhea gonorrhö tripper syphilis "
    "scabies krätze head kopfläuse kopflausbefall tetanus wundstarrkrampf giardia giardiasis fsme glandular memory "
    "sight vision gedächtnisverlust sehverlust chronic prüfungsangst prüfungsängste prüfungsängsten exam test social "
    "performance separation health generalised generalized "
    "durchfall diarrhoea diarrhea ausschlag hautausschlag rash schwindel herzrasen herzstolpern palpitations irregular "
    "dekubitus druckgeschwür druckgeschwüre druckgeschwüren pressure bed bedsores bedsore krankengymnastik logopädie "
    "rehasport herzsport herzsportgruppe funktionstraining ergotherapie speech kompressionsstrümpfe "
    "kompressionsstrumpf "
    "kompressionsstrümpfen compression gehstock unterarmgehstützen unterarmgehstütze holter langzeit-ekg "
    "langzeit-blutdruck langzeit-blutdruckmessung cpap blutdruckmessgerät hörimplantat cochlea-implantat cochlear "
    "epilepsie epilepsy epileptiker epileptikerin epileptic depression depressionen migräne migraine diabetes "
    "diabetiker diabetikerin diabetic hashimoto hashimoto's morbus dialyse dialysis folgebescheinigung "
    "erstbescheinigung self-certification self-cert heilmittelverordnung krankenhauseinweisung risikoschwangerschaft "
    "schwangerschaftsdiabetes gestational recovery insulin insulinspritze insulinspritzen nachteilsausgleich "
    "nachteilsausgleichs nachteilsausgleiche wiedervorstellung verträgt vertrage vertragen verträgst can't cannot can "
    "doesn't does don't do allergiker allergikerin asthmatiker asthmatikerin rheumatiker rheumatikerin spastiker "
    "spastikerin bluter asthmatic anaemic anemic arthritic dyslexic dyspraxic haemophiliac hemophiliac "
    "klinikaufenthalt klinikaufenthalts klinik-aufenthalt rehaaufenthalt reha-aufenthalt psychiatrieaufenthalt "
    "kuraufenthalt grauer grauen grüner grünen katarakt stomach tooth ear back belly tummy stomachache toothache "
    "earache backache bellyache tummyache ehcp education special sen sonderpädagogischer sonderpädagogischen "
    "sonderpädagogische schulbegleitung schulbegleiter schulbegleiterin integrationshelfer integrationshelferin "
    "inklusionshelfer inklusionshelferin pflegestufe gelben gelber krankenschein krankenscheine attest atteste attests "
    "krampfader krampfadern varicose übergewichtig übergewichtige "
    "übergewichtigen adipös adipöse adipösen adipositas merkzeichen ssw allergic allergisch "
    "nervenzusammenbruch kreislaufprobleme kreislaufproblemen kreislaufzusammenbruch kreislaufkollaps kollabiert "
    "ohnmächtig bewusstlos collapsed passed on".split()
)
# Conditions written as a few capitals, after a word that gives them to someone ("hat ADS", "has MS", "after MS",
# "wegen ADHS"); not before a capitalised word ("has MS Teams", "hat ADS Premium").
_ACRONYM_SET = frozenset("ADS ADHS ADHD ADD MS COPD PTBS PTSD OCD ME CFS IBS PCOS KHK ALS".split())
_ACRONYM = re.compile(
    r"(?<![\w-])(?:hat|hatte|haben|has|have|had|mit|with|wegen|after|nach|due to|because of|diagnosed with"
    r"|leidet an|suffers from|lives with|lebt mit|von|of)[ \t]+(?:(?:a|an|ein|eine|einer|seine[mrn]?|ihre[mrn]?|his"
    r"|her)[ \t]+)?(ADS|ADHS|ADHD|ADD|MS|COPD|PTBS|PTSD|OCD|ME/CFS|CFS|IBS|PCOS|KHK|ALS)(?![\w/-])(?![ \t]+[A-Z0-9])"
)


def lexicon_at(lower: str, pos: int) -> int | None:
    """The end of a lexicon term that starts at `pos`, or None."""
    m = LEXICON.match(lower, pos)
    return m.end() if m else None


def acronyms(doc: Doc) -> list[tuple[int, int]]:
    """Conditions written as capitals after a word that gives them to someone ("hat ADS", "I have MS"); tried only
    at the text's capitalised words that are such acronyms."""
    out = []
    for start, end, word in doc.caps:
        if word in _ACRONYM_SET:
            m = _ACRONYM.search(doc.text, max(0, start - 40), end + 3)
            if m and m.start(1) == start:
                out.append((start, end))
    return out


# Words that are health data only beside other health data in the same sentence: accommodations, follow-ups,
# results, notes and forms, carers ("Nachteilsausgleich", "extra time", "Wiedervorstellung", "results are back",
# "referral letter", "midwife says no heavy lifting").
_COMPANIONS = re.compile(
    r"(?<![\w-])(?:nachteilsausgleich\w*|zeitverlängerung|(?:zusätzliche|regelmäßige|mehr) pausen|extra time"
    r"|additional time|(?:regular|extra|additional|frequent) breaks|ground[- ]floor (?:desk|office|workstation|room)"
    r"|screen ?readers?|screenreader|vorlesesoftware|no heavy lifting|nicht (?:schwer )?heben|keine schweren lasten"
    r"|barrierefreie\w* arbeitsplatz|reasonable adjustments?"
    r"|wiedervorstellung|kontrolltermin\w*|nachkontrolle|nachuntersuchung"
    r"|(?:book|booked|schedule|arrange) a review|gp to review|(?:test )?results|ergebnisse|befund\w*"
    r"|referral(?: letter)?|self-certification(?: form)?|sick leave|attest\w*"
    r"|midwife|hebamme|district nurse|tabletten stellen|medikamente stellen)(?![\w-])"
)


def companions(lower: str, start: int, end: int) -> list[tuple[int, int]]:
    """Companion words in `lower[start:end]` (a sentence that holds a health finding about a person)."""
    return [m.span() for m in _COMPANIONS.finditer(lower, start, end)]


def with_companions(lower: str, kept: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """The kept findings and the companion words in their sentences ("braucht Nachteilsausgleich", "midwife says no
    heavy lifting"), which are health data only beside a health fact about a person."""
    if not kept:
        return kept
    out = list(kept)
    done: set[tuple[int, int]] = set()
    for start, end, strong in kept:
        bounds = sentence(lower, start, end)
        if lower[bounds[1] - 1] == ";":  # "Lori is 24 weeks pregnant; midwife says no heavy lifting."
            bounds = bounds[0], sentence(lower, bounds[1], bounds[1])[1]
        if bounds in done:
            continue
        done.add(bounds)
        for a, b in companions(lower, *bounds):
            if not any(a < e and b > s for s, e, _ in out):
                out.append((a, b, strong))
    return sorted(out)


_TRIED: dict[str, bool] = {}


def tried(word: str) -> bool:
    """The word loop tries form_at at this word (remembered per word: a pure function of the word)."""
    known = _TRIED.get(word)
    if known is None:
        known = (
            word in LAB_WORDS
            or word in LEXICON_WORDS
            or word in INJURY_WORDS
            or word in PARTICIPLES
            or word in SENSES
            or word_form(word) is not None
            or word[: word.find("-")] in LAB_WORDS  # "tsh-wert"
        )
        if len(_TRIED) < _SEEN_MAX:
            _TRIED[word] = known
    return known


def form_at(lower: str, pos: int, word: str, needy: set[tuple[int, int]]) -> tuple[int, int] | None:
    """A lab value ("tsh erhöht"), a word of the lexicon ("durchfall") or a word known by its formation
    ("dermatologie", "lipom") at `pos`; lab values and specialties go into `needy`."""
    if word in LAB_WORDS or word[: word.find("-")] in LAB_WORDS:
        end = lab_at(lower, pos)
        if end:
            needy.add((pos, end))
            return pos, end
    if word in LEXICON_WORDS:
        end = lexicon_at(lower, pos)
        if end:
            return pos, end
    if word in INJURY_WORDS or word in PARTICIPLES or word in SENSES:
        return injury_at(lower, pos, word)
    form = word_form(word)
    if form:
        if form == "specialty":
            needy.add((pos, pos + len(word)))
        return pos, pos + len(word)
    return None
