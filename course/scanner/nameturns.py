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
# The name after ", " and what follows it: a pronoun or a word written small after a second comma ("Keine Eile,
# Itzel, das hat Zeit bis Montag", "No worries, Ulugbek, take your time"), or the sentence's end ("Danke, Ylvi!").
_ADDRESSED = re.compile(
    rf", (?P<w>{_CAP})(?:[ \t]*,[ \t]+(?!(?:und|and|oder|or|sowie|bzw)(?![\w]))"
    r"(?:[a-zäöüß]|ich|du|Sie|wir|ihr|I|you|we|let['’]s)|[ \t]*[!.](?:[ \t]|$))"
)
# The opener before it, from the sentence's start: one to three words ("Keine Eile", "Alles klar", "No worries").
_OPENER = re.compile(r"[ \t]*(?:[^\W\d_][\w'’]*[ \t]+){0,2}[^\W\d_][\w'’]*[ \t]*")
# Speech to a person, the name first: '"Lesley, you STILL haven't paid', "Jordan, kannst du".
_SPEECH = re.compile(
    r", (?:you|your|can|could|would|will|please|pls|are|do|did|have|du|kannst|könntest|hast|bist|bitte|sind|haben|"
    r"ihr)(?![\w])"
)
_NAME_BEFORE = re.compile(rf"(?:^|(?<=[\"„“»'\n]))(?P<w>{_CAP})[ \t]*$")
# A closing of one or two words, then the name at the end of its line: "Sorted. Tilmann", "Thanks kindly, Kavitha",
# "Shot, Sourav", "Love, Mo", "Danke dir, Yusuf" (matched on a line's last characters).
_CLOSED = re.compile(rf"[.,!][ \t]+(?P<w>{_CAP})[ \t]*[.!]?[ \t]*\r?$")
_CLOSING = re.compile(r"[ \t]*[A-ZÄÖÜ][a-zäöüß]+(?:[ \t]+[a-zäöüß]+)?[ \t]*")
# An age or a birth in brackets after the name: "Merita (3) und Meron (3)", "Brandon (born 2019-03-14)".
_AGED = re.compile(r" \((?:\d{1,2}(?:[ \t]*(?:J\.|Jahre|years?|yrs?))?\)|born |geb\.|\*)")
_AGED_NAME = re.compile(rf"(?<![\w-])(?P<w>{_CAP})$")
# A file name with its parts joined by underscores: "CV_Thomas_Martin.docx", "Mietvertrag_Diallo_Awa_final_v2.pdf".
_EXTENSIONS = (".pdf", ".doc", ".xls", ".od", ".txt", ".rtf", ".jp", ".png", ".zip", ".csv", ".msg", ".eml")
_FILE = re.compile(r"[\w-]+(?:_[\w-]+)+\.(?:pdf|docx?|xlsx?|odt|ods|txt|rtf|jpe?g|png|zip|csv|msg|eml)\b")


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
        for m in _ADDRESSED.finditer(text):
            i = m.start()
            k = max(text.rfind(c, max(0, i - 40), i) for c in '.!?\n"„“»')
            if (k >= 0 or i < 40) and _OPENER.fullmatch(text, k + 1, i) and _person(m.group("w")):
                yield finding("name", text, m.start("w"), m.end("w"), False)
        for m in _SPEECH.finditer(text):
            n = _NAME_BEFORE.search(text, max(0, m.start() - 30), m.start())
            if n and _person(n.group("w")):
                yield finding("name", text, n.start("w"), n.end("w"), False)
    end = len(text)
    while end > 0:  # line by line from the end: a cheap look at the line's last word before any pattern
        line = text.rfind("\n", 0, end) + 1
        if end - line > 3 and _closes(text, line, end):
            c = _CLOSED.search(text, max(line, end - 48), end)
            if c:
                yield from _closed(text, c)
        end = line - 1


def _closed(text: str, m: re.Match[str]) -> Iterator[Finding]:
    """The name after a closing of one or two words at a line's or sentence's start ("Thanks kindly, Kavitha")."""
    i = m.start()
    k = max(text.rfind(c, max(0, i - 40), i) for c in "\n.!?")
    if (k >= 0 or i < 40) and _CLOSING.fullmatch(text, k + 1, i):
        if known_word(text[k + 1 : i].split()[0]) and _person(m.group("w")):
            yield finding("name", text, m.start("w"), m.end("w"), False)


def _closes(text: str, line: int, end: int) -> bool:
    """The line ends in a capitalised word after ", " or ". " ("Love, Mo")."""
    e = end
    while e > line and text[e - 1] in " \t.!\r":
        e -= 1
    w = text.rfind(" ", line, e) + 1
    return w >= line + 3 and text[w : w + 1].isupper() and text[w - 2] in ",.!"


def shapes(doc: Doc) -> Iterator[Finding]:
    """A person with an age or a birth in brackets, and the first name and surname parts of a file name."""
    text = doc.text
    if " (" in text:
        for m in _AGED.finditer(text):
            n = _AGED_NAME.search(text, max(0, m.start() - 30), m.start())
            if n and _person(n.group("w")):
                yield finding("name", text, n.start("w"), n.end("w"), False)
    if "_" not in text:
        return
    low = doc.lower
    for ext in _EXTENSIONS:
        i = low.find(ext)
        while i != -1:
            token = max(text.rfind(c, 0, i) for c in " \t\n(\"'<>:;,") + 1
            f = _FILE.match(text, token)
            i = low.find(ext, i + 1)
            if f:
                yield from _file_names(text, f)


def _file_names(text: str, m: re.Match[str]) -> Iterator[Finding]:
    """The name parts of a file name: a first name of the tables beside a capitalised part that is no word."""
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
        first, other = (a, b) if is_first_name(a) else (b, a)
        if not is_first_name(first) or known_word(other) and not is_first_name(other):
            continue
        yield finding("name", text, offsets[k], offsets[k] + len(a), False)
        yield finding("name", text, offsets[k + 1], offsets[k + 1] + len(b), False)
