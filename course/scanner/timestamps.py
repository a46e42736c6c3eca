"""Timestamps: a date and a time of day ("[21.09.27, 08:40]", "2026-03-17 08:30"), never a birth date or phone."""

from __future__ import annotations

import re

# A numeric date, then a comma or space (or ISO "T", or "um"/"at"), then hh:mm: a chat export's line prefix,
# a mail header's "Gesendet: Freitag, 2026-03-17 08:30", a log line or an invitation's "Wann: 9.6.2025 09:40".
_STAMP = re.compile(
    r"(?<![\d./-])(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}[-/]\d{1,2}[-/]\d{1,2})"
    r"(?:,?[ \t]+(?:(?:um|at|@)[ \t]+)?|T|,)\d{1,2}:\d{2}(?!\d)"
)


def stamps(text: str) -> list[tuple[int, int]]:
    """(start, end) of every date-and-time stamp in `text`, in order; empty when there is no ":" at all."""
    if ":" not in text:
        return []
    return [(m.start(), m.end()) for m in _STAMP.finditer(text)]


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when [start, end) overlaps one of `spans` (few per text: a plain scan)."""
    return any(s < end and start < e for s, e in spans)
