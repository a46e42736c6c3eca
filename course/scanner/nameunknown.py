"""A capitalised word that is no word of German or English, where only a person fits: a name no table holds."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from course.scanner.context import Doc, finding, positions
from course.scanner.firstnames import NOT_FIRST_NAMES, STOP_WORDS, WORD_NAMES, common_first_name, is_first_name
from course.scanner.healthwords import DRUG
from course.scanner.namecues import DISCOURSE, NOT_GIVEN, PERSON_VERBS, VERBS, given_like, surname_like
from course.scanner.namelexicon import known_word, words
from course.scanner.namelone import opens_sentence
from course.scanner.result import Finding

# A finite verb after the subject, also negated in English ("Sefa won't be in", "Kamalei can't make it").
_VERB_AFTER = re.compile(
    rf"[ \t]+(?:{VERBS}|{PERSON_VERBS}|(?:can|won|isn|hasn|doesn|didn|wasn|couldn|wouldn|shouldn)['’]t(?![\w])|"
    r"joins|gets|keeps|needs|braucht|fehlt|meldet|arbeitet|bleibt|fängt|spricht|schickt|hält)"
)
# Adverbs of time that open a sentence before its subject in English ("Tomorrow Ihaia joins the team").
_TIME_OPENERS = frozenset("Today Tomorrow Yesterday Tonight Now Also Then Later Currently".split())
# A preposition (written small: not a sentence's first word, where it opens a place or a product) right before the
# word: "mit Senthil abstimmen", "an Tamari,", "to Tsegaye before", "thanks to Wikitoria for". Not "by": it names a
# firm or a product as often as a person, and a deadline ("approved by Finance", "by Friday").
_PREPOSITION_BEFORE = re.compile(
    r"(?<![\w-])(?:mit|für|von|an|bei|laut|with|for|from|to|according to|thanks to)[ \t]+$"
)
# A firm's place, not a person's: "bei" after a noun ("Teamleitung bei", "Praktikum bei"), a trade's paper from its
# sender ("Angebot von", "invoice from"), years with an employer ("ten years with"), a call queue or an account
# ("on hold with", "account with").
_FIRM_BEFORE = re.compile(
    r"(?:[A-ZÄÖÜ][^\W\d_]+[ \t]+bei|(?i:angebot|rechnung|lieferung|auftrag|bestellung|quote|invoice|order|delivery)"
    r"[ \t]+(?:von|from)|(?i:years|jahre|jahren)[ \t]+(?:with|at|bei)|(?i:on hold|account|contract|customer)[ \t]+"
    r"(?:with|at|of))[ \t]+$"
)
# A trade's paper earlier in the sentence, then "von/from": who sent it is a supplier ("Wir haben drei Angebote, eins
# von Linde", "three quotes, one from Linde and one from Toyota", "Das Angebot kam von Linde").
_SUPPLIED = re.compile(
    r"(?i:angebot|rechnung|lieferung|auftrag|bestellung|quote|invoice|order|delivery)\w*[^.!?\n]*?"
    r"(?<![\w-])(?:von|from|bei|with)[ \t]+$"
)
# A journey or a shipment before "to/from" in the sentence: the word after it is a place ("drive to Coxport", "ship it
# from Russellville", "Umzug von Malchin"); software or a payment before it: a product or a firm.
_TRAVEL = re.compile(
    r"(?i:drive|driving|drove|travel\w*|fly|flying|flew|flight|train|move[ds]?|moving|relocat\w*|ship\w*|"
    r"commut\w*|trip|journey|route|road|umzug|fahrt|fahren|fährt|reise\w*|flug|zug|versand\w*|"
    r"lieferung|geliefert|umgezogen|zieht)(?![\w])[^.!?\n]*?(?<![\w-])(?:to|from|von|bei)[ \t]+$"
    # software and payments: "switch to Xero", "export to Datev", "log in to Workday", "pay with Klarna",
    # "hosted by Hetzner", "Abo bei Personio"
    r"|(?i:migrat\w*|switch\w*|export\w*|import\w*|upload\w*|download\w*|log(?:ged|ging)? ?in|sign(?:ed)? (?:in|up)|"
    r"subscri\w*|connect\w*|sync\w*|integrat\w*|upgrad\w*|install\w*|access\w*|account|login|pay|paid|payment|"
    r"transfer\w*|hosted|powered|provided|built|made|licen[cs]\w*|abo|abonnement|lizenz\w*|schnittstelle|"
    r"exportier\w*|importier\w*|hochgeladen|bezahl\w*|überwies\w*|überweis\w*|wechsel\w*|umgestellt)(?![\w])"
    r"[^.!?\n]*?(?<![\w-])(?:to|from|with|for|by|von|bei|mit|zu|nach|auf|in)[ \t]+$"
)
_LAUT_BEFORE = re.compile(r"(?<![\w-])(?:Laut|According to)[ \t]+$")
# After the word: punctuation, a word written small, or the line's end ("bei Obiageli im Büro", "für Xiaoling aus").
_AFTER_PREPOSITION = re.compile(r"(?!\.[ \t]*\d)[ \t]*(?:[,.;:!?)]|\r?\n|$)|[ \t]+[a-zäöüß]")
# Who is addressed at a sentence's start: "Dae-hyun, kannst du ...", "Kaveh, could you ...".
_ADDRESSED = re.compile(
    r",[ \t]+(?:kannst|könntest|hast|bist|magst|würdest|wärst|denk|vergiss|schick|sag|ruf|bitte|du|"
    r"can|could|would|will|please|are|do|did|don['’]t|have|pls|you|your|ihr)(?![\w])"
)
# Who speaks, introducing themselves: "Tracey here, pls use ...", "Ahoy, Tracey here", "Hier ist Ilkka" is elsewhere.
_HERE = re.compile(r"[ \t]+(?:here|hier)[ \t]*[,.!:–—-]")
# Who is addressed inside a sentence, between commas, words written small on both sides: "bless your heart, John,
# just holler", "danke dir, Senthil, für alles".
_BETWEEN_COMMAS_BEFORE = re.compile(r"(?<![\w-])[a-zäöüß]+,[ \t]+$")
_BETWEEN_COMMAS_AFTER = re.compile(r",[ \t]+[a-zäöüß]")
# The last line of a text, a name alone under the message ("...darum.\nIlkka", "Thanks, all sorted.\nWill").
_LAST_LINE = re.compile(r"[.!,][ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*$")
_CLOSING = re.compile(r"[ \t]*[.!]?[ \t]*$")
# A sentence's end right before a last word: "Danke, kümmere mich. Viola".
_SENTENCE_END = re.compile(r"[.!][ \t]+$")


def unknown_given(word: str) -> bool:
    """A capitalised word of a given name's shape that no list of words holds ("Tewodros", "Dae-hyun"); not a
    word with capitals inside ("HttpClient"), an abbreviation or a compound of words ("Schichtplanänderung")."""
    if len(word) < 3 or word in STOP_WORDS or word in NOT_GIVEN or not word[1:].replace("-", "").isalpha():
        return False
    parts = word.split("-")
    if any(not p or not p[1:].islower() for p in parts):
        return False  # "HttpClient", "getUserName", "KfW"
    if len(parts) > 1 and all(p[0].isupper() for p in parts) and not _given_parts(parts):
        return False  # "Clark-Richards will supply ...", "Finley-Ibarra": a double surname alone names a firm
    low = word.lower()
    return _given_shape(word) and not known_word(word) and not _DRUG.fullmatch(low) and not low.endswith(_TOWN_ENDS)


# Endings of town names, which no given name has: "Connorfort", "Jeffreymouth", "Barbarastad", "Mallersdorf".
_TOWN_ENDS = tuple(
    "ville fort mouth stad stadt haven town burgh borough bury chester furt dorf hausen ingen stedt minster caster "
    "shire port ton land berg burg view side field ford wich stead bridge".split()
)
_DRUG = re.compile(DRUG)  # "Metoprolol is available as a generic": a medicine is no word of the list either
_LONGEST = 14  # "Oluwadamilare"; not "Rentenversicherungsnr"


def _given_parts(parts: list[str]) -> bool:
    """Every part of a hyphenated capitalised word a common first name ("Anna-Lena"), or none a word or a name
    ("Powell-Thomas" and "Logan-Sullivan" are surnames too)."""
    return all(common_first_name(p) for p in parts) or not any(is_first_name(p) or known_word(p) for p in parts)


def _given_shape(word: str) -> bool:
    """given_like, with the parts of a hyphenated given name after the first maybe written small ("Dae-hyun")."""
    if len(word) > _LONGEST:
        return False
    if "-" in word:
        return all(given_like(p[:1].upper() + p[1:]) for p in word.split("-"))
    return given_like(word)


def _name(word: str) -> bool:
    """A known first name that is no everyday word, or a word no list holds."""
    return (word not in NOT_FIRST_NAMES and word not in WORD_NAMES and is_first_name(word)) or unknown_given(word)


# A thing's pronoun in the subject's clause: "Evri has revised its quote", "Jira hat seine Macken".
_ITS = re.compile(r"[^.!?\n]{0,40}?(?<![\w])(?:its|it's|itself)(?![\w])")


# German verbs in the second place before their subject: "Nächste Woche fängt Yohannes bei uns an".
_V2_BEFORE = re.compile(
    r"(?<![\w])(?:fängt|kommt|beginnt|startet|übernimmt|vertritt|leitet|macht|hat|ist|bleibt|arbeitet)[ \t]+$"
)
_V2_AFTER = re.compile(r"[ \t]+(?:bei|ab|mit|für|im|in|am|das|die|den|seit|noch|schon|heute|morgen|nicht)(?![\w])")
# A wish or thanks to a person at the sentence's end: "Schönen Urlaub, Nomvula!", "Gute Besserung, Ihaia."
_VOCATIVE = re.compile(r"[ \t]*(?:!|\.?[ \t]*$)")


def _addressed_or_subject(text: str, start: int, end: int, word: str) -> bool:
    if _HERE.match(text, end) and (opens_sentence(text, start) or text[max(0, start - 2) : start] == ", "):
        return True  # "Tracey here, ..."
    if opens_sentence(text, start):
        if _ADDRESSED.match(text, end):
            return True
        return _VERB_AFTER.match(text, end) is not None and not _ITS.match(text, end)
    if text[max(0, start - 2) : start] == ", " and _VOCATIVE.match(text, end):
        return True
    if _BETWEEN_COMMAS_BEFORE.search(text, max(0, start - 24), start) and _BETWEEN_COMMAS_AFTER.match(text, end):
        return True  # "bless your heart, John, just holler"
    v2 = _V2_BEFORE.search(text, max(0, start - 16), start)
    if v2 and _V2_AFTER.match(text, end) and text[: v2.start()].rstrip()[-1:].isalpha():
        return True  # a verb after the sentence's first part, its subject after it
    before = text[max(0, start - 12) : start].split()
    if before and before[-1] in _TIME_OPENERS and opens_sentence(text, start - len(before[-1]) - 1):
        return _VERB_AFTER.match(text, end) is not None and not _ITS.match(text, end)  # "Tomorrow Ihaia joins"
    return False


def unknown_names(doc: Doc) -> Iterator[Finding]:
    """Words no list holds where only a person fits: the subject of a sentence before its verb, who is addressed,
    after "mit/für/with/to" in a sentence, after "laut"/"according to", and alone on a text's last line."""
    text = doc.text
    last = len(text.rstrip())
    listed = words()
    for start, end, word in doc.caps:
        if end == last and _signs(text, start, word):
            yield finding("name", text, start, end, False)  # "...darum.\nIlkka", "Danke, kümmere mich. Viola"
            continue
        if len(word) < 3 or word in STOP_WORDS or word.lower() in listed:
            continue  # most capitalised words: one look-up in the word list
        if not word[1:].islower() and "-" not in word or known_word(word):
            continue  # "GTIN", "ErgoFlex", "NVMe"; compounds of words
        if _in_person_position(text, start, end, word) and unknown_given(word) and not _pet(doc, start):
            if not _a_thing_elsewhere(doc, word):
                yield finding("name", text, start, end, False)


def _a_thing_elsewhere(doc: Doc, word: str) -> bool:
    """True when the text uses `word` as a thing somewhere: after an article ("the Xero login", "im Jira"), as the
    first part of a compound ("Jira-Ticket"), or as a web domain ("support@evri.com", "www.figma.com")."""
    low = doc.lower
    w = re.escape(word.lower())
    if f"{word.lower()}-" in low and re.search(rf"(?<![\w-]){w}-[^\W\d_]", low):
        return True
    if re.search(rf"(?:@|www\.|//|\.){w}\.[a-z]{{2,}}", low):
        return True
    return re.search(rf"(?<![\w])(?:{_THING_ARTICLES})[ \t]+{w}(?![\w])", low) is not None


_THING_ARTICLES = (
    "der|die|das|dem|den|des|im|ins|vom|zum|zur|ein|eine|einen|the|our|your|their|this|that|unser|unsere|"
    "unserem|unseren|euer|eure|ihr|ihre|ihrem|ihren"
)


# An animal in the text: a name in its sentence may be a pet's ("Tierarzt: Bailey hat Arthrose", "vet for Biscuit").
_ANIMALS = re.compile(
    r"(?<![\w])(?:tierarzt\w*|tierärzt\w*|tierklinik|hund\w*|katze\w*|kater|welpe\w*|kaninchen|pferd\w*|vet|vets|"
    r"veterinar\w*|dog|dogs|cat|cats|puppy|kitten|rabbit|horse|pony|hamster|pet|pets|haustier\w*)(?![\w])"
)


def _pet(doc: Doc, start: int) -> bool:
    """True when an animal is named within the sentence around `start`."""
    low = doc.lower
    back = max(0, start - 120)  # an end of sentence further back than 120 characters does not count
    left = max(low.rfind(".", back, start), low.rfind("\n", back, start), start - 120)
    right = [i for i in (low.find(".", start), low.find("\n", start)) if i >= 0]
    return _ANIMALS.search(low, max(0, left), min(right, default=len(low))) is not None


def _signs(text: str, start: int, word: str) -> bool:
    """The text's last word, alone on its line under a message or after its last sentence, is who writes."""
    under = _LAST_LINE.search(text, max(0, start - 4), start) is not None
    if word in WORD_NAMES:
        return under  # "Thanks, all sorted.\nWill"; not "... in May."
    if len(word) < 3 or word in STOP_WORDS:
        return False
    if not (under or _SENTENCE_END.search(text, max(0, start - 4), start)):
        return False
    return unknown_given(word) or common_first_name(word)


def _in_person_position(text: str, start: int, end: int, word: str) -> bool:
    if _addressed_or_subject(text, start, end, word):
        return True
    prep = _PREPOSITION_BEFORE.search(text, max(0, start - 16), start)
    if prep is not None:
        return (
            text[prep.start()].islower()
            and _AFTER_PREPOSITION.match(text, end) is not None  # one look after the word before the look-backs
            and not _TRAVEL.search(text, max(0, start - 60), start)
            and not _SUPPLIED.search(text, max(0, start - 80), start)
            and not _FIRM_BEFORE.search(text, max(0, start - 40), start)
        )
    return _LAUT_BEFORE.search(text, max(0, start - 16), start) is not None


# "Surname, Given" where the one is a word no list holds: "Reha-Antrag Oyelaran, Chinonso:", "Brandt, Lukas hat ...".
_SURNAME_BEFORE = re.compile(r"(?<![\w'’-])[A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]*(?:-[A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]*)?$")
_GIVEN = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]*(?:-[^\W\d_]+)?")
_PAIR_END = re.compile(rf"[ \t]*(?:[:;()\n.]|$)|[ \t]+{VERBS}|[ \t]+(?:liegt|attached|signed|hat|ist)(?![\w])")
_LIST_AFTER = re.compile(r"[ \t]*,|[ \t]+(?:und|and|or|oder|&)(?![\w])")


def unknown_pairs(doc: Doc) -> Iterator[Finding]:
    """ "Surname, Given" pairs in which one word is no word of the language and the other a name, or a known
    first name after a surname before a verb."""
    text = doc.text
    for comma in positions(text, ", "):
        if not text[comma + 2 : comma + 3].isupper():
            continue
        g = _GIVEN.match(text, comma + 2)
        sur = _SURNAME_BEFORE.search(text, max(0, comma - 40), comma)
        if not g or not sur:
            continue
        surname, given = sur.group(), g.group()
        if given in STOP_WORDS or surname in STOP_WORDS or known_word(given) and not is_first_name(given):
            continue  # most commas before a capital: "Hallo, Danke", "Montag, Dienstag"
        if surname.lower() in DISCOURSE:
            continue  # "Oh, Kevin rang", "Och, Nicole is back": a word that opens speech, then who is spoken of
        if not _PAIR_END.match(text, g.end()) or _LIST_AFTER.match(text, g.end()):
            continue
        if text[max(0, sur.start() - 2) : sur.start()] == ", ":
            continue  # "Miro, Figma und Asana": a list of things
        if unknown_given(surname) and _name(given) or unknown_given(given) and surname_like(surname):
            yield finding("name", text, sur.start(), g.end(), False)
        elif is_first_name(given) and surname_like(surname) and _VERB_AFTER.match(text, g.end()):
            yield finding("name", text, sur.start(), g.end(), False)  # "Brandt, Lukas hat den Antrag abgegeben."


def known_words_only(doc: Doc, found: Sequence[Finding]) -> list[Finding]:
    """`found` without the name findings that fill a line of their own (a signature's line) or follow a greeting and
    all of whose words are words of the language, none a first name, one a noun by its shape: "Thanks,\\nAccounts
    Payable", "Best regards,\\nFacilities", "Dear Admissions,"."""
    text = doc.text
    return [
        f
        for f in found
        if f.category != "name"
        or not (_own_line(text, f) or _GREETED.search(text, max(0, f.start - 12), f.start))
        or not _all_words(f.text)
    ]


# A greeting right before: "Dear Admissions,", "Hallo Buchhaltung," greet a team.
_GREETED = re.compile(r"(?<![\w])(?:Dear|Hello|Hi|Hey|Liebe[rs]?|Hallo|Moin)[ \t]+$")


def _own_line(text: str, f: Finding) -> bool:
    """Only spaces before the finding on its line, and only spaces, "." or "!" after it (looks no further)."""
    i = f.start
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    return (i == 0 or text[i - 1] == "\n") and _OWN_LINE_END.match(text, f.end) is not None


_OWN_LINE_END = re.compile(r"[ \t.!]*(?:[\n\r]|\Z)")


def _all_words(text: str) -> bool:
    """Every word a word of the language and no first name, and one of them a noun by its shape: a department
    ("Accounts", "Buchhaltung"), a plural of a listed word ("Facilities"), or a double surname ("Green-Davis"), not
    a word that may as well be a given name ("Tamino" of the opera)."""
    words = text.replace(",", " ").split()
    return (
        bool(words)
        and all(
            w[:1].isupper()
            and w not in WORD_NAMES
            and w not in NOT_FIRST_NAMES
            and not is_first_name(w)
            and known_word(w)
            for w in words
        )
        and any(not given_like(w) or "-" in w or _plural(w) for w in words)
    )


def _plural(word: str) -> bool:
    low = word.lower()
    if low.endswith("ies"):
        return known_word(low[:-3] + "y")
    return low.endswith("s") and len(low) > 4 and known_word(low[:-1])
