"""Generate the second labelled personal-data corpus (DACH + UK/US) and split it once into tune and test.

Run: .venv/bin/python tests/data/pii2/make_corpus.py   (rewrites tune.jsonl and test.jsonl next to this file)

Faker de_DE, de_AT, de_CH, en_GB and en_US with a fixed seed; national numbers made valid with
python-stdnum; templates of its own (templates.py). As many clean business texts as texts with
personal data; the clean ones are full of look-alikes (hotlines, dates in brackets, order numbers,
variable names, words that are also first names). Each line:
{"id", "lang", "locale", "kind": "pii"|"clean", "text", "names": [], "expected": [{"category", "start", "end", "text"}]}.
The split is by a hash of the id (TEST_SHARE percent to test) and never changes with the scanner.
"""

from __future__ import annotations

import hashlib
import json
import random
import string
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from templates import ARTICLES, CLEAN, HEALTH, PII  # noqa: E402
from values import LOCALES, Values  # noqa: E402

SEED = 20261206
PER_CATEGORY = 150      # texts per category and language
TEST_SHARE = 35         # percent of ids that go to test.jsonl
CONTEXT_SHARE = 0.45    # texts with personal data that get a clean sentence before or after
FORMATTER = string.Formatter()

LABELLED = {"name": "name", "full": "name", "full2": "name", "last": "name", "email": "email", "phone": "phone",
            "iban": "iban", "card": "credit-card", "taxid": "tax-id", "address": "address",
            "dob": "date-of-birth", "password": "secret", "apikey": "secret"}
WEEKDAYS = {"de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
            "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]}
MONTHS = {"de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                 "November", "Dezember"],
          "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                 "November", "December"]}
VARS = ["password_field", "api_key", "auth_token", "PASSWORD_MIN_LENGTH", "secret_key", "db_password", "user_pin",
        "token_expiry", "passwordHash", "SESSION_COOKIE_NAME", "access_token", "pwd_reset_url", "API_SECRET",
        "client_secret", "password"]
TAX_CUES = {
    "de_DE": [("de_idnr", ["Steuer-ID", "Steuer-IdNr.", "steuerliche Identifikationsnummer", "IdNr."]),
              ("de_stnr", ["Steuernummer", "St.-Nr."]),
              ("de_svnr", ["Sozialversicherungsnummer", "SV-Nummer", "Rentenversicherungsnummer", "RV-Nummer"])],
    "de_AT": [("at_vnr", ["Versicherungsnummer", "SV-Nummer", "VNR", "SVNR"]),
              ("at_tin", ["Steuernummer", "St.Nr."])],
    "de_CH": [("ch_ahv", ["AHV-Nummer", "AHV-Nr.", "AHV", "Sozialversicherungsnummer"])],
    "en_GB": [("gb_nino", ["NI number", "National Insurance number", "NINO"]),
              ("gb_utr", ["UTR", "Unique Taxpayer Reference"]),
              ("gb_nhs", ["NHS number"])],
    "en_US": [("us_ssn", ["SSN", "Social Security number", "SSN#"]), ("us_itin", ["ITIN"])],
}
NO_CUE = {"de": "Stammdaten {name}: {taxid}, Eintritt {date}.", "en": "Payroll record {name}: {taxid}, start {date}."}
TELLING = {"de_svnr", "ch_ahv", "gb_nino", "at_tin"}


class Filler:
    """Values for every slot of one text, in one locale."""

    def __init__(self, v: Values, lang: str) -> None:
        self.v, self.lang, self.rnd = v, lang, v.rnd
        self.person: tuple[str, str] | None = None

    def _person(self) -> tuple[str, str]:
        if self.person is None:
            self.person = (self.v.first(), self.v.last())
        return self.person

    def date(self) -> str:
        d, m, y = self.rnd.randint(1, 28), self.rnd.randint(1, 12), self.rnd.choice([2025, 2026, 2027])
        if self.lang == "de":
            return self.rnd.choice([f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}", f"{y}-{m:02d}-{d:02d}", f"{d}. {MONTHS['de'][m - 1]}"])
        if self.v.locale == "en_US":
            return self.rnd.choice([f"{m:02d}/{d:02d}/{y}", f"{MONTHS['en'][m - 1]} {d}", f"{y}-{m:02d}-{d:02d}"])
        return self.rnd.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS['en'][m - 1]}", f"{y}-{m:02d}-{d:02d}"])

    def dob(self) -> str:
        d, m, y = self.v.birth()
        month = MONTHS[self.lang][m - 1]
        if self.lang == "de":
            return self.rnd.choice([f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}", f"{d}. {month} {y}", f"{y}-{m:02d}-{d:02d}"])
        if self.v.locale == "en_US":
            return self.rnd.choice([f"{m:02d}/{d:02d}/{y}", f"{month} {d}, {y}", f"{y}-{m:02d}-{d:02d}"])
        return self.rnd.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {month} {y}", f"{d}{'th' if d not in (1, 2, 3, 21, 22, 23, 31) else 'st'} {month} {y}"
                                if d not in (2, 3, 22, 23) else f"{d} {month} {y}"])

    def amount(self) -> str:
        x = self.rnd.randint(5, 99999) + self.rnd.randint(0, 99) / 100
        if self.lang == "de":
            s = f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
            return self.rnd.choice([f"{s} €", f"EUR {s}", f"CHF {s}"])
        return self.rnd.choice([f"£{x:,.2f}", f"${x:,.2f}", f"USD {x:,.2f}"])

    def hotline(self) -> str:
        d = self.v.digits
        if self.lang == "de":
            return self.rnd.choice([f"0800 {d(3)} {d(4)}", f"0800-{d(7)}", f"0180 5 {d(6)}", f"01806 {d(6)}",
                                    f"+49 800 {d(7)}", f"0800 {d(2)} {d(2)} {d(3)}"])
        return self.rnd.choice([f"0800 {d(3)} {d(4)}", f"0808 {d(3)} {d(4)}", f"1-800-{d(3)}-{d(4)}",
                                f"(888) {d(3)}-{d(4)}", f"1-877-{d(3)}-{d(4)}"])

    def switchboard(self) -> str:
        d = self.v.digits
        if self.lang == "de":
            return self.rnd.choice([f"+49 89 {d(4)}-0", f"089 {d(5)}-0", f"+43 1 {d(4)}-0", f"+41 44 {d(3)} 00 00",
                                    f"040 {d(4)} 0", f"+49 30 {d(6)}-0"])
        return self.rnd.choice([f"020 7{d(3)} 0000", f"+44 161 {d(3)} 0000", f"(212) {d(3)}-0000", f"0121 {d(3)} 1000"])

    def slot(self, name: str) -> str:
        v, d, rnd = self.v, self.v.digits, self.rnd
        first, last = self._person()
        values = {
            "name": lambda: f"{first} {last}", "full": lambda: f"{first} {last}", "last": lambda: last,
            "full2": lambda: v.full(), "email": lambda: v.email(first, last), "phone": v.phone, "iban": v.iban,
            "card": v.card, "address": lambda: v.address(rnd.random() < 0.5), "dob": self.dob,
            "password": lambda: rnd.choice(["Sommer", "Winter", "Blau", "Kaffee", "Tiger", "Falcon"]) + d(4) + rnd.choice("!#$%?"),
            "apikey": self._apikey, "expiry": lambda: f"{rnd.randint(1, 12):02d}/{rnd.randint(26, 31)}",
            "weekday": lambda: rnd.choice(WEEKDAYS[self.lang]), "month": lambda: rnd.choice(MONTHS[self.lang]),
            "date": self.date, "amount": self.amount, "hotline": self.hotline, "switchboard": self.switchboard,
            "order": lambda: rnd.choice([f"4500{d(6)}", f"PO-2025-{d(5)}", f"AB-{d(6)}", f"2025/{d(4)}"]),
            "invoice": lambda: rnd.choice([f"RE-2025-{d(5)}", f"INV-{d(6)}", f"{rnd.randint(1, 9)}{d(7)}"]),
            "article": lambda: rnd.choice([f"{d(3)}-{d(3)}-{d(2)}", f"ART-{d(5)}", f"{d(6)}.{d(2)}", f"{d(8)}"]),
            "ticket": lambda: rnd.choice([f"#{d(7)}", f"INC{d(7)}", f"SR-{d(6)}"]),
            "tracking": lambda: rnd.choice([f"{d(14)}", f"1Z{d(3)}E{d(10)}", f"JJD{d(18)}"]),
            "delivery": lambda: f"LS-{d(6)}", "costcenter": lambda: f"{d(4)}-{d(3)}",
            "quote": lambda: rnd.choice([f"ANG-2025-{d(4)}", f"Q-{d(6)}"]),
            "version": lambda: rnd.choice([f"v{rnd.randint(1, 9)}.{rnd.randint(0, 30)}.{rnd.randint(0, 9)}", f"2025.{d(2)}.{d(1)}"]),
            "var": lambda: rnd.choice(VARS), "qty": lambda: str(rnd.randint(2, 5000)),
            "time": lambda: f"{rnd.randint(7, 18)}:{rnd.choice(['00', '15', '30', '45'])}",
            "hours": lambda: rnd.choice(["8:00–17:00", "08:00-18:00", "9am–5pm", "7:30–16:30"]),
            "percent": lambda: str(rnd.randint(10, 99)), "hall": lambda: str(rnd.randint(1, 12)),
            "cell": lambda: f"{rnd.choice('ABCDEFGH')}{rnd.randint(2, 500)}",
            "cell2": lambda: f"{rnd.choice('ABCDEFGH')}{rnd.randint(2, 500)}",
        }
        return values[name]()

    def _apikey(self) -> str:
        rnd = self.rnd
        alnum = string.ascii_letters + string.digits
        kind = rnd.randrange(4)
        if kind == 0:
            return "sk-" + "".join(rnd.choice(alnum) for _ in range(40))
        if kind == 1:
            return "ghp_" + "".join(rnd.choice(alnum) for _ in range(36))
        if kind == 2:
            return "AKIA" + "".join(rnd.choice(string.ascii_uppercase + string.digits) for _ in range(16))
        return "".join(rnd.choice(alnum) for _ in range(32))


def fill(template: str, filler: Filler, extra: dict[str, tuple[str, str | None]]) -> tuple[str, list[dict]]:
    """Fill a template; `extra` gives (value, category) for slots that are decided outside Filler."""
    out, labels, cache = "", [], {}
    for literal, field, _spec, _conv in FORMATTER.parse(template):
        out += literal
        if field is None:
            continue
        if field in extra:
            value, category = extra[field]
        else:
            if field not in cache or field in ("date", "weekday", "order", "qty"):
                cache[field] = filler.slot(field)
            value, category = cache[field], LABELLED.get(field)
        start = len(out)
        out += value
        if category:
            skip = next((len(a) for a in ARTICLES if category == "health" and value.startswith(a)), 0)
            labels.append({"category": category, "start": start + skip, "end": len(out), "text": out[start + skip:]})
    return out, labels


def pii_text(category: str, lang: str, filler: Filler) -> tuple[str, list[dict]]:
    rnd, loc = filler.rnd, filler.v.locale
    templates = PII[category][lang]
    extra: dict[str, tuple[str, str | None]] = {}
    template = rnd.choice(templates)
    if category == "tax-id":
        kind, cues = rnd.choice(TAX_CUES[loc])
        first, last = filler._person()
        value = filler.v.de_svnr(last) if kind == "de_svnr" else getattr(filler.v, kind)()
        if kind in TELLING and rnd.random() < 0.15:
            template = NO_CUE[lang]
        extra = {"idcue": (rnd.choice(cues), None), "taxid": (value, "tax-id")}
    if category == "health":
        for slot, terms in HEALTH[lang].items():
            extra[slot] = (rnd.choice(terms), "health")
    text, labels = fill(template, filler, extra)
    if rnd.random() < CONTEXT_SHARE:
        context, _ = fill(rnd.choice(CLEAN[lang]), filler, {})
        text, shift = (context + " " + text, len(context) + 1) if rnd.random() < 0.5 else (text + "\n" + context, 0)
        for lab in labels:
            lab["start"] += shift
            lab["end"] += shift
    return text, labels


def clean_text(lang: str, filler: Filler) -> str:
    rnd = filler.rnd
    parts = [fill(t, filler, {})[0] for t in rnd.sample(CLEAN[lang], rnd.randint(1, 3))]
    return rnd.choice([" ", "\n"]).join(parts)


def split_of(entry_id: str) -> str:
    return "test" if int(hashlib.sha256(entry_id.encode()).hexdigest()[:8], 16) % 100 < TEST_SHARE else "tune"


def build() -> list[dict]:
    rnd = random.Random(SEED)
    values = {loc: Values(loc, rnd) for locs in LOCALES.values() for loc in locs}
    rows: list[dict] = []
    for lang, locs in LOCALES.items():
        n = 0
        for category in PII:
            for i in range(PER_CATEGORY):
                loc = locs[i % len(locs)]
                text, labels = pii_text(category, lang, Filler(values[loc], lang))
                for lab in labels:
                    assert text[lab["start"]:lab["end"]] == lab["text"], (text, lab)
                rows.append({"id": f"{lang}-{category}-{i:04d}", "lang": lang, "locale": loc, "kind": "pii",
                             "text": text, "names": [], "expected": labels})
                n += 1
        for i in range(n):
            loc = locs[i % len(locs)]
            rows.append({"id": f"{lang}-clean-{i:04d}", "lang": lang, "locale": loc, "kind": "clean",
                         "text": clean_text(lang, Filler(values[loc], lang)), "names": [], "expected": []})
    return rows


def main() -> None:
    rows = build()
    out = {"tune": [], "test": []}
    for row in rows:
        out[split_of(row["id"])].append(row)
    for part, items in out.items():
        with (HERE / f"{part}.jsonl").open("w", encoding="utf-8") as fh:
            for row in items:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{part}: {len(items)} texts")


if __name__ == "__main__":
    main()
