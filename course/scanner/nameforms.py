"""Name forms of their own: SURNAME/GIVEN on tickets and passenger lists, an initial before a surname, a German
genitive ("Nadines Laptop"), and the name under a thanks at the end of a line ("thanks mara")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from course.scanner.context import Doc, finding
from course.scanner.firstnames import NOT_FIRST_NAMES, STOP_WORDS, WORD_NAMES, is_first_name
from course.scanner.namecues import surname_like
from course.scanner.result import Finding

_UPPER = r"[A-ZÀ-ÖØ-ÞĀ-Ž]"
_CAP = r"[A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]*(?:['’-][^\W\d_]+)*"
# The airline and ticket form of a name, SURNAME/GIVEN NAMES: "GRIFFIN/EUGENE", "SCHÄR/LUCAS MR".
_PNR = re.compile(rf"(?<![\w/])(?P<s>{_UPPER}[A-ZÀ-ÖØ-ÞĀ-Ž'’-]+)/(?P<g>{_UPPER}[A-ZÀ-ÖØ-ÞĀ-Ž'’-]+)(?![\w/])")


def ticket_names(doc: Doc) -> Iterator[Finding]:
    """SURNAME/GIVEN in capitals whose given part is a known first name: a passenger or ticket name."""
    text = doc.text
    if "/" not in text:
        return
    for m in _PNR.finditer(text):
        given = m.group("g").title()
        if len(m.group("s")) >= 2 and is_first_name(given) and given not in WORD_NAMES:
            yield finding("name", text, m.start(), m.end(), True)


# "A. Fuchs", "I. Bender-Haddad": an initial and a surname, where a person is named (after a lower-case word,
# a comma or colon, or at the start of a line), not a variant or a point of a list ("Gruppe A. Danach").
_INITIAL = re.compile(rf"(?<![\w.])(?P<i>{_UPPER})\.[ \t]?(?P<w>{_CAP})(?=[ \t]*(?:[,.;:!?)\n]|$)|[ \t]+[a-zäöüß])")
_NOT_AFTER_INITIAL = frozenset(
    "Danach Dann Daher Deshalb Außerdem Ausserdem Also Aber Auch Bitte Hier Jetzt Nun Now Then However Next "
    "Please Thus Hence Finally Schließlich Zuletzt Zudem Weiter Anschließend Stand Seite Page".split()
)


def initial_surnames(doc: Doc) -> Iterator[Finding]:
    """An initial with its full stop before a surname, where a person is named."""
    text = doc.text
    if ". " not in text and "." not in text:
        return
    for m in _INITIAL.finditer(text):
        word = m.group("w")
        if word in STOP_WORDS or word in _NOT_AFTER_INITIAL or not surname_like(word):
            continue
        before = text[max(0, m.start() - 40) : m.start()].rstrip(" \t")
        if before and before[-1] not in ",;:(\n–—-":
            last = re.split(r"[\s(\"'„“]+", before)[-1]
            if not last or not last[0].islower():
                continue  # "Gruppe A. Danach", "Abb. 3", "S. Müller" after a capitalised word: not a person here
        yield finding("name", text, m.start(), m.end(), False)


# "Nadines Laptop", "Ottos Vertretung": a German genitive -s on a known first name, before a capitalised noun.
_GENITIVE = re.compile(rf"(?<![\w'’-])(?P<n>{_UPPER}[a-zà-öø-ÿ]+)s[ \t]+(?P<next>[A-ZÄÖÜ][a-zäöüß]+)")
# A firm named after a family ("Edwards Group", "Albers Eberhardt KG", "Williams Ltd"): no genitive.
_FIRM_AHEAD = re.compile(
    r"[^\n]{0,40}?(?<![\w])(?:GmbH|AG|KG|OHG|SE|Ltd|Inc|LLC|LLP|plc|PLC|Group|Gruppe|& Co|Partner)(?![\w])"
)


def genitive_names(doc: Doc) -> Iterator[Finding]:
    """A first name with the German genitive -s before what is the person's ("Nadines Laptop")."""
    text = doc.text
    for m in _GENITIVE.finditer(text):
        name = m.group("n")
        if (
            len(name) < 3
            or name in NOT_FIRST_NAMES
            or name in WORD_NAMES
            or name in STOP_WORDS
            or not is_first_name(name)
            or is_first_name(name + "s")  # "Jens Laptop", "Klaus Vertretung": the name ends in s
            or is_first_name(m.group("next"))
            or _FIRM_AHEAD.match(text, m.start("next")) is not None
        ):
            continue
        yield finding("name", text, m.start("n"), m.end("n"), False)


# "... please use it for the refund thanks bernhardine", "grüße mara": a known first name after a thanks or a
# greeting word that ends its line, written small as in dictated or typed-in-a-hurry text.
_THANKS = re.compile(
    r"(?<![\w])(?i:thanks|thank you|thx|cheers|danke|grüße|gruß|grüsse|gruss|lg|vg|bg|merci)"
    r"[ \t]*,?[ \t]+(?P<w>[^\W\d_]{3,}(?:-[^\W\d_]+)?)[ \t]*[.!]?[ \t]*$",
    re.M,
)
_THANKS_WORDS = ("thank", "thx", "cheers", "danke", "grü", "gru", "lg", "vg", "bg", "merci")


def thanked_names(doc: Doc) -> Iterator[Finding]:
    """The known first name that ends a line after a thanks or greeting word, in any case."""
    text, low = doc.text, doc.lower
    if not any(w in low for w in _THANKS_WORDS):
        return
    for m in _THANKS.finditer(text):
        word = m.group("w")
        name = "-".join(p[:1].upper() + p[1:].lower() for p in word.split("-"))
        if name in STOP_WORDS or name in NOT_FIRST_NAMES or name in WORD_NAMES or not is_first_name(name):
            continue
        yield finding("name", text, m.start("w"), m.end("w"), False)
