"""How far a health finding reaches (the term with its head noun, a named illness, a body part given as the reason)
and when a term is only the topic of something (a talk on back pain) or a field of a record about a person."""

from __future__ import annotations

import re
from collections.abc import Iterator

# A noun after a term that makes one phrase with it: "cancer treatment", "coeliac disease", "HIV positive",
# "wheelchair user", "diabetes flare-up", "Krebsbehandlung" is one word already, "Covid positiv".
_HEAD_AFTER = re.compile(
    r"[ -](?:treatments?|disease|positive|negative|users?|patients?|flare-?ups?|relapse|episodes?|attacks?"
    r"|symptoms|medication|diagnosis|behandlung|erkrankung|positiv|negativ|patient(?:in)?|schub|schübe"
    r"|results|ergebnisse|injections?|injektionen|levels?|meds|medikamente|tablets|tabletten|pills)(?![\w-])"
)
# What a person is on or how far along: "auf Krücken", "on dialysis", "24 weeks pregnant", "in der 20. Woche".
_ON_BEFORE = re.compile(r"(?<![\w-])(?:auf|on|\d{1,2} (?:weeks|wochen))[ \t]+$")
_WEEK_BEFORE = re.compile(r"(?<![\w.])\d{1,2}\.[ \t]*$")  # "24. SSW"
_ORGAN_BEFORE = re.compile(
    r"(?<![\w-])(?:thyroid|pancreatic|bowel|ovarian|cervical|testicular|stomach|liver|kidney|bladder|throat|mouth|bone"
    r"|brain|blood|skin|lung|breast|prostate|pulmonary|gastric|peptic|duodenal|coronary|renal|hepatic|cerebral|spinal"
    r"|ankylosing|rheumatoid|psoriatic|ulcerative|septic|lactose|gluten|fructose|histamine)[ \t]+$"
)
# An illness named after someone, written as an adjective: "Pfeiffersches Drüsenfieber", "Morbus ..." is a term.
_EPONYM_BEFORE = re.compile(r"(?<![\w-])[A-ZÄÖÜ][a-zäöü]+sche[nrs]? $")
# A body part as the reason after a sick note: "krankgeschrieben, Rücken", "off sick - knee", "AU (Schulter)".
_BODY_PART = re.compile(
    r"[ \t]*(?:[,:–(]|-(?= ))[ \t]*(rücken|knie|schulter|hüfte|nacken|magen|kopf|zahn|zähne|bandscheibe|fuß|fuss|hand"
    r"|arm|bein|auge|augen|ohr|ohren|hals|herz|lunge|darm|galle|niere|back|knee|shoulder|hip|neck|stomach|tooth|teeth"
    r"|eye|ear|throat|chest|heart|ankle|wrist)(?=[ \t]*(?:[.,;:!?)\n]|$))",
    re.IGNORECASE,
)
_SICK_NOTE = re.compile(
    r".*(?:krank|arbeitsunfähig|krankenstand|\bau\b|sick|unwell|\bill\b|off work|signed off)", re.IGNORECASE
)
# A term as the topic of an offer, an event, a text or a study: "Sprechstunden zu Rückenschmerzen", "drop-in
# sessions on back pain", "the study on sleep disorders", "ein Vortrag über Burnout".
_TOPIC_BEFORE = re.compile(
    r"(?:sprechstunde\w*|sessions?|vortr\w*|talks?|workshops?|webinare?s?|seminare?|kurse?|courses?|trainings?"
    r"|stud(?:y|ies|ie|ien)|informationen|information|infos?|broschüre\w*|leaflets?|flyer\w*|tipps?|tips|guides?"
    r"|ratgeber|beratung\w*|advice|awareness|research|forschung|artikel|articles?|podcasts?|videos?|aktion\w*"
    r"|kampagne\w*|campaigns?|präsentation\w*|presentations?|befragung\w*|survey)"
    r"(?: [\w-]+){0,3} (?:zu[mr]?|über|on|about|around|gegen|against|zum thema|rund um)(?: (?:the|das|die|den|dem))? $"
)
_LABEL_LINE = re.compile(r"[^\n:]{2,40}:[ \t]*(?:[^\n]{0,40}[ \t,;(])?$")


def extend(text: str, lower: str, start: int, end: int) -> tuple[int, int]:
    """The term with a head noun after it and an eponym before it."""
    m = _HEAD_AFTER.match(lower, end)
    if m:
        end = m.end()
    b = _EPONYM_BEFORE.search(text, max(0, start - 30), start)
    if b:
        start = b.start()
    return start, end


def on_before(lower: str, start: int) -> int:
    """The start of a kept term with what the person is on or how far along before it ("auf Krücken")."""
    b = _ON_BEFORE.search(lower, max(0, start - 12), start)
    if not b and lower.startswith("ssw", start):
        b = _WEEK_BEFORE.search(lower, max(0, start - 6), start)
    if not b:  # "thyroid cancer", "ovarian cyst", "rheumatoid arthritis", "lactose intolerant"
        b = _ORGAN_BEFORE.search(lower, max(0, start - 14), start)
    return b.start() if b else start


def reason_after(lower: str, start: int, end: int) -> tuple[int, int] | None:
    """A body part given as the reason right after a sick note ("ist krankgeschrieben, Rücken")."""
    if not _SICK_NOTE.match(lower, start, end):
        return None
    m = _BODY_PART.match(lower, end)
    return m.span(1) if m else None


def topic_only(lower: str, start: int) -> bool:
    """The term is the topic of an offer, an event, a text or a study, not something anyone has."""
    return _TOPIC_BEFORE.search(lower, max(0, start - 80), start) is not None


def field_of_record(text: str, start: int) -> tuple[int, int] | None:
    """When the term is the value of a "Label: value" line, the bounds of the record (the block of lines
    without a blank line) it belongs to; else None."""
    line_start = text.rfind("\n", 0, start) + 1
    if not _LABEL_LINE.match(text, line_start, start):
        return None
    top = text.rfind("\n\n", 0, line_start)
    bottom = text.find("\n\n", start)
    return (0 if top == -1 else top + 2), (len(text) if bottom == -1 else bottom)


def merged(
    spans: list[tuple[int, int]], suffered: set[tuple[int, int]], needy: set[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Spans sorted, overlapping ones joined ("diabetes" + "diabetes flare-up"); a joined span stays `suffered`
    when one of its parts was, and is `needy` (health data only with a person in the sentence) when every part was."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            joined = (out[-1][0], max(end, out[-1][1]))
            if out[-1] in suffered or (start, end) in suffered:
                suffered.add(joined)
            if out[-1] in needy and (start, end) in needy:
                needy.add(joined)
            else:
                needy.discard(joined)
            out[-1] = joined
        else:
            out.append((start, end))
    return out


def line_record(text: str, start: int, end: int) -> tuple[int, int] | None:
    """When the term is a line of its own ("Prescription\nPatient: ...\nomeprazole 20mg"), the bounds of the
    record (the block of lines without a blank line) it belongs to; else None."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    if text[end:line_end].strip(" \t.,;") or (text[line_start:start].strip(" \t>-*•") and line_end - line_start > 40):
        return None  # a line of its own, or a short heading that ends with the term ("Überweisung an Orthopädie")
    top = text.rfind("\n\n", 0, line_start)
    bottom = text.find("\n\n", end)
    return (0 if top == -1 else top + 2), (len(text) if bottom == -1 else bottom)


_NEXT_IS_FIELD = re.compile(r"\n[ \t>]*[^\n:]{2,30}:")


def form_title(text: str, start: int, end: int) -> bool:
    """The term names a form, a sender or a list rather than a fact: it lies in the head of a "Head: ..." line
    with other words ("Laborbefund Günther Asante: ...", "Physio Vital: Hallo ...", "Prescription for Jo: ..."),
    or it is a line of its own over a record's fields ("Prescription\\nPatient: ...").

    Every look stays within a few dozen characters of the term (a head is at most 60 long), so a 1 MB line with
    thousands of terms costs no look along the whole line per term."""
    if _SICK_NOTE.match(text, start, end):
        return False  # "Krankenstand-Meldung an die Personalabteilung: ...": that someone is off sick is the fact
    low = max(0, start - _HEAD_LOOK)
    newline = text.rfind("\n", low, start)
    # the line's start, or (on a longer line) a stand-in as far back: the head's start is then too far back too
    line_start = newline + 1 if newline != -1 or low == 0 else low
    head_start = text.rfind(": ", line_start, start)  # "Hilf mir ...: Reha-Antrag Seiler, Robin: ..."
    head_start = line_start if head_start == -1 else head_start + 2
    colon = text.find(":", end, max(end, head_start + 61))  # a colon further on ends no head of 60 characters
    if colon != -1 and "\n" not in text[end:colon] and ":" not in text[start:end]:
        head = text[head_start:colon]
        if not any(c in head for c in ".!?;|\t0123456789") and (head.strip(" >-*") != text[start:end]):
            return True
    if ":" in text[start:end]:
        return False
    blank = _BLANK_TO_LINE_END.match(text, end)  # nothing but spaces after the term on its line
    if blank and _NEXT_IS_FIELD.match(text, blank.end()):
        i = start
        while i > 0 and text[i - 1] in " \t>":
            i -= 1
        return i == 0 or text[i - 1] == "\n" or text[i - 2 : i] == "):"  # "Prescription", "Text (11:30): Prescription"
    return False


_HEAD_LOOK = 64  # form_title looks this far back for the line's start: a head ends at most 60 characters after it
_BLANK_TO_LINE_END = re.compile(r"[ \t]*(?=\n|\Z)")


# "leidet (seit Jahren) an/unter X", "suffers from X", "is being treated for X", "recovering from X".
_SUFFER_CUES = ("leid", "litt", "suffer", "treated for", "recover", "positive for", "off work with")
_SUFFER = re.compile(
    r"(?<!\w)(?:leide[tn]?|leidend|litt|suffer(?:s|ing|ed)?|treated|recover(?:s|ing|ed)?|tested positive|off work)"
    r"(?: seit (?:[\w.]+ ){1,2}?| since [\w.]+)? (?:an|unter|from|for|with) (?:(?:a|an|ein|eine[mnr]?) )?"
    r"(?!(?:the|this|that|these|those|our|its|their|der|die|das|dem|den|des|unser\w*|diese[mnrs]?)\b)"
    # what a business suffers from: "a shortage of chips", "weak demand", "chronischem Personalmangel"
    r"(?!(?:shortages?|lack|weak|low|poor|high|rising|falling|delays?|supply|demand|costs?|chronische\w*|hohe\w*"
    r"|niedrige\w*|schwache\w*|fehlende\w*|mangel\w*|[a-zäöü]+mangel)\b)"
    r"(?P<what>[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*)?)"
)
_STOP = frozenset(
    "and und or oder since seit for für so but aber with mit at im in on am bis until last this nach".split()
)


def suffered_spans(lower: str) -> Iterator[tuple[int, int]]:
    """What someone suffers from, is treated for or recovers from, in any words ("leidet unter Neurodermitis",
    "suffers from cluster headaches"); kept only with a person in the sentence (healthsense.about_nobody)."""
    if not any(cue in lower for cue in _SUFFER_CUES):
        return
    for m in _SUFFER.finditer(lower):
        words = m.group("what").split()
        while words and words[-1] in _STOP:
            words.pop()
        if words and words[0] not in _STOP:
            start = m.start("what")
            yield start, start + len(" ".join(words))
