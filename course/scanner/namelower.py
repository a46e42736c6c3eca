"""Names written in lower case in transcripts and chats, after a role ("caller tarek chowdhury", "fahrer: jonas"),
a self-introduction ("mein name ist ...", "hier ist ...", "this is ...") or as a handle ("@pemba")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from course.scanner.context import Doc, finding
from course.scanner.firstnames import STOP_WORDS, is_first_name
from course.scanner.namecues import VERBS, surname_like
from course.scanner.namelexicon import known_word
from course.scanner.result import Finding

# Who speaks or is spoken of in a call, a delivery, a login or a family, written small in transcripts and chats.
_ROLES = frozenset(
    "anrufer anruferin caller fahrer fahrerin driver partner partnerin benutzer benutzerin nutzer nutzerin user "
    "kunde kundin customer mieter mieterin tenant".split()
)
_INTRODUCTIONS = ("mein name ist", "my name is", "hier ist", "hier spricht", "this is", "it's", "it’s")
_CUES = tuple(sorted(_ROLES, key=len, reverse=True)) + _INTRODUCTIONS
_LOW = r"[a-zà-öø-ÿā-ž]+(?:[-'’][a-zà-öø-ÿā-ž]+)?"
_CUE = re.compile(
    r"(?:" + "|".join(re.escape(c) for c in _CUES) + r")(?![\w-])[ \t]*:?[ \t]+"
    rf"(?P<w1>{_LOW})(?:[ \t]+(?P<w2>{_LOW}))?(?![\w-])"
)
_STEMS = tuple(sorted({c[:4] for c in _CUES}))
_FUNCTION = frozenset(w.lower() for w in STOP_WORDS)
_VERB = re.compile(VERBS)
_HANDLE = re.compile(rf"@(?P<w1>{_LOW})(?![\w@.-]*\.[a-z])(?![\w(-])")  # matched at each "@" not inside a word


def _given(word: str) -> bool:
    """A lower-case word that is a first name of the tables and no everyday word ("marija", not "will", "mark")."""
    title = word[0].upper() + word[1:]
    return is_first_name(title) and not known_word(word)


def _unknown(word: str) -> bool:
    """A lower-case word of three letters or more that no dictionary holds: a name no table knows."""
    return len(word) >= 3 and word not in _FUNCTION and not known_word(word)


def _starts(low: str) -> Iterator[int]:
    """Word starts where a cue's first letters stand."""
    found: set[int] = set()
    for stem in _STEMS:
        i = low.find(stem)
        while i >= 0:
            if i == 0 or not (low[i - 1].isalnum() or low[i - 1] in "-_"):
                found.add(i)
            i = low.find(stem, i + 1)
    return iter(sorted(found))


def lowercase_names(doc: Doc) -> Iterator[Finding]:
    """One or two lower-case words after a role or a self-introduction: the first a first name of the tables or no
    word of a dictionary, the second a surname when it is no word or the first was a known first name."""
    text, low = doc.text, doc.lower
    if len(low) != len(text):
        return
    end = 0
    for i in _starts(low):
        if i < end:
            continue
        m = _CUE.match(low, i)
        if not m or not text[m.start("w1") : m.end()].islower():
            continue
        w1, w2 = m.group("w1"), m.group("w2")
        given = _given(w1)
        if not (given or _unknown(w1)):
            continue
        stop = m.end("w1")
        if w2 and (
            _unknown(w2)
            or given
            and w2 not in _FUNCTION
            and not _VERB.match(w2)
            and surname_like(w2[0].upper() + w2[1:])
        ):
            stop = m.end("w2")
        end = stop
        yield finding("name", text, m.start("w1"), stop, False)
    at = text.find("@")
    while at != -1:
        h = _HANDLE.match(text, at) if at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_.@/-") else None
        if h:
            w = h.group("w1")
            line = text.rfind("\n", 0, at) + 1
            if text[line:at].strip() and (_given(w) or _unknown(w)):  # not a decorator at a line's start
                yield finding("name", text, h.start("w1"), h.end("w1"), False)
        at = text.find("@", at + 1)
