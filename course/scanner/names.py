"""Personal names: given names, names after a salutation, in name fields, under a sign-off, and First Last pairs."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import pairwise

from course.scanner.context import Doc, finding, free_before
from course.scanner.firstnames import (
    FIRMS,
    NOT_FIRST_NAMES,
    STOP_WORDS,
    SURNAMES_TOO,
    WORD_NAMES,
    common_first_name,
    first_names,
    folded_first_names,
    is_first_name,
)
from course.scanner.namecues import (
    NOT_SURNAMES,
    PERSON_AFTER,
    PERSON_PHRASE_BEFORE,
    PLURAL_VERBS,
    ROLES,
    V2_VERBS,
    VERBS,
    beside_identifiers,
    given_like,
    joined,
    mail_names,
    role_names,
    surname_like,
)
from course.scanner.namelists import (
    after_suffix,
    asked,
    dash_signature,
    directory_names,
    extend,
    inner_salutations,
    joined_first_names,
    labelled_lists,
    lists_of_people,
    lone_first_name,
    mentions,
)
from course.scanner.result import Finding

_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_PARTICLES = frozenset("von van de der den zu vom ten ter da di du le la del della dos das y".split())
_TITLES = re.compile(
    r"(?:(?:Dr|Prof|Dipl|Ing|Mag|med|rer|nat|phil|jur|dent|Univ)\.(?:-Ing\.)?|Frau|Herrn?|Dr\.-Ing\.|Prof\. Dr\.|"
    r"PD|MBA|Dipl\.-Ing\.|Dipl\.-Kfm\.|Dipl\.-Kffr\.)[ \t]+"
)
_SALUTATION = re.compile(
    r"(?P<word>Herrn?|Frau|Hr\.|Fr\.|Dr\.|Prof\.|Mr\.?|Mrs\.?|Ms\.?|Mx\.?|Miss|Dear|Liebe[rs]?|"
    r"[Ss]ehr geehrte[rs]?|Hallo|Hi|Hello|Hey|Moin|Servus|Guten (?:Tag|Morgen)|Good (?:morning|afternoon|evening))"
    r"(?![\w])[ \t]+"
)
_COMPANY = re.compile(
    r"[ \t]*(?:&[ \t]*(?:Co|Partner|Söhne|Sons)|GmbH|gGmbH|AG|KG|KGaA|OHG|SE|UG|e\.[ \t]?K\.|e\.[ \t]?V\.|mbH|"
    r"Inc\.?|LLC|Ltd\.?|PLC|Corp\.?|Group|Gruppe|Holding|& Söhne)(?![\w])"
)
_GREETINGS = frozenset("Hallo Hi Hello Hey Moin Servus".split())
_FIELD = re.compile(  # on the lower-cased text
    r"(name|vorname|nachname|familienname|full name|first name|last name|surname|given name|kundenname|"
    r"customer name|ansprechpartner(?:in)?|ansprechperson|kontaktperson|contact person|contact name|"
    r"mitarbeiter(?:in)?|employee|bewerber(?:in)?|applicant|patient(?:in)?|inhaber(?:in)?|kontoinhaber(?:in)?|"
    r"account holder|karteninhaber(?:in)?|cardholder|card holder|empfänger(?:in)?|recipient|absender(?:in)?|"
    r"unterschrift|signed by|verfasser(?:in)?|author|antragsteller(?:in)?|requester|requested by|erstellt von|"
    r"created by|assignee|bearbeiter(?:in)?|kunde|kundin|customer|client|mieter(?:in)?|tenant)[ \t]*:$",
)
_COLON = re.compile(r":[ \t]*")
# Fields that always hold a person; others (Kunde, Empfänger ...) may hold a company.
_PERSON_FIELDS = frozenset(
    {
        "name",
        "vorname",
        "nachname",
        "familienname",
        "full name",
        "first name",
        "last name",
        "surname",
        "given name",
        "kundenname",
        "customer name",
        "ansprechpartner",
        "ansprechpartnerin",
        "ansprechperson",
        "kontaktperson",
        "contact person",
        "contact name",
        "mitarbeiter",
        "mitarbeiterin",
        "employee",
        "bewerber",
        "bewerberin",
        "applicant",
        "patient",
        "patientin",
        "kontoinhaber",
        "kontoinhaberin",
        "account holder",
        "karteninhaber",
        "karteninhaberin",
        "cardholder",
        "card holder",
        "antragsteller",
        "antragstellerin",
    }
)
_SIGNOFF = re.compile(  # on the lower-cased text
    r"(?:mit freundlichen grüßen|mit besten grüßen|mit freundlichem gruß|freundliche grüße|viele grüße|"
    r"beste grüße|liebe grüße|herzliche grüße|schöne grüße|sonnige grüße|gruß|grüße|mfg|lg|vg|best regards|"
    r"kind regards|warm regards|warmest regards|regards|best wishes|sincerely|yours sincerely|yours truly|"
    r"yours faithfully|cheers|thanks|thank you|many thanks|vielen dank|danke|best|ciao|tschüss|bis bald)"
    r"(?:[ \t]+(?:aus|from|vom|von)[ \t]+(?:dem |der |the )?[^\W\d_]+(?:[ -][^\W\d_]+)?)?"  # "Grüße aus Hamburg"
    r"[ \t]*(?P<sep>[,!.]?[ \t]*\n(?:[ \t]*\n)?[ \t]*|,[ \t]*|(?:(?<=mfg)|(?<=lg)|(?<=vg))[ \t]+)",
)


def _name_like(word: str) -> bool:
    if not word[0].isupper() or word in STOP_WORDS or len(word) < 2:
        return False
    if word.isupper() and len(word) > 1:  # acronyms such as IT, HR, GmbH-like tokens
        return False
    return not any(part in STOP_WORDS for part in word.split("-"))


def take_name(text: str, pos: int, max_tokens: int = 3) -> tuple[int, int, list[str]] | None:
    """Capitalised name tokens starting at `pos` (single spaces, particles allowed), or None."""
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
        if word in _PARTICLES and tokens:
            nxt = _TOKEN.match(text, m.end() + 1) if text[m.end() : m.end() + 1] == " " else None
            if nxt and _name_like(nxt.group()):
                pos = nxt.start()
                continue
            break
        last = word.split("-")[-1]
        initial = len(last) == 1 and last.isupper() and text[m.end() : m.end() + 1] == "." and word[0].isupper()
        if not initial and not _name_like(word):
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
    "Mit Freundliche Viele Beste Liebe Herzliche Schöne Sonnige Gruß Grüße MfG LG VG Best Kind Warm Warmest Regards "
    "Sincerely Yours Cheers Thanks Thank Many Vielen Danke Ciao Tschüss Bis".split()
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
        got = take_name(text, m.end())
        if not got:
            continue
        start, end, tokens = got
        if (
            m.group("word") in _GREETINGS
            and len(tokens) == 1
            and not is_first_name(tokens[0])
            and not (given_like(tokens[0]) and _LETTER_OPENING.match(text, end))
        ):
            continue  # "Hallo Welt", "Hi Support": a greeting before a noun; "Hallo Smilla,\n" opens a letter
        yield finding("name", text, start, end, True)


def _fields(doc: Doc) -> Iterator[Finding]:
    for colon in _COLON.finditer(doc.lower):  # few colons: look back from each for a field label
        m = _FIELD.search(doc.lower, max(0, colon.start() - 30), colon.start() + 1)
        if not m or not free_before(doc.lower, m.start()):
            continue
        got = take_name(doc.text, colon.end(), 4)
        if got:
            start, end, tokens = got
            person_field = m.group(1) in _PERSON_FIELDS
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
        {p for n in fulls for p in _TOKEN.findall(n) if len(p) >= 3 and _name_like(p)} - set(fulls),
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


_NEXT = re.compile(  # the next name word of a bare name: "Anna Schmidt", "Jan van der Berg", "Ana dos Santos"
    r" (?:(?:von|van) (?:der|den|de) |(?:von|van|de|zu|vom|ten|ter|da|di|du|le|la|del|della|dos|mc) )?"
    r"(?P<w>[A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]*(?:['’-][^\W\d_]+)*)"
)


# A second surname or a suffix that ends the name, before punctuation or a long number ("Ronald Jacobi Jäckel
# 15740876374").
_MORE = re.compile(
    r" (?:(?P<suffix>II|III|IV|Jr\.|Sr\.|jun\.|sen\.)|(?P<w>[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:-[^\W\d_]+)?))"
    r"(?=[ \t]*(?:[,.;:!?()\n]|$)|[ \t]+(?:\d[ ./-]?){6})"
)


_NOT_SECOND = NOT_FIRST_NAMES | NOT_SURNAMES  # "Rose Garden", "Summer Sale": no surname after a word name
_SHORTENED = re.compile(r"([^\W\d_]{2,})-[A-ZÄÖÜ]")


def _pairs(doc: Doc) -> Iterator[Finding]:
    """A known first name followed by a capitalised surname (weak: a bare name without context)."""
    known = first_names()
    if not known:
        return
    text, resume = doc.text, 0
    folded = folded_first_names()
    for start, end, word in doc.caps:
        if start < resume:
            continue
        wordy = word in WORD_NAMES  # "Mark", "Rose": a name only with a surname beside it
        short = _SHORTENED.fullmatch(word) if text[end : end + 1] == "." else None
        if short and (is_first_name(short.group(1)) or given_like(short.group(1))):
            end += 1  # "Klaus-D. Eckbauer", "Hans-J. Meier": a double first name shortened to its initial
        elif not (
            wordy or word in known or word in folded or ("-" in word or not word.isascii()) and is_first_name(word)
        ):
            continue
        if not free_before(text, start):
            continue
        last, surnames = 0, []
        for _ in range(3):
            nxt = _NEXT.match(text, end)
            if not nxt or not (_name_like(nxt.group("w")) or nxt.group("w") in SURNAMES_TOO):
                break
            if wordy and not last and (nxt.group("w") in WORD_NAMES or nxt.group("w") in _NOT_SECOND):
                break  # "Will Smith" yes, "Summer Sale"-like pairs of two everyday words no
            end = last = nxt.end()
            surnames.append(nxt.group("w"))
            if not is_first_name(nxt.group("w")):
                break  # a surname ends the name
        if last:  # a second surname or a suffix that ends the name: "Anna Grein Groth,", "Ira Koch II"
            extra = _MORE.match(text, last)
            if extra and (
                extra.group("suffix") or _name_like(extra.group("w")) and not extra.group("w").endswith(_NOUN_ENDS)
            ):
                last = end = extra.end("w") if extra.group("w") else extra.end("suffix")
        if last and " ".join([word, *surnames]) in FIRMS:
            resume = last
            continue
        if last and not _COMPANY.match(text, last):
            yield finding("name", text, start, last, False)
            resume = last
        elif (
            not last
            and not wordy
            and (_mid_sentence(text, start) or common_first_name(word) and lone_first_name(text, start, end))
            and not _COMPANY.match(text, end)
        ):
            yield finding("name", text, start, end, False)  # "Schreib Anna, dass ...", "a reply to John"


_PLACE_WORDS = frozenset("in im aus nach nahe near from and und of von de the der die das den dem des am at".split())
_WORD_BEFORE = re.compile(r"([^\W\d_]+) $")


def _mid_sentence(text: str, start: int) -> bool:
    """True after a lower-case word that does not introduce a place or a company ("an Anna", "to John")."""
    m = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return m is not None and m.group(1).islower() and m.group(1) not in _PLACE_WORDS


# Words after which two capitalised words are most likely a person's first name and surname, even when the
# first name is not in the list ("bei Tenzin Jost", "von Fynn Stutz", "account holder Rayan Meier").
_PERSON_BEFORE = (
    frozenset(
        "von bei für an mit hat habe hatte ist war und oder sagt schreibt meldet bittet kollege kollegin herrn herr "
        "frau for to with by and or asked told ask tell let holder inhaber inhaberin kontoinhaber kontoinhaberin "
        "mitarbeiter mitarbeiterin employee colleague du sie dich dir euch ihnen you is was ring call phone email "
        "refund pay invite remind thank cc laut schrieb antwortete gestern heute diesmal bereits inzwischen zuletzt "
        "wrote replied yesterday".split()
    )
    | ROLES
    | V2_VERBS
)
# Endings of German and English common nouns: such a word is no given name ("bei Lieferung Müller").
_NOUN_ENDS = (
    "ung",
    "keit",
    "heit",
    "schaft",
    "tion",
    "tät",
    "nis",
    "ment",
    "tur",
    "ei",
    "ik",
    "ität",
    "ismus",
    "ness",
    "ship",
    "ance",
    "ence",
    "ity",
    "ing",
    "age",
    "ure",
    "ery",
    "ist",
    "or",
    "er",
    "en",
    "te",
    "um",
)
_PLACE_STARTS = frozenset(
    "North South East West Port Lake New Mount Fort Saint Sankt Bad Upper Lower Great Little Old "
    "Nord Süd Ost Neu Alt Groß Klein Ober Unter".split()
)
_AFTER_NAME = re.compile(r"[ \t]*(?:[,.;:!?()\n]|$)|[ \t]+[a-zäöüß]|'s\b|’s\b")


# A verb right after two capitalised words at the start of a sentence: "Alea Jost kommt ...", "Tenzin Jost has ..."
_CAPWORD = r"[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:['’-][^\W\d_]+)*"
# A verb right after two capitalised words at the start of a sentence: "Alea Jost kommt ...", "Tenzin Jost has ...",
# also after a second name ("Nika Strauss und Lily Guggenberger teilen ...") or a possessive ("Dale Jarvis's card").
_VERB_AFTER = re.compile(
    rf"[ \t]+{VERBS}|,[ \t]+(?:geb\.|geboren|born|date of birth|DOB)|['’]s[ \t]+[a-z]"
    rf"|[ \t]+(?:und|and|&)[ \t]+{_CAPWORD}[ \t]+{_CAPWORD}[ \t]+{PLURAL_VERBS}"
)


def _sentence_start(text: str, i: int) -> bool:
    j = i
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    return j == 0 or text[j - 1] in ".!?\n:," or text[j - 1].isdigit() and j < i  # "... 8364-0 Pauline Egger hat"


def _context_pairs(doc: Doc) -> Iterator[Finding]:
    """Two capitalised words after a word that introduces a person, followed by punctuation or a lower-case word."""
    text, caps = doc.text, doc.caps
    for (s1, e1, w1), (s2, e2, w2) in pairwise(caps):
        if w2.endswith(("'s", "’s")):  # "Bongani Zulu's card"
            w2, e2 = w2[:-2], e2 - 2
        if s2 != e1 + 1 or text[e1] != " " or not (2 <= len(w1) <= (16 if "-" in w1 else 12) and 2 <= len(w2) <= 16):
            continue
        tail = after_suffix(text, e2)  # "Kwame Asante Jr. will ..."
        m = _WORD_BEFORE.search(text, max(0, s1 - 20), s1)
        if m and m.group(1).lower() in _PERSON_BEFORE and len(w1) > 10 and "-" not in w1:
            m = None  # "mit Schwerpunkt Umsatzsteuer": a long word after a cue is a noun, unless a verb follows
        if not m or m.group(1).lower() not in _PERSON_BEFORE:
            if not (
                _sentence_start(text, s1)
                and _VERB_AFTER.match(text, tail)
                or PERSON_PHRASE_BEFORE.search(text, max(0, s1 - 24), s1)
                or PERSON_AFTER.match(text, e2)
                and (is_first_name(w1) or not w2.endswith("en") or text[e2 : e2 + 2].lstrip().startswith("("))
            ):
                continue  # "Wünscht Referenzen aus der Logistik": a verb and a plural noun
        if not (_name_like(w1) and (_name_like(w2) or w2 in SURNAMES_TOO)) or not (is_first_name(w1) or given_like(w1)):
            continue
        if (
            w1 in NOT_FIRST_NAMES
            or w1 in WORD_NAMES
            or w1 in _PLACE_STARTS
            or not surname_like(w2)
            or not (_AFTER_NAME.match(text, tail) or PERSON_AFTER.match(text, tail))
            or _COMPANY.match(text, e2)
            or f"{w1} {w2}" in FIRMS
        ):
            continue
        yield finding("name", text, s1, e2, False)


def people(doc: Doc, names: Sequence[str] = (), found: Sequence[Finding] = ()) -> list[Finding]:
    """All name findings (overlaps are resolved by the caller); `found` are the other categories' findings,
    whose holders are named beside them ("Levi Steinlechner, Tel. ...", "SSN: ... (Jessica Burns)")."""
    out: list[Finding] = list(_given(doc.text, names)) if names else []
    for detector in (_salutations, _fields, _signoffs, _pairs, _context_pairs):
        out.extend(detector(doc))
    out.extend(role_names(doc))
    out.extend(beside_identifiers(doc, found))
    out.extend(mail_names(doc, found))
    out.extend(labelled_lists(doc))
    out.extend(mentions(doc))
    out.extend(asked(doc))
    out.extend(inner_salutations(doc))
    out.extend(dash_signature(doc))
    out.extend(directory_names(doc))
    out.extend(list(joined(doc, tuple(out))))
    out.extend(list(lists_of_people(doc, tuple(out))))
    out.extend(list(joined_first_names(doc, tuple(out))))
    return [extend(doc, f) for f in out]
