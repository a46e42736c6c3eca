"""Dates typed with spaces only ("24 12 1950"): a birth date after a birth cue, never a phone number there."""

from __future__ import annotations

import re
from datetime import date
from re import Pattern

from course.scanner.context import Doc, free_before

# Day, month and a four-digit year of this or the last century, one space between: a form filled in by hand or
# read out. Bare, the same digits may be a phone or a serial number: it counts only after a birth cue.
_SPACED_DMY = re.compile(r"(\d{2}) (\d{2}) ((?:19|20)\d{2})")


def spaced_day(text: str, start: int, end: int) -> date | None:
    """The date written as "DD MM YYYY" in `text[start:end]`, or None."""
    m = _SPACED_DMY.fullmatch(text, start, end)
    if not m:
        return None
    try:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None


def spaced_birth(doc: Doc, start: int, end: int, cues: Pattern[str], after: Pattern[str]) -> bool:
    """True when `doc.text[start:end]` is a spaced date with a birth cue of `cues` just before it (on its line) or
    one of `after` just after it: "geb. 24 12 1950", "am 21 06 1979 Geburtstag"."""
    if text_day := spaced_day(doc.text, start, end):
        if text_day > date.today():
            return False
        line = doc.lower.rfind("\n", 0, start) + 1
        low = max(line, start - 40)
        before = doc.lower[low:start]
        if any(free_before(before, m.start()) for m in cues.finditer(before)):
            return True
        return after.search(doc.lower, end, end + 20) is not None
    return False
