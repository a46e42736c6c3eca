"""Known first names (from gender-guesser's name list, when installed) and words that are never names."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from operator import itemgetter

STOP_WORDS = frozenset(
    # German function words and greetings
    "Der Die Das Den Dem Des Ein Eine Einen Einem Einer Und Oder Aber Auch Wir Sie Ihr Ihre Ihren Ihrem Ihrer Euer "
    "Eure Dein Deine Mein Meine Unser Unsere Es Er Ich Du Man Wer Was Wie Wo Wann Warum Ja Nein Nicht Noch Nur Schon "
    "Bitte Danke Dank Vielen Viele Beste Liebe Lieber Liebes Sehr Geehrte Geehrter Hallo Moin Servus Tag Guten Gruß "
    "Alles "
    "Grüße Grüßen Herzliche Freundliche Mit Von Vom Für Im In Am An Auf Aus Bei Zu Zum Zur Nach Über Unter Vor Hinter "
    "Neben Seit Bis Ab Als Ob Wenn Dass Damit Weil Heute Morgen Gestern Hier Dort Da Anbei Betreff Herr Herrn Frau "
    "Damen Herren Kolleginnen Kollegen Kollegin Kollege Kunden Kundin Kunde Team Teams Alle Allen Zusammen Leute "
    "Mitarbeitende Mitarbeiter Mitarbeiterin Partner Partnerin Freunde Name Vorname Nachname Firma Abteilung "
    "Vertrieb Einkauf Buchhaltung Personal Geschäftsführung Leitung Teamleitung Marketing Kundenservice Support "
    "Service Sekretariat Empfang Zentrale Lager Logistik Rechnung Bestellung Angebot Lieferung Projekt Termin "
    "Meeting Frage Fragen Info Neu Neue Alte Gute Schöne Frohe Anfang Ende Mo Di Mi Do Fr Sa So Montag Dienstag "
    "Mittwoch Donnerstag Freitag Samstag Sonntag Januar Februar März September Oktober November Dezember "
    # English function words and greetings
    "The A An And Or But Also We You Your Yours They Their He She It I My Our Us This That These Those There Here "
    "What Who How When Where Why Yes No Not Only Please Thanks Thank Regards Best Kind Warm Dear Hi Hello Hey Good "
    "Morning Afternoon Evening Sincerely Cheers Of For From With To At On In By As If So Can Could Will Would May "
    "Might Must Shall Should Do Does Did Is Are Was Were Be Been Has Have Had Let Sir Madam Mr Mrs Ms Dr Prof Miss "
    "All Everyone Everybody Folks Colleagues Customer Customers Client Clients Team Staff Sales Purchasing Accounting "
    "Finance Support Service Management Department Office Key Line Free Go Open New Old Today Tomorrow Monday Tuesday "
    "Wednesday Thursday Friday Saturday Sunday January February March June July October December Subject Re Fwd "
    "Attached Invoice Order Quote Delivery Project Meeting Note Notes Update Report Head Lead Manager Director "
    # interjections and abbreviations of chat and notes that open a sentence ("Fyi Anna is off today")
    "Fyi FYI Btw BTW Omg Lol Asap ASAP Pls Thx Ps PS Nb NB Aka Tbd TBD Eta ETA "
    # Company forms and places
    "Suite Apt Unit Box GmbH AG KG OHG SE UG Co Inc LLC Ltd PLC Corp Group Gruppe Holding Bank Sparkasse Street "
    "Straße Bad Sankt St Hause".split()  # "bei Adeline zu Hause"
)


# First names that are also everyday words ("Tage Urlaub", "Grant Thornton", "Price List"): never taken as
# the start of a bare name, though they still count as names after a salutation ("Frau Sommer").
NOT_FIRST_NAMES = frozenset(
    "April Mai Juni Juli August May June Will Can Art Brand Core Done Fine Ideal Long Major Price Grant Chase Bill "
    "Mark Rich Summer Autumn Spring Winter Sommer Mal Lang Lies Klare Tage Ton Alter Andere Anders Young King Queen "
    "Prince Silver Sterling Penny Lane Sky Storm Rain River Stone Sun Moon Lucky Honey Sunny Miles Mile Noble Royal "
    "Bell Hope Will Page Case Key Line Point Note Sale Deal Star Gold Golden Happy Early Little Short Small Hall Hill "
    "Park Marsh Ford Fox Bear Best Good Great Ende Kurz Gute Klar Neu Stark Frei Offen Weiter Rose Lücke Reha Linie "
    "Engel Jung Stein Wolf Ernst German".split()  # "German and English should ...": a language
)
# First names that are also everyday words ("Das ist mein Ernst.", "Mark the invoice", "Grant access"): a name only
# with a surname beside them ("Mark Howard", "Rose Simon") or after a salutation.
WORD_NAMES = frozenset(
    "Ernst Mark Grant Will Rose Summer Sommer Wolf Hope Price Bill Chase Rich Penny Sky Storm Stone Miles Royal Noble "
    "Bell Page Hall Young King Lane Jung Engel Stein Winter Autumn April May June Major Art Brand Sterling Silver "
    "Sunny Honey Golden Lucky Rain River Star".split()
)
# Words in STOP_WORDS that are also common surnames ("Charles Allen", "Isabel Gute").
SURNAMES_TOO = frozenset(
    "Allen Gute Best Kind Neu Frei Lang Kurz Stark Klar Alt Mai May Winter Sommer Ende Freitag Montag Sonntag Samstag "
    "Herbst Krebs Kranz Will Price Long Young Schweizer Lange Langer Neuer Alter Frisch Deutsch".split()
)
# Firms named after people: a first name and a surname, but no person ("Grant Thornton will audit ...").
FIRMS = frozenset(
    {
        "Grant Thornton",
        "Ernst Young",
        "Marks Spencer",
        "Price Waterhouse",
        "Dow Jones",
        "Johnson Controls",
        "Roland Berger",
        "Hugo Boss",
        "Tom Tailor",
        "Georg Fischer",
        "Ben Jerry",
    }
)


# gender-guesser gives each name a frequency (1 rare ... D very common) per country; columns 30-32 and 41-44 are
# the course's markets: Great Britain, Ireland, the U.S.A., East Frisia, Germany, Austria and Switzerland.
_COMMON = 2  # "Lena", "Justus", "Florence"; not "Paris" (1), "Kiel" (1) or "Basel" (none), which are places


def _frequency(line: str) -> int:
    best = max(line[30:33] + line[41:45], default=" ")  # the market columns; " " < "1" < "9" < "A" < "D"
    return int(best, 16) if best in "123456789ABCD" else 0


# Columns of countries many colleagues in DACH, the UK and the US come from: Italy, Portugal, Spain, France, Poland,
# Czechia, Slovakia, Hungary, Romania, Bulgaria, Bosnia, Croatia, Kosovo, North Macedonia, Montenegro, Serbia,
# Slovenia, Albania, Greece, Russia, Ukraine, Turkey, Arabia/Persia, China, India/Sri Lanka, Vietnam. A name with
# frequency 4+ (about 1 in 2,000 people) in one of them is common, unless given_names.txt lists it as a word or
# place. Read here from the installed list rather than copied into given_names.txt (gender-guesser's data is
# under the GNU FDL; the course ships no extract of it).
HOME_COLUMNS = (33, 35, 36, 37, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 71, 76, 77, 79, 80, 83)
HOME_COMMON = "456789ABCD"


def _common_at_home(line: str) -> bool:
    columns = HOME_COLUMNS  # looked up at each call: tests leave the home columns out
    if len(columns) > 1:
        pick, last, frequent = _home_reader(columns, HOME_COMMON)
        if len(line) > last:  # every column present (gender-guesser's lines are of one width): one C call
            return not frequent.isdisjoint(pick(line))
    return any(line[c] in HOME_COMMON for c in columns if c < len(line))


@lru_cache(maxsize=2)
def _home_reader(
    columns: tuple[int, ...], frequent: str
) -> tuple[Callable[[str], tuple[str, ...]], int, frozenset[str]]:
    """(the characters of `columns` of a line, the last column, the frequencies that count as common): reading
    48,000 lines column by column in Python was most of the name table's load time."""
    return itemgetter(*columns), max(columns), frozenset(frequent)


@lru_cache(maxsize=1)
def _name_table() -> tuple[dict[str, None], dict[str, None]]:
    """(every capitalised first name of at least three letters in gender-guesser's list, everyday words included;
    those of them that are common in the course's markets).

    Kept as dicts of strings, which Python's cycle collector leaves alone, where it walks every entry of a set at
    each full collection (the name sets made a full collection 18 ms instead of 3 ms)."""
    try:
        from importlib.resources import files

        raw = (files("gender_guesser") / "data" / "nam_dict.txt").read_text(encoding="utf-8")
    except (ImportError, ModuleNotFoundError, OSError):
        return {}, {}
    names: set[str] = set()
    common: set[str] = set()
    home: set[str] = set()
    for line in raw.splitlines():
        if not line or line[0] in "#=":
            continue
        name = line.split(None, 2)[1]
        spelled = [name.replace("+", joiner) for joiner in ("", " ", "-")] if "+" in name else [name]
        names.update(spelled)  # "Jan+Peter" stands for Janpeter, Jan Peter and Jan-Peter
        if _frequency(line) >= _COMMON:
            common.update(spelled)
        if "+" not in name and _common_at_home(line):
            home.add(name)
    more_common, more_known, not_common = _more_names()
    names.update(more_known)
    common.update(more_common)
    common.update(home.difference(not_common))
    listed = dict.fromkeys(
        n for n in names if len(n) >= 3 and n[0].isupper() and n.replace("-", "").replace(" ", "").isalpha()
    )
    return listed, dict.fromkeys(listed.keys() & common)


def _more_names() -> tuple[list[str], list[str], frozenset[str]]:
    """given_names.txt beside this module (made by tools/make_given_names.py): (U.S. given names common by births,
    U.S. given names that gender-guesser's list lacks, names common at home that are words or places)."""
    try:
        from importlib.resources import files

        raw = (files("course.scanner") / "given_names.txt").read_text(encoding="utf-8")
    except OSError:
        return [], [], frozenset()
    common, _, rest = raw.partition("\n## known\n")
    known, _, rest = rest.partition("\n## not common\n")
    return common.partition("## common\n")[2].split(), known.split(), frozenset(rest.partition("## towns\n")[0].split())


@lru_cache(maxsize=1)
def town_names() -> frozenset[str]:
    """Towns of the course's markets named like a person ("Milton Keynes", "Ann Arbor"), from given_names.txt."""
    try:
        from importlib.resources import files

        raw = (files("course.scanner") / "given_names.txt").read_text(encoding="utf-8")
    except OSError:
        return frozenset()
    return frozenset(line for line in raw.partition("\n## towns\n")[2].splitlines() if line)


def _listed_first_names() -> dict[str, None]:
    return _name_table()[0]


def common_first_name(word: str) -> bool:
    """A known first name that is common in the course's markets: one that stands alone as a person ("Lena ist
    krank") rather than a place that is also a rare name ("Basel hat bestätigt")."""
    if "-" in word:  # "Hans-Peter": every part common
        return all(common_first_name(part) for part in word.split("-"))
    return word in _name_table()[1] and word in first_names()


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Capitalised first names of at least three letters; empty when gender-guesser is not installed.

    Loaded on first use (about 0.1 s); call course.scanner.warm_up() in a background worker to hide it.
    """
    return frozenset(_listed_first_names().keys() - STOP_WORDS - NOT_FIRST_NAMES)


@lru_cache(maxsize=1)
def _everyday_first_names() -> frozenset[str]:
    return frozenset(_listed_first_names().keys() & NOT_FIRST_NAMES)


def everyday_first_name(word: str) -> bool:
    """A first name of the list that is also an everyday word ("Line", "Mile", "Mark", "Rose"): a name only
    with a surname beside it, and where a person is expected."""
    return word in _everyday_first_names()


_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i", "æ": "ae", "œ": "oe"})


def _fold(word: str) -> str:
    """The word without diacritics: "Dušan" -> "Dusan", "Małgorzata" -> "Malgorzata", "Şükrü" -> "Sukru"."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", word.translate(_LETTERS)) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def folded_first_names() -> frozenset[str]:
    """The first names without diacritics ("Dušan" -> "Dusan"), for names written without them."""
    names = first_names()
    folded = frozenset(f for f in (_fold(n) for n in names if not n.isascii()) if f not in names)
    return folded - NOT_FIRST_NAMES - STOP_WORDS  # "Thé" folds to "The"


def known_first_name(word: str) -> bool:
    """A first name of the list, written with or without its diacritics ("Dusan", "Sükrü" for "Şükrü")."""
    if word in first_names():
        return True
    if word in STOP_WORDS or word in NOT_FIRST_NAMES:
        return False  # "März" is a month, though "Marz" is a name
    folded = word if word.isascii() else _fold(word)
    return (
        folded.isalpha()
        and folded not in NOT_FIRST_NAMES
        and (folded in folded_first_names() or folded in first_names() and folded not in _us_birth_names())
    )


@lru_cache(maxsize=1)
def _us_birth_names() -> dict[str, None]:
    """The U.S. birth-record names of given_names.txt: written as they are, never the fold of a word with umlauts
    ("Nüssen" is no "Nussen"). A dict, as _name_table's."""
    return dict.fromkeys(_more_names()[1])


def is_first_name(word: str) -> bool:
    """True for a known first name, including hyphenated ones such as Karl-Peter, and names written without
    their diacritics (Dusan, Natasa, Cetin); never a stop word or an everyday word ("Mark", "Rose": every WORD_NAMES
    word is in NOT_FIRST_NAMES or STOP_WORDS, which first_names() leaves out)."""
    names = first_names()
    if word in names:
        return True
    parts = word.split("-")
    if (
        len(parts) > 1
        and any(p in names or p in WORD_NAMES for p in parts)
        and all(p in names or p in NOT_FIRST_NAMES for p in parts)
    ):
        return True  # "Karl-Peter", and "Ernst-August" or "Karl-August", whose parts are also words
    return known_first_name(word)
