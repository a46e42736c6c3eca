"""Labels before a value as people write them: keys in code ("tax_no", "steuer_id") and labels with one typo."""

from __future__ import annotations

import re

from course.scanner.context import Doc, window_before

_WORDS = re.compile(r"[^\W\d_]+(?:[-'’.][^\W\d_]+)*\.?")
_TAIL = " \t:=.#|>–-\"'()[]{}→"  # what may stand between a label and its value: "Geburtsdatum: ", "ssn = '"


def code_words(doc: Doc) -> str:
    """The lower-cased text with "_" read as a space (same length): "tax_no", "date_of_birth" are labels too."""
    found: str | None = doc.memo.get("labels.code")
    if found is None:
        found = doc.memo["labels.code"] = doc.lower.replace("_", " ") if "_" in doc.lower else doc.lower
    return found


def one_edit(a: str, b: str) -> bool:
    """True when `a` and `b` differ by at most one letter added, dropped, changed or swapped with its neighbour."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    i = 0
    while i < min(la, lb) and a[i] == b[i]:
        i += 1
    if la == lb:
        if a[i + 1 :] == b[i + 1 :]:
            return True  # one letter changed
        return i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]  # two swapped
    return a[i + 1 :] == b[i:] if la > lb else a[i:] == b[i + 1 :]


def typo_label(lower: str, start: int, vocabulary: tuple[str, ...]) -> bool:
    """True when the label right before `start` (same line, or alone on the line above) is one of `vocabulary`
    with one typo ("Gebutsdatum:", "date of brith", "Sozialversicherugsnummer"); only labels of 7+ letters."""
    chunk = window_before(lower, start, 40).rstrip(_TAIL + "\n")
    words = _WORDS.findall(chunk[-40:])
    for n in (1, 2, 3):
        if len(words) < n:
            break
        label = " ".join(words[-n:]).rstrip(".")
        if len(label) >= 7 and any(one_edit(label, word) for word in vocabulary if abs(len(word) - len(label)) <= 1):
            return True
    return False
