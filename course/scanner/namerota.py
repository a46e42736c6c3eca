"""Names in a duty roster: cells under columns headed by weekdays ("Schicht;Mo;Di;Mi", "Shift,Mon,Tue,Wed")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from course.scanner.context import Doc, finding
from course.scanner.firstnames import STOP_WORDS, is_first_name
from course.scanner.namecues import NOT_GIVEN, given_like, surname_like
from course.scanner.result import Finding

_WEEKDAYS = frozenset(
    "mo di mi do fr sa so mon tue tues wed thu thur thurs fri sat sun montag dienstag mittwoch donnerstag freitag "
    "samstag sonnabend sonntag monday tuesday wednesday thursday friday saturday sunday".split()
)
# Where a second weekday column starts: a delimiter (and maybe a space) before "Di"/"Tue" (lower-cased text).
_SECOND_DAY = re.compile(r"[;,\t|] ?(?:di|tue)")
_FIRST_DAY = (";mo", ",mo", "\tmo", "|mo", "; mo", "| mo")
_CELL = re.compile(r"[ \t]*(?P<w>[A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]*(?:-[^\W\d_]+)*)[ \t]*")
_MAX_LINE = 200  # a roster's row is short
_MAX_ROWS = 40


def _delimiter(line: str) -> str:
    return next((d for d in ";\t|," if d in line), "")


def _day(cell: str) -> bool:
    return cell.strip().strip(".").lower() in _WEEKDAYS


def _person_cell(cell: str) -> re.Match[str] | None:
    """One capitalised word that may be a given name or a surname ("Kaspar", "Fuhrmann-Barzani"), else None."""
    m = _CELL.fullmatch(cell)
    if not m:
        return None
    w = m.group("w")
    if w in STOP_WORDS or w in NOT_GIVEN or not (is_first_name(w) or given_like(w) or surname_like(w)):
        return None
    return m


def rota_names(doc: Doc) -> Iterator[Finding]:
    """The people of a roster: under a header with two weekday columns at least, each row that names a known first
    name under a weekday gives every name-like cell under the weekdays ("Früh;Kaspar;Adriana;Stöckli")."""
    text, low = doc.text, doc.lower
    if not any(mark in low for mark in _FIRST_DAY):
        return  # no "Mo"/"Mon" column: the cheap test before any pattern
    heads = sorted({text.rfind("\n", 0, m.start()) + 1 for m in _SECOND_DAY.finditer(low)})
    done = -1
    for head in heads:
        if head <= done:
            continue
        end = text.find("\n", head)
        end = len(text) if end < 0 else end
        row = text[head:end]
        delim = _delimiter(row)
        if not delim or len(row) > _MAX_LINE:
            continue
        days = {i for i, cell in enumerate(row.split(delim)) if _day(cell)}
        if len(days) < 2:
            continue
        pos = end
        for _ in range(_MAX_ROWS):
            if pos >= len(text):
                break
            start = pos + 1
            pos = text.find("\n", start)
            pos = len(text) if pos < 0 else pos
            line = text[start:pos].rstrip("\r")
            if not line.strip() or len(line) > _MAX_LINE or delim not in line:
                break
            cells, offset, found = line.split(delim), start, []
            for i, cell in enumerate(cells):
                m = _person_cell(cell) if i in days else None
                if m:
                    found.append((offset + m.start("w"), offset + m.end("w"), is_first_name(m.group("w"))))
                offset += len(cell) + 1
            if any(known for _, _, known in found):
                for s, e, _known in found:
                    yield finding("name", text, s, e, False)
        done = pos
