"""pii7's values: persons, e-mails, phones, IBANs, cards, addresses, dates, secrets and valid national numbers.

Written for pii7 without reading any earlier corpus's values: its own street and town lists, its own phone, date
and secret forms. National numbers are drawn until python-stdnum accepts them (de.idnr, de.stnr, at.vnr, at.tin,
ch.ssn, gb.utr, gb.nhs, us.ssn, us.itin); the German Sozialversicherungsnummer and the UK NINO by their published
rules (svnr_valid, nino_valid).
"""

from __future__ import annotations

import random
import re
import string
import unicodedata
from dataclasses import dataclass
from typing import Any

import names
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.at import tin as at_tin
from stdnum.at import vnr as at_vnr
from stdnum.ch import ssn as ch_ssn
from stdnum.de import idnr as de_idnr
from stdnum.de import stnr as de_stnr
from stdnum.gb import nhs as gb_nhs
from stdnum.gb import utr as gb_utr
from stdnum.us import itin as us_itin
from stdnum.us import ssn as us_ssn

LOCALES = {"de": ("de_DE", "de_AT", "de_CH"), "en": ("en_GB", "en_US")}
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]  # fmt: skip
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]  # fmt: skip
WEEKDAYS_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
WORD_FIRST = names.WORD_FIRST
WORD_LAST = names.WORD_LAST
AVOID: set[str] = set()
"""Capitalised words of the templates: a Faker name equal to one is drawn again (make_corpus fills it)."""

DE_STREETS = ["Holunderweg", "Am Schöpfwerk", "Kiebitzstieg", "Zeisigstraße", "Uferpromenade", "Mühlgraben",
              "Lerchenfelder Weg", "Kastanienallee", "Am Ziegelteich", "Hopfengarten", "Brunnenwiese", "Sandgrubenweg",
              "Torfstraße", "Wacholderring", "Zollhausgasse", "Am Pulverturm", "Flachsröste", "Rübenkamp"]  # fmt: skip
AT_STREETS = ["Kreuzgasse", "Hasnerstraße", "Anningerweg", "Schlossberggasse", "Wiedner Gürtel", "Lederergasse",
              "Am Tabor", "Zirbenweg", "Marktplatz"]  # fmt: skip
CH_STREETS = ["Rütistrasse", "Bifangweg", "Im Grüt", "Chäsiweg", "Rebhaldenstrasse", "Dorfbachweg", "Allmendstrasse",
              "Landstrasse", "Obergass"]  # fmt: skip
LI_TOWNS = [("9490", "Vaduz"), ("9494", "Schaan"), ("9496", "Balzers"), ("9493", "Mauren")]
GB_STREETS = ["Cae Glas", "Heol y Nant", "Glebe Crescent", "Tollgate Road", "Kirkgate", "Wynd End", "Canal Side",
              "Tanners Lane", "Quarry Brae", "Harbour Row", "Pennant Close", "Sheepwash Lane"]  # fmt: skip
GB_TOWNS = [("Dundee", "DD"), ("Aberdeen", "AB"), ("Inverness", "IV"), ("Perth", "PH"), ("Stirling", "FK"),
            ("Swansea", "SA"), ("Cardiff", "CF"), ("Wrexham", "LL"), ("Carlisle", "CA"), ("Truro", "TR"),
            ("Lincoln", "LN"), ("Hereford", "HR")]  # fmt: skip
US_STREETS = ["Sycamore Bend", "N Juniper Ave", "Old Mill Rd", "W Prairie Dog Ln", "Catalpa Ct", "Bayou Vista Dr",
              "Cottonwood Trl", "E Lakeshore Blvd", "Honeysuckle Way", "Granite Ridge Pkwy"]  # fmt: skip
US_CITIES = [("Duluth", "MN", "558"), ("Boise", "ID", "837"), ("Spokane", "WA", "992"), ("Tulsa", "OK", "741"),
             ("Burlington", "VT", "054"), ("Albuquerque", "NM", "871"), ("Savannah", "GA", "314"),
             ("Anchorage", "AK", "995"), ("Fargo", "ND", "581"), ("Reno", "NV", "895")]  # fmt: skip
UK_TOWNS = GB_TOWNS
DE_MAIL = ["gmx.de", "web.de", "t-online.de", "freenet.de", "ewe.net", "vodafonemail.de", "outlook.de"]
AT_MAIL = ["gmx.at", "chello.at", "a1.net", "drei.at"]
CH_MAIL = ["hispeed.ch", "sunrise.ch", "gmx.ch", "bluemail.ch", "adon.li"]
GB_MAIL = ["outlook.com", "sky.com", "virginmedia.com", "talktalk.net", "hotmail.co.uk", "icloud.com"]
US_MAIL = ["yahoo.com", "aol.com", "att.net", "verizon.net", "protonmail.com", "me.com"]


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    female: bool

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


def fold(text: str) -> str:
    """ASCII for an e-mail address: ö -> oe, ð -> d, other diacritics dropped."""
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("ð", "d"), ("þ", "th"), ("Þ", "th"),
                 ("ł", "l"), ("ŋ", "ng"), ("ø", "o"), ("æ", "ae")):  # fmt: skip
        text = text.replace(a, b)
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if c.isascii() and (c.isalnum() or c in "-."))


class Maker:
    """One random.Random and one seeded Faker per locale: every value of the corpus comes from here."""

    def __init__(self, seed: int) -> None:
        from faker import Faker

        self.rng = random.Random(seed)
        self.fakers: dict[str, Any] = {}
        for i, loc in enumerate(("de_DE", "de_AT", "de_CH", "en_GB", "en_US")):
            fk = Faker(loc)
            fk.seed_instance(seed + i)
            self.fakers[loc] = fk

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    # --- persons ---------------------------------------------------------------------------------------------

    def faker_name(self, loc: str, female: bool, last: bool) -> str:
        fk = self.fakers[loc if self.rng.random() < 0.8 else self.rng.choice(list(self.fakers))]
        while True:
            value = fk.last_name() if last else (fk.first_name_female() if female else fk.first_name_male())
            if " " not in value and value not in AVOID and len(value) > 2:
                return str(value)

    def person(self, loc: str) -> Person:
        rng = self.rng
        female = rng.random() < 0.5
        r = rng.random()
        if r < 0.38:
            first = rng.choice([n for n, f in names.WORLD_FIRST if f == female])
        elif r < 0.45:
            first = rng.choice([n for n, f in names.SHORT_FIRST if f == female])
        elif r < 0.51:
            first = rng.choice([n for n, f in names.WORD_FIRST if f == female])
        else:
            first = self.faker_name(loc, female, False)
        r = rng.random()
        if r < 0.30:
            last = rng.choice(names.WORLD_LAST)
        elif r < 0.36:
            last = rng.choice(names.WORD_LAST)
        else:
            last = self.faker_name(loc, female, True)
        if rng.random() < 0.06 and "-" not in last and " " not in last:
            last = f"{last}-{self.faker_name(loc, female, True)}"
        return Person(first, last, female)

    def birth(self) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1941, 2006)

    # --- contact values --------------------------------------------------------------------------------------

    def email(self, p: Person) -> str:
        rng = self.rng
        first, last = fold(p.first.lower()), fold(p.last.lower().replace(" ", ""))
        domains = {"de": DE_MAIL, "at": AT_MAIL, "ch": CH_MAIL, "uk": GB_MAIL, "us": US_MAIL}
        domain = rng.choice(domains[rng.choice(list(domains))])
        local = rng.choice([f"{first}.{last}", f"{first}{last[:1]}", f"{first[:1]}{last}", f"{last}.{first}",
                            f"{first}_{last}{rng.randint(60, 99)}", f"{first}-{last}", f"{last}{rng.randint(1, 9)}"])  # fmt: skip
        return f"{local}@{domain}"

    def phone(self, loc: str) -> str:
        rng, d = self.rng, self.digits
        forms = {
            "de_DE": [f"0152 {d(8)}", f"+49 1523 {d(7)}", f"0049 176 {d(8)}", f"0341 {d(6)}", f"(0351) {d(3)} {d(2)} {d(2)}",
                      f"+49 89 {d(3)} {d(3)} {d(2)}", f"0711-{d(7)}", f"01578/{d(7)}"],
            "de_AT": [f"0664 {d(3)} {d(4)}", f"+43 699 {d(8)}", f"0512/{d(6)}", f"+43 (0)463 {d(5)}", f"0043 650 {d(7)}"],
            "de_CH": [f"079 {d(3)} {d(2)} {d(2)}", f"+41 76 {d(3)} {d(2)} {d(2)}", f"+423 {d(3)} {d(2)} {d(2)}",
                      f"0041 (0)77 {d(3)} {d(4)}", f"061 {d(3)} {d(2)} {d(2)}"],
            "en_GB": [f"07{d(3)} {d(6)}", f"+44 7{d(3)} {d(3)} {d(3)}", f"01382 {d(6)}", f"(029) {d(4)} {d(4)}",
                      f"0044 7{d(9)}", f"01224-{d(6)}"],
            "en_US": [f"({rng.choice(['218', '208', '509', '918', '802'])}) {d(3)}-{d(4)}",
                      f"+1 {rng.choice(['505', '912', '907', '701'])} {d(3)} {d(4)}", f"775-{d(3)}-{d(4)}",
                      f"1.218.{d(3)}.{d(4)}"],
        }  # fmt: skip
        while True:
            value = str(rng.choice(forms[loc]))
            if not self.validates(value):
                return value

    def validates(self, value: str) -> bool:
        digits = re.sub(r"\D", "", value)
        return (13 <= len(digits) <= 19 and luhn.is_valid(digits)) or any(
            national_valid(k, digits) for k in ("idnr", "vnr", "tin", "ahv", "utr", "nhs")
        )

    def iban(self, loc: str) -> str:
        rng = self.rng
        country, length = {"de_DE": ("DE", 18), "de_AT": ("AT", 16), "de_CH": ("CH", 17), "en_GB": ("GB", 18),
                           "en_US": ("GB", 18)}[loc]  # fmt: skip
        if loc == "de_CH" and rng.random() < 0.25:
            country, length = "LI", 17
        if loc == "en_US" and rng.random() < 0.5:
            country, length = rng.choice([("FR", 23), ("ES", 20)])
        while True:
            if country == "GB":
                bban = rng.choice(["BARC", "LOYD", "RBOS", "BOFS", "CLYD", "HBUK"]) + self.digits(14)
            else:
                bban = self.digits({"DE": 18, "AT": 16, "CH": 17, "LI": 17, "ES": 20, "FR": 23}[country])
            check = std_iban.calc_check_digits(f"{country}00{bban}")
            value = f"{country}{check}{bban}"
            if std_iban.is_valid(value):
                break
        r = rng.random()
        if r < 0.5:
            return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
        if r < 0.6:
            return value.lower() if loc.startswith("de") and rng.random() < 0.3 else value
        return value

    def card(self, loc: str) -> str:
        rng = self.rng
        kind = rng.choice(["visa", "mc", "mc2", "amex", "maestro", "diners"] + (["discover"] if loc == "en_US" else []))
        prefix, length = {"visa": ("4", 16), "mc": (str(rng.randint(51, 55)), 16), "mc2": (str(rng.randint(2221, 2720)), 16),
                          "amex": (rng.choice(["34", "37"]), 15), "maestro": ("6759", 16),
                          "diners": ("36", 14), "discover": ("6011", 16)}[kind]  # fmt: skip
        body = prefix + self.digits(length - len(prefix) - 1)
        number = body + luhn.calc_check_digit(body)
        sep = rng.choice([" ", " ", "-", "", "."]) if kind != "diners" else " "
        if sep == ".":
            sep = " "
        if kind == "amex":
            return sep.join([number[:4], number[4:10], number[10:]])
        if kind == "diners":
            return " ".join([number[:4], number[4:10], number[10:]])
        return sep.join(number[i : i + 4] for i in range(0, len(number), 4))

    def address(self, loc: str, multiline: bool = False, kind: str = "") -> str:  # noqa: C901 - one table
        rng, d = self.rng, self.digits
        nl = "\n" if multiline else rng.choice([", ", ", ", " · ", " – "])
        if loc.startswith("de"):
            no = f"{rng.randint(1, 120)}{rng.choice(['', '', '', 'a', 'b', ' c'])}"
            if loc == "de_DE":
                street, code, town = rng.choice(DE_STREETS), self.fakers[loc].postcode(), self.fakers[loc].city()
                extra = rng.choice(["", "", "", f"{nl}Hinterhaus", f"{nl}Whg. {rng.randint(1, 40)}"])
            elif loc == "de_AT":
                street, code, town = rng.choice(AT_STREETS), f"{rng.randint(1, 9)}{d(3)}", self.fakers[loc].city()
                no += rng.choice(
                    ["", f"/{rng.randint(1, 30)}", f"/Stiege {rng.randint(1, 4)}/Top {rng.randint(1, 20)}"]
                )
                extra = ""
                if rng.random() < 0.2:
                    code = "A-" + code
            else:
                street = rng.choice(CH_STREETS)
                code, town = (
                    rng.choice(LI_TOWNS)
                    if rng.random() < 0.25
                    else (f"{rng.randint(1, 9)}{d(3)}", self.fakers[loc].city())
                )
                extra = ""
                if code.startswith("94") and town in dict(LI_TOWNS).values():
                    code = rng.choice(["", "FL-"]) + code
            if kind == "postbox":
                return (
                    f"Postfach {d(2)} {d(2)}{nl}{code} {town}"
                    if loc == "de_DE"
                    else f"Postfach {d(3)}{nl}{code} {town}"
                )
            return f"{street} {no}{extra}{nl}{code} {town}"
        if loc == "en_GB":
            town, area = rng.choice(GB_TOWNS)
            code = f"{area}{rng.randint(1, 19)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
            street = f"{rng.randint(1, 240)} {rng.choice(GB_STREETS)}"
            if kind == "postbox":
                return f"PO Box {d(4)}{nl}{town}{nl}{code}"
            if kind == "flat":
                street = (
                    rng.choice(
                        [
                            f"Flat {rng.randint(1, 30)}",
                            f"{rng.randint(1, 4)}/{rng.randint(1, 3)}",
                            f"Flat {rng.randint(1, 9)}{rng.choice('ABC')}",
                        ]
                    )
                    + ("\n" if multiline else ", ")
                    + street
                )
            if kind == "house":
                street = (
                    rng.choice(["Bryn Awel", "Rowan Croft", "Tigh na Mara", "The Old Manse"])
                    + nl
                    + rng.choice(GB_STREETS)
                )
            if multiline:
                return f"{street}\n{town}\n{code}"
            return rng.choice([f"{street}, {town} {code}", f"{street}, {town}, {code}"])
        city, state, zip3 = rng.choice(US_CITIES)
        zipc = zip3 + d(2) + (f"-{d(4)}" if rng.random() < 0.25 else "")
        street = f"{rng.randint(10, 9899)} {rng.choice(US_STREETS)}"
        if kind == "postbox":
            return f"PO Box {d(4)}{nl}{city}, {state} {zipc}"
        if kind == "flat" or rng.random() < 0.2:
            street += rng.choice([f", Apt {rng.randint(1, 40)}{rng.choice(['', 'B'])}", f" Unit {rng.randint(1, 12)}",
                                  f" #{rng.randint(100, 999)}"])  # fmt: skip
        return f"{street}{nl if multiline else ', '}{city}, {state} {zipc}"

    # --- dates -----------------------------------------------------------------------------------------------

    def write_date(self, loc: str, date: tuple[int, int, int]) -> str:
        rng = self.rng
        dd, mm, yy = date
        if loc.startswith("de"):
            months = list(MONTHS_DE)
            if loc == "de_AT":
                months[0] = "Jänner"
            forms = [f"{dd:02d}.{mm:02d}.{yy}", f"{dd}.{mm}.{yy}", f"{dd}. {months[mm - 1]} {yy}",
                     f"{dd:02d}.{mm:02d}.{yy % 100:02d}", f"{dd}.{ROMAN[mm - 1]}.{yy}", f"{yy}-{mm:02d}-{dd:02d}",
                     f"{dd}. {months[mm - 1][:3]}. {yy}", f"{dd:02d}/{mm:02d}/{yy}", f"{dd:02d} {mm:02d} {yy}"]  # fmt: skip
        else:
            m = MONTHS_EN[mm - 1]
            th = "th" if 11 <= dd <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(dd % 10, "th")
            if loc == "en_US":
                forms = [f"{mm}/{dd}/{yy}", f"{mm:02d}/{dd:02d}/{yy}", f"{m} {dd}, {yy}", f"{m[:3]}. {dd}, {yy}",
                         f"{yy}-{mm:02d}-{dd:02d}", f"{mm}-{dd}-{yy}", f"{m} {dd}{th} {yy}"]  # fmt: skip
            else:
                forms = [f"{dd}/{mm}/{yy}", f"{dd:02d}/{mm:02d}/{yy}", f"{dd} {m} {yy}", f"{dd}{th} {m} {yy}",
                         f"{dd} {m[:3]} {yy}", f"{dd:02d}.{mm:02d}.{yy}", f"{dd}-{m[:3].upper()}-{yy}",
                         f"{yy}/{mm:02d}/{dd:02d}"]  # fmt: skip
        return str(rng.choice(forms))

    def plain_date(self, loc: str, date: tuple[int, int, int]) -> str:
        dd, mm, yy = date
        if loc.startswith("de"):
            return f"{dd:02d}.{mm:02d}.{yy}"
        return f"{mm}/{dd}/{yy}" if loc == "en_US" else f"{dd} {MONTHS_EN[mm - 1]} {yy}"

    # --- secrets ---------------------------------------------------------------------------------------------

    def chars(self, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def secret(self) -> str:
        rng, c = self.rng, self.chars
        hexa = "0123456789abcdef"
        forms = [
            lambda: "glpat-" + c(20, string.ascii_letters + string.digits + "_-"),
            lambda: "shpat_" + c(32, hexa),
            lambda: "dop_v1_" + c(64, hexa),
            lambda: "sq0atp-" + c(22, string.ascii_letters + string.digits + "-_"),
            lambda: "rubygems_" + c(48, hexa),
            lambda: "pul-" + c(40, hexa),
            lambda: "dapi" + c(32, hexa),
            lambda: "FLWSECK_TEST-" + c(32, hexa) + "-X",
            lambda: "sk-ant-api03-" + c(40, string.ascii_letters + string.digits + "-_") + "AA",
            lambda: "nrak-" + c(27, string.ascii_uppercase + string.digits),
            lambda: "lip_" + c(36),
            lambda: "CLOJARS_" + c(60, hexa),
            lambda: "AccountKey=" + c(86) + "==",
            lambda: (
                rng.choice(
                    [
                        "Sonnenblume",
                        "Weißwurscht",
                        "Kaffeeklatsch",
                        "Bergfex",
                        "Wattwurm",
                        "Haggis",
                        "Kiwi",
                        "Poutine",
                        "Jollof",
                    ]
                )
                + str(rng.randint(10, 99))
                + rng.choice("!?#$%&")
            ),
            lambda: c(4, string.ascii_lowercase) + "-" + c(4, string.ascii_lowercase) + "-" + c(4, string.digits),
            lambda: c(rng.randint(10, 16), string.ascii_letters + string.digits + "!$%&*+#"),
        ]
        return str(rng.choice(forms)())

    def keysafe(self) -> str:
        """A key-safe or door code of a home-care client (a secret: it opens someone's home)."""
        return self.digits(4) if self.rng.random() < 0.7 else self.digits(6)

    # --- national numbers ------------------------------------------------------------------------------------

    def national(self, p: Person, birth: tuple[int, int, int], loc: str, de: bool) -> tuple[str, str, str]:
        """A cue people write, a valid number of the locale's market, and its kind."""
        rng = self.rng
        kind = rng.choice({"de_DE": ["idnr", "idnr", "stnr", "svnr"], "de_AT": ["vnr", "vnr", "tin"],
                           "de_CH": ["ahv"], "en_GB": ["nino", "nino", "utr", "nhs"],
                           "en_US": ["ssn", "ssn", "itin"]}[loc])  # fmt: skip
        cues = {
            "idnr": ["Steuer-IdNr.", "Steuer-Identnummer", "IdNr", "steuerl. ID", "Steuer-ID"],
            "stnr": ["Steuernummer", "St.-Nr.", "StNr", "Steuernr."],
            "svnr": ["Rentenversicherungsnummer", "RV-Nr.", "SV-Nr.", "Versicherungsnummer der DRV"],
            "vnr": ["SV-Nummer", "Sozialversicherungsnummer", "VSNR", "e-card-Nummer"],
            "tin": ["Steuernummer", "St.Nr.", "Abgabenkontonummer"],
            "ahv": ["AHV-Nr.", "AHV-Nummer", "Sozialversicherungsnummer", "AHVN13"],
            "nino": ["NI number", "NINO", "National Insurance no.", "NI no"],
            "utr": ["UTR", "Unique Taxpayer Reference", "tax ref (UTR)"],
            "nhs": ["NHS number", "NHS no.", "CHI/NHS no"],
            "ssn": ["SSN", "Social Security number", "SS#"],
            "itin": ["ITIN", "taxpayer ID (ITIN)", "ITIN no."],
        }
        return rng.choice(cues[kind]), self.make_national(kind, p, birth), kind

    def make_national(self, kind: str, p: Person, birth: tuple[int, int, int]) -> str:  # noqa: C901 - one table
        rng, d = self.rng, self.digits
        dd, mm, yy = birth
        while True:
            if kind == "idnr":
                raw = str(rng.randint(1, 9)) + d(10)
                if not de_idnr.is_valid(raw):
                    continue
                value = rng.choice(
                    [raw, f"{raw[:2]} {raw[2:5]} {raw[5:8]} {raw[8:]}", f"{raw[:3]} {raw[3:6]} {raw[6:9]} {raw[9:]}"]
                )
            elif kind == "stnr":
                value = rng.choice([f"{d(3)}/{d(3)}/{d(5)}", f"{d(2)}/{d(3)}/{d(5)}", f"{d(3)}/{d(4)}/{d(4)}",
                                    f"0{d(2)} {d(3)} {d(5)}"])  # fmt: skip
                if not de_stnr.is_valid(value):
                    continue
            elif kind == "svnr":
                initial = fold(p.last.replace("von ", "").replace("de ", "").replace("Edle ", ""))[:1].upper() or "X"
                if not initial.isalpha():
                    initial = "X"
                area = rng.choice(["12", "13", "15", "24", "28", "40", "53", "65", "81"])
                serial = f"{rng.randint(50, 99) if p.female else rng.randint(0, 49):02d}"
                head = f"{area}{dd:02d}{mm:02d}{yy % 100:02d}{initial}{serial}"
                value = head + svnr_check_digit(head)
                value = rng.choice([value, f"{area} {dd:02d}{mm:02d}{yy % 100:02d} {initial} {serial} {value[-1]}"])
            elif kind == "vnr":
                raw = str(rng.randint(1, 9)) + d(3) + f"{dd:02d}{mm:02d}{yy % 100:02d}"
                if not at_vnr.is_valid(raw):
                    continue
                value = rng.choice([raw, f"{raw[:4]} {raw[4:]}", f"{raw[:4]} {dd:02d}{mm:02d}{yy % 100:02d}"])
            elif kind == "tin":
                raw = rng.choice(["03", "04", "07", "10", "22", "29", "38", "46", "51", "57", "61", "67", "72", "83",
                                  "91", "98"]) + d(7)  # fmt: skip
                if not at_tin.is_valid(raw):
                    continue
                value = rng.choice([raw, f"{raw[:2]}-{raw[2:5]}/{raw[5:]}", f"{raw[:2]} {raw[2:5]}/{raw[5:]}"])
            elif kind == "ahv":
                raw = "756" + d(9)
                raw += ean_check(raw)
                if not ch_ssn.is_valid(raw):
                    continue
                value = rng.choice(
                    [
                        f"{raw[:3]}.{raw[3:7]}.{raw[7:11]}.{raw[11:]}",
                        raw,
                        f"{raw[:3]} {raw[3:7]} {raw[7:11]} {raw[11:]}",
                    ]
                )
            elif kind == "nino":
                prefix = rng.choice(string.ascii_uppercase) + rng.choice(string.ascii_uppercase)
                value = prefix + d(6) + rng.choice("ABCD")
                if not nino_valid(value):
                    continue
                value = rng.choice(
                    [
                        value,
                        f"{value[:2]} {value[2:4]} {value[4:6]} {value[6:8]} {value[8]}",
                        f"{value[:2]}{value[2:8]} {value[8]}",
                    ]
                )
            elif kind == "utr":
                raw = d(10)
                if not gb_utr.is_valid(raw):
                    continue
                value = rng.choice([raw, f"{raw[:5]} {raw[5:]}", raw + "K"])
            elif kind == "nhs":
                raw = d(10)
                if not gb_nhs.is_valid(raw):
                    continue
                value = rng.choice([raw, f"{raw[:3]} {raw[3:6]} {raw[6:]}"])
            elif kind == "ssn":
                raw = f"{rng.randint(1, 899):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
                if not us_ssn.is_valid(raw):
                    continue
                value = rng.choice([f"{raw[:3]}-{raw[3:5]}-{raw[5:]}", f"{raw[:3]} {raw[3:5]} {raw[5:]}"])
            else:  # itin
                raw = "9" + d(2) + str(rng.choice([70, 75, 78, 81, 88, 90, 94])) + d(4)
                if not us_itin.is_valid(raw):
                    continue
                value = f"{raw[:3]}-{raw[3:5]}-{raw[5:]}"
            if national_valid(kind, value):
                return value


def ean_check(body: str) -> str:
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(reversed(body), start=1))
    return str((10 - total % 10) % 10)


SVNR_WEIGHTS = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)


def svnr_check_digit(head: str) -> str:
    """The check digit of a German Rentenversicherungsnummer: area, birth date, the letter as its two-digit place in
    the alphabet, the serial; weights 2 1 2 5 7 1 2 1 2 1 2 1, cross sums of the products, modulo 10."""
    digits = head[:8] + f"{ord(head[8]) - 64:02d}" + head[9:11]
    total = sum(sum(divmod(int(c) * w, 10)) for c, w in zip(digits, SVNR_WEIGHTS, strict=True))
    return str(total % 10)


def svnr_valid(text: str) -> bool:
    value = re.sub(r"[\s-]", "", text).upper()
    if not re.fullmatch(r"\d{8}[A-Z]\d{3}", value):
        return False
    dd, mm = int(value[2:4]), int(value[4:6])
    return 1 <= dd <= 31 and 1 <= mm <= 12 and svnr_check_digit(value[:11]) == value[11]


def nino_valid(text: str) -> bool:
    value = re.sub(r"[\s-]", "", text).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", value):
        return False
    a, b = value[0], value[1]
    if a in "DFIQUV" or b in "DFIOQUV" or value[:2] in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
        return False
    return True


def national_valid(kind: str, text: str) -> bool:
    """Whether `text` is a valid national number of `kind` (separators allowed)."""
    try:
        if kind == "svnr":
            return svnr_valid(text)
        if kind == "nino":
            return nino_valid(text)
        if kind == "stnr":
            return bool(de_stnr.is_valid(text))
        compact = re.sub(r"[\s./-]", "", text)
        if kind == "utr":
            return bool(gb_utr.is_valid(compact))
        validators = {"idnr": de_idnr, "vnr": at_vnr, "tin": at_tin, "ahv": ch_ssn, "nhs": gb_nhs,
                      "ssn": us_ssn, "itin": us_itin}  # fmt: skip
        return bool(validators[kind].is_valid(compact))
    except Exception:  # noqa: BLE001 - a validator that cannot read the text says no
        return False
