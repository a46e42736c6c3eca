"""A name no list needs to know, by the words around it: a self-introduction, a wish, a home, a chat's speaker."""

from __future__ import annotations

import re
from collections.abc import Iterator

from course.scanner.context import Doc, finding, positions, starting
from course.scanner.firstnames import STOP_WORDS, WORD_NAMES, common_first_name, everyday_first_name, is_first_name
from course.scanner.namecues import NOT_GIVEN, NOT_SURNAMES, given_like, surname_like
from course.scanner.nameforms import NOT_A_SURNAME, person_at
from course.scanner.namelexicon import known_word
from course.scanner.result import Finding

_CAP = r"[A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]*(?:['’-][^\W\d_]+)*"
_LOW_TOKEN = r"[^\W\d_]+(?:-[^\W\d_]+)?"
# Who speaks, introduced by themselves: "ich bin adem jovanović", "hier ist andrea fichtinger", "Hiya, it's Isabella
# - my landline's down", "hi michael it's kasun running late". In any case: dictated text has no capitals.
_INTRO = re.compile(
    r"(?<![\w])(?i:ich bin|hier ist|hier spricht|mein name ist|my name is|it's|it’s|this is|i'm|i’m)[ \t]+"
    rf"(?P<n>{_LOW_TOKEN})(?:[ \t]+(?P<s>{_LOW_TOKEN}))?"
)
_INTRO_STARTS = ("ich bin", "hier ist", "hier spricht", "mein name", "my name", "it's", "it’s", "this is", "i'm", "i’m")
# A greeting before it, maybe with the name of whom it greets: "Hallo, hier ist ...", "hi michael it's ...".
_HELLO_BEFORE = re.compile(
    r"(?<![\w])(?i:hi|hiya|hey|hello|hallo|servus|moin|grüezi|hoi)(?:[ \t,!.]+[^\W\d_]+)?[ \t]*[,!.]?[ \t]*$"
)
# After a capitalised name that introduces its writer: punctuation, or "here", "from", "again".
_INTRODUCED_END = re.compile(r"[ \t]*(?:[-–—,.!:;]|$)|[ \t]+(?:here|from|von|aus|again|nochmal)(?![\w])", re.M)
_BORN_AFTER = re.compile(r"[ \t,]+(?i:geboren|geb\.|born|date of birth|dob)(?![\w])")
# Words after "it's", "this is" that say how or when, not who: "hi, it's late", "hey it's me".
_NOT_INTRODUCED = frozenset("me us late early done fine ok okay urgent time over raining cold hot true".split())


def _introduced(text: str, m: re.Match[str]) -> Finding | None:
    """The name of one who introduces themselves: a known first name in any case (a rare one written small only
    after a greeting); after a greeting also a capitalised given name before punctuation, or (not after "ich bin",
    "i'm") any word of a given name's shape written small ("hallo hier ist dmitri lang ...")."""
    greeted = _HELLO_BEFORE.search(text, max(0, m.start() - 24), m.start()) is not None
    got = person_at(text, m, "n", "s", greeted)
    born = _BORN_AFTER.match(text, m.end()) is not None  # "ich bin sladjana baur geboren 8. mai 1984"
    if got or not (greeted or born):
        return got
    word = m.group("n")
    if word[0].isupper():
        if _INTRODUCED_END.match(text, m.end("n")) and (is_first_name(word) or given_like(word)):
            return finding("name", text, m.start("n"), m.end("n"), False)
        return None
    phrase = text[m.start() : m.start("n")].lower().split()[0]
    if phrase in ("ich", "i'm", "i’m") and not born or word in NOT_A_SURNAME or word in _NOT_INTRODUCED:
        return None
    name = "-".join(p[:1].upper() + p[1:] for p in word.split("-"))
    if not given_like(name):
        return None
    surname = m.group("s")
    end = m.end("n")
    if surname and surname.lower() not in NOT_A_SURNAME and surname_like(surname[:1].upper() + surname[1:]):
        end = m.end("s")
    return finding("name", text, m.start("n"), end, False)


# "hbd Matthew!! 🎂", "Happy birthday, Ngozi!", "Alles Gute, Smilla!": a wish to a person.
_WISHED = re.compile(
    r"(?<![\w])(?i:hbd|happy birthday|happy bday|happy b-day|alles gute(?: zum geburtstag)?|"
    r"herzlichen glückwunsch(?: zum geburtstag)?)(?:[ \t]*,)?[ \t]+"
    rf"(?P<w>{_CAP})(?=[ \t]*[!.,🎂🎉🥳]|[ \t]*$)",
    re.M,
)
# A card written to a person and work handed over to one: "eine Geburtstagskarte für Chaminda", "a birthday card for
# Grant (born ...)", "handover to April):", "Übergabe an Luana:".
_FOR_PERSON = re.compile(
    r"(?i:card[ \t]+(?:for|to)|karte[ \t]+(?:für|an)|over[ \t]+to|übergabe[ \t]+(?:an|für))[ \t]+"
    rf"(?P<w>{_CAP})(?=[ \t]*(?:[):,.;!?(]|$)|[ \t]+[a-zäöüß])",
    re.M,
)
# What stands before "card"/"karte" or "over to": a card for a person, work handed over to one.
_CARD_KIND = re.compile(
    r"(?i:birthday|get well|farewell|leaving|thank you|sympathy|geburtstags|glückwunsch|abschieds|dankes|beileids|"
    r"genesungs|hand|handing)[ -]?$"
)
_FOR_PERSON_ANCHORS = ("card", "karte", "over to", "übergabe")
# "zur Weihnachtsfeier bei Adeline zu Hause": somebody's home.
_AT_HOME = re.compile(rf"(?<![\w])bei[ \t]+(?P<w>{_CAP})[ \t]+(?:zu[ \t]+Hause|zuhause|daheim)(?![\w])")


_WISH_WORDS = ("hbd", "birthday", "bday", "alles gute", "glückwunsch")


def spoken_names(doc: Doc) -> Iterator[Finding]:
    """A word that may be a given name where only a person fits: who introduces themselves,
    who is wished a happy birthday or sent a card, to whom work is handed over, at whose home something happens."""
    text, low = doc.text, doc.lower
    for m in starting(_INTRO, text, _INTRO_STARTS, low):
        got = _introduced(text, m)
        if got:
            yield got
    if any(w in low for w in _WISH_WORDS):
        for m in _WISHED.finditer(text):
            if _maybe_given(m.group("w")):
                yield finding("name", text, m.start("w"), m.end("w"), False)
    for m in starting(_FOR_PERSON, text, _FOR_PERSON_ANCHORS, low):
        if not (low.startswith("übergabe", m.start()) or _CARD_KIND.search(low, max(0, m.start() - 12), m.start())):
            continue  # "a birthday card for", "handover to", "Übergabe an"; not "my card for the trip"
        w = m.group("w").removesuffix("'s").removesuffix("’s")  # "a leaving card for Brendan's farewell"
        if _maybe_given(w) or w in WORD_NAMES or everyday_first_name(w):
            yield finding("name", text, m.start("w"), m.start("w") + len(w), False)
    if "zu hause" in low or "zuhause" in low or "daheim" in low:
        for m in _AT_HOME.finditer(text):
            if _maybe_given(m.group("w")):
                yield finding("name", text, m.start("w"), m.end("w"), False)


def _maybe_given(word: str) -> bool:
    return is_first_name(word) or given_like(word)


# A chat export's time stamp before its speaker: "[14.03.26, 09:12] ", "[14.03., 09:12] " (without the year),
# "[3/14/26, 9:12 AM] ", "14.03.26, 09:12 - ", "[09:12] ". Who speaks after it may be written in any case
# ("[..] jovana: wer holt ...").
_STAMP_BEFORE = re.compile(
    r"(?:\[[ \t]*(?:(?:\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\.\d{1,2}\.),?[ \t]+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?"
    r"(?:[ \t]?[AaPp]\.?[Mm]\.?)?"
    r"[ \t]*\]|\d{1,4}[./-]\d{1,2}[./-]\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?[ \t]+[-–])[ \t]*$"
)
_STAMP_ENDS = frozenset("0123456789MmAPap.")
_WORD = r"[^\W\d_]+(?:['’-][^\W\d_]+)*"
# Who speaks: one to four words and a colon ("Jörg Hansen: ", "Adriana bin Sulaiman: ").
_WHO = re.compile(rf"[ \t]*(?P<who>{_WORD}(?:[ \t]{_WORD}){{0,3}}):[ \t]")
_WHO_LINE = re.compile(
    rf"^[ \t]*(?P<who>[A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]*(?:['’-][^\W\d_]+)*(?:[ \t]{_WORD}){{0,3}}):[ \t]", re.M
)
# A transcript's speaker line: the name, a gap, the time into the meeting ("Dana Whitlock   00:12:31").
_TRANSCRIBED = re.compile(
    rf"[ \t]*(?P<who>{_WORD}(?:[ \t]{_WORD}){{0,3}})[ \t]{{2,}}\d{{1,2}}:\d{{2}}(?::\d{{2}})?[ \t]*(?:\r?\n|$)"
)
_PARTICLES = frozenset(
    "von van de der den zu vom ten ter da di du le la del della dos das y bin binti ibn al el".split()
)
_NOT_SPEAKERS = frozenset("you du ich sie wir ihr me i system admin bot info".split())


def _titled(word: str) -> str:
    return "-".join(p[:1].upper() + p[1:] for p in word.split("-"))


def _stamp_ends(text: str) -> Iterator[int]:
    """Where a time stamp may end: "09:12] ", "09:12 - ", "9:12 PM – " (found by plain search, not a pattern)."""
    for needle in ("] ", " - ", " – "):
        for i in positions(text, needle):
            close = i if needle == "] " else i + 1
            if close > 1 and text[close - 1 - (needle != "] ")] in _STAMP_ENDS:
                yield close


def _speaker(words: list[str], stamped: bool) -> bool:
    """True when `words` name who speaks: after a time stamp a given name of any case, maybe with surnames;
    without one, a capitalised common first name alone or a known first name and its surnames."""
    first = words[0]
    if first.lower() in _NOT_SPEAKERS or first in STOP_WORDS or first in NOT_GIVEN:
        return False
    rest = [w for w in words[1:] if w not in _PARTICLES]
    if not stamped and not all(w[0].isupper() for w in (first, *rest)):
        return False  # without a time stamp only capitalised words: "Frank feedback wanted: ..." is a heading
    name = _titled(first)
    if stamped:  # "[..] Mark: ...": beside a time stamp a word that is also a name is a speaker
        given = is_first_name(name) or name in WORD_NAMES or everyday_first_name(name) or given_like(name)
    else:
        given = common_first_name(name) if not rest else is_first_name(name)
    return given and all(surname_like(_titled(w)) and w not in NOT_SURNAMES for w in rest)


_GAP_TIME = re.compile(r"  [ \t]*\d")
_ENDS_IN_TIME = re.compile(r"\d{1,2}:\d{2}[ \t]*\r?$")


def _timed_neighbour(text: str, line: int, end: int) -> bool:
    """True when the line before `line` or the one from `end` on also ends with a time, as an agenda's lines do."""
    if line and _ENDS_IN_TIME.search(text, text.rfind("\n", max(0, line - 161), line - 1) + 1, line - 1):
        return True
    after = text.find("\n", end + 1, end + 161)
    return _ENDS_IN_TIME.search(text, end, len(text) if after < 0 else after) is not None


def _transcribed(words: list[str], offset: bool) -> bool:
    """A transcript's speaker of two words or more, all capitalised ("Summer Price", "Nimali Heissenberger"); an
    agenda's line ("Lunch Break   12:30") has no known given name first."""
    first = words[0]
    known = is_first_name(first) or first in WORD_NAMES or everyday_first_name(first) or offset
    return known and all(w[0].isupper() or w in _PARTICLES for w in words) and _speaker(words, True)


def speakers(doc: Doc) -> Iterator[Finding]:
    """Who speaks in a chat export or a transcript: "[14.03.26, 09:12] Jörg Hansen: ...", "micha: ...", a line
    opening with "Yasmin: bin gleich da", and "Dana Whitlock   00:12:31" over a transcript's paragraph."""
    text = doc.text
    for colon in positions(text, ": "):  # a line's opening words before a colon
        line = text.rfind("\n", max(0, colon - 50), colon) + 1
        if line == 0 and colon > 50 or not text[line : line + 1].isupper() and text[line : line + 1] not in " \t":
            continue
        if text.count(" ", line, colon) > 4:
            continue  # a speaker is one to four words: a sentence before a colon is none
        m = _WHO.match(text, line)
        if m and m.end("who") == colon and _speaker(m.group("who").split(), False):
            yield finding("name", text, m.start("who"), m.end("who"), False)
    for close in _stamp_ends(text):  # after each chat time stamp
        stamp = _STAMP_BEFORE.search(text, max(0, close - 28), close + 1)
        if not stamp:
            continue
        m = _WHO.match(text, close + 1)
        dated = any(c in stamp.group() for c in "./-")  # "[09:00] Lunch: ..." is an agenda's line, not a chat's
        if m and _speaker(m.group("who").split(), dated or is_first_name(_titled(m.group("who").split()[0]))):
            yield finding("name", text, m.start("who"), m.end("who"), False)
    for found in _GAP_TIME.finditer(text):  # a transcript's speaker line: a gap, then the time
        gap = found.start()
        if text[gap - 1 : gap] != " ":
            line = text.rfind("\n", max(0, gap - 60), gap) + 1
            m = _TRANSCRIBED.match(text, line)
            if not m or m.end("who") != gap:
                continue
            words = m.group("who").split()
            # "0:28:44" into a recording, or a time on this line alone: not an agenda's "Lunch Break   12:30"
            offset = text[gap : m.end()].count(":") > 1 or not _timed_neighbour(text, line, m.end())
            if len(words) == 1 and _speaker(words, False) or len(words) > 1 and _transcribed(words, offset):
                yield finding("name", text, m.start("who"), m.end("who"), False)


# "Rogner-Malik, Sibilla; Wolf, Agnieszka", "Meier, Anna (Vertrieb)", "1. Müller, Hans": a surname, a comma and a
# given name, as invitations, directories and lists write them: the pair opens a line, an item of a list (after
# ";", a colon, a tab, a quote or a bracket) and ends one (before ";", a bracket, a tab or the line's end).
_GIVEN_AFTER = re.compile(  # or before a date: "Spörri, Yonas, 3.7.2010", "Bühler, Awa, 16JUN20", "…, 8. Mai 2014"
    rf"(?P<first>{_CAP})(?=[ \t]*(?:[;|)\t\"(<\n\r]|$)"
    r"|,[ \t]*\d{1,2}(?:[./-]\d{1,2}[./-]\d{2,4}|[A-Z]{3}\d{2}|\.[ \t]?[A-ZÄÖÜ][a-zä]+[ \t]\d{4})(?!\d)"
    # or before the label of an identifier of the person: "Jobticket Juni: Nommensen, Swaantje, IBAN DE31 ..."
    r"|,[ \t]*(?:IBAN|Konto|Kto\.?|BIC|Tel\.?|Telefon|Phone|Mobil\w*|Personalnummer|Pers\.-Nr\.?|SVNR|AHV|E-Mail"
    r"|Email|geb\.|born|DOB|Steuer-ID|Kunden(?:nummer|nr\.?))(?![\w]))"
)
# The header labels of an invitation or a mail whose values are people: "Required:", "Erforderlich:", "Cc:".
_LABEL_OPENS = re.compile(
    r"[ \t]*(?i:required|optional|erforderlich|teilnehmer\w*|teilnehmende|attendees|participants|invitees|"
    r"eingeladen|an|to|cc|bcc|von|from)[ \t]*:"
)
_OPENS_ITEM = frozenset(';:\n\t"(|')
_BULLET = r"[ \t]*(?:[-*•]|\d{1,3}[.)])"
_BULLET_BEFORE = re.compile(_BULLET + r"?[ \t]*$")
_NUMBERED = re.compile(_BULLET + r"[ \t]*")  # "1. Spörri, Yonas, 3.7.2010": an item of a list
_PARTICLE_BEFORE = re.compile(r"(?:van der|van den|von der|van|von|de|da|di|del|dos|ten|ter|le|la|bin|ibn) $")


def _surname_start(text: str, comma: int) -> int | None:
    """Where the surname ending at `comma` starts, if an item of a list opens there; else None."""
    j = comma
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] in "-'’"):
        j -= 1
    if j == comma or comma - j > 30:
        return None
    p = _PARTICLE_BEFORE.search(text, max(0, j - 9), j)
    if p:
        j = p.start()
    k = j
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    if k == 0 or text[k - 1] in _OPENS_ITEM:
        return j
    line = text.rfind("\n", max(0, j - 8), j) + 1
    return j if (line or j < 8) and _BULLET_BEFORE.fullmatch(text, line, j) else None


def inverted_names(doc: Doc) -> Iterator[Finding]:
    """ "Surname, Given" items: the given name known, or in a list joined by ";" any word that may be a given name
    when the list holds a known one or two such items after a label ("Required: Trauner, Sunny; Kapeller, Leah")."""
    text = doc.text
    if ", " not in text:
        return
    maybe: list[tuple[int, int, int]] = []  # (line start, start, end) of items whose given name is not known
    items: list[tuple[int, int]] = []  # bulleted or numbered lines, one "Surname, Given" each
    sure: set[int] = set()  # line starts of ";" lists with a known given name
    for comma in positions(text, ", "):
        if not text[comma + 2 : comma + 3].isupper():
            continue  # a given name is capitalised: most commas in prose end here
        m = _GIVEN_AFTER.match(text, comma + 2)
        if not m:
            continue
        start = _surname_start(text, comma)
        if start is None:
            continue
        last, first = text[start:comma], m.group("first")
        if not all(surname_like(_titled(w)) for w in last.split() if w not in _PARTICLES) or first in STOP_WORDS:
            continue
        line = text.rfind("\n", 0, start) + 1
        after = text[m.end() : m.end() + 3].lstrip(" \t")[:1]
        listed = after == ";" or text[max(0, start - 2) : start].strip(" \t")[-1:] == ";"
        if _NUMBERED.fullmatch(text, line, start) and (
            is_first_name(first) or given_like(first) and not known_word(first)
        ):  # not "- Berlin, Mitte, 3 Büros"
            items.append((start, m.end()))
        if is_first_name(first):
            if listed:
                sure.add(line)
            yield finding("name", text, start, m.end(), False)
        elif listed and (given_like(first) or first in WORD_NAMES):
            maybe.append((line, start, m.end()))
    if len(items) > 1:  # a bulleted list of people, one a line: each of them, known given names or not
        for start, end in items:
            yield finding("name", text, start, end, False)
    lists: dict[int, int] = {}
    for line, _start, _end in maybe:
        lists[line] = lists.get(line, 0) + 1
    for line, start, end in maybe:
        if line in sure or lists[line] > 1 and _LABEL_OPENS.match(text, line):
            yield finding("name", text, start, end, False)  # "Erforderlich: Rogner-Malik, Sibilla; Wolf, Agnieszka"
