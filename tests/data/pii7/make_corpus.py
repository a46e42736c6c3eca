"""Build the pii7 corpus (issue 14, eighth session): a held-out personal-data corpus in voices pii2..pii6 did not use.

Run: .venv/bin/python tests/data/pii7/make_corpus.py [OUTDIR]   (default: this folder)
Deterministic (SEED, one random.Random and one seeded Faker per locale). The mechanism (Doc, render(), the split by
id and by template, the self-check, writing) is tests/data/corpuskit.py; the slot table (Context), templates, values
and names here are pii7's own. The self-check runs before anything is written. The scanner is never run on this
corpus here.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
for folder in (HERE, HERE.parent):  # this corpus's templates/values/names, and the shared corpuskit
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

import corpuskit  # noqa: E402
import templates  # noqa: E402
import values  # noqa: E402
from corpuskit import FAKER_VERSION, HEALTH_MARK, KINDS, SLOT  # noqa: E402, F401 - the tests read them

side, body = corpuskit.side, corpuskit.body  # the tests read them too

SEED = 8_120_626_7

# health words about a person, drawn into {sick} {dx} {med} {cond} (German) and {sick_en} ... (English)
DE_SICK = ["krankgeschrieben", "arbeitsunfähig", "krank gemeldet", "mit AU daheim", "beim Hausarzt"]
DE_DX = [
    "Bandscheibenvorfall", "Long Covid", "Burnout", "Depression", "Migräne", "Tinnitus", "Hörsturz",
    "Diabetes Typ 2", "Morbus Crohn", "Multiple Sklerose", "Reizdarmsyndrom", "Hashimoto", "Ischias",
    "Kreuzbandriss", "Borreliose", "Lungenentzündung", "Nierenkolik", "Angststörung", "Fatigue", "Arthrose",
    "Herzrhythmusstörungen", "Gipsarm", "Mandelentzündung", "Thrombose", "Sehnenscheidenentzündung", "Bänderriss",
    "Magengeschwür", "Pfeiffersches Drüsenfieber", "Zwangsstörung", "PTBS", "Alkoholabhängigkeit", "Neurodermitis",
    "Laktoseintoleranz", "Mukoviszidose", "Lungenembolie",
]  # fmt: skip
DE_MED = ["Metformin 1000 mg", "L-Thyroxin 75 µg", "Sertralin 50 mg", "Ibuprofen 800", "Insulin", "Venlafaxin 75 mg",
          "Eliquis 5 mg", "Prednisolon 20 mg", "Methotrexat", "Cortison-Spray", "Pantoprazol 40 mg", "Amlodipin 5 mg",
          "Ritalin", "Xarelto"]  # fmt: skip
DE_COND = ["Merkzeichen aG", "Schwerbehindertenausweis", "GdB 50", "Gleichstellung (GdB 30)", "Lese-Rechtschreib-Störung",
           "Sehbehinderung", "Gehbehinderung", "Rollator", "Hörbehinderung", "Asperger-Syndrom", "Down-Syndrom",
           "Tetraplegie", "Blindheit (Merkzeichen Bl)"]  # fmt: skip
EN_SICK = ["off sick", "signed off", "on the sick", "off with a sick note", "at the doctor's"]
EN_DX = [
    "a slipped disc", "long COVID", "burnout", "depression", "migraines", "tinnitus", "type 2 diabetes",
    "Crohn's disease", "MS", "IBS", "sciatica", "a broken wrist", "pneumonia", "tonsillitis", "anxiety",
    "ME/CFS", "arthritis", "an irregular heartbeat", "kidney stones", "shingles", "a torn ligament", "a blood clot",
    "a stomach ulcer", "glandular fever", "OCD", "PTSD", "alcohol dependency", "eczema", "cystic fibrosis",
    "a sprained ankle", "bronchitis", "vertigo", "lupus",
]  # fmt: skip
EN_MED = ["metformin 500mg", "levothyroxine 50mcg", "sertraline 50mg", "naproxen", "insulin", "propranolol 40mg",
          "apixaban", "prednisolone", "an EpiPen", "omeprazole 20mg", "amlodipine 5mg",
          "methylphenidate", "a Ventolin inhaler"]  # fmt: skip
EN_COND = ["dyslexia", "autism", "ADHD", "a visual impairment", "MS", "hearing loss", "a mobility impairment",
           "chronic fatigue", "Down syndrome", "a spinal cord injury", "sight loss"]  # fmt: skip
HEALTH = {"sick": DE_SICK, "dx": DE_DX, "med": DE_MED, "cond": DE_COND,
          "sick_en": EN_SICK, "dx_en": EN_DX, "med_en": EN_MED, "cond_en": EN_COND}  # fmt: skip

CAPS = re.compile(r"caps(\d)")
ALLCAPS = re.compile(r"allcaps(\d)")


class Context(corpuskit.PersonContext):
    """pii7's slots: PersonContext's persons, plus SURNAME Given, key-safe codes and this corpus's plain values."""

    health = HEALTH
    national_valid = staticmethod(values.national_valid)

    def special(self, key: str) -> tuple[str, str | None] | None:
        caps = CAPS.fullmatch(key)
        if caps:
            p = self.person(caps.group(1))
            return f"{p.last.upper()} {p.first}", "name"
        allcaps = ALLCAPS.fullmatch(key)
        if allcaps:
            return self.person(allcaps.group(1)).name.upper(), "name"
        if key == "keysafe":
            return self.m.keysafe(), "secret"
        return None

    def plain_values(self, p: Any) -> dict[str, corpuskit.Values]:  # noqa: C901 - one table of slots
        m, rng, loc = self.m, self.m.rng, self.locale
        fk, d, date = m.fakers[loc], m.digits, self.date
        en_loc = loc if loc.startswith("en") else "en_GB"
        return {
            "date": lambda: m.plain_date("de_DE", date),
            "date2": lambda: f"{min(date[0] + 14, 28):02d}.{date[1]:02d}.{date[2]}",
            "date_en": lambda: m.plain_date(en_loc, date),
            "ddmm": lambda: f"{date[0]:02d}.{date[1]:02d}",
            "ddmm_en": lambda: (
                f"{date[1]}/{date[0]}/{date[2] % 100}" if loc == "en_US" else f"{date[0]:02d}/{date[1]:02d}/{date[2]}"
            ),
            "time": lambda: f"{rng.randint(6, 19):02d}:{rng.randint(0, 59):02d}",
            "time2": lambda: self.later(self.get("time")[0]),
            "logts": lambda: (
                f"{date[2]}-{date[1]:02d}-{date[0]:02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"
            ),
            "weekday": lambda: rng.choice(values.WEEKDAYS_DE[:5]),
            "weekday_en": lambda: rng.choice(values.WEEKDAYS_EN[:5]),
            "month": lambda: rng.choice(values.MONTHS_DE),
            "month_en": lambda: rng.choice(values.MONTHS_EN),
            "year": lambda: str(date[2]),
            "amount": self.amount,
            "amount2": self.amount,
            "hotline": self.hotline,
            "switchboard": self.switchboard,
            "bracket_date": self.bracket_date,
            "ean": self.ean,
            "company": lambda: self.company(fk),
            "city": lambda: m.fakers[loc if loc.startswith("de") else "de_DE"].city(),
            "city_en": lambda: rng.choice(values.GB_TOWNS)[0] if loc == "en_GB" else rng.choice(values.US_CITIES)[0],
            "ticket": lambda: rng.choice([f"SEC-{d(4)}", f"KYC-{d(6)}", f"Vorgang {d(5)}", f"#{d(5)}"]),
            "ticket_en": lambda: rng.choice([f"SEC-{d(4)}", f"KYC-{d(6)}", f"CASE-{d(5)}", f"#{d(5)}"]),
            "order": lambda: rng.choice([f"VVK-{d(6)}", f"BO{d(7)}", f"RMA-{d(5)}", f"{d(3)}-{d(5)}"]),
            "claim": lambda: rng.choice([f"RK-{date[2]}-{d(4)}", f"EXP-{d(6)}", f"TC{d(5)}"]),
            "parcel": lambda: rng.choice(
                [f"JJD{d(14)}", f"{d(4)} {d(4)} {d(4)}", f"1Z{d(6)}A{d(9)}", f"H{d(4)}A{d(10)}"]
            ),
            "tour": lambda: f"{rng.choice('ABCDEF')}{rng.randint(10, 99)}",
            "store": lambda: rng.choice(["Filiale 0412", "Markt Nord", "Outlet Süd", "store 221"]),
            "venue": lambda: rng.choice(
                ["Stadthalle", "Kulturzentrum Alte Mälzerei", "Open Air am Hafen", "Jazzkeller"]
            ),
            "venue_en": lambda: rng.choice(["the Corn Exchange", "Riverside Arena", "the Playhouse", "Summer Fair"]),
            "kk": lambda: rng.choice(["AOK", "TK", "Barmer", "DAK", "ÖGK", "CSS", "Helsana", "IKK classic"]),
            "plate": lambda: rng.choice(
                [
                    f"DD-{rng.choice(['AB', 'KL', 'Z'])} {rng.randint(10, 999)}",
                    f"M-{rng.choice(['XY', 'Q'])} {rng.randint(10, 9999)}",
                    f"S-{rng.choice(['EW', 'T'])} {rng.randint(10, 999)}",
                ]
            ),  # fmt: skip
            "plate_en": lambda: rng.choice(
                [f"SA{d(2)} {rng.choice(['XKD', 'BNT', 'LMR'])}", f"{d(3)}-{rng.choice(['KTR', 'BNM'])}"]
            ),
            "site": lambda: rng.choice(["Halle 4", "Lager Ost", "Filiale Mitte", "Depot B"]),
            "ssid": lambda: rng.choice(["LAGER-5G", "Kasse_WLAN", "Depot-Staff", "BoxOffice"]),
            "svc": lambda: rng.choice(["ticket-shop", "loyalty-api", "kyc-worker", "badge-sync", "wms"]),
            "ms": lambda: str(rng.randint(3, 900)),
            "version": lambda: f"{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
            "count": lambda: str(rng.randint(3, 240)),
            "count2": lambda: str(rng.randint(2, 60)),
            "pct": lambda: str(rng.randint(2, 12)),
            "d4": lambda: d(4),
            "expiry": lambda: f"{rng.randint(1, 12):02d}/{rng.randint(27, 32)}",
            "nation": lambda: rng.choice(
                ["deutsch", "isländisch", "kongolesisch", "kanadisch", "usbekisch", "maltesisch"]
            ),
            "nation_en": lambda: rng.choice(["Icelandic", "Congolese", "Canadian", "Uzbek", "Maltese", "Welsh"]),
            "dept": lambda: rng.choice(["Lager", "Kasse", "Personal", "Buchhaltung", "Empfang", "Fuhrpark"]),
            "dept_en": lambda: rng.choice(["Warehouse", "Box Office", "HR", "Accounts", "Reception", "Fleet"]),
            "room": lambda: rng.choice(["Raum 2.14", "Kantine", "Schulungsraum B"]),
            "room_en": lambda: rng.choice(["Room 214", "the canteen", "Training Room B"]),
            "job": lambda: rng.choice(["Lagerist (m/w/d)", "Kassierer:in", "Sachbearbeitung KYC (m/w/d)"]),
            "job_en": lambda: rng.choice(["Warehouse Operative", "Box Office Assistant", "KYC Analyst"]),
            "subject": lambda: rng.choice(["Reisekosten", "Parkausweis", "Kundenkarte", "Inventur", "Protokoll"]),
            "subject_en": lambda: rng.choice(["Expenses", "Parking permit", "Loyalty card", "Stocktake", "Minutes"]),
            "varname": lambda: rng.choice(
                [
                    "SHOPIFY_ADMIN_TOKEN",
                    "gitlab_pat",
                    "KASSE_PASSWORT",
                    "doToken",
                    "square.access_token",
                    "PULUMI_ACCESS_TOKEN",
                    "wlan_psk",
                ]
            ),  # fmt: skip
            "masked": lambda: rng.choice(
                ["(siehe KeePass)", "****", "<redacted>", "${{ secrets.GITLAB_PAT }}", "[entfernt]"]
            ),
        }


def avoid_template_words() -> None:
    """A Faker name equal to a capitalised word of the templates or of this file is drawn again: it would occur
    unlabelled."""
    values.AVOID.clear()
    values.AVOID.update(corpuskit.capitalised_words(templates, Path(__file__).read_text(encoding="utf-8")))
    values.AVOID.update(corpuskit.capitalised_words(templates, (HERE / "values.py").read_text(encoding="utf-8")))


SPEC = corpuskit.Spec.of(
    "p7", values, templates, per_category=160, whole_word_leaks=True, name_words=corpuskit.name_words(values)
)
GENERATOR = corpuskit.Generator(SPEC, SEED, values.Maker, Context, HERE, avoid_template_words)
build, check, label_valid, main = GENERATOR.build, GENERATOR.check, GENERATOR.label_valid, GENERATOR.main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
