"""Sentences of a prompt: where they start and end, their words, each one's mood (imperative, question, statement)."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from course.grading.cues import AE, OE, SS, UE

Span = tuple[int, int]

_ABBREV = re.compile(
    r"(?:\b(?:z|b|d|h|u|a|v|o|s|e|g|i|bzw|ca|max|min|mind|nr|vgl|ggf|evtl|inkl|exkl|usw|etc|dr|fr|hr|st|abs|str|tel|"
    r"mr|mrs|ms|vs|approx|incl|no|bspw|bsp|sog|zzgl|allg)|\d{1,4})\.$",
    re.IGNORECASE,
)
_BOUNDARY = re.compile(r"(?<=[.!?])[\"')\]]?[ \t]+|\n+")
WORDS = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*", re.UNICODE)
CONDITION_OPENER = re.compile(
    r"^\s*(?:und\s+|and\s+)?(?:wenn|falls|sofern|ob|if|when|whether|unless|where|wo)\b", re.IGNORECASE
)
FINITE = re.compile(
    r"\b(?:ist|sind|war|waren|hat|haben|hatte|hatten|wird|werden|wurde|wurden|kann|k"
    + OE
    + r"nnen|muss|m"
    + UE
    + r"ssen|"
    r"soll|sollen|will|wollen|darf|d"
    + UE
    + r"rfen|m"
    + OE
    + r"chte|m"
    + OE
    + r"chten|gibt|geht|kommt|kommen|steht|stehen|"
    r"l"
    + AE
    + r"uft|laufen|liegt|liegen|fehlt|fehlen|bleibt|bleiben|braucht|brauchen|brauche|zeigt|zeigen|lesen|liest|"
    r"entscheidet|entscheiden|arbeite|arbeiten|arbeitet|suchen|sucht|planen|plant|bekommen"
    r"|bekommt|gab|kam|kamen|ging|gingen|"
    r"is|are|was|were|has|have|had|will|would|can|could|must|should|shall|may|might|does|did|do|needs|need|wants|want|"
    r"gets|got|goes|went|comes|came|keeps|kept|reads|read|decide|decides|decided|runs|ran|works|worked|uses|used|"
    r"starts|started|opens|opened|closes|closed|moves|moved|plans|planned|asks|asked|complains"
    r"|complained|'s|'re|'ve|'ll)\b|"
    r"(?<=\w\s)\b[a-z]{3,}ed\b(?!\s+(?:list|table|points?|steps?|items?|lines?|version|copy"
    r"|form|text|summary|overview))",
    re.IGNORECASE,
)
_SIE_IMPERATIVE = re.compile(r"^\s*(?:bitte\s+)?\w+en\s+sie\b", re.IGNORECASE)

_BASE: dict[str, str] = {}
"""A prepared view (gaming stretches blanked) -> the view it was made from: same length, same sentences."""


def alias(prepared: str, base: str) -> None:
    """Remember that `prepared` is `base` with stretches blanked, so its sentences need no second split."""
    if len(_BASE) > 64:
        _BASE.clear()
    _BASE[prepared] = base


def sentence_at(view: str, pos: int) -> str:
    """The sentence of `view` that holds offset `pos` (hard-wrapped lines joined)."""
    base = _BASE.get(view, view)
    spans = split_cached(base)
    k = bisect_right(_starts_cached(base), pos) - 1
    if k >= 0 and pos < spans[k][1]:
        return view[spans[k][0] : spans[k][1]]
    a = max(view.rfind(c, 0, pos) for c in ".!?\n") + 1
    ends = [i for i in (view.find(c, pos) for c in ".!?\n") if i >= 0]
    return view[a : (min(ends) + 1 if ends else len(view))]


@lru_cache(maxsize=32)
def _starts_cached(view: str) -> tuple[int, ...]:
    return tuple(a for a, _ in split_cached(view))


@lru_cache(maxsize=32)
def split_cached(view: str) -> tuple[Span, ...]:
    return tuple(split(view)[:400])


def split(view: str) -> list[Span]:
    """Sentence spans: ends at . ! ? and line breaks, not after abbreviations, ordinals or dates."""
    spans: list[Span] = []
    start = 0
    for m in _BOUNDARY.finditer(view):
        if (
            m.group(0)[0] != "\n"
            and _ABBREV.search(view[max(start, m.start() - 8) : m.start()])
            and not (view[m.start() - 2 : m.start()].strip(".").isdigit() and _OPENER.match(view, m.end()))
        ):
            continue
        if m.group(0) == "\n" and _WRAPPED.match(view, m.end()) and _soft_wrap(view, start, m.start()):
            continue  # a hard-wrapped line: the sentence goes on
        if view[start : m.start()].strip():
            spans.append(_strip(view, start, m.start()))
        start = m.end()
    if view[start:].strip():
        spans.append(_strip(view, start, len(view)))
    return spans


_OPENER = re.compile(
    r"(?:How|What|Why|When|Where|Who|Which|Can|Could|Please|I|We|Wie|Was|Warum|Wann|Wo|Wer|Welche\w*|Kannst|K"
    + OE
    + r"nnen|Bitte|Ich|Wir|Schreib\w*|Write|Make|Erstell\w*|Mach\w*|Fass\w*)\b"
)
_WRAPPED = re.compile(r"[ \t]*(?![-*\u2022#>\d\[{<]|[^\W\d_][\w /&-]{0,30}:)[^\W\d_\"'(]")


def _soft_wrap(view: str, start: int, end: int) -> bool:
    """True when the line before a single line break goes on in the next line: long, and not ended by punctuation."""
    line_start = view.rfind("\n", 0, end) + 1
    line = view[max(start, line_start) : end].rstrip()
    if not line or line[-1:] in ".!?:;,\"'“”)" or line.lstrip().startswith(("-", "*", "\u2022", "#")):
        return False
    following = view[end + 1 : end + 2]
    return len(line) >= 25 or following.islower()


def _strip(view: str, start: int, end: int) -> Span:
    while start < end and view[start].isspace():
        start += 1
    while end > start and view[end - 1].isspace():
        end -= 1
    return start, end


def words(text: str) -> list[str]:
    """The lower-cased words of `text`."""
    return [w.lower() for w in WORDS.findall(text)]


@lru_cache(maxsize=2048)
def mood(text: str) -> str:
    """How one sentence reads.

    'question', 'label' (starts with 'Word:'), 'imperative' (a clause opens with a
    request verb, or 'bitte'/'please'), 'request' ('Ich brauche ...', 'I need ...'),
    'address' (speaks to the model: 'Du bist ...', 'You are ...'), 'condition'
    ('Wenn ...', 'If ...'), 'statement' (a finite verb, 3+ words) or 'fragment'.
    """
    stripped = text.strip()
    if not stripped:
        return "fragment"
    if stripped.endswith("?"):
        return "question"
    if _ANY_LABEL.match(stripped):
        return "label"
    clauses = _CLAUSE.split(stripped)
    if any(
        imperative().match(c) and (i == 0 or not _V2_AFTER_CLAUSE.match(c)) or _SIE_IMPERATIVE.match(c)
        for i, c in enumerate(clauses)
    ) or _PLEASE.search(stripped):
        return "imperative"
    if _REQUEST.search(stripped):
        return "request"
    if _ADDRESS.match(stripped):
        return "address"
    if CONDITION_OPENER.match(stripped):
        return "condition"
    if len(words(stripped)) >= 3 and (FINITE.search(stripped) or SUBJECT_VERB.search(stripped) or v2_finite(stripped)):
        return "statement"
    return "fragment"


_V2_AFTER_CLAUSE = re.compile(r"^\s*\w+en\s+(?!sie\b)", re.IGNORECASE)
"""'…, rufen täglich 30 Patienten an': a verb in -en after a clause is the finite verb of a statement, not a request."""
SUBJECT_VERB = re.compile(
    r"\b(?:wir|ich|er|es|man|we|i|they|he|she"
    r"|it)\s+(?:(?:auch|schon|noch|nur|jetzt|immer|oft|gerade|also|just|still|always|often"
    r"|never|"
    r"already|mainly|mostly|usually|really)\s+)?(?-i:[a-z\u00e4\u00f6\u00fc\u00df]{2,})"
    r"|\b\w+n't\b|\b(?:come|comes|go|goes|get|gets|take|takes|make|makes|"
    r"need|needs|keep|keeps|run|runs|pay|pays|send|sends|call|calls|ring|rings|arrive|arrives"
    r"|leave|leaves|wait|waits|stay|stays|"
    r"happen|happens|rent|rents|sell|sells|buy|buys|own|owns|employ|employs|serve|serves"
    r"|deliver|delivers|open|opens|close|closes|"
    r"start|starts|stop|stops|miss|misses|lose|loses|fail|fails|break|breaks|complain"
    r"|complains|refuse|refuses|change|changes|"
    r"grow|grows|fall|falls|rise|rises|drop|drops|cost|costs|land|lands|belong|belongs|seem"
    r"|seems|look|looks|know|knows|think|thinks|"
    r"feel|feels|say|says|tell|tells|use|uses|work|works|live|lives|show|shows|sit|sits|stand"
    r"|stands|lie|lies|hold|holds)\b",
    re.IGNORECASE,
)
_V2_STOP = frozenset(
    "nicht jetzt erst sonst selbst meist bereits heute oft gerade leicht echt schlecht gut mit seit fast "
    "nachts morgens abends etwa bisschen recht weit insgesamt zuletzt most least first last best next just "
    "must often seven ten then when even been seen given taken written open between kitchen children "
    "women men garden eaten list text left right what that great short smart different important urgent "
    "it at but not out about without".split()
)
_V2_NOT_BEFORE = frozenset(
    "at in the a an our my this that it we i you for to on as no not only all each every last next "
    "and or but if so im am an auf aus bei mit nach von vom zum zur der die das den dem des ein eine "
    "einen einem einer eines unser unsere mein meine f\u00fcr fuer \u00fcber unter vor bitte".split()
)


def v2_finite(text: str) -> bool:
    """German verb-second: a lower-case word in -t/-en/-te after a noun near the start
    ('Eine Bewohnerin verweigert …')."""
    tokens = text.split()[:7]
    for i in range(1, len(tokens)):
        word = tokens[i].strip(",;:")
        prev = tokens[i - 1].strip(",;:")
        if (
            word.isalpha()
            and word.islower()
            and word not in _V2_STOP
            and prev[:1].isupper()
            and i + 1 < len(tokens)
            and prev.lower() not in _V2_NOT_BEFORE
            and not tokens[i - 1].endswith((",", ";", ":", ")"))
            and not tokens[i].endswith((",", ".", ";", ":"))
            and word.endswith(("t", "en", "te", "ten", "st"))
        ):
            return True
    return False


_ANY_LABEL = re.compile(r"^(?:[-*\u2022#]\s*)?[^\W\d_][\w /&-]{0,30}:(?!//)")
_CLAUSE = re.compile(r"[,;:\u2013]\s*|\s+-\s+|\b(?:und|and|dann|then)\s+(?=\w)")
_PLEASE = re.compile(r"\b(?:bitte|please|pls|plz)\b", re.IGNORECASE)
_REQUEST = re.compile(
    r"\b(?:ich|wir)\s+(?:brauche|brauchen|ben"
    + OE
    + r"tige|ben"
    + OE
    + r"tigen|m"
    + OE
    + r"chte|m"
    + OE
    + r"chten|h"
    + AE
    + r"tte|h"
    + AE
    + r"tten|w"
    + UE
    + r"rde|w"
    + UE
    + r"rden|w"
    + UE
    + r"nsche|suche|will|wollen)\b"
    r"|\b(?:i|we)\s+(?:need|want|would\s+like|'d\s+like|require|am\s+looking\s+for"
    r"|don't\s+want|do\s+not\s+want|don't\s+need)\b",
    re.IGNORECASE,
)
_ADDRESS = re.compile(
    r"^\s*(?:(?:from\s+now\s+on|ab\s+sofort|ab\s+jetzt|jetzt|now|heute|today)\s*,?\s+)?(?:du\b"
    r"|you\b|ihr\b|sie\s+sind\b|seien\s+sie\b|"
    r"imagine\b|pretend\b|stell\s+dir\s+vor\b|versetz|as\s+an?\b|als\s+(?:ein\w*\s+)?\w+(?:in|er|ent|eur)\b)",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def imperative() -> re.Pattern[str]:
    """A clause that opens with a request verb (German stems of the task cues, English base forms)."""
    from course.grading import taskcues

    english = (
        r"write|create|draft|summari[sz]e|translate|explain|analy[sz]e|review|check|correct|list|give|generate|rewrite|"
        r"improve|compose|prepare|suggest|propose|outline|make|produce|formulate|answer|reply|respond|help|compare|"
        r"evaluate|rate|calculate|sort|extract|find|identify|turn|convert|shorten|edit|proofread"
        r"|structure|design|build|"
        r"plan|describe|tell|show|fix|provide|put|craft|come\s+up|draw|condense|sum\s+up|go|read|note|highlight|"
        r"recommend|pick|choose|name|tweak|polish|adapt|adjust|update|pull|get|take|gather|collect|group|organi[sz]e|"
        r"prioriti[sz]e|rank|classify|simplify|clarify|rephrase|reword|expand|brainstorm|send|fill|complete|finish|"
        r"continue|use|decline|thank|remind|walk|guide|mirror|match|follow|copy|keep|avoid|add"
        r"|include|mention|let|think|"
        r"start|begin|focus|do|don't|never|mark|flag|ask|be|act|imagine|pretend|stay|stick|leave"
        r"|omit|skip|limit|end|close|"
        r"assess|decide|reconcile|calculate|work|justify|categori[sz]e|"
        r"open|address|speak|talk|say|treat|assume|check|bundle|cluster|label|tag|split|merge|cut|trim"
    )
    return re.compile(
        r"^\s*(?:[-*\u2022]\s*|\d{1,2}[.)]\s*)?(?:(?:bitte|please|und|and|dann|then|jetzt|now|also"
        r"|auch|just|nur|only|zuerst|first|danach|anschlie"
        + SS
        + r"end|zum\s+schluss|finally|abschlie"
        + SS
        + r"end)\s+)*(?:"
        + taskcues.TASK_DE
        + r"|verwende\w*|nutze|benutze|vermeide|verzichte|achte|bleib\w*|sprich|denk\w*|geh\w*|nimm|lass|setz\w*|"
        r"orientier\w*|richte|sei|seid|f"
        + UE
        + r"hr\w*|befolg\w*|ignorier\w*|schick\w*|stell\w*|begr"
        + UE
        + r"nde\w*|analysier\w*|beurteil\w*|entscheide\w*|frag\w*|ruf\w*|melde\w*|markier\w*|kennzeichne\w*|bündle|b"
        + UE
        + r"ndle|liste|zieh\w*|bring\w*|teil\w*|pack\w*|"
        + english
        + r")\b",
        re.IGNORECASE,
    )


def blank(view: str, spans: tuple[Span, ...] | list[Span]) -> str:
    """`view` with `spans` replaced by spaces (line breaks kept), same length."""
    if not spans:
        return view
    chars = list(view)
    for start, end in spans:
        for i in range(max(0, start), min(len(chars), end)):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def inside(spans: tuple[Span, ...], start: int, end: int) -> bool:
    """True when [start, end) lies within one of `spans`."""
    return any(a <= start and end <= b for a, b in spans)
