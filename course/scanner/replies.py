"""A number sent as the answer to the line before: "what's your UTR again?" / "[..] Jacob: 2559747675"."""

from __future__ import annotations

import re
from re import Pattern

from course.scanner.context import Doc

# What may stand before the answer on its line: a chat prefix "[22/03/2025, 17:35] Jacob: ", a speaker label
# "Anna: " or "– Antwort: ", or nothing.
# After them a short lead-in without digits that ends in a comma or colon: "here's the whole thing, ", "klar, hier: ".
_PREFIX = re.compile(
    r"[ \t]*(?:\[[^\]\n]{1,40}\][ \t]*)?(?:[^\W\d][\w .'’-]{0,40}:[ \t]*)?(?:[^\W\d][^\n\d,:]{0,40}[,:][ \t]*){0,2}"
)
# What may follow the answer on its line: nothing, or after a space a word ("036 329 04918 hab ich gefunden").
_REST = re.compile(r"[ \t.!]*(?:\n|$)|[ \t]+[^\W\d]")
_LINE = 200  # a chat message or a question is shorter than this; longer lines are not looked through


def answered(doc: Doc, start: int, end: int, cues: Pattern[str]) -> bool:
    """True when the number [start, end) opens the message of its line (alone, or before words) and the line
    before asks for it (has a cue of `cues`, with no digits after the cue)."""
    line_start = doc.text.rfind("\n", max(0, start - _LINE), start) + 1  # bounded: no look over a 1 MB line
    if line_start == 0 or not _REST.match(doc.text, end):
        return False
    head = _PREFIX.match(doc.text, line_start, start)
    if head is None or head.end() != start:
        return False
    low = max(0, line_start - 1 - _LINE)
    prev_start = max(low, doc.text.rfind("\n", low, line_start - 1) + 1)
    prev = doc.lower[prev_start : line_start - 1]
    found = list(cues.finditer(prev))
    return bool(found) and not any(c.isdigit() for c in prev[found[-1].end() :])
