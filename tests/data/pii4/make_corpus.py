"""Build the pii4 corpus (issue 14): a held-out personal-data corpus in voices unlike pii2's and pii3's, split once.

Run: .venv/bin/python tests/data/pii4/make_corpus.py [OUTDIR]   (default: this folder)
Deterministic (SEED, one random.Random and one seeded Faker per locale); a self-check runs before anything is
written: every label's text equals text[start:end], labels do not overlap, national numbers, IBANs and cards
validate, no clean text has a label or contains a labelled value, and no look-alike number in a clean text
validates as a card or national number. Split by int(sha256(id), 16) % 100 < 40 -> test.jsonl, else tune.jsonl,
and by template: every pool of templates, frames and clean sentences is cut 40/60 by the templates' sha256, and a
text draws only from its own side, so no template appears in both parts (see corpuskit.side()). The split
mechanism and the self-check are tests/data/corpuskit.py, shared with pii3 and pii5; templates, values, names and
slots here are pii4's own.
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

SEED = 6_122_026_4
SPEC = corpuskit.Spec.of(
    "p4", values, templates,
    name_words=corpuskit.name_words(values),
)

DE_SICK = ["krankgeschrieben", "krank", "arbeitsunfähig", "mit AU zu Hause", "krankgemeldet", "im Krankenstand"]
DE_DX = [
    "Gallenkolik", "Schilddrüsenunterfunktion", "Rheuma", "Blinddarmentzündung", "Meniskusriss", "Gehirnerschütterung",
    "Schlaganfall", "Nierensteine", "Bluthochdruck", "Zöliakie", "ADHS", "Asthma", "Sehnenscheidenentzündung",
    "Corona", "Grippe", "Magen-Darm-Infekt", "Panikattacken", "Essstörung", "Lungenembolie", "Pfeiffersches Drüsenfieber",
]  # fmt: skip
DE_COND = ["schwanger", "in Mutterschutz", "im Beschäftigungsverbot", "schwerbehindert (GdB 50)", "insulinpflichtig",
           "in stationärer Behandlung", "in der Tagesklinik", "auf Reha", "HIV-positiv", "in Elternzeit nach Frühgeburt",
           "gehörlos", "auf Kur"]  # fmt: skip
EN_SICK = ["off sick", "on medical leave", "signed off", "out on sick leave", "unwell", "in hospital"]
EN_DX = [
    "gallstones", "a concussion", "a stroke", "kidney stones", "high blood pressure", "coeliac disease", "ADHD",
    "tonsillitis", "COVID", "flu", "a broken wrist", "knee surgery", "panic attacks", "an eating disorder",
    "glandular fever", "endometriosis", "a heart condition", "appendicitis", "a hernia", "vertigo",
]  # fmt: skip
EN_COND = ["pregnant", "on maternity leave", "deaf", "a wheelchair user", "insulin-dependent", "HIV positive", "in rehab",
           "receiving counselling", "autistic", "dyslexic", "recovering from surgery", "on chemo"]  # fmt: skip

class Context(corpuskit.PersonContext):
    """pii4's slots: its health words and its plain values."""

    national_valid = staticmethod(values.national_valid)
    health = {
        "sick": DE_SICK, "dx": DE_DX, "cond": DE_COND, "sick_en": EN_SICK, "dx_en": EN_DX, "cond_en": EN_COND,
    }  # fmt: skip
    child_birth_years = (2010, 2023)

    def plain_values(self, p: values.Person) -> dict[str, corpuskit.Values]:  # noqa: C901 - one table of slots
        m, rng, loc = self.m, self.m.rng, self.locale
        fk = m.fakers[loc]
        d = m.digits
        date = self.date
        return {
            "date": lambda: m.write_date("de_DE", date),
            "date_en": lambda: m.write_date(loc if loc.startswith("en") else "en_GB", date),
            "ddmmyy": lambda: f"{date[0]:02d}.{date[1]:02d}.{date[2] % 100:02d}",
            "ddmmyy_en": lambda: (f"{date[1]}/{date[0]}/{date[2] % 100:02d}" if loc == "en_US"
                                  else f"{date[0]:02d}/{date[1]:02d}/{date[2]}"),  # fmt: skip
            "iso": lambda: f"{date[2]}-{date[1]:02d}-{date[0]:02d}",
            "time": lambda: f"{rng.randint(7, 18):02d}:{rng.choice(['00', '05', '15', '30', '40', '45'])}",
            "time2": lambda: self.later(self.get("time")[0]),
            "stamp": lambda: f"{rng.randint(0, 1):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
            "stamp2": lambda: f"{rng.randint(0, 1):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
            "logts": lambda: f"{date[2]}-{date[1]:02d}-{date[0]:02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:"
            f"{rng.randint(0, 59):02d}.{d(3)}Z",
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
            "aktenzeichen": lambda: rng.choice([f"{rng.randint(1, 9)} K {d(3)}/{date[2] % 100}",
                                                f"Az. {d(3)}.{d(2)}-{d(4)}/{date[2] % 100}",
                                                f"GZ {d(4)}-{d(3)}/{date[2]}"]),  # fmt: skip
            "claimno": lambda: rng.choice([f"SCH-{date[2]}-{d(6)}", f"S {d(2)}/{d(6)}", f"CLM{d(8)}"]),
            "policy": lambda: rng.choice([f"KV-{d(3)}.{d(3)}", f"{d(2)}.{d(3)}.{d(3)}-K", f"POL-{d(6)}"]),
            "pnr": lambda: "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
            "flight": lambda: rng.choice(["LH", "OS", "LX", "EW", "BA", "U2", "UA", "DL"]) + str(rng.randint(100, 2999)),
            "seat": lambda: f"{rng.randint(3, 38)}{rng.choice('ABCDEF')}",
            "iata": lambda: rng.choice(["FRA", "MUC", "VIE", "ZRH", "BER", "HAM", "LHR", "MAN", "JFK", "ORD", "GVA"]),
            "iata2": lambda: rng.choice(["LIS", "BCN", "CDG", "AMS", "DUB", "EDI", "BOS", "SFO", "CPH", "ATH"]),
            "amount": lambda: self.amount(),
            "amount2": lambda: self.amount(),
            "room": lambda: rng.choice([f"R{rng.randint(100, 499)}", f"Raum {rng.randint(1, 4)}.{rng.randint(1, 30)}",
                                        "Besprechungsraum Alpen", "Konferenzraum Rhein"]),  # fmt: skip
            "room_en": lambda: rng.choice([f"Room {rng.randint(100, 499)}", "the Boardroom", "Meeting Room Thames"]),
            "dept": lambda: rng.choice(["Einkauf", "Buchhaltung", "Empfang", "IT-Service", "Lager", "Personal"]),
            "dept_en": lambda: rng.choice(["Purchasing", "Accounts", "Reception", "IT Service Desk", "Warehouse", "HR"]),
            "role": lambda: rng.choice(["Sachbearbeitung", "Teamleitung", "Werkstudium", "Projektleitung", "Azubi"]),
            "role_en": lambda: rng.choice(["Team Lead", "Office Coordinator", "Data Analyst", "Payroll Officer"]),
            "job": lambda: rng.choice(["Buchhalter:in (m/w/d)", "Junior Controller (m/w/d)", "Sachbearbeitung Einkauf",
                                       "IT-Administrator (m/w/d)", "Kaufmann/-frau für Büromanagement"]),  # fmt: skip
            "job_en": lambda: rng.choice(["Payroll Specialist", "Junior Data Analyst", "Facilities Coordinator",
                                          "Customer Success Manager", "Accounts Assistant"]),  # fmt: skip
            "ext": lambda: d(3),
            "expiry": lambda: f"{rng.randint(1, 12):02d}/{rng.randint(27, 32)}",
            "hotline": lambda: self.hotline(),
            "switchboard": lambda: self.switchboard(),
            "bracket_date": lambda: self.bracket_date(),
            "article": lambda: rng.choice([f"Art.-Nr. {d(6)}", f"SKU {d(3)}-{d(4)}", f"{d(2)}.{d(3)}.{d(3)}"]),
            "article_en": lambda: rng.choice([f"SKU {d(3)}-{d(4)}", f"item {d(6)}", f"part no. {d(2)}-{d(5)}"]),
            "ean": lambda: self.ean(),
            "pcode": lambda: rng.choice([f"{rng.choice(['AT', 'DE', 'CH'])}-{d(3)}-{rng.choice(['XL', 'BK', 'RT'])}",
                                         f"GB{d(2)} CONF {d(4)}", f"DE{d(2)} MUST {d(4)} {d(4)}"]),  # fmt: skip
            "varname": lambda: rng.choice(["DB_PASSWORD", "stripe_secret_key", "SMTP_PASS", "jwt_secret", "GITHUB_TOKEN",
                                           "password_hash_rounds", "API_KEY_HEADER", "kennwort_alt", "AZURE_CLIENT_SECRET",
                                           "token_ttl_seconds", "REDIS_PASSWORD", "secretName"]),  # fmt: skip
            "masked": lambda: rng.choice(["********", "sk-...XXXX", "ghp_****************", "<REDACTED>", "•••••••",
                                          "${DB_PASSWORD}", "{{ secrets.API_TOKEN }}", "xxxx-xxxx", "[entfernt]"]),
            "sha": lambda: "".join(rng.choice("0123456789abcdef") for _ in range(7)),
            "ip": lambda: f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            "port": lambda: str(rng.choice([5432, 6379, 8080, 3306, 443, 9200])),
            "host": lambda: rng.choice(["db-prod-01.internal", "redis.staging.local", "api.example.com", "smtp.office365.com"]),
            "version": lambda: f"{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
            "ms": lambda: str(rng.randint(3, 2400)),
            "count": lambda: str(rng.randint(3, 240)),
            "count2": lambda: str(rng.randint(2, 60)),
            "pct": lambda: str(rng.randint(2, 98)),
            "event": lambda: rng.choice(["KI im Büroalltag", "Prompting für Einsteiger", "Datenschutz-Update 2026",
                                         "Excel trifft Copilot", "Sommerfest"]),  # fmt: skip
            "event_en": lambda: rng.choice(["AI at Work 101", "Prompting Basics", "GDPR refresher", "Town Hall Q3",
                                            "Copilot for Finance"]),  # fmt: skip
            "product": lambda: rng.choice(["Bürostuhl Ergo 3", "Dockingstation USB-C", "Headset Pro", "Laserdrucker M40",
                                           "Kaffeevollautomat"]),  # fmt: skip
            "product_en": lambda: rng.choice(["standing desk", "USB-C dock", "noise-cancelling headset", "label printer",
                                              "webcam"]),  # fmt: skip
            "stars": lambda: rng.choice(["★★★★★", "★★★★☆", "★★☆☆☆", "4/5", "2 von 5"]),
            "kita": lambda: rng.choice(["Kita Sonnenschein", "Kinderhaus Regenbogen", "Kita Pusteblume", "Hort am Park"]),
            "school": lambda: rng.choice(["Grundschule am Lindenhof", "Gymnasium Nord", "Realschule Mitte"]),
            "klasse": lambda: rng.choice(["3b", "4a", "7c", "Gruppe Igel", "Gruppe Füchse"]),
            "gp": lambda: rng.choice(["Elm Tree Surgery", "Riverside Health Centre", "Castle Street Medical Practice"]),
            "hospital": lambda: rng.choice(["St Luke's Hospital", "Royal Infirmary", "General Hospital"]),
            "plan": lambda: rng.choice(["PPO Gold", "HMO Select", "HDHP + HSA", "Dental Plus", "Vision Basic"]),
            "insurer": lambda: rng.choice(["Allianz", "HUK-Coburg", "Generali", "Mobiliar", "UNIQA", "ERGO", "Zurich"]),
            "street": lambda: m.street_de(loc if loc.startswith("de") else "de_DE"),
            "floor": lambda: rng.choice(["EG", "1. OG", "2. OG", "3. OG links", "DG rechts"]),
            "env": lambda: rng.choice(["prod", "staging", "dev", "test"]),
            "svc": lambda: rng.choice(["billing-api", "auth-service", "export-worker", "crm-sync", "mailer"]),
            "level": lambda: rng.choice(["INFO", "WARN", "ERROR", "DEBUG"]),
            "pct_cpu": lambda: str(rng.randint(40, 99)),
            "shift": lambda: rng.choice(["Frühschicht", "Spätschicht", "Nachtschicht"]),
            "shift_en": lambda: rng.choice(["early shift", "late shift", "night shift"]),
            "station": lambda: rng.choice(["Station 4B", "Halle 2", "Linie 3", "Leitstand", "Lager Süd"]),
            "unit": lambda: rng.choice(["Ward 7", "Hall 2", "Line 3", "Control Room", "Dock B"]),
        }



GENERATOR = corpuskit.Generator(SPEC, SEED, values.Maker, Context, HERE)
build, check, label_valid, main = GENERATOR.build, GENERATOR.check, GENERATOR.label_valid, GENERATOR.main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
