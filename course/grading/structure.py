"""The twelve prompt-structure checks: find the first cue in a TextView, German or English."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache, lru_cache

from course.grading import cues, sentences
from course.grading.regexopt import optimize
from course.grading.squeeze import squeeze
from course.grading.textview import TextView

Span = tuple[int, int]
"""A match in view offsets."""

_ENGLISH_VERBS = (
    r"(?:write|create|draft|summari[sz]e|translate|explain|analy[sz]e|review|check|correct|list|give|generate|"
    r"rewrite|improve|compose|prepare|suggest|propose|outline|make|produce|formulate|answer|reply|respond|"
    r"compare|evaluate|calculate|sort|extract|find|identify|read|note|highlight|collect|group|pick|"
    r"add|remove|mark|format|structure|describe|start|begin|end|finish|close|go|look|use|put|turn|fill)\b"
)
_STEP_LINE = (
    r"^[ ]*(?:\d{1,2}[.)]|schritt\s*\d+\s*:?|step\s*\d+\s*:?)\s+(?:bitte\s+|please\s+|dann\s+|then\s+|zuerst\s+|first\s+)?"
    r"(?:" + cues.TASK_DE + "|" + _ENGLISH_VERBS + ")"
)
_TAG = r"<([^\W\d][\w\- ]{0,30})>"
_QUOTE = r'(?:(?<=[\s(:\[])|^)"(?=\S)[^"]{40,}?(?<=\S)"'
"""A quotation of 40+ characters: opens after a space, closes after text (so „Hub 2“ … „Montag“ is no pair)."""
_FENCES = r'```[\s\S]*?```|"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|~~~[\s\S]*?~~~|<<<[\s\S]*?>>>|' + _QUOTE
_MARKERS = r"^[ \t]*###|^[ ]*(?:-{3,}|={3,})[ ]*$"
"""Fence lines: '###' at the start of a line (not '### ' mentioned inside a sentence), '---', '==='."""
_NOT_NEWLINE = re.compile(r"[^\n]")
MATERIAL_BLIND = ("delimiters", "placeholders")
"""Checks that look inside fenced material too; the others see it blanked out."""


@cache
def _compiled(name: str) -> re.Pattern[str]:
    """One regex per check: the alternation of its cue patterns (compiled on first use)."""
    parts = getattr(cues, name.upper())
    return re.compile(optimize("|".join(f"(?:{p})" for p in parts)), cues.FLAGS)


@cache
def _pattern(source: str, flags: int = cues.FLAGS) -> re.Pattern[str]:
    """A cached compile for the special-case patterns below."""
    return re.compile(source, flags)


def _first(pattern: re.Pattern[str], view: str, keep: Callable[[re.Match[str]], bool] | None = None) -> Span | None:
    """The first match that `keep` accepts (at most 200 tried)."""
    for count, m in enumerate(pattern.finditer(view)):
        if count >= 200:
            return None
        if m.end() > m.start() and (keep is None or keep(m)):
            return m.start(), m.end()
    return None


def _earliest(spans: Iterable[Span | None]) -> Span | None:
    """The span that starts first."""
    found = [s for s in spans if s is not None]
    return min(found) if found else None


_REQUEST_QUESTION = re.compile(
    r"\b(?:kannst|k" + cues.OE + r"nntest|k" + cues.OE + r"nnen\s+sie|k" + cues.OE + r"nnten\s+sie|w" + cues.UE + r"rdest|w" + cues.UE
    + r"rden\s+sie|magst|could\s+you|can\s+you|would\s+you|will\s+you|bitte|please)\b", re.IGNORECASE)
_WANT = re.compile(r"\b(?:soll\w*|muss|m" + cues.UE + r"ssen|should|must|needs?\s+to|has\s+to|brauche\w*|need|want|m" + cues.OE
                   + r"chte\w*|h" + cues.AE + r"tte\w*|would\s+like|gerne?|bitte|please)\b", re.IGNORECASE)


def _topic_only(view: str, start: int) -> bool:
    """True when the cue stands in a statement or an open question about it ('Welches Format haben …?',
    'Der Architekt schickt Pläne im IFC-Format'): a topic, not the form asked for."""
    return _topic_sentence(sentences.sentence_at(view, start))


@lru_cache(maxsize=2048)
def _topic_sentence(sentence: str) -> bool:
    """`_topic_only` for one sentence (cached: the same sentences come back on every keystroke)."""
    kind = sentences.mood(sentence)
    if kind == "statement":
        return not _WANT.search(sentence)
    if kind == "question":
        return not _REQUEST_QUESTION.search(sentence) and not _WANT.search(sentence)
    return False


def _format_ok(view: str) -> Callable[[re.Match[str]], bool]:
    """Rejects 'Tabelle' in 'in meiner Excel-Tabelle' or 'Spalte B', which describe material."""
    def keep(m: re.Match[str]) -> bool:
        if _topic_only(view, m.start()):
            return False
        before = view[max(0, m.start() - 40): m.start()]
        after = view[m.end(): m.end() + 20]
        if cues.FORMAT_NOT_BEFORE.search(before) or cues.FORMAT_NOT_AFTER.match(after):
            return False
        if re.match(r"(?i)tabell|table|list|sheet|spalte|column|checkl", m.group(0)) and cues.FORMAT_MATERIAL.search(before):
            return False
        if re.match(r"(?i)betreff|subject", m.group(0)) and _pattern(r"(?:^|\n)[ \t]*$").search(view[max(0, m.start() - 20): m.start()]) \
                and _pattern(r"^(?:\s*line)?\s*:[ \t]*\w").match(after):
            return False  # 'Betreff: Rechnung fehlt' labels given material, it asks for no subject line
        if re.match(r"(?i)(?:ü|ue|u)berschrift|headline|titel|title", m.group(0)):
            return not cues.COUNTED.search(before)
        return True
    return keep


_FIRM_NOUN = re.compile(r"(?i)\b(?:a|an|the|our|my|this|law|family|painting|haulage|building|cleaning|accountancy|\w+ing)\s+firm\b|\bfirm\s+(?:with|since|in|of|that|who|which|has|is|was)\b")


def _tone_ok(view: str) -> Callable[[re.Match[str]], bool]:
    """Rejects 'professioneller Texter' (a role), 'freundliches Team', 'die Kollegen sind freundlich' (facts), 'gender-neutral'."""
    def keep(m: re.Match[str]) -> bool:
        if m.start() > 0 and view[m.start() - 1] == "-":
            return False
        word = m.group(0).lower()
        if word in ("jungs", "jungheinrich") or (word == "firm" and _FIRM_NOUN.search(view[max(0, m.start() - 30): m.end() + 12])):
            return False
        if word == "register" and re.search(r"(?i)\b(?:to|can't|cannot|can|could|must|will)\s+$", view[max(0, m.start() - 12): m.start()]):
            return False
        if _topic_only(view, m.start()):
            return False
        after = view[m.end(): m.end() + 40]
        if cues.TONE_NOT_AFTER.match(after) or cues.TONE_FACT_BEFORE.search(view[max(0, m.start() - 30): m.start()]):
            return False
        return not (cues.TONE_QUALITY.match(m.group(0)) and cues.TONE_ROLE_AFTER.match(after))
    return keep


def _examples_ok(view: str) -> Callable[[re.Match[str]], bool]:
    """Rejects 'Zeig ein Beispiel' / 'give an example': asking for one is not giving one."""
    def keep(m: re.Match[str]) -> bool:
        after = view[m.end(): m.end() + 3].lstrip()
        if not after.startswith((":", '"')) and _topic_only(view, m.start()):
            return False  # 'Wir hatten zum Beispiel letzten Monat …', 'Welche Beispiele gibt es?': a case or a topic
        if not re.match(r"(?i)(?:beispiel|example|sample|muster|vorlage|template)", m.group(0)):
            return True
        if view[m.end(): m.end() + 3].lstrip().startswith(":"):
            return True
        return not cues.EXAMPLES_NOT_BEFORE.search(view[max(0, m.start() - 40): m.start()])
    return keep


_VAGUE_OBJECT = re.compile(
    r"^\s*(?:(?:mir|mal|halt|einfach|bitte|me|just|please|us|uns)\s+)*(?:was|etwas|irgendwas|irgendetwas|something|anything|stuff|whatever)"
    r"(?:\s+(?:mal|halt|bitte|please|gutes|sch" + cues.OE + r"nes|nice|good))?\s*$", re.IGNORECASE)
"""'Schreib was.', 'Write something.': a request with nothing named to produce is no task."""
_JOINED = re.compile(r"\b(?:und|and)\s+$", re.IGNORECASE)
_STATEMENT = re.compile(r"\b(?:wir|ich|man|we|i|they)\b", re.IGNORECASE)


_PLEA = re.compile(r"(?i)\b(?:helfen|hilf|help|hilfe|look\s+at\s+something|tell\s+me\s+something|something\s+about)\b")
_OTHER_REQUEST = re.compile(r"(?i)\b(?:schreib\w*|erstell\w*|formulier\w*|fass\w*|erkl(?:ä|ae|a)r\w*|pr(?:ü|ue|u)f\w*|rechne\w*|mach\w*|"
                            r"write|draft|create|summari[sz]e|explain|check|calculate|make|plan|find|tell\s+me\s+(?:how|what|why|which|whether|if))\b")
_VAGUE_THING = re.compile(r"(?i)\b(?:mir|uns|me|us)\s+(?:mal\s+|bitte\s+)?(?:was|etwas|irgendwas|something|anything)\b")
_FORM_ONLY = frozenset("bitte please pls plz als as a an in the eine einer einem einen mit with tabelle table liste list stichpunkten "
                       "stichpunkte bullets bullet points punkten excel-tabelle excel json csv markdown e-mail mail email kurz short "
                       "danke thanks nochmal again".split())
_EMPTY_REQUEST = frozenset("schreib schreibe write einen ein eine a an the text texts mach mache do it das this bitte please "
                           "jetzt now mal just einfach".split())
"""'Schreib einen Text.', 'Mach das.', 'Do it.': a request that names nothing to produce."""
_QUESTION_VERB = re.compile(r"(?i)\b(?:was|wie|wo|wann|warum|wieso|welche\w*|wer|what|how|where|when|why|which|who|whats)\b")


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
    if sentence.rstrip().endswith("?") and re.fullmatch(r"\w+", text) and not (
            sentences._FINITE.search(sentence) or sentences._SUBJECT_VERB.search(sentence) or _QUESTION_VERB.search(sentence)
            or sentences._v2_finite(sentence)):
        return True
    return False


def _task_ok(view: str) -> Callable[[re.Match[str]], bool]:
    """Rejects '… und bündeln sie', 'we pull … and group them': a verb joined to a statement is no request."""
    def keep(m: re.Match[str]) -> bool:
        word = m.group(0).lower()
        rest = re.split(r"[.!?\n]", view[m.end(): m.end() + 60], maxsplit=1)[0]
        if _VAGUE_OBJECT.match(rest):
            return False
        sentence = sentences.sentence_at(view, m.start())
        if _not_a_request(sentence, m, view):
            return False
        before = view[max(0, m.start() - 120): m.start()]
        if word.startswith(("i ", "we ", "ich ", "wir ")) or not (word.startswith("and ") or _JOINED.search(before)):
            return True
        sentence = re.split(r"[.!?\n]", before)[-1]
        return not _STATEMENT.search(sentence)
    return keep


_BOUND = re.compile(
    r"\b(?:max(?:imal|imum|\.)?|h" + cues.OE + r"chstens|bis\s+zu|nicht\s+mehr\s+als|nicht\s+l" + cues.AE + r"nger\s+als|weniger\s+als|unter|"
    r"mindestens|no\s+more\s+than|not\s+more\s+than|at\s+most|up\s+to|under|less\s+than|fewer\s+than|at\s+least|within|below|"
    r"keep\s+it\s+(?:under|to|below)|limit\w*|nur|only|maximal)\b", re.IGNORECASE)
_BOUND_AFTER = re.compile(r"^\s*(?:or\s+(?:fewer|less)|oder\s+weniger|max(?:imum|imal)?\b|at\s+most|h" + cues.OE + r"chstens)", re.IGNORECASE)
_RULE_START = re.compile(r"^[\s*\u2022-]*(?:only|nur|kein\w*|no|never|nie|niemals|ohne|without|don't|dont|do\s+not|bitte|please|"
                         r"vermeide\w*|avoid\w*|achte|beachte|make\s+sure|wichtig|important)\b", re.IGNORECASE)


_MODAL = re.compile(r"\b(?:soll|sollen|sollte|sollten|muss|m(?:ü|ue|u)ssen|darf|d(?:ü|ue|u)rfen|should|must|may\s+not|has\s+to|have\s+to)\b", re.IGNORECASE)
_PERSON_SUBJECT = re.compile(r"\b(?:wir|ich|er|man|we|i|they|he|she|alle|everyone|jeder)\b", re.IGNORECASE)


def _situation_only(view: str, start: int) -> bool:
    """True when a rule word stands in a statement about the situation or an open question ('Wir haben nur eine
    kleine Küche', 'Wie lange muss Beton aushärten?', 'Du musst kein Sternekoch sein'): no rule for the output."""
    return _situation_sentence(sentences.sentence_at(view, start))


@lru_cache(maxsize=2048)
def _situation_sentence(sentence: str) -> bool:
    """`_situation_only` for one sentence (cached)."""
    if _RULE_START.match(sentence) or sentences._DELIVERABLE_SUBJECT.match(sentence):
        return False
    kind = sentences.mood(sentence)
    main = re.split(r"[,;:]", sentence, maxsplit=1)[0]
    modal = _MODAL.search(main)
    if kind == "statement" and modal and not _PERSON_SUBJECT.search(main[: modal.start()]):
        return False  # 'Die Absage soll höflich sein, aber …': a rule about the output
    if kind == "statement":
        return not re.search(r"(?i)\b(?:du|you|sie\s+(?:d(?:ü|ue|u)rfen|sollen|m(?:ü|ue|u)ssen))\b", sentence) or bool(
            re.match(r"(?i)\s*(?:du|you)\s+(?:musst|must|have\s+to|don't\s+have\s+to|need\s+not)\b", sentence))
    if kind == "address":
        return bool(re.match(r"(?i)\s*(?:du|you)\s+(?:musst|must|have\s+to|don't\s+have\s+to|need\s+not|needn't)\b", sentence))
    if kind == "question":
        return not _REQUEST_QUESTION.search(sentence)
    return False


def _constraint_ok(view: str) -> Callable[[re.Match[str]], bool]:
    """Rejects 'nur noch', 'ohne dass wir', 'die Liste hat 2000 Zeilen': the situation, not a limit."""
    as_format = _format_ok(view)

    def keep(m: re.Match[str]) -> bool:
        if _pattern(cues.TEXT_UNITS + r"$").search(m.group(0)):
            if not as_format(m):
                return False
            if not _BOUND.search(view[max(0, m.start() - 30): m.end()]) and not _BOUND_AFTER.match(view[m.end(): m.end() + 20]):
                return False  # an exact length ('in zwei Sätzen', 'two sentences each') is a form, not a limit
        if _situation_only(view, m.start()):
            return False
        word = m.group(0).lower()
        if word in ("nur", "only", "ohne", "without", "muss", "must", "darf", "müssen", "muessen", "mussen"):
            return not cues.CONSTRAINT_NOT_AFTER.match(view[m.end(): m.end() + 15])
        if cues.VAGUE_AFTER.match(view[m.end(): m.end() + 60]):
            return False
        clause = re.split(r"[,.;:!?\n]", view[max(0, m.start() - 80): m.start()])[-1]
        return not cues.CONDITION.search(clause)
    return keep


def delimiters(view: str) -> Span | None:
    """Material fenced off by ```, \"\"\", ###, <tag>...</tag>, --- lines or a long quotation."""
    spans: list[Span | None] = []
    for fence in ("```", '"""', "'''", "###", "<<<", "~~~"):
        i = view.find(fence)
        if i >= 0 and (fence == "###" or view.find(fence, i + 3) >= 0 or fence == "<<<"):
            spans.append((i, i + 3))
    spans.append(_first(_pattern(r"^[ ]*(?:-{3,}|={3,}|\*{3,}|_{3,})[ ]*$"), view))
    spans.append(_first(_pattern(_QUOTE), view))
    lower = view.lower()
    for count, m in enumerate(_pattern(_TAG).finditer(view)):
        if count >= 30:
            break
        name = m.group(1).strip().lower()
        if f"</{name}>" in lower[m.end():] or f"[/{name}]" in lower[m.end():]:
            spans.append((m.start(), m.end()))
            break
    m = _pattern(r"\[([^\W\d]\w{1,20})\][^\n]?").search(view)
    if m and f"[/{m.group(1).lower()}]" in lower[m.end():]:
        spans.append((m.start(), m.start() + len(m.group(1)) + 2))
    return _earliest(spans)


def placeholders(view: str) -> Span | None:
    """Template variables: {{name}}, {text}, [KUNDE], <Name>, $VAR, %VAR%, XXX, ___."""
    lower = view.lower()
    spans: list[Span | None] = [
        _first(_pattern(r"\{\{\s*[^{}\n]{1,40}?\s*\}\}"), view),
        _first(_pattern(r"(?<!\{)\{[^\W\d][^{}\n\":]{0,40}\}(?!\})"), view),
        _first(_pattern(r"\[[^\W\d][^\[\]\n\"]{1,40}\](?![(:])"), view, lambda m: f"[/{m.group(0)[1:]}".lower() not in lower),
    ]
    if any(mark in view for mark in ("$", "%", "XX", "XY", "NN", "___")):
        spans.append(_first(_pattern(r"(?-i:\$[A-Z][A-Z_]{1,30}\b|%[A-Za-z_]{2,30}%|\bX{3,}\b|\bXY\b|\bNN\b|_{3,}(?!\s*$))", re.MULTILINE), view))
    for count, m in enumerate(_pattern(_TAG).finditer(view)):
        if count >= 30:
            break
        if f"</{m.group(1).strip().lower()}>" not in lower[m.end():]:
            spans.append((m.start(), m.end()))
            break
    return _earliest(spans)


_GUIDE_AFTER = re.compile(r"(?i)^[\s-]*(?:anleitung\w*|guide\w*|instructions?|tutorial|checkliste?|checklist|liste|list|erkl(?:ä|ae|a)rung|walkthrough|plan)\b")


def steps(view: str) -> Span | None:
    """Asks for step-by-step work, or lays the work out as numbered instructions."""
    def keep(m: re.Match[str]) -> bool:
        if _GUIDE_AFTER.match(view[m.end(): m.end() + 16]):
            return False  # 'Schritt-für-Schritt-Anleitung', 'step-by-step guide': the output, not the way of working
        if re.match(r"(?i)(?:side|word|hand|face|back|wall|door|house|bumper)\b", m.group(0)):
            return False
        sentence = sentences.sentence_at(view, m.start())
        return sentences.mood(sentence) not in ("statement", "condition") or bool(_WANT.search(sentence))

    found = _earliest([_first(_compiled("steps"), view, keep),
                       _first(_pattern(r"\b(\w{3,})\s+(?:f(?:ü|ue|u)r|by|after)\s+\1\b"), view, keep)])
    lines = list(_pattern(_STEP_LINE).finditer(view))
    if len(lines) >= 2:
        found = _earliest([found, (lines[0].start(), lines[0].end())])
    return found


def examples(view: str) -> Span | None:
    """An example, sample or model to follow, or two or more input -> output pairs."""
    found = _first(_compiled("examples"), view, _examples_ok(view))
    if "->" in view or "=>" in view or "\u2192" in view or "\u21d2" in view:
        pairs = [m for _, m in zip(range(3), _pattern(cues.PAIR_LINE).finditer(view))]
        if len(pairs) >= 2:
            found = _earliest([found, (pairs[0].start(), pairs[0].end())])
    return found


_SPECIAL: dict[str, Callable[[str], Span | None]] = {
    "delimiters": delimiters, "placeholders": placeholders, "steps": steps, "examples": examples,
}
_TIME = re.compile(
    r"(?i)^(?:gestern|letzte|vorige|heute|n(?:ä|ae|a)chste|yesterday|last|next|this|tomorrow|am|dieses|n(?:ä|ae|a)chstes|morgen|(?:ü|ue|u)bermorgen|"
    r"kommende|on|seit|since|am\s+vergangenen|this\s+past)\b")
_SITUATION_WORD = re.compile(r"(?i)\b(?:wir|we|ich|i|unser\w*|our|my|mein\w*|weil|because|da|since|seit)\b")


_LABEL_WORD = re.compile(r"(?i)hintergrund|kontext|ausgangslage|ausgangssituation|situation|sachverhalt|anlass|background|context")
_SUBORDINATE = re.compile(r"(?i)\b(?:how(?:\s+many|\s+much)?|what|whether|that|which|why|wie(?:\s+viele?)?|was|ob|dass|welche\w*|wo|where|warum|weshalb|wieso)\s+(?:[\w-]+\s+){0,3}$")
_VAGUE_CONTENT = re.compile(r"(?i)\s*(?:siehe\s+oben|see\s+above|egal|whatever|s\.\s*o\.|wie\s+immer|as\s+usual|keine\s+ahnung|n/a)\b")


def _context_ok(view: str) -> Callable[[re.Match[str]], bool]:
    """Rejects a date inside a request ('Build next week's menu', 'dass die Anlieferung morgen später kommt'): its topic, not the situation."""
    def keep(m: re.Match[str]) -> bool:
        text = m.group(0)
        if _LABEL_WORD.fullmatch(text.strip()):
            after = view[m.end(): m.end() + 3].lstrip(" \t")
            before = view[max(0, m.start() - 12): m.start()].lower()
            if not (after[:1] in (":", "-", "\u2013") or re.search(r"(?:zum|als|some|for|bit\s+of|little)\s+$", before)):
                return False
            content = re.split(r"(?<=[.!?])\s|\n(?=\s*[-*\u2022]?\s*\w+\s*:)", view[m.end():m.end() + 300].lstrip(" \t:-\u2013"), maxsplit=1)[0]
            return len(sentences.words(content)) >= 3 and not _VAGUE_CONTENT.match(content)  # 'Kontext: Urlaub.' is a topic
        sentence = sentences.sentence_at(view, m.start())
        if _SUBORDINATE.search(view[max(0, m.start() - 25): m.start()]) and sentences.mood(sentence) in ("imperative", "question", "request"):
            return False  # 'how many cover periods we need', 'wie ich die Schnelldreher …': part of the request
        if not _TIME.match(text):
            return True
        sentence = sentences.sentence_at(view, m.start())
        return sentences.mood(sentence) == "statement" and bool(_SITUATION_WORD.search(sentence))
    return keep


def _audience_ok(view: str) -> Callable[[re.Match[str]], bool]:
    """Rejects 'für eine Lagerleitung' in a job ad (the post, not the reader) and a reader word as a topic ('Was ist eine Zielgruppe?')."""
    def keep(m: re.Match[str]) -> bool:
        text = m.group(0)
        sentence = sentences.sentence_at(view, m.start())
        if re.match(r"(?i)(?:für|fuer|for)\s+(?:eine[nmr]?|ein|a|an)\s", text) and _JOB_AD.search(sentence):
            return False
        if re.fullmatch(r"(?i)zielgruppe\w*|target\s+(?:audience|group)|audience", text.strip()):
            after = view[m.end(): m.end() + 3].lstrip(" \t")
            if after[:1] == ":":
                content = re.split(r"(?<=[.!?])\s|\n", view[m.end():m.end() + 200].lstrip(" \t:"), maxsplit=1)[0]
                return not _VAGUE_CONTENT.match(content) and bool(sentences.words(content))
            return not _topic_only(view, m.start())
        return True
    return keep


_ANSWER_ANYWAY = re.compile(
    r"\b(?:sag\w*|antworte\w*|schreib\w*)\s+(?:einfach\s+|dann\s+|halt\s+|trotzdem\s+|ruhig\s+)*(?:mit\s+)?[\"\u201e\u201c]?(?:ja|nein)\b"
    r"|\berfinde\w*\s+(?:einfach\s+|ruhig\s+|dann\s+)*(?:etwas|was|eine?n?|irgendwas)\b|\bdenk\w*\s+dir\s+(?:einfach\s+|ruhig\s+)*(?:etwas|was)\s+aus\b"
    r"|\brat\w*\s+(?:einfach|ruhig|dann)\b|\bnimm\s+(?:einfach\s+|dann\s+)*(?:etwas|irgendwas|was)\b"
    r"|\b(?:just\s+|then\s+|simply\s+)*(?:say|answer|write)\s+[\"\u201c]?(?:yes|no)\b|\bmake\s+(?:something|one|it)\s+up\b"
    r"|\b(?:just|simply)\s+guess\b|\bguess\s+(?:anyway|something)\b|\bassume\s+(?:yes|no)\b",
    re.IGNORECASE,
)
"""A condition about missing information that ends in 'answer anyway': 'Wenn dort nichts steht, sag einfach ja'."""


def _out_ok(view: str) -> Callable[[re.Match[str]], bool]:
    """Rejects a condition about missing information whose consequence is to answer anyway, not a way out."""
    def keep(m: re.Match[str]) -> bool:
        return not _ANSWER_ANYWAY.search(sentences.sentence_at(view, m.start()))
    return keep


_FILTERS: dict[str, Callable[[str], Callable[[re.Match[str]], bool]]] = {
    "audience": _audience_ok, "context": _context_ok, "task": _task_ok, "format": _format_ok, "tone": _tone_ok, "constraints": _constraint_ok,
    "out": _out_ok,
}


@lru_cache(maxsize=64)
def masked(view: str) -> str:
    """`view` with fenced material (quotes, ``` ```, ### ### ..., <tag></tag>) blanked, same length.

    Material is the learner's data, not instructions: 'we are hiring' inside the
    quoted job ad is no context. Left as is when little text remains outside.
    """
    spans: list[tuple[int, int]] = []
    for count, m in enumerate(_pattern(_FENCES).finditer(view)):
        if count >= 50:
            break
        spans.append((m.start() + 3 if m.group(0)[0] != '"' or m.group(0).startswith('"""') else m.start() + 1, m.end() - (1 if m.group(0)[-2:] != '""' and m.group(0)[0] == '"' else 3)))
    markers = [m for _, m in zip(range(50), _pattern(_MARKERS).finditer(view))]
    spans.extend((a.end(), b.start()) for a, b in zip(markers[::2], markers[1::2]))
    lower = view.lower()
    for count, m in enumerate(_pattern(_TAG).finditer(view)):
        if count >= 30:
            break
        name = m.group(1).strip().lower()
        close = lower.find(f"</{name}>", m.end())
        if close >= 0:
            start = lower.rfind(f"<{name}>", m.start(), close)
            spans.append((start + len(name) + 2, close))
    if not spans:
        return view
    pieces, cursor = [], 0
    for start, end in sorted(spans):
        start = max(start, cursor)
        if end <= start:
            continue
        pieces.append(view[cursor:start])
        pieces.append(_NOT_NEWLINE.sub(" ", view[start:end]))
        cursor = end
    pieces.append(view[cursor:])
    blanked = "".join(pieces)
    return blanked if len(blanked.split()) >= 3 else view


@cache
def cue_words(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """An author's extra cue words as one pattern: whole words, up to 3 letters of inflection."""
    parts = [r"\s+".join(re.escape(p) for p in str(w).split()) for w in words if str(w).strip()]
    if not parts:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")\w{0,3}(?!\w)", re.IGNORECASE)


def _readers(view: str) -> Span | None:
    """Readers named as the subject of a reading verb ('Our two managing directors will read this')."""
    for count, m in enumerate(cues.READ_VERB.finditer(view)):
        if count >= 50:
            break
        before = cues.READER_BEFORE.search(view[max(0, m.start() - 60): m.start()])
        if before:
            start = m.start() - (len(view[max(0, m.start() - 60): m.start()]) - before.start())
            return start, m.end()
    return None


_NOT_MEDIUM = re.compile(r"(?i)^(?:briefing|posten|poste|form(?:al\w*|ulier\w*|at\w*)|notes|noted)$")


_INFINITIVE_END = re.compile(r"(?-i:\b[a-z\u00e4\u00f6\u00fc\u00df]{3,}(?:ieren|en|ern|eln))\s*$")
_NOT_INFINITIVE = re.compile(r"(?i)\b(?:wir|ich|er|sie|es|man|du|ihr|kann|k(?:ö|oe|o)nnen|muss|m(?:ü|ue|u)ssen|soll|sollen|will|wollen|werden|wird|"
                             r"haben|hat|sind|ist|darf|d(?:ü|ue|u)rfen|we|i|they|you)\b")


def _infinitive_order(view: str) -> Span | None:
    """A German order in the infinitive: 'Mahnlauf vorbereiten, nur Kunden ab 500 € offen.', 'Angebot prüfen.'"""
    for start, end in sentences.split(view)[:60]:
        clause = re.split(r"[,;:(]", view[start:end], maxsplit=1)[0].strip(" \t*-\u2022.!")
        ws = clause.split()
        if (2 <= len(ws) <= 10 and (ws[0][:1].isupper() or ws[0].lower() in ("die", "der", "das", "den", "alle", "eine", "einen", "ein"))
                and _INFINITIVE_END.search(clause) and not _NOT_INFINITIVE.search(clause)
                and sentences.mood(view[start:end]) != "statement" and ws[-1].lower() not in ("morgen", "übermorgen", "uebermorgen")):
            return start, end
    return None


def _medium(view: str) -> Span | None:
    """The form as a medium or a pattern to follow ('eine Mail', 'Aushang …, bitte', 'two-sentence note')."""
    for count, m in enumerate(cues.MEDIUM.finditer(view)):
        if count >= 30:
            break
        word = m.group("m") if m.group("m") else m.group(0)
        if m.group("m") and (_NOT_MEDIUM.match(word) or (word == "brief" and view[max(0, m.start("m") - 2):m.start("m")].lower() == "a ")):
            continue
        if word.lower() in ("schreiben", "brief") and not re.search(r"(?i)\b(?:ein|einen|das|dieses|kurzes|formelles|offizielles|a)\s+(?:\w+\s+)?$",
                                                                     view[max(0, m.start("m") - 25): m.start("m")]):
            continue  # 'Schreiben Sie …' is the verb, 'a brief summary' an adjective
        if word.lower() in ("message", "nachricht", "sign") and not re.search(
                r"(?i)(?:slack|teams|whatsapp|sms|text|signal|chat|threema|a|an|the)[- ]?(?:\w+\s+)?$", view[max(0, m.start("m") - 25): m.start("m")]):
            continue  # a message or sign needs its channel or an article: 'Slack-Nachricht', 'a sign for the diners'
        if word.lower() in ("message", "nachricht") and not re.search(r"(?i)(?:slack|teams|whatsapp|sms|text|signal|chat|threema)", view[max(0, m.start("m") - 25): m.end("m")]):
            continue
        if _topic_only(view, m.start()):
            continue
        start = m.start("m") if m.group("m") else m.start()
        return start, m.end("m") if m.group("m") else m.end()
    return None


_JOB_AD = re.compile(r"(?i)\bstellen(?:anzeige|ausschreibung|angebot)\w*|\bjob\s*ad|\banzeige|\bposting|\bvacanc|\bausschreibung|\bhiring|\brecruit|\bsuchen\s+\w+|\blooking\s+for")
_MACHINE = re.compile(r"(?i)\b(?:kopierer|drucker|computer|rechner|container|server|router|scanner|beamer|trockner|k(?:ü|ue|u)hler|bagger|stapler|"
                      r"printer|copier|dryer|freezer|boiler|heater|charger|folder)\w*\b")


_NOT_READER_AFTER = re.compile(
    r"(?i)(?:\s+(?:meeting|meetings|factsheet|entertainment|data|file|files|list|record|records|portal|account|handovers?|"
    r"reviews?|feedback|survey|form|card|number|contact|details|clinic|times|kommunikation|besprechung|gespr(?:ä|ae)ch|daten|liste|akte)\b)")
_FIELDS_BEFORE = re.compile(r"(?i)\b(?:fields?|placeholders?|platzhalter\w*|feldern?|spalten|columns?|blanks?)\s+(?:\w+\s+)?$")
_COUNTED_READERS = re.compile(r"(?i)\b(?:two|three|four|five|six|seven|eight|nine|ten|zwei|drei|vier|f(?:ü|ue)nf|sechs|sieben|acht|neun|zehn)\s")
_COMPOUND_READER = re.compile(r"(?i)(?:brief|info|informationen|information|mail|schreiben|rundschreiben|aushang|newsletter|einladung|nachricht|anschreiben)\w*$")


def _addressee(view: str) -> Span | None:
    """A recipient after a writing or explaining word: 'Schreib einen Aushang an die Gäste', 'Erkläre einer neuen
    Auszubildenden …', 'write a message to the neighbours', 'a leaflet for parents'."""
    for count, more in enumerate(cues.ADDRESSEE_MORE.finditer(view)):
        if count >= 30:
            break
        text = more.group(0)
        if cues.NOT_PERSON_EN.search(text) or _NOT_READER_AFTER.match(view, more.end()):
            continue
        if _COMPOUND_READER.search(text) and re.search(r"(?i)(?:(?:ü|ue)bersetz\w*|translat\w*|beispiele|examples|welche\w*|which)\b[^.!?\n]{0,25}$",
                                                        view[max(0, more.start() - 40): more.start()]):
            continue  # 'Übersetze den Elternbrief': an existing letter, not one written for parents
        return more.start(), more.end()
    for pattern in (cues.ADDRESSEE_DE, cues.ADDRESSEE_EN):
        for count, m in enumerate(pattern.finditer(view)):
            if count >= 30:
                break
            word = m.group(0)
            if (pattern is cues.ADDRESSEE_EN and cues.NOT_PERSON_EN.search(word)) or re.search(r"(?i)\b(?:ms|microsoft)\s+teams\b", word):
                continue
            if re.match(r"(?i)(?:für|fuer|for)\s", word) and _JOB_AD.search(sentences.sentence_at(view, m.start())):
                continue  # 'Stellenanzeige für Berufskraftfahrer': the post, not the reader
            if _MACHINE.search(word):
                continue
            if _NOT_READER_AFTER.match(view, m.end()) or _FIELDS_BEFORE.search(view[max(0, m.start() - 40): m.start()]):
                continue  # 'for the team meeting', "GPs' clinic times", 'fields for client'
            if _COUNTED_READERS.search(word):
                continue
            if any(ch.isdigit() for ch in word) or re.match(r"(?i)(?:für|fuer|for)\s+(?:eine[nmr]?|ein|a|an)\s", word):
                continue  # 'for 300 diners' is a quantity, 'für einen Maurer' the post of a job ad
            if re.match(r"(?i)(?:an|to|für|fuer|fürs|for)\s", word) and not cues.COMM_BEFORE.search(view[max(0, m.start() - 120): m.start()]):
                continue  # an/für/to/for need a writing word before them; 'Erkläre einem Laien' carries its own
            return m.start(), m.end()
    return None


PROHIBITION_BLIND = ("role", "audience", "format", "examples", "steps")
"""Checks for which a word inside a prohibition ('kein Anwalt', 'nicht für Kunden') is no use."""
FORBIDDEN_BLIND = ("tone",)
"""Checks that do not read the items a prohibition lists ('vermeide Floskeln wie „jung und dynamisch“')."""


_NOUN_NEGATION = re.compile(r"(?i)(?:kein\w*|no)\b")


def prepared(name: str, view: str, copied: tuple[Span, ...] = ()) -> str:
    """The view a check reads: empty labels, stuffed keyword lists and copied task sentences blanked, same length."""
    if name in MATERIAL_BLIND:
        return view
    reading = sentences.read(view)
    spans = list(reading.empty_labels) + list(copied)
    if name != "task":
        spans += reading.stuffed  # 'Erkläre das Format, den Ton, die Rolle …' is still a request
    if name in PROHIBITION_BLIND:
        spans += reading.prohibitions
    elif name in FORBIDDEN_BLIND:
        spans += reading.forbidden
        spans += [s for s in reading.prohibitions if _NOUN_NEGATION.match(view, s[0])]  # 'Kein lockerer Ton' is a rule
    result = sentences.blank(view, spans)
    if result is not view:
        sentences.alias(result, view)
    return result


def find(name: str, tv: TextView, extra: tuple[str, ...] = (), task_text: str = "") -> Span | None:
    """The first cue of structure check `name` in the view, or None.

    `task_text` is the exercise's own task: sentences copied from it earn nothing.
    """
    cut = squeeze(tv.view)
    view = cut.text if name in MATERIAL_BLIND else masked(cut.text)
    copied = sentences.copied_spans(view, task_text) if task_text and name not in MATERIAL_BLIND else ()
    base = view
    view = prepared(name, view, copied)
    special = _SPECIAL.get(name)
    if special is not None:
        found = special(view)
    else:
        keep = _FILTERS[name](view) if name in _FILTERS else None
        found = _first(_compiled(name), view, keep)
    if name == "task" and found is None:
        found = _infinitive_order(view)
    if name == "format" and found is None:
        found = _medium(view)
    if name == "audience" and found is None:
        found = _readers(view) or _addressee(view)
    if name == "context" and found is None:
        found = sentences.situation(view, sentences.read(base), copied)
    if extra:
        pattern = cue_words(extra)
        if pattern is not None:
            found = _earliest([found, _first(pattern, view)])
    if found is not None and found[0] < found[1] and view[found[0]].isspace():
        start = found[0]
        while start < found[1] and view[start].isspace():
            start += 1  # a match that began in blanked text starts at its first word
        found = (start, found[1])
    return cut.span(*found) if found is not None and cut.starts else found


def warm_up() -> None:
    """Compile every cue pattern now (about 0.3 s), e.g. in a worker at start-up, not on the first keystroke."""
    for name in ("role", "task", "context", "audience", "format", "constraints", "examples", "tone", "steps", "out"):
        _compiled(name)
    for name in ("role", "delimiters", "placeholders", "steps", "format", "tone", "constraints", "examples"):
        find(name, TextView("Du bist [X]. Schreib 1. eine Tabelle 2. freundlich, z. B. so, nur kurz."))
