"""The edges of a kept health finding: a qualifier or body part before it, a short note in brackets after it."""

from __future__ import annotations

import re

from course.scanner.firstnames import first_names

# A qualifier that belongs to the diagnosis: "suspected hernia", "Verdacht auf Leistenbruch", "akute Bronchitis",
# "chronic back pain", "a possible concussion", "V. a. Meniskusriss".
_QUALIFIER_BEFORE = re.compile(
    r"(?<![\w-])(?:suspected|possible|probable|presumed|chronic|acute|severe|mild|recurrent|(?:verdacht|v\.[ \t]?a\.)"
    r"(?:[ \t]+auf)?|chronisch(?:e[nmrs]?)?|akute?[nmrs]?|schwere?[nmrs]?|leichte?[nmrs]?|mittelschwere?[nmrs]?"
    r"|wiederkehrende?[nmrs]?)[ \t]+(?:auf[ \t]+)?$",
    re.IGNORECASE,
)
# A body part before a procedure, an injury or a loss: "knee arthroscopy", "hip replacement", "spinal cord injury",
# "lower back pain", "left wrist fracture", "hearing loss".
_BODY_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:left|right|lower|upper)[ \t]+)?(?:knee|hip|shoulder|back|neck|ankle|wrist|elbow|spinal cord"
    r"|spinal|spine|cord|foot|hand|finger|thumb|toe|eye|ear|heart|lung|liver|kidney|bowel|brain|head|jaw|tooth"
    r"|cruciate|ligament|tendon|cartilage|meniscus|disc|hearing|sight|vision|memory)[ \t]+$",
    re.IGNORECASE,
)
# A short note in brackets right after the term: a count, a grade or a type ("physiotherapy (6 sessions)",
# "Diabetes (Typ 2)", "Schwerbehinderung (GdB 50)"); not a date, a time or a phone number.
_NOTE_AFTER = re.compile(r"[ \t]*\((?![^)]*\d[./:]\d)(?=[^)\n]{0,24}\d)[^()\n]{1,30}\)")
_OPEN_BEFORE = re.compile(r"(?<![\w-])([A-ZÄÖÜ][a-zäöüß]{3,}(?:-[A-ZÄÖÜ]?[a-zäöüß]+)*)[ \t]*\($")
_CLOSE_AFTER = re.compile(r"[ \t]*\)")
# A term that starts with a preposition or a verb: a body-part word before it is no part of it ("is back after
# a stroke", "the knee was fine until").
_FUNCTION_START = re.compile(r"(?:after|with|from|since|on|in|for|of|is|was|has|had|nach|mit|seit|wegen|bei|ist)\b")
# A capitalised word before brackets that is not the thing the bracket explains.
_NOT_A_NOUN = frozenset({"Bitte", "Siehe", "Laut", "Gemäß", "Gemäss", "Nach", "Wegen", "Note", "See", "Please"})


def edges(
    text: str, start: int, end: int, names: list[tuple[int, int]], kept: list[tuple[int, int]]
) -> tuple[int, int]:
    """The finding widened over a qualifier or a body part before it and a note in brackets after it; a finding
    that fills a bracket is widened to the noun the bracket explains ("Begleitperson (Merkzeichen B)"), unless that
    word is part of a name (`names`: spans of name findings) or a first name: "for Graham Anderson (visual
    impairment)". A bracket that holds another finding (`kept`: the spans of the kept terms) stays apart
    ("schwerbehindert (GdB 50)")."""
    lo = max(0, start - 30)
    b = _QUALIFIER_BEFORE.search(text, lo, start)
    if not b and not _FUNCTION_START.match(text, start):  # not "is back after a stroke"
        b = _BODY_BEFORE.search(text, lo, start)
    if b:
        start = b.start()
        q = _QUALIFIER_BEFORE.search(text, max(0, start - 30), start)  # "suspected spinal cord injury"
        if q:
            start = q.start()
    m = _NOTE_AFTER.match(text, end)
    if m and not any(end < k < m.end() for k, _ in kept):
        end = m.end()
    elif start and text[start - 1] == "(":
        o = _OPEN_BEFORE.search(text, max(0, start - 40), start)
        c = _CLOSE_AFTER.match(text, end)
        word = o.group(1) if o else ""
        if (
            o
            and c
            and word not in _NOT_A_NOUN
            and word not in first_names()
            and not any(a < start and z > o.start(1) for a, z in names)
            and not any(k < start - 1 and z > o.start(1) for k, z in kept)  # "Demenz (Pflegegrad 4)": two terms
        ):
            start, end = o.start(1), c.end()
    return start, end
