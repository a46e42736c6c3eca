"""Names written in capitals: "FRÉDÉRIQUE HAAS" and "ALMAZ TESFAYE" inside a line of capitals, "QUISPE Wayra"
(SURNAME Given), and airline "SURNAME/GIVEN" whose parts no table knows."""

from __future__ import annotations

import re
from collections.abc import Iterator

from course.scanner.context import Doc, finding
from course.scanner.firstnames import STOP_WORDS, is_first_name
from course.scanner.namelexicon import known_word
from course.scanner.result import Finding

_TWO = re.compile(r"[A-ZÀ-ÖØ-Þ]{2}")
_VOWELS = frozenset("AEIOUYÀÁÂÃÄÅÆÈÉÊËÌÍÎÏÒÓÔÕÖØÙÚÛÜÝĀĒĪŌŪ")
# Particles inside a surname in capitals ("CAMERON TER HORST", "AMAIA DE LA CRUZ").
_PARTICLES = frozenset("VAN VON DE DER DEN TER TEN DA DI DU LE LA DEL DOS BIN IBN".split())
# A title after an airline name ("GASSNER/SENTHIL MR"): the slash form is a passenger's name whatever its parts.
_PAX_TITLE = re.compile(r"[ \t]?(?:MRS|MR|MS|MISS|MSTR|DR)(?![\w])")


def _wordlike(word: str) -> bool:
    """A word of three letters or more with a vowel: not an acronym such as "HTTP", "KW", "USt"."""
    return len(word) >= 3 and any(c in _VOWELS for c in word)


def _given(word: str) -> bool:
    """A capitalised first name of the tables that is no common word ("FRÉDÉRIQUE", not "MARK" or "APRIL")."""
    title = word.title()
    return is_first_name(title) and not known_word(word)


def _unknown(word: str) -> bool:
    """A word no dictionary holds, shaped like a word (a name no table knows: "ENKHBAYAR", "TESFAYE")."""
    return _wordlike(word) and not known_word(word)


def _upper(doc: Doc) -> list[int]:
    """Indices into doc.caps of the words in capitals of two letters or more (memoised per text)."""
    got = doc.memo.get("caps-upper")
    if got is None:
        caps = doc.caps
        got = (
            [k for k in range(len(caps)) if caps[k][2].isupper() and len(caps[k][2]) > 1]
            if _TWO.search(doc.text)
            else []
        )
        doc.memo["caps-upper"] = got
    return got


def _runs(doc: Doc) -> Iterator[list[tuple[int, int, str]]]:
    """Runs of words in capitals on one line, separated by spaces only."""
    text, caps = doc.text, doc.caps
    run: list[tuple[int, int, str]] = []
    last = -2
    for k in _upper(doc):
        start, end, word = caps[k]
        if run and (k != last + 1 or text[run[-1][1] : start].strip(" \t")):
            if len(run) >= 2:
                yield run
            run = []
        run.append((start, end, word))
        last = k
    if len(run) >= 2:
        yield run


def caps_names(doc: Doc) -> Iterator[Finding]:
    """Two or three words in capitals that make a name: a first name of the tables and a surname, or words no
    dictionary holds, inside a longer run of capitals ("BITTE RÜCKRUF AN ALMAZ TESFAYE WEGEN ...") too."""
    text = doc.text
    for run in _runs(doc):
        i = 0
        while i < len(run) - 1:
            word = run[i][2]
            strong = _given(word)
            if not strong and not (_unknown(word) and word.title() not in STOP_WORDS):
                i += 1
                continue
            j = i + 1
            while j < len(run) and j - i < 4 and run[j][2] in _PARTICLES:
                j += 1
            if j >= len(run):
                break
            last = run[j][2]
            parts = last.split("-")
            if strong and last.title() not in STOP_WORDS and len(parts[0]) >= 2 or all(_unknown(p) for p in parts):
                yield finding("name", text, run[i][0], run[j][1], strong)
                i = j + 1
                continue
            i += 1


def surname_given(doc: Doc) -> Iterator[Finding]:
    """SURNAME Given: a word in capitals no dictionary holds before a capitalised word that is a first name or no
    word either, then no further capitalised word ("Kontrolle durch QUISPE Wayra am Dienstag")."""
    text = doc.text
    caps = doc.caps
    for k in _upper(doc):
        if k + 1 >= len(caps):
            break
        start, end, word = caps[k]
        nstart, nend, given = caps[k + 1]
        if not _wordlike(word) or text[end:nstart] not in (" ", "\t") or given.isupper():
            continue
        if not given[1:].islower() or len(given) < 3 or given in STOP_WORDS or known_word(word):
            continue
        if k + 2 < len(caps) and text[nend : caps[k + 2][0]] in (" ", "\t"):
            continue  # "SURNAME Given Other": a heading or a firm
        if is_first_name(given):
            yield finding("name", text, start, nend, True)
        elif not known_word(given):
            yield finding("name", text, start, nend, False)


def pax_unknown(doc: Doc) -> Iterator[Finding]:
    """SURNAME/GIVEN before MR/MRS, or with both parts words no dictionary holds ("RAKOTO/HERY")."""
    text = doc.text
    i = text.find("/")
    while i != -1:
        if 0 < i < len(text) - 1 and text[i - 1].isupper() and text[i + 1].isupper():
            s = i - 1
            while s > 0 and (text[s - 1].isupper() or text[s - 1] in "'’-"):
                s -= 1
            e = i + 1
            while e < len(text) and (text[e].isupper() or text[e] in "'’-"):
                e += 1
            sur, given = text[s:i], text[i + 1 : e]
            clean = (s == 0 or not text[s - 1].isalnum() and text[s - 1] != "/") and (
                e == len(text) or not text[e].isalnum() and text[e] != "/"
            )
            titled = _PAX_TITLE.match(text, e) is not None
            if clean and len(sur) >= 2 and len(given) >= 2 and titled:
                yield finding("name", text, s, e, True)
            elif clean and len(sur) >= 4 and len(given) >= 4 and _unknown(sur) and _unknown(given):
                yield finding("name", text, s, e, False)
            i = e
        i = text.find("/", i + 1)
