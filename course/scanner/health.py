"""GDPR Art. 9 health data: sick notes, diagnoses, disability, pregnancy, therapy; strong if someone is identifiable."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator

from course.scanner.context import Doc, finding
from course.scanner.result import Finding

# On the lower-cased text. Spans may take in the words around a term ("in der Reha", "off sick").
_DE = (
    r"krank(?:geschrieben|gemeldet|geschrieben\w*|schreibung\w*|meldung\w*|enschein\w*|heitsbedingt\w*)"
    r"|krank (?:geschrieben|gemeldet)"
    r"|(?:ist|bin|war|sind|wurde|wird|liegt|seit \w+) krank(?: (?:geschrieben|gemeldet))?"
    r"|erkrankt\w*|erkrankung\w*"
    r"|arbeitsunfähig\w*|au-bescheinigung\w*|(?:ärztlich\w* |amtsärztlich\w* )(?:bescheinigung\w*|attest\w*|befund\w*)"
    r"|diagnostiziert\w*|diagnose(?: lautet|:)|mit der diagnose"
    r"|(?:in |zur |aus der )?(?:der |einer )?reha(?:bilitation|-\w+|klinik)?"
    r"|(?:im |ins |aus dem )krankenhaus|in (?:der |einer )?(?:psychiatrie|klinik)|krankenhausaufenthalt\w*"
    r"|(?:in )?(?:psycho|physio|chemo|strahlen|entzugs|sucht|verhaltens|ergo)therapie\w*|(?:in )?therapie"
    r"|in (?:psychotherapeutischer|psychiatrischer|ärztlicher|stationärer|ambulanter|medizinischer) behandlung"
    r"|schwanger\w*|mutterschutz\w*|fehlgeburt|schwerbehindert\w*|schwerbehinderung\w*"
    r"|(?:seh|geh|hör|körper|lern|geistige[rn]? )?behinderung\w*|gdb(?: von)? ?\d{2,3}|rollstuhl\w*|gehörlos\w*"
    r"|diabet\w+|zucker(?:krank\w*|krankheit)"
    r"|(?:brust|lungen|haut|darm|prostata|blut)?krebs(?:erkrankung|diagnose)?|tumor\w*"
    r"|leukämie|depression\w*"
    r"|depressiv\w*|burn-?out|(?:generalisierte )?angststörung\w*|panikattacke\w*"
    r"|(?:bipolare |essstörung|zwangsstörung)\w*"
    r"|bipolar\w*|psychisch\w* (?:erkrank\w*|problem\w*|belastung\w*)|migräne\w*|asthma\w*|epilep\w+|rheuma\w*"
    r"|arthrose|tinnitus|gürtelrose|long[- ]covid|post[- ]covid|covid(?:-19)?"
    r"|(?:hat|hatte|mit|an) corona|corona(?:-positiv|infektion|-erkrankung)"
    r"|bandscheibe\w*|herzinfarkt\w*|schlaganfall\w*|hörsturz|multiple[rn]? sklerose|\bms-(?:schub|erkrank\w*)"
    r"|parkinson\w*|morbus \w+|adhs|autis\w+|demenz\w*|alzheimer\w*|alkohol(?:abhängig\w*|sucht|krank\w*|problem\w*)"
    r"|drogen(?:sucht|abhängig\w*)|suchterkrankung|entzugsklinik|hiv(?:-positiv)?|aids"
    r"|(?:chronische[nr]? )?(?:rücken|kopf)schmerzen"
    r"|chronisch\w* (?:krank\w*|schmerz\w*|erkrank\w*)|\w+-op\b"
    r"|(?:der|die|eine|einer|seiner|ihrer) operation|operiert|op-termin"
    r"|nach (?:der|seiner|ihrer) op\b"
    r"|beinbruch|knochenbruch|allergie\w*|allergisch\w*|schwangerschaft\w*|fruchtbarkeit\w*|kinderwunsch\w*"
    r"|künstliche befruchtung|pflegegrad ?\d?|pflegebedürftig\w*|(?:sehr |schwer )?pflegebedürftig"
)
_EN = (
    r"(?:signed |been |is |was |went |called in |calling in |phoned in |home )?off sick"
    r"|(?:called|calling|phoned) in sick"
    r"|(?:is|was|been|feeling|feels|went home|got) (?:\w+ )?(?:sick|ill|unwell)(?: leave"
    r"| note)?|(?:on |off on )?sick leave|sickness absence"
    r"|sick (?:note|day)s?|fit note|doctor'?s note|medical (?:certificate|note|leave|condition|appointment|records?)"
    r"|(?:hospital )?discharge (?:letter|summary)|disability (?:assessment|benefit\w*|allowance|claim)|illness\w*"
    r"|(?:in |into |from |left |out of )hospital|hospitali[sz]ed|(?:in |into |from )?rehab(?:ilitation)?"
    r"(?: for (?:alcohol|drug|substance|opioid|gambling)? ?(?:dependency|addiction|abuse))?"
    r"|receiving (?:counsell?ing|treatment|therapy)|counsell?ing"
    r"|(?:chemo|physio|psycho|radio|speech|cognitive behavioural )?therapy"
    r"|(?:knee|hip|back|heart|eye|spinal|shoulder|cancer|emergency|major|minor)[ -]surgery"
    r"|surgery|(?:an |his |her )operation"
    r"|diagnosed with(?: [\w'’-]+){1,3}|diagnosed|diagnosis(?: of|:)?|pregnan\w+|miscarriage"
    r"|ivf|fertility treatment|maternity leave|disabilit\w+"
    r"|(?:visual|visually|hearing|mobility|cognitive|learning|physical) impair\w+|hearing loss|deaf"
    r"|wheelchair\w*|depress\w+|anxiety(?: disorder)?|panic attacks?|burn-?out|bipolar(?: disorder)?|eating disorder"
    r"|ocd|ptsd|mental health (?:condition|issues?|problems?|crisis)|nervous breakdown"
    r"|diabet\w+|(?:breast |lung |skin |bowel |prostate )?cancer"
    r"|tumou?r\w*|leuk(?:a)?emia|chemo|migraines?|asthma\w*|epilep\w+|arthritis|tinnitus"
    r"|shingles|long[- ]covid|covid(?:-19)?"
    r"|slipped disc|heart (?:attack|condition|surgery)|(?:a|after a|had a|suffered a) stroke|multiple sclerosis"
    r"|parkinson'?s(?: disease)?|crohn'?s(?: disease)?|adhd|autis\w+|dementia|alzheimer'?s(?: disease)?"
    r"|(?:alcohol|drug|substance) (?:dependency|addiction|abuse)|alcoholism|addiction|hiv(?:[- ]positive)?|aids"
    r"|(?:chronic |lower )?back pain|chronic (?:pain|illness|condition|fatigue)|broken (?:leg|arm|wrist|ankle|hip)"
    r"|allerg(?:y|ies|ic)|care needs"
)
_TERMS = re.compile(rf"(?:{_DE}|{_EN})(?:-[^\W\d_]+)*(?![\w-])")
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
    "befruchtung pflege sick ill unwell fit doctor medical hospital discharge disab rehab counsel chemo physio psycho "
    "surgery pregnan miscarr ivf fertility maternity impair hearing deaf wheelchair anxiety eating ocd ptsd mental "
    "breakdown cancer migraine shingles slipped heart stroke crohn adhd dementia dependency addiction alcoholism pain "
    "broken care".split()
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
    "erkrankung",
    "krank",
    "disease",
    "disorder",
    "impairment",
)
_WORDS = re.compile(r"[^\W\d_][\w'’-]*")
_HEAD3 = frozenset(h[:3] for h in _HEADS)
_TAIL4 = frozenset(t[-4:] for t in _TAILS)
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
        if pos < last_end or not (
            (word[:3] in _HEAD3 and word.startswith(_HEADS))
            or (word[-4:] in _TAIL4 or word[-3:] == "-op")
            and word.endswith(_TAILS)
        ):
            continue
        for j in range(max(0, i - _BACK), i + 1):  # the earliest start whose term reaches the core word
            start = words[j][0]
            if start < last_end:
                continue
            m = _TERMS.match(lower, start)
            if m and m.end() > pos and not _surname(doc.text, start, m.end()):
                last_end = m.end()
                yield start, m.end()
                break


def health(doc: Doc, others: Iterable[Finding]) -> Iterator[Finding]:
    """Health terms; strong when a name is near (or the text has strong personal data), weak otherwise."""
    spans = list(_terms(doc))
    if not spans:
        return
    personal = [f for f in others if f.category in PERSONAL]
    anywhere = any(f.strong and f.category != "address" for f in personal)
    names = sorted(f.start for f in personal if f.category == "name")
    for start, end in spans:
        k = bisect_left(names, start - _NEAR)  # names start before their end: one sorted list is enough
        near = k < len(names) and names[k] < end + _NEAR
        if doc.lower[start:end] in GENERAL:
            continue  # "Krankmeldungen sind ab dem dritten Tag vorzulegen": a rule, about nobody
        yield finding("health", doc.text, start, end, anywhere or near)
