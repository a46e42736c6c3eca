"""A first name no list needs to know, by the words around it: a self-introduction, a birthday wish, a home."""

from __future__ import annotations

import re
from collections.abc import Iterator

from course.scanner.context import Doc, finding
from course.scanner.firstnames import is_first_name
from course.scanner.namecues import given_like
from course.scanner.result import Finding

_CAP = r"[A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]*(?:['’-][^\W\d_]+)*"
# "Hiya, it's Isabella - my landline's down", "Hallo, hier ist Smilla.": who writes, after a greeting.
_HELLO_BEFORE = re.compile(r"(?<![\w])(?i:hi|hiya|hey|hello|hallo|servus|moin|grüezi|hoi)[ \t]*[,!.]?[ \t]+$")
_INTRODUCED = re.compile(
    rf"[ \t]+(?P<w>{_CAP})(?=[ \t]*(?:[-–—,.!:;]|$)|[ \t]+(?:here|from|von|aus|again|nochmal)(?![\w]))", re.M
)
# "hbd Matthew!! 🎂", "Happy birthday, Ngozi!", "Alles Gute, Smilla!": a wish to a person.
_WISHED = re.compile(
    r"(?<![\w])(?i:hbd|happy birthday|happy bday|happy b-day|alles gute(?: zum geburtstag)?|"
    r"herzlichen glückwunsch(?: zum geburtstag)?)(?:[ \t]*,)?[ \t]+"
    rf"(?P<w>{_CAP})(?=[ \t]*[!.,🎂🎉🥳]|[ \t]*$)",
    re.M,
)
# "zur Weihnachtsfeier bei Adeline zu Hause": somebody's home.
_AT_HOME = re.compile(rf"(?<![\w])bei[ \t]+(?P<w>{_CAP})[ \t]+(?:zu[ \t]+Hause|zuhause|daheim)(?![\w])")


_INTRO_WORDS = ("it's", "it’s", "this is", "hier ist", "ich bin", "i'm")
_WISH_WORDS = ("hbd", "birthday", "bday", "alles gute", "glückwunsch")


def spoken_names(doc: Doc) -> Iterator[Finding]:
    """A word that may be a given name where only a person fits: who introduces themselves after a greeting,
    who is wished a happy birthday, at whose home something happens."""
    text, low = doc.text, doc.lower
    for phrase in _INTRO_WORDS:
        i = low.find(phrase)
        while i != -1:
            m = _INTRODUCED.match(text, i + len(phrase))
            if m and _HELLO_BEFORE.search(text, max(0, i - 12), i) and _maybe_given(m.group("w")):
                yield finding("name", text, m.start("w"), m.end("w"), False)
            i = low.find(phrase, i + 1)
    if any(w in low for w in _WISH_WORDS):
        for m in _WISHED.finditer(text):
            if _maybe_given(m.group("w")):
                yield finding("name", text, m.start("w"), m.end("w"), False)
    if "zu hause" in low or "zuhause" in low or "daheim" in low:
        for m in _AT_HOME.finditer(text):
            if _maybe_given(m.group("w")):
                yield finding("name", text, m.start("w"), m.end("w"), False)


def _maybe_given(word: str) -> bool:
    return is_first_name(word) or given_like(word)
