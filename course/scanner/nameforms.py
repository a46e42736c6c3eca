"""Name forms of their own: SURNAME/GIVEN on tickets and passenger lists, an initial before a surname, a German
genitive ("Nadines Laptop"), and the name under a thanks at the end of a line ("thanks mara")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from course.scanner.context import Doc, finding, starting
from course.scanner.firstnames import NOT_FIRST_NAMES, STOP_WORDS, WORD_NAMES, common_first_name, is_first_name
from course.scanner.namecues import given_like, surname_like
from course.scanner.result import Finding

_UPPER = r"[A-ZÀ-ÖØ-ÞĀ-ŽẠ-Ỹ]"
_CAP = r"[A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]*(?:['’-][^\W\d_]+)*"
# The airline and ticket form of a name, SURNAME/GIVEN NAMES: "GRIFFIN/EUGENE", "SCHÄR/LUCAS MR".
_PNR = re.compile(rf"(?<![\w/])(?P<s>{_UPPER}(?:{_UPPER}|['’-])+)/(?P<g>{_UPPER}(?:{_UPPER}|['’-])+)(?![\w/])")
# A numbered or bulleted line: a passenger list's "1) ", "2. ", "- ".
_LISTED_LINE = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[-*•])[ \t]*$")


def _listed_line(text: str, start: int) -> bool:
    """True when `start` follows only a list's number or bullet on its line."""
    line = text.rfind("\n", max(0, start - 8), start) + 1
    return (line > 0 or start < 8) and _LISTED_LINE.fullmatch(text, line, start) is not None


def ticket_names(doc: Doc) -> Iterator[Finding]:
    """SURNAME/GIVEN in capitals whose given part is a known first name: a passenger or ticket name."""
    text = doc.text
    i = text.find("/")
    while i != -1:  # tried only at a slash between capitals: most texts have slashes only in dates and paths
        if 0 < i < len(text) - 1 and text[i - 1].isupper() and text[i + 1].isupper():
            s = i - 1
            while s > 0 and (text[s - 1].isupper() or text[s - 1] in "'’-"):
                s -= 1
            m = _PNR.match(text, s)
            if m:
                given = m.group("g").title()
                if len(m.group("s")) >= 2 and is_first_name(given):
                    yield finding("name", text, m.start(), m.end(), True)
                elif len(m.group("s")) >= 3 and len(given) >= 3 and _listed_line(text, m.start()):
                    yield finding("name", text, m.start(), m.end(), False)  # "2) WOLF/THARUSHI geb. ..."
                i = m.end()
        i = text.find("/", i + 1)


# "A. Fuchs", "I. Bender-Haddad": an initial and a surname, where a person is named (after a lower-case word,
# a comma or colon, or at the start of a line), not a variant or a point of a list ("Gruppe A. Danach").
_INITIAL = re.compile(rf"(?<![\w.])(?P<i>{_UPPER})\.[ \t]?(?P<w>{_CAP})(?=[ \t]*(?:[,.;:!?)|\t\n]|$)|[ \t]+[a-zäöüß(])")
_NOT_AFTER_INITIAL = frozenset(
    "Danach Dann Daher Deshalb Außerdem Ausserdem Also Aber Auch Bitte Hier Jetzt Nun Now Then However Next "
    "Please Thus Hence Finally Schließlich Zuletzt Zudem Weiter Anschließend Stand Seite Page".split()
)


# Words that send to or come from a person, also capitalised at a sentence's start: "Von A. Schneider erhalten".
_TO_FROM = frozenset("an von mit für bei to from with by cc".split())


# Words that a letter names one of, so the letter ends a sentence ("in block A. Grace period ...", "gate C."):
# places, parts and kinds.
_LETTER_HOLDERS = frozenset(
    "block blocks zone zones gate gates shelf shelves room rooms wing hall bay level row section building plan type "
    "group class grade option stage phase step part appendix annex vitamin category seat platform track terminal "
    "dock floor entrance exit door lot area unit ward tier size model version variant column box lane pier stand "
    "court field pitch cabin car coach deck house tower site cell bed desk locker bin rack aisle".split()
)


def initial_surnames(doc: Doc) -> Iterator[Finding]:
    """An initial with its full stop before a surname, where a person is named: after a lower-case word, a
    preposition that names a sender or a recipient ("An A. Schneider"), punctuation, a dash or a line's start."""
    text = doc.text
    for m in _initials(text):
        word = m.group("w")
        if word in STOP_WORDS or word in _NOT_AFTER_INITIAL or not surname_like(word):
            continue
        before = text[max(0, m.start() - 40) : m.start()].rstrip(" \t")
        if before and before[-1] not in ",;:(\n–—-|\t":
            last = re.split(r"[\s(\"'„“]+", before)[-1]
            if not last or not (last[0].islower() or last.lower() in _TO_FROM) or last in _LETTER_HOLDERS:
                continue  # "Gruppe A. Danach", "Abb. 3", "S. Müller" after a capitalised word: not a person here
        yield finding("name", text, m.start(), m.end(), False)


def _initials(text: str) -> Iterator[re.Match[str]]:
    """`_INITIAL.finditer(text)`, tried only at a full stop after a lone capital."""
    i = text.find(".")
    while i != -1:
        if i >= 1 and text[i - 1].isupper() and (i < 2 or not (text[i - 2].isalnum() or text[i - 2] in "._")):
            m = _INITIAL.match(text, i - 1)
            if m:
                yield m
        i = text.find(".", i + 1)


# "Nadines Laptop", "Ottos Vertretung": a German genitive -s on a known first name, before a capitalised noun.
_GENITIVE = re.compile(rf"(?<![\w'’-])(?P<n>{_UPPER}[a-zà-öø-ÿ]+)s[ \t]+(?P<next>[A-ZÄÖÜ][a-zäöüß]+)")
# A firm named after a family ("Edwards Group", "Albers Eberhardt KG", "Williams Ltd"): no genitive.
_FIRM_AHEAD = re.compile(
    r"[^\n]{0,40}?(?<![\w])(?:GmbH|AG|KG|OHG|SE|Ltd|Inc|LLC|LLP|plc|PLC|Group|Gruppe|& Co|Partner)(?![\w])"
)


def genitive_names(doc: Doc) -> Iterator[Finding]:
    """A first name with the German genitive -s before what is the person's ("Nadines Laptop")."""
    text = doc.text
    for start, end, word in doc.caps:
        if len(word) < 4 or word[-1] != "s" or end >= len(text) or text[end] not in " \t":
            continue
        m = _GENITIVE.match(text, start)
        if not m:
            continue
        name = m.group("n")
        if (
            len(name) < 3
            or name in NOT_FIRST_NAMES
            or name in WORD_NAMES
            or name in STOP_WORDS
            or not is_first_name(name)
            or is_first_name(name + "s")  # "Jens Laptop", "Klaus Vertretung": the name ends in s
            or is_first_name(m.group("next"))
            or _FIRM_AHEAD.match(text, m.start("next")) is not None
        ):
            continue
        yield finding("name", text, m.start("n"), m.end("n"), False)


# Thanks, an apology or a greeting word straight before a known first name: "Danke Grzegorz für ...", "Sorry Bert,
# ...", "Thanks Dorothy!", and written small at a line's end as in dictated or hurried text ("... thanks
# bernhardine", "grüße mara").
_THANKS = re.compile(
    r"(?<![\w])(?i:thanks|thank you|thx|cheers|danke|grüße|gruß|grüsse|gruss|lg|vg|bg|merci|sorry)"
    r"[ \t]*,?[ \t]+(?P<w>[^\W\d_]{3,}(?:-[^\W\d_]+)?)(?P<end>[ \t]*[.!]?[ \t]*$)?"
    r"(?=[ \t]*(?:[,.!?;:]|für |for |$))",
    re.M,
)
_THANKS_WORDS = ("thank", "thx", "cheers", "danke", "grü", "gru", "lg", "vg", "bg", "merci", "sorry")


def thanked_names(doc: Doc) -> Iterator[Finding]:
    """A known first name thanked or greeted: capitalised before punctuation or "für"/"for", in any case at the end
    of its line."""
    text, low = doc.text, doc.lower
    for m in starting(_THANKS, text, _THANKS_WORDS, low):
        word = m.group("w")
        if m.group("end") is None and not word[0].isupper():
            continue  # written small, a name only where it ends the line
        name = _titled(word)
        if name in STOP_WORDS or name in NOT_FIRST_NAMES or name in WORD_NAMES or not is_first_name(name):
            continue
        yield finding("name", text, m.start("w"), m.end("w"), False)


_LOW_TOKEN = r"[^\W\d_]+(?:-[^\W\d_]+)?"
# Words that follow a name in dictated or hurried text and are not its surname ("ich bin lena geboren ...").
NOT_A_SURNAME = frozenset(
    "geboren und ich aus von vom bei der die das im in am an auf mit wegen mal nur kurz noch wieder gerade hier "
    "from calling at with and i i'm im here again out off on running late just about regarding re the a to for is "
    "bin ist habe hab wollte würde rufe ruf leider heute morgen gestern today tomorrow yesterday sick krank please "
    "bitte thanks danke so also but aber zur zum bis you your ihr sie du er es wir was wie wo nicht kein keine "
    "schon jetzt now then dann da dort there speaking back hat has had will would can could oder or vielleicht "
    "maybe".split()
)
# Whose card or account it is, and who holds it: "kreditkarte von agnieszka", "inhaber volkan winter".
_HOLDER = re.compile(
    r"(?<![\w])(?i:(?:kredit|firmen|bank|ec-|giro)?karte|konto|iban|handy(?:nummer)?|card|account)[ \t]+"
    rf"(?i:von|of)[ \t]+(?P<n>{_LOW_TOKEN})(?:[ \t]+(?P<s>{_LOW_TOKEN}))?"
    r"|(?<![\w])(?i:(?:karten|konto)?inhaber(?:in)?|name on (?:the )?card|card ?holder|account holder)[ \t]*:?[ \t]+"
    rf"(?P<n2>{_LOW_TOKEN})(?:[ \t]+(?P<s2>{_LOW_TOKEN}))?"
)
_HOLDER_STARTS = (
    "kredit",
    "firmen",
    "bank",
    "ec-",
    "giro",
    "karte",
    "konto",
    "iban",
    "handy",
    "card",
    "account",
    "inhaber",
    "karteninhaber",
    "kontoinhaber",
    "name on",
)
_HOLDER_WORDS = ("karte", "konto", "iban", "handy", "card", "account", "inhaber", "holder")


def _titled(word: str) -> str:
    return "-".join(p[:1].upper() + p[1:].lower() for p in word.split("-"))


def person_at(text: str, m: re.Match[str], first: str, last: str, word_name_ok: bool) -> Finding | None:
    """The finding for a first name (and the surname after it, if it is one) matched by `m`."""
    word = m.group(first)
    name = _titled(word)
    if name in STOP_WORDS or name in NOT_FIRST_NAMES and not word_name_ok:
        return None
    if not (is_first_name(name) or word_name_ok and name in WORD_NAMES):
        return None
    if word.islower() and name not in WORD_NAMES and not common_first_name(name):
        return None  # written small: only a name common in the markets, not a rare one that is also a word
    end = m.end(first)
    surname = m.group(last)
    if surname and surname.lower() not in NOT_A_SURNAME and surname_like(_titled(surname)):
        end = m.end(last)
    return finding("name", text, m.start(first), end, False)


def card_holders(doc: Doc) -> Iterator[Finding]:
    """The holder of a card or an account ("kreditkarte von agnieszka", "inhaber volkan winter"), in any case."""
    text, low = doc.text, doc.lower
    if any(w in low for w in _HOLDER_WORDS):
        for m in starting(_HOLDER, text, _HOLDER_STARTS, low):
            got = person_at(text, m, "n", "s", False) if m.group("n") else person_at(text, m, "n2", "s2", False)
            if got:
                yield got


# A person's name as a value in JSON, a dict or a log line's key=value: {"vorname": "Manuela", "kunde": "Alina
# al-Rashid"}, user="Raffael Nikolaidis", debtor="Chaminda Fröschl".
_JSON_PERSON_KEYS = (
    "vorname nachname familienname first_name firstname first-name last_name lastname last-name surname given_name "
    "full_name fullname mitarbeiter mitarbeiterin employee patient patientin teilnehmer teilnehmerin passenger guest "
    "gast inhaber inhaberin holder cardholder ansprechpartner ansprechpartnerin contact_person debtor creditor "
    "schuldner author assignee reporter requester"
).split()
_JSON_MAYBE_KEYS = "name kunde kundin customer client contact empfänger recipient user username owner".split()
_JSON_PAIR = re.compile(
    r"""["']?(?P<k>[\w-]{3,20})["']?(?:[ \t]*(?P<sep>[:=])[ \t]*|[ \t])["'](?P<v>[^"'\n\d@]{2,60})["']""",
)
# Keys of personal data near a value: a name under "name" or "customer" beside them is a person's, not a product's.
_PERSONAL_KEY = re.compile(r"card|mail|phone|mobil|tel|iban|birth|geb|address|adresse|ssn|passport", re.I)


def json_names(doc: Doc) -> Iterator[Finding]:
    """The value of a key that names a person in pasted JSON, a dict or a log line; a key that may also hold a firm
    or a product ("name", "kunde", "user") counts when the value opens with a known first name, or is a given name
    and surnames beside a key of personal data ({"name": "...", "card_number": ...})."""
    text, low = doc.text, doc.lower
    if '":' not in text and '" :' not in text and "':" not in text and '="' not in text and 'user "' not in low:
        return
    for m in _JSON_PAIR.finditer(text):
        if (
            m.group("sep") != "="
            and text[m.start() : m.start() + 1] not in "\"'"
            and low[m.start("k") : m.end("k")] != "user"
        ):
            continue  # "Name: 'x'" in prose is the field rules' work; a JSON key is quoted; a log's user "..."
        key = low[m.start("k") : m.end("k")]
        value = m.group("v").strip()
        words = value.replace(",", " ").split()
        if not words or not all(w[:1].isupper() or "-" in w or w in _PARTICLES_LOW for w in words):
            continue
        person = key in _JSON_PERSON_KEYS
        if person or key in _JSON_MAYBE_KEYS and (is_first_name(words[0]) or _personal_near(text, m, words)):
            start = m.start("v") + (len(m.group("v")) - len(m.group("v").lstrip()))
            yield finding("name", text, start, start + len(value), person and len(words) > 1)


def _personal_near(text: str, m: re.Match[str], words: list[str]) -> bool:
    """A given name and surnames as the value, with a key of personal data within the same object or line."""
    names = [w for w in words if w not in _PARTICLES_LOW]
    if len(names) < 2 or not given_like(names[0]) or not all(surname_like(w) for w in names[1:]):
        return False
    return _PERSONAL_KEY.search(text, max(0, m.start() - 80), m.end() + 120) is not None


_PARTICLES_LOW = frozenset("von van de der den zu vom ten ter da di du le la del della dos das y bin binti ibn".split())


# A review or a note signed with a first name and a home town: "… Andrea aus Halberstadt", "– Samir, Leeds".
_SIGNED_FROM = re.compile(
    rf"(?:^|(?<=[.!?])[ \t]+|[–—-][ \t]*)(?P<n>{_CAP})(?:[ \t]*,[ \t]*|[ \t]+(?:aus|from|in)[ \t]+)"
    rf"(?P<town>{_CAP}(?:[ \t]+{_CAP})?)[ \t]*\.?[ \t]*$",
    re.M,
)


def signed_from_town(doc: Doc) -> Iterator[Finding]:
    """A known first name with a home town that ends its line after a sentence or a dash: who wrote it."""
    text = doc.text
    line_start = 0
    while line_start <= len(text):
        end = text.find("\n", line_start)
        end = len(text) if end == -1 else end
        next_start = end + 1
        tail = text[max(line_start, end - 60) : end].rstrip(" \t.")
        last = tail[tail.rfind(" ") + 1 :]
        m = (
            _SIGNED_FROM.search(text, max(line_start, end - 60), end)
            if last[:1].isupper() and (" aus " in tail or " from " in tail or " in " in tail or "," in tail)
            else None
        )  # one look at each line's end: a signature stands there, ending in a capitalised town
        line_start = next_start
        if not m:
            continue
        name = m.group("n")
        if name in STOP_WORDS or name in WORD_NAMES or not is_first_name(name) or common_first_name(m.group("town")):
            continue
        yield finding("name", text, m.start("n"), m.end("n"), False)
