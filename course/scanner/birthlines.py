"""Birth dates known by the line they stand on: a family line, a list of people with their dates, the birth star
after a name."""

from __future__ import annotations

import re
from datetime import date

from course.scanner.context import Doc
from course.scanner.namecues import given_like, surname_like

# A line listing family members with their dates: "Kinder: Nathan Wulff (20.07.15), Jo Loos (2016-06-25)",
# "Dependants: Kate Phillips (17 September 2018)"; the dates in brackets after their names are birth dates.
_FAMILY_LINE = re.compile(
    r"[ \t]*(?:kinder|kind|children|child|dependants|dependents|mitversicherte?|familienangehörige|angehörige"
    r"|ehepartner(?:in)?|spouse)[ \t]*:"
)
FAMILY_WORDS = ("kind", "child", "dependa", "depende", "mitversichert", "angehörige", "ehepartner", "spouse")
_WORD = r"[A-ZÀ-Þ][^\W\d_]*(?:['-][^\W\d_]+)*"  # "Amber", "Iyer-Garcia", "O'Neill"
_NAME_BRACKET = re.compile(rf"(?P<g>{_WORD})[ \t]+(?P<s>{_WORD})[ \t]*\($")


def family_bracket(doc: Doc, start: int, end: int) -> bool:
    """True for a date in brackets after a given name and surname on a line that lists family members."""
    if not doc.text.startswith(")", end):
        return False
    name = _NAME_BRACKET.search(doc.text, max(0, start - 60), start)
    if not (name and given_like(name.group("g")) and surname_like(name.group("s"))):
        return False  # "Kinder: Ferienprogramm (01.07.2025)", "Children: Camp Registration (03/04/2025)"
    line = doc.lower.rfind("\n", 0, start) + 1
    return _FAMILY_LINE.match(doc.lower, line) is not None


# Two words before a birth sign set apart: "Anna Berger * 12.3.2016", "KRAVCHUK/MATHILDE * 2.10.2017".
_TWO_WORDS_BACK = re.compile(r"([^\W\d_][\w'’-]*)(?:[ \t]*[/,][ \t]*|[ \t]+)([^\W\d_][\w'’-]*)[ \t]+$")


def name_before_star(text: str, star: int) -> bool:
    """True when a person's given name and surname (either order, perhaps in capitals) stand before the "*" at
    `star`: then the star is the birth sign, whatever the age ("Preise * 01.01.2025" is a footnote's star)."""
    m = _TWO_WORDS_BACK.search(text, max(0, star - 60), star)
    if not m:
        return False
    a, b = (w.title() if w.isupper() else w for w in m.groups())
    return (given_like(a) and surname_like(b)) or (surname_like(a) and given_like(b))


# A list line of a person and one date: "Elfriede Yamamoto-Bachmann - 21.08.2014", "- Kai Brandt: 3.5.2016".
_NAME_LINE_BACK = re.compile(
    r"(?<![^\n])[ \t]*(?:[-•*][ \t]+)?([A-ZÀ-Þ][^\W\d_]+)[ \t]+([A-ZÀ-Þ][^\W\d_]+(?:-[A-ZÀ-Þ][^\W\d_]+)?)"
    r"[ \t]*(?:[-–:,|]|\t)[ \t]*$"
)


def name_line(text: str, start: int, end: int, day: date) -> bool:
    """True for a date that ends a line holding only a person's name before it: a list of people with their
    birth dates (a weak finding: a date three years or more back, beside nobody's label; a holiday rota's dates
    are this year's)."""
    if text[end : end + 1] not in ("\n", "") or (date.today() - day).days < 3 * 365:
        return False
    m = _NAME_LINE_BACK.search(text, max(0, start - 60), start)
    return m is not None and given_like(m.group(1)) and surname_like(m.group(2))
