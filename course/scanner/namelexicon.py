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


def words() -> dict[str, None]:
    """The lowercased known words (for a caller's own fast path: `word.lower() in words()`)."""
    return _words()


def _stem_known(stem: str, words: dict[str, None]) -> bool:
    """A compound's first part, maybe with its linking letter: "schicht", "urlaubs", "kunden", "kinder", "schul|e"."""
    if stem in words:
        return True
    if len(stem) <= _MIN_PART or stem[-1] not in "snre":
        return False
    if stem[:-1] in words and stem[-1] != "r":
        return True
    return stem[-2:] in _LINKS and stem[:-2] in words


def _compound(low: str, words: dict[str, None], depth: int = 0) -> bool:
    """True when `low` is two or three known words joined, maybe by a linking letter ("schichtplanänderung",
    "urlaubsantragsformular", "feierabendbier"). The first part is looked up first: most cuts end there."""
    for i in range(_MIN_PART, len(low) - _MIN_PART + 1):
        if not _stem_known(low[:i], words):
            continue
        head = low[i:]
        if head in words or depth < 1 and len(head) >= _MIN_COMPOUND and _compound(head, words, depth + 1):
            return True
    return False


def known_word(word: str) -> bool:
    """True when `word` (any case) is a word of German or English, not a name: in the list, an inflection that
    the list holds, a compound of listed words ("Schichtplanänderung"), or hyphenated listed words ("Knie-OP")."""
    words = _words()
    low = word.lower()
    if low in words:
        return True
    if low.endswith(("'s", "’s")):
        low = low[:-2]
        if low in words:
            return True
    if "-" in low:  # "Knie-OP", "Follow-up"; not "Li-Ping", "Dae-hyun" (every part a syllable of a name)
        parts = low.split("-")
        return len(parts[0]) >= _MIN_PART and all(p in words for p in parts)
    return len(low) >= _MIN_COMPOUND and _compound_cached(low)


@lru_cache(maxsize=4096)
def _compound_cached(low: str) -> bool:
    return _compound(low, _words())
