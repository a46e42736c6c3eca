"""Value makers for the pii3 corpus: people, national numbers (valid by stdnum or the published rules), phones,
addresses, dates, secrets and look-alikes that must NOT validate."""

from __future__ import annotations

import random
import string
import unicodedata
from dataclasses import dataclass

from faker import Faker
from names import INTERNATIONAL_FIRST, INTERNATIONAL_LAST
from stdnum import ean, iban, luhn
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

LOCALES = {"de": ("de_DE", "de_AT", "de_CH"), "en": ("en_GB", "en_US")}
MONTHS_DE = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
MONTHS_EN = "January February March April May June July August September October November December".split()
WEEKDAYS_DE = "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split()
WEEKDAYS_EN = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()

UK_TOWNS = (
    "Leeds,Bristol,Manchester,Sheffield,Nottingham,Leicester,Coventry,Bradford,Cardiff,Swansea,Norwich,Exeter,York,"
    "Reading,Brighton,Plymouth,Derby,Stoke-on-Trent,Sunderland,Wolverhampton,Southampton,Portsmouth,Oxford,Cambridge,"
    "Bath,Chester,Lancaster,Carlisle,Durham,Lincoln,Ipswich,Colchester,Harrogate,Glasgow,Edinburgh,Aberdeen,Dundee,"
    "Belfast,Inverness,Stockport,Bolton,Wigan,Luton,Slough,Milton Keynes,London,Birmingham,Liverpool,"
    "Newcastle upon Tyne"
).split(",")
UK_STREETS = (
    "Road Street Lane Avenue Close Crescent Drive Gardens Grove Terrace Way Place Hill Park Road Mews Row"
).split()
UK_PREFIX = (
    "Victoria Albert Station Church Mill Park Queens Kings High Manor Chapel School Clarence Granville Princess "
    "Beech Elm Oak Willow Cedar Ash Rosebery Cavendish Gloucester Windsor Stanley Balmoral Hawthorn Meadow"
).split()
US_CITIES = (
    ("Springfield", "IL"), ("Austin", "TX"), ("Columbus", "OH"), ("Portland", "OR"), ("Madison", "WI"),
    ("Raleigh", "NC"), ("Tucson", "AZ"), ("Boise", "ID"), ("Richmond", "VA"), ("Albany", "NY"),
    ("Denver", "CO"), ("Tampa", "FL"), ("Omaha", "NE"), ("Fresno", "CA"), ("Savannah", "GA"),
    ("Burlington", "VT"), ("Ann Arbor", "MI"), ("Plano", "TX"), ("Provo", "UT"), ("Eugene", "OR"),
    ("Pittsburgh", "PA"), ("Louisville", "KY"), ("Spokane", "WA"), ("Des Moines", "IA"), ("Nashville", "TN"),
)  # fmt: skip
US_STREETS = (
    "Elm Oak Maple Pine Cedar Washington Lincoln Jefferson Lake Hill Park Main Sunset Highland Walnut Cherry "
    "Franklin Madison Jackson Meadow Ridge River Spring Willow Birch Chestnut Dogwood Magnolia"
).split()
US_SUFFIX = "St Street Ave Avenue Blvd Dr Drive Rd Road Ln Lane Ct Court Way Pl".split()
US_STATES = "AL AZ CA CO CT FL GA IL IN KY MA MD MI MN MO NC NJ NY OH OR PA TN TX VA WA WI".split()


def fold(text: str) -> str:
    """ASCII for e-mail local parts: ä -> ae, ß -> ss, accents dropped."""
    text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    text = text.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue").replace("ł", "l").replace("Ł", "L")
    text = text.replace("ı", "i").replace("ş", "s").replace("ğ", "g")
    out = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in out.lower() if c.isalnum() or c in ".-")


@dataclass
class Person:
    first: str
    last: str
    female: bool
    locale: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


class Maker:
    """All values of one corpus run, from one seeded random generator and one seeded Faker per locale."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.fakers: dict[str, Faker] = {}
        for i, loc in enumerate(("de_DE", "de_AT", "de_CH", "en_GB", "en_US")):
            fk = Faker(loc)
            fk.seed_instance(seed + i)
            self.fakers[loc] = fk

    # --- people ----------------------------------------------------------------------------------------------
    def person(self, locale: str) -> Person:
        rng = self.rng
        female = rng.random() < 0.5
        roll = rng.random()
        if roll < 0.30:
            firsts = [n for n, g in INTERNATIONAL_FIRST if g in ("fu" if female else "mu")]
            first = rng.choice(firsts)
        else:
            loc = locale if roll < 0.75 else rng.choice(list(self.fakers))
            fk = self.fakers[loc]
            first = fk.first_name_female() if female else fk.first_name_male()
        if rng.random() < 0.28:
            last = rng.choice(INTERNATIONAL_LAST)
        else:
            last = self.fakers[locale].last_name()
            while last.endswith((" II", " III")):  # Faker's de_DE list has a few; nobody writes them here
                last = self.fakers[locale].last_name()
        first = first.split()[0] if rng.random() < 0.7 else first
        return Person(first, last, female, locale)

    # --- contact ---------------------------------------------------------------------------------------------
    def email(self, p: Person) -> str:
        rng, fk = self.rng, self.fakers[p.locale]
        first, last = fold(p.first.split()[0]), fold(p.last.replace(" ", ""))
        domain = fk.free_email_domain() if rng.random() < 0.4 else fk.domain_name()
        local = rng.choice(
            [f"{first}.{last}", f"{first[0]}.{last}", f"{last}.{first}", f"{first}{last}{rng.randint(1, 99)}",
             f"{first}_{last}", f"{last}{first[0]}", f"{first}.{last[0]}"]
        )  # fmt: skip
        return f"{local}@{domain}"

    def phone(self, locale: str) -> str:
        rng = self.rng
        d = lambda n: "".join(rng.choice(string.digits) for _ in range(n))  # noqa: E731
        if locale == "de_DE":
            mob, area = (
                rng.choice(["151", "152", "157", "160", "162", "170", "171", "172", "176", "178"]),
                rng.choice(["30", "40", "89", "221", "69", "711", "211", "351", "511", "6221", "7531", "4471", "341"]),
            )
            return rng.choice(
                [f"0{mob} {d(8)}", f"+49 {mob} {d(8)}", f"0{mob}/{d(7)}", f"+49 (0){mob} {d(7)}",
                 f"0{area} {d(7)}", f"+49 {area} {d(7)}", f"0{area}/{d(6)}-{d(2)}", f"(0{area}) {d(6)}",
                 f"+49{area}{d(7)}", f"0049 {area} {d(6)}", self.fakers[locale].phone_number()]
            )  # fmt: skip
        if locale == "de_AT":
            mob, area = (
                rng.choice(["650", "660", "664", "676", "680", "699"]),
                rng.choice(["1", "316", "512", "662", "732"]),
            )
            return rng.choice(
                [f"0{mob} {d(7)}", f"+43 {mob} {d(7)}", f"+43 {area} {d(6)}", f"0{area}/{d(6)}",
                 f"0{mob}/{d(3)} {d(2)} {d(2)}", f"+43 (0){mob} {d(7)}", self.fakers[locale].phone_number()]
            )  # fmt: skip
        if locale == "de_CH":
            mob, area = rng.choice(["76", "77", "78", "79"]), rng.choice(["44", "31", "61", "41", "71", "52", "22"])
            return rng.choice(
                [f"0{mob} {d(3)} {d(2)} {d(2)}", f"+41 {mob} {d(3)} {d(2)} {d(2)}", f"0{area} {d(3)} {d(2)} {d(2)}",
                 f"+41 {area} {d(3)} {d(2)} {d(2)}", f"0041 {mob} {d(3)} {d(4)}", f"0{mob}{d(7)}"]
            )  # fmt: skip
        if locale == "en_GB":
            area = rng.choice(["20 7946", "161 496", "113 496", "117 496", "121 496", "131 496", "29 2018"])
            return rng.choice(
                [f"07700 900{d(3)}", f"+44 7700 900{d(3)}", f"07{rng.choice('4589')}{d(2)} {d(6)}", f"0{area} {d(4)}",
                 f"+44 (0){area.split()[0]} {area.split()[1]} {d(4)}", f"+447{d(3)}{d(6)}", f"(0{area}) {d(4)}"]
            )  # fmt: skip
        area = rng.choice(["212", "312", "415", "503", "512", "617", "702", "720", "804", "919", "206", "608"])
        ex = str(rng.randint(201, 989))
        return rng.choice(
            [f"({area}) {ex}-{d(4)}", f"{area}-{ex}-{d(4)}", f"+1 {area} {ex} {d(4)}", f"{area}.{ex}.{d(4)}",
             f"+1 ({area}) {ex}-{d(4)}", f"1-{area}-{ex}-{d(4)}"]
        )  # fmt: skip

    # --- money -----------------------------------------------------------------------------------------------
    def iban(self, locale: str) -> str:
        fk = self.fakers["en_GB" if locale == "en_US" else locale]
        number = fk.iban()
        assert iban.is_valid(number), number
        if self.rng.random() < 0.6:
            return " ".join(number[i : i + 4] for i in range(0, len(number), 4))
        return number

    def card(self, locale: str) -> str:
        kind = self.rng.choice(["visa16", "mastercard", "mastercard", "visa16", "amex", "discover"])
        number = self.fakers[locale].credit_card_number(kind)
        assert luhn.is_valid(number), number
        style = self.rng.random()
        if len(number) == 15:
            return f"{number[:4]} {number[4:10]} {number[10:]}" if style < 0.6 else number
        sep = " " if style < 0.5 else "-" if style < 0.75 else ""
        return sep.join(number[i : i + 4] for i in range(0, 16, 4))

    # --- national numbers --------------------------------------------------------------------------------------
    def digits(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    def de_idnr(self) -> str:
        rng = self.rng
        while True:
            pool = rng.sample(string.digits, 9)
            if pool[0] == "0":
                continue
            body = pool + [rng.choice(pool[1:])]
            first, rest = body[0], body[1:]
            rng.shuffle(rest)
            number = first + "".join(rest)
            number += mod_11_10.calc_check_digit(number)
            if de_idnr.is_valid(number):
                break
        return rng.choice([number, de_idnr.format(number), f"{number[:2]} {number[2:5]} {number[5:8]} {number[8:]}"])

    def de_stnr(self) -> str:
        rng = self.rng
        while True:
            region = rng.choice(
                ["Bayern", "Berlin", "Hamburg", "Niedersachsen", "Baden-Württemberg", "Nordrhein-Westfalen"]
            )
            if region == "Bayern":
                parts = (self.digits(3), self.digits(3), self.digits(5))
            elif region == "Nordrhein-Westfalen":
                parts = (self.digits(3), self.digits(4), self.digits(4))
            else:
                parts = (self.digits(2), self.digits(3), self.digits(5))
            if parts[0].startswith("0"):
                continue
            number = "/".join(parts)
            if de_stnr.is_valid(number, region):
                return number

    def de_svnr(self, p: Person, birth: tuple[int, int, int]) -> str:
        """Rentenversicherungsnummer: area, DDMMYY, initial of the birth name, serial (00-49 m, 50-99 f), check."""
        rng = self.rng
        area = rng.choice(
            ["04", "08", "09", "12", "13", "15", "18", "23", "24", "25", "28", "38", "40", "42", "53", "65"]
        )
        day, month, year = birth
        letter = fold(p.last)[0].upper() if fold(p.last)[:1].isalpha() else "X"
        serial = rng.randint(50, 99) if p.female else rng.randint(0, 49)
        body = f"{area}{day:02d}{month:02d}{year % 100:02d}"
        check = svnr_check(body + letter + f"{serial:02d}")
        number = f"{body}{letter}{serial:02d}{check}"
        return rng.choice(
            [
                number,
                f"{area} {body[2:]} {letter} {serial:02d} {check}",
                f"{area} {body[2:]} {letter}{serial:02d}{check}",
            ]
        )

    def at_vnr(self, birth: tuple[int, int, int]) -> str:
        day, month, year = birth
        while True:
            serial = str(self.rng.randint(100, 999))
            date = f"{day:02d}{month:02d}{year % 100:02d}"
            check = at_vnr.calc_check_digit(serial + "0" + date)
            if len(check) == 1 and at_vnr.is_valid(serial + check + date):
                return self.rng.choice([f"{serial}{check} {date}", f"{serial}{check}{date}", f"{serial}{check}-{date}"])

    def at_tin(self) -> str:
        while True:
            body = self.digits(8)
            number = body + at_tin.calc_check_digit(body)
            if at_tin.is_valid(number):
                return at_tin.format(number) if self.rng.random() < 0.8 else number

    def ch_ahv(self) -> str:
        body = "756" + self.digits(9)
        number = body + ean.calc_check_digit(body)
        assert ch_ssn.is_valid(number)
        return ch_ssn.format(number) if self.rng.random() < 0.85 else number

    def gb_utr(self) -> str:
        body = self.digits(9)
        number = gb_utr.calc_check_digit(body) + body
        assert gb_utr.is_valid(number)
        return self.rng.choice([number, f"{number[:5]} {number[5:]}"])

    def gb_nhs(self) -> str:
        while True:
            number = str(self.rng.randint(4, 9)) + self.digits(9)
            if gb_nhs.is_valid(number):
                return self.rng.choice([gb_nhs.format(number), number, gb_nhs.format(number, "-")])

    def gb_nino(self) -> str:
        rng = self.rng
        while True:
            a, b = rng.choice("ABCEGHJKLMNOPRSTWXYZ"), rng.choice("ABCEGHJKLMNPRSTWXYZ")
            if a + b not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
                break
        d, suffix = self.digits(6), rng.choice("ABCD")
        return rng.choice(
            [
                f"{a}{b}{d}{suffix}",
                f"{a}{b} {d[:2]} {d[2:4]} {d[4:]} {suffix}",
                f"{a}{b}{d[:2]} {d[2:4]} {d[4:]}{suffix}",
            ]
        )

    def us_ssn(self) -> str:
        while True:
            number = f"{self.rng.randint(1, 899):03d}{self.rng.randint(1, 99):02d}{self.rng.randint(1, 9999):04d}"
            if us_ssn.is_valid(number):
                return us_ssn.format(number) if self.rng.random() < 0.8 else number

    def us_itin(self) -> str:
        group = self.rng.choice([g for g in range(70, 100) if g not in (89, 93)])
        number = f"9{self.digits(2)}{group}{self.digits(4)}"
        assert us_itin.is_valid(number)
        return us_itin.format(number) if self.rng.random() < 0.8 else number

    def national(self, p: Person, birth: tuple[int, int, int]) -> tuple[str, str, str]:
        """(cue as written, number, kind) of one national tax or social-security number for the person's market."""
        rng, loc = self.rng, p.locale
        if loc == "de_DE":
            kind = rng.choice(["idnr", "idnr", "stnr", "svnr", "svnr"])
            if kind == "idnr":
                return (
                    rng.choice(["Steuer-ID", "Steuer-Identifikationsnummer", "steuerliche IdNr.", "TIN"]),
                    self.de_idnr(),
                    kind,
                )
            if kind == "stnr":
                return rng.choice(["Steuernummer", "St.-Nr.", "StNr"]), self.de_stnr(), kind
            return (
                rng.choice(["SV-Nummer", "Sozialversicherungsnummer", "RV-Nummer", "Rentenversicherungsnr."]),
                self.de_svnr(p, birth),
                kind,
            )
        if loc == "de_AT":
            if rng.random() < 0.55:
                return rng.choice(["VNR", "SV-Nummer", "Versicherungsnummer", "SVNR"]), self.at_vnr(birth), "vnr"
            return rng.choice(["Steuernummer", "StNr.", "Abgabenkontonummer"]), self.at_tin(), "tin"
        if loc == "de_CH":
            return rng.choice(["AHV-Nr.", "AHV-Nummer", "AHVN13", "Sozialversicherungsnummer"]), self.ch_ahv(), "ahv"
        if loc == "en_GB":
            kind = rng.choice(["nino", "nino", "utr", "utr", "nhs"])
            if kind == "nino":
                return rng.choice(["NI number", "National Insurance number", "NINO", "NI no."]), self.gb_nino(), kind
            if kind == "utr":
                return rng.choice(["UTR", "Unique Taxpayer Reference", "UTR number"]), self.gb_utr(), kind
            return rng.choice(["NHS number", "NHS no."]), self.gb_nhs(), kind
        if rng.random() < 0.7:
            return rng.choice(["SSN", "Social Security number", "social", "SS#"]), self.us_ssn(), "ssn"
        return rng.choice(["ITIN", "ITIN number"]), self.us_itin(), "itin"

    # --- dates -----------------------------------------------------------------------------------------------
    def birth(self) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1952, 2004)

    def write_date(self, locale: str, date: tuple[int, int, int]) -> str:
        day, month, year = date
        rng = self.rng
        if locale.startswith("de"):
            mname = MONTHS_DE[month - 1]
            if locale == "de_AT" and month == 1:
                mname = "Jänner"
            return rng.choice(
                [f"{day:02d}.{month:02d}.{year}", f"{day}.{month}.{year}", f"{day}. {mname} {year}",
                 f"{year}-{month:02d}-{day:02d}", f"{day:02d}.{month:02d}.{year % 100:02d}"]
            )  # fmt: skip
        mname = MONTHS_EN[month - 1]
        if locale == "en_GB":
            th = "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
            return rng.choice(
                [f"{day:02d}/{month:02d}/{year}", f"{day} {mname} {year}", f"{day}{th} {mname} {year}",
                 f"{day} {mname[:3]} {year}", f"{year}-{month:02d}-{day:02d}"]
            )  # fmt: skip
        return rng.choice(
            [f"{month:02d}/{day:02d}/{year}", f"{mname} {day}, {year}", f"{month}/{day}/{year % 100:02d}",
             f"{mname[:3]}. {day}, {year}", f"{month}/{day}/{year}"]
        )  # fmt: skip

    # --- addresses ---------------------------------------------------------------------------------------------
    def street_de(self, locale: str) -> str:
        fk, rng = self.fakers[locale], self.rng
        street = fk.street_name()
        while " II" in street:  # Faker builds a few from its "Koch II"-style surnames
            street = fk.street_name()
        number = str(rng.randint(1, 180)) + rng.choice(["", "", "", "", "a", "b"])
        if locale == "de_AT" and rng.random() < 0.45:
            number += rng.choice(
                [f"/{rng.randint(1, 24)}", f"/{rng.randint(1, 9)}/{rng.randint(1, 30)}", f"/Top {rng.randint(1, 20)}"]
            )
        return f"{street} {number}"

    def address(self, locale: str, multiline: bool, postbox: bool = False) -> tuple[str, str]:
        """(address as written, form) for a private address of the market; form names the variant. A post
        office box (Postfach, PO Box) only where postbox is set: nobody lives in one."""
        rng = self.rng
        fk = self.fakers[locale]
        sep = "\n" if multiline else ", "
        if locale.startswith("de"):
            town = f"{fk.postcode()} {fk.city()}"
            if locale == "de_AT" and rng.random() < 0.15:
                town = "A-" + town
            if locale == "de_CH" and rng.random() < 0.15:
                town = "CH-" + town
            if postbox and rng.random() < 0.5:
                box = rng.choice(
                    [
                        f"Postfach {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
                        f"Postfach {rng.randint(100, 9999)}",
                    ]
                )
                return f"{box}{sep}{town}", "postfach"
            return f"{self.street_de(locale)}{sep}{town}", "street"
        if locale == "en_GB":
            town = rng.choice(UK_TOWNS) if rng.random() < 0.75 else fk.city()
            street = f"{rng.choice(UK_PREFIX + [fk.last_name()])} {rng.choice(UK_STREETS)}"
            house = str(rng.randint(1, 240))
            postcode = fk.postcode()
            roll = rng.random()
            if roll < 0.3:
                flat = rng.choice([f"Flat {rng.randint(1, 40)}", f"Flat {rng.randint(1, 9)}{rng.choice('ABC')}"])
                return f"{flat}{sep}{house} {street}{sep}{town}{sep if multiline else ' '}{postcode}", "flat"
            if roll < 0.4:
                named = rng.choice(["Rose Cottage", "The Old Rectory", "Ivy House", "2 Mill Cottages"])
                return f"{named}{sep}{street}{sep}{town}{sep}{postcode}", "named"
            return f"{house} {street}{sep}{town}{sep if multiline else ' '}{postcode}", "street"
        city, state = rng.choice(US_CITIES) if rng.random() < 0.7 else (fk.city(), rng.choice(US_STATES))
        zipcode = fk.zipcode_in_state(state) if rng.random() < 0.8 else fk.zipcode()
        number, side = rng.randint(10, 9899), rng.choice(["", "N ", "S ", "W ", "E "])
        street = f"{number} {side}{rng.choice(US_STREETS + [fk.last_name()])} {rng.choice(US_SUFFIX)}"
        roll = rng.random()
        if roll < 0.3:
            apt = rng.choice(
                [
                    f"Apt {rng.randint(1, 30)}{rng.choice(['', 'B', 'C'])}",
                    f"Apt. {rng.randint(100, 999)}",
                    f"Unit {rng.randint(1, 20)}",
                    f"#{rng.randint(2, 40)}",
                ]
            )
            return f"{street}{sep if multiline else ' '}{apt}{sep}{city}, {state} {zipcode}", "apt"
        if postbox and roll < 0.6:
            return f"PO Box {rng.randint(10, 9999)}{sep}{city}, {state} {zipcode}", "pobox"
        return f"{street}{sep}{city}, {state} {zipcode}", "street"

    # --- secrets -----------------------------------------------------------------------------------------------
    def secret(self) -> tuple[str, str]:
        """(kind, value) of a credential."""
        rng = self.rng
        alnum = string.ascii_letters + string.digits
        r = lambda n, chars=alnum: "".join(rng.choice(chars) for _ in range(n))  # noqa: E731
        kind = rng.choice(
            ["openai", "github", "aws", "slack", "password", "password", "password", "jwt", "gitlab", "stripe", "wifi"]
        )
        if kind == "openai":
            return kind, "sk-proj-" + r(40)
        if kind == "github":
            return kind, "ghp_" + r(36)
        if kind == "aws":
            return kind, "AKIA" + r(16, string.ascii_uppercase + string.digits)
        if kind == "slack":
            return kind, f"xoxb-{self.digits(12)}-{self.digits(13)}-{r(24)}"
        if kind == "jwt":
            return kind, "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + r(36) + "." + r(43, alnum + "-_")
        if kind == "gitlab":
            return kind, "glpat-" + r(20, alnum + "-_")
        if kind == "stripe":
            return kind, "sk_live_" + r(24)
        if kind == "wifi":
            words = ["Kaffee", "Bohne", "Sonne", "Tiger", "Blau", "Winter", "Apfel", "Rakete", "Maple", "Otter"]
            return kind, f"{rng.choice(words)}-{rng.choice(words)}-{rng.randint(10, 99)}{rng.choice('!?#')}"
        style = rng.random()
        if style < 0.5:
            words = [
                "Sommer",
                "Herbst",
                "Fruehling",
                "Winter",
                "Hamburg",
                "Bayern",
                "Summer",
                "Liverpool",
                "Chelsea",
                "Welcome",
                "Passwort",
                "Dragon",
            ]
            return kind, f"{rng.choice(words)}{rng.randint(1990, 2026)}{rng.choice('!?#$%')}"
        return kind, r(rng.randint(10, 16), alnum + "!#%&*+?")


def svnr_check(first11: str) -> str:
    """Check digit of the German Rentenversicherungsnummer (letter as its two-digit alphabet position)."""
    digits = first11[:8] + f"{ord(first11[8]) - 64:02d}" + first11[9:11]
    weights = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)
    total = sum(sum(divmod(int(d) * w, 10)) for d, w in zip(digits, weights, strict=True))
    return str(total % 10)


def svnr_valid(number: str) -> bool:
    compact = number.replace(" ", "")
    return len(compact) == 12 and compact[8].isalpha() and svnr_check(compact[:11]) == compact[11]


def nino_valid(number: str) -> bool:
    import re

    compact = number.replace(" ", "").upper()
    m = re.fullmatch(r"([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])(\d{6})([A-D])", compact)
    return bool(m) and compact[:2] not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")


def national_valid(kind: str, number: str) -> bool:
    """Whether a written national number passes its validator (stdnum, or the published rule)."""
    return {
        "idnr": de_idnr.is_valid,
        "stnr": lambda n: any(de_stnr.is_valid(n, r) for r in de_stnr.REGIONS),
        "svnr": svnr_valid,
        "vnr": lambda n: at_vnr.is_valid(n.replace("-", "")),
        "tin": at_tin.is_valid,
        "ahv": ch_ssn.is_valid,
        "nino": nino_valid,
        "utr": gb_utr.is_valid,
        "nhs": gb_nhs.is_valid,
        "ssn": us_ssn.is_valid,
        "itin": us_itin.is_valid,
    }[kind](number)
