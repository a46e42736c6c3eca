"""Personal names: given names, names after a salutation, in name fields, under a sign-off, and First Last pairs."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator, Sequence

from course.scanner.context import finding
from course.scanner.firstnames import STOP_WORDS, first_names, is_first_name
from course.scanner.result import Finding

_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_PARTICLES = frozenset("von van de der den zu vom ten ter da di du le la del della dos das y".split())
_TITLES = re.compile(
    r"(?:(?:Dr|Prof|Dipl|Ing|Mag|med|rer|nat|phil|jur|dent|Univ)\.(?:-Ing\.)?|Frau|Herrn?|Dr\.-Ing\.|Prof\. Dr\.|"
    r"PD|MBA|Dipl\.-Ing\.|Dipl\.-Kfm\.|Dipl\.-Kffr\.)[ \t]+"
)
_SALUTATION = re.compile(
    r"(?<![\w.])(?P<word>Herrn?|Frau|Hr\.|Fr\.|Dr\.|Prof\.|Mr\.?|Mrs\.?|Ms\.?|Mx\.?|Miss|Dear|Liebe[rs]?|"
    r"[Ss]ehr geehrte[rs]?|Hallo|Hi|Hello|Hey|Moin|Servus|Guten (?:Tag|Morgen)|Good (?:morning|afternoon|evening))"
    r"(?![\w])[ \t]+"
)
_COMPANY = re.compile(
    r"[ \t]*(?:&[ \t]*(?:Co|Partner|Söhne|Sons)|GmbH|gGmbH|AG|KG|KGaA|OHG|SE|UG|e\.[ \t]?K\.|e\.[ \t]?V\.|mbH|Inc\.?|LLC|"
    r"Ltd\.?|PLC|Corp\.?|Group|Gruppe|Holding|& Söhne)(?![\w])"
)
_GREETINGS = frozenset("Hallo Hi Hello Hey Moin Servus".split())
_FIELD = re.compile(
    r"(?<![\w])(?:Name|Vorname|Nachname|Familienname|Full name|First name|Last name|Surname|Given name|Kundenname|"
    r"Customer name|Ansprechpartner(?:in)?|Ansprechperson|Kontaktperson|Contact person|Contact name|"
    r"Mitarbeiter(?:in)?|Employee|Bewerber(?:in)?|Applicant|Patient(?:in)?|Inhaber(?:in)?|Kontoinhaber(?:in)?|"
    r"Account holder|Karteninhaber(?:in)?|Cardholder|Card holder|Empfänger(?:in)?|Recipient|Absender(?:in)?|"
    r"Unterschrift|Signed by|Verfasser(?:in)?|Author|Antragsteller(?:in)?|Requester|Requested by|Erstellt von|"
    r"Created by|Assignee|Bearbeiter(?:in)?|Kunde|Kundin|Customer|Client|Mieter(?:in)?|Tenant)[ \t]*:[ \t]*",
    re.IGNORECASE,
)
_SIGNOFF = re.compile(
    r"(?<![\w])(?:Mit freundlichen Grüßen|Mit besten Grüßen|Mit freundlichem Gruß|Freundliche Grüße|Viele Grüße|"
    r"Beste Grüße|Liebe Grüße|Herzliche Grüße|Schöne Grüße|Sonnige Grüße|Gruß|Grüße|MfG|LG|VG|Best regards|"
    r"Kind regards|Warm regards|Warmest regards|Regards|Best wishes|Sincerely|Yours sincerely|Yours truly|"
    r"Yours faithfully|Cheers|Thanks|Thank you|Many thanks|Vielen Dank|Danke|Best|Ciao|Tschüss|Bis bald)"
    r"[ \t]*(?P<sep>[,!.]?[ \t]*\n(?:[ \t]*\n)?[ \t]*|,[ \t]*)",
    re.IGNORECASE,
)


def _name_like(word: str) -> bool:
    if not word[0].isupper() or word in STOP_WORDS or len(word) < 2:
        return False
    if word.isupper() and len(word) > 1:  # acronyms such as IT, HR, GmbH-like tokens
        return False
    return not any(part in STOP_WORDS for part in word.split("-"))


def take_name(text: str, pos: int, max_tokens: int = 3) -> tuple[int, int, list[str]] | None:
    """Capitalised name tokens starting at `pos` (single spaces, particles allowed), or None."""
    m = _TITLES.match(text, pos)
    while m:
        pos = m.end()
        m = _TITLES.match(text, pos)
    tokens: list[str] = []
    start = end = pos
    while len(tokens) < max_tokens:
        m = _TOKEN.match(text, pos)
        if not m:
            break
        word = m.group()
        if word in _PARTICLES and tokens:
            nxt = _TOKEN.match(text, m.end() + 1) if text[m.end():m.end() + 1] == " " else None
            if nxt and _name_like(nxt.group()):
                pos = nxt.start()
                continue
            break
        last = word.split("-")[-1]
        initial = len(last) == 1 and last.isupper() and text[m.end():m.end() + 1] == "." and word[0].isupper()
        if not initial and not _name_like(word):
            break
        if not tokens:
            start = m.start()
        tokens.append(word)
        end = m.end() + initial
        if text[end:end + 1] != " ":
            break
        pos = end + 1
    if all(len(t.split("-")[-1]) == 1 for t in tokens):  # initials alone are no name
        return None
    return start, end, tokens


def _salutations(text: str) -> Iterator[Finding]:
    for m in _SALUTATION.finditer(text):
        got = take_name(text, m.end())
        if not got:
            continue
        start, end, tokens = got
        word = m.group("word")
        strong = word not in _GREETINGS or len(tokens) > 1 or is_first_name(tokens[0])
        yield finding("name", text, start, end, strong)


def _fields(text: str) -> Iterator[Finding]:
    for m in _FIELD.finditer(text):
        got = take_name(text, m.end(), 4)
        if got:
            start, end, tokens = got
            yield finding("name", text, start, end, len(tokens) > 1 or is_first_name(tokens[0]))


def _signoffs(text: str) -> Iterator[Finding]:
    for m in _SIGNOFF.finditer(text):
        got = take_name(text, m.end())
        if not got:
            continue
        start, end, tokens = got
        after = text[end:end + 1]
        if after not in ("", "\n", ",", " ", "\r"):
            continue
        if len(tokens) > 1 or is_first_name(tokens[0]):
            yield finding("name", text, start, end, len(tokens) > 1)


@lru_cache(maxsize=64)
def _given_patterns(names: tuple[str, ...]) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    fulls = sorted({n.strip() for n in names if len(n.strip()) >= 2}, key=len, reverse=True)
    parts = sorted({p for n in fulls for p in _TOKEN.findall(n) if len(p) >= 3 and _name_like(p)} - set(fulls),
                   key=len, reverse=True)
    full_re = (re.compile(r"(?<![\w])(?:" + "|".join(r"\s+".join(map(re.escape, f.split())) for f in fulls) + r")(?![\w])",
                          re.IGNORECASE) if fulls else None)
    part_re = re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, parts)) + r")(?![\w])") if parts else None
    return full_re, part_re


def _given(text: str, names: Sequence[str]) -> Iterator[Finding]:
    full_re, part_re = _given_patterns(tuple(names))
    if full_re:
        for m in full_re.finditer(text):
            yield finding("name", text, m.start(), m.end(), True)
    if part_re:
        for m in part_re.finditer(text):
            yield finding("name", text, m.start(), m.end(), False)


def _pairs(text: str) -> Iterator[Finding]:
    """A known first name followed by a capitalised surname (weak: a bare name without context)."""
    if not first_names():
        return
    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    i, n = 0, len(toks)
    while i < n - 1:
        start, _end, word = toks[i]
        if not (word[0].isupper() and is_first_name(word)):
            i += 1
            continue
        j, last = i + 1, None
        while j < n and j - i <= 4 and toks[j][0] == toks[j - 1][1] + 1 and text[toks[j - 1][1]] == " ":
            nxt = toks[j][2]
            if nxt not in _PARTICLES:
                if not _name_like(nxt):
                    break
                last = j
                if not is_first_name(nxt):
                    break  # a surname ends the name
            j += 1
        if last is None or _COMPANY.match(text, toks[last][1]):
            i += 1
            continue
        yield finding("name", text, start, toks[last][1], False)
        i = last + 1


def people(text: str, names: Sequence[str] = ()) -> Iterator[Finding]:
    """All name findings (overlaps are resolved by the caller)."""
    if names:
        yield from _given(text, names)
    yield from _salutations(text)
    yield from _fields(text)
    yield from _signoffs(text)
    yield from _pairs(text)
