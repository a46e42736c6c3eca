"""The situation a prompt states in plain sentences, and the sentences it copies from the task text."""

from __future__ import annotations

import re

from course.grading.cues import AE, UE
from course.grading.sentenceroles import FUNCTION_WORDS, Reading
from course.grading.sentences import SUBJECT_VERB, Span, inside, mood, split, v2_finite, words

DELIVERABLE_SUBJECT = re.compile(
    r"^\s*(?:(?:der|die|das|dein|deine|ihre|the|your|its|this|dieser|diese|dieses)\s+)?(?:[\w-]+\s+)?"
    r"(?:text|mail|e-mail|email|antwort|answer|ergebnis|result|output|ausgabe|zusammenfassung"
    r"|summary|liste|list|tabelle|"
    r"table|ton|tone|stil|style|format|sprache|language|l" + AE + r"nge|length|beitrag|post|anzeige|ad|brief|letter|"
    r"nachricht|message|protokoll|minutes|pr"
    + AE
    + r"sentation|presentation|rede|speech|bericht|report|newsletter|einladung|invitation"
    r"|entwurf|draft|folie\w*|slides?|vorlage|template|stichpunkte|bullets?|punkte|points)\b|"
    r"^\s*(?:es|it|that|das|this|sie)\s+(?:\w+\s+)?(?:soll|sollen|sollte|muss|m"
    + UE
    + r"ssen|darf|should|must|needs?\s+to|has\s+to|will\s+be|wird|kann|may|can)\b",
    re.IGNORECASE,
)
_NOT_SITUATION = re.compile(
    r"^[\s*\u2022-]*(?:was|wie|welche\w*|wo|wann|warum|wieso|weshalb|wer|ist|sind|gibt|kann"
    r"|darf|muss|what|whats|what's|how|which|"
    r"why|where|when|who|is|are|do|does|can|should|only|nur|kein\w*|no|never|nie|ohne|without"
    r"|bitte|please|(?-i:Sie)\s(?!(?:ist|hat|war|will|wird|kann|muss|soll|\w+t)\b)|"
    r"du|dein\w*|dir|dich|you|your)\b"
    r"|.*\b(?:you|du|dich|dir"
    r"|(?-i:Sie)(?!\s+(?:ist|hat|war|will|wird|kann|muss|soll|\w+t)\b))\b",
    re.IGNORECASE,
)
"""Sentences that are questions without '?', rules, or speak to the model: no situation."""
_STATE = re.compile(
    r"\b(?:krank|defekt|kaputt|ausgefallen|f"
    + AE
    + r"llt\s+aus|dauerbelegt|gesperrt|"
    + UE
    + r"berlastet|versp"
    + AE
    + r"tet|geschlossen|insolvent|"
    r"out\s+again|broken(?:\s+down)?|off\s+sick|down\s+again|closed|late\s+again|flooded"
    r"|overbooked|fully\s+booked|out\s+of\s+order)\b",
    re.IGNORECASE,
)
_META = frozenset(
    "prompt prompts rolle role kontext context zielgruppe audience constraints einschränkungen "
    "delimiters platzhalter placeholders baustein bausteine".split()
)
_PROHIBIT_START = re.compile(
    r"^[\s*\u2022-]*(?:\w+\s+)?(?:nichts|nothing|keine?n?|no|nie|never|don't|dont|do\s+not)\b", re.IGNORECASE
)
_FOR_READER = re.compile(
    r"\b(?:f" + UE + r"r|for|an|to)\s+(?:die|den|das|dem|der|unsere\w*|the|our|my|all)\s+\w+", re.IGNORECASE
)


def situation(view: str, reading: Reading, copied: tuple[Span, ...] = ()) -> Span | None:
    """The first plain statement about the situation: a declarative sentence of 6+ words with a finite verb.

    Not a sentence about the deliverable ('Die Mail soll ...'), not a label, not a
    request, not a copied sentence of the task text, not a stuffed list.
    """
    for start, end in reading.sentences:
        text = view[start:end]
        if len(text) < 12 or '"' in text or DELIVERABLE_SUBJECT.match(text):
            continue
        ws = words(text)
        if len(ws) < 3 or (len(ws) < 4 and not SUBJECT_VERB.search(text) and not v2_finite(text)):
            continue
        if mood(text) == "fragment" and _STATE.search(text) and not _NOT_SITUATION.match(text):
            return start, end  # 'Telefon seit 8 Uhr dauerbelegt, zwei MFA krank.': a terse note of the situation
        if sum(w in FUNCTION_WORDS for w in ws) < 1 and not v2_finite(text):
            continue
        if inside(reading.stuffed, start, end) or inside(copied, start, end) or _NOT_SITUATION.match(text):
            continue
        if any(w in _META for w in ws) or _PROHIBIT_START.match(text):
            # 'Mein Prompt hat Rolle, Kontext …', 'Kontext ist wichtig.', 'Führe nichts aus …':
            continue  # about the prompt or a rule
        if len(ws) < 9 and _FOR_READER.search(text):
            continue  # "They're for the quality manager": the reader, not the situation
        if mood(text) != "statement":
            continue
        return start, end
    return None


def copied_spans(view: str, source: str, min_words: int = 6) -> tuple[Span, ...]:
    """Sentences of `view` that are a whole sentence of `source` (the exercise's task text, 6+ words) pasted in.

    Restating part of the task in one's own prompt ('Summarise the notes as bullet
    points for the team') is normal; pasting the task's own sentences is not.
    """
    if not source.strip():
        return ()
    given = [" " + " ".join(ws) + " " for ws in (words(source[a:b]) for a, b in split(source)) if len(ws) >= min_words]
    if not given:
        return ()
    found: list[Span] = []
    for start, end in split(view)[:400]:
        ws = words(view[start:end])
        if len(ws) < min_words:
            continue
        joined = " " + " ".join(ws) + " "
        if any(g in joined and len(g.split()) * 5 >= len(ws) * 4 for g in given):
            found.append((start, end))
    return tuple(found)
