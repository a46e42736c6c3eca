"""Known words of German and English (known_words.txt): a capitalised word that is none of them may be a name."""

from __future__ import annotations

from functools import lru_cache

# Linking letters between the parts of a German compound: "Urlaubs|antrag", "Kunden|rückmeldung", "Schul|e".
_LINKS = ("s", "es", "n", "en", "er", "e")
_MIN_PART = 4  # "Schicht|plan", "Feier|abend|bier"; shorter parts join too many names ("Roj|hat")
_MIN_COMPOUND = 9  # "Xiaoling", "Thandeka": eight letters of a name read as two words ("xiao|ling", "than|deka")


@lru_cache(maxsize=1)
def _words() -> dict[str, None]:
    """The lowercased known words, loaded on first use (a dict of strings, which the cycle collector leaves
    alone, where it would walk every entry of a set at each full collection)."""
    try:
        from importlib.resources import files

        raw = (files("course.scanner") / "known_words.txt").read_text(encoding="utf-8")
    except OSError:
        return {}
    return dict.fromkeys(line for line in raw.split("\n") if line and line[0] != "#")


def _known(low: str) -> bool:
    return low in _words()


def _compound(low: str, depth: int = 0) -> bool:
    """True when `low` is two or three known words joined, maybe by a linking letter ("schichtplanänderung",
    "urlaubsantragsformular", "feierabendbier"); the head is the longest known end."""
    words = _words()
    for i in range(_MIN_PART, len(low) - _MIN_PART + 1):
        head = low[i:]
        if head not in words and not (depth < 1 and len(head) >= _MIN_COMPOUND and _compound(head, depth + 1)):
            continue
        stem = low[:i]
        if stem in words or any(stem.endswith(k) and stem[: -len(k)] in words for k in _LINKS if len(stem) > 4):
            return True
    return False


def known_word(word: str) -> bool:
    """True when `word` (any case) is a word of German or English, not a name: in the list, an inflection that
    the list holds, a compound of listed words ("Schichtplanänderung"), or hyphenated listed words ("Knie-OP")."""
    low = word.lower()
    if low.endswith(("'s", "’s")):
        low = low[:-2]
    if _known(low):
        return True
    if "-" in low:  # "Knie-OP", "Follow-up"; not "Li-Ping", "Dae-hyun" (every part a syllable of a name)
        parts = low.split("-")
        return len(parts[0]) >= _MIN_PART and all(_known(p) for p in parts)
    return len(low) >= _MIN_COMPOUND and _compound(low)
