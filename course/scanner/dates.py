"""Dates of birth: a real calendar date with a birth cue (strong) or an old date that could be one (weak)."""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date
from typing import Iterator

from course.scanner.context import compile_words, finding
from course.scanner.result import Finding

_MONTHS = {
    "januar": 1, "jänner": 1, "january": 1, "jan": 1, "februar": 2, "february": 2, "feb": 2, "märz": 3, "maerz": 3,
    "march": 3, "mär": 3, "mar": 3, "april": 4, "apr": 4, "mai": 5, "may": 5, "juni": 6, "june": 6, "jun": 6,
    "juli": 7, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "oktober": 10,
    "october": 10, "okt": 10, "oct": 10, "november": 11, "nov": 11, "dezember": 12, "december": 12, "dez": 12,
    "dec": 12,
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE = re.compile(
    r"(?<![\w.])(?P<d1>\d{1,2})\.[ ]?(?P<m1>\d{1,2})\.[ ]?(?P<y1>\d{4}|\d{2})(?![\d]|\.\d)"
    r"|(?<![\w-])(?P<y2>\d{4})-(?P<m2>\d{1,2})-(?P<d2>\d{1,2})(?![\w-])"
    r"|(?<![\w/])(?P<a3>\d{1,2})/(?P<b3>\d{1,2})/(?P<y3>\d{4}|\d{2})(?![\w/])"
    r"|(?<![\w.])(?P<d4>\d{1,2})(?:\.|st|nd|rd|th)?[ ]+(?:of[ ]+)?(?P<m4>" + _MONTH + r")\.?,?[ ]+(?P<y4>\d{4})(?!\d)"
    r"|(?<![\w])(?P<m5>" + _MONTH + r")\.?[ ]+(?P<d5>\d{1,2})(?:st|nd|rd|th)?,?[ ]+(?P<y5>\d{4})(?!\d)",
    re.IGNORECASE,
)
BIRTH_CUES = compile_words(
    r"geb\.|geboren\w*|geburtsdatum|geb\.-datum|geburtstag\w*|geburtsjahr|born|dob|d\.o\.b\.|date of birth|"
    r"birth ?date|birthday|birth|jahrgang|né|née"
)
_DIGIT = re.compile(r"\d")
_AFTER = compile_words(r"geboren|born")
_NOT_BIRTH = compile_words(
    r"seit|since|vom|dated|signed|unterzeichnet|gegründet|founded|established|vertrag\w*|contract\w*|rechnung\w*|"
    r"invoice\w*|stand|as of|bis|until|through|ab|from|per|zum|effective|gültig\w*|valid|frist|deadline|release\w*|"
    r"version|kw|quartal|geschlossen|concluded|bestellt|ordered|geliefert|delivered|eröffnet|opened|am|on|datum|date"
)


def _parse(m: re.Match[str]) -> date | None:
    g = m.groupdict()
    try:
        if g["d1"]:
            d, mo, y = int(g["d1"]), int(g["m1"]), g["y1"]
        elif g["y2"]:
            d, mo, y = int(g["d2"]), int(g["m2"]), g["y2"]
        elif g["a3"]:
            a, b, y = int(g["a3"]), int(g["b3"]), g["y3"]
            mo, d = (a, b) if a <= 12 else (b, a)
        elif g["d4"]:
            d, mo, y = int(g["d4"]), _MONTHS[g["m4"].lower()], g["y4"]
        else:
            d, mo, y = int(g["d5"]), _MONTHS[g["m5"].lower()], g["y5"]
        year = int(y) if len(y) == 4 else (1900 + int(y) if int(y) > date.today().year % 100 else 2000 + int(y))
        return date(year, mo, d)
    except (ValueError, KeyError):
        return None


def birth_dates(text: str) -> Iterator[Finding]:
    """The first date after a birth cue (or right before "geboren"/"born") is strong; old bare dates are weak."""
    if not _DIGIT.search(text):
        return
    dates = [(m, _parse(m)) for m in _DATE.finditer(text)]
    dates = [(m, d) for m, d in dates if d is not None]
    if not dates:
        return
    starts = [m.start() for m, _d in dates]
    cued: set[int] = set()
    for cue in BIRTH_CUES.finditer(text):
        k = bisect_left(starts, cue.end())
        if k < len(starts):
            gap = text[cue.end():starts[k]]
            if len(gap) <= 40 and gap.count("\n") <= 1:
                cued.add(starts[k])
    latest = date.today().year - 14
    for m, d in dates:
        if m.start() in cued or _AFTER.search(text, m.end(), m.end() + 20):
            yield finding("date-of-birth", text, m.start(), m.end(), True)
        elif 1900 <= d.year <= latest and _full_form(m) and not _NOT_BIRTH.search(text, max(0, m.start() - 20), m.start()):
            yield finding("date-of-birth", text, m.start(), m.end(), False)


def _full_form(m: re.Match[str]) -> bool:
    """A four-digit year, or dd.mm.yy with both padded (1.10.51 is more likely a version number)."""
    if m.group("y1"):
        return len(m.group("y1")) == 4 or (len(m.group("d1")) == 2 and len(m.group("m1")) == 2)
    if m.group("y3"):
        return len(m.group("y3")) == 4
    return True
