"""A first name standing alone (no surname): where a person is addressed, greeted, acts, or stands beside another."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from course.scanner.context import Doc, finding
from course.scanner.firstnames import common_first_name
from course.scanner.namecues import PERSON_VERBS, PLURAL_VERBS, VERBS
from course.scanner.result import Finding

_CAP = r"[A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]*(?:['’-][^\W\d_]+)*"

# After a lone known first name: its verb ("Lena ist ab Montag im Urlaub", "Sarah will send ..."), or a second
# first name and a plural verb ("Monika und Jürgen sind ..."); or a question to the person addressed ("Thomas,
# kannst du ...").
_LONE_VERB = re.compile(rf"[ \t]+{VERBS}|[ \t]+(?:und|and|&)[ \t]+{_CAP}[ \t]+{PLURAL_VERBS}")
_LONE_PERSON_VERB = re.compile(rf",?[ \t]+{PERSON_VERBS}")  # "Stefano meinte, ...", "Rhys said ..."
_LONE_ADDRESSED = re.compile(
    r",[ \t]+(?:kannst|könntest|hast|bist|magst|würdest|wärst|du|bitte|can|could|would|will|please|are|do|did)"
    r"(?![\w])"
)
# A greeting to all before the sentence: "Hi zusammen, Ricarda ist heute krank", "Hi all, Aimee is off sick".
_GREETING_TO_ALL = re.compile(
    r"(?<![\w])(?i:hi|hallo|hello|hey|moin|servus|guten morgen|good morning|liebe|dear)[ \t]+"
    r"(?i:zusammen|alle|all|everyone|team|leute|folks|kolleginnen und kollegen|colleagues)[ \t]*[,:][ \t]*$"
)
_LONE_BEFORE = frozenset("laut ist hat kommt kann war".split())
# Imperatives whose object is a person ("Sag Friedericke bitte, ...", "Bitte Jorge nichts verraten"): any first
# name of the list after them, before a lower-case word or punctuation.
_ADDRESS_BEFORE = frozenset("bitte sag sagt frag fragt ask tell ruf schreib informier erinnere".split())
_LOWER_NEXT = re.compile(r"[ \t]*[,.!?]|[ \t]+[a-zäöüß]")
# "Denise und ich kümmern uns ...", "Tom and I will ...": a person beside the writer.
_WITH_ME = re.compile(r"[ \t]+(?:und ich|and I|und mir|and me)(?![\w])")
_OPENER = re.compile(r"([^\W\d_]+)[ \t]+$")
_AND_FIRST = re.compile(rf"[ \t]+(?:und|and|&|oder|or)[ \t]+(?P<w>{_CAP})(?=[ \t]*(?:[,.;:!?)\n]|$)|[ \t]+[a-zäöüß])")


def _opens_sentence(text: str, i: int) -> bool:
    j = i
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    return j == 0 or text[j - 1] in ".!?\n:–—" or j < i and text[j - 1] == "-" and text[j - 2 : j - 1] == " "


def lone_first_name(text: str, start: int, end: int, common: bool) -> bool:
    """True when a known first name standing alone at `start` is a person by its place in the sentence. Before a
    verb it must be `common` in the course's markets ("Basel hat bestätigt" is a place); addressed with a
    question or after a greeting to all, any known first name counts."""
    if _WITH_ME.match(text, end):
        return True
    if _opens_sentence(text, start):
        return (
            _LONE_ADDRESSED.match(text, end) is not None
            or _LONE_PERSON_VERB.match(text, end) is not None
            or common
            and _LONE_VERB.match(text, end) is not None
        )
    before = text[max(0, start - 3) : start].rstrip(" \t")
    if before[-1:] in (",", ":") and _GREETING_TO_ALL.search(text, max(0, start - 40), start):
        return _LONE_VERB.match(text, end) is not None
    if not before[-1:].isalpha():
        return False  # no word right before: no opener either
    m = _OPENER.search(text, max(0, start - 12), start)
    if m is None or not m.group(1)[0].isupper() or not _opens_sentence(text, m.start()):
        return False
    opener = m.group(1).lower()
    return common and opener in _LONE_BEFORE or opener in _ADDRESS_BEFORE and _LOWER_NEXT.match(text, end) is not None


def joined_first_names(doc: Doc, names: Sequence[Finding]) -> Iterator[Finding]:
    """A known first name joined to a found name: "Grüße an Petra und Klaus!", "Monika und Jürgen sind ..."."""
    for n in names:
        m = _AND_FIRST.match(doc.text, n.end)
        if m and common_first_name(m.group("w")):
            yield finding("name", doc.text, m.start("w"), m.end("w"), False)
