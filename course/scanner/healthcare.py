"""Health words of care rather than of illness: care settings (inpatient, A&E, "stationär", "Spital"), practitioners
("Kinderärztin", "GP", "physio"), sick pay and health benefits ("Krankengeld", "SSP"), fitness assessments ("DVLA
medical", "nicht höhentauglich", "G26") and pregnancy wording ("expecting", "in anderen Umständen", "due in May");
each class tried only when one of its cheap literal stems occurs, and health data only about a person."""

from __future__ import annotations

import re
from collections.abc import Iterator

from course.scanner.context import Doc, positions
from course.scanner.healthforms import _ROOTS

_MONTHS = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun"
    r"|jul|aug|sep|sept|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|dezember|spring|summer|autumn|winter"
    r"|the (?:new year|spring|summer|autumn|winter))"
)
# Literal stems of each class below: every alternative of its pattern holds one (it is tried only around them).
_PRACTITIONER_STEMS = ("arzt", "ärzt", "therap", "olog", "hebamme", "physio", "orthopäd", "chiro", "ob-gyn", "ician")
_SETTING_STEMS = (
    *("stationär", "ambulant", "notaufnahme", "notfall", "spital", " kur", "wagen", "patient", "a&e", "urgent care"),
    *("emergency", "casualty", "ambulance", "discharged"),
)
_BENEFIT_STEMS = (
    *("geld", "rente", "fortzahlung", "sick pay", "maternity", "allowance", "blue badge", "disabili", "ill-health"),
    *("medically", "independence"),
)
_FITNESS_STEMS = ("tauglich", "fähig", "untersuchung", "vorsorge", "medical", "occupational health", "unfit")
_PREGNANCY_STEMS = ("umständen", "hoffnung", "geburtstermin", "entbind", "scan", "natal")
# (stems, pattern on the lower-case text): a class is tried only around its stems.
_LOWER: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    # practitioners by their word formation: "Kinderärztin", "Amtsarzt", "Psychotherapeutin", "Kardiologe",
    # "augenärztliches Gutachten", "Arztbrief" (not a vet: "Tierärztin")
    (
        _PRACTITIONER_STEMS,
        re.compile(
            r"(?<![\w-])(?:[a-zäöü]+(?<!tier)(?<!betriebs)(?:arzt|ärztin|ärzte|ärzten|ärztinnen)"
            r"|[a-zäöü]*(?<!tier)ärztlich(?:e[mnrs]?)? (?:gutachten|attest|bescheinigung|untersuchung|behandlung"
            r"|befund|zeugnis|stellungnahme|verordnung|überweisung)\w*"
            r"|arzt(?:brief|bericht|zeugnis|besuch|termin)\w*"
            r"|[a-zäöü]*therapeut(?:in|en|innen)?|psycholog(?:e|in|en|innen)"
            rf"|{_ROOTS}log(?:e|in|en|innen)|hebamme|physio|orthopäd(?:e|in|en|innen)"
            r"|chiropraktiker(?:in)?"
            # English: "paediatrician", "physio", "OB-GYN", "optician", "chiropractor", "health visitor"
            r"|pa?ediatrician|pediatrician|obstetrician|optician|optometrist|dietitian|dietician|chiropractor"
            r"|chiropodist|ob-?gyn"
            r"|(?:occupational |speech(?: and language)? |physical )?therapist)(?![\w-])"
        ),
    ),
    # care settings: inpatient and outpatient care, the emergency department, a spa cure, a discharge
    (
        _SETTING_STEMS,
        re.compile(
            r"(?<![\w-])(?:(?:teil)?stationär(?= (?:in|im|auf|aufgenommen|behandelt|eingewiesen|untergebracht"
            r"|gewesen|bleiben|liegen|verlegt|überwiesen)\b| ?[.!]|$)"
            r"|(?:teil)?stationäre[nmrs]? (?:aufnahme|behandlung|aufenthalt|pflege|reha\w*|therapie|einweisung"
            r"|unterbringung|versorgung)"
            r"|ambulant (?:behandelt|operiert|versorgt|betreut|therapiert)"
            r"|ambulante[nmrs]? (?:behandlung|op|operation|therapie|reha\w*|psychotherapie)"
            r"|notaufnahme|notfallaufnahme|notfallambulanz|rettungswagen|krankenwagen"
            r"|[a-zäöü]*(?<!ho)spital|(?:zur|auf|in|eine[rn]?) kur|kur(?:aufenthalt|klinik)\w*"
            r"|in-?patient|out-?patient|a&e|urgent care"
            r"|emergency (?:room|department|surgery)|(?:to|in|at) casualty|(?:by|in an|called an|an) ambulance"
            r"|discharged (?:from (?:the )?(?:hospital|ward|icu|clinic|unit)|home))(?![\w-])"
        ),
    ),
    # sick pay, health and disability benefits
    (
        _BENEFIT_STEMS,
        re.compile(
            r"(?<![\w-])(?:[a-zäöü]*krankengeld\w*|verletztengeld|mutterschaftsgeld|pflegegeld"
            r"|erwerbsminderungsrente|erwerbsunfähigkeitsrente|berufsunfähigkeitsrente|(?:lohn|entgelt)fortzahlung\w*"
            r"|statutory sick pay"
            r"|(?:statutory )?maternity (?:pay|allowance)|personal independence payment"
            r"|(?:disability living|attendance|employment and support) allowance|blue badge(?: holder)?"
            r"|(?:short|long)-term disability|ill-health retirement|medically (?:retired|unfit))(?![\w-])"
        ),
    ),
    # fitness assessments: kinds of work fitness, their examinations and the occupational-medicine codes
    (
        _FITNESS_STEMS,
        re.compile(
            r"(?<![\w-])(?:(?:nicht |bedingt |eingeschränkt |voll )?(?:atemschutz|höhen|fahr|flug|tropen|nachtschicht"
            r"|schicht|nachtdienst|dienst|wehrdienst|see|tauch|bildschirm|arbeitsplatz)(?:un)?tauglich(?:keit)?\w*"
            r"|(?:nicht |bedingt |eingeschränkt |voll )?(?:dienst|erwerbs|berufs)(?:un)?fähig(?:keit)?\w*"
            r"|(?:tauglichkeits|eignungs|einstellungs)untersuchung\w*"
            r"|g ?\d{1,2}(?:\.\d)?(?:-| )(?:untersuchung|vorsorge|tauglich\w*|untauglich\w*)"
            r"|(?:untersuchung|vorsorge) nach g ?\d{1,2}(?:\.\d)?"
            r"|(?:fitness|pre-employment|occupational health|annual) medical|occupational health (?:assessment"
            r"|review)|fitness[- ]to[- ](?:drive|work|fly)(?: assessment)?"
            r"|unfit (?:for|to) (?:\w+ ){0,2}?(?:work|duty|shifts?|driving|drive|fly|flying))(?![\w-])"
        ),
    ),
    # pregnancy: "in anderen Umständen", "guter Hoffnung", a birth's expected date, scans; "expecting" below
    (
        _PREGNANCY_STEMS,
        re.compile(
            r"(?<![\w-])(?:(?<!unter )in anderen umständen|guter hoffnung|(?:errechnete[nr]? )?geburtstermin"
            r"|entbindungstermin|entbindung|entbunden"
            r"|\d{1,2}[- ]week (?:scan|check|appointment)|(?:dating|anomaly|growth|pregnancy|baby) scan"
            r"|(?:ante|pre|post)natal(?: \w+)?|(?:her|my|their) due date)(?![\w-])"
        ),
    ),
)
# Capital forms on the original text: "A&E" is lower-case-safe above, these are not ("the ER", "GP", "SSP", "PIP").
_CAPS = re.compile(
    r"(?<![\w-])(?:(?:(?<=the )|(?<=to )|(?<=in )|(?<=at ))ER"
    # the GP someone sees ("her GP", "the GP's") or a GP's paper or visit ("GP letter"), not "GP surgeries"
    r"|(?:(?<=the )|(?<=her )|(?<=his )|(?<=my )|(?<=their )|(?<=a ))GP(?:'s)?(?! surger|[ -]practice)"
    r"|GP(?: (?:appointment|letter|referral|visit|note|review|check))"
    r"|SSP|PIP|[A-Z][A-Z0-9]{1,5} medical(?! (?:records?|cent(?:re|er)|school|devices?"
    r"|supplies|insurance|team|director|officer|practice|forms?|processing|rules|guidance))"
    r"|G ?\d{1,2}(?:\.\d)?(?=\)))(?![\w-])"
)
_CAPS_STEMS = (" ER", "GP", "SSP", "PIP", " medical", "(G")
# Someone is expecting a child: "is expecting", then the clause ends, "and", a baby or a time ("in May").
_EXPECTING = re.compile(
    r"(?:\bis|she's|'s|’s|are|they're|we're|am|i'm|was)(?: now| also)? (expecting)(?=[ \t]*(?:[.,;!)]|$|\n)"
    r"|[ \t]+(?:and|again|twins|triplets|(?:a|her|their|his|our|my) (?:\w+ )?(?:baby|child|twins|first|second"
    r"|third|fourth)|a (?:boy|girl)|in " + _MONTHS + r")\b)"
)
# "is due in May": the subject must be a name or "she" right before it ("Hannah Clarke is due in May").
_DUE = re.compile(
    r"(?:\bshe's|\bshe is|\bis) (due (?:in|on|at the (?:end|start|beginning) of|early in|late in|mid|around)"
    r"(?:[ -]\w+)? " + _MONTHS + r")(?![\w-])"
)
# A benefit's rule rather than someone's payment: "SSP is paid from the fourth day", "Krankengeld wird ... gezahlt".
_RULE_AFTER = re.compile(
    r"[ \t]+(?:(?:is|are|will be|can be|wird|werden|ist|kann)\b(?: \w+){0,4}? (?:paid|payable|calculated|available"
    r"|capped|claimed|gezahlt|berechnet|ausgezahlt|gewährt|beantragt)|(?:rates?|sätze?|satz|höhe|policy|richtlinie"
    r"|rules?|regeln?|applies|gilt|beträgt|starts?|kicks in|beginnt)\b)"
)
# A practitioner named as a job or a title: "ist Kinderärztin", "works as a physio", "Kinderärztin Dr. Weber".
_JOB_BEFORE = re.compile(
    r"(?<![\w-])(?:ist|bin|sind|war|als|wird|werden|is|am|are|was|as|works as|hiring|suchen|sucht|gesucht"
    r"|stelle|vacancy|new|neue[rn]?|unsere?[mnrs]?|our)(?: (?:a|an|eine?|the))?[ \t]+$"
)
_TITLE_AFTER = re.compile(r"[ \t]+(?:dr\.?|prof\.?|gesucht|wanted|needed|vacancy|job|stelle|praxis|practice)\b")
# Advice or a procedure rather than a fact: "Wie beantrage ich einen Pflegegrad?", "How do I claim SSP?"
_HOW_TO = re.compile(
    r"(?:\b(?:wie|wo|wann|how|where|when)\b[^.!?\n]{0,40}?\b(?:beantrag\w*|bekomm\w*|erhalt\w*|krieg\w*|apply"
    r"|claim|get|request|book|arrange|find)\b[^.!?\n]*\?|\b(?:how to|wie man) (?:apply|claim|get|request|book"
    r"|arrange|find|beantragt|bekommt|erhält)\b)"
)


def care_terms(doc: Doc, names: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Spans of care words; each is health data only with a person in its sentence (the caller checks)."""
    lower = doc.lower
    for k, (stems, pattern) in enumerate(_LOWER):
        for start, end in _near(lower, stems, pattern):
            if k == 0 and _a_job(lower, start, end):
                continue
            if k == 2 and _RULE_AFTER.match(lower, end):
                continue
            yield start, end
    for start, end in _near(doc.text, _CAPS_STEMS, _CAPS):
        if not _RULE_AFTER.match(lower, end):
            yield start, end
    for i in positions(lower, "expecting"):
        m = _EXPECTING.search(lower, max(0, i - 16), i + 60)
        if m and m.start(1) == i:
            yield m.span(1)
    for i in positions(lower, "due "):
        m = _DUE.search(lower, max(0, i - 10), i + 60)
        if m and m.start(1) == i and (m.group().startswith("she") or any(0 <= m.start() - e <= 1 for _, e in names)):
            yield m.span(1)


_BEFORE = 45  # how far before one of its stems a class's pattern may start


_WORD_START = re.compile(r"(?<![\w&'’-])[\w(]")


def _near(s: str, stems: tuple[str, ...], pattern: re.Pattern[str]) -> set[tuple[int, int]]:
    """The spans of `pattern` (which starts at a word) matched at the start of the word that holds one of `stems`
    and of the two words before it (every alternative of the pattern holds a stem): never a search of the text."""
    spans: set[tuple[int, int]] = set()
    for stem in stems:
        i = s.find(stem)
        while i >= 0:
            end = i + len(stem)
            for w in _WORD_START.finditer(s, max(0, i - _BEFORE), end):
                if s.count(" ", w.start(), i) <= 2:  # the stem's word and two words before it ("nicht höhentauglich")
                    m = pattern.match(s, w.start())
                    if m:
                        spans.add(m.span())
            i = s.find(stem, i + 1)
    return spans


def _a_job(lower: str, start: int, end: int) -> bool:
    """A practitioner's word as a job or title ("ist Kinderärztin", "Hausarzt Dr. Weber", "physio wanted")."""
    return bool(_JOB_BEFORE.search(lower, max(0, start - 25), start) or _TITLE_AFTER.match(lower, end))


def how_to(lower: str, s: int, e: int) -> bool:
    """The sentence `lower[s:e]` asks how to get or claim something: a procedure, about nobody yet."""
    return _HOW_TO.search(lower, s, min(len(lower), e + 1)) is not None
