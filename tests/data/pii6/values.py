"""Values for pii6: people, e-mails, phones, IBANs, cards, addresses, birth dates, national numbers and secrets.

National numbers are made valid (python-stdnum where it has a validator; the German Sozialversicherungsnummer and the
UK National Insurance number by their published rules). Streets, towns and name lists are this corpus's own.
"""

from __future__ import annotations

import random
import re
import string
import unicodedata
from dataclasses import dataclass

from faker import Faker
from names import SHORT_FIRST, WORD_FIRST, WORD_LAST, WORLD_FIRST, WORLD_LAST
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.at import tin as at_tin
from stdnum.at import vnr as at_vnr
from stdnum.ch import ssn as ch_ssn
from stdnum.de import idnr as de_idnr
from stdnum.de import stnr as de_stnr
from stdnum.gb import nhs as gb_nhs
from stdnum.gb import utr as gb_utr
from stdnum.iso7064 import mod_11_10
from stdnum.us import itin as us_itin
from stdnum.us import ssn as us_ssn

__all__ = ["WORD_FIRST", "WORD_LAST", "WORLD_FIRST", "WORLD_LAST", "SHORT_FIRST"]

LOCALES = {"de": ("de_DE", "de_AT", "de_CH"), "en": ("en_GB", "en_US", "en_GB", "en_US")}
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]  # fmt: skip
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]  # fmt: skip
WEEKDAYS_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
AVOID: set[str] = set()  # capitalised words of the templates: a Faker name equal to one is drawn again

STREETS = {
    "de_DE": ["Lindenallee", "Am Mühlbach", "Gartenweg", "Birkenweg", "Am Sportplatz", "Ringstraße", "Talstraße",
              "Zum Steinbruch", "Kirchplatz", "Brunnenstraße", "Auf der Heide", "Neue Mainzer Str.", "Hafenstr.",
              "Im Wiesengrund", "Obere Dorfstraße", "Alte Poststraße"],
    "de_AT": ["Mariahilfer Straße", "Favoritenstraße", "Hauptplatz", "Grazer Straße", "Kaiserstraße",
              "Leopoldsgasse", "Wiedner Hauptstraße", "Linzer Gasse", "Am Anger", "Kirchengasse", "Sonnleitenweg"],
    "de_CH": ["Bahnhofstrasse", "Dorfstrasse", "Seestrasse", "Kirchweg", "Rütistrasse", "Chemin des Vignes",
              "Obere Gasse", "Feldweg", "Alte Landstrasse", "Hofackerstrasse", "Spitalgasse"],
    "en_GB": ["High Street", "Station Road", "Church Lane", "Mill Lane", "Victoria Road", "The Crescent",
              "Albert Terrace", "Queensway", "Castle View", "Orchard Close", "Moor Lane", "Priory Walk", "Canal Side"],
    "en_US": ["Maple Avenue", "Oak Street", "Main Street", "Cedar Lane", "N 3rd St", "Elm Drive", "Ridgeway Blvd",
              "Lakeshore Dr", "Pine Hollow Rd", "W 14th Street", "Magnolia Ct", "County Road 12", "Sycamore Way"],
}  # fmt: skip
TOWNS = {
    "de_DE": [("Bamberg", "96"), ("Gütersloh", "33"), ("Lüneburg", "21"), ("Jena", "07"), ("Offenburg", "77"),
              ("Kempten", "87"), ("Wismar", "23"), ("Siegen", "57"), ("Trier", "54"), ("Görlitz", "02")],
    "de_AT": [("Wien", "1"), ("Graz", "8"), ("Linz", "4"), ("Dornbirn", "6"), ("Villach", "9"), ("Wels", "4"),
              ("Krems an der Donau", "3"), ("Eisenstadt", "7")],
    "de_CH": [("Winterthur", "8"), ("Thun", "3"), ("Aarau", "5"), ("Chur", "7"), ("Schaffhausen", "8"),
              ("Baar", "6"), ("Olten", "4"), ("Biel/Bienne", "2")],
}  # fmt: skip
CANTONS = {"Winterthur": "ZH", "Thun": "BE", "Aarau": "AG", "Chur": "GR", "Schaffhausen": "SH", "Baar": "ZG",
           "Olten": "SO", "Biel/Bienne": "BE"}  # fmt: skip
UK_TOWNS = [("Norwich", "NR"), ("Preston", "PR"), ("Dundee", "DD"), ("Swansea", "SA"), ("Derby", "DE"),
            ("Exeter", "EX"), ("Carlisle", "CA"), ("Inverness", "IV"), ("Luton", "LU"), ("Hull", "HU"),
            ("Belfast", "BT"), ("Sheffield", "S"), ("Bolton", "BL"), ("Reading", "RG")]  # fmt: skip
US_CITIES = [("Tulsa", "OK", "741"), ("Boise", "ID", "837"), ("Savannah", "GA", "314"), ("Raleigh", "NC", "276"),
             ("Omaha", "NE", "681"), ("Albuquerque", "NM", "871"), ("Spokane", "WA", "992"),
             ("Des Moines", "IA", "503"), ("Knoxville", "TN", "379"), ("Baton Rouge", "LA", "708"),
             ("Little Rock", "AR", "722"), ("Madison", "WI", "537"), ("Lexington", "KY", "405"),
             ("Charleston", "SC", "294"), ("El Paso", "TX", "799")]  # fmt: skip
STATE_NAMES = {"OK": "Oklahoma", "GA": "Georgia", "TX": "Texas", "KY": "Kentucky", "TN": "Tennessee"}
DOMAINS = {
    "de_DE": ["posteo.de", "mailbox.org", "web.de", "t-online.de", "freenet.de", "gmx.net"],
    "de_AT": ["gmx.at", "aon.at", "chello.at", "a1.net", "drei.at"],
    "de_CH": ["bluewin.ch", "sunrise.ch", "hispeed.ch", "gmx.ch", "proton.me"],
    "en_GB": ["btinternet.com", "hotmail.co.uk", "virginmedia.com", "sky.com", "talktalk.net", "yahoo.co.uk"],
    "en_US": ["comcast.net", "yahoo.com", "aol.com", "att.net", "proton.me", "icloud.com"],
}  # fmt: skip


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    female: bool

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


def fold(text: str) -> str:
    """ASCII for an e-mail address: ä -> ae, ł -> l, é -> e."""
    text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss").replace("Ä", "Ae")
    text = text.replace("Ö", "Oe").replace("Ü", "Ue").replace("ł", "l").replace("Ł", "L")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if c.isascii() and (c.isalnum() or c in ".-_"))


def street_words() -> set[str]:
    every = [s for streets in STREETS.values() for s in streets]
    every += [t for towns in TOWNS.values() for t, _ in towns] + [t for t, _ in UK_TOWNS] + [c for c, _, _ in US_CITIES]
    return {w for s in every for w in re.findall(r"[^\W\d_]+", s)}


class Maker:
    """All random values of the corpus, from one seeded random.Random and one seeded Faker per locale."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.fakers: dict[str, Faker] = {}
        for i, loc in enumerate(("de_DE", "de_AT", "de_CH", "en_GB", "en_US")):
            fk = Faker(loc)
            fk.seed_instance(seed + i)
            self.fakers[loc] = fk
        words = {n for n, _ in WORD_FIRST} | set(WORD_LAST)  # the look-alikes stay: a word may be both
        self.avoid = (AVOID | street_words()) - words

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    # --- people ---------------------------------------------------------------------------------------------------
    def person(self, locale: str) -> Person:
        rng = self.rng
        while True:
            roll = rng.random()
            if roll < 0.38:
                first, female = rng.choice(WORLD_FIRST)
            elif roll < 0.45:
                first, female = rng.choice(SHORT_FIRST)
            elif roll < 0.51:
                first, female = rng.choice(WORD_FIRST)
            else:
                loc = locale if rng.random() < 0.8 else rng.choice(list(self.fakers))
                female = rng.random() < 0.5
                fk = self.fakers[loc]
                first = fk.first_name_female() if female else fk.first_name_male()
            roll = rng.random()
            if roll < 0.33:
                last = rng.choice(WORLD_LAST)
            elif roll < 0.38:
                last = rng.choice(WORD_LAST)
            else:
                last = self.fakers[locale if rng.random() < 0.8 else rng.choice(list(self.fakers))].last_name()
                if " " in last:  # Faker's "Grein Groth": two surnames without a hyphen read as two people
                    continue
            if rng.random() < 0.06 and " " not in last:
                second = self.fakers[locale].last_name()
                if " " in second:
                    continue
                last = f"{last}-{second}"
            parts = re.findall(r"[^\W\d_]+", f"{first} {last}")
            if " " in first or any(p in self.avoid for p in parts) or first == last or len(last) < 2:
                continue
            if any(p in ("II", "III", "von", "van") and " " not in last for p in parts):
                continue
            return Person(first, last, female)

    def email(self, p: Person) -> str:
        rng = self.rng
        first, last = fold(p.first).lower(), fold(p.last.replace(" ", "").replace("'", "")).lower()
        local = rng.choice(
            [f"{first}.{last}", f"{first[0]}.{last}", f"{first}{last}{self.digits(2)}", f"{last}.{first}",
             f"{first}_{last[:1]}", f"{first}.{last}+{rng.choice(['kita', 'verein', 'shop', 'news'])}",
             f"{last}{first[0]}", f"{first[:3]}{last[:4]}{rng.randint(1, 99)}"]
        )  # fmt: skip
        loc = rng.choice(list(DOMAINS))
        return f"{local}@{rng.choice(DOMAINS[loc])}"

    def phone(self, loc: str) -> str:
        rng, d = self.rng, self.digits
        if loc == "de_DE":
            mob = rng.choice(["151", "160", "162", "170", "171", "176", "157", "152"])
            city = rng.choice(["30", "40", "89", "221", "351", "511", "951", "6221"])
            forms = [f"0{mob} {d(7)}", f"0{mob}-{d(3)} {d(4)}", f"+49 (0) {mob} {d(7)}", f"0049-{mob}-{d(7)}",
                     f"(0{city}) {d(3)} {d(4)}", f"0{city} / {d(4)} {d(3)}", f"+49 {city} {d(6)}-{d(2)}",
                     f"+49{mob}{d(7)}"]  # fmt: skip
        elif loc == "de_AT":
            mob = rng.choice(["650", "660", "664", "676", "677", "699"])
            forms = [f"0{mob} {d(3)} {d(2)} {d(2)}", f"+43 (0) {mob} {d(7)}", f"0043 {mob} {d(7)}",
                     f"+43-1-{d(3)} {d(2)} {d(2)}", f"0316 / {d(6)}", f"0{mob}/{d(7)}"]  # fmt: skip
        elif loc == "de_CH":
            mob = rng.choice(["76", "77", "78", "79"])
            forms = [f"0{mob} {d(3)} {d(2)} {d(2)}", f"+41 (0){mob} {d(3)} {d(2)} {d(2)}", f"+41{mob}{d(7)}",
                     f"0041 {mob} {d(3)} {d(2)} {d(2)}", f"044 {d(3)} {d(2)} {d(2)}", f"031 {d(3)} {d(2)} {d(2)}"]  # fmt: skip
        elif loc == "en_GB":
            forms = [f"07{d(3)} {d(6)}", f"+44 (0) 7{d(3)} {d(6)}", f"+447{d(9)}", f"0161 {d(3)} {d(4)}",
                     f"020 7{d(3)} {d(4)}", f"(01603) {d(6)}", f"+44 131 {d(3)} {d(4)}", f"07{d(3)}-{d(3)}-{d(3)}"]  # fmt: skip
        else:
            area = rng.choice(["918", "208", "912", "919", "402", "505", "509", "515", "865", "225", "501", "608"])
            ex = f"{rng.randint(2, 9)}{d(2)}"
            forms = [f"({area}) {ex}-{d(4)}", f"{area}-{ex}-{d(4)}", f"+1 ({area}) {ex}-{d(4)}", f"{area}.{ex}.{d(4)}",
                     f"+1 {area} {ex} {d(4)}", f"1-{area}-{ex}-{d(4)}"]  # fmt: skip
        return rng.choice(forms)

    def iban(self, loc: str) -> str:
        rng, d = self.rng, self.digits
        country = {"de_DE": "DE", "de_AT": "AT", "de_CH": rng.choice(["CH", "CH", "LI"]), "en_GB": "GB"}.get(
            loc, rng.choice(["IE", "NL", "GB"])
        )
        while True:
            bban = {
                "DE": lambda: d(18),
                "AT": lambda: d(16),
                "CH": lambda: d(5) + d(12),
                "LI": lambda: d(5) + d(12),
                "GB": lambda: rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + d(14),
                "IE": lambda: rng.choice(["AIBK", "BOFI"]) + d(14),
                "NL": lambda: rng.choice(["ABNA", "INGB", "RABO"]) + d(10),
            }[country]()
            check = std_iban.calc_check_digits(country + "00" + bban)
            number = country + check + bban
            if std_iban.is_valid(number):
                break
        if rng.random() < 0.6:
            return " ".join(number[i : i + 4] for i in range(0, len(number), 4))
        return number

    def card(self, loc: str) -> str:
        rng, d = self.rng, self.digits
        kind = rng.choice(["visa", "visa", "mc", "mc2", "amex", "discover", "jcb"] if loc == "en_US" else
                          ["visa", "visa", "mc", "mc2", "amex", "jcb"])  # fmt: skip
        prefix, length = {
            "visa": ("4" + d(5), 16),
            "mc": (str(rng.randint(51, 55)) + d(4), 16),
            "mc2": (str(rng.randint(2221, 2720)) + d(2), 16),
            "amex": (rng.choice(["34", "37"]) + d(4), 15),
            "discover": ("6011" + d(2), 16),
            "jcb": (str(rng.randint(3528, 3589)) + d(2), 16),
        }[kind]
        body = prefix + d(length - len(prefix) - 1)
        number = body + luhn.calc_check_digit(body)
        sep = rng.choice([" ", " ", "-", ""])
        if length == 15:
            return sep.join([number[:4], number[4:10], number[10:]])
        return sep.join(number[i : i + 4] for i in range(0, 16, 4))

    # --- addresses ------------------------------------------------------------------------------------------------
    def address(self, loc: str, multiline: bool = False, kind: str = "") -> str:
        rng = self.rng
        nl = "\n" if multiline else ", " if loc.startswith("en") else rng.choice([", ", ", ", " / ", " · "])
        num = str(rng.randint(1, 140)) + rng.choice(["", "", "", "a", "b"])
        if loc in ("de_DE", "de_AT", "de_CH"):
            street = rng.choice(STREETS[loc])
            town, start = rng.choice(TOWNS[loc])
            width = 5 if loc == "de_DE" else 4
            code = start + self.digits(width - len(start))
            if loc == "de_AT":
                code = start + self.digits(3) if start != "1" else "1" + f"{rng.randint(1, 23):02d}" + "0"
                num = rng.choice([num, f"{rng.randint(1, 60)}/{rng.randint(1, 9)}/{rng.randint(1, 30)}",
                                  f"{rng.randint(1, 60)}/{rng.randint(1, 20)}"])  # fmt: skip
            if loc == "de_CH" and rng.random() < 0.3:
                town = f"{town} {CANTONS[town]}"
            if kind == "postbox":
                first = f"Postfach {self.digits(rng.choice([3, 4]))}"
            elif kind == "flat" and loc == "de_DE":
                first = f"{street} {num}{nl}{rng.choice(['2. OG links', 'Seitenflügel', 'Gartenhaus', 'App. 12'])}"
            else:
                first = f"{street} {num}"
            return f"{first}{nl}{code} {town}"
        if loc == "en_GB":
            town, area = rng.choice(UK_TOWNS)
            district = str(rng.randint(1, 29)) if area not in ("S",) else str(rng.randint(1, 36))
            code = f"{area}{district} {rng.randint(0, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
            street = rng.choice(STREETS[loc])
            if kind == "postbox":
                first = f"PO Box {rng.randint(10, 9999)}"
            elif kind == "flat":
                first = rng.choice([f"Apartment {rng.randint(1, 40)}, Riverside Court, {num} {street}",
                                    f"Basement Flat, {num} {street}", f"Flat {rng.randint(1, 9)}{rng.choice('ABC')}{nl}{num} {street}"])  # fmt: skip
            elif kind == "house":
                first = f"{rng.choice(['Bramble Cottage', 'The Old Forge', 'Ty Gwyn', 'Hollybank'])}{nl}{street}"
            else:
                first = f"{num} {street}"
            tail = f"{town}{nl}{code}" if multiline or rng.random() < 0.4 else f"{town} {code}"
            return f"{first}{nl}{tail}"
        city, state, zip3 = rng.choice(US_CITIES)
        code = zip3 + self.digits(2) + (f"-{self.digits(4)}" if rng.random() < 0.25 else "")
        street = rng.choice(STREETS["en_US"])
        num = str(rng.randint(10, 9899))
        if kind == "postbox":
            first = f"PO Box {rng.randint(10, 9999)}"
        elif kind == "flat":
            first = f"{num} {street}{rng.choice([', Ste 310', ', Lot 12', ' Bldg C', ', Rm 118', ', Fl 2'])}"
        else:
            first = f"{num} {street}"
        state_text = STATE_NAMES.get(state, state) if rng.random() < 0.2 else state
        return f"{first}{nl}{city}, {state_text} {code}"

    # --- dates ----------------------------------------------------------------------------------------------------
    def birth(self) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1948, 2006)

    def write_date(self, loc: str, date: tuple[int, int, int]) -> str:
        day, month, year = date
        rng = self.rng
        if loc.startswith("de"):
            months = MONTHS_DE if loc != "de_AT" else ["Jänner", *MONTHS_DE[1:]]
            forms = [f"{day:02d}.{month:02d}.{year}", f"{day:02d}.{month:02d}.{year}", f"{day}. {months[month - 1]} {year}",
                     f"{day:02d}-{month:02d}-{year}", f"{year}-{month:02d}-{day:02d}", f"{day}.{month}.{year}",
                     f"{day:02d}{MONTHS_EN[month - 1][:3].upper()}{year % 100:02d}"]  # fmt: skip
        elif loc == "en_GB":
            forms = [f"{day:02d}/{month:02d}/{year}", f"{day} {MONTHS_EN[month - 1]} {year}",
                     f"{day}{ordinal(day)} of {MONTHS_EN[month - 1]} {year}", f"{day:02d}-{MONTHS_EN[month - 1][:3]}-{year}",
                     f"{day:02d}{MONTHS_EN[month - 1][:3].upper()}{year}", f"{year}-{month:02d}-{day:02d}"]  # fmt: skip
        else:
            forms = [f"{month:02d}/{day:02d}/{year}", f"{MONTHS_EN[month - 1]} {day}{ordinal(day)}, {year}",
                     f"{month}-{day}-{year}", f"{MONTHS_EN[month - 1][:3]} {day}, {year}", f"{month}/{day}/{year % 100:02d}",
                     f"{year}-{month:02d}-{day:02d}"]  # fmt: skip
        return rng.choice(forms)

    def plain_date(self, loc: str, date: tuple[int, int, int]) -> str:
        """A date that is not a birth date (a meeting, a deadline) in the market's everyday forms."""
        day, month, year = date
        if loc.startswith("de"):
            return self.rng.choice([f"{day:02d}.{month:02d}.{year}", f"{day}. {MONTHS_DE[month - 1]} {year}"])
        if loc == "en_GB":
            return self.rng.choice([f"{day:02d}/{month:02d}/{year}", f"{day} {MONTHS_EN[month - 1]} {year}"])
        return self.rng.choice([f"{month}/{day}/{year}", f"{MONTHS_EN[month - 1]} {day}, {year}"])

    # --- national numbers -----------------------------------------------------------------------------------------
    def national(self, p: Person, birth: tuple[int, int, int], locale: str, de: bool) -> tuple[str, str, str]:
        kinds = {"de_DE": ["idnr", "idnr", "stnr", "svnr"], "de_AT": ["vnr", "vnr", "tin"], "de_CH": ["ahv"],
                 "en_GB": ["nino", "nino", "utr", "nhs"], "en_US": ["ssn", "ssn", "itin"]}[locale]  # fmt: skip
        kind = self.rng.choice(kinds)
        cue = self.rng.choice(CUES[kind])
        return cue, self.make_national(kind, p, birth), kind

    def make_national(self, kind: str, p: Person, birth: tuple[int, int, int]) -> str:  # noqa: C901 - one per kind
        rng, d = self.rng, self.digits
        while True:
            if kind == "idnr":
                body = str(rng.randint(1, 9)) + d(9)
                n = body + mod_11_10.calc_check_digit(body)
                if not de_idnr.is_valid(n):
                    continue
                value = rng.choice([n, f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}", f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}"])
            elif kind == "stnr":
                value = rng.choice([f"1{d(2)}/{d(3)}/{d(5)}", f"{rng.randint(21, 37)}/{d(3)}/{d(5)}",
                                    f"3{d(2)}/{d(4)}/{d(4)}", f"0{d(2)} {d(3)} {d(5)}", f"9{d(2)}/{d(3)}/{d(5)}"])  # fmt: skip
                if not de_stnr.is_valid(value):
                    continue
            elif kind == "svnr":
                day, month, year = birth
                core = f"{rng.choice(['12', '15', '24', '38', '53', '65'])}{day:02d}{month:02d}{year % 100:02d}"
                letter = fold(p.last)[:1].upper() or "X"
                serial = f"{rng.randint(50, 99) if p.female else rng.randint(0, 49):02d}"
                check = svnr_check(core, letter, serial)
                value = rng.choice([f"{core}{letter}{serial}{check}", f"{core[:2]} {core[2:]} {letter} {serial}{check}",
                                    f"{core[:2]} {core[2:]} {letter} {serial} {check}"])  # fmt: skip
            elif kind == "vnr":
                day, month, year = birth
                date = f"{day:02d}{month:02d}{year % 100:02d}"
                serial = str(rng.randint(100, 999))
                check = at_vnr.calc_check_digit(serial + "0" + date)
                if len(check) != 1:
                    continue
                value = rng.choice([f"{serial}{check}{date}", f"{serial}{check} {date}",
                                    f"{serial}{check} {day:02d}.{month:02d}.{year % 100:02d}"])  # fmt: skip
            elif kind == "tin":
                office = rng.choice(["03", "04", "06", "07", "08", "09", "10", "12", "15", "16", "18", "22", "29",
                                     "38", "41", "46", "51", "52", "53", "59", "61", "65", "67", "68", "69", "71",
                                     "72", "81", "82", "83", "84", "90", "91", "93", "97", "98"])  # fmt: skip
                body = office + d(6)
                n = body + at_tin.calc_check_digit(body + "0")
                if not at_tin.is_valid(n):
                    continue
                value = rng.choice(
                    [f"{n[:2]}-{n[2:5]}/{n[5:]}", f"{n[:2]} {n[2:5]}/{n[5:]}", n, f"{n[:2]}/{n[2:5]}/{n[5:]}"]
                )
            elif kind == "ahv":
                body = "756" + d(9)
                from stdnum import ean

                n = body + ean.calc_check_digit(body)
                value = rng.choice([f"{n[:3]}.{n[3:7]}.{n[7:11]}.{n[11:]}", n, f"{n[:3]} {n[3:7]} {n[7:11]} {n[11:]}"])
            elif kind == "nino":
                a = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
                b = rng.choice("ABCEGHJKLMNPRSTWXYZ")
                if a + b in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
                    continue
                n = f"{a}{b}{d(6)}{rng.choice('ABCD')}"
                value = rng.choice([n, f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}", f"{n[:2]}-{n[2:8]}-{n[8]}",
                                    n.lower()])  # fmt: skip
            elif kind == "utr":
                body = d(9)
                if body[0] == "0":
                    continue
                n = gb_utr.calc_check_digit(body) + body
                if not gb_utr.is_valid(n):
                    continue
                value = rng.choice([n, f"{n[:5]} {n[5:]}", f"{n}K", f"{n[:5]}-{n[5:]}"])
            elif kind == "nhs":
                body = rng.choice("46") + d(8)
                check = (11 - sum(int(c) * w for c, w in zip(body, range(10, 1, -1), strict=True)) % 11) % 11
                n = body + str(check)
                if not gb_nhs.is_valid(n):
                    continue
                value = rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"])
            elif kind == "ssn":
                n = f"{rng.randint(1, 665):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
                if not us_ssn.is_valid(n):
                    continue
                value = rng.choice([f"{n[:3]}-{n[3:5]}-{n[5:]}", f"{n[:3]} {n[3:5]} {n[5:]}", n])
            elif kind == "itin":
                group = rng.choice([*range(50, 66), *range(70, 89), 90, 91, 92, *range(94, 100)])
                n = f"9{d(2)}{group:02d}{d(4)}"
                if not us_itin.is_valid(n):
                    continue
                value = rng.choice([f"{n[:3]}-{n[3:5]}-{n[5:]}", n])
            else:
                raise KeyError(kind)
            if national_valid(kind, value):
                return value

    # --- secrets --------------------------------------------------------------------------------------------------
    def secret(self) -> str:
        """A vendor token or a password."""
        return self.token() if self.rng.random() < 0.6 else self.any_password()

    def any_password(self) -> str:
        """A password people choose: seasonal, random, a memorable word with digits, or four diceware words."""
        if self.rng.random() < 0.2:
            return "-".join(self.rng.choice(DICEWARE) for _ in range(4))
        return self.password()

    def token(self) -> str:
        """An API token in a vendor's format (none of the vendors pii2..pii5 name in their READMEs)."""
        rng = self.rng
        hexa, b62 = "0123456789abcdef", string.ascii_letters + string.digits

        def r(alphabet: str, n: int) -> str:
            return "".join(rng.choice(alphabet) for _ in range(n))

        forms = [
            lambda: r(hexa, 32),  # Twilio auth token, Datadog API key
            lambda: "key-" + r(hexa, 32),  # Mailgun
            lambda: "ATATT3xFfGF0" + r(b62 + "-_", 180),  # Atlassian API token
            lambda: "lin_api_" + r(b62, 40),  # Linear
            lambda: "ntn_" + r(b62, 46),  # Notion
            lambda: "PMAK-" + r(hexa, 24) + "-" + r(hexa, 34),  # Postman
            lambda: "hvs." + r(b62, 90),  # Vault
            lambda: "dp.st.prd." + r(b62, 40),  # Doppler
            lambda: f"{rng.randint(10**8, 10**10 - 1)}:AA" + r(b62 + "-_", 33),  # Telegram bot
            lambda: "AGE-SECRET-KEY-1" + r("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58),  # age
            lambda: "xapp-1-A" + r(string.ascii_uppercase + string.digits, 10) + "-" + r(string.digits, 13) + "-" + r(hexa, 64),
        ]  # fmt: skip
        return rng.choice(forms)()

    def password(self) -> str:
        rng = self.rng
        return rng.choice(
            [
                f"{rng.choice(['Herbst', 'Fruehling', 'Autumn', 'Spring'])}{rng.randint(2024, 2027)}{rng.choice('!?#$')}",
                "".join(rng.choice(string.ascii_letters + string.digits + "!$%&*+#") for _ in range(rng.randint(10, 18))),
                f"{rng.choice(['Kaffee', 'Bergblick', 'Tulpe', 'Seestern', 'teapot', 'Dragon', 'Gecko'])}_{rng.randint(10, 99)}"
                f"{rng.choice(['!', '#', '?', '*'])}{rng.choice(['Xq', 'Lm', 'Rt', 'Zz'])}",
            ]
        )  # fmt: skip

    def ssh_key(self) -> str:
        rng = self.rng
        b64 = string.ascii_letters + string.digits + "+/"
        kind = rng.choice(["OPENSSH", "EC", "DSA"])
        width, rows = (70, rng.randint(5, 7)) if kind == "OPENSSH" else (64, rng.randint(3, 5))
        body = "\n".join("".join(rng.choice(b64) for _ in range(width)) for _ in range(rows))
        return f"-----BEGIN {kind} PRIVATE KEY-----\n{body}\n-----END {kind} PRIVATE KEY-----"

    def pin(self) -> str:
        while True:
            value = self.digits(self.rng.choice([4, 4, 6]))
            if len(set(value)) > 1:
                return value


DICEWARE = ["anker", "wolke", "tinte", "pinsel", "kobalt", "ferkel", "umbra", "lattice", "otter", "quarz", "saffron",
            "gondel", "kiesel", "marble", "nimbus", "zither"]  # fmt: skip
CUES = {
    "idnr": ["Steuerliche Identifikationsnummer", "IdNr", "Steuer-IdNr.", "TIN", "Identifikationsnr.", "St-ID"],
    "stnr": ["Steuernummer", "St.-Nr.", "StNr", "Steuer-Nr."],
    "svnr": ["SV-Nummer", "Sozialversicherungsnr.", "Rentenversicherungsnummer", "RVNR", "SV-Ausweis"],
    "vnr": ["SV-Nr.", "Versicherungsnummer", "VSNR", "Sozialversicherungsnummer", "e-card Nr."],
    "tin": ["StNr.", "Steuernummer", "FA-StNr", "Steuer-Nr. (Finanzamt)"],
    "ahv": ["AHV-Nummer", "AHV-Nr", "AHVN13", "Sozialversicherungsnummer", "neue AHV-Nr."],
    "nino": ["National Insurance number", "NINO", "NI no", "NIN", "N.I. number"],
    "utr": ["UTR", "Unique Taxpayer Reference", "SA UTR", "self-assessment ref"],
    "nhs": ["NHS number", "NHS no.", "NHS #"],
    "ssn": ["SSN", "Social Security No.", "SS#", "soc sec", "Social"],
    "itin": ["ITIN", "Taxpayer ID", "IRS ITIN", "TIN"],
}  # fmt: skip


def ordinal(day: int) -> str:
    return "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def svnr_check(core: str, letter: str, serial: str) -> str:
    """The check digit of a German Sozialversicherungsnummer (area + birth date, initial, serial)."""
    digits = core + f"{ord(letter) - 64:02d}" + serial
    weights = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)
    total = sum(sum(divmod(int(c) * w, 10)) for c, w in zip(digits, weights, strict=True))
    return str(total % 10)


def svnr_valid(text: str) -> bool:
    n = re.sub(r"\s", "", text).upper()
    m = re.fullmatch(r"(\d{2})(\d{2})(\d{2})(\d{2})([A-Z])(\d{2})(\d)", n)
    if not m:
        return False
    day, month = int(m.group(2)), int(m.group(3))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return False
    return svnr_check(m.group(1) + m.group(2) + m.group(3) + m.group(4), m.group(5), m.group(6)) == m.group(7)


def nino_valid(text: str) -> bool:
    n = re.sub(r"[\s-]", "", text).upper()
    m = re.fullmatch(r"([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])\d{6}[A-D]", n)
    return bool(m) and n[:2] not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")


def national_valid(kind: str, text: str) -> bool:
    """Whether `text` is a valid national number of `kind` (dots of an Austrian VNR's date are removed first)."""
    if kind == "svnr":
        return svnr_valid(text)
    if kind == "nino":
        return nino_valid(text)
    if kind == "vnr":
        return at_vnr.is_valid(re.sub(r"[\s.]", "", text))
    checks = {
        "idnr": de_idnr.is_valid,
        "stnr": de_stnr.is_valid,
        "tin": at_tin.is_valid,
        "ahv": ch_ssn.is_valid,
        "utr": gb_utr.is_valid,
        "nhs": gb_nhs.is_valid,
        "ssn": us_ssn.is_valid,
        "itin": us_itin.is_valid,
    }
    try:
        return bool(checks[kind](text))
    except Exception:  # noqa: BLE001 - a validator that cannot parse the text says no
        return False
