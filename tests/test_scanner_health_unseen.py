"""Health data on wording written for this file before any rule was changed (sixth session, issue 14): health facts
about a person in voices unlike the corpora (symptoms, specialists, doses, rehab, allergies, mental health,
addiction, pregnancy, disability and accommodations, test results, stays, Pflegegrad, GdB) must be found, and
the same words about nobody (policies, products, clinics as customers, statistics, idioms, job titles, IT words)
must not. Run the file as a script to print its recall and false findings per language.
"""

from __future__ import annotations

import sys

import pytest

from course.scanner import scan

pytestmark = pytest.mark.slow  # about a hundred scans: a second or so, so not in the fast run

# (text, words a health finding must overlap): the health fact about a person.
DE_ABOUT_A_PERSON = [
    ("Betreff: Jour fixe entfällt\nHerr Demir hat um 10 Uhr einen Termin beim Kardiologen.", "Kardiologen"),
    ("Laut Befund vom Dienstag sind Lisas Leberwerte deutlich erhöht.", "Leberwerte"),
    ("Mein Vater hat seit dem Frühjahr Pflegegrad 3, ich muss daher öfter früher gehen.", "Pflegegrad 3"),
    ("ich nehm seit zwei wochen 20 mg citalopram und bin morgens noch ziemlich benommen", "citalopram"),
    ("Frau Albrecht ist bis Ende Mai in der Anschlussheilbehandlung in Bad Füssing.", "Anschlussheilbehandlung"),
    ("Azubi Kevin reagiert allergisch auf Nüsse – beim Teamessen bitte dran denken!", "allergisch"),
    ("Tobias hat mir im Vertrauen erzählt, dass er wieder zu den Anonymen Alkoholikern geht.", "Alkoholikern"),
    ("Für Frau Yilmaz liegt jetzt der Bescheid über einen GdB von 50 vor, Zusatzurlaub bitte eintragen.", "GdB von 50"),
    ("Jana ist in der 20. Schwangerschaftswoche und darf keine Nachtschichten mehr machen.", "Schwangerschaftswoche"),
    ("Sabine kann heute nicht, ihr Kleiner hat hohes Fieber und Ausschlag.", "Fieber"),
    ("Der Blutzuckerwert von Herrn Petersen lag heute früh bei 240.", "Blutzuckerwert"),
    (
        "Ich war gestern wieder bei meiner Psychotherapeutin, wir machen jetzt wöchentliche Sitzungen.",
        "Psychotherapeutin",
    ),
    ("Marco hat sich beim Kicken das Sprunggelenk gebrochen und humpelt mit Orthese durchs Büro.", "Sprunggelenk"),
    ("Wegen seiner Hörminderung bekommt Herr Öztürk im Meetingraum einen Platz vorne.", "Hörminderung"),
    ("Herr Brandt kommt nach sechs Wochen stationärem Alkoholentzug am Montag zurück.", "Alkoholentzug"),
    ("Notiz an mich: Befund der Magenspiegelung bei Dr. Weiß abholen.", "Magenspiegelung"),
    ("Meine Frau hatte letzte Woche eine Fehlgeburt, ich nehme deshalb ein paar Tage frei.", "Fehlgeburt"),
    ("Seit dem Unfall ist Benedikt querschnittsgelähmt, der Raum im 3. OG ist für ihn nicht erreichbar.", "gelähmt"),
    ("Anna bekommt ab Montag wieder Infusionen gegen ihre Colitis und arbeitet nur vormittags.", "Colitis"),
    ("Hr. Keller – AU bis 30.4., Diagnose laut Telefonat: Gürtelrose", "Gürtelrose"),
    ("hab heut mein labor bekommen, hba1c bei 8,1, der doc will das insulin hochsetzen", "insulin"),
    ("Lena ist Autistin und arbeitet deshalb mit Noise-Cancelling-Kopfhörern.", "Autistin"),
    ("Frau Hahn hat einen Bandscheibenvorfall und fällt bis auf Weiteres aus.", "Bandscheibenvorfall"),
    ("Sven hatte gestern im Lager einen epileptischen Anfall, der Notarzt war da.", "epileptischen Anfall"),
    ("Ich bin seit Januar bei einer Suchtberatung wegen meiner Spielsucht.", "Spielsucht"),
    (
        "Herrn Wagner bitte keine Vorträge vor großer Runde mehr geben, er ist wegen einer Panikstörung in Behandlung.",
        "Panikstörung",
    ),
    ("Der errechnete Geburtstermin von Frau Schulz ist der 14. März.", "Geburtstermin"),
]
DE_ABOUT_NOBODY = [
    "Die Krankenkasse erhöht zum Januar den Zusatzbeitrag auf 2,9 Prozent.",
    "Unsere Kundin, die kardiologische Gemeinschaftspraxis am Markt, hat die Märzrechnung noch offen.",
    "Im Pausenraum hängt ein Erste-Hilfe-Kasten, die Pflaster sind aber alle.",
    "Der Server ist heute krank langsam, kann mal jemand in die Logs schauen?",
    "Dieses Projekt ist ein Patient, den wir nicht mehr retten können.",
    "Ausgeschrieben: Gesundheits- und Krankenpfleger (m/w/d) in Vollzeit, Standort Lübeck.",
    "Bitte spielt bis Freitag das Update für den Virenscanner auf allen Laptops ein.",
    "Laut Umfrage klagen 38 Prozent der Beschäftigten in der Pflege über Rückenschmerzen.",
    "Die Apotheke am Bahnhof hat 500 Flyer zur Grippeimpfung bei uns bestellt.",
    "Das ist doch krank, was die für einen Stellplatz in der Tiefgarage verlangen!",
    "Im Dezember gibt es in der Kantine wieder Gerichte für Diabetiker.",
    "Unsere Software verwaltet Patientenakten für über 200 Arztpraxen in Bayern.",
    "Die Onkologie des Klinikums sucht eine neue Terminsoftware und hat uns angefragt.",
    "Die Lieferung der Rollstühle an das Sanitätshaus verzögert sich um eine Woche.",
    "Bei der Migration der Datenbank ist das alte Schema krachend gescheitert.",
    "Der Vortrag „Psychische Gesundheit im Büro“ ist am Donnerstag im Raum Elbe.",
    "Ein Drittel aller Krankschreibungen geht inzwischen auf psychische Diagnosen zurück.",
    "Dieser Quartalsabschluss bereitet mir echt Kopfschmerzen.",
    "Die Zahnarztpraxis Dr. Vogel ist seit 2019 unser Kunde.",
    "Krebs ist in Deutschland die zweithäufigste Todesursache.",
    "Im Training lernen Teamleitungen, erste Anzeichen von Überlastung im Team zu erkennen.",
    "Der Betriebsrat fordert mehr barrierefreie Arbeitsplätze für Menschen mit Behinderung.",
    "Unser Netzwerk hat sich einen Virus eingefangen – bitte keine Anhänge öffnen.",
    "Die Allergene sind auf der Speisekarte mit Buchstaben gekennzeichnet.",
    "Für die Rehaklinik am See bauen wir gerade die neue Website.",
    "Frau Dr. Lange leitet seit Januar die Abteilung Kardiologie.",
    "Mein Bruder studiert Medizin in Leipzig und will Chirurg werden.",
]
EN_ABOUT_A_PERSON = [
    ("Priya's consultant moved her biopsy results appointment to Thursday, so she'll log off at two.", "biopsy"),
    ("FYI Tom is back on his antidepressants and asked for no late shifts this month.", "antidepressants"),
    ("Gareth broke his collarbone mountain biking and is typing one-handed from home.", "broke his collarbone"),
    ("My son was just diagnosed with type 1, so I'm leaving early to meet the diabetes nurse.", "diagnosed"),
    ("Mrs Okafor's midwife wants her to cut her hours now she's in her third trimester.", "trimester"),
    ("Note for HR: Daniel disclosed that he's a recovering alcoholic and asked us to skip the pub quiz.", "alcoholic"),
    ("Claire's bloods came back and her iron is very low, she's on supplements for now.", "bloods"),
    ("Mr Hughes wears hearing aids, please book room 4 with the induction loop.", "hearing aids"),
    ("having a flare-up of my crohn's today so working from bed, camera off", "crohn's"),
    ("Aisha has a severe peanut allergy and carries an EpiPen; please tell the caterers.", "allergy"),
    ("Kevin's wife is on the stroke ward at St Mary's and he's taking compassionate leave.", "stroke"),
    ("Jess is having a mastectomy next month and will need four to six weeks off.", "mastectomy"),
    ("Ben has ADHD and prefers written instructions to long calls.", "ADHD"),
    ("Sorry for the slow replies, I'm still recovering from covid and wiped out by lunchtime.", "covid"),
    ("Olivia is 24 weeks pregnant and asked for a chair with better lumbar support.", "pregnant"),
    ("Our receptionist Helen has a Blue Badge because of her multiple sclerosis.", "multiple sclerosis"),
    ("Dr Patel says Liam mustn't lift anything over 5 kg for six weeks after the hernia repair.", "hernia"),
    ("Sam started on 50 mg sertraline last week and the first days have been rough.", "sertraline"),
    ("Kate is at the fertility clinic on Friday morning for her egg collection.", "fertility"),
    ("Rob was kept in overnight with chest pains; his partner rang in this morning.", "chest pains"),
    ("Mum's dementia has got worse and I'm now her carer most evenings.", "dementia"),
    ("Hannah is partially sighted and needs the slides in large print.", "partially sighted"),
    ("Leo has been off since his breakdown in March; the occupational health referral is pending.", "breakdown"),
    ("James had a vasectomy on Tuesday and is WFH until Monday.", "vasectomy"),
    ("Our intern Mia is a wheelchair user, so the team lunch moves to the ground floor.", "wheelchair"),
    ("Dentist at 3 for a root canal, back online afterwards - Chris", "root canal"),
    ("Ellie's second round of IVF starts next week and she may need time off at short notice.", "IVF"),
]
EN_ABOUT_NOBODY = [
    "The NHS trust renewed our contract for the patient booking system.",
    "This spreadsheet is giving me a headache.",
    "Our client, a dermatology clinic in Leeds, wants a new logo.",
    "Average sick days per employee fell to 4.1 last year.",
    "We're hiring a Clinical Data Analyst for the oncology research team.",
    "The new build is sick! Great work on the release, everyone.",
    "Please don't run the virus scan during the demo.",
    "Pharmacy customers can now order insulin pens through the portal.",
    "The wellness budget covers gym memberships and eye tests for all staff.",
    "That supplier has been a real pain in the neck this quarter.",
    "The quarterly report shows retail suffering from weak demand.",
    "The office has step-free access and an accessible toilet on every floor.",
    "Mental Health Awareness Week starts on Monday with free yoga at lunchtime.",
    "Our new hospital client wants the invoices split by ward.",
    "Honestly, the legacy codebase is a cancer on this project.",
    "Did you see the charity run for Cancer Research UK on Saturday?",
    "Maternity pay is calculated from average weekly earnings.",
    "Allergy information for every dish is on the back of the menu.",
    "Flu jab uptake among over-65s rose by 12 percent.",
    "The surgery on Elm Road will be closed for refurbishment on Friday.",
    "We've been asked to quote for 300 hospital beds for a care home group.",
    "The app pings you when it's time to take your medication.",
    "I'm sick of these pop-ups asking me to update Java.",
    "Our Disability Confident employer badge was renewed this month.",
    "The Frankfurt cluster needs a health check after last night's outage.",
    "She was the first nurse to become chief executive of the hospital group.",
    "Dr Schmidt from the university will present the study on sleep disorders.",
]

# Written after the first round of rules (word families, the person test for texts that name nobody) and before
# the second, without looking at the rules again: a check that the first round carries to wording it was not
# made for.
SECOND_DE_ABOUT_A_PERSON = [
    ("Kurze Info vom Empfang: Frau Lindqvist wurde heute mit Verdacht auf Blinddarm abgeholt.", "Blinddarm"),
    ("Herr Özdemir trägt seit dem Sturz eine Halskrause und kann nicht Auto fahren.", "Halskrause"),
    ("Meine Tochter hat Neurodermitis, deshalb bin ich morgen beim Hautarzt.", "Neurodermitis"),
    ("Bitte bei der Planung beachten: Frau Kowalczyk hat Höhenangst und Klaustrophobie.", "Klaustrophobie"),
    ("ich hatte heute nacht wieder so eine migräneattacke, komme später", "migräneattacke"),
    ("Der Kollege Brenner muss dreimal die Woche zur Dialyse.", "Dialyse"),
    ("Unser Fahrer Mehmet hat eine Rot-Grün-Schwäche und darf die Ampelanlage nicht prüfen.", "Rot-Grün-Schwäche"),
    ("Frau Petrović befindet sich derzeit in einer Mutter-Kind-Kur.", "Mutter-Kind-Kur"),
    ("Herr Albers ist nach seinem Herzkatheter wieder im Dienst, aber noch schonungsbedürftig.", "Herzkatheter"),
    ("Johanna hat einen Gips am linken Arm und tippt langsam.", "Gips"),
    ("Ich bin trockene Alkoholikerin und trinke beim Firmenjubiläum bitte nur Wasser.", "Alkoholikerin"),
    ("Laut Arztbrief hat Herr Jovanović eine Niereninsuffizienz im Stadium 3.", "Niereninsuffizienz"),
    ("Frau Bergers Baby kam vier Wochen zu früh, Mutter und Kind sind noch in der Klinik.", "in der Klinik"),
    ("Thomas hat sich bei der Inventur einen Hexenschuss geholt.", "Hexenschuss"),
    ("Nach der Chemo sind Frau Kaisers Blutwerte noch schlecht.", "Chemo"),
    ("Herr Schubert nimmt Blutverdünner und darf deshalb nicht zur Blutspende.", "Blutverdünner"),
]
SECOND_DE_ABOUT_NOBODY = [
    "Die Grippewelle hat laut RKI ihren Höhepunkt erreicht.",
    "Wir liefern ab März auch Desinfektionsmittel an Zahnarztpraxen.",
    "Das neue ERP-System hat noch Kinderkrankheiten.",
    "Der Arbeitskreis Gesundheit trifft sich am Dienstag in Raum 2.",
    "Im Intranet findet ihr die Telefonnummer der Betriebsärztin.",
    "Die Pflegeversicherung übernimmt einen Teil der Kosten für Hilfsmittel.",
    "Der Drucker im 2. Stock ist mal wieder total krank.",
    "Die Zahl der Krankheitstage ist im dritten Quartal gesunken.",
    "Schulung: Erste Hilfe bei Herzinfarkt und Schlaganfall, max. 12 Teilnehmende.",
    "Die Stiftung Deutsche Krebshilfe hat uns für die Spendenaktion gedankt.",
    "Der Kunde wünscht eine rollstuhlgerechte Rampe am Eingang des Showrooms.",
    "Bitte den Sanitätsraum nicht als Lager für Kartons benutzen.",
    "In der Besprechung ging es um die Therapie für unser Sorgenkind, die Filiale Nord.",
    "Die Kantine bietet ab Montag laktosefreie Gerichte an.",
]
SECOND_EN_ABOUT_A_PERSON = [
    ("Quick heads-up: Farah fainted in the car park this morning and has gone home.", "fainted"),
    ("Mr Lowe's knee gave way again, he's booked in for keyhole surgery.", "keyhole surgery"),
    ("I've been told I have a stomach ulcer, so no client dinners for a while.", "stomach ulcer"),
    ("Our courier Dev is recovering from a collapsed lung.", "collapsed lung"),
    ("Megan has gestational diabetes and needs to eat at set times.", "diabetes"),
    ("Nathan is on a waiting list for a hip op and struggles with the stairs.", "hip op"),
    ("Please cover for Ruth, she's at the eye hospital with a detached retina.", "detached retina"),
    ("Ian was signed off with vertigo after the flight.", "vertigo"),
    ("My dad has just started dialysis, so I'll be in late on Mondays.", "dialysis"),
    ("Holly's youngest has been admitted with bronchiolitis.", "bronchiolitis"),
    ("Tariq uses a hearing aid in his left ear and prefers the meeting room with carpet.", "hearing aid"),
    ("Sophie gets panic attacks before presentations; her therapist suggested we swap her slot.", "panic attacks"),
    ("Alan's bipolar meds have been changed and he may be tired next week.", "bipolar"),
    ("Chloe had her gallbladder removed and is recovering at home.", "gallbladder"),
    ("Mr Grant's angina is playing up, so he's not doing the site walk.", "angina"),
    ("Zoe is deaf in one ear and lip-reads in meetings.", "deaf"),
]
SECOND_EN_ABOUT_NOBODY = [
    "The flu season is expected to peak in January, says the health agency.",
    "Our biggest customer is a chain of physiotherapy practices in the Midlands.",
    "The new CRM still has a few teething problems.",
    "Please do not leave boxes in the first aid room.",
    "Sick pay is paid from the fourth day of absence.",
    "The wellbeing committee meets on Tuesday in room 2.",
    "The printer on the second floor is acting sick again.",
    "The number of sick days fell in the third quarter.",
    "First aid course: heart attacks and strokes, 12 places.",
    "Cancer Research UK thanked us for the fundraiser.",
    "The client wants a wheelchair ramp at the showroom entrance.",
    "The team discussed a cure for our problem child, the northern branch.",
    "The canteen now offers lactose-free meals.",
    "Our pharmacy client asked for a quote on 2,000 blister packs.",
]


def _hit(text: str, words: str) -> bool:
    """A health finding overlaps `words` in `text`."""
    start = text.index(words)
    end = start + len(words)
    return any(f.category == "health" and f.start < end and f.end > start for f in scan(text).findings)


def _flagged(text: str) -> bool:
    return any(f.category == "health" for f in scan(text).findings)


# Written after the second round, before any further change (a third check of transfer).
THIRD_DE_ABOUT_A_PERSON = [
    ("Herr Vogt hat Gallensteine und wartet auf einen OP-Termin.", "Gallensteine"),
    ("Bei Frau Engel wurde eine Schilddrüsenunterfunktion festgestellt.", "Schilddrüsenunterfunktion"),
    ("Unser Azubi Leon hat Asperger und braucht klare Ansagen.", "Asperger"),
    ("Frau Mertens ist seit dem Wochenende mit einer Nierenbeckenentzündung im Krankenhaus.", "Nierenbeckenentzündung"),
    ("Sebastian hat einen Tennisarm und soll die Maus mit links bedienen.", "Tennisarm"),
    ("Ich bin Typ-1-Diabetikerin und muss vor dem Mittagessen spritzen.", "Diabetikerin"),
    ("Herr Lang hatte einen Bandscheibenvorfall an der Halswirbelsäule.", "Bandscheibenvorfall"),
    ("Frau Nowak bekommt seit März eine Traumatherapie.", "Traumatherapie"),
    ("Mein Mann liegt mit einer Thrombose im Bein im Klinikum.", "Thrombose"),
    ("Carla hat Heuschnupfen und sitzt deshalb lieber nicht am offenen Fenster.", "Heuschnupfen"),
]
THIRD_DE_ABOUT_NOBODY = [
    "Die Krankenhausreform soll 2027 in Kraft treten.",
    "Der Pharmagroßhändler liefert die Impfstoffe montags aus.",
    "Unser Projekt leidet unter chronischem Personalmangel.",
    "Im Seminar geht es um Depressionen am Arbeitsplatz und wie man sie erkennt.",
    "Die Physiotherapiepraxis im Erdgeschoss sucht einen neuen Mieter für die Nebenräume.",
    "Das Budget für Gesundheitsförderung wurde um zehn Prozent erhöht.",
    "Das Update hat einen Fehler im Virenscanner behoben.",
    "Auf der Messe stellen wir unsere neuen Rollatoren vor.",
]
THIRD_EN_ABOUT_A_PERSON = [
    ("Greg's been diagnosed with sleep apnoea and now uses a CPAP machine.", "sleep apnoea"),
    ("Amira has endometriosis and some months needs a day working from home.", "endometriosis"),
    ("Mr Doyle is having a cataract operation on Wednesday.", "cataract"),
    ("My partner has long Covid, so I'm keeping my hours flexible.", "long Covid"),
    ("Nina sprained her wrist at netball and can't type much.", "sprained"),
    ("Hugo is colour blind, so please don't rely on red and green in the dashboards.", "colour blind"),
    ("Ayo's son has sickle cell and was in hospital again last week.", "sickle cell"),
    ("Kirsty is 30 weeks pregnant and has pelvic girdle pain.", "pregnant"),
    ("Liam takes methotrexate for his psoriasis.", "psoriasis"),
    ("Bella stammers and would rather not present at the all-hands.", "stammers"),
]
THIRD_EN_ABOUT_NOBODY = [
    "The hospital trust has frozen all new IT projects until April.",
    "Our supplier is suffering from a shortage of chips.",
    "The seminar covers depression in the workplace and how to spot it.",
    "The physiotherapy practice downstairs is looking for a new tenant.",
    "The wellbeing budget rose by ten percent.",
    "This release fixes a bug in the virus scanner.",
    "We are showing our new walking frames at the trade fair.",
    "Our insurer now covers mental health apps for all staff.",
]


SETS = {
    "first de": (DE_ABOUT_A_PERSON, DE_ABOUT_NOBODY),
    "first en": (EN_ABOUT_A_PERSON, EN_ABOUT_NOBODY),
    "second de": (SECOND_DE_ABOUT_A_PERSON, SECOND_DE_ABOUT_NOBODY),
    "second en": (SECOND_EN_ABOUT_A_PERSON, SECOND_EN_ABOUT_NOBODY),
    "third de": (THIRD_DE_ABOUT_A_PERSON, THIRD_DE_ABOUT_NOBODY),
    "third en": (THIRD_EN_ABOUT_A_PERSON, THIRD_EN_ABOUT_NOBODY),
}


def measure() -> dict[str, tuple[int, int, int, int]]:
    """Per set and language: (found, about a person, flagged, about nobody)."""
    out = {}
    for lang, (people, nobody) in SETS.items():
        hits = sum(_hit(text, words) for text, words in people)
        false = sum(_flagged(text) for text in nobody)
        out[lang] = (hits, len(people), false, len(nobody))
    return out


def test_the_sets_are_as_large_as_the_brief_asks() -> None:
    for people, nobody in ((DE_ABOUT_A_PERSON, DE_ABOUT_NOBODY), (EN_ABOUT_A_PERSON, EN_ABOUT_NOBODY)):
        assert len(people) + len(nobody) >= 40 and len(people) >= 20 and len(nobody) >= 20
    for people, _ in SETS.values():
        assert all(words in text for text, words in people)


# Still missed after the third round, left as they are rather than fitted one by one.
KNOWN_MISSES = {"Tennisarm"}


@pytest.mark.parametrize(
    "text, words",
    [
        pytest.param(*p, marks=pytest.mark.xfail(strict=True, reason="no rule")) if p[1] in KNOWN_MISSES else p
        for people, _ in SETS.values()
        for p in people
    ],
)
def test_a_health_fact_about_a_person_in_new_voices_is_found(text: str, words: str) -> None:
    assert _hit(text, words), scan(text)


@pytest.mark.parametrize("text", [t for _, nobody in SETS.values() for t in nobody])
def test_health_words_about_nobody_in_new_voices_are_no_health_data(text: str) -> None:
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
