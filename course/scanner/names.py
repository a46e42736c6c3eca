"""Personal names: given names, names after a salutation, in name fields, under a sign-off, and First Last pairs."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from course.scanner.context import Doc, finding, free_before
from course.scanner.firstnames import WORD_NAMES, everyday_first_name, is_first_name
from course.scanner.nameaddressee import addressees
from course.scanner.nameblocks import block_names
from course.scanner.namecaps import caps_names, pax_unknown, surname_given
from course.scanner.namecues import (
    given_like,
    joined,
    mail_names,
    role_names,
)
from course.scanner.namefields import COMPOUND_HEADS, FIELD, PERSON_FIELDS
from course.scanner.namefilter import persons_only
from course.scanner.nameforms import (
    card_holders,
    genitive_names,
    initial_surnames,
    json_names,
    signed_from_town,
    thanked_names,
    ticket_names,
)
from course.scanner.namegroups import completed_lists, repeated_names
from course.scanner.nameholders import beside_identifiers
from course.scanner.namelists import (
    asked,
    dash_signature,
    directory_names,
    extend,
    inner_salutations,
    labelled_lists,
    lists_of_people,
    mentions,
)
from course.scanner.namelone import joined_first_names, joined_subjects, lowercase_chat_names, titled_and_greeted
from course.scanner.namelower import lowercase_names
from course.scanner.namepairs import context_pairs, name_like, pairs
from course.scanner.namerepeat import repeated_parts
from course.scanner.namerota import rota_names
from course.scanner.namespots import inverted_names, speakers, spoken_names
from course.scanner.namesubjects import life_subjects, not_things
from course.scanner.nametables import table_names
from course.scanner.nameturns import shapes, turns
from course.scanner.nameunknown import known_words_only, unknown_names, unknown_pairs
from course.scanner.namevetoes import vetoed
from course.scanner.result import Finding

_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_PARTICLES = frozenset(
    "von van de der den zu vom ten ter da di du le la del della dos das y bin binti ibn ben abu".split()
)
# Particles that may open a surname after a title ("Herr von Lindern"), not the German articles ("Herr der Lage").
_LEADING_PARTICLES = _PARTICLES - frozenset("der den das y".split())
# An Arabic article joined to a surname: "al-Rashid", "el-Sayed", "Abd al-Aziz" ("Keith al-Rashid").
_JOINED_ARTICLE = re.compile(r"(?:al|el|ad|ar|as|at|az|an|ash)-[A-ZÀ-ÖØ-Þ][^\W\d_]+")
_TITLES = re.compile(
    r"(?:(?:Dr|Prof|Dipl|Ing|Mag|med|rer|nat|phil|jur|dent|Univ)\.(?:-Ing\.)?|Dr|Prof|Frau|Herrn?|Dr\.-Ing\.|"
    r"Prof\. Dr\.|"
    r"PD|MBA|Dipl\.-Ing\.|Dipl\.-Kfm\.|Dipl\.-Kffr\.)[ \t]+"
)
_SALUTATION = re.compile(
    r"(?P<word>Herrn?|Frau|Hr\.|Fr\.|Dr\.|Prof\.|Mr\.?|Mrs\.?|Ms\.?|Mx\.?|Miss|Dear|Liebe[rs]?|"
    r"[Ss]ehr geehrte[rs]?|Hallo|Hi|Hello|Hey|Moin|Servus|Guten (?:Tag|Morgen)|Good (?:morning|afternoon|evening))"
    r"(?![\w])[ \t]+"
)
_GREETINGS = frozenset("Hallo Hi Hello Hey Moin Servus".split())
_WORD_NAME = re.compile(r"(" + "|".join(sorted(WORD_NAMES)) + r"),")  # "Hi Will," (Will is a stop word too)
_TITLE_WORDS = frozenset("Herr Herrn Frau Hr. Fr. Dr. Prof. Mr Mr. Mrs Mrs. Ms Ms. Mx Mx. Miss".split())
_COLON = re.compile(r":[ \t]*")
_SIGNOFF = re.compile(  # on the lower-cased text
    r"(?:mit freundlichen grü(?:ß|ss)en|mit besten grü(?:ß|ss)en|mit freundlichem gru(?:ß|ss)|"
    r"freundliche grü(?:ß|ss)e|viele grü(?:ß|ss)e|beste grü(?:ß|ss)e|liebe grü(?:ß|ss)e|herzliche grü(?:ß|ss)e|"
    r"schöne grü(?:ß|ss)e|sonnige grü(?:ß|ss)e|gru(?:ß|ss)|grü(?:ß|ss)e|mfg|lg|vg|best regards|"
    r"kind regards|warm regards|warmest regards|regards|best wishes|sincerely|yours sincerely|yours truly|"
    r"yours faithfully|cheers|thanks|thank you|many thanks|vielen dank|danke|best|ciao|tschüss|bis bald|"
    r"sunny greetings|greetings|warm wishes|all the best|take care|speak soon|bis dann|bis später)"
    r"(?:[ \t]+(?:aus|from|vom)[ \t]+(?:dem |der |the )?[^\W\d_]+(?:[ -][^\W\d_]+)?)?"  # "Grüße aus Hamburg"
    r"[ \t]*(?P<sep>[,!.]?[ \t]*\n(?:[ \t]*\n)?[ \t]*"
    r"|,?[ \t]*(?:auch )?von[ \t]+|,?[ \t]*also from[ \t]+"  # "Herzliche Grüße, auch von X"
    r"|,[ \t]*|(?:(?<=mfg)|(?<=lg)|(?<=vg))[ \t]+)",
)


def take_name(
    text: str, pos: int, max_tokens: int = 3, particle_first: bool = False
) -> tuple[int, int, list[str]] | None:
    """Capitalised name tokens starting at `pos` (single spaces, particles allowed), or None; `particle_first`: after
    a title, where a surname may open with its particle ("Herr von Lindern", "Ms de la Cruz", "Ms al-Rashid")."""
    for _ in range(3):  # "Frau Prof. Dr. Weber"; bounded so "Herr Herr Herr ..." stays linear
        m = _TITLES.match(text, pos)
        if not m:
            break
        pos = m.end()
    tokens: list[str] = []
    start = end = pos
    while len(tokens) < max_tokens:
        m = _TOKEN.match(text, pos)
        if not m:
            break
        word = m.group()
        if word in _PARTICLES and (tokens or particle_first and word in _LEADING_PARTICLES):
            nxt = _TOKEN.match(text, m.end() + 1) if text[m.end() : m.end() + 1] == " " else None
            if nxt and nxt.group() in _PARTICLES:  # "Ms de la Cruz", "Margot van den Broek"
                nxt = _TOKEN.match(text, nxt.end() + 1) if text[nxt.end() : nxt.end() + 1] == " " else None
            if nxt and (name_like(nxt.group()) or _JOINED_ARTICLE.fullmatch(nxt.group())):
                if not tokens:
                    start = m.start()
                    tokens.append(word)  # a surname that opens with its particle, after a salutation
                pos = nxt.start()
                continue
            break
        if not tokens and particle_first and _JOINED_ARTICLE.fullmatch(word):  # "Ms al-Rashid"
            start = m.start()
            tokens.append(word)
            end = m.end()
            if text[end : end + 1] != " ":
                break
            pos = end + 1
            continue
        last = word.split("-")[-1]
        initial = len(last) == 1 and last.isupper() and text[m.end() : m.end() + 1] == "." and word[0].isupper()
        if not initial and not name_like(word) and not (tokens and _JOINED_ARTICLE.fullmatch(word)):
            break
        if not tokens:
            start = m.start()
        tokens.append(word)
        end = m.end() + initial
        if text[end : end + 1] != " ":
            break
        pos = end + 1
    if all(len(t.split("-")[-1]) == 1 for t in tokens):  # initials alone are no name
        return None
    return start, end, tokens


_SALUTATION_WORDS = frozenset(
    "Herr Herrn Frau Hr Fr Dr Prof Mr Mrs Ms Mx Miss Dear Liebe Lieber Liebes Sehr Hallo Hi Hello Hey Moin Servus "
    "Guten Good".split()
)
_SIGNOFF_WORDS = frozenset(
    "Mit Freundliche Viele Beste Liebe Herzliche Schöne Sonnige Gruß Grüße Gruss Grüsse MfG LG VG Best Kind Warm "
    "Warmest Regards "
    "Sincerely Yours Cheers Thanks Thank Many Vielen Danke Ciao Tschüss Bis Sunny Greetings Warm All Take Speak".split()
)


_LETTER_OPENING = re.compile(r"[ \t]*[,!][ \t]*(?:\r?\n|$)")
_OWN_LINE = re.compile(r"[ \t]*(?:\r?\n|$)")
_LAST_WORD = re.compile(r"[ \t]*[.!]?[ \t]*(?:\r?\n|$)")  # "Thanks, Oluwaseun", "LG Smilla", "Danke, Chiamaka!"


def _salutations(doc: Doc) -> Iterator[Finding]:
    text = doc.text
    for start, _end, word in doc.caps:
        if word not in _SALUTATION_WORDS or not free_before(text, start, "."):
            continue
        m = _SALUTATION.match(text, start)
        if not m:
            continue
        got = take_name(text, m.end(), particle_first=m.group("word") in _TITLE_WORDS)
        greeting = m.group("word") in _GREETINGS
        if not got:
            word_name = _WORD_NAME.match(text, m.end()) if greeting else None
            if word_name:  # "Hi Will, ...": a word that is also a name, greeted with a comma
                yield finding("name", text, word_name.start(1), word_name.end(1), True)
            continue
        start, end, tokens = got
        opening = text[end : end + 1] == "," and (m.start() == 0 or text[m.start() - 1] == "\n")
        if (
            greeting
            and len(tokens) == 1
            and not is_first_name(tokens[0])
            and not (given_like(tokens[0]) and (opening or _LETTER_OPENING.match(text, end)))
            and not (everyday_first_name(tokens[0]) and text[end : end + 1] == ",")
        ):
            continue  # "Hallo Welt", "Hi Support": a greeting before a noun; "Hallo Smilla,\n" opens a letter
        yield finding("name", text, start, end, True)


def _fields(doc: Doc) -> Iterator[Finding]:
    for colon in _COLON.finditer(doc.lower):  # few colons: look back from each for a field label
        m = FIELD.search(doc.lower, max(0, colon.start() - 30), colon.start() + 1)
        if not m or not (free_before(doc.lower, m.start()) or m.group(1).startswith(COMPOUND_HEADS)):
            continue  # a label opens a word, or ends a compound: "Rechnungsempfänger:", "Versicherungsnehmer/in:"
        got = take_name(doc.text, colon.end(), 4)
        if got:
            start, end, tokens = got
            person_field = m.group(1) in PERSON_FIELDS
            strong = is_first_name(tokens[0]) or (person_field and len(tokens) > 1)
            yield finding("name", doc.text, start, end, strong)


def _signoffs(doc: Doc) -> Iterator[Finding]:
    text = doc.text
    for start, _end, word in doc.caps:
        if word not in _SIGNOFF_WORDS or not free_before(text, start):
            continue
        m = _SIGNOFF.match(doc.lower, start)
        if not m:
            continue
        got = take_name(text, m.end())
        if not got:
            continue
        start, end, tokens = got
        if text[end : end + 1] not in ("", "\n", ",", " ", "\r", "!", "."):
            continue
        if len(tokens) > 1 or is_first_name(tokens[0]):
            yield finding("name", text, start, end, len(tokens) > 1)
        elif given_like(tokens[0]) and (
            "\n" in m.group("sep") and _OWN_LINE.match(text, end) or _LAST_WORD.match(text, end)
        ):
            yield finding("name", text, start, end, False)  # "Viele Grüße\nIlvy": the line under a sign-off


@lru_cache(maxsize=64)
def _given_patterns(names: tuple[str, ...]) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    fulls = sorted({n.strip() for n in names if len(n.strip()) >= 2}, key=len, reverse=True)
    parts = sorted(
        {p for n in fulls for p in _TOKEN.findall(n) if len(p) >= 3 and name_like(p)} - set(fulls),
        key=len,
        reverse=True,
    )
    full_re = (
        re.compile(
            r"(?<![\w])(?:" + "|".join(r"\s+".join(map(re.escape, f.split())) for f in fulls) + r")(?![\w])",
            re.IGNORECASE,
        )
        if fulls
        else None
    )
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


_SIG_SEPARATOR = re.compile(r"^--[ \t]*\r?\n[ \t]*", re.M)
"""The e-mail signature separator "-- " on its own line: the next line is the sender's name."""


def _signature_blocks(doc: Doc) -> Iterator[Finding]:
    """The name on the line under a "--" separator, wherever the signature stands (also mid-thread)."""
    text = doc.text
    if "--" not in text:
        return  # every separator holds "--": one look at the text instead of a pass of the pattern
    for m in _SIG_SEPARATOR.finditer(text):
        got = take_name(text, m.end())
        if not got or not _OWN_LINE.match(text, got[1]):
            continue
        start, end, tokens = got
        if len(tokens) > 1 or is_first_name(tokens[0]) or given_like(tokens[0]):
            yield finding("name", text, start, end, len(tokens) > 1)


_NAME_COLUMNS = frozenset("vorname nachname familienname firstname first_name lastname last_name surname".split()) | {
    "first name",
    "last name",
    "given name",
}
"""Columns that hold only a part of a person's name."""
_NAME_OR_THING_COLUMNS = frozenset(("name", "full name", "fullname", "mitarbeiter", "mitarbeiterin", "employee"))
"""Columns that may also hold a product or a firm: a cell counts when it opens with a known first name."""
_MAX_CELLS = 2000
"""At most this many table cells are looked up under a header: a 1 MB table stays bounded."""


def _name_columns(doc: Doc) -> Iterator[Finding]:
    """Cells under a "Name"/"Vorname"/"Surname" column of a pasted table: "Steindl;Raphael;4806240669"."""
    text = doc.text
    low = doc.lower
    if "name" not in low and "mitarbeiter" not in low and "employee" not in low:
        return  # no header could name a column of people
    if not any(d in text for d in ";\t|,"):
        return
    looked = 0
    for start, _end, _word in doc.caps:
        before = start - 1 if start < 1 or text[start - 1] != " " else start - 2
        if before >= 0 and text[before] not in ';\t|,\n"':
            continue  # a cell opens a line or follows its delimiter (and maybe one space)
        looked += 1
        if looked > _MAX_CELLS:
            return
        header = doc.column_header(start).strip().strip('"').strip().lower()
        if header not in _NAME_COLUMNS and header not in _NAME_OR_THING_COLUMNS:
            continue
        got = take_name(text, start)
        if not got or text[got[1] : got[1] + 1] not in ("", ";", "\t", "|", ",", "\n", '"', " ", "\r"):
            continue
        if header in _NAME_COLUMNS or (len(got[2]) > 1 and is_first_name(got[2][0])):
            yield finding("name", text, got[0], got[1], True)


def people(doc: Doc, names: Sequence[str] = (), found: Sequence[Finding] = ()) -> list[Finding]:
    """All name findings (overlaps are resolved by the caller); `found` are the other categories' findings,
    whose holders are named beside them ("Levi Steinlechner, Tel. ...", "SSN: ... (Jessica Burns)")."""
    out: list[Finding] = list(_given(doc.text, names)) if names else []
    for detector in (_salutations, _fields, _signoffs, pairs, context_pairs):
        out.extend(detector(doc))
    out.extend(role_names(doc))
    out.extend(beside_identifiers(doc, found))
    out.extend(mail_names(doc, found))
    out.extend(addressees(doc, found))
    out.extend(labelled_lists(doc))
    out.extend(mentions(doc))
    out.extend(asked(doc))
    out.extend(inner_salutations(doc))
    out.extend(dash_signature(doc))
    out.extend(_signature_blocks(doc))
    out.extend(_name_columns(doc))
    out.extend(table_names(doc))
    out.extend(rota_names(doc))
    out.extend(block_names(doc))
    out.extend(lowercase_chat_names(doc))
    out.extend(titled_and_greeted(doc))
    out.extend(spoken_names(doc))
    out.extend(speakers(doc))
    out.extend(inverted_names(doc))
    out.extend(unknown_names(doc))
    out.extend(unknown_pairs(doc))
    for form in (
        ticket_names,
        initial_surnames,
        genitive_names,
        thanked_names,
        card_holders,
        json_names,
        signed_from_town,
        caps_names,
        surname_given,
        pax_unknown,
        lowercase_names,
        turns,
        shapes,
        life_subjects,
    ):
        out.extend(form(doc))
    out.extend(joined_subjects(doc))
    out.extend(directory_names(doc))
    out.extend(list(joined(doc, tuple(out))))
    out.extend(list(lists_of_people(doc, tuple(out))))
    out.extend(list(joined_first_names(doc, tuple(out))))
    out.extend(list(completed_lists(doc, tuple(out))))
    out.extend(list(repeated_names(doc, tuple(out))))
    out.extend(list(repeated_parts(doc, tuple(out))))
    out = not_things(doc, known_words_only(doc, persons_only(doc, out)))
    return vetoed(doc, [extend(doc, f) for f in out])
