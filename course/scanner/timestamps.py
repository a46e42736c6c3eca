"""Timestamps: a date and a time of day ("[21.09.27, 08:40]", "2026-03-17 08:30"), never a birth date or phone."""

from __future__ import annotations

import re

from course.scanner.context import Doc

# A numeric date, then a comma or space (or ISO "T", or "um"/"at"), then hh:mm: a chat export's line prefix,
# a mail header's "Gesendet: Freitag, 2026-03-17 08:30", a log line or an invitation's "Wann: 9.6.2025 09:40".
_STAMP = re.compile(
    r"(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}[-/]\d{1,2}[-/]\d{1,2})"
    r"(?:,?[ \t]+(?:(?:um|at|@|[-–|])[ \t]+)?|T|,)\d{1,2}:\d{2}(?!\d)"
)


def stamps(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of every date-and-time stamp, in order: tried only where a digit block starts (a date
    starts one), and not at all when the text has no ":". Found once per text (phones and dates both ask): a
    shared list, not to be changed."""
    text = doc.text
    if ":" not in text:
        return []
    out: list[tuple[int, int]] | None = doc.memo.get("stamps")
    if out is None:
        out = doc.memo["stamps"] = []
        for b in doc.blocks_with(4):
            head = text[b.start + 1 : b.start + 5]
            if "." not in head and "-" not in head and "/" not in head:
                continue  # every stamp has its first separator there ("1.", "12.", "2026-")
            m = _STAMP.match(text, b.start)
            if m and not (b.start and text[b.start - 1] in "./-"):
                out.append((m.start(), m.end()))
    return out


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when [start, end) overlaps one of `spans` (few per text: a plain scan)."""
    return any(s < end and start < e for s, e in spans)
