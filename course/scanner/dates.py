"""Dates of birth: a real calendar date with a birth cue (strong) or an old date that could be one (weak)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from datetime import date
from typing import NamedTuple

from course.scanner.birthlines import FAMILY_WORDS, family_bracket, name_before_star, name_line
from course.scanner.birthlists import list_births
from course.scanner.context import (
    Block,
    Doc,
    compile_lower,
    compile_words,
    finding,
    free_before,
    starting,
)
from course.scanner.labels import typo_label
from course.scanner.result import Finding
from course.scanner.spaceddates import spaced_day
from course.scanner.timestamps import stamps

_MONTHS = {
    "januar": 1,
    "jänner": 1,
    "january": 1,
    "jan": 1,
    "februar": 2,
    "february": 2,
    "feb": 2,
    "märz": 3,
    "maerz": 3,
    "march": 3,
    "mär": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "mai": 5,
    "may": 5,
    "juni": 6,
    "june": 6,
    "jun": 6,
    "juli": 7,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "oktober": 10,
    "october": 10,
    "okt": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "dezember": 12,
    "december": 12,
    "dez": 12,
    "dec": 12,
    # Austrian and abbreviated forms: "12. Feber 1971", "7. Jän. 1969", "03. Mrz. 1966"
    "feber": 2,
    "febr": 2,
    "jän": 1,
    "mrz": 3,
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
# Every pattern starts with a digit so that re can skip quickly to candidates.
_NUMERIC = re.compile(r"(\d{1,4})([./-])[ ]?(\d{1,2})\2[ ]?(\d{1,4})(?![\d]|[./-]\d)")
_SPACED_BACK = re.compile(r"\d{1,2}\.[ ]?\d{1,2}\.[ ]$")  # the day and month before a year: "3. 4. "
_WORDY = re.compile(  # on the lower-cased text, ending right before a year: "12. März ", "March 12, ", "03-apr-"
    r"(?:(?P<d>\d{1,2})(?:\.|st|nd|rd|th)?[ ]+(?:of[ ]+)?(?P<m>" + _MONTH + r")\.?,?[ ]+"
    r"|(?P<m2>" + _MONTH + r")\.?[ ]+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?[ ]+"
    r"|(?P<d3>\d{1,2})-(?P<m3>" + _MONTH + r")-)$"  # a form's or a database's "03-Apr-1987"
)
BIRTH_CUES = compile_lower(
    r"geb\.|geboren\w*|geburtsdatum|geb\.-datum|geburtstag\w*|geburtsjahr|born|dob|d\.o\.b\.?|date ?of ?birth|"
    r"birth ?date|birthday|birth|jahrgang|né|née"  # keys written together too: "dateOfBirth", "birthDate"
    r"|gebore|geb(?=[ \t:]*\d)|b-?day"  # Swiss German "gebore am", "geb 3.4.87", "b-day"
    # the genealogical birth sign glued to its date ("*03.04.87", "(* 3. April 1947)"), or apart after a name
    r"|\*(?:(?=\d)|(?<=[^\W\d_] \*)(?=[ \t]+\d))|\(\*"  # ("KRAVCHUK/MATHILDE * 2.10.2017"; no footnote)
)
# Speed only: every match of BIRTH_CUES starts with one of these (tests/test_scanner_stems.py checks it).
BIRTH_STEMS = ("geb", "born", "dob", "d.o.b", "date", "birth", "jahrgang", "né", "b-day", "bday", "*", "(*")
# Long birth labels, for a label written with one typo ("Gebutsdatum:", "date of brith").
BIRTH_LABELS = ("geburtsdatum", "geburtstag", "date of birth", "birthdate", "birth date", "birthday")
_AFTER = compile_words(r"geboren|gebore|born|zur welt")
# After the date, and cues that also mark a party or a footnote ("*01.01.2025 neue Preise", "am 12.12.2025
# Geburtstag feiern"): they count only for a date at least 14 years back.
_AFTER_SOFT = compile_words(r"geburtstag|birthday")  # "Sie hat am 12.12.1968 Geburtstag"
BIRTH_AFTER = compile_words(r"geboren|gebore|born|zur welt|geburtstag|birthday")  # both, for contact.phones
# Before the date too: a cohort's or a party's date is recent ("Jahrgang 1980 trifft sich am 03.09.2026").
_SOFT_CUES = ("*", "(*", "b-day", "bday", "geburtstag", "birthday", "jahrgang")
_NOT_BIRTH = compile_words(
    r"seit|since|vom|dated|signed|unterzeichnet|gegründet|founded|established|vertrag\w*|contract\w*|rechnung\w*|"
    r"invoice\w*|stand|as of|bis|until|through|ab|from|per|zum|effective|gültig\w*|valid|frist|deadline|release\w*|"
    r"version|kw|quartal|geschlossen|concluded|bestellt|ordered|geliefert|delivered|eröffnet|opened|am|on|datum|date"
    r"|\w+datum|\w+date"  # another date's label: "Gründungsdatum", "Lieferdatum", "Startdate"
)


class Dated(NamedTuple):
    start: int
    end: int
    day: date
    full: bool  # a four-digit year, or dd.mm.yy with both padded (1.10.51 is more likely a version number)


def _year(y: str) -> int:
    if len(y) == 4:
        return int(y)
    if len(y) != 2:
        raise ValueError(y)
    return 1900 + int(y) if int(y) > date.today().year % 100 else 2000 + int(y)


def _numeric(m: re.Match[str]) -> Dated | None:
    a, sep, b, c = m.groups()
    try:
        if len(a) == 4:  # 1985-03-12, 1985/03/12
            day, month, year = int(c), int(b), int(a)
        elif len(a) > 2:
            return None
        elif sep == ".":  # 12.03.1985
            day, month, year = int(a), int(b), _year(c)
        else:  # 03/12/1985 (US) or 12/03/1985, 12-03-1985
            x, y = int(a), int(b)
            month, day = (x, y) if x <= 12 else (y, x)
            year = _year(c)
        full = len(c) == 4 or len(a) == 4 or (len(a) == 2 and len(b) == 2 and sep == ".")
        full = full and not (len(a) == 4 and sep == "." and len(b + c) < 4)  # "1985.3.7" is a version number
        return Dated(m.start(), m.end(), date(year, month, day), full)
    except ValueError:
        return None


_MONTH_ENDS = frozenset(name[-3:] for name in _MONTHS)
_DAY_ENDS = ("st", "nd", "rd", "th")


def wordy_possible(lower: str, end: int) -> bool:
    """False when _WORDY cannot end at `end` (speed only): before the spaces there must be a day (digits,
    perhaps "st"/"nd"/"rd"/"th") or a month name, each perhaps with "," (and the month with ".")."""
    if lower[end - 1 : end] == "\n":  # "$" also matches before a last newline
        end -= 1
    if end and lower[end - 1] == "-":  # "03-apr-1987": a month name right before
        return lower[max(0, end - 4) : end - 1] in _MONTH_ENDS
    j = end
    while j > 0 and lower[j - 1] == " ":
        j -= 1
    if j == end:
        return False
    if lower[j - 1 : j] == ",":
        j -= 1
    if lower[j - 1 : j].isdigit() or (lower[max(0, j - 2) : j] in _DAY_ENDS and lower[max(0, j - 3) : j - 2].isdigit()):
        return True
    if lower[j - 1 : j] == ".":
        j -= 1
    return lower[max(0, j - 3) : j] in _MONTH_ENDS


def _wordy(doc: Doc, year_start: int, year: int | None = None, end: int | None = None) -> Dated | None:
    """A date written with a month name that ends in the four-digit year at `year_start` (or in `year`, written
    short, ending at `end`: "7th March '85")."""
    if not wordy_possible(doc.lower, year_start):
        return None
    m = _WORDY.search(doc.lower, max(0, year_start - 24), year_start)
    if not m or not free_before(doc.lower, m.start(), "."):
        return None
    day, name = next((m.group(d), m.group(n)) for d, n in (("d", "m"), ("d2", "m2"), ("d3", "m3")) if m.group(d))
    try:
        if year is None:
            year, end = int(doc.text[year_start : year_start + 4]), year_start + 4
        return Dated(m.start(), end or year_start + 4, date(year, _MONTHS[name], int(day)), True)
    except ValueError:
        return None


# Forms of a date the digit blocks do not show as one: a year cut to "'85", a Roman month ("23.VI.1964"), dots with
# spaces on both sides as OCR leaves them ("14 . 05 . 1968"), and a compact "19850307" (vCard BDAY, HL7), the last
# only after a birth cue (a batch or build number looks the same).
_SHORT_YEAR = re.compile(r"['’](\d{2})(?![\d'’])")
_ROMAN = {
    "i": 1,
    "ii": 2,
    "iii": 3,
    "iv": 4,
    "v": 5,
    "vi": 6,
    "vii": 7,
    "viii": 8,
    "ix": 9,
    "x": 10,
    "xi": 11,
    "xii": 12,
}
_ROMAN_BACK = re.compile(r"(?<![\w.])(\d{1,2})\.[ ]?(x{0,1}i{1,3}|i?v|vi{1,3}|i?x)\.[ ]?$")
_SPACED_DOTS = re.compile(r"(?<![\w.])(\d{1,2})[ ]?\.[ ]?(\d{1,2})[ ]?\.[ ]?$")


_KEY_GAP = " \t:=\"'>|-"  # what stands between a key and a compact date: "BDAY:19850307", "<dob>19850307"


def _compact(text: str, start: int) -> bool:
    """A compact date "19850307": a birth cue counts for it only as its key, right before it."""
    return text[start : start + 8].isdigit()


def _other_forms(doc: Doc, b: Block, found: dict[int, Dated]) -> None:
    """Dates in the forms above whose year (or compact digits) is the block `b`."""
    text, chunk = doc.text, doc.text[b.start : b.end]
    if b.digits == 8 and chunk.isdigit() and chunk[:2] in ("19", "20"):
        try:
            found.setdefault(
                b.start, Dated(b.start, b.end, date(int(chunk[:4]), int(chunk[4:6]), int(chunk[6:])), False)
            )
        except ValueError:
            pass
    if not (len(chunk) == 4 and chunk.isdigit() and b.start >= 4 and text[b.start - 1] in ". "):
        return
    back = doc.lower[max(0, b.start - 12) : b.start]
    roman = _ROMAN_BACK.search(back)
    spaced = None if roman else _SPACED_DOTS.search(back)
    m = roman or spaced
    if m and b.start - len(back) + m.start() not in found:
        try:
            month = _ROMAN[m.group(2)] if roman else int(m.group(2))
            d = Dated(b.start - len(back) + m.start(), b.end, date(int(chunk), month, int(m.group(1))), True)
        except ValueError:
            return
        found[d.start] = d


_AIRLINE_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
# "13SEP11", "04DEC1985": day, English month in capitals and year run together, as airline, passport and
# booking systems write a date
_AIRLINE = re.compile(r"(?<![\w])(\d{2})(" + "|".join(_AIRLINE_MONTHS) + r")(\d{4}|\d{2})(?!\w)")


def _airline_dates(text: str, found: dict[int, Dated]) -> None:
    """Dates written as booking systems do: "13SEP11", "04DEC1985"."""
    for m in _AIRLINE.finditer(text):
        year = int(m.group(3))
        if len(m.group(3)) == 2:
            year += 1900 if year > date.today().year % 100 else 2000
        try:
            d = Dated(m.start(), m.end(), date(year, _AIRLINE_MONTHS.index(m.group(2)) + 1, int(m.group(1))), True)
        except ValueError:
            continue
        found.setdefault(d.start, d)


def _short_years(doc: Doc, found: dict[int, Dated]) -> None:
    """Dates with a month name and a year cut to two digits after an apostrophe: "7th March '85"."""
    for m in _SHORT_YEAR.finditer(doc.text):
        year = int(m.group(1))
        full = 1900 + year if year > date.today().year % 100 else 2000 + year
        d = _wordy(doc, m.start(), full, m.end())
        if d and d.start not in found:
            found[d.start] = d


def dates(doc: Doc) -> list[Dated]:
    """Every real calendar date in the text, in order."""
    text = doc.text
    found: dict[int, Dated] = {}
    for b in doc.blocks_with(4):
        chunk = text[b.start : b.end]
        if b.start >= 6 and text[b.start - 1] == " " and text[b.start - 2] == "." and text[b.start - 3].isdigit():
            # typed with spaces: "3. 4. 1987"
            day = _SPACED_BACK.search(text, max(0, b.start - 8), b.start)
            m = _NUMERIC.match(text, day.start(), b.end) if day and free_before(text, day.start(), "./-") else None
            d = _numeric(m) if m else None
            if d:
                found[d.start] = d
        if chunk.count(".") >= 2 or chunk.count("/") >= 2 or chunk.count("-") >= 2:  # _NUMERIC repeats its separator
            for m in _NUMERIC.finditer(text, b.start, b.end):
                if free_before(text, m.start(), "./-"):
                    d = _numeric(m)
                    if d:
                        found[d.start] = d
        if b.digits == 8 and chunk[2:3] == " " and (spaced := spaced_day(text, b.start, b.end)):
            found.setdefault(b.start, Dated(b.start, b.end, spaced, False))  # "24 12 1950": only after a cue
        year_end = b.start + 4
        if (
            chunk[:2] in ("19", "20")
            and chunk[:4].isdigit()
            and (year_end == len(text) or not text[year_end].isdigit())
        ):
            d = _wordy(doc, b.start)
            if d and d.start not in found:
                found[d.start] = d
        if (
            b.end - b.start == 8 == b.digits
            or text[b.start - 1 : b.start] == "."
            or text[b.start - 2 : b.start] == ". "
        ):
            _other_forms(doc, b, found)  # "19850307", "23.VI.1964", "14 . 05 . 1968" (speed: few blocks are so)
        tail = b.end - 4  # "Nov 23 1975": the day and the year make one block; the year ends it
        if tail - b.start >= 2 and text[tail - 1] == " " and chunk[-4:-2] in ("19", "20") and chunk[-4:].isdigit():
            d = _wordy(doc, tail)
            if d and d.start not in found:
                found[d.start] = d
    if "'" in text or "’" in text:
        _short_years(doc, found)
    if any(name in text for name in _AIRLINE_MONTHS):
        _airline_dates(text, found)
    return [found[k] for k in sorted(found)]


def _near_future(text: str, d: Dated) -> bool:
    """A two-digit year just after this one ("30.06.28" read as 1928): rather a date in the next years (a
    deadline, a chat stamp) than the birth of someone nearly a hundred years old; such a date is no weak birth
    date."""
    raw = text[d.start : d.end]
    two_digit = not raw[:4].isdigit() and not raw[-4:].isdigit()
    return two_digit and d.day.year - 1900 <= date.today().year % 100 + 10


def _birth_column(doc: Doc, start: int) -> bool:
    """True for a date in a pasted table under a birth header ("name,dob,start" over "Ann Lee,10/8/97,...")."""
    header = doc.column_header(start).lower()
    return any(free_before(header, m.start()) for m in BIRTH_CUES.finditer(header))


def _labelled(text: str, start: int) -> bool:
    """True when the date at `start` stands after a form's label: ":", "=", "|" or a tab before it, or alone on
    its line (speed only: the typo look-up is tried only there)."""
    i = start
    while i > 0 and text[i - 1] == " ":
        i -= 1
    return i == 0 or text[i - 1] in ":=|\t\n-–"


def birth_dates(doc: Doc) -> Iterator[Finding]:
    """The first date after a birth cue (or right before "geboren"/"born") is strong; old bare dates are weak."""
    text = doc.text
    if not doc.blocks:  # a date has digits (a block is a run of digits)
        return
    found = dates(doc)
    if not found:
        return
    starts = [d.start for d in found]
    cued: set[int] = set()
    soft: set[int] = set()  # after a cue of _SOFT_CUES
    cues = [m for m in starting(BIRTH_CUES, doc.lower, BIRTH_STEMS) if free_before(doc.lower, m.start())]
    for cue in cues:
        k = bisect_left(starts, cue.end())
        if k < len(starts):
            gap = text[cue.end() : starts[k]]
            if len(gap) <= 40 and gap.count("\n") <= 1 and (not _compact(text, starts[k]) or not gap.strip(_KEY_GAP)):
                if cue.group().startswith(_SOFT_CUES) and not (
                    cue.group() == "*" and name_before_star(text, cue.start())
                ):
                    soft.add(starts[k])
                else:
                    cued.add(starts[k])
    today = date.today()
    latest = today.year - 14
    # a date with a time after it is a timestamp, never a birth date; but not midnight, a date that a program wrote
    # with its time ("1985-03-07T00:00:00.000Z")
    timed = {s for s, e in stamps(doc) if text[e - 5 : e] != "00:00"}
    family = any(word in doc.lower for word in FAMILY_WORDS)
    for d in found:
        if d.start in timed or d.day > today:  # nobody is born in the future ("Geburtstagsfeier am ...")
            continue
        if (
            d.start in cued
            or _AFTER.search(doc.lower, d.end, d.end + 20)
            or (d.day.year <= latest and (d.start in soft or _AFTER_SOFT.search(doc.lower, d.end, d.end + 20)))
            or (cues and _birth_column(doc, d.start))  # a birth header is a birth cue too
            or (family and family_bracket(doc, d.start, d.end))
            or (  # "Gebutsdatum: ...", "date of brith: ...": only for a date 14+ years back (speed: few are)
                1900 <= d.day.year <= latest
                and _labelled(text, d.start)
                and typo_label(doc.lower, d.start, BIRTH_LABELS)
            )
        ):
            yield finding("date-of-birth", text, d.start, d.end, True)
        elif (text[d.end : d.end + 1] in ("\n", "") and name_line(text, d.start, d.end, d.day)) or (
            1900 <= d.day.year <= latest
            and d.full
            and not _near_future(text, d)
            and not _NOT_BIRTH.search(doc.lower, max(0, d.start - 20), d.start)
        ):
            yield finding("date-of-birth", text, d.start, d.end, False)
    if len(found) >= 2 and "\n" in text:  # every line of a list of people with their dates
        listed = [(d.start, d.end, d.day) for d in found if d.start not in timed and d.day <= today]
        for start, end, strong in list_births(text, doc.lower, listed, cued):
            yield finding("date-of-birth", text, start, end, strong)
