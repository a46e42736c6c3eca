"""Address parts of the DACH and UK markets: 4-digit postcodes (AT, CH), UK postcodes, Postfach, c/o and Flat lines."""

from __future__ import annotations

import re
from collections.abc import Iterator

from course.scanner.context import Doc, finding, free_before, starting
from course.scanner.firstnames import is_first_name
from course.scanner.nameblocks import care_of_person
from course.scanner.result import Finding

# The US states written out, as an address may give them: "Lexington, Kentucky 40596".
US_STATE_NAMES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|"
    "Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|"
    "Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|"
    "Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|"
    "Virginia|Washington|West Virginia|Wisconsin|Wyoming|District of Columbia"
)

# Kinds of part, merged by places.addresses: a street line, a postcode + town, a line that only comes before
# a street (c/o, Flat, Apt), and a 4-digit postcode + town that counts only after a street.
STREET, CITY, PREFIX, CITY4 = 0, 1, 2, 3

_WORD = r"[A-ZÄÖÜ][^\W\d_]*(?:[-'’.][^\W\d_]+)*"
_LINK = (
    r"(?:am|an der|an den|an|im|in der|in|ob der|ob|vor der|vorm|vor|bei|unter|auf der"
    r"|a\.[ \t]?d\.|i\.|sur|sous|les|la|le|de)"
)
TOWN = (
    r"(?:(?:Bad|St\.|Sankt|Klein|Groß|Markt|Maria|Bruck|Unter|Ober|Deutsch|Neu|La|Le|Les|San|Santa|Val)"
    rf"[ \t]+){{0,2}}{_WORD}"
    rf"(?:[ \t]+{_LINK}[ \t]+{_WORD}|[-/]{_WORD}|[ \t]+\([^()\n]{{1,30}}\)"
    rf"|[ \t]+{_WORD}(?=[ \t]*(?:[,;\n]|$))"  # a two-word town at the end of its line: "2700 Wiener Neustadt"
    rf"|(?:(?<=er)|(?<=isch))[ \t]+[A-ZÄÖÜ][^\W\d_]+)?"  # or after an adjective, in a sentence: "Wiener Neustadt nicht"
)
_DACH = re.compile(rf"(?:(?P<country>A|CH|D|FL)-)?(?P<code>\d{{4,5}})[ \t]+(?P<town>{TOWN})")
_NOT_TOWN = frozenset(
    "Stück Stk Euro EUR Einheiten Paletten Kunden Mitarbeiter Mitarbeitende Teilnehmende "
    "Exemplare Teile Artikel Kartons "
    "Pakete Seiten Zeilen Tage Stunden Minuten Punkte Besucher Nutzer Lizenzen Units Items "
    "Pieces Users Dollar USD Liter "
    "Meter Kilometer Kilo Tonnen Bestellungen Aufträge Rechnungen Datensätze Downloads "
    "Klicks Empfänger Mails Anrufe Tickets "
    "Fälle Kilogramm Gramm Mal Jahre Monate Wochen Prozent Franken CHF GBP Rows Zeichen Characters Seats Plätze Kopien "
    "Copies Stimmen Votes Stunden Hours Days Tage Mio Millionen Tausend Januar Februar März April Mai Juni Juli August "
    "September Oktober November Dezember January February March June July October December Uhr Euro Cent".split()
)
_POSTCODE_UK = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}(?![\w])")
# Speed only: a postcode's last digit, then two capitals ("4DJ"). A digit before a letter always ends a digit block,
# so one search finds what trying two capitals after every block's end would.
_DIGIT_TWO_CAPS = re.compile(r"\d[A-Z]{2}(?!\w)")
_SEP = r"[ \t]*(?:[,;][ \t]*|\n[ \t]*|[·•|][ \t]*)"  # "156 Ash Grove Close · Leeds LS27 1BZ"
# A UK town may have lower-case links: "Newcastle upon Tyne", "Burton on Trent", "Kirkby in Ashfield".
_UK_TOWN = r"[A-Z][\w'’.-]*(?:[ \t]+(?:(?:upon|on|under|in|by|le|next the)[ \t]+)?[A-Z][\w'’.-]*){0,3}"
# A named house instead of a number: "Rose Cottage", "The Old Rectory", "Hill Farm" (then a street without number).
_HOUSE = (
    r"(?:The[ \t]+)?(?:[A-Z][\w'’-]*[ \t]+){0,2}(?:Cottage|Cottages|House|Farm|Farmhouse|Lodge|Barn|Barns|Rectory"
    r"|Vicarage|Manor|Hall|Mill|Grange|Villa|Croft|Stables|Oast|Chapel|Bungalow|Court|Mansions)"
)
# A flat named by its floor instead of a number: "Basement Flat", "Ground Floor Flat", "Top Flat".
_FLOOR_FLAT = (
    r"(?:Basement|Lower[ \t-]Ground(?:[ \t-]Floor)?|Ground(?:[ \t-]Floor)?|First(?:[ \t-]Floor)?|Second(?:[ \t-]Floor)?"
    r"|Third(?:[ \t-]Floor)?|Top(?:[ \t-]Floor)?|Upper|Lower|Garden|Attic)[ \t]+Flat"
)
# Lower-case article or link words inside a Welsh, Gaelic or French street name: "Heol y Nant", "Sràid na Drochaid".
_STREET_LINK = r"(?:y|yr|na|nan|an|a'|de|du|des|la|le)"
_UK_BACK = re.compile(
    rf"(?:(?P<flat>(?:Flat|Apartment|Apt\.?|Unit|Suite|Room)[ \t]+\d{{1,4}}(?:/\d{{1,2}})?[A-Za-z]?"
    rf"|{_FLOOR_FLAT}){_SEP})?"
    rf"(?:(?P<building>{_HOUSE}){_SEP}(?=\d))?"  # a block's name between: "Flat 7, Beacon House, 21 Dock Street"
    rf"(?:(?P<street>\d{{1,4}}[A-Za-z]?(?:[ \t]+(?:{_STREET_LINK}[ \t]+)?[A-Z][\w'’.-]*){{1,4}})"
    rf"|(?P<house>{_HOUSE}){_SEP}[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){{0,3}}){_SEP}"
    rf"(?:{_UK_TOWN}{_SEP})?"  # a district before the town: "12A Albert Road, Southsea, Portsmouth PO5 2SH"
    rf"(?P<town>{_UK_TOWN})(?:{_SEP}|[ \t]+)$"
)
# Over several lines, a street without a number, perhaps under a named house without a house word ("Hillcrest",
# "The Old Forge"): house, street (ending in a street word), town and postcode each on their own line.
_UK_STREET_WORD = (
    r"(?:Road|Street|Lane|Avenue|Close|Drive|Way|Grove|Crescent|Gardens|Place|Terrace|Court|Row|Hill|Green|Mews"
    r"|Walk|Square|Park|Rise|View|Parade|Vale|Wharf|Gate|Yard|Fields|Meadows?|Chase|Esplanade|Approach|Bank"
    r"|Wynd|Brae|Loan|Vennel|Quay|Circus|Embankment|Heights|Dene|Garth|Causeway|Broadway|Hollow|Ridge|Brow)"
)
_NOT_HOUSE = r"(?!(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lady|Lord|Rev|Dear|Attn|FAO|To|From|Re)\b)"
# A house name without a house word is one word ("Hillcrest") or starts with "The" ("The Old Forge"): two
# capitalised words alone on a line above a street are more likely a person ("Funmilayo Davies").
_HOUSE_NAME = rf"(?:{_HOUSE}|The(?:[ \t]+[A-Z][\w'’-]*){{1,3}}|{_NOT_HOUSE}[A-Z][\w'’-]*)"
_LINE_START = r"(?:(?<![^\n])|(?<=: )|(?<=\bto ))"  # or after a lead-in on its line: "Please deliver to Willowbank"
_UK_LINES = re.compile(
    rf"{_LINE_START}(?:(?P<house>{_HOUSE_NAME})[ \t]*\n[ \t]*)?"
    rf"(?P<street>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){{0,3}}[ \t]+{_UK_STREET_WORD})[ \t]*\n[ \t]*"
    rf"(?P<town>{_UK_TOWN})[ \t]*\n[ \t]*$"
)
# The lines a numbered street may have above it, each on its own line: a named house ("Kingsley House", "The
# Old School House", "Hillcrest"; not a person: no title, no first name first) and a flat above that.
_HOUSE_LINE = re.compile(rf"{_LINE_START}(?:(?P<named>{_HOUSE})|{_HOUSE_NAME})[ \t]*\n[ \t]*$")
_FLAT_NO = r"\d{1,4}(?:/\d{1,2})?[A-Za-z]?"  # "Flat 12", "Flat 4B", Glasgow's "Flat 0/2" (floor / door)
_FLAT_LINE = re.compile(
    rf"{_LINE_START}(?:(?:Flat|Apartment|Apt\.?|Unit|Suite|Room)[ \t]+{_FLAT_NO}|{_FLOOR_FLAT})[ \t]*,?[ \t]*\n[ \t]*$"
)


def _lines_above(text: str, start: int) -> int:
    """Where an address whose numbered street starts at `start` begins: at a named house and flat above it."""
    house = _HOUSE_LINE.search(text, max(0, start - 60), start)
    if house and (house.group("named") or not is_first_name(house.group().split()[0])):
        start = house.start()
    flat = _FLAT_LINE.search(text, max(0, start - 30), start)
    return flat.start() if flat else start


# Dictated, all in lower case: "12 baker street london nw1 6xe".
_UK_LOWER = re.compile(
    r"\d{1,4}[a-z]?(?:[ \t]+[a-z][a-z'’-]*){1,3}[ \t]+"
    + _UK_STREET_WORD.lower()
    + r"(?:,?[ \t]+[a-z][a-z'’-]*){1,3},?[ \t]+[a-z]{1,2}\d[a-z\d]?[ \t]?\d[a-z]{2}(?![\w])"
)
_UK_TOWN_BACK = re.compile(rf"(?P<town>{_UK_TOWN})(?:{_SEP}|[ \t]+)$")
_BOX = re.compile(
    r"(?:Postfach|Postf\.|PO Box|P\.O\. Box|Case postale|Casella postale)[ \t]+\d{1,8}(?:[ \t]\d{2,4}){0,2}"
    r"|(?:Postfach|Case postale|Casella postale)(?=[ \t]*[,;·•\n][ \t]*(?:[A-Z]{1,2}-)?\d{4,5}[ \t]+[A-ZÄÖÜ])"  # bare
)
_CO = re.compile(r"c/o[ \t]+[^\n,;·•|]{2,60}")  # up to a line end, comma or " · "
_UNIT = re.compile(r"(?:Flat|Apartment|Apt\.?|Suite|Unit|Stiege|Whg\.|Wohnung|Top|Tür)[ \t]*#?\d{1,4}[A-Za-z]?(?![\w])")
# Parts of a German building or floor between the street and the postcode: "Brunnenstraße 12, Hinterhaus, 3. OG,
# 10119 Berlin" (like a unit line, they count only inside an address).
_FLOOR = re.compile(
    r"(?:Hinterhaus|Vorderhaus|Seitenflügel|Gartenhaus|Quergebäude|Erdgeschoss|Dachgeschoss|Hochparterre"
    r"|\d{1,2}\.[ \t]?(?:OG|Obergeschoss|Stock|Etage)|EG|DG|UG)(?:[ \t]+(?:links|rechts|Mitte|li\.|re\.))?(?![\w])"
)
_FLOOR_AFTER = re.compile(
    r"[ \t]*(?:[,/·•|–][ \t]*|\n[ \t]*|[ \t])"
)  # between a street (or a floor part) and a floor part


# A capitalised word and a house number: a street without a street word when a building part and a postcode follow.
_WORD_NUMBER_BACK = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{3,}(?:-[A-ZÄÖÜ]?[a-zäöüß]+)*[ \t]$")
# Speed only: every match of _FLOOR holds one of these.
_FLOOR_STEMS = ("rhaus", "nhaus", "flügel", "gebäude", "geschoss", "parterre", "OG", "Stock", "Etage", "EG", "DG", "UG")
_HOUSE_NO = re.compile(r"\d{1,4}[a-z]?(?![\w])")


def streets_before_floors(doc: Doc) -> Iterator[tuple[Finding, int]]:
    """ "Hopfengarten 13a · Hinterhaus · 53287 Ort": a word and a number before a building part and a postcode are
    a street line, whatever the street's name (looked for only where a building part follows a number)."""
    text = doc.text
    if not doc.blocks_with(4) or not any(word in text for word in _FLOOR_STEMS):
        return  # a postcode has 4 or 5 digits
    for b in doc.blocks:
        if b.digits > 4 or b.start < 5:
            continue
        num = _HOUSE_NO.match(text, b.start)
        gap = _FLOOR_AFTER.match(text, num.end()) if num else None
        floor = _FLOOR.match(text, gap.end()) if gap else None
        if not (num and floor):
            continue
        end = floor.end()
        gap = _FLOOR_AFTER.match(text, end)
        nxt = _FLOOR.match(text, gap.end()) if gap else None
        if nxt:
            end = nxt.end()
            gap = _FLOOR_AFTER.match(text, end)
        if not (gap and _DACH.match(text, gap.end())):
            continue
        word = _WORD_NUMBER_BACK.search(text, max(0, b.start - 40), b.start)
        if word and free_before(text, word.start()) and word.group().split()[0] not in _NOT_BARE_STREET:
            yield finding("address", text, word.start(), num.end(), False), STREET


def floors_after(doc: Doc, ends: list[int]) -> Iterator[tuple[Finding, int]]:
    """Building and floor parts right after the street lines ending at `ends` (looked for only there)."""
    text = doc.text
    for end in ends:
        for _ in range(2):  # "Hinterhaus, 3. OG"
            gap = _FLOOR_AFTER.match(text, end)
            m = _FLOOR.match(text, gap.end()) if gap else None
            if not m:
                break
            yield finding("address", text, m.start(), m.end(), False), PREFIX
            end = m.end()


_UNIT_WORDS = (
    "flat",
    "apartment",
    "apt",
    "suite",
    "unit",
    "stiege",
    "whg.",
    "wohnung",
    "top ",
    "tür ",
)  # _UNIT's words, lower case


# An adjective before a street name: "Untere Hauptstraße 14", "Alte Landstraße 3", "Große Bergstraße 2", or one
# made from a place ("Landstraßer Hauptstraße", "Wiedner Hauptstraße"; not a surname after a name or a title).
_ADJECTIVE_BACK = re.compile(
    r"(?:Unter|Ober|Alt|Neu|Lang|Gro(?:ß|ss)|Klein|Hoh|Breit|Hinter|Vorder|Mittler|Inner|Äu(?:ß|ss)er|Nieder"
    r"|Schmal|Krumm|Kurz|Still|Wei(?:ß|ss)|Rot|Grün|Schwarz|Heilig)(?:e|er|es|en)[ \t]+$"
    r"|(?P<place>(?<![\w\t])[A-ZÄÖÜ][a-zäöüß]{2,}er) $"
)
_ADDRESS_NOUNS = ("adresse", "anschrift", "address", "wohnsitz", "wohnort")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\.?[ \t]+$")
# A form's label between a street and its postcode: "Straße: Kirchweg 2\nPLZ/Ort: 34117 Kassel".
_FORM_LABEL = re.compile(
    r"[\"']?[ \t]*,?[ \t]*\n[ \t]*[\"']?(?:plz|postleitzahl|ort|plz[ \t]*(?:/|und|u\.)[ \t]*ort|wohnort|stadt"
    r"|city|town|zip(?:[ \t_]*code)?|postcode|post[ _]code|postal[ _]code|city/state/zip)[\"']?[ \t]*[:=|][ \t]*[\"']?",
    re.IGNORECASE,
)


def adjective_before(text: str, start: int) -> int:
    """Where a street name starting at `start` starts with an adjective before it ("Untere Hauptstraße")."""
    m = _ADJECTIVE_BACK.search(text, max(0, start - 20), start)
    if not m or not free_before(text, m.start()):
        return start
    if m.group("place"):  # a capitalised word before makes it a surname: "Jens Dörschner", "Herr Becker"
        word = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if word and word.group(1)[0].isupper() and not word.group(1).lower().endswith(_ADDRESS_NOUNS):
            return start  # but "neue Adresse Wiedner Hauptstraße 47/14": the noun is the cue
    return m.start()


def form_label(text: str, end: int, start: int) -> bool:
    """True when only a form's postcode or town label stands between a street ending at `end` and `start`."""
    return start - end <= 30 and _FORM_LABEL.fullmatch(text, end, start) is not None


# A street without a street word right before a postcode and town: "Sonnenhang 12, 6060 Hall in Tirol".
_BARE_STREET_BACK = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{3,}(?:-[A-ZÄÖÜ]?[a-zäöüß]+)*[ \t]\d{1,4}[a-z]?[ \t]*(?:,[ \t]*|\n)$")
_TOWN_END = re.compile(r"[ \t]*(?:[,;.]|\n|$)|[ \t]+[–-][ \t]")  # or a dash and more: "3011 Bern – bitte klingeln"
# Words before a number that count parts of a document or a list, not a street: "Kapitel 12, 1010 ...".
_NOT_BARE_STREET = frozenset(
    "Seite Seiten Kapitel Abschnitt Absatz Punkt Schritt Stufe Teil Tabelle Abbildung Anlage Folie Zeile Spalte "
    "Version Release Nummer Position Artikel Paragraph Page Chapter Section Step Level Part Table Figure Line Item "
    "Version Build Folie Slide".split()
)


def bare_streets(doc: Doc) -> Iterator[tuple[Finding, int]]:
    """A word and a house number right before a postcode and its town, the town ending its line or clause: one
    address (no street word: "Sonnenhang 12, 6060 Hall in Tirol", "Zeil 5\n60313 Frankfurt")."""
    text = doc.text
    for b in doc.blocks:
        if not (4 <= b.digits <= 5 and b.end - b.start == b.digits) or b.start < 6:
            continue
        if text[b.start - 1 : b.start] not in (" ", "\n", "\t"):
            continue
        town = _DACH.match(text, b.start)
        if not town or town.group("town").split()[0] in _NOT_TOWN or not _TOWN_END.match(text, town.end()):
            continue
        m = _BARE_STREET_BACK.search(text, max(0, b.start - 40), b.start)
        if m and free_before(text, m.start()) and m.group().split()[0] not in _NOT_BARE_STREET:
            yield finding("address", text, m.start(), town.end(), True), CITY


def dach_towns(doc: Doc) -> Iterator[tuple[Finding, int]]:
    """Postcode + town of Austria and Switzerland (4 digits) and Germany with a country prefix ("D-10115 Berlin")."""
    text = doc.text
    for b in doc.blocks:
        if not (4 <= b.digits <= 5 and b.end - b.start == b.digits):
            continue
        start = b.start
        if text[start - 1 : start] == "-":  # every country prefix ends in "-"
            prefix = text[max(0, start - 3) : start]
            for p in ("FL-", "CH-", "A-", "D-"):
                if prefix.endswith(p):
                    start -= len(p)
                    break
        m = _DACH.match(text, start)
        if not m or not free_before(text, m.start(), ".,/-") or m.group("town").split()[0].rstrip(".,") in _NOT_TOWN:
            continue
        if b.digits == 5 and not m.group("country"):
            continue  # plain German postcodes are places._german's
        kind = CITY if m.group("country") else CITY4
        yield finding("address", text, m.start(), m.end(), False), kind


def _after_breaks(text: str, low: int, end: int, n: int) -> int:
    """Where a match ending at `end` can start at the earliest, when it holds fewer than `n` of "," and "\n"
    (each _SEP has one: _UK_BACK holds at most four, _UK_TOWN_BACK one): after the n-th last one from `end`.
    A newline right before `end` is not counted: "$" also matches before it, outside the match."""
    i = end - 1 if text[end - 1 : end] == "\n" else end
    for _ in range(n):
        i = max(text.rfind(",", low, i), text.rfind("\n", low, i))
        if i < 0:
            return low
    return i + 1


def digit_two_caps(doc: Doc) -> bool:
    """`_DIGIT_TWO_CAPS.search(doc.text)`, read off the digit blocks: the digit before two capitals ends its block."""
    text, n = doc.text, len(doc.text)
    for b in doc.blocks:
        e = b.end
        if e + 1 < n and "A" <= text[e] <= "Z" and "A" <= text[e + 1] <= "Z":
            if e + 2 == n or not (text[e + 2].isalnum() or text[e + 2] == "_"):
                return True
    return False


def uk_addresses(doc: Doc) -> Iterator[tuple[Finding, int]]:
    """UK postcodes with the town before them, and the street (and flat) before the town when there is one."""
    text = doc.text
    for b in doc.blocks:  # tried only at a house number before a word in lower case (no pass over the text)
        if b.digits <= 4 and text[b.end : b.end + 1] in (" ", "\t") and text[b.end + 1 : b.end + 2].islower():
            low = _UK_LOWER.match(text, b.start)
            if low and free_before(text, low.start()):
                yield finding("address", text, low.start(), low.end(), True), CITY
    if not digit_two_caps(doc):
        return  # a postcode ends in a digit and two capitals ("4DJ")
    for pc in _POSTCODE_UK.finditer(text):
        if not free_before(text, pc.start()):
            continue
        window = _after_breaks(text, max(0, pc.start() - 160), pc.start(), 5)
        has_break = any(text.find(c, window, pc.start()) != -1 for c in ",;\n·•|")  # "·": this branch's _SEP
        full = _UK_BACK.search(text, window, pc.start()) if has_break else None  # a _SEP is before the town
        if full:
            first = next(g for g in ("flat", "building", "street", "house") if full.group(g))
            start = full.start(first)
            if full.group("street") and not full.group("flat"):
                start = _lines_above(text, start)
            yield finding("address", text, start, pc.end(), True), CITY
            continue
        lines = _UK_LINES.search(text, window, pc.start())
        if lines:  # a person's name above the street is no house: "Ms Charlotte Abdi", "Charlotte Abdi"
            house = lines.group("house")
            start = lines.start("house") if house and not is_first_name(house.split()[0]) else lines.start("street")
            yield finding("address", text, start, pc.end(), True), CITY
            continue
        town = _UK_TOWN_BACK.search(text, _after_breaks(text, max(0, pc.start() - 60), pc.start(), 2), pc.start())
        if town:
            yield finding("address", text, town.start(), pc.end(), False), CITY


# A form, YAML or JSON that gives postcode and town their own labelled lines: "plz: 6900\n  ort: Bregenz", or the
# town first ("town: Woking\n  postcode: GU21 3BX"), perhaps under the street's own line ("line1: 19 Fenwick Close").
_KEY_END = r"[\"']?[ \t]*[:=|][ \t]*[\"']?"
_CODE_KEY = r"(?i:plz|postleitzahl|zip(?:[ _]?code)?|postcode|post[ _]code|postal[ _]code)"
_TOWN_KEY = r"(?i:ort|wohnort|stadt|city|town|post[ _]?town)"
_CODE_THEN_TOWN = re.compile(
    rf"{_CODE_KEY}{_KEY_END}(?P<code>\d{{4,5}}(?:-\d{{4}})?)[\"']?[ \t]*,?[ \t]*\n[ \t]*[\"']?{_TOWN_KEY}{_KEY_END}"
    rf"(?P<town>{TOWN})"
)
_CODE_AFTER = re.compile(
    rf"{_CODE_KEY}{_KEY_END}(?P<code>[A-Z]{{1,2}}\d[A-Z\d]?[ \t]?\d[A-Z]{{2}}(?![\w])|\d{{4,5}}(?![\w-]))"
)
_TOWN_BEFORE = re.compile(  # the lines before a postcode's key: the town's, perhaps under the street's
    rf"(?:(?P<street>\d{{1,4}}[A-Za-z]?(?:[ \t]+[A-Z][\w'’.-]*){{1,4}})[\"']?[ \t]*,?[ \t]*\n[ \t]*)?"
    rf"[\"']?{_TOWN_KEY}{_KEY_END}(?P<town>{_UK_TOWN})[\"']?[ \t]*,?[ \t]*\n[ \t]*[\"']?$"
)
_CODE_WORDS = ("plz", "postleitzahl", "zip", "postcode", "post code", "post_code", "postal")


def labelled_towns(doc: Doc) -> Iterator[tuple[Finding, int]]:
    """Postcode and town on labelled lines of their own (a form, YAML, JSON): a postcode + town part, tried only
    where a postcode's key is."""
    text, low = doc.text, doc.lower
    for key in starting(_CODE_AFTER, text, _CODE_WORDS, low):
        if not free_before(low, key.start()):
            continue
        m = _CODE_THEN_TOWN.match(text, key.start())
        if m:  # strong once a street joins it (places.addresses)
            yield finding("address", text, m.start("code"), m.end("town"), False), CITY
            continue
        town = _TOWN_BEFORE.search(text, max(0, key.start() - 160), key.start())
        if town:
            start = town.start("street") if town.group("street") else town.start("town")
            yield finding("address", text, start, key.end("code"), bool(town.group("street"))), CITY


def boxes_and_lines(doc: Doc) -> Iterator[tuple[Finding, int]]:
    """Postfach / PO Box (a street of its own), and c/o, Flat, Apt lines that come before or after a street."""
    text, low = doc.text, doc.lower
    if "postf" in low or "box" in low or "case postale" in low or "casella" in low:
        for m in _BOX.finditer(text):
            yield finding("address", text, m.start(), m.end(), False), STREET
    if "c/o" in low:
        for m in _CO.finditer(text):
            if not care_of_person(text, m.start()):  # "c/o Leontina Ender" alone: a name (nameblocks), no address
                yield finding("address", text, m.start(), m.end(), False), PREFIX
    if not any(word in low for word in _UNIT_WORDS):
        return
    for m in _UNIT.finditer(text):
        if free_before(text, m.start()):
            yield finding("address", text, m.start(), m.end(), False), PREFIX
