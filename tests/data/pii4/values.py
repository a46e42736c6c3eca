"""Values for pii4 (issue 14): people, e-mails, phones, IBANs, cards, addresses, dates, secrets and national numbers
of the five markets, made valid with python-stdnum (or the published rule where stdnum has none). Written for pii4."""

from __future__ import annotations

import random
import string
import unicodedata
from dataclasses import dataclass

from faker import Faker
from names import WORD_FIRST, WORD_LAST, WORLD_FIRST, WORLD_LAST
from stdnum import ean as std_ean
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

LOCALES = {"de": ("de_DE", "de_AT", "de_CH"), "en": ("en_GB", "en_US")}
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]  # fmt: skip
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]  # fmt: skip
WEEKDAYS_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
UK_TOWNS = [("Sheffield", "S"), ("Leeds", "LS"), ("Bristol", "BS"), ("Norwich", "NR"), ("Exeter", "EX"),
            ("Cardiff", "CF"), ("Reading", "RG"), ("Leicester", "LE"), ("Bolton", "BL"), ("Swindon", "SN"),
            ("Derby", "DE"), ("Stockport", "SK"), ("Luton", "LU"), ("Hull", "HU"), ("Plymouth", "PL"),
            ("Glasgow", "G"), ("Aberdeen", "AB"), ("Brighton", "BN"), ("Coventry", "CV"), ("Slough", "SL")]  # fmt: skip
UK_STREETS = ["Whitehall", "Quarry", "Kingsway", "Mill", "Chapel", "Orchard", "Meadow", "Station", "Victoria",
              "Albion", "Moor", "Beech", "Holly", "Park", "Church", "Bridge", "Ash Grove", "Forest"]  # fmt: skip
UK_KINDS = ["Road", "Street", "Lane", "Avenue", "Close", "Crescent", "Terrace", "Gardens", "Way", "Drive"]
UK_HOUSES = ["Rose Cottage", "The Old Forge", "Willow House", "Hillcrest", "The Barn"]
US_CITIES = [("Columbus", "OH", "432"), ("Austin", "TX", "787"), ("Raleigh", "NC", "276"), ("Tucson", "AZ", "857"),
             ("Omaha", "NE", "681"), ("Madison", "WI", "537"), ("Boise", "ID", "837"), ("Tacoma", "WA", "984"),
             ("Newark", "NJ", "071"), ("Albany", "NY", "122"), ("Dayton", "OH", "454"), ("Fresno", "CA", "937"),
             ("Richmond", "VA", "232"), ("Knoxville", "TN", "379"), ("Spokane", "WA", "992"),
             ("Lansing", "MI", "489")]  # fmt: skip
US_STREETS = ["Maple", "Oak", "Cedar", "Elm", "Washington", "Lincoln", "Jefferson", "Highland", "Lakeview",
              "Sunset", "Pine Ridge", "Walnut", "Hickory", "Franklin"]  # fmt: skip
US_KINDS = ["St", "Ave", "Blvd", "Dr", "Ln", "Rd", "Ct", "Way", "Pkwy"]
CH_TOWNS = [("8004", "Zürich"), ("3011", "Bern"), ("4051", "Basel"), ("6003", "Luzern"), ("9000", "St. Gallen"),
            ("8400", "Winterthur"), ("5000", "Aarau"), ("7000", "Chur"), ("6300", "Zug"), ("2502", "Biel/Bienne"),
            ("8200", "Schaffhausen"), ("4600", "Olten")]  # fmt: skip
AT_TOWNS = [("1020", "Wien"), ("1100", "Wien"), ("8010", "Graz"), ("4020", "Linz"), ("5020", "Salzburg"),
            ("6020", "Innsbruck"), ("9020", "Klagenfurt"), ("3100", "St. Pölten"), ("6900", "Bregenz"),
            ("2700", "Wiener Neustadt"), ("4600", "Wels"), ("8700", "Leoben")]  # fmt: skip
AT_FA = ["03", "04", "06", "07", "08", "09", "10", "12", "15", "16", "18", "22", "29", "33", "38", "41", "46",
         "51", "52", "53", "54", "57", "59", "61", "65", "67", "68", "69", "71", "72", "81", "82", "83", "84",
         "90", "91", "93", "97", "98"]  # fmt: skip
SV_AREAS = ["02", "03", "04", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20",
            "21", "23", "24", "25", "26", "28", "29", "38", "39", "40", "42", "43", "44", "45", "46", "47",
            "48", "49", "50", "51", "52", "53", "54", "55", "56", "57", "58", "59", "60", "61", "62", "63",
            "64", "65", "66", "67", "68", "69", "70", "71", "72", "73", "74", "75", "76", "77", "78", "79",
            "80", "81", "82", "89"]  # fmt: skip


@dataclass
class Person:
    first: str
    last: str
    female: bool

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


def ascii_fold(text: str) -> str:
    """A name as it appears in an e-mail address: umlauts spelled out, accents and marks dropped."""
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"),
                 ("ı", "i"), ("ł", "l"), ("Ł", "L"), ("đ", "d")):  # fmt: skip
        text = text.replace(a, b)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii())


def svnr_digits(number: str) -> str | None:
    """The German Sozialversicherungsnummer as 12 digits for its check (letter -> its two-digit place), or None."""
    n = "".join(number.split()).upper()
    if len(n) != 12 or not (n[:8].isdigit() and n[8].isalpha() and n[9:].isdigit()):
        return None
    return n[:8] + f"{ord(n[8]) - 64:02d}" + n[9:11]


def svnr_check(digits11: str) -> str:
    """Check digit: weights 2 1 2 5 7 1 2 1 2 1 2 1 over the 12 digits, cross sum of each product, sum mod 10."""
    weights = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)
    return str(sum(sum(divmod(w * int(c), 10)) for w, c in zip(weights, digits11)) % 10)


def svnr_valid(number: str) -> bool:
    n = "".join(number.split()).upper()
    digits = svnr_digits(number)
    if digits is None:
        return False
    day, month = int(n[2:4]), int(n[4:6])
    return 1 <= day % 50 <= 31 and 1 <= month <= 12 and svnr_check(digits) == n[11]


def nino_valid(number: str) -> bool:
    """UK National Insurance number: two prefix letters (not D F I Q U V; second not O; not BG GB KN NK NT TN ZZ),
    six digits, suffix A-D."""
    n = "".join(number.split()).upper()
    if len(n) != 9 or not (n[:2].isalpha() and n[2:8].isdigit() and n[8] in "ABCD"):
        return False
    if n[0] in "DFIQUV" or n[1] in "DFIOQUV" or n[:2] in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
        return False
    return True


def national_valid(kind: str, text: str) -> bool:
    """Whether text is a valid national number of the kind."""
    checks = {
        "idnr": de_idnr.is_valid, "stnr": de_stnr.is_valid, "svnr": svnr_valid, "vnr": at_vnr.is_valid,
        "tin": at_tin.is_valid, "ahv": ch_ssn.is_valid, "nino": nino_valid, "utr": gb_utr.is_valid,
        "nhs": gb_nhs.is_valid, "ssn": us_ssn.is_valid, "itin": us_itin.is_valid,
    }  # fmt: skip
    if kind == "vnr":  # the birth date part is often written with dots: "1234 01.02.80"
        text = text.replace(".", "")
    try:
        return bool(checks[kind](text))
    except Exception:  # a validator that chokes on a foreign format: not valid
        return False


class Maker:
    """All random values of the corpus, from one seeded random.Random and one seeded Faker per locale."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.fakers: dict[str, Faker] = {}
        for i, loc in enumerate(("de_DE", "de_AT", "de_CH", "en_GB", "en_US")):
            fk = Faker(loc)
            fk.seed_instance(seed + i)
            self.fakers[loc] = fk

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    # --- people ---------------------------------------------------------------------------------------------
    def person(self, locale: str) -> Person:
        rng = self.rng
        female = rng.random() < 0.5
        roll = rng.random()
        if roll < 0.33:
            first = rng.choice([n for n, g in WORLD_FIRST if (g == "f") == female])
        elif roll < 0.37:
            first = rng.choice([n for n, g in WORD_FIRST if (g == "f") == female])
        else:
            other = rng.choice(list(self.fakers)) if rng.random() < 0.2 else locale
            fk = self.fakers[other]
            first = fk.first_name_female() if female else fk.first_name_male()
        roll = rng.random()
        if roll < 0.3:
            last = rng.choice(WORLD_LAST)
        elif roll < 0.35:
            last = rng.choice(WORD_LAST)
        else:
            last = self.faker_last(locale)
            if rng.random() < 0.06:  # a double surname
                last = f"{last}-{rng.choice([w for w in WORLD_LAST if ' ' not in w] + [self.faker_last(locale)])}"
        return Person(first, last, female)

    def faker_last(self, locale: str) -> str:
        while True:
            last = self.fakers[locale].last_name()
            if " " not in last and "-" not in last:  # no "Koch II"
                return last

    def email(self, p: Person) -> str:
        rng = self.rng
        first = ascii_fold(p.first).lower().replace(" ", "")
        last = ascii_fold(p.last).lower().replace(" ", "").replace("'", "")
        domain = rng.choice(
            [rng.choice(["gmail.com", "gmx.de", "web.de", "outlook.com", "icloud.com", "bluewin.ch", "gmx.at",
                         "hotmail.co.uk", "yahoo.com", "proton.me", "t-online.de", "aon.at"]),
             self.fakers[rng.choice(list(self.fakers))].domain_name()]
        )  # fmt: skip
        local = rng.choice([f"{first}.{last}", f"{first[0]}.{last}", f"{first}{last[:1]}", f"{last}.{first}",
                            f"{first}_{last}{rng.randint(1, 99)}", f"{first[0]}{last}", f"{first}-{last}"])  # fmt: skip
        return f"{local}@{domain}"

    # --- numbers --------------------------------------------------------------------------------------------
    def phone(self, loc: str) -> str:
        d, rng = self.digits, self.rng
        forms = {
            "de_DE": [f"+49 1{rng.choice(['51', '52', '57', '60', '62', '70', '73', '76'])} {d(4)} {d(4)}",
                      f"01{rng.choice(['51', '57', '62', '72', '77'])}/{d(7)}", f"0{rng.choice(['30', '40', '69'])} {d(8)}",
                      f"+49 (0){rng.choice(['711', '511', '351'])} {d(3)} {d(3)}", f"0{rng.choice(['221', '911'])}-{d(6)}",
                      f"+4915{d(1)}{d(8)}", f"+49 {rng.choice(['30', '40', '69', '89'])} {d(8)}"],
            "de_AT": [f"+43 6{rng.choice(['64', '76', '60', '99'])} {d(3)} {d(4)}", f"06{rng.choice(['64', '50'])}/{d(7)}",
                      f"+43 1 {d(3)} {d(2)} {d(2)}", f"0316 {d(6)}"],
            "de_CH": [f"+41 7{rng.choice('6789')} {d(3)} {d(2)} {d(2)}", f"07{rng.choice('6789')} {d(3)} {d(2)} {d(2)}",
                      f"+41 44 {d(3)} {d(2)} {d(2)}", f"031 {d(3)} {d(2)} {d(2)}"],
            "en_GB": [f"07{rng.choice(['700', '911', '824', '458'])} {d(6)}", f"+44 7{d(3)} {d(3)} {d(3)}",
                      f"0113 {d(3)} {d(4)}", f"(0117) {d(3)} {d(4)}", f"+44 (0)161 {d(3)} {d(4)}",
                      f"+44 20 {d(4)} {d(4)}"],
            "en_US": [f"({rng.choice(['614', '512', '919', '520', '402'])}) {d(3)}-{d(4)}",
                      f"{rng.choice(['608', '208', '253'])}-{rng.randint(201, 989)}-{d(4)}",
                      f"+1 {rng.choice(['973', '518', '937'])} {rng.randint(201, 989)} {d(4)}",
                      f"{rng.choice(['804', '865'])}.{rng.randint(201, 989)}.{d(4)}"],
        }  # fmt: skip
        return rng.choice(forms[loc])

    def iban(self, loc: str) -> str:
        rng = self.rng
        country = {"de_DE": "DE", "de_AT": "AT", "de_CH": "CH", "en_GB": "GB"}.get(loc) or rng.choice(["GB", "DE"])
        bban = {
            "DE": lambda: self.digits(18),
            "AT": lambda: self.digits(16),
            "CH": lambda: self.digits(17),
            "GB": lambda: rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + self.digits(14),
        }[country]()
        check = 98 - int(std_iban.mod_97_10._to_base10(bban + country + "00")) % 97  # type: ignore[attr-defined]
        compact = f"{country}{check:02d}{bban}"
        assert std_iban.is_valid(compact)
        if rng.random() < 0.7:
            return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
        return compact

    def card(self, loc: str) -> str:
        rng = self.rng
        kind = rng.choice(["visa", "visa", "mc", "mc2", "amex"])
        prefix = {"visa": "4", "mc": str(rng.randint(51, 55)), "mc2": str(rng.randint(2221, 2720)),
                  "amex": rng.choice(["34", "37"])}[kind]  # fmt: skip
        length = 15 if kind == "amex" else 16
        body = prefix + self.digits(length - len(prefix) - 1)
        number = body + luhn.calc_check_digit(body)
        sep = rng.choice([" ", " ", "-", ""])
        if kind == "amex":
            return sep.join([number[:4], number[4:10], number[10:]]) if sep else number
        return sep.join(number[i : i + 4] for i in range(0, 16, 4))

    # --- national numbers -----------------------------------------------------------------------------------
    def de_idnr(self) -> str:
        rng = self.rng
        while True:
            ten = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(9)]
            head = "".join(map(str, ten))
            number = head + mod_11_10.calc_check_digit(head)
            if de_idnr.is_valid(number):
                return rng.choice([number, f"{number[:2]} {number[2:5]} {number[5:8]} {number[8:]}",
                                   f"{number[:3]} {number[3:6]} {number[6:9]} {number[9:]}"])  # fmt: skip

    def de_stnr(self) -> str:
        rng, d = self.rng, self.digits
        while True:
            form = rng.choice([
                lambda: f"{rng.randint(101, 299)}/{d(3)}/{d(5)}",  # Bayern FFF/BBB/UUUUP
                lambda: f"{rng.randint(10, 99)}/{d(3)}/{d(5)}",  # Berlin, Hamburg, BW ... FF/BBB/UUUUP
                lambda: f"{rng.randint(300, 399)}/{d(4)}/{d(4)}",  # NRW FFF/BBBB/UUUP
                lambda: f"0{rng.randint(10, 99)} {d(3)} {d(5)}",  # Hessen 0FF BBB UUUUP
                lambda: f"9{rng.randint(101, 199)}0{d(8)}",  # the 13-digit federal form (Bayern)
            ])()  # fmt: skip
            if de_stnr.is_valid(form):
                return form

    def de_svnr(self, p: Person, birth: tuple[int, int, int]) -> str:
        rng = self.rng
        day, month, year = birth
        head = f"{rng.choice(SV_AREAS)}{day:02d}{month:02d}{year % 100:02d}"
        letter = ascii_fold(p.last.replace("al-", "").replace("bin ", "").replace("von ", "")).upper()[0]
        serial = rng.randint(50, 99) if p.female else rng.randint(0, 49)
        digits = head + f"{ord(letter) - 64:02d}" + f"{serial:02d}"
        number = f"{head}{letter}{serial:02d}{svnr_check(digits)}"
        assert svnr_valid(number), number
        return rng.choice([number, f"{number[:2]} {number[2:8]} {number[8]} {number[9:11]} {number[11]}",
                           f"{number[:2]} {number[2:8]} {number[8:]}"])  # fmt: skip

    def at_vnr(self, birth: tuple[int, int, int]) -> str:
        rng = self.rng
        day, month, year = birth
        while True:
            serial = f"{rng.randint(100, 999)}"
            rest = f"{day:02d}{month:02d}{year % 100:02d}"
            check = at_vnr.calc_check_digit(serial + "0" + rest)
            if len(check) == 1:
                number = serial + check + rest
                if at_vnr.is_valid(number):
                    return rng.choice([number, f"{number[:4]} {rest}", f"{number[:4]} {day:02d}.{month:02d}.{year % 100:02d}"])

    def at_tin(self) -> str:
        rng = self.rng
        while True:
            head = rng.choice(AT_FA) + self.digits(6)
            number = head + at_tin.calc_check_digit(head + "0")
            if at_tin.is_valid(number):
                return rng.choice([at_tin.format(number), f"{number[:2]} {number[2:5]}/{number[5:]}", number])

    def ch_ahv(self) -> str:
        body = "756" + self.digits(9)
        number = body + std_ean.calc_check_digit(body)
        assert ch_ssn.is_valid(number)
        return self.rng.choice([ch_ssn.format(number)] * 3 + [number])

    def gb_nino(self) -> str:
        rng = self.rng
        while True:
            prefix = rng.choice(string.ascii_uppercase) + rng.choice(string.ascii_uppercase)
            number = prefix + self.digits(6) + rng.choice("ABCD")
            if nino_valid(number):
                n = number
                return rng.choice([n, f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}", f"{n[:2]} {n[2:8]} {n[8]}"])

    def gb_utr(self) -> str:
        rest = self.digits(9)
        number = gb_utr.calc_check_digit(rest) + rest
        assert gb_utr.is_valid(number)
        return self.rng.choice([number, f"{number[:5]} {number[5:]}"])

    def gb_nhs(self) -> str:
        while True:
            body = self.digits(9)
            check = str((11 - sum(int(c) * w for c, w in zip(body, range(10, 1, -1))) % 11) % 11)  # mod 11, 10 void
            if len(check) == 1 and gb_nhs.is_valid(body + check):
                n = body + check
                return self.rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", n])

    def us_ssn(self) -> str:
        rng = self.rng
        while True:
            n = f"{rng.randint(1, 899):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
            if us_ssn.is_valid(n):
                return rng.choice([f"{n[:3]}-{n[3:5]}-{n[5:]}"] * 3 + [n])

    def us_itin(self) -> str:
        rng = self.rng
        while True:
            group = rng.choice(list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
            n = f"9{self.digits(2)}{group:02d}{self.digits(4)}"
            if us_itin.is_valid(n):
                return rng.choice([f"{n[:3]}-{n[3:5]}-{n[5:]}"] * 3 + [n])

    def national(self, p: Person, birth: tuple[int, int, int], locale: str, de: bool) -> tuple[str, str, str]:
        """(cue, number, kind) of one national number of the locale's market, with a cue people write."""
        rng = self.rng
        kinds = {"de_DE": ["idnr", "stnr", "svnr"], "de_AT": ["vnr", "tin"], "de_CH": ["ahv"],
                 "en_GB": ["nino", "utr", "nhs"], "en_US": ["ssn", "itin"]}[locale]  # fmt: skip
        kind = rng.choice(kinds)
        cues_de = {
            "idnr": ["Steuer-ID", "steuerliche Identifikationsnummer", "IdNr.", "Steuer-Identifikationsnummer", "TIN"],
            "stnr": ["Steuernummer", "St.-Nr.", "StNr", "Steuer-Nr."],
            "svnr": ["Rentenversicherungsnummer", "SV-Nr.", "Sozialversicherungsnummer", "RV-Nummer"],
            "vnr": ["SV-Nummer", "Versicherungsnummer", "VSNR", "e-card-Nummer"],
            "tin": ["Steuernummer", "StNr.", "Abgabenkontonummer"],
            "ahv": ["AHV-Nummer", "AHV-Nr.", "AHVN13", "Sozialversicherungsnummer"],
        }
        cues_en = {
            "idnr": ["tax ID", "Steuer-ID"], "stnr": ["tax number", "Steuernummer"], "svnr": ["social security no."],
            "vnr": ["insurance number"], "tin": ["tax number"], "ahv": ["AHV number"],
            "nino": ["NI number", "National Insurance number", "NINO", "NI no."],
            "utr": ["UTR", "Unique Taxpayer Reference", "self assessment UTR"],
            "nhs": ["NHS number", "NHS no."],
            "ssn": ["SSN", "Social Security number", "SS#", "social"],
            "itin": ["ITIN", "taxpayer ID (ITIN)"],
        }  # fmt: skip
        cue = rng.choice((cues_de if de and kind in cues_de else cues_en)[kind])
        return cue, self.make_national(kind, p, birth), kind

    def make_national(self, kind: str, p: Person, birth: tuple[int, int, int]) -> str:
        makers = {
            "idnr": self.de_idnr, "stnr": self.de_stnr, "svnr": lambda: self.de_svnr(p, birth),
            "vnr": lambda: self.at_vnr(birth), "tin": self.at_tin, "ahv": self.ch_ahv, "nino": self.gb_nino,
            "utr": self.gb_utr, "nhs": self.gb_nhs, "ssn": self.us_ssn, "itin": self.us_itin,
        }  # fmt: skip
        return makers[kind]()

    # --- addresses and dates --------------------------------------------------------------------------------
    def street_de(self, loc: str) -> str:
        fk = self.fakers[loc]
        while True:
            name = fk.street_name()
            if not any(w in name for w in ("-", "  ")) and " II" not in name:  # no streets named after a person
                return name

    def address(self, loc: str, multiline: bool = False, kind: str = "") -> str:
        """An address from the street line (or Flat, Apt, Postfach, PO Box) to postcode and town."""
        rng, d = self.rng, self.digits
        sep = "\n" if multiline else rng.choice([", ", ", ", " · ", ", "])
        if loc == "de_DE":
            fk = self.fakers[loc]
            town = f"{fk.postcode()} {fk.city()}"
            if kind == "postbox":
                return f"Postfach {rng.randint(10, 99)} {d(2)}{sep}{town}"
            return f"{self.street_de(loc)} {rng.randint(1, 140)}{rng.choice(['', '', '', 'a', 'b'])}{sep}{town}"
        if loc == "de_AT":
            plz, town = rng.choice(AT_TOWNS)
            if kind == "postbox":
                return f"Postfach {rng.randint(1, 999)}{sep}{plz} {town}"
            top = rng.choice(["", "", f"/{rng.randint(1, 30)}", f"/{rng.randint(1, 6)}/{rng.randint(1, 24)}",
                              f"/Top {rng.randint(1, 20)}"])  # fmt: skip
            return f"{self.street_de(loc)} {rng.randint(1, 90)}{top}{sep}{plz} {town}"
        if loc == "de_CH":
            plz, town = rng.choice(CH_TOWNS)
            if kind == "postbox":
                return f"Postfach{rng.choice(['', ' ' + str(rng.randint(100, 9999))])}{sep}{plz} {town}"
            return f"{self.street_de(loc)} {rng.randint(1, 120)}{sep}{plz} {town}"
        if loc == "en_GB":
            town, area = rng.choice(UK_TOWNS)
            inward = f"{rng.randint(0, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
            postcode = f"{area}{rng.randint(1, 29)} {inward}"
            street = f"{rng.randint(1, 220)} {rng.choice(UK_STREETS)} {rng.choice(UK_KINDS)}"
            if kind == "postbox":
                return f"PO Box {rng.randint(100, 9999)}{sep}{town}{sep}{postcode}"
            if kind == "flat":
                street = f"Flat {rng.randint(1, 40)}{rng.choice(['', 'B'])}{sep if multiline else ', '}{street}"
            elif kind == "house":
                street = f"{rng.choice(UK_HOUSES)}{sep}{rng.choice(UK_STREETS)} {rng.choice(UK_KINDS)}"
            return f"{street}{sep}{town}{sep if multiline else ' '}{postcode}"
        city, state, zip3 = rng.choice(US_CITIES)
        zipcode = f"{zip3}{d(2)}" + (f"-{d(4)}" if rng.random() < 0.15 else "")
        street = f"{rng.randint(10, 9899)} {rng.choice(['', 'N ', 'W ', 'E '])}{rng.choice(US_STREETS)} {rng.choice(US_KINDS)}"
        if kind == "postbox":
            return f"PO Box {rng.randint(100, 99999)}{sep}{city}, {state} {zipcode}"
        if kind == "flat":
            street += rng.choice([f", Apt {rng.randint(1, 40)}{rng.choice('ABC')}", f" Apt. {rng.randint(100, 999)}",
                                  f", Unit {rng.randint(1, 60)}", f" #{rng.randint(2, 30)}"])  # fmt: skip
        return f"{street}{sep}{city}, {state} {zipcode}"

    def birth(self) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1954, 2004)

    def write_date(self, loc: str, date: tuple[int, int, int]) -> str:
        day, month, year = date
        rng = self.rng
        if loc.startswith("de"):
            return rng.choice([f"{day:02d}.{month:02d}.{year}", f"{day}. {MONTHS_DE[month - 1]} {year}",
                               f"{day}.{month}.{year}", f"{year}-{month:02d}-{day:02d}"])  # fmt: skip
        if loc == "en_GB":
            return rng.choice([f"{day:02d}/{month:02d}/{year}", f"{day} {MONTHS_EN[month - 1]} {year}",
                               f"{day} {MONTHS_EN[month - 1][:3]} {year}"])  # fmt: skip
        return rng.choice([f"{month:02d}/{day:02d}/{year}", f"{MONTHS_EN[month - 1]} {day}, {year}",
                           f"{month}/{day}/{year}"])  # fmt: skip

    # --- secrets --------------------------------------------------------------------------------------------
    def secret(self) -> str:
        rng = self.rng
        alnum = string.ascii_letters + string.digits

        def r(n: int, alphabet: str = alnum) -> str:
            return "".join(rng.choice(alphabet) for _ in range(n))

        kinds = [
            lambda: "sk-proj-" + r(40) + "_" + r(20),
            lambda: "ghp_" + r(36),
            lambda: "github_pat_" + r(22) + "_" + r(59),
            lambda: "AKIA" + r(16, string.ascii_uppercase + string.digits),
            lambda: r(40, alnum + "/+"),
            lambda: "xoxb-" + self.digits(12) + "-" + self.digits(13) + "-" + r(24),
            lambda: "sk_live_" + r(32),
            lambda: "glpat-" + r(20),
            lambda: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + r(46) + "." + r(43, alnum + "-_"),
            lambda: "AIza" + r(35, alnum + "-_"),
            lambda: "SG." + r(22) + "." + r(43),
            lambda: rng.choice(["Herbst", "Zugspitze", "Lavendel", "Kanguru", "Tiger", "Seestern", "Falke"])
            + rng.choice(["!", "#", "$", "?", "_"]) + self.digits(rng.randint(2, 4)) + r(2, "XYZQKW"),
            lambda: r(rng.randint(10, 16), alnum + "!#$%&*?@"),
        ]
        return rng.choice(kinds)()
