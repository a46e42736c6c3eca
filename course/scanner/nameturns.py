"""Names in turns of speech and in shapes of their own: who is addressed after a short opener ("Keine Eile, Itzel,
das hat Zeit"), at the start of quoted speech ('"Lesley, you still ...'), who signs after a short closing
("Sorted. Tilmann", "Thanks kindly, Kavitha"), a person with an age or a birth in brackets ("Merita (3)",
"Brandon (born 2019-03-14)"), and the name parts of a file name ("CV_Thomas_Martin.docx")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from course.scanner.context import Doc, finding
from course.scanner.firstnames import NOT_FIRST_NAMES, STOP_WORDS, WORD_NAMES, is_first_name
from course.scanner.namelexicon import known_word
from course.scanner.nameunknown import unknown_given
from course.scanner.result import Finding

_CAP = r"[A-ZÀ-ÖØ-ÞĀ-ſ][a-zà-öø-ÿā-ž]+(?:-[A-ZÀ-ÖØ-ÞĀ-ſ]?[a-zà-öø-ÿā-ž]+)?"
# After the name between commas: a pronoun or a word written small ("Keine Eile, Itzel, das hat Zeit bis Montag",
# "No worries, Ulugbek, take your time"); after an opener of one to three words from the sentence's start.
_OPENER = re.compile(
    rf"(?:^|(?<=[.!?\n\"„“»]))[ \t]*(?:[A-ZÄÖÜa-zäöüß][\w']*[ \t]+){{0,2}}[A-ZÄÖÜa-zäöüß][\w']*[ \t]*,[ \t]+"
    rf"(?P<w>{_CAP})(?:[ \t]*,[ \t]+(?!(?:und|and|oder|or|sowie|bzw)(?![\w]))"
    r"(?:[a-zäöüß]|ich|du|Sie|wir|ihr|I|you|we|let['’]s)|[ \t]*[!.](?:[ \t]|$))",
    re.MULTILINE,
)
# Quoted or opening speech to a person: '"Lesley, you STILL haven't paid', "Jordan, kannst du".
_ADDRESS = re.compile(
    rf"(?:^|(?<=[\"„“»']))(?P<w>{_CAP})[ \t]*,[ \t]+(?:you|your|can|could|would|will|please|pls|are|do|did|have|"
    r"du|kannst|könntest|hast|bist|bitte|sind|haben|ihr)(?![\w])",
    re.MULTILINE,
)
# A closing of one or two words, then the name at the end of its line: "Sorted. Tilmann", "Thanks kindly, Kavitha",
# "Shot, Sourav", "Love, Mo", "Danke dir, Yusuf".
_CLOSED = re.compile(
    rf"(?:^|(?<=[\n.!?]))[ \t]*(?P<c>[A-ZÄÖÜ][a-zäöüß]+(?:[ \t]+[a-zäöüß]+)?)[ \t]*[.,!][ \t]+(?P<w>{_CAP})"
    r"[ \t]*[.!]?[ \t]*(?=\r?\n|$)",
    re.MULTILINE,
)
# An age or a birth in brackets after the name: "Merita (3) und Meron (3)", "Brandon (born 2019-03-14)".
_AGED = re.compile(
    rf"(?<![\w-])(?P<w>{_CAP})[ \t]+\((?:\d{{1,2}}(?:[ \t]*(?:J\.|Jahre|years?|yrs?))?\)|born |geb\.|\*)"
)
# A file name with its parts joined by underscores: "CV_Thomas_Martin.docx", "Mietvertrag_Diallo_Awa_final_v2.pdf".
_FILE = re.compile(r"(?<![\w.-])[\w-]+(?:_[\w-]+)+\.(?:pdf|docx?|xlsx?|odt|ods|txt|rtf|jpe?g|png|zip|csv|msg|eml)\b")


def _person(word: str) -> bool:
    """A first name of the tables that is no everyday word, or a word of a given name's shape that no list holds."""
    if word in STOP_WORDS or word in WORD_NAMES or word in NOT_FIRST_NAMES:
        return False
    return is_first_name(word) or unknown_given(word)


def turns(doc: Doc) -> Iterator[Finding]:
    """Who is addressed after a short opener or at the start of quoted speech, and who signs after a short
    closing."""
    text = doc.text
    if ", " in text:
        for m in _OPENER.finditer(text):
            if _person(m.group("w")):
                yield finding("name", text, m.start("w"), m.end("w"), False)
        for m in _ADDRESS.finditer(text):
            if _person(m.group("w")):
                yield finding("name", text, m.start("w"), m.end("w"), False)
    for m in _CLOSED.finditer(text):
        closing = m.group("c").split()[0]
        if known_word(closing) and _person(m.group("w")):
            yield finding("name", text, m.start("w"), m.end("w"), False)


def shapes(doc: Doc) -> Iterator[Finding]:
    """A person with an age or a birth in brackets, and the first name and surname parts of a file name."""
    text = doc.text
    if " (" in text:
        for m in _AGED.finditer(text):
            if _person(m.group("w")):
                yield finding("name", text, m.start("w"), m.end("w"), False)
    if "_" not in text:
        return
    for m in _FILE.finditer(text):
        stem = m.group()[: m.group().rfind(".")]
        parts = stem.split("_")
        offsets = []
        at = m.start()
        for p in parts:
            offsets.append(at)
            at += len(p) + 1
        for k in range(len(parts) - 1):
            a, b = parts[k], parts[k + 1]
            if not (a[:1].isupper() and b[:1].isupper() and a[1:].islower() and b[1:].replace("-", "").isalpha()):
                continue
            first, other = (a, b) if is_first_name(a) and a not in WORD_NAMES else (b, a)
            if not (is_first_name(first) and first not in WORD_NAMES) or known_word(other) and not is_first_name(other):
                continue
            yield finding("name", text, offsets[k], offsets[k] + len(a), False)
            yield finding("name", text, offsets[k + 1], offsets[k + 1] + len(b), False)
