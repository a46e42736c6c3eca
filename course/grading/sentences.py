"""A shallow reading of a prompt: its sentences, their mood, labels, prohibitions and gaming, by closed word classes."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from course.grading.cues import AE, OE, SS, UE

Span = tuple[int, int]

_ABBREV = re.compile(
    r"(?:\b(?:z|b|d|h|u|a|v|o|s|e|g|i|bzw|ca|max|min|mind|nr|vgl|ggf|evtl|inkl|exkl|usw|etc|dr|fr|hr|st|abs|str|tel|"
    r"mr|mrs|ms|vs|approx|incl|no|bspw|bsp|sog|zzgl|allg)|\d{1,4})\.$",
    re.IGNORECASE,
)
_BOUNDARY = re.compile(r"(?<=[.!?])[\"')\]]?[ \t]+|\n+")

# closed classes the reading rests on (German and English)
_FUNCTION = frozenset(
    "der die das den dem des ein eine einen einem einer eines und oder aber für fuer mit in im an am zu zum zur von vom "
    "auf aus bei nach über ueber unter vor ist sind war hat haben wird werden soll sollen kann können muss wir ich du sie "
    "es er uns mir dir dich mich unser unsere mein meine dein deine ihr ihre nicht kein keine als wie dass ob wenn "
    "the a an and or but for with in on at to of from by is are was were be been has have had will would should can "
    "could must we i you they he she it our my your their this that these those not no as if".split()
)
BLOCK_WORDS = frozenset(
    "rolle role persona aufgabe auftrag task kontext context hintergrund background situation zielgruppe audience "
    "leser leserschaft readers reader empfänger empfaenger format ausgabeformat output form länge laenge length "
    "einschränkungen einschraenkungen einschränkung vorgaben vorgabe constraints constraint regeln rules grenzen limits "
    "beispiel beispiele example examples muster sample ton tonfall tone stil style schritte schritt steps step "
    "trennzeichen delimiters delimiter platzhalter placeholders placeholder ausweg out way-out fallback "
    "ziel goal zweck purpose anweisung instruction instructions".split()
)
_NAMED_BLOCKS = frozenset("rolle role kontext context zielgruppe audience format formate formats ton tone tonalität tonalitaet "
                          "beispiel beispiele example examples schritte steps einschränkungen constraints platzhalter placeholders "
                          "trennzeichen delimiters ausweg".split())
_STUFF_EXTRA = frozenset(
    "tabelle table liste list stichpunkte bullets bullet json markdown csv e-mail email mail freundlich friendly "
    "sachlich formal formell locker casual professionell professional kurz short knapp brief präzise praezise precise "
    "klar clear einfach simple detailliert detailed strukturiert structured höflich hoeflich polite "
    "schritt-für-schritt step-by-step zusammenfassung summary expert experte expertin kunde kunden customer customers "
    "team vorstand management board".split()
)
_LABEL = re.compile(
    r"(?:^|(?<=[.!?;])[ \t]+|(?<=\n))[ \t]*(?:[-*\u2022]\s*|\d{1,2}[.)]\s*|#+\s*)?"
    r"(?P<label>(?:[A-Za-z\u00c4\u00d6\u00dc\u00e4\u00f6\u00fc\u00df-]{2,24})(?:[ \t/&]+[A-Za-z\u00c4\u00d6\u00dc\u00e4\u00f6\u00fc\u00df-]{2,24}){0,2})"
    r"[ \t]*:(?!//)",
    re.MULTILINE,
)
_WORDS = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*", re.UNICODE)

_PROHIBIT = re.compile(
    r"\b(?:vermeide\w*|verzichte\w*|unterlass\w*|nicht|nichts|nie|niemals|kein\w*|ohne|weder|keinesfalls|"
    r"verbot\w*|tabu|don't|dont|do\s+not|does\s+not|never|avoid\w*|without|no|not|none|nothing|neither|"
    r"refrain\s+from|steer\s+clear\s+of|leave\s+out|omit\w*|exclud\w*|weglass\w*|lass\w*\s+(?:\w+\s+){0,3}?weg)\b",
    re.IGNORECASE,
)
_SUBCLAUSE = re.compile(r"^\s*(?:und\s+|and\s+)?(?:warum|weshalb|wieso|dass|ob|wie|weil|why|how|that|whether|because)\b", re.IGNORECASE)
_BOUND_WORDS = re.compile(r"(?:no|not|nicht)\s+(?:more|longer|mehr|l" + AE + r"nger)\s+(?:than|als)\b", re.IGNORECASE)
_NOUN_NEGATOR = re.compile(r"(?i)(?:kein\w*|ohne|no|without|weder|neither|none)$")
_CONTRAST = re.compile(r"\b(?:sondern|stattdessen|statt\s+dessen|aber|jedoch|but|instead|rather|dafür|dafuer)\b", re.IGNORECASE)
_CONDITION = re.compile(r"^\s*(?:und\s+|and\s+)?(?:wenn|falls|sofern|ob|if|when|whether|unless|where|wo)\b", re.IGNORECASE)
_STATEMENT_SUBJECT = re.compile(
    r"\b(?:wir|ich|er|es|man|we|i|they|he|she|(?-i:[Ii]t)|there|unser\w*|our|my|mein\w*)\b(?!\s+(?:soll|sollst|sollen|darf|darfst|d"
    + UE + r"rfen|must|should|may))", re.IGNORECASE)
_RULE_MODAL = re.compile(r"\b(?:soll\w*|darf\w*|d" + UE + r"rf\w*|must\w*|should\w*|may|can't|cannot|muss\w*|woll\w*|will|want\w*|m" + OE + r"chte\w*)\b", re.IGNORECASE)

_FINITE = re.compile(
    r"\b(?:ist|sind|war|waren|hat|haben|hatte|hatten|wird|werden|wurde|wurden|kann|k" + OE + r"nnen|muss|m" + UE + r"ssen|"
    r"soll|sollen|will|wollen|darf|d" + UE + r"rfen|m" + OE + r"chte|m" + OE + r"chten|gibt|geht|kommt|kommen|steht|stehen|"
    r"l" + AE + r"uft|laufen|liegt|liegen|fehlt|fehlen|bleibt|bleiben|braucht|brauchen|brauche|zeigt|zeigen|lesen|liest|"
    r"entscheidet|entscheiden|arbeite|arbeiten|arbeitet|suchen|sucht|planen|plant|bekommen|bekommt|gab|kam|kamen|ging|gingen|"
    r"is|are|was|were|has|have|had|will|would|can|could|must|should|shall|may|might|does|did|do|needs|need|wants|want|"
    r"gets|got|goes|went|comes|came|keeps|kept|reads|read|decide|decides|decided|runs|ran|works|worked|uses|used|"
    r"starts|started|opens|opened|closes|closed|moves|moved|plans|planned|asks|asked|complains|complained|'s|'re|'ve|'ll)\b|"
    r"(?<=\w\s)\b[a-z]{3,}ed\b(?!\s+(?:list|table|points?|steps?|items?|lines?|version|copy|form|text|summary|overview))", re.IGNORECASE)
_DELIVERABLE_SUBJECT = re.compile(
    r"^\s*(?:(?:der|die|das|dein|deine|ihre|the|your|its|this|dieser|diese|dieses)\s+)?(?:[\w-]+\s+)?"
    r"(?:text|mail|e-mail|email|antwort|answer|ergebnis|result|output|ausgabe|zusammenfassung|summary|liste|list|tabelle|"
    r"table|ton|tone|stil|style|format|sprache|language|l" + AE + r"nge|length|beitrag|post|anzeige|ad|brief|letter|"
    r"nachricht|message|protokoll|minutes|pr" + AE + r"sentation|presentation|rede|speech|bericht|report|newsletter|einladung|invitation|entwurf|draft|folie\w*|slides?|vorlage|template|stichpunkte|bullets?|punkte|points)\b|"
    r"^\s*(?:es|it|that|das|this|sie)\s+(?:\w+\s+)?(?:soll|sollen|sollte|muss|m" + UE + r"ssen|darf|should|must|needs?\s+to|has\s+to|will\s+be|wird|kann|may|can)\b", re.IGNORECASE)
_SIE_IMPERATIVE = re.compile(r"^\s*(?:bitte\s+)?\w+en\s+sie\b", re.IGNORECASE)


@dataclass(frozen=True)
class Sentence:
    """One sentence of the prompt: where it is and how it reads."""

    start: int
    end: int
    mood: str
    """'imperative', 'question', 'statement', 'label' (a label with its content) or 'fragment'."""


@dataclass(frozen=True)
class Reading:
    """What the shallow reading found in a (masked) view; every span is in view offsets."""

    sentences: tuple[Span, ...]
    empty_labels: tuple[Span, ...]
    stuffed: tuple[Span, ...]
    prohibitions: tuple[Span, ...]
    forbidden: tuple[Span, ...] = ()
    """The items a prohibition lists ('Floskeln wie „…“', 'clichés like young'): quoted or after wie/like/such as."""


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
    spans = _split_cached(base)
    k = bisect_right(_starts_cached(base), pos) - 1
    if k >= 0 and pos < spans[k][1]:
        return view[spans[k][0]:spans[k][1]]
    a = max(view.rfind(c, 0, pos) for c in ".!?\n") + 1
    ends = [i for i in (view.find(c, pos) for c in ".!?\n") if i >= 0]
    return view[a:(min(ends) + 1 if ends else len(view))]


@lru_cache(maxsize=32)
def _starts_cached(view: str) -> tuple[int, ...]:
    return tuple(a for a, _ in _split_cached(view))


@lru_cache(maxsize=32)
def _split_cached(view: str) -> tuple[Span, ...]:
    return tuple(split(view)[:400])


def split(view: str) -> list[Span]:
    """Sentence spans: ends at . ! ? and line breaks, not after abbreviations, ordinals or dates."""
    spans: list[Span] = []
    start = 0
    for m in _BOUNDARY.finditer(view):
        if m.group(0)[0] != "\n" and _ABBREV.search(view[max(start, m.start() - 8): m.start()]) and not (
                view[m.start() - 2: m.start()].strip(".").isdigit() and _OPENER.match(view, m.end())):
            continue
        if m.group(0) == "\n" and _WRAPPED.match(view, m.end()) and _soft_wrap(view, start, m.start()):
            continue  # a hard-wrapped line: the sentence goes on
        if view[start:m.start()].strip():
            spans.append(_strip(view, start, m.start()))
        start = m.end()
    if view[start:].strip():
        spans.append(_strip(view, start, len(view)))
    return spans


_OPENER = re.compile(r"(?:How|What|Why|When|Where|Who|Which|Can|Could|Please|I|We|Wie|Was|Warum|Wann|Wo|Wer|Welche\w*|Kannst|K" + OE
                     + r"nnen|Bitte|Ich|Wir|Schreib\w*|Write|Make|Erstell\w*|Mach\w*|Fass\w*)\b")
_WRAPPED = re.compile(r"[ \t]*(?![-*\u2022#>\d\[{<]|[^\W\d_][\w /&-]{0,30}:)[^\W\d_\"'(]")


def _soft_wrap(view: str, start: int, end: int) -> bool:
    """True when the line before a single line break goes on in the next line: long, and not ended by punctuation."""
    line_start = view.rfind("\n", 0, end) + 1
    line = view[max(start, line_start):end].rstrip()
    if not line or line[-1:] in ".!?:;,\"'“”)" or line.lstrip().startswith(("-", "*", "\u2022", "#")):
        return False
    following = view[end + 1: end + 2]
    return len(line) >= 25 or following.islower()


def _strip(view: str, start: int, end: int) -> Span:
    while start < end and view[start].isspace():
        start += 1
    while end > start and view[end - 1].isspace():
        end -= 1
    return start, end


def words(text: str) -> list[str]:
    """The lower-cased words of `text`."""
    return [w.lower() for w in _WORDS.findall(text)]


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
    if any(_imperative().match(c) and (i == 0 or not _V2_AFTER_CLAUSE.match(c)) or _SIE_IMPERATIVE.match(c)
           for i, c in enumerate(clauses)) or _PLEASE.search(stripped):
        return "imperative"
    if _REQUEST.search(stripped):
        return "request"
    if _ADDRESS.match(stripped):
        return "address"
    if _CONDITION.match(stripped):
        return "condition"
    if len(words(stripped)) >= 3 and (_FINITE.search(stripped) or _SUBJECT_VERB.search(stripped) or _v2_finite(stripped)):
        return "statement"
    return "fragment"


_V2_AFTER_CLAUSE = re.compile(r"^\s*\w+en\s+(?!sie\b)", re.IGNORECASE)
"""'…, rufen täglich 30 Patienten an': a verb in -en after a clause is the finite verb of a statement, not a request."""
_SUBJECT_VERB = re.compile(
    r"\b(?:wir|ich|er|es|man|we|i|they|he|she|it)\s+(?:(?:auch|schon|noch|nur|jetzt|immer|oft|gerade|also|just|still|always|often|never|"
    r"already|mainly|mostly|usually|really)\s+)?(?-i:[a-z\u00e4\u00f6\u00fc\u00df]{2,})|\b\w+n't\b|\b(?:come|comes|go|goes|get|gets|take|takes|make|makes|"
    r"need|needs|keep|keeps|run|runs|pay|pays|send|sends|call|calls|ring|rings|arrive|arrives|leave|leaves|wait|waits|stay|stays|"
    r"happen|happens|rent|rents|sell|sells|buy|buys|own|owns|employ|employs|serve|serves|deliver|delivers|open|opens|close|closes|"
    r"start|starts|stop|stops|miss|misses|lose|loses|fail|fails|break|breaks|complain|complains|refuse|refuses|change|changes|"
    r"grow|grows|fall|falls|rise|rises|drop|drops|cost|costs|land|lands|belong|belongs|seem|seems|look|looks|know|knows|think|thinks|"
    r"feel|feels|say|says|tell|tells|use|uses|work|works|live|lives|show|shows|sit|sits|stand|stands|lie|lies|hold|holds)\b",
    re.IGNORECASE)
_V2_STOP = frozenset("nicht jetzt erst sonst selbst meist bereits heute oft gerade leicht echt schlecht gut mit seit fast "
                     "nachts morgens abends etwa bisschen recht weit insgesamt zuletzt most least first last best next just "
                     "must often seven ten then when even been seen given taken written open between kitchen children "
                     "women men garden eaten list text left right what that great short smart different important urgent "
                     "it at but not out about without".split())
_V2_NOT_BEFORE = frozenset("at in the a an our my this that it we i you for to on as no not only all each every last next "
                           "and or but if so im am an auf aus bei mit nach von vom zum zur der die das den dem des ein eine "
                           "einen einem einer eines unser unsere mein meine f\u00fcr fuer \u00fcber unter vor bitte".split())


def _v2_finite(text: str) -> bool:
    """German verb-second: a lower-case word in -t/-en/-te after a noun near the start ('Eine Bewohnerin verweigert …')."""
    tokens = text.split()[:7]
    for i in range(1, len(tokens)):
        word = tokens[i].strip(",;:")
        prev = tokens[i - 1].strip(",;:")
        if (word.isalpha() and word.islower() and word not in _V2_STOP and prev[:1].isupper() and i + 1 < len(tokens)
                and prev.lower() not in _V2_NOT_BEFORE and not tokens[i - 1].endswith((",", ";", ":", ")"))
                and not tokens[i].endswith((",", ".", ";", ":")) and word.endswith(("t", "en", "te", "ten", "st"))):
            return True
    return False


_ANY_LABEL = re.compile(r"^(?:[-*\u2022#]\s*)?[^\W\d_][\w /&-]{0,30}:(?!//)")
_CLAUSE = re.compile(r"[,;:\u2013]\s*|\s+-\s+|\b(?:und|and|dann|then)\s+(?=\w)")
_PLEASE = re.compile(r"\b(?:bitte|please|pls|plz)\b", re.IGNORECASE)
_REQUEST = re.compile(
    r"\b(?:ich|wir)\s+(?:brauche|brauchen|ben" + OE + r"tige|ben" + OE + r"tigen|m" + OE + r"chte|m" + OE + r"chten|h" + AE
    + r"tte|h" + AE + r"tten|w" + UE + r"rde|w" + UE + r"rden|w" + UE + r"nsche|suche|will|wollen)\b|\b(?:i|we)\s+(?:need|want|would\s+like|'d\s+like|require|am\s+looking\s+for|don't\s+want|do\s+not\s+want|don't\s+need)\b",
    re.IGNORECASE)
_ADDRESS = re.compile(
    r"^\s*(?:(?:from\s+now\s+on|ab\s+sofort|ab\s+jetzt|jetzt|now|heute|today)\s*,?\s+)?(?:du\b|you\b|ihr\b|sie\s+sind\b|seien\s+sie\b|"
    r"imagine\b|pretend\b|stell\s+dir\s+vor\b|versetz|as\s+an?\b|als\s+(?:ein\w*\s+)?\w+(?:in|er|ent|eur)\b)",
    re.IGNORECASE)


@lru_cache(maxsize=1)
def _imperative() -> re.Pattern[str]:
    """A clause that opens with a request verb (German stems of the task cues, English base forms)."""
    from course.grading import cues
    english = (
        r"write|create|draft|summari[sz]e|translate|explain|analy[sz]e|review|check|correct|list|give|generate|rewrite|"
        r"improve|compose|prepare|suggest|propose|outline|make|produce|formulate|answer|reply|respond|help|compare|"
        r"evaluate|rate|calculate|sort|extract|find|identify|turn|convert|shorten|edit|proofread|structure|design|build|"
        r"plan|describe|tell|show|fix|provide|put|craft|come\s+up|draw|condense|sum\s+up|go|read|note|highlight|"
        r"recommend|pick|choose|name|tweak|polish|adapt|adjust|update|pull|get|take|gather|collect|group|organi[sz]e|"
        r"prioriti[sz]e|rank|classify|simplify|clarify|rephrase|reword|expand|brainstorm|send|fill|complete|finish|"
        r"continue|use|decline|thank|remind|walk|guide|mirror|match|follow|copy|keep|avoid|add|include|mention|let|think|"
        r"start|begin|focus|do|don't|never|mark|flag|ask|be|act|imagine|pretend|stay|stick|leave|omit|skip|limit|end|close|"
        r"assess|decide|reconcile|calculate|work|justify|categori[sz]e|"
        r"open|address|speak|talk|say|treat|assume|check|bundle|cluster|label|tag|split|merge|cut|trim"
    )
    return re.compile(
        r"^\s*(?:[-*\u2022]\s*|\d{1,2}[.)]\s*)?(?:(?:bitte|please|und|and|dann|then|jetzt|now|also|auch|just|nur|only|zuerst|first|danach|anschlie" + SS
        + r"end|zum\s+schluss|finally|abschlie" + SS + r"end)\s+)*(?:"
        + cues.TASK_DE + r"|verwende\w*|nutze|benutze|vermeide|verzichte|achte|bleib\w*|sprich|denk\w*|geh\w*|nimm|lass|setz\w*|"
        r"orientier\w*|richte|sei|seid|f" + UE + r"hr\w*|befolg\w*|ignorier\w*|schick\w*|stell\w*|begr" + UE + r"nde\w*|analysier\w*|beurteil\w*|entscheide\w*|frag\w*|ruf\w*|melde\w*|markier\w*|kennzeichne\w*|bündle|b" + UE + r"ndle|liste|zieh\w*|bring\w*|teil\w*|pack\w*|" + english + r")\b",
        re.IGNORECASE)


_LABEL_EXTRA = frozenset("ausgangslage anlass sachverhalt thema topic ton tonalität tonalitaet zielgruppen adressat adressaten "
                         "ausgabe umfang wichtig hinweis hinweise note notes regel".split())


_LABEL_HEAD = re.compile(
    r"(?:^|[.!?;\n])[ \t]*(?:[-*\u2022][ \t]*|\d{1,2}[.)][ \t]*|#+[ \t]*)?"
    r"(?P<label>[A-Za-z\u00c4\u00d6\u00dc\u00e4\u00f6\u00fc\u00df-]{2,24}(?:[ \t/&]+[A-Za-z\u00c4\u00d6\u00dc\u00e4\u00f6\u00fc\u00df-]{2,24}){0,2})[ \t]*:$")


def _labels(view: str) -> list[re.Match[str]]:
    """'Label:' heads at the start of a line or sentence, found from their colons (cheap: few colons per prompt)."""
    found: list[re.Match[str]] = []
    for count, colon in enumerate(re.finditer(r":(?!//)", view)):
        if count >= 60:
            break
        start = max(0, colon.start() - 80)
        m = _LABEL_HEAD.search(view[start:colon.end()])
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
        content = view[m.end():stop]
        content_words = words(content)
        head = content.lstrip(" \t\u2014\u2013-_*")
        fenced = any(c in content[:80] for c in '"\'\u201c\u201e\u00ab<[{#`')  # a quotation or material follows (masked to blanks)
        if (not content_words and not fenced) or head[:1] in (".", ";", "!", "?") or (content_words and all(w in BLOCK_WORDS for w in content_words)):
            ends = re.search(r"[.;!?]", head)
            found.append((m.start("label"), m.end() + (len(content) - len(head)) + (ends.end() if ends else len(head.rstrip()))))
    return found


def _stuffed(view: str, sentences: list[Span]) -> list[Span]:
    """Clauses that only list building-block names or stuff cue words, with no grammar around them."""
    found: list[Span] = []
    for start, end in sentences:
        text = view[start:end]
        label = _LABEL.match(text)
        body = text[label.end():] if label else text
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
        function = sum(w in _FUNCTION for w in ws)
        repeated = len(ws) >= 4 and len(set(ws)) <= len(ws) // 2
        if (blocks >= 3 and blocks * 2 >= len(ws)) or (cues >= 4 and cues * 3 >= len(ws) * 2 and function <= 1) or (repeated and function == 0):
            found.append(_run(view, start, end, ws))
    return found


def _run(view: str, start: int, end: int, ws: list[str]) -> Span:
    """The stretch of a stuffed sentence from its first to its last keyword or repeated word ('Tabelle Tabelle … Erstelle sie' keeps the request)."""
    counts: dict[str, int] = {}
    for w in ws:
        counts[w] = counts.get(w, 0) + 1
    stuff = [m for m in _WORDS.finditer(view, start, end)
             if (w := m.group(0).lower()) in BLOCK_WORDS or w in _STUFF_EXTRA or counts.get(w, 0) >= 3]
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
            before = text[clause_start + 1: m.start()]
            if _CONDITION.match(before) or _SUBCLAUSE.match(before) or _BOUND_WORDS.match(text, m.start()):
                continue  # 'warum man sich nicht fürchten muss' is content, 'no more than three sentences' a bound
            if _STATEMENT_SUBJECT.search(text[:m.start()]) and not _RULE_MODAL.search(text[:m.start()] + text[m.end(): m.end() + 30]) \
                    and not _imperative().match(before):
                continue
            stop = len(text)
            contrast = _CONTRAST.search(text, m.end())
            if contrast:
                stop = contrast.start()
            if _NOUN_NEGATOR.match(m.group(0)):
                comma = re.search(r"[,;:](?!\s*(?:wie|like|such\s+as|z\.\s?b\.|e\.\s?g\.|etwa)\b)", text[m.end():stop])
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
    spans = list(_split_cached(view))
    negating, stuffing = _candidates(view, spans)
    scopes = tuple(_prohibitions(view, negating))
    stuffed = tuple(_stuffed(view, stuffing))
    labels = tuple(_empty_labels(view)) if ":" in view else ()
    return Reading(tuple(spans), labels, stuffed, scopes, tuple(_forbidden(view, scopes)))


@lru_cache(maxsize=16)
def sentences_of(view: str) -> tuple[Sentence, ...]:
    """Every sentence with its mood (for the anatomy view; the checks need only some moods)."""
    return tuple(Sentence(a, b, mood(view[a:b])) for a, b in read(view).sentences)


_NEG_WORDS = frozenset("nicht nichts nie niemals ohne weder keinesfalls tabu never without no not none nothing neither "
                       "don't dont refrain steer leave lass lasse weg".split())
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
    stuffing = [spans[k] for k in sorted(stuff) if stuff[k] >= 3 or len(view[spans[k][0]:spans[k][1]].split()) <= 3]
    return [spans[k] for k in sorted(negating)], stuffing


_LISTED = re.compile(r"\b(?:wie|like|such\s+as|etwa|z\.\s?b\.|e\.\s?g\.|namely|n" + AE + r"mlich|also)\b|[:\"\u201e\u201c]", re.IGNORECASE)


def _forbidden(view: str, scopes: tuple[Span, ...]) -> list[Span]:
    """Inside each prohibition, the listed or quoted items it forbids."""
    found: list[Span] = []
    for start, end in scopes:
        m = _LISTED.search(view, start, end)
        if m:
            found.append((m.start(), end))
    return found


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


_SITUATION = re.compile(
    r"\b(?:wir|unser\w*|ich|mein\w*|we|our|us|i|my|me|they|sie|die|der|das|the|ein\w*|an?|seit|since|morgen|heute|gestern|"
    r"tomorrow|today|yesterday|monday|montag|woche|week|meeting|sitzung|besprechung|kunde\w*|customer\w*|team|firma|company|"
    r"abteilung|department|projekt|project|chef\w*|boss|vorstand|board|gesch" + AE + r"ftsf" + UE + r"h\w*|directors?|managers?)\b",
    re.IGNORECASE)


_NOT_SITUATION = re.compile(
    r"^[\s*\u2022-]*(?:was|wie|welche\w*|wo|wann|warum|wieso|weshalb|wer|ist|sind|gibt|kann|darf|muss|what|whats|what's|how|which|"
    r"why|where|when|who|is|are|do|does|can|should|only|nur|kein\w*|no|never|nie|ohne|without|bitte|please|(?-i:Sie)\s(?!(?:ist|hat|war|will|wird|kann|muss|soll|\w+t)\b)|"
    r"du|dein\w*|dir|dich|you|your)\b|.*\b(?:you|du|dich|dir|(?-i:Sie)(?!\s+(?:ist|hat|war|will|wird|kann|muss|soll|\w+t)\b))\b",
    re.IGNORECASE)
"""Sentences that are questions without '?', rules, or speak to the model: no situation."""
_STATE = re.compile(
    r"\b(?:krank|defekt|kaputt|ausgefallen|f" + AE + r"llt\s+aus|dauerbelegt|gesperrt|" + UE + r"berlastet|versp" + AE + r"tet|geschlossen|insolvent|"
    r"out\s+again|broken(?:\s+down)?|off\s+sick|down\s+again|closed|late\s+again|flooded|overbooked|fully\s+booked|out\s+of\s+order)\b",
    re.IGNORECASE)
_META = frozenset("prompt prompts rolle role kontext context zielgruppe audience constraints einschränkungen "
                  "delimiters platzhalter placeholders baustein bausteine".split())
_PROHIBIT_START = re.compile(r"^[\s*\u2022-]*(?:\w+\s+)?(?:nichts|nothing|keine?n?|no|nie|never|don't|dont|do\s+not)\b", re.IGNORECASE)
_FOR_READER = re.compile(r"\b(?:f" + UE + r"r|for|an|to)\s+(?:die|den|das|dem|der|unsere\w*|the|our|my|all)\s+\w+", re.IGNORECASE)


def situation(view: str, reading: Reading, copied: tuple[Span, ...] = ()) -> Span | None:
    """The first plain statement about the situation: a declarative sentence of 6+ words with a finite verb.

    Not a sentence about the deliverable ('Die Mail soll ...'), not a label, not a
    request, not a copied sentence of the task text, not a stuffed list.
    """
    for start, end in reading.sentences:
        text = view[start:end]
        if len(text) < 12 or '"' in text or _DELIVERABLE_SUBJECT.match(text):
            continue
        ws = words(text)
        if len(ws) < 3 or (len(ws) < 4 and not _SUBJECT_VERB.search(text) and not _v2_finite(text)):
            continue
        if mood(text) == "fragment" and _STATE.search(text) and not _NOT_SITUATION.match(text):
            return start, end  # 'Telefon seit 8 Uhr dauerbelegt, zwei MFA krank.': a terse note of the situation
        if sum(w in _FUNCTION for w in ws) < 1 and not _v2_finite(text):
            continue
        if inside(reading.stuffed, start, end) or inside(copied, start, end) or _NOT_SITUATION.match(text):
            continue
        if any(w in _META for w in ws) or _PROHIBIT_START.match(text):
            continue  # 'Mein Prompt hat Rolle, Kontext …', 'Kontext ist wichtig.', 'Führe nichts aus …': about the prompt or a rule
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


NUMBER_WORDS = {
    "eins": 1, "ein": 1, "eine": 1, "einen": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "fuenf": 5, "funf": 5, "sechs": 6,
    "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "zwoelf": 12, "zwolf": 12, "dreizehn": 13,
    "vierzehn": 14, "fünfzehn": 15, "fuenfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
    "zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50, "fuenfzig": 50, "hundert": 100,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
}
_NUMBER = re.compile(r"(?<![\w-])(?:" + "|".join(sorted((re.escape(w) for w in NUMBER_WORDS if w not in ("ein", "eine", "einen", "one")), key=len, reverse=True)) + r")(?![\w-])", re.IGNORECASE)
_ = SS


def with_digits(text: str) -> str:
    """`text` with number words two to hundred as right-aligned digits, same length ('sieben' -> '     7')."""
    def digits(m: re.Match[str]) -> str:
        value = str(NUMBER_WORDS[m.group(0).lower()])
        return value.rjust(len(m.group(0))) if len(value) <= len(m.group(0)) else m.group(0)
    return _NUMBER.sub(digits, text)
