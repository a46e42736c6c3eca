"""Long repeats of a short unit cut out of a text before cue matching, with offsets mapped back."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

_RUN = re.compile(r"(.{1,16}?)\1{31,}", re.DOTALL)
KEEP = 32
"""Copies of the unit that stay: enough to show any cue the run holds."""
SQUEEZE_FROM = 4096
"""Texts shorter than this (every real prompt) are left as they are."""


@dataclass(frozen=True)
class Squeezed:
    """`text` is the view with repeats cut; `starts`/`shifts` map its offsets back to the view."""

    text: str
    starts: tuple[int, ...] = ()
    shifts: tuple[int, ...] = ()

    def pos(self, i: int) -> int:
        """The view offset of offset `i` in `text`."""
        k = bisect_right(self.starts, i) - 1
        return i + (self.shifts[k] if k >= 0 else 0)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The view span of the span [start, end) in `text`."""
        if end <= start:
            return self.pos(start), self.pos(start)
        return self.pos(start), self.pos(end - 1) + 1


@lru_cache(maxsize=64)
def squeeze(view: str) -> Squeezed:
    """`view` without the copies past the 32nd of any unit of up to 16 characters repeated.

    '1 1 1 …', 'Herr Herr …' or 'a-a-a-…' pasted a megabyte long would make every cue
    pattern try at every position (and '\\s+' run through blanks); cut, they cost nothing.
    """
    if len(view) < SQUEEZE_FROM:
        return Squeezed(view)
    pieces: list[str] = []
    starts: list[int] = []
    shifts: list[int] = []
    cursor = kept = 0
    for m in _RUN.finditer(view):
        cut = m.start() + KEEP * len(m.group(1))
        pieces.append(view[cursor:cut])
        kept += cut - cursor
        cursor = m.end()
        starts.append(kept)
        shifts.append(cursor - kept)
    if not pieces:
        return Squeezed(view)
    pieces.append(view[cursor:])
    return Squeezed("".join(pieces), tuple(starts), tuple(shifts))
