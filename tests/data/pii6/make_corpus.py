"""Build the pii6 corpus (issue 14, seventh session): a held-out personal-data corpus in voices pii2..pii5 did not use.

Run: .venv/bin/python tests/data/pii6/make_corpus.py [OUTDIR]   (default: this folder)
Deterministic (SEED, one random.Random and one seeded Faker per locale); a self-check runs before anything is
written: every label's text equals text[start:end], labels do not overlap, national numbers, IBANs and cards
validate, no clean text has a label or contains a labelled value, no look-alike number in a clean text validates
as a card or national number, every occurrence of a labelled name is labelled, and the test part has enough labels.
Split by int(sha256(id), 16) % 100 < 40 -> test.jsonl, else tune.jsonl, and by template: every pool of templates,
frames and clean sentences is cut 40/60 by the templates' sha256, and a text draws only from its own side, so no
template appears in both parts (see corpuskit.side()). The mechanism (Doc, side(), the self-check, writing) is
tests/data/corpuskit.py, shared with pii3, pii4 and pii5; the slot table (Context), templates, values and names
here are pii6's own. The scanner is never run on this corpus here.
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
from corpuskit import FAKER_VERSION, HEALTH_MARK, KINDS, SLOT  # noqa: E402, F401 - the tests read them

side, body = corpuskit.side, corpuskit.body  # the tests read them too

SEED = 7_120_626_9

# health words about a person, drawn into {sick} {dx} {med} {cond} (German) and {sick_en} ... (English)
DE_SICK = ["Arbeitsunfähigkeitsbescheinigung", "eAU", "gelber Schein", "Attest", "Arztzeugnis", "Krankenstandsmeldung",
           "Krankmeldung"]  # fmt: skip
DE_DX = [
    "Schilddrüsenunterfunktion", "Rheuma", "Asthma", "Bluthochdruck", "Zöliakie", "Gicht", "Nierensteine",
    "Gallenkolik", "Blinddarmentzündung", "Meniskusriss", "Tennisarm", "Karpaltunnelsyndrom", "Schleudertrauma",
    "Gehirnerschütterung", "Panikattacken", "bipolare Störung", "ADHS", "Essstörung", "Schlafapnoe", "Brustkrebs",
    "Leukämie", "Schlaganfall", "COPD", "Schuppenflechte", "Endometriose", "Gürtelrose am Rücken", "Covid",
]  # fmt: skip
DE_MED = ["Ramipril 5 mg", "Simvastatin 20 mg", "Escitalopram 10 mg", "Salbutamol-Spray", "Novaminsulfon-Tropfen",
          "Tilidin", "Marcumar", "Quetiapin 25 mg", "Lithium", "Mirtazapin 15 mg", "Bisoprolol 2,5 mg",
          "Diclofenac 75 mg", "Pregabalin 75 mg"]  # fmt: skip
DE_COND = ["Pflegegrad 4", "Pflegegrad 1", "GdB 70", "GdB 40", "Merkzeichen G", "Merkzeichen B", "Rollstuhl",
           "Hörgerät", "Cochlea-Implantat", "Sehbehinderung", "Autismus", "Legasthenie", "Dyskalkulie",
           "Epilepsie"]  # fmt: skip
EN_SICK = ["fit note", "sick note", "doctor's certificate", "medical certificate", "self-cert", "GP letter"]
EN_DX = [
    "asthma", "high blood pressure", "an underactive thyroid", "gout", "kidney stones", "appendicitis",
    "a torn meniscus", "tennis elbow", "carpal tunnel syndrome", "whiplash", "concussion", "panic attacks",
    "bipolar disorder", "ADHD", "an eating disorder", "sleep apnoea", "breast cancer", "leukaemia", "a stroke",
    "COPD", "psoriasis", "endometriosis", "sickle cell disease", "glaucoma", "rheumatoid arthritis", "COVID",
]  # fmt: skip
EN_MED = ["ramipril 5mg", "atorvastatin 20mg", "citalopram 20mg", "a salbutamol inhaler", "co-codamol 30/500",
          "warfarin", "quetiapine 25mg", "lithium", "mirtazapine 15mg", "bisoprolol 2.5mg", "adalimumab",
          "Ozempic"]  # fmt: skip
DE_KID = ["Asthma", "Bienenstichallergie", "Epilepsie", "Diabetes Typ 1", "Glutenunverträglichkeit", "ADHS",
          "Erdnussallergie", "Hörbehinderung"]  # fmt: skip
EN_KID = ["asthma", "a bee sting allergy", "epilepsy", "type 1 diabetes", "coeliac disease", "ADHD", "a peanut allergy",
          "a hearing impairment"]  # fmt: skip
EN_COND = ["autistic", "dyslexic", "deaf", "on crutches", "a Blue Badge holder", "registered disabled",
           "diabetic", "visually impaired",
           "a cochlear implant user"]  # fmt: skip


PERSON_SLOT = re.compile(
    r"(name|first|last|sal|ptitle|email|phone|iban|card|taxid|taxcue|addr|dobk|dob|init|rev|allcaps|caps|up|tx_[a-z]+)"
    r"(\d?)(_lc)?"
)


class Context:
    """Slot values of one text, made on first use, so each text draws only what its template needs."""

    def __init__(self, maker: values.Maker, locale: str) -> None:
        self.m, self.locale, self.lang = maker, locale, locale[:2]
        self.cache: dict[str, tuple[str, str | None]] = {}
        self.people: dict[str, values.Person] = {}
        self.births: dict[str, tuple[int, int, int]] = {}
        self.taxes: dict[str, tuple[str, str]] = {}
        self.date = (maker.rng.randint(1, 28), maker.rng.randint(1, 12), maker.rng.choice([2025, 2026, 2027]))

    def person(self, i: str) -> values.Person:
        if i not in self.people:
            companies = [v for k, (v, _) in self.cache.items() if k.startswith("company")]
            while True:  # nor a person whose surname is in a company already named in the text
                person = self.m.person(self.locale)
                if not any(part in c for c in companies for part in re.split(r"[- ]", person.name)):
                    break
            self.people[i] = person
        return self.people[i]

    def birth(self, i: str) -> tuple[int, int, int]:
        if i not in self.births:
            self.births[i] = self.m.birth()
        return self.births[i]

    def tax(self, i: str) -> tuple[str, str]:
        if i not in self.taxes:
            cue, number, _ = self.m.national(self.person(i), self.birth(i), self.locale, self.lang == "de")
            self.taxes[i] = (cue, number)
        return self.taxes[i]

    def get(self, key: str) -> tuple[str, str | None]:
        if key not in self.cache:
            self.cache[key] = self.make(key)
        return self.cache[key]

    def pick(self, items: list[str] | tuple[str, ...]) -> str:
        return self.m.rng.choice(list(items))

    def make(self, key: str) -> tuple[str, str | None]:  # noqa: C901 - one table of slots
        m, rng, loc, de = self.m, self.m.rng, self.locale, self.lang == "de"
        if key.startswith("h:"):  # a health word about the person, written into the template
            return key[2:], "health"
        match = PERSON_SLOT.fullmatch(key)
        if match:
            kind, i, lower = match.group(1), match.group(2) or "1", bool(match.group(3))
            p = self.person(i)
            if kind in ("name", "first", "last", "init", "rev", "up", "caps", "allcaps"):
                value = {
                    "name": p.name, "first": p.first, "last": p.last, "init": f"{p.first[0]}. {p.last}",
                    "rev": f"{p.last}, {p.first}", "up": f"{p.last}/{p.first}".upper().replace(" ", ""),
                    "caps": f"{p.last.upper()} {p.first}", "allcaps": p.name.upper(),
                }[kind]  # fmt: skip
                return (value.lower() if lower else value), "name"
            if kind == "ptitle":  # the airline's title after LAST/FIRST
                return ("MRS" if p.female else "MR"), None
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
            if kind == "taxcue":
                return self.tax(i)[0], None
            if kind == "taxid":
                return self.tax(i)[1], "tax-id"
            if kind.startswith("tx_"):
                return m.make_national(kind[3:], p, self.birth(i)), "tax-id"
            if kind == "addr":
                return m.address(loc), "address"
            if kind == "dobk":  # a child's birth date
                return m.write_date(
                    loc, (rng.randint(1, 28), rng.randint(1, 12), rng.randint(2009, 2020))
                ), "date-of-birth"
            return m.write_date(loc, self.birth(i)), "date-of-birth"
        addresses = {"addr_ml": (True, ""), "addr_flat": (False, "flat"), "addr_flat_ml": (True, "flat"),
                     "addr_post": (False, "postbox"), "addr_post_ml": (True, "postbox"),
                     "addr_house_ml": (True, "house")}  # fmt: skip
        if key in addresses:
            multiline, kind = addresses[key]
            return m.address(loc, multiline, kind), "address"
        if key in ("secret", "secret2", "secret3"):
            return m.secret(), "secret"
        if key in ("token", "token2"):
            return m.token(), "secret"
        if key in ("pw", "pw2"):
            return m.any_password(), "secret"
        if key == "totp":
            return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(32)), "secret"
        if key == "sshkey":
            return m.ssh_key(), "secret"
        if key in ("pin", "pin2"):
            return m.pin(), "secret"
        table = {
            "sick": DE_SICK, "dx": DE_DX, "med": DE_MED, "cond": DE_COND,
            "sick_en": EN_SICK, "dx_en": EN_DX, "med_en": EN_MED, "cond_en": EN_COND,
            "kid": DE_KID, "kid_en": EN_KID,
        }  # fmt: skip
        if key in table:
            return self.pick(table[key]), "health"
        return self.plain(key), None

    def plain(self, key: str) -> str:  # noqa: C901 - one table of slots
        m, rng, loc = self.m, self.m.rng, self.locale
        fk = m.fakers[loc]
        self.person("1")  # drawn first, so that a company drawn next never carries its surname
        d = m.digits
        date = self.date
        simple: dict[str, object] = {
            "date": lambda: m.plain_date("de_DE", date),
            "date_en": lambda: m.plain_date(loc if loc.startswith("en") else "en_GB", date),
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
            "role": lambda: rng.choice(["Polier", "Sachbearbeitung", "Teamleitung", "Objektbetreuung", "Disposition"]),
            "role_en": lambda: rng.choice(
                ["Site Manager", "Account Executive", "Recruiter", "Shift Lead", "Paralegal"]
            ),
            "job": lambda: rng.choice(
                [
                    "Bauleiter:in (m/w/d)",
                    "Lohnbuchhalter:in (m/w/d)",
                    "Immobilienkaufmann/-frau",
                    "Disponent (m/w/d)",
                    "Fachinformatiker:in Systemintegration",
                ]
            ),  # fmt: skip
            "job_en": lambda: rng.choice(
                [
                    "Site Supervisor",
                    "Payroll Administrator",
                    "Lettings Negotiator",
                    "Claims Handler",
                    "Service Desk Analyst",
                ]
            ),  # fmt: skip
            "ext": lambda: d(3),
            "expiry": lambda: f"{rng.randint(1, 12):02d}/{rng.randint(27, 32)}",
            "hotline": lambda: self.hotline(),
            "switchboard": lambda: self.switchboard(),
            "bracket_date": lambda: self.bracket_date(),
            "article": lambda: rng.choice([f"Pos. {d(2)}.{d(3)}", f"LV-Pos. {d(3)}", f"Mat.-Nr. {d(7)}"]),
            "article_en": lambda: rng.choice([f"line item {d(3)}", f"PO-{d(6)}", f"stock code {d(5)}"]),
            "ean": lambda: self.ean(),
            "varname": lambda: rng.choice(
                [
                    "MAILGUN_API_KEY",
                    "twilio_auth_token",
                    "NOTION_TOKEN",
                    "vault_token",
                    "db.password",
                    "LDAP_BIND_PW",
                    "smtp.pass",
                    "client_secret",
                    "PASSWORT_ALT",
                    "KEYCLOAK_ADMIN_PASSWORD",
                    "sftp_passphrase",
                ]
            ),  # fmt: skip
            "masked": lambda: rng.choice(
                [
                    "************",
                    "key-xxxxxxxx",
                    "<hidden>",
                    "[REDACTED]",
                    "ntn_…",
                    "(siehe Tresor)",
                    "%VAULT%",
                    "${{ secrets.NOTION_TOKEN }}",
                    "######",
                ]
            ),  # fmt: skip
            "sha": lambda: "".join(rng.choice("0123456789abcdef") for _ in range(7)),
            "ip": lambda: f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            "port": lambda: str(rng.choice([5432, 1433, 8443, 389, 22, 5672])),
            "host": lambda: rng.choice(
                ["sql-lohn-02.corp.local", "ldap.intern", "crm.example.org", "sftp.partner.net"]
            ),
            "version": lambda: f"{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
            "ms": lambda: str(rng.randint(3, 2400)),
            "count": lambda: str(rng.randint(3, 240)),
            "count2": lambda: str(rng.randint(2, 60)),
            "pct": lambda: str(rng.randint(2, 98)),
            "site": lambda: rng.choice(
                ["BV Wohnpark Auenblick", "BV Kita Sonnenhang", "Neubau Halle 3", "BA 2 Tiefgarage"]
            ),
            "site_en": lambda: rng.choice(["Plot 14, Meadow View", "Unit 7 fit-out", "Riverside phase 2", "Block C"]),
            "hv": lambda: rng.choice(["Hausverwaltung Sonnleitner", "WEG-Verwaltung Nord", "Immobilienbetreuung Ost"]),
            "hv_en": lambda: rng.choice(["Parkside Lettings", "Homeward Property Management", "Keystone Realty"]),
            "insurer": lambda: rng.choice(["Allianz", "HUK-Coburg", "Uniqa", "Die Mobiliar", "Generali", "ERGO"]),
            "insurer_en": lambda: rng.choice(["Aviva", "Direct Line", "State Farm", "Allstate", "Admiral", "LV="]),
            "office": lambda: rng.choice(
                [
                    "Bürgeramt Mitte",
                    "Kfz-Zulassungsstelle",
                    "Ausländerbehörde",
                    "Magistratisches Bezirksamt",
                    "Einwohnerkontrolle",
                    "Standesamt",
                ]
            ),  # fmt: skip
            "office_en": lambda: rng.choice(
                ["DVLA", "the council tax team", "UKVI", "USCIS", "the DMV", "HM Passport Office"]
            ),
            "kita": lambda: rng.choice(["Kita Regenbogen", "Kinderhaus Pusteblume", "Hort am Weiher", "Kiga St. Anna"]),
            "kita_en": lambda: rng.choice(
                ["Little Acorns Nursery", "Busy Bees", "Maple Grove Elementary", "Year 4 (Oak class)"]
            ),
            "dental": lambda: rng.choice(
                ["Zahnarztpraxis Dr. med. dent. Horn", "Zahnzentrum am Markt", "Dentalpraxis Seeblick"]
            ),
            "dental_en": lambda: rng.choice(["Smile Studio", "Bridge Street Dental", "Bright Teeth Family Dentistry"]),
            "conf": lambda: rng.choice(["Fachtagung Facility Management", "DACH HR-Forum", "Bautechnik-Kongress"]),
            "conf_en": lambda: rng.choice(["PropTech Summit", "Claims Conference 2026", "HR Tech Live", "DevOpsDays"]),
            "ff": lambda: rng.choice(["FF Unterbach", "Löschzug 2", "Feuerwehr Oberdorf", "Jugendfeuerwehr"]),
            "choir": lambda: rng.choice(
                ["Kammerchor Cantabile", "Stadtorchester", "Gospelchor Joyful Noise", "Männerchor 1871"]
            ),
            "choir_en": lambda: rng.choice(
                ["the Community Choir", "Brass Band", "Youth Orchestra", "Barbershop Chorus"]
            ),
            "kgv": lambda: rng.choice(["KGV Sonnenschein e.V.", "Kleingartenanlage Am Bahndamm", "Schrebergärten Süd"]),
            "gym": lambda: rng.choice(["FitX", "McFit", "Injoy", "Kieser Training", "PureGym", "Planet Fitness"]),
            "airline": lambda: rng.choice(["LH", "OS", "LX", "EW", "DE", "4U"]),
            "airline_en": lambda: rng.choice(["BA", "VS", "EI", "AA", "UA", "B6"]),
            "rental": lambda: rng.choice(["Sixt", "Europcar", "Buchbinder", "Enterprise", "Hertz", "Avis"]),
            "court": lambda: rng.choice(
                ["Amtsgericht Bamberg", "Landgericht Siegen", "Bezirksgericht Villach", "Arbeitsgericht Jena"]
            ),
            "court_en": lambda: rng.choice(
                ["County Court at Norwich", "Employment Tribunal", "Superior Court", "Small Claims Court"]
            ),
            "study": lambda: rng.choice([f"Studie ST-{d(3)}", f"Protokoll KLF-{d(2)}", f"Kohorte {rng.choice('ABC')}"]),
            "study_en": lambda: rng.choice([f"trial NCT0{d(7)}", f"protocol RX-{d(3)}", f"cohort {rng.choice('ABC')}"]),
            "svc": lambda: rng.choice(["lohn-export", "ats-sync", "tenant-portal", "claims-api", "badge-printer"]),
            "ticketno": lambda: f"INC{d(7)}",
            "reqno": lambda: f"RITM{d(7)}",
            "vehicle": lambda: rng.choice(["HLF 20", "MTW", "DLK 23/12", "TLF 3000"]),
            "plate": lambda: rng.choice(
                [
                    f"BA-{rng.choice(['KX', 'MT', 'Q'])} {rng.randint(10, 9999)}",
                    f"W-{rng.randint(1000, 99999)}{rng.choice('ABCDX')}",
                ]
            ),  # fmt: skip
            "book": lambda: rng.choice(["Der Gesang der Flusskrebse", "Die Mittagsfrau", "Momo", "Tschick"]),
            "book_en": lambda: rng.choice(["Middlemarch", "The Road", "Small Island", "Wolf Hall"]),
            "lang_pair": lambda: rng.choice(["DE>EN", "EN>DE", "DE>TR", "AR>DE", "PL>DE", "RU>DE"]),
            "nation": lambda: rng.choice(
                ["deutsch", "georgisch", "äthiopisch", "senegalesisch", "finnisch", "peruanisch"]
            ),
            "caseno_en": lambda: rng.choice([f"case {d(6)}", f"ref. {d(4)}/{d(3)}", f"DR-{d(5)}"]),
            "klasse": lambda: rng.choice(["1a", "2b", "3c", "4b", "Vorschulgruppe Igel"]),
            "klasse_en": lambda: rng.choice(["Year 3 (Willow)", "Year 4 (Oak)", "P2", "2nd grade, Room 12"]),
            "reward": lambda: rng.choice(["Early Bird", "Supporter", "Backer+", "Gold tier"]),
        }
        if key not in simple:
            raise KeyError(f"unknown slot {{{key}}}")
        while True:  # a ticket or order number must not pass a card or national-number check by chance
            value = str(simple[key]())  # type: ignore[operator]
            if not corpuskit.lookalike_validates(value, values.national_valid):
                return value

    def company(self, fk: object) -> str:
        """A Faker company that does not carry the surname of a person of this text (that would be a name unlabelled)."""
        while True:
            name = fk.company()  # type: ignore[attr-defined]
            if " " not in name and "-" not in name:  # "Jockel" alone reads as a surname: draw again
                continue
            if not any(part in name for p in self.people.values() for part in re.split(r"[- ]", p.name)):
                return str(name)

    def later(self, time: str) -> str:
        """A time 5 to 90 minutes after `time` (a reply in a chat, the end of a meeting)."""
        hours, minutes = map(int, time.split(":"))
        total = hours * 60 + minutes + self.m.rng.choice([5, 10, 20, 30, 45, 60, 90])
        return f"{min(total // 60, 23):02d}:{total % 60:02d}"

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
            "de_DE": [f"0800 {d(2)} {d(2)} {d(3)}", f"0800/{d(7)}", f"0180 6 {d(3)} {d(3)}", f"01801-{d(6)}",
                      f"+49 800 {d(7)}"],
            "de_AT": [f"0800 {d(2)} {d(2)} {d(2)}", f"0810/{d(3)} {d(3)}", f"+43 800 {d(6)}"],
            "de_CH": [f"0800 {d(2)} {d(2)} {d(2)}", f"0848 {d(2)} {d(2)} {d(2)}", f"0842 {d(3)} {d(3)}"],
            "en_GB": [f"0800 {d(2)} {d(2)} {d(3)}", f"0333 {d(3)} {d(4)}", f"0344 {d(3)} {d(4)}", f"0808 {d(4)} {d(3)}"],
            "en_US": [f"1 (800) {d(3)}-{d(4)}", f"(855) {d(3)}-{d(4)}", f"1-844-{d(3)}-{d(4)}", f"888.{d(3)}.{d(4)}"],
        }  # fmt: skip
        return rng.choice(forms[self.locale])

    def switchboard(self) -> str:
        rng, d = self.m.rng, self.m.digits
        forms = {
            "de_DE": [f"+49 711 {d(4)}-0", f"069 {d(5)} 0", f"+49 (0)30 {d(4)}-0", f"0511 {d(4)}-0"],
            "de_AT": [f"+43 (0)1 {d(3)} {d(2)}-0", f"0662 {d(4)}-0"],
            "de_CH": [f"+41 31 {d(3)} 00 00", f"044 {d(3)} 10 00"],
            "en_GB": [f"+44 (0)113 {d(3)} 0000", f"0117 {d(3)} 0000"],
            "en_US": [f"(614) {d(3)}-0000", f"+1 512 {d(3)} 1000"],
        }
        return rng.choice(forms[self.locale])

    def bracket_date(self) -> str:
        rng = self.m.rng
        date = (rng.randint(1, 28), rng.randint(1, 12), rng.choice([2025, 2026, 2027]))
        loc = self.locale if self.lang == "en" else "de_DE"
        inner = self.m.write_date(loc, date)
        return rng.choice([f"({inner})", f"[{inner}]", f"(Stand {inner})" if self.lang == "de" else f"(as of {inner})"])

    def ean(self) -> str:
        from stdnum import ean as std_ean

        body = self.m.rng.choice(["400", "403", "405", "900", "761", "501"]) + self.m.digits(9)
        return body + std_ean.calc_check_digit(body)


def avoid_template_words() -> None:
    """A Faker name equal to a capitalised word of the templates or of this file ("Price", "Ward") is drawn again:
    it would occur unlabelled."""
    values.AVOID.clear()
    values.AVOID.update(corpuskit.capitalised_words(templates, Path(__file__).read_text(encoding="utf-8")))
    values.AVOID.update(SOURCE_WORDS)


# A surname that stood in this file's own copy of the mechanism when the committed corpus was made, so it was drawn
# again then; kept here with the mechanism in corpuskit, so that regeneration stays byte-identical.
SOURCE_WORDS = frozenset({"Page"})


SPEC = corpuskit.Spec.of("p6", values, templates, whole_word_leaks=True, name_words=corpuskit.name_words(values))
GENERATOR = corpuskit.Generator(SPEC, SEED, values.Maker, Context, HERE, avoid_template_words)
build, check, label_valid, main = GENERATOR.build, GENERATOR.check, GENERATOR.label_valid, GENERATOR.main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
