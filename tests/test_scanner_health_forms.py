"""Health data known by its form (seventh session, issue 14), on sentences written for this file before any rule was
changed: a dose after a drug's name, specialties and departments, conditions and procedures by their endings, lab
markers beside a value, a person with a health predicate, and a compact lexicon, must be found about a person; the
same forms about nobody (clinics as customers, products, statistics, job ads, IT words, pets, idioms, machines'
doses and readings, non-medical "-logie" words) must not. Run the file as a script to print its counts per
language (`-v` lists the misses and false findings).
"""

from __future__ import annotations

import sys

import pytest

from course.scanner import scan

pytestmark = pytest.mark.slow  # about a hundred scans: a second or so, so not in the fast run

# (text, words a health finding must overlap): a health fact about a person.
DE_ABOUT_A_PERSON = [
    ("Frau Lindqvist nimmt morgens Ramipril 5 mg und abends noch eine halbe Tablette.", "Ramipril"),
    ("Für Jonas bitte notieren: Valproat 500 mg 1-0-1, er kann deshalb keine Nachtschicht.", "Valproat"),
    ("Tarek nimmt Levetiracetam 750 mg, Autofahren ist für ihn gerade tabu.", "Levetiracetam"),
    ("Frau Brückner ist ab Montag in der Dermatologie der Uniklinik zur Abklärung.", "Dermatologie"),
    ("Herr Ivanović wurde an die Rheumatologie überwiesen und fehlt am Donnerstag.", "Rheumatologie"),
    ("Nach dem Sturz wurde Milena in der Unfallchirurgie versorgt.", "Unfallchirurgie"),
    ("Paul hat eine Sarkoidose und ist nachmittags oft erschöpft.", "Sarkoidose"),
    ("Lukas hat ein Lipom am Rücken, das nächste Woche entfernt wird.", "Lipom"),
    ("Herr Baumann hat eine Kardiomyopathie und darf nicht schwer heben.", "Kardiomyopathie"),
    ("Frau Wolff hat am Freitag ihre Arthroskopie am linken Knie.", "Arthroskopie"),
    ("Der Ferritinwert von Frau Hoxha ist mit 9 ng/ml deutlich zu niedrig.", "Ferritinwert"),
    ("Bei Jens ist das CRP auf 48 mg/l gestiegen, er bleibt diese Woche im Bett.", "CRP"),
    ("Olga hat ADS und arbeitet am liebsten mit Kopfhörern im Einzelbüro.", "ADS"),
    ("Herr Schuster ist Epileptiker, bitte keine Stroboskop-Effekte bei der Feier.", "Epileptiker"),
    ("Till darf nach der Leisten-OP sechs Wochen nichts über 5 kg heben.", "Leisten-OP"),
    ("Frau Dimitrova kommt seit ihrer Hüftoperation mit Unterarmgehstützen ins Büro.", "Hüftoperation"),
    ("Für Herrn Amini wurde ein Nachteilsausgleich für die Abschlussprüfung beantragt.", "Nachteilsausgleich"),
    ("Johanna ist wegen einer Wochenbettpsychose noch in der Mutter-Kind-Station.", "Wochenbettpsychose"),
    ("Stefan hat seit der Chemo eine Polyneuropathie in beiden Füßen.", "Polyneuropathie"),
    ("Frau Rahimi soll in vier Wochen zur Wiedervorstellung, bis dahin kein Sport.", "Wiedervorstellung"),
    ("Herr Gashi hat Hashimoto und ist deshalb oft müde.", "Hashimoto"),
    ("Bei Frau Yıldız ist der TSH-Wert erhöht, die Hausärztin will nachkontrollieren.", "TSH"),
    ("Nils nimmt seit Montag 2 Hub Budesonid morgens und abends.", "Budesonid"),
    ("Frau Ortmann sitzt seit dem Unfall im Rollstuhl und braucht den Aufzug.", "Rollstuhl"),
]
DE_ABOUT_NOBODY = [
    "Die Kardiologie der Uniklinik hat unsere Rechnung für die Wartung beglichen.",
    "Die Fachtagung Rheumatologie findet dieses Jahr in Leipzig statt.",
    "Ramipril 5 mg ist ab sofort wieder lieferbar, 100 Stück pro Packung.",
    "Laut Statistik erkrankt jeder zwölfte Erwachsene einmal an einer Depression.",
    "Wir suchen eine Fachärztin für Dermatologie für unser Ärztehaus in Kassel.",
    "Die neue Version hat die Diagnose-Seite im Admin-Bereich überarbeitet.",
    "Die Technologie hinter dem Chip stammt aus Taiwan.",
    "Die Strategie für 2027 setzt auf Ökologie und Regionalität.",
    "Die Dosierpumpe fördert 5 ml pro Minute Reinigungsmittel in den Tank.",
    "Die Broschüre erklärt, was eine Arthroskopie ist und wie lange die Heilung dauert.",
    "Die Krankenkasse übernimmt Physiotherapie nur mit ärztlicher Verordnung.",
    "Im Vortrag ging es um die Epidemiologie von Grippewellen.",
    "Unsere Software rechnet jetzt auch die Leistungen der Onkologie-Ambulanzen ab.",
    "Der Sensor im Serverraum meldet CO2 erhöht, bitte kurz lüften.",
    "Das Projekt ist auf Krücken ins Ziel gehumpelt, aber es ist fertig.",
    "Die Inflation ist die eigentliche Krankheit unserer Branche.",
    "Station 4 im Lager bekommt neue Regale.",
    "Die Prognose für das dritte Quartal liegt bei 4,2 Millionen Euro.",
    "Für die Kaffeemaschine bitte 1 Tablette Entkalker pro Monat verwenden.",
    "Der Kurs Erste Hilfe bei Epilepsie ist für alle Ersthelfer offen.",
    "Die Methodik der Studie wird im Anhang beschrieben.",
    "Unsere Katze Mimi hat eine Schilddrüsenüberfunktion und bekommt Tabletten vom Tierarzt.",
]
EN_ABOUT_A_PERSON = [
    ("Priya takes lisinopril 10 mg every morning, so she has breakfast at her desk.", "lisinopril"),
    ("Tom is on lamotrigine 200mg twice daily and can't drive for now.", "lamotrigine"),
    ("Mrs Achterberg needs two puffs of salbutamol before she tackles the stairs.", "salbutamol"),
    ("Dev has been referred to rheumatology after months of swollen joints.", "rheumatology"),
    ("Ms Kowalczyk is on the orthopaedics ward after her fall on Sunday.", "orthopaedics"),
    ("Olu has sarcoidosis and gets tired by mid-afternoon.", "sarcoidosis"),
    ("Our receptionist Fiona has a meningioma and starts treatment next week.", "meningioma"),
    ("Mr Haddad had a cholecystectomy on Monday and is working from home.", "cholecystectomy"),
    ("Jess has an arthroscopy booked for 12 May.", "arthroscopy"),
    ("Ravi's ferritin came back at 8, so the GP wants to repeat it.", "ferritin"),
    ("Ben's TSH is high again and they're upping his dose.", "TSH"),
    ("Sophie has ADD and works best with written instructions.", "ADD"),
    ("Grace has been on crutches since the skiing trip.", "crutches"),
    ("Hamid can't lift anything over 10 kg after his hernia repair.", "hernia"),
    ("Aaron has a follow-up with cardiology in six weeks.", "cardiology"),
    ("Chloe has gastroparesis and eats small meals through the day.", "gastroparesis"),
    ("Mr Petrov has lymphoedema in his left arm and wears a compression sleeve.", "lymphoedema"),
    ("Leah's dose of levetiracetam went up to 250 mg last month.", "levetiracetam"),
    ("Can you cover Omar's shift? He has his colonoscopy tomorrow.", "colonoscopy"),
    ("Ingrid has fibromyalgia and asked for a sit-stand desk.", "fibromyalgia"),
    ("Mr Adeyemi is recovering from a bowel resection and is back on 4 May.", "bowel resection"),
    ("Kate is having a hysterectomy next month.", "hysterectomy"),
    ("Ms Duarte uses a hearing aid in her left ear, please face her when you speak.", "hearing aid"),
    ("Finn has Hashimoto's and is often exhausted by Friday.", "Hashimoto"),
]
EN_ABOUT_NOBODY = [
    "The cardiology department at St Mary's renewed its software licence with us.",
    "Lisinopril 10 mg tablets are back in stock, 28 per pack.",
    "Around 1 in 20 adults has diabetes, according to the latest figures.",
    "We are hiring a consultant in rheumatology for our Leeds site.",
    "The diagnostics page in the admin panel now loads faster.",
    "The technology behind the sensor was developed in Finland.",
    "Our ecology report is due to the council on Friday.",
    "The pump doses 5 ml of cleaner per minute into the tank.",
    "The leaflet explains what a colonoscopy involves and how to prepare for it.",
    "The insurer covers physiotherapy only with a referral.",
    "The talk covered the epidemiology of seasonal flu.",
    "Station 4 in the warehouse gets new racking next week.",
    "Sales are limping along on crutches until the new range launches.",
    "Inflation is the real disease of this economy.",
    "Please allow 2 tablets of descaler per month for the coffee machine.",
    "The forecast for Q3 is 4.2 million.",
    "The CPU load is high again, please check the cron jobs.",
    "The ADD button in the form does nothing on Safari.",
    "Our methodology section needs another review before submission.",
    "The school's chemistry lab ordered 200 pipettes of 20 ml.",
    "Our cat Whiskers has hyperthyroidism and gets tablets from the vet.",
    "The oncology unit at the county hospital is our biggest customer this year.",
]
SETS = {"de": (DE_ABOUT_A_PERSON, DE_ABOUT_NOBODY), "en": (EN_ABOUT_A_PERSON, EN_ABOUT_NOBODY)}


def _hit(text: str, words: str) -> bool:
    """A health finding overlaps `words` in `text`."""
    start = text.index(words)
    end = start + len(words)
    return any(f.category == "health" and f.start < end and f.end > start for f in scan(text).findings)


def _flagged(text: str) -> bool:
    return any(f.category == "health" for f in scan(text).findings)


def measure() -> dict[str, tuple[int, int, int, int]]:
    """Per language: (found, about a person, flagged, about nobody)."""
    out = {}
    for lang, (people, nobody) in SETS.items():
        hits = sum(_hit(text, words) for text, words in people)
        false = sum(_flagged(text) for text in nobody)
        out[lang] = (hits, len(people), false, len(nobody))
    return out


def test_the_sets_are_as_large_as_the_brief_asks() -> None:
    for people, nobody in SETS.values():
        assert len(people) + len(nobody) >= 40 and len(people) >= 20 and len(nobody) >= 20
        assert all(words in text for text, words in people)


# Still missed or still flagged after this session's rules, left as they are rather than fitted one by one.
# "on the orthopaedics ward": a ward after a term reads as a thing ("stroke ward rules"); "dose of levetiracetam
# went up to 250 mg": the dose is not beside the drug.
KNOWN_MISSES = {"orthopaedics", "levetiracetam"}
KNOWN_FALSE: set[str] = set()


@pytest.mark.parametrize(
    "text, words",
    [
        pytest.param(*p, marks=pytest.mark.xfail(strict=True, reason="no rule")) if p[1] in KNOWN_MISSES else p
        for people, _ in SETS.values()
        for p in people
    ],
)
def test_a_health_fact_known_by_its_form_is_found(text: str, words: str) -> None:
    assert _hit(text, words), scan(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(t, marks=pytest.mark.xfail(strict=True, reason="no rule")) if t in KNOWN_FALSE else t
        for _, nobody in SETS.values()
        for t in nobody
    ],
)
def test_a_health_form_about_nobody_is_no_health_data(text: str) -> None:
    assert not _flagged(text), scan(text)


if __name__ == "__main__":
    for lang, (hits, people, false, nobody) in measure().items():
        print(f"{lang}: found {hits}/{people} ({hits / people:.2f}), flagged about nobody {false}/{nobody}")
    if "-v" in sys.argv:
        for text, words in [p for people, _ in SETS.values() for p in people]:
            if not _hit(text, words):
                print("MISSED", repr(words), "|", text)
        for text in [t for _, nobody in SETS.values() for t in nobody]:
            if _flagged(text):
                got = [f.text for f in scan(text).findings if f.category == "health"]
                print("FALSE", got, "|", text)
