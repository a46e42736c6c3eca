"""Fake personal values for the scanner corpus (Faker de_DE/en_US plus python-stdnum check digits)."""

from __future__ import annotations

import base64
import json
import random
import string
from datetime import date

from faker import Faker
from stdnum import ean
from stdnum.de import idnr

MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
             "September", "Oktober", "November", "Dezember"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


class Values:
    """One source of fake values per language, all driven by one seeded RNG."""

    def __init__(self, lang: str, rng: random.Random, seed: int) -> None:
        self.lang = lang
        self.rng = rng
        self.fake = Faker("de_DE" if lang == "de" else "en_US")
        self.fake.seed_instance(seed)

    # -- people -------------------------------------------------------------
    def person(self) -> dict[str, str]:
        female = self.rng.random() < 0.5
        f = self.fake
        first = f.first_name_female() if female else f.first_name_male()
        last = f.last_name()
        if self.lang == "de" and self.rng.random() < 0.08:
            last = f"{last}-{f.last_name()}"
        if self.lang == "de":
            sal = {"Herr": "Frau" if female else "Herr", "Herrn": "Frau" if female else "Herrn",
                   "geehrte": "geehrte Frau" if female else "geehrter Herr",
                   "Liebe": "Liebe" if female else "Lieber"}
        else:
            sal = {"Mr": self.rng.choice(["Ms.", "Mrs.", "Ms"]) if female else self.rng.choice(["Mr.", "Mr"])}
        return {"first": first, "last": last, "full": f"{first} {last}", **sal}

    # -- contact -------------------------------------------------------------
    def email(self, person: dict[str, str] | None = None) -> str:
        r = self.rng.random()
        if person and r < 0.4:
            local = f"{person['first']}.{person['last']}".lower()
            local = local.translate(str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", " ": ""}))
            return f"{local}@{self.fake.domain_name()}"
        return self.fake.free_email() if r < 0.75 else self.fake.email()

    def phone(self) -> str:
        return self.fake.phone_number()

    # -- money ----------------------------------------------------------------
    def iban(self) -> str:
        value = self.fake.iban()
        if self.rng.random() < 0.5:
            value = " ".join(value[i:i + 4] for i in range(0, len(value), 4))
        return value

    def card(self) -> str:
        kind = self.rng.choice(["visa", "visa", "mastercard", "mastercard", "amex", "discover",
                                "jcb16", "diners", "maestro", "visa13"])
        number = self.fake.credit_card_number(kind)
        style = self.rng.random()
        if len(number) == 16 and style < 0.5:
            sep = " " if style < 0.35 else "-"
            number = sep.join(number[i:i + 4] for i in range(0, 16, 4))
        elif len(number) == 15 and style < 0.4:
            number = f"{number[:4]} {number[4:10]} {number[10:]}"
        return number

    # -- national ids ---------------------------------------------------------
    def steuer_id(self) -> str:
        while True:
            digits = [str(self.rng.randint(1, 9))] + [str(self.rng.randint(0, 9)) for _ in range(9)]
            body = "".join(digits)
            number = body + idnr.mod_11_10.calc_check_digit(body)
            if idnr.is_valid(number):
                return idnr.format(number) if self.rng.random() < 0.4 else number

    def steuernummer(self) -> str:
        fmt = self.rng.choice(["FF/BBB/UUUUP", "FFF/BBB/UUUUP", "FFF/BBBB/UUUP", "2FF/BBB/UUUUP"])
        out = "".join(str(self.rng.randint(0, 9)) if c in "FBUP" else c for c in fmt)
        return str(self.rng.randint(1, 9)) + out[1:] if out[0] == "0" else out

    def rvnr(self) -> str:
        value = self.fake.rvnr(self.fake.date_of_birth(minimum_age=18, maximum_age=67))
        if self.rng.random() < 0.4:
            value = f"{value[:2]} {value[2:8]} {value[8]} {value[9:]}"
        return value

    def ssn(self) -> str:
        value = self.fake.ssn()
        return value.replace("-", "") if self.rng.random() < 0.15 else value

    def taxid(self) -> tuple[str, str]:
        """A national number and its kind (used to pick a fitting sentence)."""
        if self.lang == "de":
            kind = self.rng.choice(["idnr", "idnr", "stnr", "rvnr"])
            return {"idnr": self.steuer_id, "stnr": self.steuernummer, "rvnr": self.rvnr}[kind](), kind
        kind = self.rng.choice(["ssn", "ssn", "ssn", "itin"])
        return (self.ssn() if kind == "ssn" else self.fake.itin()), kind

    # -- places ---------------------------------------------------------------
    def street(self) -> str:
        return self.fake.street_address()

    def plzcity(self) -> str:
        if self.lang == "de":
            return f"{self.fake.postcode()} {self.fake.city()}"
        return f"{self.fake.city()}, {self.fake.state_abbr()} {self.fake.postcode()}"

    def address(self) -> str:
        value = self.fake.address()
        return value if self.rng.random() < 0.5 else value.replace("\n", ", ")

    # -- dates ----------------------------------------------------------------
    def dob(self) -> str:
        d = self.fake.date_of_birth(minimum_age=16, maximum_age=90)
        return self.format_date(d)

    def format_date(self, d: date) -> str:
        r = self.rng.random()
        if self.lang == "de":
            if r < 0.55:
                return d.strftime("%d.%m.%Y")
            if r < 0.75:
                return f"{d.day}. {MONTHS_DE[d.month - 1]} {d.year}"
            if r < 0.9:
                return f"{d.day}.{d.month}.{d.year}"
            return d.isoformat()
        if r < 0.4:
            return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
        if r < 0.7:
            return d.strftime("%m/%d/%Y")
        if r < 0.85:
            return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
        return d.isoformat()

    # -- secrets --------------------------------------------------------------
    def _tok(self, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def secret(self) -> tuple[str, str]:
        """A secret value and its kind."""
        kind = self.rng.choice(["openai", "github", "aws", "slack", "jwt", "password", "bearer",
                                "generic", "pem", "stripe"])
        t = self._tok
        if kind == "openai":
            value = "sk-" + (("proj-" + t(40)) if self.rng.random() < 0.5 else t(48))
        elif kind == "github":
            value = "ghp_" + t(36)
        elif kind == "aws":
            value = "AKIA" + t(16, string.ascii_uppercase + string.digits)
        elif kind == "slack":
            value = f"xox{self.rng.choice('bpa')}-{t(11, string.digits)}-{t(12, string.digits)}-{t(24)}"
        elif kind == "stripe":
            value = "sk_live_" + t(24)
        elif kind == "jwt":
            def b64(obj: dict) -> str:
                return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")
            value = ".".join([b64({"alg": "HS256", "typ": "JWT"}),
                              b64({"sub": str(self.rng.randint(1000, 99999)), "name": self.fake.name()}),
                              t(43, string.ascii_letters + string.digits + "-_")])
        elif kind == "password":
            value = self.fake.password(length=self.rng.randint(10, 16))
        elif kind == "bearer":
            value = t(self.rng.randint(32, 48), string.ascii_letters + string.digits + "-_.")
        elif kind == "generic":
            value = t(40, "0123456789abcdef") if self.rng.random() < 0.5 else t(32)
        else:
            body = "\n".join(t(64, string.ascii_letters + string.digits + "+/") for _ in range(4))
            value = f"-----BEGIN RSA PRIVATE KEY-----\n{body}\n-----END RSA PRIVATE KEY-----"
        return value, kind

    # -- neutral business values (clean texts) ---------------------------------
    def company(self) -> str:
        return self.fake.company()

    def city(self) -> str:
        return self.fake.city()

    def business_date(self) -> str:
        d = self.fake.date_between(date(2019, 1, 1), date(2027, 12, 31))
        return self.format_date(d)

    def old_date(self) -> str:
        d = self.fake.date_between(date(1985, 1, 1), date(2012, 12, 31))
        return self.format_date(d)

    def amount(self) -> str:
        value = self.rng.randint(100, 9_999_999) / 100
        if self.lang == "de":
            text = f"{value:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
            return self.rng.choice([f"{text} €", f"{text} EUR", f"EUR {text}"])
        return self.rng.choice([f"${value:,.2f}", f"USD {value:,.2f}", f"{value:,.2f} USD"])

    def invoice(self) -> str:
        y = self.rng.randint(2019, 2027)
        return self.rng.choice([f"{y}-{self.rng.randint(1, 99999):05d}", f"RE-{y}-{self.rng.randint(1, 9999):04d}",
                                f"INV-{self.rng.randint(1, 999999):06d}", str(self.rng.randint(10**8, 10**10)),
                                f"{y}/{self.rng.randint(100, 9999)}"])

    def order(self) -> str:
        return self.rng.choice([str(self.rng.randint(10**7, 10**12)), f"#{self.rng.randint(10**5, 10**9)}",
                                f"PO-{self.rng.randint(1000, 99999)}", f"{self.rng.randint(100, 999)}-{self.rng.randint(1000000, 9999999)}-{self.rng.randint(1000000, 9999999)}"])

    def digits(self, n: int) -> str:
        return str(self.rng.randint(1, 9)) + "".join(str(self.rng.randint(0, 9)) for _ in range(n - 1))

    def ean(self) -> str:
        body = "40" + self.digits(10)
        return body + ean.calc_check_digit(body)

    def artno(self) -> str:
        return self.rng.choice([f"{self.rng.randint(1000, 99999)}-{self.rng.randint(10, 999)}",
                                f"SKU-{self.rng.randint(10000, 999999)}", self.digits(self.rng.choice([6, 8, 10])),
                                f"{self._tok(3, string.ascii_uppercase)}-{self.rng.randint(100, 9999)}"])

    def tracking(self) -> str:
        return self.rng.choice([self.digits(12), self.digits(20), "1Z" + self._tok(16, string.ascii_uppercase + string.digits),
                                "JJD" + self.digits(18)])

    def version(self) -> str:
        return f"{self.rng.randint(1, 12)}.{self.rng.randint(0, 30)}.{self.rng.randint(0, 99)}"

    def time(self) -> str:
        h, m = self.rng.randint(7, 19), self.rng.choice([0, 15, 30, 45])
        return f"{h}:{m:02d} Uhr" if self.lang == "de" else self.rng.choice([f"{h}:{m:02d}", f"{(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}"])

    def pct(self) -> str:
        v = self.rng.randint(1, 999) / 10
        return f"{v:.1f} %".replace(".", ",") if self.lang == "de" else f"{v:.1f}%"

    def qty(self) -> str:
        n = self.rng.randint(2, 250000)
        return f"{n:,}".replace(",", ".") if self.lang == "de" else f"{n:,}"

    def plz(self) -> str:
        return self.fake.postcode()

    def ticket(self) -> str:
        return f"{self.rng.choice(['IT', 'OPS', 'CRM', 'FIN', 'HR'])}-{self.rng.randint(100, 99999)}"

    def custno(self) -> str:
        return self.rng.choice([self.digits(10), self.digits(7), f"K-{self.digits(6)}", self.digits(11)])

    def product(self) -> str:
        return self.rng.choice(PRODUCTS)

    def commit(self) -> str:
        return self._tok(self.rng.choice([7, 8, 12]), "0123456789abcdef")


PRODUCTS = ["Bürostuhl ErgoFlex 300", "Laptop ProBook 450 G9", "Toner TN-2420", "USB-C Dockingstation",
            "Monitor UltraView 27", "Kaffeevollautomat CM 5310", "Headset Evolve2 65", "Whiteboard 120x90",
            "Lizenz Office 365 E3", "Schreibtisch Lift Pro", "Drucker LaserJet M404dn", "Papier A4 80g",
            "Rollcontainer Basic", "Beamer EX-3260", "Webcam C920", "Netzwerkswitch GS308",
            "SSD 1TB NVMe", "Router FRITZ!Box 7590", "Cloud-Speicher 2 TB", "Projektleuchte LED 50W"]
