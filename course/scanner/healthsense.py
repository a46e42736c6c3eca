"""Whom a health term is about: a person (a name, "she", "mein Kollege", "I") or nobody (a rule, a product, slang)."""

from __future__ import annotations

import re
from functools import lru_cache

from course.scanner.context import Doc, compile_words
from course.scanner.healthterms import BY_FORM, EVERYDAY

# Where a sentence or clause may end; a "." only after a word of 3+ letters, a number of 3+ digits or a bracket
# ("Dr.", "z.B." and "am 3. Juni" go on), and ".!?" only before a space, a quote or the end of the text.
_BOUND = re.compile(r"[.!?;\n]")
_OPEN_AFTER = frozenset(" \t\r\n\"'“”„)")
_SPAN = 300  # how far to look for a sentence's ends

# Someone a health fact can be about: the writer, a third person, or a person named by role with a determiner.
# "you"/"Sie"/"your" are left out: in rules and instructions they address anyone ("If you are unwell ...").
_PERSON = compile_words(
    r"ich|mich|mir|mein\w*|er|ihm|ihn|sein(?:e[mnrs]?)?"
    r"|i|i'm|i've|i'd|i'll|me|my|myself|he|he's|him|his|she|she's|her|hers"
    r"|dr\.?|prof\.?|herrn?|frau|mr\.?|mrs\.?|ms\.?|miss"
    r"|(?:mein|unser|der|die|dem|den|des|ein|sein|ihr)e?[mnrs]? (?:[\w-]+ )?"
    r"(?:kolleg(?:e|in|en)|mitarbeiter(?:in|s)?|chef(?:in)?|vorgesetzte[rn]?|azubi|auszubildende[rn]?"
    r"|praktikant(?:in|en)?|sohn|tochter|kind|mann|ehemann|ehefrau|partner(?:in)?|vater|mutter|bruder|schwester"
    r"|nachbar(?:in)?|teamleiter(?:in)?|abteilungsleiter(?:in)?|patient(?:in)?|versicherte[rn]?|bewohner(?:in)?"
    r"|klient(?:in)?|schüler(?:in)?|kleine[rn]?|enkel(?:in)?|oma|opa)"
    # a record about one person: "Personalakte Giorgos ...", "the insured person", "Patientenakte"
    r"|personalakte|patientenakte|mitarbeiterakte|versicherte person|insured person|the insured|the claimant"
    # someone reported about as "they": "jericho called, they are on maternity leave"
    r"|(?:called|rang|phoned|texted|messaged|emailed|said|says|wrote)(?: in)?,?(?: to say)?(?: that)? they"
    # "unser Lagerist", "meine neue Sachbearbeiterin", "our new analyst": a role by its ending after "my"/"our"
    r"|(?:mein|unser|dein|euer)e?[mnrs]? (?:[a-zäöü]+e[nr]? )?[a-zäöüß]+(?:ist|er|ent|ant|eur|or|ling)(?:in)?"
    r"|(?:my|our) (?:new |junior |senior )?(?!(?:supplier|provider|insurer|manufacturer|retailer|dealer|carrier"
    r"|server|printer|router|computer|controller|container|folder|order|newsletter|number|register|quarter|center"
    r"|offer|paper|letter|buyer|seller|competitor|distributor|vendor|investor|sponsor|cluster|sensor|monitor"
    # not "-ent" ("our client", "department"), nor a firm or a machine ("our supplier", "our printer")
    r"|processor|tracker|browser|player|builder|scanner|adapter|charger)\b)[a-z]+(?:ist|yst|er|or|ant|ian|ee)"
    r"|(?:my|our|the|a|an|his|her|their|one of our) (?:[\w-]+ )?"
    r"(?:colleague|co-?worker|manager|boss|employee|team member|intern|apprentice|trainee|new hire|new starter"
    r"|wife|husband|son|daughter|partner|mum|mom|dad|mother|father|brother|sister|friend|neighbou?r|lead"
    r"|patient|resident|pupil|student|child|kid|baby|toddler|grandson|granddaughter)"
)
# "sie", "ihr", "ihre": one woman, or several people ("Patienten ... ihre Medikamente"); "someone", "jemand": one
# person, or anyone ("what to do when someone has a stroke"): a person unless the sentence speaks in general.
_SHE_OR_THEY = compile_words(r"sie|ihr(?:e[mnrs]?)?|jemand\w*|someone|somebody")
_CAPITALISED = re.compile(r"(?<![\w-])[A-ZÄÖÜ][a-zäöüßéèáàíóúçñ]+(?![\w-])")
_FIRST_WORD = re.compile(
    r"[\s,;:>\-–]*(?:(?:hey|hi|hallo|moin|servus|fyi|btw|ok|also|so|psst)[\s,!.:]+)?"
    r"([a-zäöü][a-zäöüßéèáàíóúçñ]{2,})(?![\w-])"
)
# A sentence that speaks of nobody in particular: a condition, a rule, people in general, a product, an
# organisation, a course, a law or a market ("Im Krankheitsfall ...", "Sick notes are required ...").
_GENERAL = compile_words(
    r"bei krankheit|im krankheitsfall|krankheitsfall|im falle?|falls|wenn|wer|sofern|laut|gemäß|in der regel"
    r"|grundsätzlich|generell|muss|müssen|vorzulegen|einzureichen|abzugeben|gilt|gelten|anspruch|verpflichtend"
    r"|pflicht|betriebsvereinbarung|richtlinie\w*|regel\w*|gesetz\w*|mitarbeitende[n]?"
    r"|mitarbeiterinnen|beschäftigte[n]?|patient(?:en|innen)|kund(?:e|in|en|innen)|app|ki|software|tool"
    r"|produkt\w*|start-?up|schulung\w*|seminar\w*|webinar\w*|vortrag|vorträge|kurs\w*|workshop\w*|studie\w*"
    r"|forschung\w*|versicherung\w*|krankenkasse\w*|apotheke\w*|markt|märkte|wirtschaft|konjunktur|kampagne\w*"
    r"|if|whenever|in case|in the event|everyone|staff|employees|workers|users|patients"
    r"|customers?|clients?|must|should|shall|required|mandatory|entitled|polic(?:y|ies)|rules?|law|act|legislation"
    r"|regulations?|handbook|guidance|app|software|tool|products?|start-?up|training|webinar|seminar|workshop"
    r"|course|talk|study|studies|research|charity|insurance|pharmacy|market|economy|campaign|awareness"
    # processes, systems, guides, statistics, services: "wie man eine Krankmeldung im System erfasst"
    r"|man|erfolgt|erfolgen|erfasst|erfassen|portal|system|handbuch|digital\w*|elektronisch\w*|online|formular\w*"
    r"|niemand|nobody|no one|leitfaden|ratgeber|tipps|checkliste|guide|tips|how to|checklist|führungskräfte"
    r"|managers|hotline|helpline"
    r"|number of|zahl der|anzahl|quote|rate|statisti\w*|average|durchschnitt\w*|prozent|per ?cent|%"
    r"|launch\w*|markteinführung|pharma\w*|supply|supplies|apotheken|pharmacies"
    r"|gibt es|es gibt|there (?:is|are)|verkauf\w*|liefer\w*|vertrieb\w*|sortiment\w*|hersteller\w*"
    r"|sell\w*|sold|supplier\w*|manufactur\w*"
    # offers to everyone and places fit for everyone: "Sprechstunden zu Rückenschmerzen", "drop-in sessions on
    # back pain", "Rollstuhlgerechter Zugang", "step-free access"
    r"|sprechstunde\w*|bietet|anbieten|angebot\w*|betriebsarzt|betriebsärzt\w*|gesundheitstag\w*|vorsorge\w*"
    r"|offers?|offering|sessions?|drop-in|occupational health|health day|screenings?"
    r"|rollstuhlgerecht\w*|barrierefrei\w*|behindertengerecht\w*|step-free|wheelchair[- ]accessible|accessible"
    # people in numbers: "Around 1 in 20 adults has diabetes, according to the latest figures"
    r"|according to|figures|adults|erwachsene\w*|population|bevölkerung|\d+ (?:in|von) \d+|one in \w+"
    r"|on request|upon request|auf anfrage|auf wunsch"
)
# Terms whose words also have an everyday sense: health data only with a person in the same sentence
# ("That riff is sick!", "The therapy dog", "Our app reminds users to take their medication").
_NEEDS_PERSON = re.compile(
    r"(?:(?:is|was|been|feeling|feels|went home|got) (?!off |out )(?:\w+ )?(?:sick|ill|unwell)"
    r"|(?:ist|bin|war|sind|wurde|wird|liegt) (?:\w+ )?krank|therapy|therapie|medikament\w*|medication|meds|painkillers?"
    r"|schmerzmittel\w*|tabletten|(?:cluster )?headaches?|bad (?:back|knee|hip|shoulder)|hospital"
    r"|(?:his|her|my|their) mental health|psychisch\w* belastung\w*|krank|seizures?|blood clots?|needs? (?:\w+ )?care"
    r"|legasthen\w*|dyskalkul\w*|dyslexi\w*|dyspraxi\w*|dyscalcul\w*|(?:die|eine|seine|ihre|meine|deine) op"
    r"|\w* op|dement\w*|paraly[sz]ed|alcoholic|rsi"
    r"|(?:triple |double |quadruple |heart )?bypass(?: surgery| operation)?|(?:hospital|clinic) \w+"
    rf"|{BY_FORM}|{EVERYDAY})"
)
# "krank" as an intensifier before an adjective ("krank gut", "voll krank teuer"): slang, no illness.
_SLANG_AFTER = re.compile(
    r"[ \t]+(?:gut|geil|viel|teuer|lang|lange|schnell|schön|laut|hoch|spät|früh|heiß|kalt|cool|witzig|lustig"
    r"|stark|krass|nice|billig|weit)\b"
)
# "krank" right before another adjective or adverb is an intensifier ("krank langsam", "krank teuer"); a sick
# person's "krank" goes on with a place, a time, a reason or the end of the clause ("krank zu Hause", "krank, Rücken").
_GOES_ON = frozenset(
    "zu im in ins und oder bis seit mit nach aber daheim zuhause gemeldet geschrieben geworden gewesen ist war sein "
    "hab habe hat wegen heute morgen noch am an auf aus bei vom von da dort denn weil sondern also seit "
    "gestern diese dieser "
    "letzte nächste ab".split()
)
_NEXT_WORD = re.compile(r" ([a-zäöüß]+)\b")


def _intensifier(lower: str, end: int) -> bool:
    m = _NEXT_WORD.match(lower, end)
    return m is not None and m.group(1) not in _GOES_ON


_GROWTH = frozenset({"cancer", "krebs", "krebsgeschwür", "tumour", "tumor", "geschwür"})
_GROWTH_AFTER = re.compile(r" (?:on|of|in|for|für|an|in|auf)\b")
_A_BEFORE = re.compile(
    r"(?:\ba|\bein|\b(?:der|das|die|the|a|ein|eine?)[ \t]+(?:reinste|reine|echte|wahre|absolute|regelrechte|real|true"
    r"|absolute|total|pure|proper))[ \t]$"
)
# A word beside a term that gives it another sense: the economy's depression, "sick of", "sick and tired".
_OTHER_SENSE_AFTER = re.compile(
    r"[ \t]+(?:of\b|and tired\b|in (?:the )?(?:\w+ )?(?:market|economy|prices|sales|demand)\b)"
)
# An illness of a group or an age, a figure of speech: "die eigentliche Krankheit unserer Branche", "the disease
# of this economy".
_OF_A_GROUP_AFTER = re.compile(r"[ \t]+(?:unserer|unseres|unsrer|dieser|dieses|of (?:our|this|the modern|modern))\b")
_OTHER_SENSE_BEFORE = re.compile(r"(?:economic|great|tropical|wirtschaftlich\w*|große)[ \t]+$")
# A thing that gives someone a headache: a figure of speech ("Das Projekt bereitet mir Kopfschmerzen", "this
# spreadsheet is giving me a headache", "a pain in the neck").
_FIGURE_BEFORE = re.compile(
    r"(?:bereite\w*|mach\w*|verursach\w*) (?:\w+ ){0,2}$"
    r"|(?:giv\w*|gave|caus\w*) (?:me|us|him|her|them|everyone|everybody|you)(?: \w+)? (?:a |an |the )?$"
)
_FIGURE_TERM = re.compile(r"(?:kopf|bauch|magen)schmerz\w*|kopfweh|bauchweh|headaches?|migraines?|heart attacks?")


# An animal in the sentence: a pet's or a patient's diagnosis at the vet ("Tierarzt: Luna hat Arthrose", "Our cat
# Whiskers has hyperthyroidism") is no personal data.
_ANIMAL = compile_words(
    r"tierarzt\w*|tierärzt\w*|tierklinik\w*|tierpraxis|vet|vets|vet's|veterinary|veterinarian|hund|hündin|katze|kater"
    r"|dog|puppy|kitten|cat|pferd|horse|haustier\w*|pet|pets|welpe|hamster|kaninchen|rabbit"
)
# A bare capitalised word opening a clause, with a verb that a person does ("June macht wegen Epilepsie keine
# Nachtdienste", "Ernst fehlte wegen Reha", "Ji-hoon hat ADS"): a name the name finder may not know, or a
# name that is also a word. A noun with an article ("Die Statistik zeigt") or a general word is no such subject.
_BARE_SUBJECT = re.compile(
    r"(?:\A|(?<=[:>\n.!?,;(]))[ \t]*([A-ZÄÖÜ][\w'’-]+?)(?: [A-ZÄÖÜ][\w'’-]+){0,2}(?:'s|’s)? (?:hat|hatte|macht"
    r"|machte|fehlt|fehlte|braucht"
    r"|brauchte|nimmt|nahm|bekommt|bekam|darf|leidet|litt|has|had|takes|took|needs|gets|can't|cannot|won't|missed"
    r"|uses|wears|lives|fällt|fiel)\b"
    # a capitalised word after "dass"/"that"/"weil", and a reason or a time: "dass Emir wegen Gallenkolik ... fehlt"
    r"|(?:dass|that|weil|because|ob)[ \t]+([A-ZÄÖÜ][\w'’-]+)[ \t]+(?:wegen|nach|seit|due to|after|since"
    r"|hat|ist|has|is)\b"
    # a record's "Surname, Given:" and a person addressed: "Reha-Antrag Petrović, Ji-hoon:", "Min-jun, your results"
    r"|(?<![\w-])([A-ZÄÖÜ][\w'’-]+), [A-ZÄÖÜ][\w'’-]+:"
    r"|(?:\A|(?<=[:>\n]))[ \t]*(?:(?:hi|hallo|hello|dear|liebe[r]?) )?([A-ZÄÖÜ][\w'’-]+), (?:your|you|ihr|ihre|dein"
    r"|deine|sie)\b"
)
_NO_SUBJECT = frozenset(
    "Wer Man Jeder Jede Niemand Keiner Alle Viele Es Das Dies Was Everyone Everybody Nobody Anyone It This That What "
    "Who There Each Every Staff Patients Customers Users Employees Team Firma Company Projekt Project Inflation "
    "Sales Customer Customers Kunde Kundin Kunden Colleagues Kollegen Kolleginnen All Sir Madam Hallo Hi Hello "
    "Dear Liebe Lieber Die Der Das Den Dem The A An Ein Eine Einer Unser Unsere Our Their Jeder Jede Jedes Diese "
    "Dieser Dieses These Those Software App System Server Tool Update".split()
)


def about_an_animal(lower: str, start: int, end: int) -> bool:
    """An animal in the sentence around the term, which is not itself an assistance dog."""
    term = lower[start:end]
    if "hund" in term or "dog" in term:
        return False
    if not _animals_in(lower):
        return False
    s, e = sentence(lower, start, end)
    return _ANIMAL.search(lower, s, e) is not None


# A part of every word of _ANIMAL: a text without any of them has no animal in any sentence.
ANIMAL_STEMS = tuple(
    "tier vet hund hündin kat dog pupp kitten cat pferd horse pet welpe hamster kaninchen rabbit".split()
)


@lru_cache(maxsize=4)
def _animals_in(lower: str) -> bool:
    """Some word of _ANIMAL may be in `lower` (kept for the few texts being scanned: asked once per health term)."""
    return any(stem in lower for stem in ANIMAL_STEMS)


def bare_subject(text: str, s: int, e: int, term: int = -1) -> bool:
    """A clause in `text[s:e]` opens with a bare capitalised word and a verb a person does; the term itself at
    `term` is no such subject ("Neue Studie: Diabetes nimmt in Europa zu")."""
    for m in _BARE_SUBJECT.finditer(text, s, e):
        i = next(k for k in range(1, 5) if m.group(k))
        if m.start(i) != term and m.group(i) not in _NO_SUBJECT:
            return True
    return False


def _ends(lower: str, i: int) -> bool:
    """True when the mark at `i` ends a sentence."""
    c = lower[i]
    if c in ";\n":
        return True
    if i + 1 < len(lower) and lower[i + 1] not in _OPEN_AFTER:
        return False
    if c != ".":
        return True
    before = lower[max(0, i - 3) : i]
    return before[-1:] in ")]\"'“”" or len(before) == 3 and (before.isalpha() or before.isdigit())


def sentence(lower: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence (or clause) around `lower[start:end]`."""
    left = max(0, start - _SPAN)
    s = left
    for m in _BOUND.finditer(lower, left, start):
        if _ends(lower, m.start()):
            s = m.end()
    if s == left and left > 0:  # no end found in the window: start at a word boundary
        space = lower.find(" ", left, start)
        s = space + 1 if space != -1 else start
    e = min(len(lower), end + _SPAN)
    for m in _BOUND.finditer(lower, end, e):
        if _ends(lower, m.start()):
            return s, m.end()
    return s, e


def other_sense(lower: str, start: int, end: int) -> bool:
    """The words of a term used in another sense: slang, an idiom, the economy."""
    term = lower[start:end]
    if term == "beinbruch" and lower[max(0, start - 12) : start].endswith(("hals- und ", "hals und ")):
        return True  # "Hals- und Beinbruch!": good luck
    if term.endswith("krank") and (_SLANG_AFTER.match(lower, end) or _intensifier(lower, end)):
        return True
    if term in _GROWTH and _GROWTH_AFTER.match(lower, end) and _A_BEFORE.search(lower, max(0, start - 25), start):
        return True  # "the codebase is a cancer on this project", "ein Krebsgeschwür für die Firma"
    if term.endswith(("sick", "depression")) and _OTHER_SENSE_AFTER.match(lower, end):
        return True
    if _FIGURE_TERM.fullmatch(term) and _FIGURE_BEFORE.search(lower, max(0, start - 40), start):
        return True
    if term in ("krankheit", "disease", "krebs", "cancer", "seuche", "plague") and _OF_A_GROUP_AFTER.match(lower, end):
        return True
    return term.startswith("depression") and _OTHER_SENSE_BEFORE.search(lower, max(0, start - 20), start) is not None


def _first_name(text: str, s: int, e: int) -> bool:
    """A first name in `text[s:e]` ("Tom in logistics ...", or opening a chat line: "tom is sick today"): a person
    the scanner may not call a name. Names that are also words (Mark, Will, Rose) do not count."""
    from course.scanner.firstnames import is_first_name

    first = _FIRST_WORD.match(text, s, e)
    if first and is_first_name(first.group(1).capitalize()):
        return True
    return any(is_first_name(m.group()) for m in _CAPITALISED.finditer(text, s, e))


def about_nobody(
    doc: Doc, start: int, end: int, named: bool, needs_person: bool = False, everyday: bool = False
) -> bool:
    """True when the sentence around a term speaks of nobody: no person in it (no name, `named` False; no
    pronoun, no "mein Kollege", no first name) and either a general marker (a rule, people in general, a
    product, a course) or a term that is health data only about a person (or `needs_person`; `everyday`: as
    for a word with an everyday sense, "sie"/"someone" may be the person)."""
    lower = doc.lower
    if other_sense(lower, start, end):
        return True
    if named:
        return False
    s, e = sentence(lower, start, end)
    general = _GENERAL.search(lower, s, e) is not None
    everyday = everyday or _NEEDS_PERSON.fullmatch(lower, start, end) is not None
    if not (general or needs_person or everyday):
        return False  # most terms: nothing speaks against a person, so the dearer person test is not needed
    if _PERSON.search(lower, s, e) or _first_name(doc.text, s, e) or bare_subject(doc.text, s, e, start):
        return False
    if general or needs_person:
        return True
    return _SHE_OR_THEY.search(lower, s, e) is None  # an everyday word: "sie"/"someone" may be the person


# A self-certification for tax or banking (FATCA, CRS, W-8BEN, tax residency), not a sick note.
_TAX_NEAR = re.compile(r"fatca|\bcrs\b|\btax\b|w-?8|w-?9|steuer|\bkyc\b|residency|\btin\b|\bitin\b")


def a_tax_form(lower: str, start: int, end: int) -> bool:
    """The term is a self-certification of tax status ("captured for FATCA self-cert"), not a sick note."""
    return lower.startswith("self-cert", start) and _TAX_NEAR.search(lower, max(0, start - 80), end + 80) is not None
