"""Small helpers shared by the detectors: cue words near a span, candidate findings."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache, partial
from itertools import accumulate
from re import Pattern
from typing import Any, NamedTuple

from course.scanner.result import Finding


class Block(NamedTuple):
    """A run of digits with single separators ("12.03.1985", "030 1234567", "DE89 3704": "89 3704")."""

    start: int
    end: int
    digits: int


_DELIMS = (";", "\t", "|", ",")
_MAX_ROW = 400  # longer lines are prose, not table rows
_RULE_ROW = re.compile(r"[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?")  # "|---|:--:|"
_MAX_ROWS = 60  # a header further up than this many rows is not looked for
_MAX_LABEL = 40  # a header cell is a label of a few words


def _is_header(row: str, delim: str) -> bool:
    """A row of labels: no digits, or digits only in a first cell of prose ("Order 12 has shipped. > Name")."""
    cells = _cells(row, delim)
    if any(len(cell) > _MAX_LABEL or any(c.isdigit() for c in cell) for cell in cells[1:]):
        return False  # labels are short and have no digits ("Hello Anna, hope you are well" is prose)
    return not any(c.isdigit() for c in cells[0]) or len(cells[0]) > 30


def _cells(row: str, delim: str) -> list[str]:
    """A table row split at `delim`, outside double quotes."""
    if '"' not in row:
        return row.split(delim)
    out: list[str] = []
    cell: list[str] = []
    quoted = False
    for c in row:
        if c == '"':
            quoted = not quoted
        elif c == delim and not quoted:
            out.append("".join(cell))
            cell = []
            continue
        cell.append(c)
    out.append("".join(cell))
    return out


_BLOCK = re.compile(r"\d(?:[ ./-]?\d)*")
_BLOCK_SPLIT = re.compile(f"({_BLOCK.pattern})")  # _BLOCK for re.split: the runs and the text between them
_new_block = partial(tuple.__new__, Block)  # Block((start, end, digits)) without a Python-level __new__
_CAP = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]*(?:['’-][^\W\d_]+)*")
_CAP_SPLIT = re.compile(f"({_CAP.pattern})")


@dataclass(frozen=True)
class Doc:
    """The text to scan, a lower-cased copy with the same length (offsets line up), and shared indexes.

    Most patterns only need to be tried where digits or capitalised words are: the digit blocks and
    capitalised tokens are found once here, so detectors need not each scan the whole text.
    """

    text: str
    lower: str
    exact: bool = True  # `lower` is `text.lower()` (False when a character lowers to several and was kept)

    @classmethod
    def of(cls, text: str) -> Doc:
        low = text.lower()
        if len(low) != len(text):  # e.g. "İ" lowers to two characters: keep such characters as they are
            low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
            return cls(text, low, False)
        return cls(text, low)

    @cached_property
    def blocks(self) -> list[Block]:
        parts = _BLOCK_SPLIT.split(self.text)
        ends = list(accumulate(map(len, parts)))
        runs = parts[1::2]
        digits = [
            len(g) if g.isdigit() else len(g) - g.count(" ") - g.count(".") - g.count("/") - g.count("-")
            for g in runs  # separators are single characters between digits
        ]
        return list(map(_new_block, zip(ends[:-1:2], ends[1::2], digits, strict=True)))

    @cached_property
    def _blocks_with(self) -> dict[int, list[Block]]:
        """Memo for blocks_with: the detectors ask for the same few sizes again and again."""
        return {}

    def blocks_with(self, digits: int) -> list[Block]:
        """Digit blocks with at least `digits` digits (a shared list: do not change it)."""
        memo = self._blocks_with
        found = memo.get(digits)
        if found is None:
            # the list for the largest smaller size asked for already holds every block wanted, in text order
            below = max((k for k in memo if k < digits), default=None)
            source = self.blocks if below is None else memo[below]
            found = memo[digits] = [b for b in source if b.digits >= digits]
        return found

    @cached_property
    def memo(self) -> dict[object, Any]:
        """Per-text results that detectors share or reuse (keys name their owner, e.g. ("ids", ...))."""
        return {}

    @cached_property
    def _header_of(self) -> dict[tuple[int, str], int]:
        """Memo for column_header: a line's start -> the start of its table's header line (-1: none)."""
        return {}

    def column_header(self, i: int) -> str:
        """The header cell above index `i` in a pasted table ("name;SV-Nummer" over "Kopp;8234 110786"), or "".

        The table's delimiter is the first of ; tab | , in the line; its header is the nearest line above
        of labels (no digits), over lines that all have that delimiter; the cell is taken by column (quotes
        respected).
        """
        low = max(0, i - _MAX_ROW)
        start = self.text.rfind("\n", low, i) + 1
        end = self.text.find("\n", i, i + _MAX_ROW)
        if (start == 0 and low > 0) or (end == -1 and i + _MAX_ROW < len(self.text)):
            return ""  # a line longer than a table row: prose (and no look over a whole 1 MB line)
        line = self.text[start : len(self.text) if end == -1 else end]
        delim = next((d for d in _DELIMS if d in line), "")
        if not delim or len(line) > _MAX_ROW:
            return ""
        header = self._header_line(start, delim)
        if header < 0:
            return ""
        h_end = self.text.find("\n", header)
        cells = _cells(self.text[header : len(self.text) if h_end == -1 else h_end], delim)
        column = len(_cells(self.text[start:i], delim)) - 1
        return cells[column] if 0 <= column < len(cells) and len(cells) > 1 else ""

    def _header_line(self, start: int, delim: str) -> int:
        memo, text = self._header_of, self.text
        chain: list[int] = []
        found = -1
        pos = start
        for _ in range(_MAX_ROWS):
            if pos == 0:
                break
            prev = text.rfind("\n", max(0, pos - 2 - _MAX_ROW), pos - 1) + 1
            if prev == 0 and pos - 2 - _MAX_ROW > 0:
                break  # the line above is longer than a table row
            row = text[prev : pos - 1]
            if delim not in row or len(row) > _MAX_ROW:
                break
            if delim == "|" and _RULE_ROW.fullmatch(row):  # Markdown's "|---|:--|" under the header: look above it
                chain.append(prev)
                pos = prev
                continue
            if _is_header(row, delim):  # before the memo: a header line's own entry is the header above it
                found = prev
                break
            if (prev, delim) in memo:
                found = memo[(prev, delim)]
                break
            chain.append(prev)
            pos = prev
        for line in (start, *chain):
            memo[(line, delim)] = found
        return found

    @cached_property
    def caps(self) -> list[tuple[int, int, str]]:
        """Capitalised words: (start, end, word)."""
        parts = _CAP_SPLIT.split(self.text)
        ends = list(accumulate(map(len, parts)))
        return list(zip(ends[:-1:2], ends[1::2], parts[1::2], strict=True))


def matches_at(split: Pattern[str], text: str) -> tuple[list[str], list[int]]:
    """The matches of a pattern in `text` and where each starts, given `split`: the pattern as one capturing group
    (its own groups non-capturing, no empty match). re.split gives the matches with the text between them, whose
    lengths add up to the offsets: no match object per word, several times faster than finditer on words."""
    parts = split.split(text)
    return parts[1::2], list(accumulate(map(len, parts)))[:-1:2]


def positions(text: str, needle: str) -> Iterator[int]:
    """Every index where `needle` starts in `text`, overlaps included."""
    i = text.find(needle)
    while i >= 0:
        yield i
        i = text.find(needle, i + 1)


def starting(
    pattern: re.Pattern[str], text: str, stems: Sequence[str], low: str | None = None
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, tried only where one of `stems` occurs in `low` (the text itself by default)."""
    low = text if low is None else low
    if len(low) != len(text):
        yield from pattern.finditer(text)
        return
    found: set[int] = set()
    add, find = found.add, low.find
    for stem in stems:  # positions() inlined: a generator per stem costs more than the finds
        i = find(stem)
        while i >= 0:
            add(i)
            i = find(stem, i + 1)
    end = 0
    for i in sorted(found):
        m = pattern.match(text, i) if i >= end else None
        if m:
            end = m.end()
            yield m


def free_before(text: str, i: int, extra: str = "") -> bool:
    """True when the character before index `i` is not part of a word (nor one of `extra`)."""
    if i == 0:
        return True
    c = text[i - 1]
    return not (c.isalnum() or c == "_" or c in extra)


def finding(category: str, text: str, start: int, end: int, strong: bool) -> Finding:
    """A finding whose text is exactly `text[start:end]`."""
    return Finding(category, start, end, text[start:end], strong)


# A sentence end: what sentence_start finds (the regex is its specification; tests compare the two).
SENTENCE_END = re.compile(r"[^\W\d_]{4,}[.!?][ \t]+(?=[^\W\d_])|[!?][ \t]+")


def is_letter(c: str) -> bool:
    """The regex class of letters (not-word, digit or "_" negated) for one character."""
    return c.isalnum() and not c.isdecimal()


def sentence_start(chunk: str) -> int:
    """Where the last sentence in `chunk` starts: the end of the last SENTENCE_END match, or 0.

    The same as running the regex (about ten times faster, and every cue look-back needs it): matches
    end after the spaces behind a "!" or "?", or behind a "." that has four letters before it and a
    letter after the spaces; a match never holds another's punctuation, so the last match is the one
    of the rightmost punctuation mark that qualifies.
    """
    i = n = len(chunk)
    while True:
        q = max(chunk.rfind(".", 0, i), chunk.rfind("!", 0, i), chunk.rfind("?", 0, i))
        if q < 0:
            return 0
        j = q + 1
        while j < n and (chunk[j] == " " or chunk[j] == "\t"):
            j += 1
        if j > q + 1 and (
            chunk[q] != "." or (j < n and is_letter(chunk[j]) and q >= 4 and all(map(is_letter, chunk[q - 4 : q])))
        ):
            return j
        i = q


def window_before(text: str, start: int, size: int = 40) -> str:
    """Up to `size` characters before `start` on the same line (plus the line before when this one is empty),
    from the start of the sentence: "... 3301 units. Please ring Larry on ..." keeps "units" out."""
    parts = text[max(0, start - size) : start].split("\n")
    current = parts[-1]
    if len(parts) > 1 and not current.strip(" \t:–-"):
        return parts[-2] + "\n" + current
    return current[sentence_start(current) :]


@lru_cache(maxsize=4096)
def cue_distance(pattern: Pattern[str], chunk: str) -> tuple[int, int] | None:
    """(characters from the end of the last cue to the end of `chunk`, minus the cue's length), or None.

    Kept per pattern and window: the same window comes again for several questions about one number (phones asks
    for PHONE_CUES against ID_CUES, then TAX_CUES against PHONE_CUES), on repeated lines, and in every scan of a
    text being typed."""
    last = None
    for m in pattern.finditer(chunk):
        last = m
    return None if last is None else (len(chunk) - last.end(), last.start() - last.end())


def has_cue(pattern: Pattern[str], text: str, start: int, size: int = 40) -> bool:
    """True when `pattern` occurs shortly before `start`."""
    return _occurs(pattern, window_before(text, start, size))


@lru_cache(maxsize=4096)
def _occurs(pattern: Pattern[str], chunk: str) -> bool:
    """`pattern` occurs in `chunk` (kept per window, as cue_distance)."""
    return pattern.search(chunk) is not None


def closer_cue(pos: Pattern[str], neg: Pattern[str], text: str, start: int, size: int = 40) -> bool | None:
    """True if a positive cue is nearer than any negative one, False if a negative is nearer, None if neither.

    At equal distance the longer cue wins ("customer number" beats "number"), and a tie goes to the positive.
    """
    chunk = window_before(text, start, size)
    p, n = cue_distance(pos, chunk), cue_distance(neg, chunk)
    if p is None and n is None:
        return None
    if n is None:
        return True
    if p is None:
        return False
    return p <= n


def compile_words(words: str) -> Pattern[str]:
    """Lower-case alternatives as whole words, for short windows of `Doc.lower` (cue words)."""
    return re.compile(rf"(?<!\w)(?:{words})(?:(?<=\.)|(?!\w))")


def compile_lower(words: str) -> Pattern[str]:
    """Like compile_words, for searching a whole lower-cased text fast: check `free_before` on each match."""
    return re.compile(rf"(?:{words})(?:(?<=\.)|(?!\w))")


def word_matches(pattern: Pattern[str], doc: Doc) -> list[re.Match[str]]:
    """Matches of a `compile_lower` pattern in `doc.lower` that start at a word boundary."""
    return [m for m in pattern.finditer(doc.lower) if free_before(doc.lower, m.start())]


# Words that introduce business identifiers: a number right after them is an id, not personal data. The verbs
# "bestellt", "bestellten", "ordered", "ordering" label nothing: "mit meiner Karte bestellt, die Nummer ist 5278 ..."
ID_CUES = compile_words(
    r"(?:"
    r"rechnung\w*|invoice\w*|bestell(?!te?n?\b)\w*|order(?!ed\b|ing\b)\w*|auftrag\w*|kunden-?(?:nummer|nr\.?)|kd\.?-?nr\.?|"
    r"customer (?:no\.?|number|id|#)|artikel\w*|art\.-nr\.?|item\w*|"
    r"sku|ticket\w*|sendung\w*|tracking|lieferschein\w*|delivery note|vertrag\w*|contract\w*|batch|"
    r"kostenstelle\w*|cost cent(?:er|re)|ean|gtin|isbn|po|ref\w*|referenz\w*|vorgang\w*|case|"
    r"konto\w*|account (?:no\.?|number|id)|iban|bic|blz|quote|angebot\w*|gutschrift\w*"
    r"|credit note|version|build|commit|serial|"
    r"serien\w*|sn|ust-?idnr\.?|kw|plz|zip|postleitzahl|betrag|summe|total|raum|room|"
    r"menge|quantity|qty|stück|einheiten|units|paletten|pallets|code|fehlercode|error|lot|charge|aktenzeichen|az\.?|"
    r"offerte\w*|verwendungszweck|zahlungsreferenz|produktcode\w*|artikelcode\w*|product code|quotation"
    r")(?:[ .-]*(?:number|no\.?|nr\.?|nummer|#|id|code))?"
)
