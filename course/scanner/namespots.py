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
_INTRODUCED = re.compile(
    r"(?<![\w])(?i:hi|hiya|hey|hello|hallo|servus|moin|grüezi|hoi)[ \t]*[,!.]?[ \t]+"
    r"(?i:it'?s|it’s|it is|this is|here'?s|here is|hier ist|hier spricht|ich bin|i'?m|i am)[ \t]+"
    rf"(?P<w>{_CAP})(?=[ \t]*(?:[-–—,.!:;]|$)|[ \t]+(?:here|from|von|aus|again|nochmal)(?![\w]))",
    re.M,
)
# "hbd Matthew!! 🎂", "Happy birthday, Ngozi!", "Alles Gute, Smilla!": a wish to a person.
_WISHED = re.compile(
    r"(?<![\w])(?i:hbd|happy birthday|happy bday|happy b-day|alles gute(?: zum geburtstag)?|"
    r"herzlichen glückwunsch(?: zum geburtstag)?)[ \t]*,?[ \t]+"
    rf"(?P<w>{_CAP})(?=[ \t]*[!.,🎂🎉🥳]|[ \t]*$)",
    re.M,
)
# "zur Weihnachtsfeier bei Adeline zu Hause": somebody's home.
_AT_HOME = re.compile(rf"(?<![\w])bei[ \t]+(?P<w>{_CAP})[ \t]+(?:zu[ \t]+Hause|zuhause|daheim)(?![\w])")


def spoken_names(doc: Doc) -> Iterator[Finding]:
    """A word that may be a given name where only a person fits: who introduces themselves after a greeting,
    who is wished a happy birthday, at whose home something happens."""
    text = doc.text
    low = doc.lower
    for rx, cue in ((_INTRODUCED, ("it", "this", "here", "hier", "ich", "i'm", "im", "i am")), (_WISHED, ("hbd",))):
        if not any(c in low for c in cue) and rx is _INTRODUCED:
            continue
        if rx is _WISHED and "hbd" not in low and "birthday" not in low and "bday" not in low and "gute" not in low:
            if "glückwunsch" not in low:
                continue
        for m in rx.finditer(text):
            w = m.group("w")
            if is_first_name(w) or given_like(w):
                yield finding("name", text, m.start("w"), m.end("w"), False)
    if "bei " in text:
        for m in _AT_HOME.finditer(text):
            w = m.group("w")
            if is_first_name(w) or given_like(w):
                yield finding("name", text, m.start("w"), m.end("w"), False)
