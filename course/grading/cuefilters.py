"""Per check, the filter that rejects a cue standing in a statement, an open question or the learner's material."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from course.grading import cues, outputcues, sentences, situation, tonecues
from course.grading.cuematch import cached_pattern

_REQUEST_QUESTION = re.compile(
    r"\b(?:kannst|k"
    + cues.OE
    + r"nntest|k"
    + cues.OE
    + r"nnen\s+sie|k"
    + cues.OE
    + r"nnten\s+sie|w"
    + cues.UE
    + r"rdest|w"
    + cues.UE
    + r"rden\s+sie|magst|could\s+you|can\s+you|would\s+you|will\s+you|bitte|please)\b",
    re.IGNORECASE,
)
WANT = re.compile(
    r"\b(?:soll\w*|muss|m"
    + cues.UE
    + r"ssen|should|must|needs?\s+to|has\s+to|brauche\w*|need|want|m"
    + cues.OE
    + r"chte\w*|h"
    + cues.AE
    + r"tte\w*|would\s+like|gerne?|bitte|please)\b",
    re.IGNORECASE,
)
JOB_AD = re.compile(
    r"(?i)\bstellen(?:anzeige|ausschreibung|angebot)\w*|\bjob\s*ad|\banzeige|\bposting"
    r"|\bvacanc|\bausschreibung|\bhiring|\brecruit|\bsuchen\s+\w+|\blooking\s+for"
)


def topic_only(view: str, start: int) -> bool:
    """True when the cue stands in a statement or an open question about it ('Welches Format haben …?',
    'Der Architekt schickt Pläne im IFC-Format'): a topic, not the form asked for."""
    return _topic_sentence(sentences.sentence_at(view, start))


@lru_cache(maxsize=2048)
def _topic_sentence(sentence: str) -> bool:
    """`topic_only` for one sentence (cached: the same sentences come back on every keystroke)."""
    kind = sentences.mood(sentence)
    if kind == "statement":
        return not WANT.search(sentence)
    if kind == "question":
        return not _REQUEST_QUESTION.search(sentence) and not WANT.search(sentence)
    return False


def _format_ok(view: str) -> Callable[[re.Match[str]], bool]:
    """Rejects 'Tabelle' in 'in meiner Excel-Tabelle' or 'Spalte B', which describe material."""

    def keep(m: re.Match[str]) -> bool:
        if topic_only(view, m.start()):
            return False
        before = view[max(0, m.start() - 40) : m.start()]
        after = view[m.end() : m.end() + 20]
        if outputcues.FORMAT_NOT_BEFORE.search(before) or outputcues.FORMAT_NOT_AFTER.match(after):
            return False
        if re.match(
            r"(?i)tabell|table|list|sheet|spalte|column|checkl", m.group(0)
        ) and outputcues.FORMAT_MATERIAL.search(before):
            return False
        if (
            re.match(r"(?i)betreff|subject", m.group(0))
            and cached_pattern(r"(?:^|\n)[ \t]*$").search(view[max(0, m.start() - 20) : m.start()])
            and cached_pattern(r"^(?:\s*line)?\s*:[ \t]*\w").match(after)
        ):
            return False  # 'Betreff: Rechnung fehlt' labels given material, it asks for no subject line
        if re.match(r"(?i)(?:ü|ue|u)berschrift|headline|titel|title", m.group(0)):
            return not outputcues.COUNTED.search(before)
        return True

    return keep


_FIRM_NOUN = re.compile(
    r"(?i)\b(?:a|an|the|our|my|this|law|family|painting|haulage|building|cleaning|accountancy"
    r"|\w+ing)\s+firm\b|\bfirm\s+(?:with|since|in|of|that|who|which|has|is|was)\b"
)


def _tone_ok(view: str) -> Callable[[re.Match[str]], bool]:
    """Rejects 'professioneller Texter' (a role), 'freundliches Team',
    'die Kollegen sind freundlich' (facts), 'gender-neutral'."""

    def keep(m: re.Match[str]) -> bool:
        if m.start() > 0 and view[m.start() - 1] == "-":
            return False
        word = m.group(0).lower()
        if word in ("jungs", "jungheinrich") or (
            word == "firm" and _FIRM_NOUN.search(view[max(0, m.start() - 30) : m.end() + 12])
        ):
            return False
        if word == "register" and re.search(
            r"(?i)\b(?:to|can't|cannot|can|could|must|will)\s+$", view[max(0, m.start() - 12) : m.start()]
        ):
            return False
        if topic_only(view, m.start()):
            return False
        after = view[m.end() : m.end() + 40]
        if tonecues.TONE_NOT_AFTER.match(after) or tonecues.TONE_FACT_BEFORE.search(
            view[max(0, m.start() - 30) : m.start()]
        ):
            return False
        return not (tonecues.TONE_QUALITY.match(m.group(0)) and tonecues.TONE_ROLE_AFTER.match(after))

    return keep


def examples_ok(view: str) -> Callable[[re.Match[str]], bool]:
    """Rejects 'Zeig ein Beispiel' / 'give an example': asking for one is not giving one."""

    def keep(m: re.Match[str]) -> bool:
        after = view[m.end() : m.end() + 3].lstrip()
        if not after.startswith((":", '"')) and topic_only(view, m.start()):
            return False  # 'Wir hatten zum Beispiel letzten Monat …', 'Welche Beispiele gibt es?': a case or a topic
        if not re.match(r"(?i)(?:beispiel|example|sample|muster|vorlage|template)", m.group(0)):
            return True
        if view[m.end() : m.end() + 3].lstrip().startswith(":"):
            return True
        return not outputcues.EXAMPLES_NOT_BEFORE.search(view[max(0, m.start() - 40) : m.start()])

    return keep


_VAGUE_OBJECT = re.compile(
    r"^\s*(?:(?:mir|mal|halt|einfach|bitte|me|just|please|us|uns)\s+)*(?:was|etwas|irgendwas"
    r"|irgendetwas|something|anything|stuff|whatever)"
    r"(?:\s+(?:mal|halt|bitte|please|gutes|sch" + cues.OE + r"nes|nice|good))?\s*$",
    re.IGNORECASE,
)
"""'Schreib was.', 'Write something.': a request with nothing named to produce is no task."""
_JOINED = re.compile(r"\b(?:und|and)\s+$", re.IGNORECASE)
_STATEMENT = re.compile(r"\b(?:wir|ich|man|we|i|they)\b", re.IGNORECASE)
_PLEA = re.compile(r"(?i)\b(?:helfen|hilf|help|hilfe|look\s+at\s+something|tell\s+me\s+something|something\s+about)\b")
_OTHER_REQUEST = re.compile(
    r"(?i)\b(?:schreib\w*|erstell\w*|formulier\w*|fass\w*|erkl(?:ä|ae|a)r\w*|pr(?:ü|ue|u)f\w*|rechne\w*|mach\w*|"
    r"write|draft|create|summari[sz]e|explain|check|calculate|make|plan|find"
    r"|tell\s+me\s+(?:how|what|why|which|whether|if))\b"
)
_VAGUE_THING = re.compile(r"(?i)\b(?:mir|uns|me|us)\s+(?:mal\s+|bitte\s+)?(?:was|etwas|irgendwas|something|anything)\b")
_FORM_ONLY = frozenset(
    "bitte please pls plz als as a an in the eine einer einem einen mit with tabelle table liste list stichpunkten "
    "stichpunkte bullets bullet points punkten excel-tabelle excel json csv markdown e-mail mail email kurz short "
    "danke thanks nochmal again".split()
)
_EMPTY_REQUEST = frozenset(
    "schreib schreibe write einen ein eine a an the text texts mach mache do it das this bitte please "
    "jetzt now mal just einfach".split()
)
"""'Schreib einen Text.', 'Mach das.', 'Do it.': a request that names nothing to produce."""
_QUESTION_VERB = re.compile(
    r"(?i)\b(?:was|wie|wo|wann|warum|wieso|welche\w*|wer|what|how|where|when|why|which|who|whats)\b"
)


def _not_a_request(sentence: str, m: re.Match[str], view: str = "") -> bool:
    """A vague plea ('Kannst du mir bei der Buchhaltung helfen?', 'Hilfe'), keywords with a question mark
    ('VAT return deadline?'), or only a form ('Als Tabelle.', 'Table pls.'): no task."""
    ws = sentences.words(sentence)
    if ws and all(w in _FORM_ONLY for w in ws):
        return True
    if ws and all(w in _EMPTY_REQUEST for w in ws) and len(sentences.words(view)) <= len(ws) + 6:
        return True  # 'Schreib einen Text.' alone; after a list of details it names them
    if _PLEA.search(sentence) and not _OTHER_REQUEST.search(sentence) and not _QUESTION_VERB.match(sentence.strip()):
        return True
    if _VAGUE_THING.search(sentence) and not re.search(r"(?i)\b(?:wie|how|warum|why|welche\w*|which)\b", sentence):
        return True
    text = m.group(0)
    if (
        sentence.rstrip().endswith("?")
        and re.fullmatch(r"\w+", text)
        and not (
            sentences.FINITE.search(sentence)
            or sentences.SUBJECT_VERB.search(sentence)
            or _QUESTION_VERB.search(sentence)
            or sentences.v2_finite(sentence)
        )
    ):
        return True
    return False


def _task_ok(view: str) -> Callable[[re.Match[str]], bool]:
    """Rejects '… und bündeln sie', 'we pull … and group them': a verb joined to a statement is no request."""

    def keep(m: re.Match[str]) -> bool:
        word = m.group(0).lower()
        rest = re.split(r"[.!?\n]", view[m.end() : m.end() + 60], maxsplit=1)[0]
        if _VAGUE_OBJECT.match(rest):
            return False
        sentence = sentences.sentence_at(view, m.start())
        if _not_a_request(sentence, m, view):
            return False
        before = view[max(0, m.start() - 120) : m.start()]
        if word.startswith(("i ", "we ", "ich ", "wir ")) or not (word.startswith("and ") or _JOINED.search(before)):
            return True
        sentence = re.split(r"[.!?\n]", before)[-1]
        return not _STATEMENT.search(sentence)

    return keep


_BOUND = re.compile(
    r"\b(?:max(?:imal|imum|\.)?|h"
    + cues.OE
    + r"chstens|bis\s+zu|nicht\s+mehr\s+als|nicht\s+l"
    + cues.AE
    + r"nger\s+als|weniger\s+als|unter|"
    r"mindestens|no\s+more\s+than|not\s+more\s+than|at\s+most|up\s+to|under|less\s+than"
    r"|fewer\s+than|at\s+least|within|below|"
    r"keep\s+it\s+(?:under|to|below)|limit\w*|nur|only|maximal)\b",
    re.IGNORECASE,
)
_BOUND_AFTER = re.compile(
    r"^\s*(?:or\s+(?:fewer|less)|oder\s+weniger|max(?:imum|imal)?\b|at\s+most|h" + cues.OE + r"chstens)", re.IGNORECASE
)
_RULE_START = re.compile(
    r"^[\s*\u2022-]*(?:only|nur|kein\w*|no|never|nie|niemals|ohne|without|don't|dont|do\s+not|bitte|please|"
    r"vermeide\w*|avoid\w*|achte|beachte|make\s+sure|wichtig|important)\b",
    re.IGNORECASE,
)
_MODAL = re.compile(
    r"\b(?:soll|sollen|sollte|sollten|muss|m(?:ü|ue|u)ssen|darf|d(?:ü|ue|u)rfen|should|must"
    r"|may\s+not|has\s+to|have\s+to)\b",
    re.IGNORECASE,
)
_PERSON_SUBJECT = re.compile(r"\b(?:wir|ich|er|man|we|i|they|he|she|alle|everyone|jeder)\b", re.IGNORECASE)


def _situation_only(view: str, start: int) -> bool:
    """True when a rule word stands in a statement about the situation or an open question ('Wir haben nur eine
    kleine Küche', 'Wie lange muss Beton aushärten?', 'Du musst kein Sternekoch sein'): no rule for the output."""
    return _situation_sentence(sentences.sentence_at(view, start))


@lru_cache(maxsize=2048)
def _situation_sentence(sentence: str) -> bool:
    """`_situation_only` for one sentence (cached)."""
    if _RULE_START.match(sentence) or situation.DELIVERABLE_SUBJECT.match(sentence):
        return False
    kind = sentences.mood(sentence)
    main = re.split(r"[,;:]", sentence, maxsplit=1)[0]
    modal = _MODAL.search(main)
    if kind == "statement" and modal and not _PERSON_SUBJECT.search(main[: modal.start()]):
        return False  # 'Die Absage soll höflich sein, aber …': a rule about the output
    if kind == "statement":
        return not re.search(r"(?i)\b(?:du|you|sie\s+(?:d(?:ü|ue|u)rfen|sollen|m(?:ü|ue|u)ssen))\b", sentence) or bool(
            re.match(r"(?i)\s*(?:du|you)\s+(?:musst|must|have\s+to|don't\s+have\s+to|need\s+not)\b", sentence)
        )
    if kind == "address":
        return bool(
            re.match(r"(?i)\s*(?:du|you)\s+(?:musst|must|have\s+to|don't\s+have\s+to|need\s+not|needn't)\b", sentence)
        )
    if kind == "question":
        return not _REQUEST_QUESTION.search(sentence)
    return False


def _constraint_ok(view: str) -> Callable[[re.Match[str]], bool]:
    """Rejects 'nur noch', 'ohne dass wir', 'die Liste hat 2000 Zeilen': the situation, not a limit."""
    as_format = _format_ok(view)

    def keep(m: re.Match[str]) -> bool:
        if cached_pattern(outputcues.TEXT_UNITS + r"$").search(m.group(0)):
            if not as_format(m):
                return False
            if not _BOUND.search(view[max(0, m.start() - 30) : m.end()]) and not _BOUND_AFTER.match(
                view[m.end() : m.end() + 20]
            ):
                return False  # an exact length ('in zwei Sätzen', 'two sentences each') is a form, not a limit
        if _situation_only(view, m.start()):
            return False
        word = m.group(0).lower()
        if word in ("nur", "only", "ohne", "without", "muss", "must", "darf", "müssen", "muessen", "mussen"):
            return not outputcues.CONSTRAINT_NOT_AFTER.match(view[m.end() : m.end() + 15])
        if outputcues.VAGUE_AFTER.match(view[m.end() : m.end() + 60]):
            return False
        clause = re.split(r"[,.;:!?\n]", view[max(0, m.start() - 80) : m.start()])[-1]
        return not outputcues.CONDITION.search(clause)

    return keep


_TIME = re.compile(
    r"(?i)^(?:gestern|letzte|vorige|heute|n(?:ä|ae|a)chste|yesterday|last|next|this|tomorrow"
    r"|am|dieses|n(?:ä|ae|a)chstes|morgen|(?:ü|ue|u)bermorgen|"
    r"kommende|on|seit|since|am\s+vergangenen|this\s+past)\b"
)
_SITUATION_WORD = re.compile(r"(?i)\b(?:wir|we|ich|i|unser\w*|our|my|mein\w*|weil|because|da|since|seit)\b")
_LABEL_WORD = re.compile(
    r"(?i)hintergrund|kontext|ausgangslage|ausgangssituation|situation|sachverhalt|anlass|background|context"
)
_SUBORDINATE = re.compile(
    r"(?i)\b(?:how(?:\s+many|\s+much)?|what|whether|that|which|why|wie(?:\s+viele?)?|was|ob"
    r"|dass|welche\w*|wo|where|warum|weshalb|wieso)\s+(?:[\w-]+\s+){0,3}$"
)
_VAGUE_CONTENT = re.compile(
    r"(?i)\s*(?:siehe\s+oben|see\s+above|egal|whatever|s\.\s*o\.|wie\s+immer|as\s+usual|keine\s+ahnung|n/a)\b"
)


def _context_ok(view: str) -> Callable[[re.Match[str]], bool]:
    """Rejects a date inside a request ('Build next week's menu',
    'dass die Anlieferung morgen später kommt'): its topic, not the situation."""

    def keep(m: re.Match[str]) -> bool:
        text = m.group(0)
        if _LABEL_WORD.fullmatch(text.strip()):
            after = view[m.end() : m.end() + 3].lstrip(" \t")
            before = view[max(0, m.start() - 12) : m.start()].lower()
            if not (
                after[:1] in (":", "-", "\u2013") or re.search(r"(?:zum|als|some|for|bit\s+of|little)\s+$", before)
            ):
                return False
            content = re.split(
                r"(?<=[.!?])\s|\n(?=\s*[-*\u2022]?\s*\w+\s*:)",
                view[m.end() : m.end() + 300].lstrip(" \t:-\u2013"),
                maxsplit=1,
            )[0]
            return len(sentences.words(content)) >= 3 and not _VAGUE_CONTENT.match(
                content
            )  # 'Kontext: Urlaub.' is a topic
        sentence = sentences.sentence_at(view, m.start())
        if _SUBORDINATE.search(view[max(0, m.start() - 25) : m.start()]) and sentences.mood(sentence) in (
            "imperative",
            "question",
            "request",
        ):
            return False  # 'how many cover periods we need', 'wie ich die Schnelldreher …': part of the request
        if not _TIME.match(text):
            return True
        sentence = sentences.sentence_at(view, m.start())
        return sentences.mood(sentence) == "statement" and bool(_SITUATION_WORD.search(sentence))

    return keep


def _audience_ok(view: str) -> Callable[[re.Match[str]], bool]:
    """Rejects 'für eine Lagerleitung' in a job ad (the post, not the reader)
    and a reader word as a topic ('Was ist eine Zielgruppe?')."""

    def keep(m: re.Match[str]) -> bool:
        text = m.group(0)
        sentence = sentences.sentence_at(view, m.start())
        if re.match(r"(?i)(?:für|fuer|for)\s+(?:eine[nmr]?|ein|a|an)\s", text) and JOB_AD.search(sentence):
            return False
        if re.fullmatch(r"(?i)zielgruppe\w*|target\s+(?:audience|group)|audience", text.strip()):
            after = view[m.end() : m.end() + 3].lstrip(" \t")
            if after[:1] == ":":
                content = re.split(r"(?<=[.!?])\s|\n", view[m.end() : m.end() + 200].lstrip(" \t:"), maxsplit=1)[0]
                return not _VAGUE_CONTENT.match(content) and bool(sentences.words(content))
            return not topic_only(view, m.start())
        return True

    return keep


_ANSWER_ANYWAY = re.compile(
    r"\b(?:sag\w*|antworte\w*|schreib\w*)\s+(?:einfach\s+|dann\s+|halt\s+|trotzdem\s+"
    r"|ruhig\s+)*(?:mit\s+)?[\"\u201e\u201c]?(?:ja|nein)\b"
    r"|\berfinde\w*\s+(?:einfach\s+|ruhig\s+|dann\s+)*(?:etwas|was|eine?n?|irgendwas)\b"
    r"|\bdenk\w*\s+dir\s+(?:einfach\s+|ruhig\s+)*(?:etwas|was)\s+aus\b"
    r"|\brat\w*\s+(?:einfach|ruhig|dann)\b|\bnimm\s+(?:einfach\s+|dann\s+)*(?:etwas|irgendwas|was)\b"
    r"|\b(?:just\s+|then\s+|simply\s+)*(?:say|answer|write)\s+[\"\u201c]?(?:yes|no)\b"
    r"|\bmake\s+(?:something|one|it)\s+up\b"
    r"|\b(?:just|simply)\s+guess\b|\bguess\s+(?:anyway|something)\b|\bassume\s+(?:yes|no)\b",
    re.IGNORECASE,
)
"""A condition about missing information that ends in 'answer anyway': 'Wenn dort nichts steht, sag einfach ja'."""


def _out_ok(view: str) -> Callable[[re.Match[str]], bool]:
    """Rejects a condition about missing information whose consequence is to answer anyway, not a way out."""

    def keep(m: re.Match[str]) -> bool:
        return not _ANSWER_ANYWAY.search(sentences.sentence_at(view, m.start()))

    return keep


FILTERS: dict[str, Callable[[str], Callable[[re.Match[str]], bool]]] = {
    "audience": _audience_ok,
    "context": _context_ok,
    "task": _task_ok,
    "format": _format_ok,
    "tone": _tone_ok,
    "constraints": _constraint_ok,
    "out": _out_ok,
}
