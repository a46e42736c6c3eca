"""Build the pii5 corpus (issue 14): a held-out personal-data corpus in voices unlike pii2's, pii3's and pii4's.

Run: .venv/bin/python tests/data/pii5/make_corpus.py [OUTDIR]   (default: this folder)
Deterministic (SEED, one random.Random and one seeded Faker per locale); a self-check runs before anything is
written: every label's text equals text[start:end], labels do not overlap, national numbers, IBANs and cards
validate, no clean text has a label or contains a labelled value, no look-alike number in a clean text validates
as a card or national number, every occurrence of a labelled name is labelled, and the test part has enough labels.
Split by int(sha256(id), 16) % 100 < 40 -> test.jsonl, else tune.jsonl, and by template: every pool of templates,
frames and clean sentences is cut 40/60 by the templates' sha256, and a text draws only from its own side, so no
template appears in both parts (see corpuskit.side()). The mechanism (Doc, Context, side(), the self-check) is
tests/data/corpuskit.py, shared with pii3 and pii4; templates, values, names and slots here are pii5's own. The
scanner is never run on this corpus here.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for folder in (HERE, HERE.parent):  # this corpus's templates/values/names, and the shared corpuskit
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

import corpuskit  # noqa: E402
import templates  # noqa: E402
import values  # noqa: E402

SEED = 5_061_226_7
SPEC = corpuskit.Spec.of(
    "p5", values, templates,
    whole_word_leaks=True,
    name_words=corpuskit.name_words(values),
)

# health words about a person, drawn into {sick} {dx} {med} {cond} (German) and {sick_en} ... (English)
DE_SICK = ["AU-Bescheinigung", "Krankschreibung", "Arbeitsunfähigkeitsbescheinigung", "Krankmeldung",
           "ärztliche Bescheinigung", "Folgebescheinigung"]  # fmt: skip
DE_DX = [
    "Bandscheibenvorfall", "Migräne", "Depression", "Burn-out", "Long Covid", "Borreliose", "Diabetes Typ 2",
    "Tinnitus", "Hörsturz", "Kreuzbandriss", "Neurodermitis", "Multiple Sklerose", "Epilepsie", "Morbus Crohn",
    "Gürtelrose", "Ischias", "Lungenentzündung", "Bronchitis", "Angststörung", "Alkoholabhängigkeit",
    "Sprunggelenksfraktur", "Herzrhythmusstörungen",
]  # fmt: skip
DE_MED = ["Ibuprofen 600 mg", "Metformin 1000 mg", "Sertralin 50 mg", "L-Thyroxin 75 µg", "Pantoprazol 40 mg",
          "Methylphenidat 20 mg", "Insulin glargin", "Amoxicillin 1000 mg", "Venlafaxin 75 mg", "Cetirizin 10 mg"]  # fmt: skip
DE_COND = ["Pflegegrad 3", "Pflegegrad 2", "GdB 50", "GdB 30", "Merkzeichen aG", "Penicillinallergie",
           "Laktoseintoleranz", "Nussallergie", "Risikoschwangerschaft", "Typ-1-Diabetes", "Hörbehinderung",
           "Schwerbehindertenstatus"]  # fmt: skip
EN_SICK = ["fit note", "sick note", "medical certificate", "doctor's note", "self-certification form", "sick leave"]
EN_DX = [
    "a slipped disc", "migraines", "depression", "burnout", "long COVID", "Lyme disease", "type 2 diabetes",
    "tinnitus", "a torn ligament", "eczema", "MS", "epilepsy", "Crohn's disease", "shingles", "sciatica",
    "a chest infection", "pneumonia", "an anxiety disorder", "alcohol dependency", "a fractured ankle",
    "an irregular heartbeat", "PTSD",
]  # fmt: skip
EN_MED = ["sertraline 50mg", "metformin 500mg", "amitriptyline 10mg", "levothyroxine 100mcg", "naproxen 500mg",
          "prednisolone 5mg", "insulin glargine", "omeprazole 20mg", "fluoxetine 20mg", "methotrexate"]  # fmt: skip
EN_COND = ["a wheelchair user", "coeliac", "partially sighted", "hard of hearing", "type 1 diabetic", "epileptic",
           "registered blind", "on dialysis", "severely allergic to nuts", "allergic to penicillin", "in remission",
           "on oxygen at night"]  # fmt: skip

class Context(corpuskit.PersonContext):
    """pii5's slots: health words, SSH keys and PINs, and its plain values."""

    national_valid = staticmethod(values.national_valid)
    health = {
        "sick": DE_SICK, "dx": DE_DX, "med": DE_MED, "cond": DE_COND,
        "sick_en": EN_SICK, "dx_en": EN_DX, "med_en": EN_MED, "cond_en": EN_COND,
    }  # fmt: skip
    child_birth_years = (2009, 2020)

    def special(self, key: str) -> tuple[str, str | None] | None:
        if key == "sshkey":
            return self.m.ssh_key(), "secret"
        if key in ("pin", "pin2"):
            return self.m.pin(), "secret"
        return None

    def plain_values(self, p: values.Person) -> dict[str, corpuskit.Values]:  # noqa: C901 - one table of slots
        m, rng, loc = self.m, self.m.rng, self.locale
        fk = m.fakers[loc]
        d = m.digits
        date = self.date
        return {
            "date": lambda: m.write_date("de_DE", date),
            "date_en": lambda: m.write_date(loc if loc.startswith("en") else "en_GB", date),
            "ddmmyy": lambda: f"{date[0]:02d}.{date[1]:02d}.{date[2] % 100:02d}",
            "ddmmyy_en": lambda: (
                f"{date[1]}/{date[0]}/{date[2] % 100:02d}"
                if loc == "en_US"
                else f"{date[0]:02d}/{date[1]:02d}/{date[2]}"
            ),  # fmt: skip
            "iso": lambda: f"{date[2]}-{date[1]:02d}-{date[0]:02d}",
            "time": lambda: f"{rng.randint(7, 18):02d}:{rng.choice(['00', '05', '15', '30', '40', '45'])}",
            "time2": lambda: self.later(self.get("time")[0]),
            "stamp": lambda: f"{rng.randint(0, 1):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
            "stamp2": lambda: f"{rng.randint(0, 1):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
            "logts": lambda: (
                f"{date[2]}-{date[1]:02d}-{date[0]:02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:"
                f"{rng.randint(0, 59):02d}.{d(3)}Z"
            ),
            "weekday": lambda: rng.choice(values.WEEKDAYS_DE[:5]),
            "weekday_en": lambda: rng.choice(values.WEEKDAYS_EN[:5]),
            "month": lambda: rng.choice(values.MONTHS_DE),
            "month_en": lambda: rng.choice(values.MONTHS_EN),
            "year": lambda: str(date[2]),
            "kw": lambda: str(rng.randint(2, 51)),
            "company": lambda: self.company(fk),
            "company2": lambda: self.company(m.fakers[rng.choice(list(m.fakers))]),
            "city": lambda: m.fakers[loc if loc.startswith("de") else "de_DE"].city(),
            "city_en": lambda: rng.choice(values.UK_TOWNS)[0] if loc == "en_GB" else rng.choice(values.US_CITIES)[0],
            "ticket": lambda: rng.choice([f"HD-{d(5)}", f"JIRA-{d(4)}", f"CS{d(6)}", f"Vorgang {d(6)}", f"#{d(4)}"]),
            "ticket_en": lambda: rng.choice([f"HD-{d(5)}", f"SUP-{d(4)}", f"CASE-{d(6)}", f"#{d(4)}"]),
            "order": lambda: rng.choice([f"AB-{date[2]}-{d(4)}", f"{d(3)}-{d(7)}-{d(7)}", f"B{d(7)}", f"LS {d(6)}"]),
            "aktenzeichen": lambda: rng.choice(
                [
                    f"{rng.randint(1, 9)} K {d(3)}/{date[2] % 100}",
                    f"Az. {d(3)}.{d(2)}-{d(4)}/{date[2] % 100}",
                    f"GZ {d(4)}-{d(3)}/{date[2]}",
                ]
            ),  # fmt: skip
            "claimno": lambda: rng.choice([f"SCH-{date[2]}-{d(6)}", f"S {d(2)}/{d(6)}", f"CLM{d(8)}"]),
            "policy": lambda: rng.choice([f"KV-{d(3)}.{d(3)}", f"{d(2)}.{d(3)}.{d(3)}-K", f"POL-{d(6)}"]),
            "pnr": lambda: "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
            "flight": lambda: (
                rng.choice(["LH", "OS", "LX", "EW", "BA", "U2", "UA", "DL"]) + str(rng.randint(100, 2999))
            ),
            "seat": lambda: f"{rng.randint(3, 38)}{rng.choice('ABCDEF')}",
            "iata": lambda: rng.choice(["FRA", "MUC", "VIE", "ZRH", "BER", "HAM", "LHR", "MAN", "JFK", "ORD", "GVA"]),
            "iata2": lambda: rng.choice(["LIS", "BCN", "CDG", "AMS", "DUB", "EDI", "BOS", "SFO", "CPH", "ATH"]),
            "amount": lambda: self.amount(),
            "amount2": lambda: self.amount(),
            "room": lambda: rng.choice(
                [
                    f"R{rng.randint(100, 499)}",
                    f"Raum {rng.randint(1, 4)}.{rng.randint(1, 30)}",
                    "Besprechungsraum Alpen",
                    "Konferenzraum Rhein",
                ]
            ),  # fmt: skip
            "room_en": lambda: rng.choice([f"Room {rng.randint(100, 499)}", "the Boardroom", "Meeting Room Thames"]),
            "dept": lambda: rng.choice(["Einkauf", "Buchhaltung", "Empfang", "IT-Service", "Lager", "Personal"]),
            "dept_en": lambda: rng.choice(
                ["Purchasing", "Accounts", "Reception", "IT Service Desk", "Warehouse", "HR"]
            ),
            "role": lambda: rng.choice(["Sachbearbeitung", "Teamleitung", "Werkstudium", "Projektleitung", "Azubi"]),
            "role_en": lambda: rng.choice(["Team Lead", "Office Coordinator", "Data Analyst", "Payroll Officer"]),
            "job": lambda: rng.choice(
                [
                    "Buchhalter:in (m/w/d)",
                    "Junior Controller (m/w/d)",
                    "Sachbearbeitung Einkauf",
                    "IT-Administrator (m/w/d)",
                    "Kaufmann/-frau für Büromanagement",
                ]
            ),  # fmt: skip
            "job_en": lambda: rng.choice(
                [
                    "Payroll Specialist",
                    "Junior Data Analyst",
                    "Facilities Coordinator",
                    "Customer Success Manager",
                    "Accounts Assistant",
                ]
            ),  # fmt: skip
            "ext": lambda: d(3),
            "expiry": lambda: f"{rng.randint(1, 12):02d}/{rng.randint(27, 32)}",
            "hotline": lambda: self.hotline(),
            "switchboard": lambda: self.switchboard(),
            "bracket_date": lambda: self.bracket_date(),
            "article": lambda: rng.choice([f"Art.-Nr. {d(6)}", f"SKU {d(3)}-{d(4)}", f"{d(2)}.{d(3)}.{d(3)}"]),
            "article_en": lambda: rng.choice([f"SKU {d(3)}-{d(4)}", f"item {d(6)}", f"part no. {d(2)}-{d(5)}"]),
            "ean": lambda: self.ean(),
            "pcode": lambda: rng.choice(
                [
                    f"{rng.choice(['AT', 'DE', 'CH'])}-{d(3)}-{rng.choice(['XL', 'BK', 'RT'])}",
                    f"GB{d(2)} CONF {d(4)}",
                    f"DE{d(2)} MUST {d(4)} {d(4)}",
                ]
            ),  # fmt: skip
            "varname": lambda: rng.choice(
                [
                    "DB_PASSWORD",
                    "stripe_secret_key",
                    "SMTP_PASS",
                    "jwt_secret",
                    "GITHUB_TOKEN",
                    "password_hash_rounds",
                    "API_KEY_HEADER",
                    "kennwort_alt",
                    "AZURE_CLIENT_SECRET",
                    "token_ttl_seconds",
                    "REDIS_PASSWORD",
                    "secretName",
                ]
            ),  # fmt: skip
            "masked": lambda: rng.choice(
                [
                    "********",
                    "sk-...XXXX",
                    "ghp_****************",
                    "<REDACTED>",
                    "•••••••",
                    "${DB_PASSWORD}",
                    "{{ secrets.API_TOKEN }}",
                    "xxxx-xxxx",
                    "[entfernt]",
                ]
            ),
            "sha": lambda: "".join(rng.choice("0123456789abcdef") for _ in range(7)),
            "ip": lambda: f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            "port": lambda: str(rng.choice([5432, 6379, 8080, 3306, 443, 9200])),
            "host": lambda: rng.choice(
                ["db-prod-01.internal", "redis.staging.local", "api.example.com", "smtp.office365.com"]
            ),
            "version": lambda: f"{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
            "ms": lambda: str(rng.randint(3, 2400)),
            "count": lambda: str(rng.randint(3, 240)),
            "count2": lambda: str(rng.randint(2, 60)),
            "pct": lambda: str(rng.randint(2, 98)),
            "event_en": lambda: rng.choice(["the regional HR meetup", "PyCon UK", "the care sector expo", "FOSDEM"]),
            "product": lambda: rng.choice(
                ["Rollator Standard", "Blutdruckmessgerät", "Bürostuhl Ergo 3", "Ersatzakku", "Thermobecher"]
            ),
            "product_en": lambda: rng.choice(
                ["walking frame", "blood pressure monitor", "spare battery", "travel mug"]
            ),
            "school": lambda: rng.choice(["Grundschule am Bach", "Mittelschule Süd", "Gymnasium am Rosenberg"]),
            "school_en": lambda: rng.choice(["St Ninian's Primary", "Hillcrest Academy", "Lincoln Middle School"]),
            "klasse": lambda: rng.choice(["2a", "5c", "8b", "10d"]),
            "nation": lambda: rng.choice(["deutsch", "österreichisch", "schweizerisch", "italienisch", "türkisch"]),
            "svc": lambda: rng.choice(["billing-api", "termin-sync", "rx-export", "member-portal", "pod-router"]),
            "pharmacy": lambda: rng.choice(
                ["Linden-Apotheke", "Apotheke am Markt", "Stern-Apotheke", "Bahnhof-Apotheke"]
            ),
            "pharmacy_en": lambda: rng.choice(["Boots", "Well Pharmacy", "Lloyds Pharmacy", "CVS", "Walgreens"]),
            "practice": lambda: rng.choice(
                [
                    "Praxis für Physiotherapie am Stadtpark",
                    "Hausarztpraxis Mitte",
                    "Gemeinschaftspraxis am Ring",
                    "Physio Vital",
                    "Zahnarztpraxis im Hof",
                ]
            ),
            "practice_en": lambda: rng.choice(
                [
                    "Riverside Physio",
                    "Northgate Dental",
                    "Meadowbank Surgery",
                    "Harbourside Medical Group",
                    "Oakwood Family Practice",
                ]
            ),
            "vet": lambda: rng.choice(["Tierarztpraxis am Wald", "Kleintierpraxis Sonnenhof", "Tierklinik Nord"]),
            "vet_en": lambda: rng.choice(["Hillside Vets", "Companion Care Vets", "Paws & Claws Animal Hospital"]),
            "pet": lambda: rng.choice(
                ["Bello", "Minka", "Luna", "Rocky", "Filou", "Krümel", "Biscuit", "Pickles", "Mr Whiskers", "Bailey"]
            ),
            "club": lambda: rng.choice(
                [
                    "TSV Eintracht",
                    "SC Blau-Weiß",
                    "Turnverein 1862",
                    "FC Wacker",
                    "Schachclub Springer",
                    "Ruderverein Germania",
                ]
            ),
            "club_en": lambda: rng.choice(
                [
                    "Riverside Rowing Club",
                    "St Mary's Cricket Club",
                    "Eastfield Harriers",
                    "Parkside Tennis Club",
                    "Lakeside Chess Club",
                ]
            ),
            "parish": lambda: rng.choice(
                ["Pfarrei St. Michael", "Ev. Kirchengemeinde Am Hang", "Pfarrverband Isartal"]
            ),
            "parish_en": lambda: rng.choice(["St Andrew's Parish", "Holy Trinity Church", "Grace Community Church"]),
            "hotel": lambda: rng.choice(["Hotel Alpenblick", "Landgasthof Krone", "Hotel am Dom", "Seehotel Post"]),
            "hotel_en": lambda: rng.choice(["The Harbour Hotel", "Premier Lodge Central", "Maple Inn & Suites"]),
            "restaurant": lambda: rng.choice(["Trattoria da Gino", "Zum Goldenen Hirschen", "Bistro Lindengarten"]),
            "restaurant_en": lambda: rng.choice(["The Crown & Anchor", "Blue Door Bistro", "Luigi's Kitchen"]),
            "carrier": lambda: rng.choice(["DHL", "Hermes", "DPD", "GLS", "Österreichische Post", "Die Post"]),
            "carrier_en": lambda: rng.choice(["Royal Mail", "Evri", "DPD", "UPS", "FedEx", "USPS"]),
            "tracking": lambda: rng.choice([f"JJD{d(8)}", f"00340{d(8)}", f"H{d(8)}", f"1Z{d(3)}E{d(2)}{d(7)}"]),
            "car": lambda: rng.choice(
                [
                    "VW Golf VII",
                    "Skoda Octavia",
                    "Opel Corsa",
                    "BMW 320d",
                    "Fiat Ducato",
                    "Ford Transit",
                    "Toyota Yaris",
                ]
            ),
            "car_en": lambda: rng.choice(
                ["Vauxhall Astra", "Ford Fiesta", "Honda Civic", "Nissan Qashqai", "Kia Sportage"]
            ),
            "uni": lambda: rng.choice(
                ["Universität Regensburg", "TU Graz", "Universität Bern", "Hochschule Esslingen"]
            ),
            "uni_en": lambda: rng.choice(["University of Leicester", "Ohio State", "Queen's University Belfast"]),
            "kanzlei": lambda: rng.choice(["Kanzlei am Schlossplatz", "Steuerkanzlei am Dom", "Notariat Innere Stadt"]),
            "agency": lambda: rng.choice(["Jobcenter", "Agentur für Arbeit", "AMS", "RAV", "Familienkasse"]),
            "agency_en": lambda: rng.choice(["the Jobcentre", "DWP", "HMRC", "the Social Security Administration"]),
            "ward": lambda: rng.choice(["Wohnbereich 2", "Station Lerche", "Tour 3", "Wohngruppe Ahorn"]),
            "ward_en": lambda: rng.choice(["Ward 9", "Willow Unit", "Round 4", "the Elm Suite"]),
            "caseno": lambda: rng.choice(
                [f"Az. {d(3)} {d(3)}/{date[2] % 100}", f"Kd.-Nr. {d(6)}", f"Fall {d(7)}", f"BG {d(5)}"]
            ),
            "caseno_en": lambda: rng.choice([f"case {d(6)}", f"ref. {d(4)}/{d(3)}", f"claim no. {d(7)}"]),
        }


def template_words() -> set[str]:
    """Capitalised words of every template ("Price", "Page"): a Faker name equal to one would occur unlabelled."""
    source = Path(__file__).read_text(encoding="utf-8")  # the plain slots' values ("Ward 9", "Room 101") are here
    return corpuskit.capitalised_words(templates, source)


def avoid_template_words() -> None:
    """A Faker name equal to a word of the templates or of this file is drawn again (it would stand unlabelled)."""
    values.AVOID.clear()
    values.AVOID.update(template_words())


GENERATOR = corpuskit.Generator(SPEC, SEED, values.Maker, Context, HERE, avoid_template_words)
build, check, label_valid, main = GENERATOR.build, GENERATOR.check, GENERATOR.label_valid, GENERATOR.main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
