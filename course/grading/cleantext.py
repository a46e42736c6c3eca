"""A cleaned, bounded view of a learner's text whose offsets map back to the original."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

CUE_LIMIT = 50_000
"""Structure cues look at most this many characters (prompts are far shorter)."""

_ESCAPES = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]{0,512}(?:\x07|\x1b\\)?|[@-Z\\-_])")
_INVISIBLE = re.compile("[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SAME_LENGTH = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u00b4": "'",
        "`": "`",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2039": '"',
        "\u203a": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2007": " ",
        "\t": " ",
        "\r": "\n",
    }
)
_MAPPED = re.compile("[" + "".join(re.escape(chr(c)) for c in _SAME_LENGTH) + "]")
_WORD = re.compile(r"[^\W_]+(?:['\-][^\W_]+)*")


def _unify(text: str) -> str:
    """`text.translate(_SAME_LENGTH)`: a regex finds the few characters to replace (translate looks up
    every character of a non-ASCII text in the table: most of building a view of a German prompt)."""
    return _MAPPED.sub(lambda m: str(_SAME_LENGTH[ord(m.group())]), text)


@dataclass(frozen=True)
class TextView:
    """`original` as given; `view` is its first CUE_LIMIT characters, cleaned for matching.

    Escape sequences, control characters and invisible marks are dropped; quotes,
    dashes and odd spaces are unified. `pos(i)` maps a view offset to the original.
    """

    original: str

    @cached_property
    def _prepared(self) -> tuple[str, tuple[int, ...] | None]:
        head = self.original[:CUE_LIMIT]
        if not (_ESCAPES.search(head) or _INVISIBLE.search(head) or _CONTROL.search(head)):
            return _unify(head), None
        keep = [True] * len(head)
        for pattern in (_ESCAPES, _INVISIBLE, _CONTROL):
            for m in pattern.finditer(head):
                for i in range(m.start(), m.end()):
                    keep[i] = False
        index = tuple(i for i, k in enumerate(keep) if k)
        view = _unify("".join(head[i] for i in index))
        return view, index

    @property
    def view(self) -> str:
        """The cleaned text that cues are matched against."""
        return self._prepared[0]

    def pos(self, i: int) -> int:
        """The original offset of view offset `i` (end offsets map past the last char)."""
        index = self._prepared[1]
        if index is None:
            return i
        if i < len(index):
            return index[i]
        return (index[-1] + 1) if index else 0

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the view span [start, end)."""
        if end <= start:
            return self.pos(start), self.pos(start)
        return self.pos(start), self.pos(end - 1) + 1

    @cached_property
    def words(self) -> int:
        """How many words the whole text has (letters or digits, joined by - or ')."""
        return _WORD.subn("", self.original)[1]  # counts without a match object per word

    @property
    def blank(self) -> bool:
        """True when there is nothing but white space and invisible characters."""
        return not self.view.strip() and not self.original[CUE_LIMIT:].strip()


_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]|  ")


def printable(text: str, limit: int = 120) -> str:
    """`text` safe to show in a terminal: no escapes or control characters, one line, shortened."""
    if len(text) > limit * 4:
        text = text[: limit * 4]
    if _UNSAFE.search(text):
        from progress.safetext import terminal  # the one cleaner for terminal text

        text = re.sub(r" {2,}", " ", terminal(text))
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
