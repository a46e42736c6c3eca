"""Postal addresses: German street + house number and postcode + city, US street lines, city/state/ZIP."""

from __future__ import annotations

import re
from collections.abc import Iterator

from course.scanner import postal
from course.scanner.context import Doc, compile_words, finding, free_before, has_cue
from course.scanner.firstnames import STOP_WORDS
from course.scanner.result import Finding

_NUM = (  # "12", "12a", "12-14", "3/2/7", and Austrian door numbers "24/Top 12", "5/Stiege 2/Tür 3"
    # (not a floor after " / ": "Zum Steinbruch 13b / 2. OG links / 57557 Siegen")
    r"\d{1,5}(?:[ ]?[a-zA-Z](?![^\W\d_]))?(?:[ ]?[-/][ ]?(?:(?:Top|Tür|Stiege|Stg\.)[ ]?)?\d{1,4}(?!\.[ \t]?[A-Z])"
    r"(?:[ ]?[a-zA-Z](?![^\W\d_]))?){0,3}"
    r"(?![\d]|[.,:]\d|[^\W\d_])"
)
# Street-type endings, searched in the lower-cased text ("Goethestraße 5", "Am Ring 3", "Lindenweg 12a").
_NUM_RE = re.compile(_NUM)
# Street-type endings right before a house number, searched backwards in the lower-cased text.
_SUFFIXES = (
    "straße strasse str. weg allee platz gasse ring damm ufer chaussee pfad stieg graben wall kamp promenade deich kai "
    "twiete gürtel zeile lände"
    " steig gässli gass"  # "Kirchsteig 7", "Rosengässli 4", "Kramgass 14"
).split()
_SUFFIX_BACK = re.compile("(?:" + "|".join(map(re.escape, _SUFFIXES)) + r")[ \t]*$")
_SUFFIX_ENDS = frozenset(suffix[-3:] for suffix in _SUFFIXES)  # speed only: what the text before the spaces ends in
_PREFIX_BACK = re.compile(  # "Am Markt 3", "An der Alster 12"
    r"(?:Am|An der|An den|Auf dem|Auf der|Im|In der|In den|Zum|Zur|Unter den|Hinter der|Vor dem|Beim"
    r"|Hinterm|Hinter dem|Hinter den|Unterm|Unter dem|Unter der|Überm|Über dem|Über der|Vorm|Vor der|Vor den)[ \t]+"
    r"[A-ZÄÖÜ][^\W\d_]+(?:-[^\W\d_]+)*[ \t]+$"
)
_ROMANCE_BACK = re.compile(  # Swiss and Liechtenstein streets in French or Italian: "Rue du Marché 31", "Via Nassa 5"
    r"(?:Rue|Avenue|Av\.|Chemin|Ch\.|Route|Rte|Place|Boulevard|Bd|Quai|Via|Viale|Piazza|Corso|Vicolo|Strada)[ \t]+"
    r"(?:(?:du|de la|de|des|d'|della|del|dei|di|la|le"
    r"|les)[ \t]*)?[A-ZÀ-Ý][^\W\d_]+(?:[- ][A-ZÀ-Ý][^\W\d_]+){0,2}[ \t]+$"
)
# Speed only: every word _ROMANCE_BACK starts with contains one of these ("Avenue" has "Av", "Viale" "Via").
_ROMANCE_WORDS = "Rue Av Ch Route Rte Place Boulevard Bd Quai Via Piazza Corso Vicolo Strada".split()
_ROMANCE_ANY = re.compile("|".join(_ROMANCE_WORDS))  # one pass for `any(word in text ...)`
_PARTICLE_BACK = re.compile(r"(?:van der|von der|van den|van|von|de|zu)[ \t]+$")
_CITY_WORD = r"(?:[A-ZÄÖÜ][^\W\d_]+(?:[-/][A-ZÄÖÜ][^\W\d_]+)*)"
_DE_CITY = re.compile(
    r"\d{5}[ \t]+(?:(?:Bad|St\.|Sankt)[ \t]+)?"
    + _CITY_WORD
    + r"(?:[ \t]+(?:am|an der|an|im|in der|ob der|vor der|vorm|vor|unter|bei|a\.[ \t]?d\.|i\.)[ \t]*"
    + _CITY_WORD
    + r"|[ \t]+\([^()\n]{1,30}\)"
    r"|(?:[ \t]+" + _CITY_WORD + r"){1,2}(?=[ \t]*(?:\n|,|$)))?"
)
_US_SUFFIXES = (
    "Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl|Terrace|Ter|Way|Circle|Cir|"
    "Parkway|Pkwy|Highway|Hwy"
)
_US_RARE = (
    "Trail|Trl|Square|Sq|Plaza|Loop|Alley|Pike|Route|Rte|Allee|Annex|Arcade|Avenues|Bayou"
    "|Beach|Bend|Bluffs?|Bottom|Branch|Bridge|Brooks?|Burgs?|Bypass|Camp|Canyon|"
    "Cape|Causeway|Centers?|Cliffs?|Club|Commons?|Corners?|Course|Courts|Coves?|Creek|Crescent|Crest|Crossing|"
    "Crossroad|Curve|Dale|Dam|Divide|Drives|Estates?|Expressway|Extensions?|Falls?|Ferry|Fields?|Flats?|Fords?|"
    "Forest|Forges?|Forks?|Fort|Freeway|Gardens?|Gateways?|Glens?|Greens?|Groves?|Harbors?|Haven|Heights|Hills?|"
    "Hollow|Inlet|Islands?|Isle|Junctions?|Keys?|Knolls?|Lakes?|Land|Landing|Lights?|Locks?|Lodge|Manors?|"
    "Meadows?|Mews|Mills?|Mission|Motorway|Mount|Mountains?|Neck|Orchard|Oval|Overpass|Parks?|Parkways|Pass|"
    "Passage|Path|Pines?|Plains?|Points?|Ports?|Prairie|Radial|Ramp|Ranch|Rapids?|Rest|Ridges?|River|Roads|Row|"
    "Rue|Run|Shoals?|Shores?|Skyway|Springs?|Spurs?|Squares|Station|Stravenue|Stream|Streets|Summit|"
    "Throughway|Trace|Track|Trafficway|Tunnel|Turnpike|Underpass|Unions?|Valleys?|Viaduct|Views?|Villages?|Ville|"
    "Vista|Walks?|Wall|Ways|Wells?"
)
_US_STREET = re.compile(
    r"\d{1,6}[A-Za-z]?[ \t]+(?:(?:[NSEW]|North|South|East|West)\.?[ \t]+)?"
    r"(?:(?:[A-Z][A-Za-z'’-]{0,2}\.|[A-Z][A-Za-z'’-]*|\d{1,3}(?:st|nd|rd|th))[ \t]+){1,3}"
    r"(?P<suffix>" + _US_SUFFIXES + "|" + _US_RARE + r")\.?(?![^\W\d_])(?:[ \t]+(?:[NS][EW]|[NSEW])\.?(?![^\W\d_]))?"
    r"(?P<unit>,?[ \t]+(?:Apt\.?|Apartment|Suite|Ste\.?|Unit|Fl\.?|Floor|Rm\.?|Room|Lot|Spc\.?|Space|Trlr|Bldg\.?"
    r"|#)[ \t]*#?[A-Za-z0-9-]{1,6}(?![\w-]))?"
)
_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|"
    "OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|PR|VI|GU|AS|MP|AA|AE|AP|FM|MH|PW"
)
_STATE_BACK = re.compile(  # also "Portland OR 97211", "Lexington, Kentucky 40596"
    r"(?:,[ \t]+|(?<=[a-z])[ \t]+)(?:" + _STATES + "|" + postal.US_STATE_NAMES + r")[ \t]+$"
)
_ZIP = re.compile(r"\d{5}(?:-\d{4})?(?![\w-])")
_LINE_BEFORE = re.compile(
    r"\d{1,6}[A-Za-z]?(?:[ \t]+[A-Z][\w'’.-]*){1,4}"
    r"(?:,?[ \t]+(?:Apt\.?|Apartment|Suite|Ste\.?|Unit|#)[ \t]*#?[A-Za-z0-9-]{1,6})?[ \t]*(?:,[ \t]*|\n[ \t]*)$"
)
_CITY_BACK = re.compile(r"[A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+){0,3}$")
_MILITARY = re.compile(
    r"(?:USNS|USNV|USS|USCGC)\s+[A-Z][a-z]+(?:,?\s+)FPO\s+A[AEP]\s+\d{5}(?![\w-])|"
    r"(?:PSC|Unit)\s+\d{4},?\s+Box\s+\d{4}(?:,?\s+)(?:APO|DPO)\s+A[AEP]\s+\d{5}(?![\w-])"
)
ADDRESS_CUES = compile_words(
    r"adresse\w*|anschrift\w*|address\w*|wohnhaft|wohnort|wohnt|wohnung|wohnsitz|lieferadresse|liefer\w*|"
    r"umgezogen|moved|lives|living|resid\w*|home|apartment|apt|mailed to|ship\w* to|deliver\w* to|send \w+ to|"
    r"visit|besuch\w*|pick up|abholung|zustell\w*|post\w*|ort|city"
)
# Compounds that end like a street but name something else ("Arbeitsplatz 12", "Firewall 2").
NOT_STREETS = frozenset(
    "arbeitsplatz parkplatz stellplatz sitzplatz steckplatz speicherplatz ausbildungsplatz studienplatz "
    "tabellenplatz messeplatz spielplatz sportplatz firewall paywall hinweg rückweg umweg ausweg lösungsweg "
    "dienstweg zahlungsweg lieferweg versandweg rechtsweg kommunikationsweg fluchtweg arbeitsweg schulweg "
    "lernpfad dateipfad suchpfad installationspfad karrierepfad entwicklungspfad boxring schlüsselring "
    "staudamm bahnsteig gleissteig einstieg".split()
)
_ABBREVIATIONS = frozenset("St Ave Rd Blvd Ln Dr Ct Pl Ter Cir Pkwy Hwy Trl Sq Rte".split())
_NOT_CITY = frozenset(
    "Stück Stk Euro EUR Einheiten Paletten Kunden Mitarbeiter Mitarbeitende Teilnehmende Exemplare Teile Artikel "
    "Kartons Pakete Seiten Zeilen Tage Stunden Minuten Punkte Besucher Nutzer Lizenzen Units Items Pieces Users "
    "Dollar USD Liter Meter Kilometer Kilo Tonnen Bestellungen Aufträge Rechnungen Datensätze Downloads Klicks "
    "Empfänger Mails Anrufe Tickets Fälle Kilogramm Gramm Mal Jahre Monate Wochen Prozent Franken CHF GBP".split()
)
# A lower-case postcode and town after a lower-case street line: ", 8004 zürich", "\n10115 berlin".
_LOWER_TOWN = re.compile(  # also dictated: "hauptstraße 5 in 10115 berlin"
    r"[ \t]*(?:,[ \t]*|\n[ \t]*|[ \t]+(?:in[ \t]+)?)\d{4,5}[ \t]+[a-zäöüß][a-zäöüß-]+(?![\w])"
)
_GLUE = re.compile(r"[ \t]*(?:[,;][ \t]*|\n[ \t]*|[ \t]*[·•|–/][ \t]*|[ \t]+(?:in[ \t]+)?)$")  # ";", " / " too


def _street_start(text: str, suffix_start: int, suffix_end: int) -> int | None:
    """Walk back from a street suffix to the start of the street name (None if there is no name)."""
    i = suffix_start
    while i > 0 and (text[i - 1].isalpha() or text[i - 1] == "-" or text[i - 1] == "." and text[i : i + 1] == "-"):
        i -= 1  # "Hans-H.-Trub-Gasse": an initial inside a street name
    if i < suffix_start:
        word = text[i:suffix_end].strip().rstrip(".").lower()
        if not text[i].isupper() or word in NOT_STREETS:
            return None
        particle = _PARTICLE_BACK.search(text, max(0, i - 12), i)  # "van der Dussenring 108"
        return particle.start() if particle and free_before(text, particle.start()) else i
    # a bare "Straße 5" needs an adjective or a name before it ("Berliner Straße 5")
    j = i
    while j > 0 and text[j - 1] == " ":
        j -= 1
    k = j
    while k > 0 and (text[k - 1].isalpha() or text[k - 1] in "-."):
        k -= 1
    if j == i or j - k < 3 or not text[k].isupper() or text[k:j] in STOP_WORDS:
        return None
    return k


def _cued(doc: Doc, start: int) -> bool:
    return has_cue(ADDRESS_CUES, doc.lower, start, 45)


STREET, CITY, PREFIX, CITY4 = postal.STREET, postal.CITY, postal.PREFIX, postal.CITY4


def _german(doc: Doc) -> Iterator[tuple[Finding, int]]:
    text, lower = doc.text, doc.lower
    romance: bool | None = None  # whether the text has a French or Italian street word: looked up once, when needed
    for b in doc.blocks:
        # a house number follows a space after a word ("Lindenweg 4", "Hauptstr. 5")
        num = None
        if b.digits <= 12 and b.start >= 2:
            space, word_end = text[b.start - 1], text[b.start - 2]
            if (space == " " or space == "\t") and (word_end.isalpha() or word_end == "."):
                num = _NUM_RE.match(text, b.start)
        if num:
            j = b.start - 1  # a space or tab (after_word): the suffix ends where the spaces before the number start
            while j > 0 and (lower[j - 1] == " " or lower[j - 1] == "\t"):
                j -= 1
            ends_like = lower[max(0, j - 3) : j] in _SUFFIX_ENDS
            suffix = _SUFFIX_BACK.search(lower, max(0, b.start - 16), b.start) if ends_like else None
            if suffix:
                start = _street_start(text, suffix.start(), b.start)
                if start is not None:
                    start = postal.adjective_before(text, start)  # "Untere Hauptstraße 14"
                    yield finding("address", text, start, num.end(), True), STREET
                    continue
                chat = _LOWER_TOWN.match(text, num.end()) if text[suffix.start()].islower() else None
                if chat:  # "lindenstrasse 4, 8004 zürich": written all in lower case, as in a chat
                    start = suffix.start()
                    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "-"):
                        start -= 1
                    town = chat.group().split()[-1]
                    if (
                        text[start].islower()
                        and text[start : suffix.end()].strip() not in NOT_STREETS
                        and town.capitalize() not in _NOT_CITY
                    ):
                        yield finding("address", text, start, chat.end(), True), CITY
                        continue
            prefix = _PREFIX_BACK.search(text, max(0, b.start - 45), b.start)
            if prefix is None:
                if romance is None:
                    romance = _ROMANCE_ANY.search(text) is not None
                prefix = _ROMANCE_BACK.search(text, max(0, b.start - 45), b.start) if romance else None
            if prefix and free_before(text, prefix.start()):
                yield finding("address", text, prefix.start(), num.end(), _cued(doc, prefix.start())), STREET
        if b.digits >= 5 and " " in text[b.start + 5 : b.start + 7]:
            for m in _DE_CITY.finditer(text, b.start, min(len(text), b.end + 80)):
                if m.start() >= b.end:
                    break
                start = (
                    m.start() - 2 if text[max(0, m.start() - 2) : m.start()] == "D-" else m.start()
                )  # "D-10115 Berlin"
                if free_before(text, start, ".,/-") and m.group().split()[1].rstrip(".,") not in _NOT_CITY:
                    yield finding("address", text, start, m.end(), _cued(doc, start)), CITY


def _american(doc: Doc) -> Iterator[tuple[Finding, int]]:
    text = doc.text
    for b in doc.blocks:
        after, c = b.end, text[b.end : b.end + 1]
        if c.isalpha() and not text[after + 1 : after + 2].isalpha():
            after += 1
            c = text[after : after + 1]
        nxt = text[after + 1 : after + 2] if c == " " or c == "\t" else ""
        m = _US_STREET.match(text, b.start) if nxt and (nxt.isupper() or nxt.isdigit()) else None
        if m and free_before(text, m.start(), ".,/-"):
            end = m.end()
            if not m.group("unit") and m.group("suffix") not in _ABBREVIATIONS and text[end - 1] == ".":
                end -= 1  # a full stop after "Island" ends the sentence, not an abbreviation
            # "12 Hard Drive", "3 Audit Trail": a street line alone is weak; a unit, a cue or the
            # city/state/ZIP after it (merged below) makes it strong.
            strong = bool(m.group("unit")) or _cued(doc, m.start())
            yield finding("address", text, m.start(), end, strong), STREET
        if b.digits >= 5 and text[b.start - 2 : b.start - 1].isalpha():
            state = _STATE_BACK.search(text, max(0, b.start - 24), b.start)
            zip_code = _ZIP.match(text, b.start) if state else None
            city = _CITY_BACK.search(text, max(0, state.start() - 60), state.start()) if zip_code and state else None
            if zip_code and city and free_before(text, city.start(), "-"):
                # the line before "City, ST 12345" is its street, whatever the street type ("2 Martin Loaf")
                street = _LINE_BEFORE.search(text, max(0, city.start() - 80), city.start())
                if street and free_before(text, street.start(), ".,/-"):
                    yield finding("address", text, street.start(), zip_code.end(), True), CITY
                    continue
                yield finding("address", text, city.start(), zip_code.end(), _cued(doc, city.start())), CITY
    if "PO " in text:
        for m in _MILITARY.finditer(text):
            yield finding("address", text, m.start(), m.end(), True), CITY


def addresses(doc: Doc) -> Iterator[Finding]:
    """Address parts; a street line followed by its postcode/town becomes one strong finding, with a c/o,
    Flat or Apt line before it or a unit line between; a 4-digit postcode counts only after a street."""
    text = doc.text
    if not doc.blocks:  # every address has a number
        return
    parts = list(_german(doc))
    parts.extend(_american(doc))
    parts.extend(postal.dach_towns(doc))
    parts.extend(postal.uk_addresses(doc))
    parts.extend(postal.boxes_and_lines(doc))
    parts.extend(postal.bare_streets(doc))
    parts.extend(postal.labelled_towns(doc))
    parts.extend(postal.streets_before_floors(doc))
    parts.extend(postal.floors_after(doc, [f.end for f, kind in parts if kind == STREET]))
    parts.sort(key=lambda p: (p[0].start, -p[0].end))
    merged: list[tuple[Finding, int]] = []
    for f, kind in parts:
        if merged and f.start < merged[-1][0].end:  # overlapping parts: keep the longer reach
            last, last_kind = merged[-1]
            if f.end > last.end:
                new_kind = kind if kind != CITY4 or last_kind == STREET else last_kind
                strong = last.strong or f.strong or (last_kind == STREET and kind == CITY4)
                merged[-1] = (finding("address", text, last.start, f.end, strong), CITY if kind == CITY4 else new_kind)
            elif f.end == last.end and f.start == last.start:  # "80065 Tammy Junction": a street, not a city
                merged[-1] = (
                    finding("address", text, last.start, last.end, last.strong or f.strong),
                    min(kind, last_kind),
                )
            continue
        end = merged[-1][0].end if merged else 0
        if merged and (
            (f.start - end <= 5 and _GLUE.match(text[end : f.start])) or postal.form_label(text, end, f.start)
        ):
            last, last_kind = merged[-1]
            joined = None
            if last_kind == PREFIX and kind in (STREET, PREFIX, CITY):  # "Apt 4B, 350 Fifth Avenue, New York, NY"
                joined = kind
            elif last_kind == STREET and kind in (CITY, CITY4):
                joined = CITY
            elif last_kind == STREET and kind == PREFIX:
                joined = STREET
            if joined is not None:
                strong = joined == CITY or last.strong or f.strong
                merged[-1] = (finding("address", text, last.start, f.end, strong), joined)
                continue
        merged.append((f, kind))
    for f, kind in merged:
        if kind not in (PREFIX, CITY4):
            yield f
