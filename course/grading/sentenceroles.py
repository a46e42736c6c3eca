"""What sentences do in a prompt: empty labels, stuffed keyword lists, prohibitions and the items they forbid."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from course.grading.cues import AE, OE, UE
from course.grading.sentences import (
    CONDITION_OPENER,
    WORDS,
    Span,
    imperative,
    split_cached,
    words,
)

# closed classes the reading rests on (German and English)
FUNCTION_WORDS = frozenset(
    "der die das den dem des ein eine einen einem einer eines und oder aber für fuer mit in "
    "im an am zu zum zur von vom "
    "auf aus bei nach über ueber unter vor ist sind war hat haben wird werden soll sollen "
    "kann können muss wir ich du sie "
    "es er uns mir dir dich mich unser unsere mein meine dein deine ihr ihre nicht kein keine als wie dass ob wenn "
    "the a an and or but for with in on at to of from by is are was were be been has have had will would should can "
    "could must we i you they he she it our my your their this that these those not no as if".split()
)
BLOCK_WORDS = frozenset(
    "rolle role persona aufgabe auftrag task kontext context hintergrund background situation zielgruppe audience "
    "leser leserschaft readers reader empfänger empfaenger format ausgabeformat output form länge laenge length "
    "einschränkungen einschraenkungen einschränkung vorgaben vorgabe constraints constraint "
    "regeln rules grenzen limits "
    "beispiel beispiele example examples muster sample ton tonfall tone stil style schritte schritt steps step "
    "trennzeichen delimiters delimiter platzhalter placeholders placeholder ausweg out way-out fallback "
    "ziel goal zweck purpose anweisung instruction instructions".split()
)
_NAMED_BLOCKS = frozenset(
    "rolle role kontext context zielgruppe audience format formate formats ton tone tonalität tonalitaet "
    "beispiel beispiele example examples schritte steps einschränkungen constraints platzhalter placeholders "
    "trennzeichen delimiters ausweg".split()
)
_STUFF_EXTRA = frozenset(
    "tabelle table liste list stichpunkte bullets bullet json markdown csv e-mail email mail freundlich friendly "
    "sachlich formal formell locker casual professionell professional kurz short knapp brief präzise praezise precise "
    "klar clear einfach simple detailliert detailed strukturiert structured höflich hoeflich polite "
    "schritt-für-schritt step-by-step zusammenfassung summary expert experte expertin kunde kunden customer customers "
    "team vorstand management board".split()
)
_LABEL = re.compile(
    r"(?:^|(?<=[.!?;])[ \t]+|(?<=\n))[ \t]*(?:[-*\u2022]\s*|\d{1,2}[.)]\s*|#+\s*)?"
    r"(?P<label>(?:[A-Za-z\u00c4\u00d6\u00dc\u00e4\u00f6\u00fc\u00df-]{2,24})"
    r"(?:[ \t/&]+[A-Za-z\u00c4\u00d6\u00dc\u00e4\u00f6\u00fc\u00df-]{2,24}){0,2})"
    r"[ \t]*:(?!//)",
    re.MULTILINE,
)
_PROHIBIT = re.compile(
    r"\b(?:vermeide\w*|verzichte\w*|unterlass\w*|nicht|nichts|nie|niemals|kein\w*|ohne|weder|keinesfalls|"
    r"verbot\w*|tabu|don't|dont|do\s+not|does\s+not|never|avoid\w*|without|no|not|none|nothing|neither|"
    r"refrain\s+from|steer\s+clear\s+of|leave\s+out|omit\w*|exclud\w*|weglass\w*|lass\w*\s+(?:\w+\s+){0,3}?weg)\b",
    re.IGNORECASE,
)
_SUBCLAUSE = re.compile(
    r"^\s*(?:und\s+|and\s+)?(?:warum|weshalb|wieso|dass|ob|wie|weil|why|how|that|whether|because)\b", re.IGNORECASE
)
_BOUND_WORDS = re.compile(r"(?:no|not|nicht)\s+(?:more|longer|mehr|l" + AE + r"nger)\s+(?:than|als)\b", re.IGNORECASE)
_NOUN_NEGATOR = re.compile(r"(?i)(?:kein\w*|ohne|no|without|weder|neither|none)$")
_CONTRAST = re.compile(
    r"\b(?:sondern|stattdessen|statt\s+dessen|aber|jedoch|but|instead|rather|dafür|dafuer)\b", re.IGNORECASE
)
_STATEMENT_SUBJECT = re.compile(
    r"\b(?:wir|ich|er|es|man|we|i|they|he|she|(?-i:[Ii]t)|there|unser\w*|our|my"
    r"|mein\w*)\b(?!\s+(?:soll|sollst|sollen|darf|darfst|d" + UE + r"rfen|must|should|may))",
    re.IGNORECASE,
)
_RULE_MODAL = re.compile(
    r"\b(?:soll\w*|darf\w*|d"
    + UE
    + r"rf\w*|must\w*|should\w*|may|can't|cannot|muss\w*|woll\w*|will|want\w*|m"
    + OE
    + r"chte\w*)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Reading:
    """What the shallow reading found in a (masked) view; every span is in view offsets."""

    sentences: tuple[Span, ...]
    empty_labels: tuple[Span, ...]
    stuffed: tuple[Span, ...]
    prohibitions: tuple[Span, ...]
    forbidden: tuple[Span, ...] = ()
    """The items a prohibition lists ('Floskeln wie „…“', 'clichés like young'): quoted or after wie/like/such as."""


_LABEL_EXTRA = frozenset(
    "ausgangslage anlass sachverhalt thema topic ton tonalität tonalitaet zielgruppen adressat adressaten "
    "ausgabe umfang wichtig hinweis hinweise note notes regel".split()
)
_LABEL_HEAD = re.compile(
    r"(?:^|[.!?;\n])[ \t]*(?:[-*\u2022][ \t]*|\d{1,2}[.)][ \t]*|#+[ \t]*)?"
    r"(?P<label>[A-Za-z\u00c4\u00d6\u00dc\u00e4\u00f6\u00fc\u00df-]{2,24}"
    r"(?:[ \t/&]+[A-Za-z\u00c4\u00d6\u00dc\u00e4\u00f6\u00fc\u00df-]{2,24}){0,2})[ \t]*:$"
)


def _labels(view: str) -> list[_Shifted]:
    """'Label:' heads at the start of a line or sentence, found from their colons (cheap: few colons per prompt)."""
    found: list[_Shifted] = []
    for count, colon in enumerate(re.finditer(r":(?!//)", view)):
        if count >= 60:
            break
        start = max(0, colon.start() - 80)
        m = _LABEL_HEAD.search(view[start : colon.end()])
        if m:
            found.append(_Shifted(m, start))
    return found


class _Shifted:
    """A match in a slice, with offsets moved back into the whole view."""

    def __init__(self, m: re.Match[str], shift: int) -> None:
        self._m, self._shift = m, shift

    def start(self, group: str | int = 0) -> int:
        return self._m.start(group) + self._shift

    def end(self, group: str | int = 0) -> int:
        return self._m.end(group) + self._shift

    def group(self, group: str | int = 0) -> str:
        return self._m.group(group)


def _empty_labels(view: str) -> list[Span]:
    """Block labels ('Kontext:', 'Audience:') with nothing after them but punctuation or the next label."""
    found: list[Span] = []
    labels = _labels(view)
    for i, m in enumerate(labels):
        name = m.group("label").lower()
        if not set(name.replace("/", " ").replace("&", " ").split()) & (BLOCK_WORDS | _LABEL_EXTRA):
            continue
        stop = labels[i + 1].start("label") if i + 1 < len(labels) else len(view)
        content = view[m.end() : stop]
        content_words = words(content)
        head = content.lstrip(" \t\u2014\u2013-_*")
        fenced = any(
            c in content[:80] for c in "\"'\u201c\u201e\u00ab<[{#`"
        )  # a quotation or material follows (masked to blanks)
        if (
            (not content_words and not fenced)
            or head[:1] in (".", ";", "!", "?")
            or (content_words and all(w in BLOCK_WORDS for w in content_words))
        ):
            ends = re.search(r"[.;!?]", head)
            found.append(
                (m.start("label"), m.end() + (len(content) - len(head)) + (ends.end() if ends else len(head.rstrip())))
            )
    return found


def _stuffed(view: str, sentences: list[Span]) -> list[Span]:
    """Clauses that only list building-block names or stuff cue words, with no grammar around them."""
    found: list[Span] = []
    for start, end in sentences:
        text = view[start:end]
        label = _LABEL.match(text)
        body = text[label.end() :] if label else text
        ws = words(body)
        if ws and all(w in BLOCK_WORDS for w in ws) and not label:
            found.append((start, end))  # 'Format format format.', 'Tone tone.'
            continue
        if len({w for w in ws if w in _NAMED_BLOCKS}) >= 3:
            found.append((start, end))  # 'Mein Prompt hat Rolle, Kontext …', 'Erkläre das Format, den Ton, die Rolle …'
            continue
        if len(ws) < 3:
            continue
        blocks = sum(w in BLOCK_WORDS for w in ws)
        cues = sum(w in BLOCK_WORDS or w in _STUFF_EXTRA for w in ws)
        function = sum(w in FUNCTION_WORDS for w in ws)
        repeated = len(ws) >= 4 and len(set(ws)) <= len(ws) // 2
        if (
            (blocks >= 3 and blocks * 2 >= len(ws))
            or (cues >= 4 and cues * 3 >= len(ws) * 2 and function <= 1)
            or (repeated and function == 0)
        ):
            found.append(_run(view, start, end, ws))
    return found


def _run(view: str, start: int, end: int, ws: list[str]) -> Span:
    """The stretch of a stuffed sentence from its first to its last keyword or repeated word
    ('Tabelle Tabelle … Erstelle sie' keeps the request)."""
    counts: dict[str, int] = {}
    for w in ws:
        counts[w] = counts.get(w, 0) + 1
    stuff = [
        m
        for m in WORDS.finditer(view, start, end)
        if (w := m.group(0).lower()) in BLOCK_WORDS or w in _STUFF_EXTRA or counts.get(w, 0) >= 3
    ]
    if not stuff:
        return start, end
    return stuff[0].start(), stuff[-1].end()


def _prohibitions(view: str, sentences: list[Span]) -> list[Span]:
    """The scope of each prohibition: from 'vermeide', 'keine', "don't" ... to the end of its clause or sentence."""
    found: list[Span] = []
    for start, end in sentences:
        text = view[start:end]
        for count, m in enumerate(_PROHIBIT.finditer(text)):
            if count >= 20:
                break
            clause_start = max(text.rfind(c, 0, m.start()) for c in ",;:(")
            before = text[clause_start + 1 : m.start()]
            if CONDITION_OPENER.match(before) or _SUBCLAUSE.match(before) or _BOUND_WORDS.match(text, m.start()):
                continue  # 'warum man sich nicht fürchten muss' is content, 'no more than three sentences' a bound
            if (
                _STATEMENT_SUBJECT.search(text[: m.start()])
                and not _RULE_MODAL.search(text[: m.start()] + text[m.end() : m.end() + 30])
                and not imperative().match(before)
            ):
                continue
            stop = len(text)
            contrast = _CONTRAST.search(text, m.end())
            if contrast:
                stop = contrast.start()
            if _NOUN_NEGATOR.match(m.group(0)):
                comma = re.search(
                    r"[,;:](?!\s*(?:wie|like|such\s+as|z\.\s?b\.|e\.\s?g\.|etwa)\b)", text[m.end() : stop]
                )
                if comma:
                    stop = m.end() + comma.start()
            semi = text.find(";", m.end(), stop)
            if semi >= 0:
                stop = semi
            found.append((start + m.start(), start + stop))
    return found


@lru_cache(maxsize=64)
def read(view: str) -> Reading:
    """The reading of a view (cached: the workbench grades the same text once per check)."""
    spans = list(split_cached(view))
    negating, stuffing = _candidates(view, spans)
    scopes = tuple(_prohibitions(view, negating))
    stuffed = tuple(_stuffed(view, stuffing))
    labels = tuple(_empty_labels(view)) if ":" in view else ()
    return Reading(tuple(spans), labels, stuffed, scopes, tuple(_forbidden(view, scopes)))


_NEG_WORDS = frozenset(
    "nicht nichts nie niemals ohne weder keinesfalls tabu never without no not none nothing neither "
    "don't dont refrain steer leave lass lasse weg".split()
)
_NEG_PREFIX = ("vermeid", "verzicht", "unterlass", "kein", "avoid", "omit", "exclud", "verbot", "weglass")
_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def _candidates(view: str, spans: list[Span]) -> tuple[list[Span], list[Span]]:
    """One pass over the words: sentences with a negating word, and sentences with 3+ block or cue words."""
    if not spans:
        return [], []
    starts = [a for a, _ in spans]
    negating: set[int] = set()
    stuff: dict[int, int] = {}
    for count, m in enumerate(_TOKEN.finditer(view.lower())):
        if count >= 20_000:
            break
        w = m.group(0)
        neg = w in _NEG_WORDS or w.startswith(_NEG_PREFIX)
        cue = w in BLOCK_WORDS or w in _STUFF_EXTRA
        if neg or cue:
            k = bisect_right(starts, m.start()) - 1
            if k < 0 or m.start() >= spans[k][1]:
                continue
            if neg:
                negating.add(k)
            if cue:
                stuff[k] = stuff.get(k, 0) + 1
    stuffing = [spans[k] for k in sorted(stuff) if stuff[k] >= 3 or len(view[spans[k][0] : spans[k][1]].split()) <= 3]
    return [spans[k] for k in sorted(negating)], stuffing


_LISTED = re.compile(
    r"\b(?:wie|like|such\s+as|etwa|z\.\s?b\.|e\.\s?g\.|namely|n" + AE + r"mlich|also)\b|[:\"\u201e\u201c]",
    re.IGNORECASE,
)


def _forbidden(view: str, scopes: tuple[Span, ...]) -> list[Span]:
    """Inside each prohibition, the listed or quoted items it forbids."""
    found: list[Span] = []
    for start, end in scopes:
        m = _LISTED.search(view, start, end)
        if m:
            found.append((m.start(), end))
    return found
