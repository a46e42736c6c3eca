"""How far a health finding reaches (the term with its head noun, a named illness, a body part given as the reason)
and when a term is only the topic of something (a talk on back pain) or a field of a record about a person."""

from __future__ import annotations

import re

# A noun after a term that makes one phrase with it: "cancer treatment", "coeliac disease", "HIV positive",
# "wheelchair user", "diabetes flare-up", "Krebsbehandlung" is one word already, "Covid positiv".
_HEAD_AFTER = re.compile(
    r"[ -](?:treatments?|disease|positive|negative|users?|patients?|flare-?ups?|relapse|episodes?|attacks?"
    r"|symptoms|medication|diagnosis|behandlung|erkrankung|positiv|negativ|patient(?:in)?|schub|schübe)(?![\w-])"
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
