"""Who an address is for: the name on the line above a postal address ("Versicherte: Lisa Reising\\nAm Bach 4\\n...",
"Jo Norton\\n2/2\\n229 Harbour Row ..."), as a label or an envelope writes it."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from course.scanner.context import Doc, finding
from course.scanner.firstnames import is_first_name
from course.scanner.namecues import given_like, surname_like
from course.scanner.result import Finding

_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]*(?:['’-][^\W\d_]+)*"
# A line's end that is two or three name words, alone or after a label's colon ("lt. AOK: Jana Weiß").
_NAME_LINE = re.compile(rf"(?:^|(?<=:)[ \t]+|(?<=\n)[ \t>]*)(?P<n>{_WORD}(?:[ \t]+{_WORD}){{1,2}})[ \t]*$")
# A short line between the name and the street: a flat or floor ("2/2", "Whg. 5", "Flat 3"), no letters of a name.
_FLAT_LINE = re.compile(r"[ \t]*(?:\d+[a-z]?(?:/\d+[a-z]?)?|(?:Whg|Flat|Apt|Top|Stiege)\.?[ \t]*\d+\w?)[ \t]*$")
_FIRM_WORDS = frozenset("GmbH AG KG OHG SE Ltd Limited Inc LLC LLP plc PLC Co Group Gruppe Verlag Bank".split())


def addressees(doc: Doc, found: Sequence[Finding]) -> Iterator[Finding]:
    """The name on the line right above an address finding (or the line above a flat's line), when its first word
    is a known or a likely given name and the others may be surnames."""
    text = doc.text
    for f in found:
        if f.category != "address" or f.start < 4 or text[f.start - 1] != "\n":
            continue
        line_end = f.start - 1
        line_start = text.rfind("\n", 0, line_end) + 1
        if _FLAT_LINE.fullmatch(text, line_start, line_end) and line_start > 1:
            line_end = line_start - 1
            line_start = text.rfind("\n", 0, line_end) + 1
        m = _NAME_LINE.search(text, line_start, line_end)
        if not m:
            continue
        words = m.group("n").split()
        first, rest = words[0], words[1:]
        if any(w in _FIRM_WORDS for w in words):
            continue
        if (is_first_name(first) or given_like(first)) and all(surname_like(w) for w in rest):
            yield finding("name", text, m.start("n"), m.end("n"), True)
