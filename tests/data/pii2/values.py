"""Values for the second personal-data corpus: Faker per market, national numbers made valid with python-stdnum."""

from __future__ import annotations

import random
import string

from faker import Faker
from stdnum import luhn
from stdnum.at import tin as at_tin
from stdnum.at import vnr as at_vnr
from stdnum.ch import ssn as ch_ssn
from stdnum.de import idnr as de_idnr
from stdnum.gb import nhs as gb_nhs
from stdnum.gb import utr as gb_utr
from stdnum.us import itin as us_itin
from stdnum.us import ssn as us_ssn

LOCALES = {"de": ("de_DE", "de_AT", "de_CH"), "en": ("en_GB", "en_US")}
_RV_WEIGHTS = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)
_NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
_NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
_NINO_BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


class Values:
    """Random values for one locale, drawn from one shared random generator (reproducible with a seed)."""

    def __init__(self, locale: str, rnd: random.Random) -> None:
        self.locale = locale
        self.rnd = rnd
        self.fake = Faker(locale)
        self.fake.seed_instance(rnd.randrange(1 << 30))

    # --- people -------------------------------------------------------------------------------------
    def first(self) -> str:
        return self.fake.first_name()

    def last(self) -> str:
        return self.fake.last_name()

    def full(self) -> str:
        return f"{self.first()} {self.last()}"

    def digits(self, n: int) -> str:
        return "".join(self.rnd.choice(string.digits) for _ in range(n))

    def birth(self) -> tuple[int, int, int]:
        d = self.fake.date_of_birth(minimum_age=18, maximum_age=75)
        return d.day, d.month, d.year

    # --- contact ------------------------------------------------------------------------------------
    def email(self, first: str | None = None, last: str | None = None) -> str:
        r = self.rnd.random()
        if first and last and r < 0.5:
            local = self.rnd.choice([f"{first}.{last}", f"{first[0]}.{last}", f"{first}{last[0]}", f"{last}.{first}"])
            local = (local.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
                     .replace(" ", "").replace("é", "e").replace("è", "e"))
            return f"{local}@{self.fake.domain_name()}"
        return self.fake.free_email() if r < 0.75 else self.fake.email()

    def phone(self) -> str:
        loc, r = self.locale, self.rnd.random()
        if loc == "de_DE":
            area = self.rnd.choice(["030", "040", "089", "0221", "069", "0711", "0351", "0421", "0511", "06221"])
            number = self.digits(self.rnd.randint(6, 8))
            mobile = "01" + self.rnd.choice(["51", "52", "60", "62", "70", "71", "76", "57"])
            if r < 0.3:
                return f"+49 {area[1:]} {number}"
            if r < 0.45:
                return f"+49 ({area[1:]}) {number[:3]} {number[3:]}"
            if r < 0.65:
                return f"{mobile} {self.digits(7)}" if r < 0.55 else f"+49 {mobile[1:]} {self.digits(8)}"
            return self.rnd.choice([f"{area} {number}", f"{area}/{number}", f"{area}-{number}", f"({area}) {number}"])
        if loc == "de_AT":
            if r < 0.4:
                return f"+43 {self.rnd.choice(['1', '316', '662', '512', '732'])} {self.digits(6)}"
            if r < 0.7:
                return f"0{self.rnd.choice(['664', '676', '699', '650'])} {self.digits(7)}"
            return f"01/{self.digits(7)}"
        if loc == "de_CH":
            if r < 0.5:
                return f"+41 {self.rnd.choice(['44', '31', '61', '21', '79', '78'])} {self.digits(3)} {self.digits(2)} {self.digits(2)}"
            return f"0{self.rnd.choice(['44', '31', '61', '79', '76'])} {self.digits(3)} {self.digits(2)} {self.digits(2)}"
        if loc == "en_GB":
            if r < 0.3:
                return f"07{self.rnd.choice(['700', '811', '912', '456'])} {self.digits(6)}"
            if r < 0.6:
                return f"+44 {self.rnd.choice(['20', '161', '113', '131'])} {self.digits(4)} {self.digits(4)}"
            return f"0{self.rnd.choice(['20', '121', '161', '117'])} {self.digits(3)} {self.digits(4)}"
        area = str(self.rnd.randint(201, 989))
        while area[1] == "9" or area.endswith("11"):
            area = str(self.rnd.randint(201, 989))
        ex = str(self.rnd.randint(201, 989))
        rest = self.digits(4)
        return self.rnd.choice([f"({area}) {ex}-{rest}", f"{area}-{ex}-{rest}", f"+1 {area} {ex} {rest}",
                                f"{area}.{ex}.{rest}", f"1-{area}-{ex}-{rest}"])

    # --- money --------------------------------------------------------------------------------------
    def iban(self) -> str:
        country = {"de_DE": "DE", "de_AT": "AT", "de_CH": "CH", "en_GB": "GB"}.get(self.locale)
        value = self.fake.iban() if country else Faker("en_GB").iban()
        if country and not value.startswith(country):
            value = self.fake.iban()
        if self.rnd.random() < 0.6:
            return " ".join(value[i:i + 4] for i in range(0, len(value), 4))
        return value

    def card(self) -> str:
        kind = self.rnd.choice(["visa16", "mastercard", "amex", "visa16", "discover", "maestro"])
        value = self.fake.credit_card_number(card_type=kind)
        if len(value) == 16 and self.rnd.random() < 0.6:
            sep = self.rnd.choice([" ", "-"])
            return sep.join(value[i:i + 4] for i in range(0, 16, 4))
        if len(value) == 15 and self.rnd.random() < 0.5:
            return f"{value[:4]} {value[4:10]} {value[10:]}"
        return value

    # --- national numbers ---------------------------------------------------------------------------
    def de_idnr(self) -> str:
        while True:
            value = str(self.rnd.randint(1, 9)) + self.digits(10)
            if de_idnr.is_valid(value):
                break
        if self.rnd.random() < 0.5:
            return f"{value[:2]} {value[2:5]} {value[5:8]} {value[8:]}"
        return value

    def de_stnr(self) -> str:
        return self.rnd.choice([
            f"{self.rnd.randint(21, 99)}/{self.digits(3)}/{self.digits(5)}",
            f"{self.rnd.randint(101, 299)}/{self.digits(3)}/{self.digits(5)}",
            f"{self.rnd.randint(10, 99)}{self.digits(1)}/{self.digits(4)}/{self.digits(4)}",
        ])

    def de_svnr(self, last: str) -> str:
        day, month, year = self.birth()
        area = self.rnd.choice(["04", "12", "13", "15", "18", "24", "28", "38", "42", "53", "65"])
        letter = last[0].upper() if last[0].upper() in string.ascii_uppercase else "M"
        serial = f"{self.rnd.randint(0, 49):02d}"
        digits = f"{area}{day:02d}{month:02d}{year % 100:02d}" + f"{ord(letter) - 64:02d}" + serial
        check = sum(sum(divmod(int(d) * w, 10)) for d, w in zip(digits, _RV_WEIGHTS)) % 10
        head = f"{area}{day:02d}{month:02d}{year % 100:02d}"
        return self.rnd.choice([f"{head}{letter}{serial}{check}", f"{area} {head[2:]} {letter} {serial}{check}",
                                f"{area} {head[2:]} {letter} {serial} {check}"])

    def at_vnr(self) -> str:
        day, month, year = self.birth()
        birth = f"{day:02d}{month:02d}{year % 100:02d}"
        while True:
            serial = str(self.rnd.randint(100, 999))
            check = at_vnr.calc_check_digit(serial + "0" + birth)
            value = serial + check + birth
            if at_vnr.is_valid(value):
                break
        return value if self.rnd.random() < 0.3 else f"{value[:4]} {value[4:]}"

    def at_tin(self) -> str:
        while True:
            office = self.rnd.choice(["03", "04", "06", "07", "08", "09", "10", "12", "15", "16", "18", "22", "29",
                                      "33", "38", "41", "46", "51", "52", "53", "54", "57", "59", "61", "65", "67",
                                      "68", "69", "71", "72", "81", "82", "83", "84", "90", "91", "93", "97", "98"])
            body = self.digits(6)
            value = office + body + at_tin.calc_check_digit(office + body)
            if at_tin.is_valid(value):
                break
        return f"{value[:2]}-{value[2:5]}/{value[5:]}" if self.rnd.random() < 0.8 else f"{value[:2]} {value[2:5]}/{value[5:]}"

    def ch_ahv(self) -> str:
        while True:
            body = "756" + self.digits(9)
            value = body + str((10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body)) % 10) % 10)
            if ch_ssn.is_valid(value):
                break
        return f"{value[:3]}.{value[3:7]}.{value[7:11]}.{value[11:]}" if self.rnd.random() < 0.8 else value

    def gb_nino(self) -> str:
        while True:
            prefix = self.rnd.choice(_NINO_FIRST) + self.rnd.choice(_NINO_SECOND)
            if prefix not in _NINO_BAD:
                break
        d = self.digits(6)
        suffix = self.rnd.choice("ABCD")
        return f"{prefix} {d[:2]} {d[2:4]} {d[4:]} {suffix}" if self.rnd.random() < 0.6 else f"{prefix}{d}{suffix}"

    def gb_utr(self) -> str:
        while True:
            rest = self.digits(9)
            value = gb_utr.calc_check_digit(rest) + rest
            if gb_utr.is_valid(value):
                break
        return value if self.rnd.random() < 0.6 else f"{value[:5]} {value[5:]}"

    def gb_nhs(self) -> str:
        while True:
            value = self.digits(10)
            if gb_nhs.is_valid(value):
                break
        return f"{value[:3]} {value[3:6]} {value[6:]}" if self.rnd.random() < 0.7 else value

    def us_ssn(self) -> str:
        while True:
            value = f"{self.rnd.randint(1, 899):03d}{self.rnd.randint(1, 99):02d}{self.rnd.randint(1, 9999):04d}"
            if us_ssn.is_valid(value):
                break
        return f"{value[:3]}-{value[3:5]}-{value[5:]}" if self.rnd.random() < 0.75 else value

    def us_itin(self) -> str:
        while True:
            value = f"9{self.digits(2)}{self.rnd.choice(['70', '78', '83', '88', '90', '94', '99', '50', '65'])}{self.digits(4)}"
            if us_itin.is_valid(value):
                break
        return f"{value[:3]}-{value[3:5]}-{value[5:]}"

    # --- addresses ----------------------------------------------------------------------------------
    def house(self) -> str:
        n = str(self.rnd.randint(1, 160))
        r = self.rnd.random()
        return n + ("a" if r < 0.1 else "b" if r < 0.15 else "")

    def street(self) -> str:
        name = self.fake.street_name()
        if self.locale == "de_AT" and self.rnd.random() < 0.4:
            return f"{name} {self.house()}/{self.rnd.randint(1, 9)}/{self.rnd.randint(1, 30)}"
        if self.locale in ("en_GB", "en_US"):
            return f"{self.house()} {name}"
        return f"{name} {self.house()}"

    def postcode_city(self) -> str:
        if self.locale == "de_DE":
            return f"{self.fake.postcode()} {self.fake.city()}"
        if self.locale in ("de_AT", "de_CH"):
            code = f"{self.rnd.randint(1010, 9999)}"
            prefix = ("A-" if self.locale == "de_AT" else "CH-") if self.rnd.random() < 0.25 else ""
            return f"{prefix}{code} {self.fake.city()}"
        if self.locale == "en_GB":
            return f"{self.fake.city()} {self.fake.postcode()}"
        return f"{self.fake.city()}, {self.fake.state_abbr()} {self.fake.zipcode()}"

    def address(self, multiline: bool) -> str:
        """A postal address in this market's usual form, on one line or over several."""
        loc, r = self.locale, self.rnd.random()
        if loc == "en_GB":
            street = self.street()
            town, code = self.fake.city(), self.fake.postcode()
            flat = f"Flat {self.rnd.randint(1, 40)}" if r < 0.35 else ""
            if multiline:
                lines = ([flat] if flat else []) + [street, town, code] if r < 0.7 else ([flat] if flat else []) + [street, f"{town} {code}"]
                return "\n".join(lines)
            return (f"{flat}, " if flat else "") + f"{street}, {town} {code}"
        if loc == "en_US":
            street = self.street()
            unit = self.rnd.choice(["Apt. ", "Apt ", "Suite ", "Unit ", "#"]) + str(self.rnd.randint(1, 900)) if r < 0.4 else ""
            city = f"{self.fake.city()}, {self.fake.state_abbr()} {self.fake.zipcode()}"
            if multiline:
                return f"{street}\n{unit}\n{city}" if unit and r < 0.2 else f"{street}{', ' + unit if unit else ''}\n{city}"
            return f"{street}{', ' + unit if unit else ''}, {city}"
        street = self.street()
        if r < 0.12:
            box = f"Postfach {self.rnd.randint(10, 999999)}"
            street = box
        sep = "\n" if multiline else ", "
        if r > 0.88:
            return f"c/o {self.fake.company()}{sep}{street}{sep}{self.postcode_city()}"
        return f"{street}{sep}{self.postcode_city()}"


def luhn_ok(value: str) -> bool:
    return luhn.is_valid("".join(c for c in value if c.isdigit()))
