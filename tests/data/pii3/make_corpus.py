"""Build the pii3 corpus (issue 14): a held-out personal-data corpus in voices unlike pii2's, split once.

Run: .venv/bin/python tests/data/pii3/make_corpus.py [OUTDIR]   (default: this folder)
Deterministic (SEED, one random.Random and one seeded Faker per locale); a self-check runs before anything is
written: every label's text equals text[start:end], labels do not overlap, national numbers, IBANs and cards
validate, no clean text has a label or contains a labelled value, and no look-alike number in a clean text
validates as a card or national number. Split by int(sha256(id), 16) % 100 < 40 -> test.jsonl, else tune.jsonl,
and by template: every pool of templates, frames and clean sentences is cut 40/60 by the templates' sha256, and a
text draws only from its own side, so no template appears in both parts (see side()).
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import templates  # noqa: E402
import values  # noqa: E402
from stdnum import iban as std_iban  # noqa: E402
from stdnum import luhn  # noqa: E402

SEED = 3_141_2027
FAKER_VERSION = "40.63.0"  # the committed files were made with it; other versions have other name lists
PER_CATEGORY = 200  # texts with personal data per category and language; as many clean texts in all
TEST_SHARE = 40
CATEGORIES = ("email", "phone", "iban", "credit-card", "tax-id", "address", "date-of-birth", "name", "secret", "health")
MIN_TEST_LABELS = 60
KINDS = {
    "de_DE": ("idnr", "stnr", "svnr"),
    "de_AT": ("vnr", "tin"),
    "de_CH": ("ahv",),
    "en_GB": ("nino", "utr", "nhs"),
    "en_US": ("ssn", "itin"),
}
CHECKSUMMED = ("idnr", "vnr", "tin", "ahv", "utr", "nhs")  # numbers that a checksum alone identifies
SLOT = re.compile(r"\{([a-z_0-9]+)\}")

DE_SICK = ["krankgeschrieben", "arbeitsunfähig", "krankgemeldet", "krank gemeldet", "arbeitsunfähig erkrankt"]
DE_DX = [
    "Bandscheibenvorfall", "Burn-out", "Depression", "Migräne", "Long Covid", "Diabetes Typ 2", "Gürtelrose",
    "Lungenentzündung", "Kreuzbandriss", "Angststörung", "Brustkrebs", "Hörsturz", "Epilepsie", "Multipler Sklerose",
    "Borreliose", "Hüft-OP", "Herzinfarkt", "Tinnitus",
]  # fmt: skip
DE_COND = ["schwanger", "schwerbehindert", "in psychotherapeutischer Behandlung", "in Chemotherapie", "in der Reha"]
EN_SICK = ["off sick", "signed off sick", "on sick leave", "out sick"]
EN_DX = [
    "a slipped disc", "burnout", "depression", "migraines", "long COVID", "type 2 diabetes", "shingles", "pneumonia",
    "a torn ACL", "an anxiety disorder", "breast cancer", "epilepsy", "multiple sclerosis", "Crohn's disease",
    "sciatica", "a hip replacement", "asthma",
]  # fmt: skip
EN_COND = ["pregnant", "registered disabled", "in therapy", "having chemo", "on antidepressants"]


class Doc:
    """Text built piece by piece, with labels at exact offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.labels: list[dict] = []
        self.size = 0

    def add(self, text: str, category: str | None = None) -> None:
        if category:
            self.labels.append({"category": category, "start": self.size, "end": self.size + len(text), "text": text})
        self.parts.append(text)
        self.size += len(text)

    def extend(self, other: Doc) -> None:
        for lab in other.labels:
            self.labels.append({**lab, "start": lab["start"] + self.size, "end": lab["end"] + self.size})
        self.parts.append(other.text)
        self.size += other.size

    @property
    def text(self) -> str:
        return "".join(self.parts)


class Context:
    """Slot values of one text, made on first use, so each text draws only what its template needs."""

    def __init__(self, maker: values.Maker, locale: str) -> None:
        self.m, self.locale, self.lang = maker, locale, locale[:2]
        self.cache: dict[str, tuple[str, str | None]] = {}
        self.people: dict[str, values.Person] = {}
        self.births: dict[str, tuple[int, int, int]] = {}
        self.cue: tuple[str, str] | None = None

    def person(self, i: str) -> values.Person:
        if i not in self.people:
            self.people[i] = self.m.person(self.locale)
        return self.people[i]

    def birth(self, i: str) -> tuple[int, int, int]:
        if i not in self.births:
            self.births[i] = self.m.birth()
        return self.births[i]

    def get(self, key: str) -> tuple[str, str | None]:
        if key not in self.cache:
            self.cache[key] = self.make(key)
        return self.cache[key]

    def pick(self, items: list[str] | tuple[str, ...]) -> str:
        return self.m.rng.choice(list(items))

    def make(self, key: str) -> tuple[str, str | None]:  # noqa: C901 - one table of slots
        m, rng, loc, de = self.m, self.m.rng, self.locale, self.lang == "de"
        match = re.fullmatch(r"(name|first|last|sal|email|phone|iban|card|taxid|addr|dob)(\d?)(_lc)?", key)
        if match:
            kind, i, lower = match.group(1), match.group(2) or "1", bool(match.group(3))
            p = self.person(i)
            if kind == "name":
                return (p.name.lower() if lower else p.name), "name"
            if kind == "first":
                return (p.first.lower() if lower else p.first), "name"
            if kind == "last":
                return p.last, "name"
            if kind == "sal":
                if de:
                    return ("Frau" if p.female else "Herr"), None
                dot = "." if loc == "en_US" else ""
                return (rng.choice(["Ms", "Mrs", "Dr"]) if p.female else rng.choice(["Mr", "Mr", "Dr"])) + dot, None
            if kind == "email":
                return m.email(p), "email"
            if kind == "phone":
                return m.phone(loc), "phone"
            if kind == "iban":
                return m.iban(loc), "iban"
            if kind == "card":
                return m.card(loc), "credit-card"
            if kind == "taxid":
                kind_ = self.taxcue()[1]
                if i == "1":
                    return self.first_taxid, "tax-id"
                return self.national(kind_, p, self.birth(i)), "tax-id"
            if kind == "addr":
                return m.address(loc, multiline=False)[0], "address"
            return m.write_date(loc, self.birth(i)), "date-of-birth"
        if key == "addr_ml":
            return m.address(loc, multiline=True)[0], "address"
        if key == "addr_post":
            return m.address(loc, multiline=True, postbox=True)[0], "address"
        if key == "secret":
            return m.secret()[1], "secret"
        if key == "taxcue":
            return self.taxcue()[0], None
        table = {
            "sick": (DE_SICK, "health"), "dx": (DE_DX, "health"), "cond": (DE_COND, "health"),
            "sick_en": (EN_SICK, "health"), "dx_en": (EN_DX, "health"), "cond_en": (EN_COND, "health"),
        }  # fmt: skip
        fixed = {
            "sicknote": "Krankmeldung",
            "au": "AU",
            "operation": "Operation",
            "fitnote": "fit note",
            "krankenstand": "im Krankenstand",
            "krankenstandmeldung": "Krankenstand-Meldung",
        }
        if key in fixed:  # words of a sick note about the named person: health data too
            return fixed[key], "health"
        if key in table:
            items, cat = table[key]
            return self.pick(items), cat
        return self.plain(key), None

    def taxcue(self) -> tuple[str, str]:
        if self.cue is None:
            p = self.person("1")
            cue, number, kind = self.m.national(p, self.birth("1"))
            self.cue, self.first_taxid = (cue, kind), number
        return self.cue

    def national(self, kind: str, p: values.Person, birth: tuple[int, int, int]) -> str:
        m = self.m
        makers = {
            "idnr": m.de_idnr, "stnr": m.de_stnr, "svnr": lambda: m.de_svnr(p, birth), "vnr": lambda: m.at_vnr(birth),
            "tin": m.at_tin, "ahv": m.ch_ahv, "nino": m.gb_nino, "utr": m.gb_utr, "nhs": m.gb_nhs, "ssn": m.us_ssn,
            "itin": m.us_itin,
        }  # fmt: skip
        return makers[kind]()

    def plain(self, key: str) -> str:  # noqa: C901 - one table of slots
        m, rng, loc = self.m, self.m.rng, self.locale
        fk = m.fakers[loc]
        p = self.person("1")
        d = m.digits
        date = (rng.randint(1, 28), rng.randint(1, 12), rng.choice([2025, 2026]))
        simple: dict[str, object] = {
            "greet": lambda: {
                "de_CH": "Grüezi",
                "de_AT": rng.choice(["Grüß Gott", "Guten Tag", "Liebe" if p.female else "Lieber"]),
            }.get(loc, rng.choice(["Hallo", "Guten Tag", "Moin"])),
            "bye": lambda: {
                "de_CH": "Freundliche Grüsse",
                "de_AT": rng.choice(["Liebe Grüße", "Mit freundlichen Grüßen", "LG"]),
            }.get(loc, rng.choice(["Viele Grüße", "Beste Grüße", "VG", "Gruß"])),
            "bye_en": lambda: rng.choice(
                ["Kind regards", "Best wishes", "Cheers"] if loc == "en_GB" else ["Thanks", "Best", "Cheers"]
            ),
            "dear_at": lambda: rng.choice(
                [
                    "Sehr geehrte Frau Magistra",
                    "Sehr geehrte Frau Mag.",
                    "Sehr geehrte Frau Dr.",
                    "Sehr geehrte Frau Hofrätin",
                ]
                if p.female
                else [
                    "Sehr geehrter Herr Magister",
                    "Sehr geehrter Herr Mag.",
                    "Sehr geehrter Herr Dipl.-Ing.",
                    "Sehr geehrter Herr Hofrat",
                ]
            ),
            "weekday": lambda: rng.choice(values.WEEKDAYS_DE[:5]),
            "weekday_en": lambda: rng.choice(values.WEEKDAYS_EN[:5]),
            "date": lambda: m.write_date("de_DE", date),
            "date_en": lambda: m.write_date(loc if loc.startswith("en") else "en_GB", date),
            "time": lambda: f"{rng.randint(7, 18):02d}:{rng.choice(['00', '15', '30', '45'])}",
            "company": fk.company,
            "city": lambda: m.fakers[loc if loc.startswith("de") else "de_DE"].city(),
            "city_en": lambda: rng.choice(values.UK_TOWNS) if loc == "en_GB" else rng.choice(values.US_CITIES)[0],
            "ticket": lambda: rng.choice(
                [f"INC{d(7)}", f"#{d(5)}", f"SR-{date[2]}-{d(6)}", f"OPS-{d(4)}", f"TCK-{d(6)}"]
            ),
            "order": lambda: rng.choice(
                [f"45{d(8)}", f"PO-{date[2]}-{d(5)}", f"{date[2]}/{d(4)}", f"SO-{d(5)}", f"RE-{d(6)}"]
            ),
            "amount": lambda: self.amount(),
            "amount2": lambda: self.amount(),
            "dept": lambda: rng.choice(
                ["Einkauf", "Vertrieb", "Controlling", "Personal", "IT", "Logistik", "Marketing"]
            ),
            "dept_en": lambda: rng.choice(["Procurement", "Sales", "Finance", "HR", "IT", "Logistics", "Marketing"]),
            "ext": lambda: d(3),
            "relation": lambda: rng.choice(
                ["Ehemann", "Ehefrau", "Mutter", "Vater", "Partnerin", "Partner", "Schwester"]
            ),
            "relation_en": lambda: rng.choice(["husband", "wife", "mother", "father", "partner", "sister", "flatmate"]),
            "kw": lambda: str(rng.randint(1, 52)),
            "room": lambda: rng.choice([f"{rng.randint(1, 5)}.{rng.randint(1, 40):02d}", f"B{rng.randint(100, 499)}"]),
            "clinic": lambda: rng.choice(
                ["Riverside Medical Centre", "the Park Lane Surgery", "City Dental", "Northside Clinic"]
            ),
            "clinic_de": lambda: rng.choice(
                ["Praxis am Markt", "Hausarztpraxis Mitte", "Orthopädie am Park", "Klinik Nord"]
            ),
            "expiry": lambda: f"{rng.randint(1, 12):02d}/{rng.randint(26, 31)}",
            "insurer": lambda: rng.choice(["TK", "AOK Bayern", "Barmer", "ÖGK", "SVS", "CSS", "Helsana", "DAK"]),
            "nation": lambda: rng.choice(
                ["deutsch", "österreichisch", "schweizerisch", "türkisch", "polnisch", "italienisch"]
            ),
            "year": lambda: str(rng.choice([2024, 2025, 2026])),
            "pron": lambda: "sie" if p.female else "er",
            "pron_en": lambda: "she" if p.female else "he",
            "subject": lambda: rng.choice(["Unterlagen", "Termin", "Rückfrage", "Urlaubsplanung", "Angebot"]),
            "subject_en": lambda: rng.choice(["documents", "meeting", "quick question", "holiday plan", "quote"]),
            "role": lambda: rng.choice(["Teamleitung Vertrieb", "Sachbearbeitung", "Assistenz der Geschäftsführung"]),
            "role_en": lambda: rng.choice(["Account Manager", "Office Manager", "Head of Operations"]),
            "prio": lambda: rng.choice(["hoch", "mittel", "niedrig"]),
            "prio_en": lambda: rng.choice(["high", "medium", "low"]),
            "month": lambda: rng.choice(values.MONTHS_DE),
            "month_en": lambda: rng.choice(values.MONTHS_EN),
            "hotline": lambda: self.hotline(),
            "switchboard": lambda: self.switchboard(),
            "bracket_date": lambda: self.bracket_date(),
            "bracket_date2": lambda: self.bracket_date(),
            "tracking": lambda: rng.choice(["00340434" + d(12), "1Z" + d(16), "JJD" + d(15)]),
            "article": lambda: rng.choice([f"{d(3)}.{d(3)}.{d(2)}", f"{d(1)}-{d(3)}-{d(3)}-{d(2)}", f"A{d(6)}"]),
            "article2": lambda: rng.choice([f"{d(3)}.{d(3)}.{d(2)}", f"{d(1)}-{d(3)}-{d(3)}-{d(2)}", f"A{d(6)}"]),
            "ean": lambda: self.ean(),
            "pcode": lambda: self.pcode(),
            "pcode2": lambda: self.pcode(),
            "varname": lambda: rng.choice(
                [
                    "password_field",
                    "api_key",
                    "SECRET_KEY",
                    "db_password",
                    "AUTH_TOKEN",
                    "passwort_neu",
                    "token_env",
                    "OPENAI_API_KEY",
                    "pwd_confirm",
                    "client_secret",
                    "PASSWORD_MIN_LENGTH",
                    "access_token_name",
                ]
            ),  # fmt: skip
            "ustid": lambda: f"DE{d(9)}" if loc != "de_AT" else f"ATU{d(8)}",
            "vatno": lambda: f"GB {d(3)} {d(4)} {d(2)}" if loc == "en_GB" else f"EIN {d(2)}-{d(7)}",
            "street_only": lambda: m.fakers[loc if loc.startswith("de") else "de_DE"].street_name(),
            "street_only_en": lambda: f"{rng.choice(values.UK_PREFIX)} {rng.choice(values.UK_STREETS)}",
            "quarter": lambda: str(rng.randint(1, 4)),
            "version": lambda: f"{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
            "costcenter": lambda: d(4),
            "project": lambda: f"P-{d(2)}-{d(3)}",
        }
        if key not in simple:
            raise KeyError(f"unknown slot {{{key}}}")
        while True:  # a ticket or order number must not pass a card or national-number check by chance
            value = str(simple[key]())  # type: ignore[operator]
            if not lookalike_validates(value):
                return value

    def amount(self) -> str:
        value = self.m.rng.randint(500, 9_999_99)
        euros, cents = divmod(value, 100)
        if self.lang == "de":
            cur = "CHF" if self.locale == "de_CH" else "EUR"
            return f"{euros:,}".replace(",", ".") + f",{cents:02d} {cur}"
        return ("£" if self.locale == "en_GB" else "$") + f"{euros:,}.{cents:02d}"

    def hotline(self) -> str:
        rng, d = self.m.rng, self.m.digits
        forms = {
            "de_DE": [f"0800 {d(3)} {d(4)}", f"0800-{d(7)}", f"01805 {d(6)}", f"01806/{d(6)}", f"0180 5 {d(6)}"],
            "de_AT": [f"0800 {d(3)} {d(3)}", f"0810 {d(6)}", f"0820 {d(3)} {d(3)}"],
            "de_CH": [f"0800 {d(3)} {d(3)}", f"0848 {d(3)} {d(3)}", f"0844 {d(3)} {d(3)}"],
            "en_GB": [f"0800 {d(3)} {d(4)}", f"0345 {d(3)} {d(4)}", f"0300 {d(3)} {d(4)}", f"0808 {d(3)} {d(4)}"],
            "en_US": [f"1-800-{d(3)}-{d(4)}", f"(888) {d(3)}-{d(4)}", f"877-{d(3)}-{d(4)}", f"1-866-{d(3)}-{d(4)}"],
        }
        return rng.choice(forms[self.locale])

    def switchboard(self) -> str:
        rng, d = self.m.rng, self.m.digits
        forms = {
            "de_DE": [f"+49 89 {d(5)}-0", f"030 {d(6)}-0", f"+49 (0)40 {d(4)} 0", f"0221 {d(5)}-0"],
            "de_AT": [f"+43 1 {d(4)}-0", f"0732 {d(4)}-0"],
            "de_CH": [f"+41 44 {d(3)} 00 00", f"058 {d(3)} 00 00"],
            "en_GB": [f"020 7946 {d(1)}000", f"0161 496 {d(1)}000", f"+44 20 7946 {d(1)}000"],
            "en_US": [f"(212) {d(3)}-1000", f"415-{d(3)}-0000", f"+1 312 {d(3)} 1000"],
        }
        return rng.choice(forms[self.locale])

    def bracket_date(self) -> str:
        rng = self.m.rng
        date = (rng.randint(1, 28), rng.randint(1, 12), rng.choice([2025, 2026]))
        loc = self.locale if self.lang == "en" else "de_DE"
        inner = self.m.write_date(loc, date)
        return rng.choice([f"({inner})", f"[{inner}]", f"({date[2]}-{date[1]:02d}-{date[0]:02d})"])

    def ean(self) -> str:
        from stdnum import ean as std_ean

        body = self.m.rng.choice(["400", "401", "402", "900", "760", "500"]) + self.m.digits(9)
        return body + std_ean.calc_check_digit(body)

    def pcode(self) -> str:
        rng, d = self.m.rng, self.m.digits
        while True:
            code = rng.choice(
                [f"{rng.choice(['DE', 'AT', 'CH', 'GB'])}{d(2)} "
                 f"{rng.choice(['SKU', 'PRD', 'KONF', 'LAGR'])} {d(4)} {d(4)}",
                 f"DE-{rng.choice(['LAGER', 'MESSE'])}-{d(4)}-{d(4)}", f"GB{d(2)}-SHIP-{d(6)}"]
            )  # fmt: skip
            if not std_iban.is_valid(code):
                return code


def lookalike_validates(text: str) -> bool:
    """Whether a digit run in the text would pass a card or national-number check (look-alikes must not)."""
    for run in re.findall(r"\d{9,19}", text):
        if 13 <= len(run) <= 19 and luhn.is_valid(run):
            return True
        if any(values.national_valid(k, run) for k in CHECKSUMMED):
            return True
    return False


def allowed(template: str, locale: str) -> bool:
    if "|" in template[:12] and template[:2].isupper():
        tags = template.split("|", 1)[0].split(",")
        return locale[3:] in tags
    return True


def body(template: str) -> str:
    return template.split("|", 1)[1] if "|" in template[:12] and template[:2].isupper() else template


def render(template: str, ctx: Context, sub: Doc | None = None) -> Doc:
    text = body(template)
    if ctx.locale == "de_CH":
        text = text.replace("ß", "ss")
    doc, pos = Doc(), 0
    for match in SLOT.finditer(text):
        doc.add(text[pos : match.start()])
        if match.group(1) == "body" and sub is not None:
            doc.extend(sub)
        else:
            value, category = ctx.get(match.group(1))
            if category == "health" and value.startswith(("a ", "an ")):  # the article is not health data
                article, value = value.split(" ", 1)
                doc.add(article + " ")
            doc.add(value, category)
        pos = match.end()
    doc.add(text[pos:])
    return doc


def side(pool: list[str], test: bool) -> list[str]:
    """The templates of `pool` on one side of the split: the 40 % with the lowest sha256 go to test, the rest to
    tune (at least one on each side), so that no template, frame or clean sentence appears in both parts."""
    ranked = sorted(pool, key=lambda t: hashlib.sha256(t.encode("utf-8")).hexdigest())
    k = min(len(ranked) - 1, max(1, round(len(ranked) * TEST_SHARE / 100)))
    return ranked[:k] if test else ranked[k:]


def pick(rng: random.Random, pool: list[str], test: bool, locale: str) -> str:
    """A template from the text's side of the split that its locale allows."""
    return rng.choice([t for t in side(pool, test) if allowed(t, locale)])


def locale_for(pool: list[str], test: bool, locales: tuple[str, ...], i: int) -> str:
    """The i-th text's locale, or the next one that has a template on its side (a market-tagged pool may lack one)."""
    for k in range(len(locales)):
        locale = locales[(i + k) % len(locales)]
        if any(allowed(t, locale) for t in side(pool, test)):
            return locale
    raise ValueError("a pool without a template for any locale on one side of the split")


def build(seed: int = SEED, per_category: int = PER_CATEGORY) -> list[dict]:
    maker = values.Maker(seed)
    rng = maker.rng
    rows: list[dict] = []
    for lang in ("de", "en"):
        locales = values.LOCALES[lang]
        clean_pool = templates.CLEAN[lang]
        for category in CATEGORIES:
            pool = templates.PII[category, lang]
            for i in range(per_category):
                id_ = f"p3-{lang}-{category}-{i:04d}"
                test = is_test(id_)
                locale = locale_for(pool, test, locales, i)
                ctx = Context(maker, locale)
                doc = render(pick(rng, pool, test, locale), ctx)
                if rng.random() < 0.25:
                    doc = render(rng.choice(side(templates.FRAMES[lang], test)), ctx, doc)
                if rng.random() < 0.3:
                    extra = render(pick(rng, clean_pool, test, locale), ctx)
                    doc = join(doc, extra, rng.random() < 0.5, rng.choice(["\n\n", " ", "\n"]))
                rows.append(row(id_, lang, locale, "pii", doc))
        for i in range(per_category * len(CATEGORIES)):
            id_ = f"p3-{lang}-clean-{i:04d}"
            test = is_test(id_)
            locale = locale_for(clean_pool, test, locales, i)
            ctx = Context(maker, locale)
            doc = render(pick(rng, clean_pool, test, locale), ctx)
            if rng.random() < 0.35:
                extra = render(pick(rng, clean_pool, test, locale), ctx)
                doc = join(doc, extra, False, rng.choice(["\n\n", " ", "\n"]))
            if rng.random() < 0.3:
                doc = render(rng.choice(side(templates.CLEAN_FRAMES[lang], test)), ctx, doc)
            rows.append(row(id_, lang, locale, "clean", doc))
    return rows


def join(first: Doc, second: Doc, swap: bool, sep: str) -> Doc:
    out = Doc()
    a, b = (second, first) if swap else (first, second)
    out.extend(a)
    out.add(sep)
    out.extend(b)
    return out


def row(id_: str, lang: str, locale: str, kind: str, doc: Doc) -> dict:
    return {
        "id": id_,
        "lang": lang,
        "locale": locale,
        "kind": kind,
        "text": doc.text,
        "names": [],
        "expected": doc.labels,
    }


def is_test(id_: str) -> bool:
    return int(hashlib.sha256(id_.encode("utf-8")).hexdigest(), 16) % 100 < TEST_SHARE


def label_valid(category: str, text: str, locale: str) -> bool:
    """Whether a labelled value passes its validator (tax-id, iban, credit-card); other categories: True."""
    if category == "tax-id":
        return any(values.national_valid(k, text) for k in KINDS[locale])
    if category == "iban":
        return std_iban.is_valid(text)
    if category == "credit-card":
        return luhn.is_valid(re.sub(r"[ -]", "", text))
    return True


def check(rows: list[dict]) -> list[str]:
    """Problems of the corpus (empty when it is well-formed)."""
    problems: list[str] = []
    values_seen: set[str] = set()
    for r in rows:
        end = 0
        for lab in sorted(r["expected"], key=lambda x: x["start"]):
            if r["text"][lab["start"] : lab["end"]] != lab["text"] or not lab["text"].strip():
                problems.append(f"{r['id']}: span {lab}")
            if lab["start"] < end:
                problems.append(f"{r['id']}: overlapping labels at {lab['start']}")
            end = lab["end"]
            if not label_valid(lab["category"], lab["text"], r["locale"]):
                problems.append(f"{r['id']}: {lab['category']} {lab['text']!r} does not validate")
            if lab["category"] not in ("name", "health") or " " in lab["text"] and lab["category"] == "name":
                values_seen.add(lab["text"])  # health terms and lone first names are words clean texts may use
        if r["kind"] == "clean" and r["expected"]:
            problems.append(f"{r['id']}: clean text with labels")
        if r["kind"] == "pii" and not r["expected"]:
            problems.append(f"{r['id']}: text with personal data but no label")
    clean = [r for r in rows if r["kind"] == "clean"]
    joined = "\x00".join(r["text"] for r in clean)  # one substring search per value, not per text
    for value in sorted(v for v in values_seen if len(v) >= 5 and v in joined):
        for r in clean:
            if value in r["text"]:
                problems.append(f"{r['id']}: clean text contains the labelled value {value!r}")
    for r in clean:
        if lookalike_validates(r["text"]):
            problems.append(f"{r['id']}: a look-alike number validates")
    ids = Counter(r["id"] for r in rows)
    problems += [f"duplicate id {k}" for k, n in ids.items() if n > 1]
    counts = Counter((lab["category"], r["lang"]) for r in rows if is_test(r["id"]) for lab in r["expected"])
    for category in CATEGORIES:
        for lang in ("de", "en"):
            if counts[category, lang] < MIN_TEST_LABELS:
                problems.append(f"test part: only {counts[category, lang]} {category} labels in {lang}")
    return problems


def dump(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def write(outdir: Path, rows: list[dict]) -> tuple[int, int]:
    outdir.mkdir(parents=True, exist_ok=True)
    test = [r for r in rows if is_test(r["id"])]
    tune = [r for r in rows if not is_test(r["id"])]
    (outdir / "test.jsonl").write_text(dump(test), encoding="utf-8")
    (outdir / "tune.jsonl").write_text(dump(tune), encoding="utf-8")
    return len(test), len(tune)


def main(argv: list[str]) -> int:
    outdir = Path(argv[0]) if argv else HERE
    import faker

    if faker.VERSION != FAKER_VERSION:
        print(f"note: Faker {faker.VERSION}, the committed corpus was made with {FAKER_VERSION}", file=sys.stderr)
    rows = build()
    problems = check(rows)
    if problems:
        print(f"{len(problems)} problems, nothing written:", *problems[:20], sep="\n", file=sys.stderr)
        return 1
    n_test, n_tune = write(outdir, rows)
    labels = Counter(lab["category"] for r in rows for lab in r["expected"])
    print(f"{len(rows)} texts: test {n_test}, tune {n_tune}; labels {dict(sorted(labels.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
