"""Every later occurrence of a found person's name: the surname alone ("Quispe bittet um Rückruf"), and possessives
of the first name or the surname ("Norbu's desk", "Dorjees Platz", "Itzel's laptop")."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence

from course.scanner.context import Doc, finding
from course.scanner.firstnames import NOT_FIRST_NAMES, STOP_WORDS, WORD_NAMES, is_first_name
from course.scanner.namecues import NOT_GIVEN, given_like
from course.scanner.namelexicon import known_word
from course.scanner.result import Finding

_PARTICLES = frozenset("von van de der den zu vom ten ter da di du le la del della dos das y bin ibn".split())
_POSSESSIVE = ("'s", "’s")
# Words before a common noun that is also a surname ("im Sommer", "der Koch", "the Baker"): no person there.
_ARTICLES = frozenset(
    "der die das den dem des ein eine einen einem einer im am zum zur vom beim ins the a an this that our your".split()
)


def _parts(names: Sequence[Finding]) -> tuple[set[str], set[str]]:
    """(first names, surnames) of the found names of two words or more whose first word is a given name."""
    firsts: set[str] = set()
    surnames: set[str] = set()
    for n in names:
        if n.category != "name" or " " not in n.text or not n.text[:1].isupper() or n.text.isupper():
            continue
        surname, comma, given = n.text.partition(", ")
        words = (given if comma else n.text).split()
        first = words[0]
        if len(first) < 2 or first in WORD_NAMES or first in NOT_FIRST_NAMES or first in NOT_GIVEN:
            continue
        if not (is_first_name(first) or n.strong and given_like(first)):
            continue
        firsts.add(first)
        last = surname.split()[-1] if comma else words[-1]
        if len(last) > 2 and last[:1].isupper() and last.lower() not in _PARTICLES and last not in STOP_WORDS:
            surnames.add(last)
    return firsts, surnames


def repeated_parts(doc: Doc, names: Sequence[Finding]) -> Iterator[Finding]:
    """A found person's surname alone later in the text, and the possessive of either part; a surname that is also
    a common word only where no article stands before it."""
    firsts, surnames = _parts(names)
    if not surnames and not firsts:
        return
    text = doc.text
    found = sorted((n.start, n.end) for n in names if n.category == "name")
    starts = [s for s, _ in found]
    for start, _end, word in doc.caps:
        stem = word
        if word.endswith(_POSSESSIVE):
            stem = word[:-2]
        elif word.endswith("s") and (word[:-1] in surnames or word[:-1] in firsts):
            stem = word[:-1]  # "Dorjees Platz": a German genitive
        if stem is word and word not in surnames:
            continue  # a first name alone is repeated_names' work
        if stem not in surnames and stem not in firsts:
            continue
        i = bisect_left(starts, start + 1) - 1
        if i >= 0 and found[i][1] > start:
            continue  # inside a found name already
        if stem in surnames and known_word(stem):
            before = text[max(0, start - 12) : start].split()
            if before and before[-1].lower() in _ARTICLES:
                continue
        yield finding("name", text, start, start + len(stem), False)
