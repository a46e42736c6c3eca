"""Normalisation before matching (NFKC, format characters dropped, odd spaces as spaces) with an offset map back."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Spaces that people (and word processors) put between groups of digits: all become " ".
_SPACES = frozenset("\u00a0\u2007\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u205f\u3000\u1680")
_BREAKS = frozenset("\u2028\u2029\u0085")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
# Every character the loop below changes besides NFKC: odd spaces, line breaks and the format characters (Cf)
# of Unicode 15 (tests/test_scanner_unicode.py checks this class against unicodedata).
_SPECIAL = re.compile(
    "[\u00a0\u00ad\u0085\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u1680\u180e\u2000-\u200f"
    "\u2028-\u202f\u205f-\u2064\u2066-\u206f\u3000\ufeff\ufff9-\ufffb\U000110bd\U000110cd"
    "\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]"
)


# _SPECIAL in two parts, for speed: re builds its fast lookup table only for a class of BMP characters; a class
# with one character beyond U+FFFF is tried range by range at every position (about ten times slower on a
# 2,000-character text). tests/test_scanner_fast_paths.py checks that the two parts make up _SPECIAL.
_SPECIAL_BMP = re.compile(
    "[\u00a0\u00ad\u0085\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u1680\u180e\u2000-\u200f"
    "\u2028-\u202f\u205f-\u2064\u2066-\u206f\u3000\ufeff\ufff9-\ufffb]"
)
_SPECIAL_ASTRAL = re.compile(
    "[\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001"
    "\U000e0020-\U000e007f]"
)
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")  # one range: cheap at every position


def has_special(text: str) -> bool:
    """`_SPECIAL.search(text) is not None`, fast: the BMP part of the class first, the rest only where the text
    has a character beyond U+FFFF at all."""
    if _SPECIAL_BMP.search(text) is not None:
        return True
    return _ASTRAL.search(text) is not None and _SPECIAL_ASTRAL.search(text) is not None


@dataclass(frozen=True)
class Normalized:
    """`text` as the detectors see it; `starts[i]`/`ends[i]` give the original span of normalised character i."""

    text: str
    starts: tuple[int, ...] | None = None  # None: the text did not change, offsets are the same
    ends: tuple[int, ...] | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original offsets of the normalised span [start, end)."""
        if self.starts is None or self.ends is None:
            return start, end
        return self.starts[start], self.ends[end - 1]


def _cluster_end(text: str, i: int, n: int) -> int:
    """End of the character at `i` with the combining marks that follow it."""
    j = i + 1
    while j < n and unicodedata.combining(text[j]):
        j += 1
    return j


def _plain(cluster: str) -> str:
    """What one character (with its combining marks) becomes: a space, a newline, nothing, or its NFKC form."""
    c = cluster[0]
    if c in _SPACES:
        return " " + cluster[1:]
    if c in _BREAKS:
        return "\n"
    if unicodedata.category(c) == "Cf":
        return ""
    piece = unicodedata.normalize("NFKC", cluster)
    # NFKC turns some characters into format or odd-space characters too: keep them plain
    return "".join(" " if ch in _SPACES else ch for ch in piece if unicodedata.category(ch) != "Cf")


def normalize(text: str) -> Normalized:
    """NFKC per character cluster, format characters (Cf: zero-width, bidi marks, soft hyphen) removed,
    non-breaking, narrow and other spaces as " ", line and paragraph separators as newlines."""
    if text.isascii() or (unicodedata.is_normalized("NFKC", text) and not has_special(text)):
        return Normalized(text)
    out: list[str] = []
    cache: dict[str, str] = {}
    starts: list[int] = []
    ends: list[int] = []
    pos, n = 0, len(text)
    for m in _NON_ASCII.finditer(text):
        if m.start() > pos:  # an ASCII stretch stays as it is
            out.append(text[pos : m.start()])
            starts.extend(range(pos, m.start()))
            ends.extend(range(pos + 1, m.start() + 1))
        i, stop = m.start(), m.end()
        run = m.group()
        if unicodedata.is_normalized("NFKC", run) and not has_special(run):  # "ü", "€", "–": nothing to do
            out.append(run)
            starts.extend(range(i, stop))
            ends.extend(range(i + 1, stop + 1))
            pos = stop
            continue
        while i < stop:
            j = _cluster_end(text, i, n)
            cluster = text[i:j]
            piece = cache.get(cluster)
            if piece is None:
                piece = cache[cluster] = _plain(cluster)
            if not piece:  # a format character: dropped
                i = j
                continue
            out.append(piece)
            starts.extend([i] * len(piece))
            ends.extend([j] * len(piece))
            i = j
        pos = max(stop, i)
    if pos < n:
        out.append(text[pos:])
        starts.extend(range(pos, n))
        ends.extend(range(pos + 1, n + 1))
    result = "".join(out)
    if result == text:
        return Normalized(text)
    return Normalized(result, tuple(starts), tuple(ends))
