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
# A second round, written after the first rules and before any further change (a second check of transfer).
SECOND_DE_ABOUT_A_PERSON = [
    ("moin, bin heute raus, hab mir gestern beim Joggen die Achillessehne gezerrt", "Achillessehne gezerrt"),
    ("Frau Pietsch bekommt ab nächster Woche Bestrahlungen und arbeitet nur halbtags.", "Bestrahlungen"),
    ("Kai verträgt kein Gluten, bitte beim Catering glutenfrei bestellen.", "verträgt kein Gluten"),
    ("Herr Marx hatte einen Mini-Schlaganfall und darf vorerst nicht Auto fahren.", "Schlaganfall"),
    ("Notiz Elternabend: Mias Sohn hat eine Lese-Rechtschreib-Schwäche.", "Lese-Rechtschreib-Schwäche"),
    ("Frau Ahmadi hat Gestationsdiabetes und muss mittags Blutzucker messen.", "Gestationsdiabetes"),
    ("Sven geht ab Montag für drei Wochen zur Kur an die Ostsee.", "Kur"),
    ("Herr Krüger trägt seit dem Bandscheibenvorfall ein Stützkorsett.", "Bandscheibenvorfall"),
    ("Bei Lea wurde Skoliose festgestellt, sie braucht einen ergonomischen Stuhl.", "Skoliose"),
    ("Herr Yilmaz hat nach der Herz-OP Reha in Bad Nauheim beantragt.", "Herz-OP"),
    ("Frau Graf nimmt Marcumar, bei Schnittverletzungen bitte sofort Bescheid geben.", "Marcumar"),
    ("Unser Praktikant Felix ist Diabetiker Typ 1 und trägt eine Insulinpumpe.", "Diabetiker"),
    ("Frau Lorenz hat einen Termin in der Hautklinik wegen eines Melanoms.", "Melanoms"),
    ("Timo hat Tinnitus und braucht im Großraumbüro einen ruhigen Platz.", "Tinnitus"),
    ("Herr Becker hat eine Gürtelrose im Gesicht und bleibt zu Hause.", "Gürtelrose"),
]
SECOND_DE_ABOUT_NOBODY = [
    "Die Neurologie-Station der Charité bestellt 40 neue Monitore bei uns.",
    "Unser Produkt Lipomed 500 mg ist jetzt auch in der Schweiz zugelassen.",
    "Die Kur-Verwaltung Bad Ems hat die Rechnung für März beglichen.",
    "Der Vortrag über Diabetes Typ 2 beginnt um 18 Uhr im Saal B.",
    "Die Herz-Kreislauf-Studie sucht noch 200 Teilnehmende.",
    "Im Lager sind 300 Packungen Ibuprofen 400 mg eingetroffen.",
    "Die Dermatologie-Software wird ab Mai in drei Praxen getestet.",
    "Die Anzahl der Krankmeldungen ist im Winter um 12 Prozent gestiegen.",
    "Unser Hund Balu hat Epilepsie und bekommt zweimal täglich Tabletten.",
    "Die Kardiologie ist im zweiten Stock, der Aufzug ist rechts.",
    "Die Firmware 2.4 behebt einen Fehler im Schlafmodus.",
    "Das neue Logo der Orthopädie-Praxis gefällt dem Kunden nicht.",
    "Die Schulung zur Ersten Hilfe bei Herzinfarkt ist am Freitag.",
    "Der Umsatz mit Blutdruckmessgeräten stieg um 8 Prozent.",
    "Diese Vorlage ist der reinste Krebs für unsere Formatierung.",
]
SECOND_EN_ABOUT_A_PERSON = [
    ("hey, Liam here, I've done my back in lifting boxes, not coming in", "done my back in"),
    ("Mrs Patel is having radiotherapy three times a week until June.", "radiotherapy"),
    ("Tariq can't eat gluten, please order gluten-free for the offsite.", "can't eat gluten"),
    ("Mr Evans had a mini stroke last week and isn't allowed to drive.", "stroke"),
    ("Note from parents' evening: Mia's son has dyscalculia.", "dyscalculia"),
    ("Ms Ahmed has gestational diabetes and checks her sugar at lunch.", "gestational diabetes"),
    ("Rob is on warfarin, so tell someone straight away if he cuts himself.", "warfarin"),
    ("Our intern Felix is type 1 diabetic and wears an insulin pump.", "diabetic"),
    ("Ms Lawrence has an appointment at the dermatology clinic about a mole.", "dermatology"),
    ("Tim has tinnitus and needs a quiet spot in the open-plan office.", "tinnitus"),
    ("Mr Baker has shingles on his face and is staying home.", "shingles"),
    ("Gemma's ferritin is 6 and she's starting iron infusions.", "ferritin"),
    ("Mr Novak uses a walking frame since his hip replacement.", "hip replacement"),
    ("Ayesha is 12 weeks pregnant and has terrible morning sickness.", "pregnant"),
    ("Jon was admitted overnight with chest pains but is fine now.", "chest pains"),
]
SECOND_EN_ABOUT_NOBODY = [
    "The neurology ward at St Anne's ordered 40 new monitors from us.",
    "Our product Lipomed 500 mg is now licensed in Switzerland.",
    "The talk on type 2 diabetes starts at 6 pm in room B.",
    "The heart health study still needs 200 participants.",
    "300 packs of ibuprofen 400 mg arrived in the warehouse today.",
    "The dermatology software will be piloted in three practices from May.",
    "Sick days rose by 12 percent over the winter.",
    "Our dog Rex has epilepsy and gets tablets twice a day.",
    "Cardiology is on the second floor, the lift is on the right.",
    "Firmware 2.4 fixes a bug in sleep mode.",
    "The client doesn't like the new logo for the orthopaedic clinic.",
    "First aid training for heart attacks is on Friday.",
    "Sales of blood pressure monitors rose by 8 percent.",
    "This template is a real cancer for our formatting.",
    "The pharmacy will be closed on bank holiday Monday.",
]
SETS = {
    "de": (DE_ABOUT_A_PERSON, DE_ABOUT_NOBODY),
    "en": (EN_ABOUT_A_PERSON, EN_ABOUT_NOBODY),
    "second de": (SECOND_DE_ABOUT_A_PERSON, SECOND_DE_ABOUT_NOBODY),
    "second en": (SECOND_EN_ABOUT_A_PERSON, SECOND_EN_ABOUT_NOBODY),
}


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
    for people, nobody in (SETS["de"], SETS["en"]):
        assert len(people) + len(nobody) >= 40 and len(people) >= 20 and len(nobody) >= 20
    for people, _ in SETS.values():
        assert all(words in text for text, words in people)


# Still missed or still flagged after this session's rules, left as they are rather than fitted one by one.
# "on the orthopaedics ward": a ward after a term reads as a thing ("stroke ward rules"); "dose of levetiracetam
# went up to 250 mg": the dose is not beside the drug.
# "nimmt Marcumar": a brand name with neither a stem nor a dose.
KNOWN_MISSES = {"orthopaedics", "levetiracetam", "Marcumar"}
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
