"""Values for pii5: people, e-mails, phones, IBANs, cards, national numbers, addresses, dates and secrets of the five
markets, made valid with python-stdnum (or the published rule where stdnum has none)."""

from __future__ import annotations

import random
import re
import string
from dataclasses import dataclass

from faker import Faker
from names import SHORT_FIRST, WORD_FIRST, WORD_LAST, WORLD_FIRST, WORLD_LAST
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.iso7064 import mod_11_10
from stdnum.at import tin as at_tin
from stdnum.at import vnr as at_vnr
from stdnum.ch import ssn as ch_ssn
from stdnum.de import idnr as de_idnr
from stdnum.de import stnr as de_stnr
from stdnum.gb import nhs as gb_nhs
from stdnum.gb import utr as gb_utr
from stdnum.us import itin as us_itin
from stdnum.us import ssn as us_ssn

__all__ = ["WORD_FIRST", "WORD_LAST"]

LOCALES = {"de": ("de_DE", "de_AT", "de_CH"), "en": ("en_GB", "en_US")}
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]  # fmt: skip
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]  # fmt: skip
WEEKDAYS_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

UK_TOWNS = [("Leicester", "LE"), ("Paisley", "PA"), ("Swindon", "SN"), ("Carlisle", "CA"), ("Wrexham", "LL"),
            ("Dundee", "DD"), ("Norwich", "NR"), ("Stockport", "SK"), ("Ipswich", "IP"), ("Derby", "DE"),
            ("Bangor", "BT"), ("Exeter", "EX"), ("Luton", "LU"), ("Inverness", "IV"), ("Wolverhampton", "WV"),
            ("Glasgow", "G"), ("Cardiff", "CF"), ("Bolton", "BL")]  # fmt: skip
US_CITIES = [("Tucson", "AZ", "857"), ("Boise", "ID", "837"), ("Dayton", "OH", "454"), ("Spokane", "WA", "992"),
             ("Albany", "NY", "122"), ("Raleigh", "NC", "276"), ("Omaha", "NE", "681"), ("Madison", "WI", "537"),
             ("El Paso", "TX", "799"), ("Savannah", "GA", "314"), ("Des Moines", "IA", "503"),
             ("Providence", "RI", "029"), ("Lansing", "MI", "489"), ("Reno", "NV", "895")]  # fmt: skip
UK_STREETS = ["Tannery Lane", "Kirkgate", "Wellington Road", "Bellfield Crescent", "Ropewalk", "Lochview Drive",
              "Orchard Close", "Mill Brow", "Queen Margaret Street", "Fernhill Avenue", "Abbey Wynd", "Coronation Terrace"]  # fmt: skip
UK_HOUSES = ["Ivy Cottage", "The Old Forge", "Hawthorn House", "Glebe Farm", "Willowbank", "Tigh na Mara"]
US_STREETS = ["Cottonwood Dr", "N Sycamore St", "Prairie View Rd", "Lakeshore Blvd", "W 14th Ave", "Magnolia Ct",
              "Old Mill Rd", "E Jefferson St", "Ridgecrest Ln", "Harbor Way"]  # fmt: skip
DE_STREETS = ["Hauptstraße", "Am Mühlbach", "Lindenweg", "Bahnhofstr.", "Kirchgasse", "Gartenstraße", "Im Wiesengrund",
              "Schillerstraße", "Talstraße", "An der Ziegelei", "Rosenstraße", "Birkenallee"]  # fmt: skip
AT_STREETS = ["Lerchenfelder Gürtel", "Hauptplatz", "Mariahilfer Straße", "Sonnleitenweg", "Kirchengasse", "Bahnhofstraße",
              "Am Anger", "Feldgasse"]  # fmt: skip
CH_STREETS = [
    "Bahnhofstrasse",
    "Dorfstrasse",
    "Seestrasse",
    "Im Grund",
    "Schulhausstrasse",
    "Kirchweg",
    "Rebbergstrasse",
]
AT_TOWNS = [("1100", "Wien"), ("1210", "Wien"), ("4020", "Linz"), ("8010", "Graz"), ("5020", "Salzburg"),
            ("6020", "Innsbruck"), ("9020", "Klagenfurt"), ("3100", "St. Pölten"), ("6900", "Bregenz")]  # fmt: skip
CH_TOWNS = [("8004", "Zürich"), ("3011", "Bern"), ("4057", "Basel"), ("6003", "Luzern"), ("9000", "St. Gallen"),
            ("8400", "Winterthur"), ("1700", "Fribourg"), ("7000", "Chur"), ("5000", "Aarau")]  # fmt: skip
AT_OFFICES = ["03", "04", "06", "07", "08", "09", "10", "12", "15", "16", "18", "22", "29", "38", "41", "46", "51", "53",
              "57", "59", "61", "65", "67", "68", "69", "71", "72", "81", "82", "83", "84", "90", "91", "93", "97", "98"]  # fmt: skip
DE_AREAS = ["04", "08", "12", "13", "15", "17", "23", "24", "25", "26", "28", "38", "39", "42", "49", "53", "54", "65"]
EMAIL_DOMAINS = {
    "de_DE": ["web.de", "gmx.de", "t-online.de", "posteo.de", "mailbox.org", "outlook.de"],
    "de_AT": ["gmx.at", "aon.at", "chello.at", "a1.net", "gmail.com"],
    "de_CH": ["bluewin.ch", "gmx.ch", "sunrise.ch", "hispeed.ch", "proton.me"],
    "en_GB": ["btinternet.com", "sky.com", "hotmail.co.uk", "virginmedia.com", "icloud.com"],
    "en_US": ["gmail.com", "yahoo.com", "comcast.net", "outlook.com", "aol.com"],
}
AVOID: set[str] = set()  # words of the templates: a Faker name equal to one is drawn again (make_corpus fills it)
SIMPLE = re.compile(r"^[^\W\d_][^\W\d_'-]*(-[^\W\d_]+)?$")


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    female: bool

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


def fold(text: str) -> str:
    table = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ł": "l", "ø": "o", "æ": "ae", "đ": "d", "ı": "i"}
    import unicodedata

    out = "".join(table.get(c, c) for c in text.lower())
    out = unicodedata.normalize("NFKD", out)
    return "".join(c for c in out if c in string.ascii_lowercase + "0123456789-")


class Maker:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.fakers = {}
        for i, loc in enumerate(("de_DE", "de_AT", "de_CH", "en_GB", "en_US")):
            fk = Faker(loc)
            fk.seed_instance(seed + i)
            self.fakers[loc] = fk

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    # --- people ------------------------------------------------------------------------------------------------
    def _faker_first(self, locale: str, female: bool) -> str:
        fk = self.fakers[locale]
        while True:
            name = fk.first_name_female() if female else fk.first_name_male()
            if SIMPLE.match(name) and len(name) > 2 and name not in AVOID:
                return str(name)

    def _faker_last(self, locale: str) -> str:
        fk = self.fakers[locale]
        while True:
            name = fk.last_name()
            if SIMPLE.match(name) and len(name) > 2 and name not in WORD_LAST and name not in AVOID:
                return str(name)

    def person(self, locale: str) -> Person:
        rng = self.rng
        r = rng.random()
        if r < 0.36:
            first, female = rng.choice(WORLD_FIRST)
        elif r < 0.42:
            first, female = rng.choice(SHORT_FIRST)
        elif r < 0.47:
            first, female = rng.choice(WORD_FIRST)
        else:
            female = rng.random() < 0.5
            loc = locale if rng.random() < 0.8 else rng.choice(list(self.fakers))
            first = self._faker_first(loc, female)
        r = rng.random()
        if r < 0.32:
            last = rng.choice(WORLD_LAST)
        elif r < 0.37:
            last = rng.choice(WORD_LAST)
        else:
            last = self._faker_last(locale if rng.random() < 0.85 else rng.choice(list(self.fakers)))
        if rng.random() < 0.07 and " " not in last:
            last = f"{last}-{self._faker_last(locale)}"
        return Person(first, last, female)

    def email(self, p: Person) -> str:
        rng = self.rng
        first, last = fold(p.first), fold(p.last.replace(" ", "").replace("'", ""))
        local = rng.choice([f"{first}.{last}", f"{first[0]}.{last}", f"{first}{last[0]}", f"{last}.{first}",
                            f"{first}_{last}{self.digits(2)}", f"{first}{rng.randint(70, 99)}"])  # fmt: skip
        domain = rng.choice([d for v in EMAIL_DOMAINS.values() for d in v])
        return f"{local}@{domain}"

    # --- numbers -----------------------------------------------------------------------------------------------
    def phone(self, loc: str) -> str:
        d, rng = self.digits, self.rng
        forms = {
            "de_DE": [f"0176 {d(4)} {d(4)}", f"+49 160 {d(7)}", f"0152-{d(8)}", f"(0221) {d(3)} {d(2)} {d(2)}",
                      f"+49 (0) 351 {d(6)}", f"0 89 / {d(3)} {d(3)} {d(2)}", f"0049 171 {d(7)}"],
            "de_AT": [f"0676 {d(3)} {d(2)} {d(2)}", f"+43 699 {d(8)}", f"0650/{d(7)}", f"+43 (0)316 {d(6)}",
                      f"01/{d(3)} {d(2)} {d(2)}"],
            "de_CH": [f"078 {d(3)} {d(2)} {d(2)}", f"+41 76 {d(3)} {d(2)} {d(2)}", f"0041 79 {d(3)} {d(2)} {d(2)}",
                      f"061 {d(3)} {d(2)} {d(2)}"],
            "en_GB": [f"07{d(3)} {d(6)}", f"+44 7{d(3)} {d(3)} {d(3)}", f"0141 {d(3)} {d(4)}", f"(01382) {d(6)}",
                      f"029 20{d(2)} {d(4)}", f"+44 (0)116 {d(3)} {d(4)}"],
            "en_US": [f"({rng.randint(201, 989)}) 5{d(2)}-{d(4)}", f"+1 {rng.randint(201, 989)} 4{d(2)} {d(4)}",
                      f"{rng.randint(201, 989)}-3{d(2)}-{d(4)}", f"1-{rng.randint(201, 989)}-7{d(2)}-{d(4)}"],
        }  # fmt: skip
        return rng.choice(forms[loc])

    def iban(self, loc: str) -> str:
        rng, d = self.rng, self.digits
        country = {"de_DE": "DE", "de_AT": "AT", "de_CH": "CH", "en_GB": "GB"}.get(loc) or rng.choice(
            ["GB", "IE", "DE"]
        )
        bban = {
            "DE": lambda: d(18),
            "AT": lambda: d(16),
            "CH": lambda: d(17),
            "GB": lambda: rng.choice(["BARC", "LOYD", "NWBK", "HBUK", "MIDL"]) + d(14),
            "IE": lambda: rng.choice(["AIBK", "BOFI"]) + d(14),
        }[country]()
        check = std_iban.calc_check_digits(country + "00" + bban)
        compact = country + check + bban
        if rng.random() < 0.25:
            return compact
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))

    def card(self, loc: str) -> str:
        rng = self.rng
        kind = rng.choice(["visa", "visa", "mc", "mc2", "amex"])
        if kind == "visa":
            body = "4" + self.digits(14)
        elif kind == "mc":
            body = f"5{rng.randint(1, 5)}" + self.digits(13)
        elif kind == "mc2":
            body = str(rng.randint(2221, 2720)) + self.digits(11)
        else:
            body = rng.choice(["34", "37"]) + self.digits(12)
        number = body + luhn.calc_check_digit(body)
        sep = rng.choice([" ", " ", "-", ""])
        if len(number) == 15:
            return sep.join([number[:4], number[4:10], number[10:]])
        return sep.join(number[i : i + 4] for i in range(0, 16, 4))

    # --- national numbers ---------------------------------------------------------------------------------------
    def national(self, p: Person, birth: tuple[int, int, int], locale: str, de: bool) -> tuple[str, str, str]:
        kind = self.rng.choice(
            {
                "de_DE": ["idnr", "idnr", "stnr", "svnr"],
                "de_AT": ["vnr", "vnr", "tin"],
                "de_CH": ["ahv"],
                "en_GB": ["nino", "nino", "utr", "nhs"],
                "en_US": ["ssn", "ssn", "itin"],
            }[locale]  # fmt: skip
        )
        cue = self.rng.choice(CUES[kind])
        return cue, self.make_national(kind, p, birth), kind

    def make_national(self, kind: str, p: Person, birth: tuple[int, int, int]) -> str:  # noqa: C901
        rng, d = self.rng, self.digits
        dd, mm, yy = birth[0], birth[1], birth[2] % 100
        while True:
            if kind == "idnr":
                body = str(rng.randint(1, 9)) + d(9)
                n = body + mod_11_10.calc_check_digit(body)
                if not de_idnr.is_valid(n):  # one digit twice or thrice, the others once: the rule of the IdNr
                    continue
                text = rng.choice([n, f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}", f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}"])
            elif kind == "stnr":
                form = rng.choice(["bay", "nrw", "bw", "he", "fed"])
                text = {
                    "bay": lambda: f"{rng.randint(101, 199)}/{d(3)}/{d(5)}",
                    "nrw": lambda: f"{rng.randint(300, 399)}/{d(4)}/{d(4)}",
                    "bw": lambda: f"{rng.randint(20, 99)}/{d(3)}/{d(5)}",
                    "he": lambda: f"0{rng.randint(10, 99)} {d(3)} {d(5)}",
                    "fed": lambda: f"9{rng.randint(101, 199)}0{d(8)}",
                }[form]()
            elif kind == "svnr":
                initial = fold(p.last.split()[-1])[0].upper()
                serial = rng.randint(50, 99) if p.female else rng.randint(0, 49)
                body = f"{rng.choice(DE_AREAS)}{dd:02d}{mm:02d}{yy:02d}"
                n = f"{body}{initial}{serial:02d}{svnr_check(body + initial + f'{serial:02d}')}"
                text = rng.choice([n, f"{n[:2]} {n[2:8]} {n[8]} {n[9:11]} {n[11]}", f"{n[:2]} {n[2:8]} {n[8:]}"])
            elif kind == "vnr":
                serial = str(rng.randint(100, 999))
                date = f"{dd:02d}{mm:02d}{yy:02d}"
                check = at_vnr.calc_check_digit(serial + "0" + date)
                if len(check) != 1:
                    continue
                n = serial + check + date
                text = rng.choice([n, f"{n[:4]} {n[4:]}", f"{n[:4]} {dd:02d}.{mm:02d}.{yy:02d}"])
            elif kind == "tin":
                body = rng.choice(AT_OFFICES) + d(6)
                n = body + at_tin.calc_check_digit(body)
                text = rng.choice([f"{n[:2]}-{n[2:5]}/{n[5:]}", f"{n[:2]} {n[2:5]}/{n[5:]}", n])
            elif kind == "ahv":
                body = "756" + d(9)
                from stdnum import ean

                n = body + ean.calc_check_digit(body)
                text = rng.choice([f"{n[:3]}.{n[3:7]}.{n[7:11]}.{n[11:]}", n, f"{n[:3]} {n[3:7]} {n[7:11]} {n[11:]}"])
            elif kind == "nino":
                first = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
                second = rng.choice("ABCEGHJKLMNPRSTWXYZ")
                if first + second in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
                    continue
                n = first + second + d(6) + rng.choice("ABCD")
                text = rng.choice([n, f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}", f"{n[:2]} {n[2:8]} {n[8]}"])
            elif kind == "utr":
                body = d(9)
                n = gb_utr.calc_check_digit(body) + body
                text = rng.choice([n, f"{n[:5]} {n[5:]}"])
            elif kind == "nhs":
                body = rng.choice("467") + d(8)  # England and Wales issue 400... and 600-799...
                check = str((11 - sum((10 - i) * int(c) for i, c in enumerate(body)) % 11) % 11)
                if len(check) != 1:  # 10: no NHS number has that body
                    continue
                n = body + check
                text = rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"])
            elif kind == "ssn":
                area = rng.choice([x for x in range(1, 900) if x != 666])
                n = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
                text = rng.choice([f"{n[:3]}-{n[3:5]}-{n[5:]}", f"{n[:3]} {n[3:5]} {n[5:]}", n])
            elif kind == "itin":
                group = rng.choice(list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
                n = f"9{d(2)}{group}{d(4)}"
                text = rng.choice([f"{n[:3]}-{n[3:5]}-{n[5:]}", f"{n[:3]} {n[3:5]} {n[5:]}"])
            else:
                raise KeyError(kind)
            if national_valid(kind, text):
                return text

    # --- addresses ---------------------------------------------------------------------------------------------
    def address(self, loc: str, multiline: bool = False, kind: str = "") -> str:  # noqa: C901
        rng, d = self.rng, self.digits
        nl = "\n" if multiline else rng.choice([", ", ", ", " · ", "; "])
        if loc == "de_DE":
            plz, town = self.fakers["de_DE"].postcode(), self.fakers["de_DE"].city()
            street = f"{rng.choice(DE_STREETS)} {rng.randint(1, 140)}{rng.choice(['', '', 'a', 'b'])}"
            if kind == "postbox":
                return f"Postfach {d(2)} {d(2)} {d(2)}{nl}{plz} {town}"
            if kind == "flat":
                street += rng.choice([", Hinterhaus", ", 3. OG", ", Whg. 12", ", App. 4"])
            return f"{street}{nl}{plz} {town}"
        if loc == "de_AT":
            plz, town = rng.choice(AT_TOWNS)
            street = f"{rng.choice(AT_STREETS)} {rng.randint(1, 90)}"
            if kind == "postbox":
                return f"Postfach {rng.randint(10, 999)}{nl}{plz} {town}"
            if kind == "flat" or rng.random() < 0.4:
                street += rng.choice([f"/{rng.randint(1, 9)}/{rng.randint(1, 24)}", f"/Top {rng.randint(1, 30)}",
                                      f"/Stiege {rng.randint(1, 4)}/Tür {rng.randint(1, 20)}"])  # fmt: skip
            return f"{street}{nl}{rng.choice(['', 'A-'])}{plz} {town}"
        if loc == "de_CH":
            plz, town = rng.choice(CH_TOWNS)
            street = f"{rng.choice(CH_STREETS)} {rng.randint(1, 120)}"
            if kind == "postbox":
                return f"Postfach {d(4)}{nl}{plz} {town}"
            return f"{street}{nl}{rng.choice(['', '', 'CH-'])}{plz} {town}"
        if loc == "en_GB":
            town, area = rng.choice(UK_TOWNS)
            postcode = (
                f"{area}{rng.randint(1, 19)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
                + rng.choice("ABDEFGHJLNPQRSTUWXYZ")
            )
            street = f"{rng.randint(1, 220)} {rng.choice(UK_STREETS)}"
            if kind == "postbox":
                return f"PO Box {rng.randint(100, 9999)}{nl}{town}{nl}{postcode}"
            if kind == "flat":
                flat = rng.choice([f"Flat {rng.randint(1, 30)}", f"Flat {rng.randint(0, 4)}/{rng.randint(1, 3)}"])
                return f"{flat}{nl}{street}{nl}{town}{nl}{postcode}"
            if kind == "house":
                return f"{rng.choice(UK_HOUSES)}{nl}{rng.choice(UK_STREETS)}{nl}{town}{nl}{postcode}"
            return f"{street}{nl}{town}{' ' if not multiline and rng.random() < 0.3 else nl}{postcode}"
        city, state, zip3 = rng.choice(US_CITIES)
        zipc = zip3 + d(2) + (f"-{d(4)}" if rng.random() < 0.25 else "")
        street = f"{rng.randint(12, 9800)} {rng.choice(US_STREETS)}"
        if kind == "postbox":
            return f"PO Box {rng.randint(100, 99999)}{nl}{city}, {state} {zipc}"
        if kind == "flat":
            street += rng.choice([f" Apt {rng.randint(1, 40)}{rng.choice('ABC')}", f", Unit {rng.randint(1, 300)}",
                                  f" #{rng.randint(2, 900)}"])  # fmt: skip
        return f"{street}{nl}{city}, {state} {zipc}"

    def street_de(self, loc: str) -> str:
        return self.rng.choice({"de_AT": AT_STREETS, "de_CH": CH_STREETS}.get(loc, DE_STREETS))

    # --- dates ---------------------------------------------------------------------------------------------------
    def birth(self) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1952, 2005)

    def write_date(self, loc: str, date: tuple[int, int, int]) -> str:
        day, month, year = date
        rng = self.rng
        if loc.startswith("de"):
            names = list(MONTHS_DE)
            if loc == "de_AT":
                names[0] = "Jänner"
            return rng.choice([f"{day:02d}.{month:02d}.{year}", f"{day}.{month}.{year}", f"{day}. {names[month - 1]} {year}",
                               f"{day:02d}.{month:02d}.{year % 100:02d}", f"{year}-{month:02d}-{day:02d}"])  # fmt: skip
        if loc == "en_GB":
            th = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(day, "th")
            return rng.choice([f"{day} {MONTHS_EN[month - 1]} {year}", f"{day:02d}/{month:02d}/{year}",
                               f"{day}{th} {MONTHS_EN[month - 1]} {year}", f"{day} {MONTHS_EN[month - 1][:3]} {year}"])  # fmt: skip
        return rng.choice([f"{MONTHS_EN[month - 1]} {day}, {year}", f"{month:02d}/{day:02d}/{year}",
                           f"{month}/{day}/{year % 100:02d}", f"{MONTHS_EN[month - 1][:3]}. {day}, {year}"])  # fmt: skip

    # --- secrets -------------------------------------------------------------------------------------------------
    def _rand(self, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
        while True:
            s = "".join(self.rng.choice(alphabet) for _ in range(n))
            mixed = any(c.isdigit() for c in alphabet) and any(c.isalpha() for c in alphabet)
            if not mixed or any(c.isdigit() for c in s) and any(c.isalpha() for c in s):
                return s

    def secret(self) -> str:
        rng, r = self.rng, self._rand
        hexa = "0123456789abcdef"
        forms = [
            lambda: "sk-proj-" + r(40) + "_" + r(20),
            lambda: "sk-ant-api03-" + r(60, string.ascii_letters + string.digits + "-_") + "AA",
            lambda: "hf_" + r(34),
            lambda: "npm_" + r(36),
            lambda: "glpat-" + r(20, string.ascii_letters + string.digits + "-_"),
            lambda: "AIza" + r(35, string.ascii_letters + string.digits + "-_"),
            lambda: "rk_live_" + r(24),
            lambda: "SG." + r(22) + "." + r(43),
            lambda: "ghs_" + r(36),
            lambda: "dop_v1_" + r(64, hexa),
            lambda: r(32, hexa),
            lambda: r(12, string.ascii_letters + string.digits + "!#%+?"),
            lambda: rng.choice(["Kaffeetasse", "Tannenbaum", "Wanderweg", "Seeblick", "Bluebell", "Kestrel",
                                "Lighthouse", "Harbour"]) + rng.choice(["!", "#", "$", "?", "_"]) + self.digits(rng.choice([2, 4])),
            lambda: r(5, "abcdefghkmnpqrstuvwxyz") + "-" + r(5, "abcdefghkmnpqrstuvwxyz23456789") + "-" + r(5),
        ]  # fmt: skip
        while True:
            value = rng.choice(forms)()
            if not re.search(r"\d{9,}", value):
                return value

    def ssh_key(self) -> str:
        """A private key block, header to footer (the whole block is the secret)."""
        kind = self.rng.choice(["OPENSSH", "RSA", "EC"])
        alphabet = string.ascii_letters + string.digits + "+/"
        lines = ["b3BlbnNzaC1rZXktdjEAAAAA" + self._rand(46, alphabet)] + [self._rand(70, alphabet) for _ in range(2)]
        return f"-----BEGIN {kind} PRIVATE KEY-----\n" + "\n".join(lines) + f"\n-----END {kind} PRIVATE KEY-----"

    def pin(self) -> str:
        return self.digits(4)  # longer PINs would collide with order numbers of clean texts


CUES = {
    "idnr": ["Steuer-ID", "Steuerliche IdNr.", "Steuer-Identifikationsnummer", "IdNr", "persönliche Steuer-ID"],
    "stnr": ["Steuernummer", "St.-Nr.", "StNr", "Steuer-Nr."],
    "svnr": ["Sozialversicherungsnummer", "SV-Nr.", "RV-Nummer", "Rentenversicherungsnr."],
    "vnr": ["Sozialversicherungsnummer", "SV-Nummer", "VSNR", "VNR"],
    "tin": ["Steuernummer", "St.Nr.", "Abgabenkontonummer", "Steuer-Nr."],
    "ahv": ["AHV-Nummer", "AHV-Nr.", "AHVN13", "Sozialversicherungsnummer"],
    "nino": ["NI number", "National Insurance no.", "NINO", "NI No"],
    "utr": ["UTR", "Unique Taxpayer Reference", "UTR no."],
    "nhs": ["NHS number", "NHS no.", "NHS No"],
    "ssn": ["SSN", "Social Security number", "SS#", "social"],
    "itin": ["ITIN", "taxpayer ID (ITIN)", "ITIN no."],
}


def svnr_check(number12: str) -> str:
    """The check digit of the German Rentenversicherungsnummer: the letter as its two-digit alphabet position,
    weights 2 1 2 5 7 1 2 1 2 1 2 1, the cross sums of the products, their sum mod 10."""
    digits = number12[:8] + f"{ord(number12[8]) - 64:02d}" + number12[9:11]
    total = sum(sum(map(int, str(w * int(c)))) for w, c in zip((2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1), digits))
    return str(total % 10)


def svnr_valid(text: str) -> bool:
    n = re.sub(r"\s", "", text).upper()
    m = re.fullmatch(r"(\d{2})(\d{2})(\d{2})(\d{2})([A-Z])(\d{2})(\d)", n)
    if not m:
        return False
    day, month = int(m.group(2)), int(m.group(3))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return False
    return svnr_check(n[:11]) == n[11]


def nino_valid(text: str) -> bool:
    n = re.sub(r"\s", "", text).upper()
    m = re.fullmatch(r"([A-Z])([A-Z])\d{6}[A-D]", n)
    if not m:
        return False
    a, b = m.group(1), m.group(2)
    if a in "DFIQUV" or b in "DFIOQUV" or a + b in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
        return False
    return True


def national_valid(kind: str, text: str) -> bool:
    compact = re.sub(r"[\s./-]", "", text)
    try:
        if kind == "idnr":
            return bool(de_idnr.is_valid(compact))
        if kind == "stnr":
            return bool(re.fullmatch(r"[\d /]+", text)) and bool(de_stnr.is_valid(text))
        if kind == "svnr":
            return svnr_valid(text)
        if kind == "vnr":
            return bool(at_vnr.is_valid(compact))
        if kind == "tin":
            return bool(at_tin.is_valid(compact))
        if kind == "ahv":
            return bool(ch_ssn.is_valid(compact))
        if kind == "nino":
            return nino_valid(text)
        if kind == "utr":
            return bool(gb_utr.is_valid(compact))
        if kind == "nhs":
            return bool(gb_nhs.is_valid(compact))
        if kind == "ssn":
            return bool(us_ssn.is_valid(compact))
        if kind == "itin":
            return bool(us_itin.is_valid(compact))
    except Exception:
        return False
    raise KeyError(kind)
