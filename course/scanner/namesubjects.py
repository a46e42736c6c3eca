"""The subject of a sentence about a person's body or life ("Tenzing liegt im Krankenhaus", "Lagi broke his wrist")
is a person; the subject of a sentence about a machine's state ("Trello ist wieder erreichbar", "Vercel was down")
is a product, not a person, unless a first name of the tables or a person's pronoun says otherwise."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from course.scanner.context import Doc, finding
from course.scanner.firstnames import STOP_WORDS, is_first_name
from course.scanner.namelone import opens_sentence
from course.scanner.nameunknown import unknown_given
from course.scanner.result import Finding

# What happens to a person, not to a thing: illness, injury, care, a test's result, birth, death, a wedding.
_LIFE_STEMS = (
    "krank",
    "spital",
    "klinik",
    "positiv",
    "schwanger",
    "unfall",
    "operiert",
    "gebrochen",
    "verletzt",
    "sick",
    "tested",
    "pregnan",
    "surgery",
    "broke",
    "injur",
    "diagnos",
)
_LIFE = re.compile(r"(?<![\w])(?:hospital|" + "|".join(_LIFE_STEMS) + r")[^\W\d_]*")
# A machine's or a service's state: no person is "down", "deployed" or "wieder erreichbar".
_MACHINE = re.compile(
    r"(?<![\w])(?:down|offline|online|outage|ausfall|störung|gestört|erreichbar|abgestürzt|stürzt|crash\w*|"
    r"freez\w*|update\w*|upgrade\w*|aktualisiert|deploy\w*|build|release|server|cluster|pipeline|wartung|"
    r"maintenance|synchron\w*|sync\w*|datenbank|database|memory|speicher|bug|bugs|timeout|backup|"
    r"installiert|installed|instance|instanz|api|logins?)(?![\w])"
)
# A person's pronoun in the same sentence keeps the name a person ("Tenzin ist nicht erreichbar, er ist krank").
_PERSON_PRONOUN = re.compile(r"(?<![\w])(?:er|sie|ihm|ihn|he|she|him|his|her)(?![\w])")
# A word written small after the subject, no label's colon after it ("Payslip query: ..." is a heading).
# Not an article or a determiner: after a sentence's first word they make it an imperative ("Run the disk
# diagnostics", "Prüfe die Befunde"), not a subject.
_VERB_NEXT = re.compile(
    r"[ \t]+(?!(?:the|a|an|all|any|this|these|those|your|my|our|die|der|das|den|dem|des|ein|eine|einen|alle|"
    r"bitte|mal)(?![\w]))[a-zäöüß]+(?![\w'’:-])(?![ \t]*:)"
)


def _sentence(low: str, end: int) -> str:
    """The lower-cased rest of the sentence after `end`."""
    stop = len(low)
    for mark in (".", "!", "?", "\n"):
        i = low.find(mark, end)
        if 0 <= i < stop:
            stop = i
    return low[end:stop]


def life_subjects(doc: Doc) -> Iterator[Finding]:
    """A sentence's first word, a first name of the tables or a word of a given name's shape that no list holds,
    before a verb, in a sentence about a person's body or life."""
    text, low = doc.text, doc.lower
    if len(low) != len(text) or not any(stem in low for stem in _LIFE_STEMS):
        return
    for start, end, word in doc.caps:
        if len(word) < 2 or word in STOP_WORDS or not opens_sentence(text, start) or not word[1:].islower():
            continue
        if not _VERB_NEXT.match(text, end) or not (is_first_name(word) or unknown_given(word)):
            continue
        rest = _sentence(low, end)
        if _LIFE.search(rest) and not _MACHINE.search(rest):
            yield finding("name", text, start, end, False)


def not_things(doc: Doc, found: Sequence[Finding]) -> list[Finding]:
    """`found` without a weak lone word at a sentence's start that no table knows as a first name, whose sentence
    tells a machine's state and holds no person's pronoun ("Jira ist wieder erreichbar", "Postgres was upgraded")."""
    text, low = doc.text, doc.lower
    if len(low) != len(text):
        return list(found)
    out: list[Finding] = []
    for f in found:
        if f.category == "name" and not f.strong and " " not in f.text and not is_first_name(f.text):
            if opens_sentence(text, f.start):
                rest = _sentence(low, f.end)
                if _MACHINE.search(rest) and not _PERSON_PRONOUN.search(rest) and not _LIFE.search(rest):
                    continue
        out.append(f)
    return out
