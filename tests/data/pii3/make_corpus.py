"""Build the pii3 corpus (issue 14): a held-out personal-data corpus in voices unlike pii2's, split once.

Run: .venv/bin/python tests/data/pii3/make_corpus.py [OUTDIR]   (default: this folder)
Deterministic (SEED, one random.Random and one seeded Faker per locale); a self-check runs before anything is
written: every label's text equals text[start:end], labels do not overlap, national numbers, IBANs and cards
validate, no clean text has a label or contains a labelled value, and no look-alike number in a clean text
validates as a card or national number. Split by int(sha256(id), 16) % 100 < 40 -> test.jsonl, else tune.jsonl,
and by template: every pool of templates, frames and clean sentences is cut 40/60 by the templates' sha256, and a
text draws only from its own side, so no template appears in both parts (see corpuskit.side()). That mechanism
is tests/data/corpuskit.py, shared with pii4 and pii5; the slots and values here are pii3's own.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for folder in (HERE, HERE.parent):  # this corpus's templates/values/names, and the shared corpuskit
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

import corpuskit  # noqa: E402
import templates  # noqa: E402
import values  # noqa: E402
from stdnum import iban as std_iban  # noqa: E402

SEED = 3_141_2027
SPEC = corpuskit.Spec.of(
    "p3", values, templates, per_category=200,
    merge_names=False,  # pii3 labels "{first1} {last1}" as two names
)

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

class Context(corpuskit.Context):
    """pii3's slots: one tax number cue per text, sick-note words, and its plain values."""

    national_valid = staticmethod(values.national_valid)

    def __init__(self, maker: values.Maker, locale: str) -> None:
        super().__init__(maker, locale)
        self.cue: tuple[str, str] | None = None

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

    def plain_values(self, p: values.Person) -> dict[str, corpuskit.Values]:  # noqa: C901 - one table of slots
        m, rng, loc = self.m, self.m.rng, self.locale
        fk = m.fakers[loc]
        d = m.digits
        date = (rng.randint(1, 28), rng.randint(1, 12), rng.choice([2025, 2026]))
        return {
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



GENERATOR = corpuskit.Generator(SPEC, SEED, values.Maker, Context, HERE)
build, check, label_valid, main = GENERATOR.build, GENERATOR.check, GENERATOR.label_valid, GENERATOR.main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
