"""Birth dates on every line of a list of people: lines of one block that each hold a person's name and then one
past date ("1. Weber, Annick, 17.01.2011", "- Leo King, 2016-05-21", "Oliver Smith 14/02/2017"), whatever the
date's form; strong when the list is headed as a list of people or one of its dates has a birth cue."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import date

from course.scanner.namecues import given_like, surname_like

# A line's start up to its date: a list mark, then a name of two or three capitalised words (perhaps
# "Surname, Given"), then a separator.
_PERSON_LINE = re.compile(
    r"[ \t]*(?:(?:\d{1,3}[.)]|[-•*–])[ \t]+)?"
    r"(?P<name>[A-ZÀ-Þ][^\W\d_]*(?:['’-][^\W\d_]+)*(?:,?[ \t]+[A-ZÀ-Þ][^\W\d_]*(?:['’-][^\W\d_]+)*){1,2})"
    r"[ \t]*(?:[,:;|–-]|\t)?[ \t]*$"
)
# A header that names the people of the list: a class, a group, a register, participants, members.
_PEOPLE_HEADER = re.compile(
    r"klass|class|gruppe|group|register|roster|teilnehm|particip|kinder|children|schüler|pupil|student|mitglied"
    r"|member|kita|nursery|crèche|hort|verein|club|geburt|birth|dob|geb\."
)
_MIN_AGE_DAYS = 365  # a list's dates of this past year are more likely appointments than births


def list_births(
    text: str, lower: str, dated: Sequence[tuple[int, int, date]], cued: set[int]
) -> Iterator[tuple[int, int, bool]]:
    """(start, end, strong) of the dates that follow a name on two or more lines of one block."""
    today = date.today()
    rows: list[tuple[int, int, int, int]] = []  # (block id, line start, date start, date end)
    for start, end, day in dated:
        line = text.rfind("\n", 0, start) + 1
        if (today - day).days < _MIN_AGE_DAYS or day.year < 1900:
            continue
        m = _PERSON_LINE.fullmatch(text, line, start)
        if not m or not _a_person(m.group("name")):
            continue
        block = text.rfind("\n\n", 0, line)
        rows.append((block, line, start, end))
    by_block: dict[int, list[tuple[int, int, int, int]]] = {}
    for row in rows:
        by_block.setdefault(row[0], []).append(row)
    for block, members in by_block.items():
        lines = {r[1] for r in members}
        if len(lines) < 2:
            continue
        first = min(lines)
        header = lower[max(block, 0) : first][-120:]
        strong = any(r[2] in cued for r in members) or _PEOPLE_HEADER.search(header) is not None
        for _, _, start, end in members:
            yield start, end, strong


def _a_person(name: str) -> bool:
    """Two or three capitalised words of which one may be a given name and another a surname."""
    words = [w for w in re.split(r"[ \t,]+", name) if w]
    return any(given_like(w) for w in words) and any(surname_like(w) for w in words)
