"""Names by their place in a letter or note: c/o lines, doorbells, titles, openings, sign-offs, possessives."""

from __future__ import annotations

import re
from collections.abc import Iterator

from course.scanner.context import Doc, finding, free_before, positions
from course.scanner.firstnames import NOT_FIRST_NAMES, STOP_WORDS, SURNAMES_TOO, WORD_NAMES, is_first_name
from course.scanner.namecues import NOT_GIVEN, NOT_SURNAMES, given_like, surname_like
from course.scanner.result import Finding

_CAP = r"[A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]*(?:['’-][^\W\d_]+)*"
_PARTICLE = r"(?:(?:von|van) (?:der|den|de) |(?:von|van|de|zu|vom|ten|ter|da|di|du|le|la|del|della|dos|al) )?"
# One to three name words, a particle allowed before the last: "Leontina Ender", "Jan van der Berg".
_WORDS = rf"(?P<w1>{_CAP})(?: (?P<w2>{_CAP}))?(?: {_PARTICLE}(?P<w3>{_CAP}))?"
_LINE_END = r"[ \t]*,?[ \t]*(?:\r?\n|$)"
_FIRM = re.compile(
    r"[ \t]*(?:&|GmbH|AG|KG|OHG|SE|UG|mbH|GbR|e\.[ \t]?V\.|Inc|LLC|Ltd|PLC|Corp|Co|Group|Gruppe|Holding)(?![\w])"
)

# Lines of an address block that name the person it is for: "c/o Leontina Ender", "z. Hd. Tigist Haile",
# "Attn: Rangi Parata", "FAO Esi Mensah", "For the attention of ...".
_CARE_OF = re.compile(
    r"(?i:c/o|c\.[ \t]?o\.|z\.[ \t]?hd\.?(?:[ \t]+v\.)?|zu händen(?:[ \t]+von)?|zhd\.?|attn\.?:?|attention:|fao:?|"
    r"for the attention of|care of)[ \t]+(?:(?i:herrn?|frau|mr\.?|mrs\.?|ms\.?|dr\.?)[ \t]+)?" + _WORDS + _LINE_END
)
_CARE_OF_STARTS = ("c/o", "c.o", "c. o", "z. hd", "z.hd", "zu händen", "zhd", "attn", "attention:", "fao", "care of")
# A doorbell or a letterbox: "bitte bei Pereira läuten", "bei Familie Wong klingeln", "ring Ms Obi's bell".
_DOORBELL = re.compile(
    rf"(?<![\w])bei[ \t]+(?:(?:Familie|Fam\.|Herrn?|Frau)[ \t]+)?(?P<w1>{_CAP})(?: (?P<w2>{_CAP}))?[ \t]+"
    r"(?:läuten|klingeln|schellen|abgeben|einwerfen|hinterlegen|zu[ \t]?[Hh]ause|daheim)(?![\w])"
)
_DOORBELL_VERBS = ("läuten", "klingeln", "schellen", "abgeben", "einwerfen", "hinterlegen", "hause", "daheim")
# A title without its dot, as British English writes it: "Please call Dr Wade back", "Dear Dr Allen".
_TITLE = re.compile(rf"(?<![\w])(?:Dr|Prof|Profs|Drs)[ \t]+{_WORDS}")
# Greetings that open a letter or a chat, not already read as salutations: "Grüezi Kelechi, ...", "Hoi Mia!".
_OPENING = re.compile(
    r"[ \t>]*(?i:grüezi|grüessech|grüezi mitenand|grü(?:ß|ss)[ \t]+(?:gott|dich|di|euch)|hoi|salü|sali|ciao|tschau|"
    r"howdy|hiya|heya|morning|evening|guten abend|good day|greetings|ahoi)"
    rf"[ \t]+(?P<w1>{_CAP})(?: (?P<w2>{_CAP}))?(?=[ \t]*[,!:]|[ \t]*(?:\r?\n|$))"
)
# A name after a dash that closes a short message: "thanks! - Gurpreet", "Bis dann – Ilvy".
_DASH_NAME = re.compile(
    rf"[!.?)]\)?[ \t]+[-–—][ \t]*(?P<w1>{_CAP})(?: (?P<w2>{_CAP}))?[ \t]*[.!]?(?=[ \t]*(?:\r?\n|$))"
)
# The last words of a closing line ("Es Grüessli", "Danke und Freundliche Grüsse", "Thx & cheers"): the next line
# names the writer.
_CLOSING = re.compile(
    r"(?i:gr(?:ü|ue)e?(?:ß|ss)(?:e|en|li|le)|gru(?:ß|ss)|regards|wishes|thanks|thank you|thx|cheers|danke|dank|"
    r"merci|herzlichst|hochachtungsvoll|tschüss|tschüs|ciao|best|love|xo|bis bald|bis dann|take care|"
    r"sincerely|faithfully|truly|liebe grüße|lg|vg|mfg)[ \t]*[,!.]?[ \t]*$"
)
_CLOSING_ENDS = (
    "ße",
    "ßen",
    "sse",
    "ssen",
    "ssli",
    "ssle",
    "ßli",
    "uß",
    "uss",
    "regards",
    "wishes",
    "thanks",
    "thank you",
    "thx",
    "cheers",
    "danke",
    "dank",
    "merci",
    "herzlichst",
    "hochachtungsvoll",
    "tschüss",
    "tschüs",
    "ciao",
    "best",
    "love",
    "xo",
    "bis bald",
    "bis dann",
    "take care",
    "sincerely",
    "faithfully",
    "truly",
    "lg",
    "vg",
    "mfg",
)  # the last letters of every closing of _CLOSING: a cheap test before the pattern
_ALONE = re.compile(rf"[ \t]*{_WORDS}[ \t]*(?=\r?\n|$)")  # a line that holds only one to three name words
# A possessive before something only a person has: "Xmas drinks at Wei's place", "(Senad's account)",
# "Temitope's UTR number", "Annas Vertretung".
_POSSESSIONS = (
    r"place|house|home|flat|apartment|room|desk|office|account|bank account|card|number|phone|mobile|cell|email|"
    r"e-mail|address|birthday|leaving do|leaving party|farewell|wedding|wife|husband|partner|son|daughter|kids|"
    r"children|mum|mom|dad|parents|team|manager|boss|line manager|replacement|cover|deputy|holiday|leave|"
    r"sick note|fit note|contract|payslip|salary|laptop|car|dog|cat|date of birth|credit card|debit card|passport|"
    r"details|records|file"
)
_EN_POSSESSIVE = re.compile(
    rf"(?P<w1>{_CAP})['’]s[ \t]+(?:(?:own|new|old|private|personal|current)[ \t]+)?(?:[A-Z]{{2,5}}[ \t]+)?"
    rf"(?:(?:{_POSSESSIONS})s?|[A-Z]{{2,5}}(?=[ \t]*[,.;:!?)]))(?![\w])"  # "accounts", "Senad's NINO, ..."
)
_DE_POSSESSIONS = (
    r"Vertretung|Vertreterin|Vertreter|Urlaub|Urlaubsvertretung|Geburtstag|Abschied|Ausstand|Einstand|Hochzeit|"
    r"Nummer|Handynummer|Telefonnummer|Handy|Adresse|Konto|Büro|Schreibtisch|Platz|Krankmeldung|Mann|Frau|Tochter|"
    r"Sohn|Kinder|Eltern|Team|Chef|Chefin|Wohnung|Haus|Auto|Laptop|Vertrag|Gehalt|Lohnabrechnung|Stelle|Aufgaben"
)
_DE_POSSESSION_WORD = re.compile(rf"s[ \t]+(?:neue[rs]?[ \t]+|alte[rs]?[ \t]+)?(?:{_DE_POSSESSIONS})(?![\w])")
_DE_POSSESSIVE = re.compile(
    rf"(?P<w1>[A-ZÀ-ÖØ-Þ][^\W\d_]+)s[ \t]+(?:neue[rs]?[ \t]+|alte[rs]?[ \t]+)?(?:{_DE_POSSESSIONS})(?![\w])"
)


def _name_word(word: str) -> bool:
    """A capitalised word that may be a given name in a place where a person stands ("Can", "Will" too)."""
    if word in NOT_GIVEN or len(word) < 2 or word.isupper():
        return False
    if word in STOP_WORDS and word not in NOT_FIRST_NAMES and word not in SURNAMES_TOO:
        return False
    return is_first_name(word) or given_like(word) or word in NOT_FIRST_NAMES or word in WORD_NAMES


def _person(m: re.Match[str], single: bool = False) -> tuple[int, int] | None:
    """The span of w1..w3 of a match when they make a person's name (or, with `single`, one given name)."""
    names = [g for g in ("w1", "w2", "w3") if m.groupdict().get(g)]
    words = [m.group(g) for g in names]
    if not _name_word(words[0]):
        return None
    if len(words) == 1:
        return (m.start("w1"), m.end("w1")) if single else None
    if not all(surname_like(w) and w not in NOT_SURNAMES for w in words[1:]):
        return None
    return m.start("w1"), m.end(names[-1])


def care_of_person(text: str, i: int) -> bool:
    """True when the "c/o" at `i` begins a line part that holds only a person's name ("c/o Leontina Ender\\n"):
    the name is a name finding, and the address starts at the street."""
    m = _CARE_OF.match(text, i) if _line_ends_soon(text, i) else None
    return m is not None and _person(m) is not None and not _FIRM.match(text, m.end(_last(m)))


def _line_ends_soon(text: str, i: int) -> bool:
    """True when the line from `i` ends within 90 characters (a c/o line holds a name and no more)."""
    return len(text) - i <= 90 or "\n" in text[i : i + 90]


def _care_of_at(text: str, i: int) -> Iterator[Finding]:
    m = _CARE_OF.match(text, i) if _line_ends_soon(text, i) else None
    span = _person(m) if m and not _FIRM.match(text, m.end(_last(m))) else None
    if span:
        yield finding("name", text, *span, False)


def _doorbells(text: str) -> Iterator[Finding]:
    for i in positions(text, "bei "):
        if not any(verb in text[i : i + 60].lower() for verb in _DOORBELL_VERBS):
            continue
        m = _DOORBELL.match(text, i)
        if m:
            words = [w for w in (m.group("w1"), m.group("w2")) if w]
            if all(surname_like(w) or _name_word(w) for w in words) and words[-1] not in NOT_SURNAMES:
                yield finding("name", text, m.start("w1"), m.end("w2") if m.group("w2") else m.end("w1"), False)


def _last(m: re.Match[str]) -> str:
    return "w3" if m.group("w3") else "w2" if m.group("w2") else "w1"


def _titles(doc: Doc) -> Iterator[Finding]:
    text = doc.text
    for start in sorted(i for title in ("Dr", "Prof") for i in positions(text, title) if free_before(text, i)):
        m = _TITLE.match(text, start)
        if m:
            w = m.group("w1")
            if len(w) > 1 and not w.isupper() and w not in NOT_GIVEN and (w not in STOP_WORDS or w in SURNAMES_TOO):
                span = _person(m)  # "Dr Anna Schmidt"; else the surname alone ("Dr Wade")
                yield finding("name", text, *(span or (m.start("w1"), m.end("w1"))), True)


_OPENING_WORDS = (
    "grüezi",
    "grüessech",
    "grüß",
    "grüss",
    "hoi",
    "salü",
    "sali",
    "ciao",
    "tschau",
    "howdy",
    "hiya",
    "heya",
    "morning",
    "evening",
    "guten abend",
    "good day",
    "greetings",
    "ahoi",
)


_HEAD_CHARS = frozenset(" \t>" + "".join(w[0] for w in _CARE_OF_STARTS + _OPENING_WORDS))


def _lines(doc: Doc) -> Iterator[Finding]:
    """One pass over the lines: a c/o or z. Hd. line, an opening greeting, a name alone under a closing line."""
    text, low = doc.text, doc.lower
    start = 0
    while start >= 0:
        end = low.find("\n", start)
        first = low[start : start + 1]
        head = low[start : start + 16].lstrip(" \t>") if first in _HEAD_CHARS else ""
        if not head:
            pass
        elif head.startswith(_CARE_OF_STARTS) and not head.startswith("c/o"):  # "c/o" anywhere: see block_names
            yield from _care_of_at(text, start + low[start : start + 16].index(head[:3]))
        elif head.startswith(_OPENING_WORDS):
            m = _OPENING.match(text, start)
            span = _person(m, single=True) if m else None
            if m and span and (m.group("w2") or given_like(m.group("w1")) or is_first_name(m.group("w1"))):
                yield finding("name", text, *span, False)
        if end < 0:
            return
        if 4 < end - start <= 50 and text[start : start + 1].isupper() and " " in low[start:end]:
            words = text[start:end].split()
            if 2 <= len(words) <= 3 and all(w[0].isupper() for w in words):  # "Azad Ricci": a name's shape only
                yield from _record_heading(text, start, end)
        if 0 < end - start <= 40 and low[start:end].rstrip(" \t\r,!.").endswith(_CLOSING_ENDS):
            if _CLOSING.search(text, start, end):
                m = _ALONE.match(text, end + 1)
                span = _person(m, single=True) if m else None
                if m and span and (m.group("w2") or given_like(m.group("w1")) or is_first_name(m.group("w1"))):
                    yield finding("name", text, *span, False)
        start = end + 1


# The label of a person's data opening a line: "Rentenversicherungsnummer: ...", "Steuer-ID: ...", "Tel. ...".
_DATA_LABEL = re.compile(
    r"[ \t]*[^\W\d_][^\n:]{0,30}?(?i:nummer|nr\.|-id|\bid|iban|tel\.?|telefon|phone|mobil\w*|handy|geburtsdatum|"
    r"geb\.|geboren|date of birth|dob|born|ssn|nino|utr|ahv\w*|adresse|address|anschrift|e-?mail)[ \t]*[:.]"
)


# A signature's line under the name: a job title ("Payroll Officer", "Teamleitung | Firma", "HR Manager").
_TITLE_LINE = re.compile(
    r"[ \t]*(?:[^\W\d_]+[ \t]+){0,3}?(?i:[^\W\d_]*(?:manager|managerin|officer|lead|leitung|leiter|leiterin|"
    r"assistant|assistenz|director|direktor|direktorin|head|specialist|consultant|berater|beraterin|coordinator|"
    r"koordinator|koordinatorin|analyst|engineer|referent|referentin|sachbearbeiter|sachbearbeiterin|recruiter|"
    r"werkstudent|werkstudentin|praktikant|praktikantin|partner|partnerin|ceo|cfo|cto|coo))(?![\w])"
)


def _record_heading(text: str, start: int, end: int) -> Iterator[Finding]:
    """A name alone on its line over a line of that person's data ("Azad Ricci\nRentenversicherungsnummer: ...") or
    of a job title, as signatures write it ("Justyna Wolf\nHR Manager")."""
    colon = text.find(":", end + 1, end + 46)
    dot = text.find(".", end + 1, end + 46)
    nxt = text.find("\n", end + 1, end + 61)
    if nxt < 0 and len(text) - end <= 61:
        nxt = len(text)  # the title is the text's last line
    labelled = (colon >= 0 or dot >= 0) and "\n" not in text[end + 1 : max(colon, dot)]
    if not labelled and not (nxt > end + 4 and _TITLE_LINE.match(text, end + 1, nxt)):
        return  # the next line opens with no label and holds no job title: most lines end here
    m = _ALONE.match(text, start)
    if not m or m.end() != end and text[m.end() : end].strip():
        return
    span = _person(m)
    if span and m.group("w2") and given_like(m.group("w1")):
        if _DATA_LABEL.match(text, end + 1) or _TITLE_LINE.match(text, end + 1):
            yield finding("name", text, *span, False)


def _dashes(text: str) -> Iterator[Finding]:
    """A name after a dash that closes a message: "thanks! - Lydia"."""
    for i in positions(text, " -"):
        yield from _dash_name(text, i)
    for dash in ("–", "—"):
        for i in positions(text, dash):
            yield from _dash_name(text, i - 1)


def _dash_name(text: str, i: int) -> Iterator[Finding]:
    m = _DASH_NAME.match(text, max(0, i - 1))
    if not m:
        m = _DASH_NAME.match(text, max(0, i - 2))
    if m:
        span = _person(m, single=True)
        if span and (m.group("w2") or given_like(m.group("w1")) or is_first_name(m.group("w1"))):
            yield finding("name", text, *span, False)


def _possessive_matches(text: str) -> Iterator[tuple[re.Match[str], str]]:
    """(match, the word before its "s") of English and German possessives, tried only where they may be."""
    for mark in ("'s ", "’s "):
        for i in positions(text, mark):
            w = _WORD_ENDING.search(text, max(0, i - 30), i)
            m = _EN_POSSESSIVE.match(text, w.start()) if w else None
            if m:
                yield m, m.group("w1")
    if _DE_POSSESSION_WORD.search(text):
        for m in _DE_POSSESSIVE.finditer(text):
            yield m, m.group("w1")


_WORD_ENDING = re.compile(rf"(?<![\w'’-]){_CAP}$")


def _possessives(doc: Doc) -> Iterator[Finding]:
    text = doc.text
    for m, base in _possessive_matches(text):
        start = m.start("w1")
        word = text[start : m.end("w1") + (1 if text[m.end("w1")] == "s" else 2)]
        if not free_before(text, start) or (base in WORD_NAMES or base in NOT_FIRST_NAMES or word in STOP_WORDS):
            continue
        if word in NOT_GIVEN or base in NOT_GIVEN:
            continue
        if is_first_name(base) or given_like(base) and _after_plain_word(text, start):
            yield finding("name", text, start, start + len(base), False)


_ARTICLES = frozenset(
    "the a an our your their my his her its this that these der die das des dem den ein eine einer eines unser "
    "unsere unseres ihr ihre ihres sein seine seines".split()
)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")


def _after_plain_word(text: str, i: int) -> bool:
    """True after an opening bracket, a colon, a comma or a semicolon, or a lower-case word that is no article ("at
    Wei's place", "(Senad's account)"; not "the Company's account" or a sentence's first word)."""
    j = i
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    if j > 0 and text[j - 1] in "(:;,":
        return True  # "(Senad's account)", "an HR: Kofi's new salary account", "...; Ama's cover is ..."
    m = _WORD_BEFORE.search(text, max(0, i - 20), i)
    return m is not None and m.group(1).islower() and m.group(1) not in _ARTICLES


def block_names(doc: Doc) -> Iterator[Finding]:
    """Names found by where they stand in a letter, an address block or a short message."""
    text = doc.text
    for i in positions(doc.lower, "c/o"):
        if free_before(doc.lower, i):
            yield from _care_of_at(text, i)
    yield from _doorbells(text)
    yield from _titles(doc)
    yield from _lines(doc)
    yield from _dashes(text)
    yield from _possessives(doc)
