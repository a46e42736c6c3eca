"""Bare names: a known first name and a surname anywhere, and two name words where a person is expected."""

from __future__ import annotations

import re
from collections.abc import Iterator
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
    town_names,
)
from course.scanner.namecues import (
    NOT_SURNAMES,
    PERSON_AFTER,
    PERSON_PHRASE_BEFORE,
    PLURAL_VERBS,
    ROLES,
    V2_VERBS,
    VERBS,
    given_like,
    surname_like,
)
from course.scanner.namelists import after_suffix
from course.scanner.namelone import lone_first_name
from course.scanner.result import Finding

COMPANY = re.compile(
    r"[ \t]*(?:(?:van|von|de|II|III|IV)[ \t]+)?"  # "Dussen van AG", "Koch II KG": a particle or suffix, then the form
    r"(?:&[ \t]*(?:Co|Partner|Söhne|Sons|Cie)|GmbH|gGmbH|AG|KG|KGaA|OHG|SE|UG|e\.[ \t]?K\.|e\.[ \t]?V\.|mbH|"
    r"OG|KEG|GesbR|GesmbH|GbR|PartG|eG|Stiftung|"  # Austrian and other German firm forms
    r"Inc\.?|LLC|Ltd\.?|PLC|Corp\.?|Group|Gruppe|Holding|& Söhne)(?![\w])"
)


def name_like(word: str) -> bool:
    if not word[0].isupper() or word in STOP_WORDS or len(word) < 2:
        return False
    if word.isupper() and len(word) > 1:  # acronyms such as IT, HR, GmbH-like tokens
        return False
    return not any(part in STOP_WORDS for part in word.split("-"))


_NEXT = re.compile(  # the next name word of a bare name: "Anna Schmidt", "Jan van der Berg", "Ana dos Santos"
    r" (?:(?:von|van) (?:der|den|de) |(?:von|van|de|zu|vom|ten|ter|da|di|du|le|la|del|della|dos|mc|bin|ibn) )?"
    r"(?P<w>(?:(?:al|el)-)?[A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]*(?:['’-][^\W\d_]+)*)"  # "Denise bin Sulaiman", "Mihaela al-Rashid"
)


# A second surname or a suffix that ends the name, before punctuation or a long number ("Ronald Jacobi Jäckel
# 15740876374").
_MORE = re.compile(
    r" (?:(?P<suffix>II|III|IV|Jr\.|Sr\.|jun\.|sen\.)|(?P<w>[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:-[^\W\d_]+)?))"
    r"(?=[ \t]*(?:[,.;:!?()\n]|$)|[ \t]+(?:\d[ ./-]?){6}|[ \t]+" + VERBS + ")"
)


_OWNED = re.compile(r"[ \t]+(?:[a-z]{2,}[ \t]+)?[a-z]{3,}")  # what a person owns: "Kavya's account", "Lena's new car"
_NOT_SECOND = NOT_FIRST_NAMES | NOT_SURNAMES  # "Rose Garden", "Summer Sale": no surname after a word name
_SHORTENED = re.compile(r"([^\W\d_]{2,})-[A-ZÄÖÜ]")


def pairs(doc: Doc) -> Iterator[Finding]:
    """A known first name followed by a capitalised surname (weak: a bare name without context)."""
    known = first_names()
    if not known:
        return
    text, resume = doc.text, 0
    folded = folded_first_names()
    for start, end, word in doc.caps:
        if start < resume:
            continue
        if (  # most capitalised words: no name, no possessive, no shortened double name (the checks below in brief)
            word not in known
            and word not in folded
            and word not in WORD_NAMES
            and word.isascii()
            and "-" not in word
            and "'" not in word
            and text[end : end + 1] != "."
        ):
            continue
        owner = False
        if word.endswith(("'s", "’s")) and word[:-2] in known:
            word, end = word[:-2], end - 2  # "That was Roy's idea."
            owner = _OWNED.match(text, end + 2) is not None  # "drinks at Wei's place", "(Senad's account)"
            before = _WORD_BEFORE.search(text, max(0, start - 20), start)
            if before and before.group(1)[0].isupper():
                owner = False  # "Improve Murat's prompt": the instruction of an exercise, about its persona
        wordy = word in WORD_NAMES  # "Mark", "Rose": a name only with a surname beside it
        short = _SHORTENED.fullmatch(word) if text[end : end + 1] == "." else None
        if short and (is_first_name(short.group(1)) or given_like(short.group(1))):
            end += 1  # "Klaus-D. Eckbauer", "Hans-J. Meier": a double first name shortened to its initial
        elif not (
            wordy or word in known or word in folded or ("-" in word or not word.isascii()) and is_first_name(word)
        ):
            continue
        if not free_before(text, start) or _not_a_person_here(text, start, end, word, wordy):
            continue
        last, surnames = 0, []
        for _ in range(3):
            nxt = _NEXT.match(text, end)
            core = nxt.group("w")[3:] if nxt and nxt.group("w")[2:3] == "-" and nxt.group("w")[0].islower() else ""
            if not nxt or not (name_like(core or nxt.group("w")) or nxt.group("w") in SURNAMES_TOO):
                break
            if wordy and not last and (nxt.group("w") in WORD_NAMES or nxt.group("w") in _NOT_SECOND):
                break  # "Will Smith" yes, "Summer Sale"-like pairs of two everyday words no
            if nxt.group("w") in NOT_SURNAMES or nxt.group("w") in _STREET_TYPES:
                if not last:
                    wordy = True  # "on Stanley Street", "Victoria Close": no lone first name either
                break  # "Victoria Station", "Sophie Hotel": a place or a firm named after a person
            end = last = nxt.end()
            surnames.append(nxt.group("w"))
            if not is_first_name(nxt.group("w")):
                break  # a surname ends the name
        if last:  # a second surname or a suffix that ends the name: "Anna Grein Groth,", "Ira Koch II"
            extra = _MORE.match(text, last)
            if extra and (
                extra.group("suffix") or name_like(extra.group("w")) and not extra.group("w").endswith(_NOUN_ENDS)
            ):
                last = end = extra.end("w") if extra.group("w") else extra.end("suffix")
        if last and len(surnames) == 1 and surnames[0] in _STREETISH and _after_place_word(text, start):
            resume = last  # "a new building on Princess Lane", "the office in Laura Park"
            continue
        whole = " ".join([word, *surnames]).removesuffix("'s").removesuffix("’s")  # "Grant Thornton's report"
        if last and (whole in FIRMS or whole in town_names() or wordy and surnames[-1].endswith(_PLACE_ENDS)):
            resume = last  # "Grant Thornton", "Milton Keynes", "Ann Arbor"
            continue
        if last and not COMPANY.match(text, last):
            yield finding("name", text, start, last, False)
            resume = last
        elif (
            not last
            and not wordy
            and (
                owner
                or _mid_sentence(text, start, common_first_name(word))
                or lone_first_name(text, start, end, common_first_name(word))
            )
            and not COMPANY.match(text, end)
        ):
            yield finding("name", text, start, end, False)  # "Schreib Anna, dass ...", "a reply to John"


# Endings of German place names: after a word that is a name only beside a surname, such a word makes a place
# ("die Mark Brandenburg", "Rose Heimstadt"), not a person.
_PLACE_ENDS = ("burg", "dorf", "hausen", "stadt", "furt", "heim", "ingen", "bach")
_PLACE_WORDS = frozenset(
    "in im aus nach nahe near from and und of von de the der die das den dem des am at on onto off along via".split()
)
_ARTICLES = frozenset("der die das den dem des ein eine einer einem the a".split())
# Words that start a place's name in Romance languages and in English, never a person's: "Monte Christo", "San Remo".
_PLACE_START = frozenset("Monte Mont San Santa Santo Porto Puerto Rio Costa Villa Val Ciudad Sainte Port Fort".split())
# Street types that no surname is: "Victoria Close", "Granville Mews" ("Lane", "Park", "Hill" are surnames too).
_STREET_TYPES = frozenset("Close Mews Crescent Walk Rise Vale Wharf Quay Circus Boulevard Blvd Ave Rd Terrace".split())
# Street and park words that are surnames too ("Emma Lane"): after "on", "in", "at" they name a place.
_STREETISH = frozenset("Lane Park Hill Green Hall Row Way Field Fields Gate Wood Woods Bridge Cross".split())
_PLACE_PREPOSITIONS = frozenset("on in at off along into onto near".split())


def _after_place_word(text: str, start: int) -> bool:
    m = _WORD_BEFORE.search(text, max(0, start - 8), start)
    return m is not None and m.group(1) in _PLACE_PREPOSITIONS


_MONTHS = frozenset("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())
_DAY_AFTER = re.compile(r"\.?[ \t]?\d")


def _not_a_person_here(text: str, start: int, end: int, word: str, wordy: bool) -> bool:
    """A first name that is no person where it stands: an everyday-word name after an article ("die Mark
    Brandenburg", "the Rose Bowl"), the start of a place's name ("Monte Carlo"), a month's abbreviation before its
    day ("Jan. 14")."""
    if word in _PLACE_START or word in _MONTHS and _DAY_AFTER.match(text, end):
        return True
    if not wordy:
        return False
    m = _WORD_BEFORE.search(text, max(0, start - 8), start)
    return m is not None and m.group(1).lower() in _ARTICLES


_WORD_BEFORE = re.compile(r"([^\W\d_]+) $")


def _mid_sentence(text: str, start: int, common: bool) -> bool:
    """True after a lower-case word that does not introduce a place or a company ("an Anna", "to John"; not
    "eins von Linde", "from Austin"). A name rare in the course's markets needs a word that introduces a person
    ("an Kelechi", "for Visa"), not any verb ("We accept Visa and Mastercard")."""
    m = _WORD_BEFORE.search(text, max(0, start - 20), start)
    if m is None or not m.group(1).islower():
        return False
    if m.group(1) in _PLACE_WORDS:
        return m.group(1) in ("von", "of") and _HOLDER_OF.search(text, max(0, m.start() - 40), m.start()) is not None
    return common or m.group(1) in _PERSON_BEFORE or m.group(1) in _CHAT_BEFORE


# A number, an account or an address "of" someone: "die AHV-Nummer von Evelyn", "die StNr. von Tariq", "the IBAN of
# Kavya": the name after "von"/"of" holds it (not "eins von Linde", "from Austin").
_HOLDER_OF = re.compile(
    r"(?i:nummer|nr\.?|(?<![^\W\d_])(?:id|ahvn13|utr|ssn|itin|nino|iban)|konto|adresse|address|"
    r"e-mail|email|handy|handynummer|telefon|telefonnummer|phone|number|account|details|geburtsdatum|birthday)"
    r"[ \t]+$"
)


# Chat interjections and wishes before a person's name: "lol Lakshmi just replied", "hbd Santiago!!".
_CHAT_BEFORE = frozenset("lol hbd ugh fyi btw omg up congrats thx thanks danke hey hi hallo servus moin".split())


# Words after which two capitalised words are most likely a person's first name and surname, even when the
# first name is not in the list ("bei Tenzin Jost", "von Fynn Stutz", "account holder Rayan Meier").
_PERSON_BEFORE = (
    frozenset(
        "von bei für an mit hat habe hatte ist war und oder sagt schreibt meldet bittet kollege kollegin herrn herr "
        "frau for to with by and or asked told ask tell let holder inhaber inhaberin kontoinhaber kontoinhaberin "
        "mitarbeiter mitarbeiterin employee colleague du sie dich dir euch ihnen you is was ring call phone email "
        "refund pay invite remind thank cc laut schrieb antwortete gestern heute diesmal bereits inzwischen zuletzt "
        "wrote replied yesterday gratulieren gratuliert congratulate kundin bewerberin "
        "bewerber applicant mieterin mieter tenant patientin patient mich dich uns euch".split()
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
    return j == 0 or text[j - 1] in ".!?\n:,–—" or text[j - 1].isdigit() and j < i  # "... 8364-0 Pauline Egger hat"


# A person addressed after the name ("Reminder: Sergei Smith, your appointment ...", "Liebe Grüße an Anna Roth, du
# hast ..."), and phrases and roles before a name that the shared cues lack.
_VOCATIVE = re.compile(r",[ \t]+(?:your|you|du|dein|deine|deinen|Sie|Ihr|Ihre|Ihren)(?![\w])")
_MORE_CUE_ENDS = frozenset(
    "card account auf over to kunde kundin customer client caller anrufer anruferin mandant mandantin guest "
    "gast".split()
)
# A customer may be a firm ("our customer Tesco Midlands"): a known first name or a verb after the pair is needed.
_CLIENT_WORDS = frozenset("kunde kundin customer client mandant mandantin guest gast".split())
_MORE_PHRASES = re.compile(
    r"(?i:name on (?:the )?(?:card|account)|lautend auf|taking over|handing over to|kunde|kundin|customer|client|"
    r"caller|anrufer|anruferin|mandant|mandantin|guest|gast)[ \t]+$"
)


def context_pairs(doc: Doc) -> Iterator[Finding]:
    """Two capitalised words after a word that introduces a person, followed by punctuation or a lower-case word."""
    text, caps = doc.text, doc.caps
    for (s1, e1, w1), (s2, e2, w2) in pairwise(caps):
        if s2 != e1 + 1:  # not two words one space apart (the first test below, taken first: most pairs end here)
            continue
        owner = False
        if w2.endswith(("'s", "’s")):  # "Bongani Zulu's card"
            w2, e2 = w2[:-2], e2 - 2
            owner = _OWNED.match(text, e2 + 2) is not None  # "is taking over Angel Owusu's accounts"
        if s2 != e1 + 1 or text[e1] != " " or not (2 <= len(w1) <= (16 if "-" in w1 else 12) and 2 <= len(w2) <= 16):
            continue
        if not (name_like(w1) and (name_like(w2) or w2 in SURNAMES_TOO)) or not (is_first_name(w1) or given_like(w1)):
            continue  # the cheap word tests first: most pairs end here, before the look-backs below
        if w1 in NOT_FIRST_NAMES or w1 in WORD_NAMES or w1 in _PLACE_STARTS or w1 in _PLACE_START:
            continue
        tail = after_suffix(text, e2)  # "Kwame Asante Jr. will ..."
        m = _WORD_BEFORE.search(text, max(0, s1 - 20), s1)
        if m and m.group(1).lower() in _CLIENT_WORDS and not is_first_name(w1) and not _VERB_AFTER.match(text, tail):
            continue  # "our customer Tesco Midlands about ...": a firm is served too; a person needs a first name
        if m and m.group(1).lower() in _PERSON_BEFORE and len(w1) > 10 and "-" not in w1:
            m = None  # "mit Schwerpunkt Umsatzsteuer": a long word after a cue is a noun, unless a verb follows
        if not m or m.group(1).lower() not in _PERSON_BEFORE:
            if not (
                _sentence_start(text, s1)
                and _VERB_AFTER.match(text, tail)
                or owner
                or _VOCATIVE.match(text, tail)
                or PERSON_PHRASE_BEFORE.search(text, max(0, s1 - 24), s1)
                or m is not None
                and m.group(1).lower() in _MORE_CUE_ENDS
                and _MORE_PHRASES.search(text, max(0, s1 - 24), s1) is not None
                and (m.group(1).lower() not in _CLIENT_WORDS or is_first_name(w1) or _VERB_AFTER.match(text, tail))
                or PERSON_AFTER.match(text, e2)
                and (is_first_name(w1) or not w2.endswith("en") or text[e2 : e2 + 2].lstrip().startswith("("))
            ):
                continue  # "Wünscht Referenzen aus der Logistik": a verb and a plural noun
        if (
            not surname_like(w2)
            or not (_AFTER_NAME.match(text, tail) or PERSON_AFTER.match(text, tail))
            or COMPANY.match(text, e2)
            or f"{w1} {w2}" in FIRMS
        ):
            continue
        yield finding("name", text, s1, e2, False)
