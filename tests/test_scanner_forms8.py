"""Sentences of our own (eighth session), written before the rules: health in care settings, practitioners, leave
and benefits, fitness assessments and pregnancy wording; passphrases and Wi-Fi keys in prose; address lines of a
basement flat, a US street alone, German lines joined by " / " and Austrian door numbers; birth dates on every line
of a class list; and, for each form, look-alikes about nobody that must stay clean."""

from __future__ import annotations

import pytest
from helpers.scanning import case_id, covered, texts_of

from course.scanner import scan

# (language, category, text, value): personal data in the forms of this session; the value must be found.
PERSONAL = [
    # care settings: inpatient, outpatient, emergency, spa cure
    ("de", "health", "Frau Yilmaz war drei Tage stationär in der Uniklinik.", "stationär"),
    ("de", "health", "Herr Brandt wird ambulant behandelt und kommt nachmittags wieder.", "ambulant behandelt"),
    ("de", "health", "Jana Köhler ist in der Notaufnahme gelandet, sie meldet sich später.", "Notaufnahme"),
    ("de", "health", "Frau Huber liegt seit gestern im Spital.", "Spital"),
    ("de", "health", "Lukas Becker war sechs Wochen zur Kur in Bad Wörishofen.", "Kur"),
    ("de", "health", "Herr Aydın ist seit Dienstag stationär aufgenommen.", "stationär"),
    ("en", "health", "Mr Adeyemi was admitted as an inpatient on Monday.", "inpatient"),
    ("en", "health", "Grace Wu is being treated as an outpatient at St Mary's.", "outpatient"),
    ("en", "health", "Sam Patel ended up in A&E after the match.", "A&E"),
    ("en", "health", "Daniel Reyes went to the ER last night; he'll be out until Friday.", "ER"),
    ("en", "health", "Nia Roberts is at urgent care and will log in later.", "urgent care"),
    ("en", "health", "Zoe Adams was discharged from the ward yesterday.", "discharged from the ward"),
    # practitioners the person sees
    ("de", "health", "Mia war heute bei der Kinderärztin, ihre Mutter holt sie früher ab.", "Kinderärztin"),
    ("de", "health", "Jonas Richter hat morgen früh einen Termin beim Hausarzt.", "Hausarzt"),
    ("de", "health", "Der Zahnarzt hat Paul Wagner für Donnerstag einbestellt.", "Zahnarzt"),
    ("de", "health", "Herr Petrović hat dienstags Physio und kommt erst um zehn.", "Physio"),
    ("de", "health", "Frau Lorenz braucht ein Gutachten vom Amtsarzt.", "Amtsarzt"),
    ("en", "health", "Oliver Hughes has a GP appointment at 10.", "GP appointment"),
    ("en", "health", "Chloe Evans sees the physio every Thursday.", "physio"),
    ("en", "health", "Emily Ross has an appointment with her OB-GYN on Friday.", "OB-GYN"),
    ("en", "health", "Ravi Shah is waiting to see the occupational therapist.", "occupational therapist"),
    ("en", "health", "Tom Baker is at the dentist until eleven.", "dentist"),
    # pregnancy
    ("de", "health", "Frau Keller ist schwanger und fällt ab März aus.", "schwanger"),
    ("de", "health", "Sabine Roth ist in anderen Umständen, bitte keine Nachtschichten mehr.", "in anderen Umständen"),
    ("de", "health", "Anna Schuster geht ab 1. Juni in Mutterschutz.", "Mutterschutz"),
    ("de", "health", "Der errechnete Geburtstermin von Frau Albers ist im Mai.", "errechnete Geburtstermin"),
    ("en", "health", "Priya Nair is expecting her second baby in April.", "expecting"),
    ("en", "health", "Hannah Clarke is due in May, so cover is needed from April.", "due in May"),
    ("en", "health", "Megan Price had her 20-week scan this morning.", "20-week scan"),
    ("en", "health", "Ms Okoro is pregnant and asked for a chair at the counter.", "pregnant"),
    # sick pay and leave types
    ("de", "health", "Herr Okafor bezieht seit der siebten Woche Krankengeld.", "Krankengeld"),
    ("de", "health", "Lohnabrechnung Petra Engel: Krankengeldzuschuss 212,40 EUR", "Krankengeldzuschuss"),
    ("en", "health", "Laura Bennett is on SSP from next week.", "SSP"),
    ("en", "health", "Ben Carter has been on statutory sick pay since 3 March.", "statutory sick pay"),
    # fitness assessments
    ("de", "health", "Laut Betriebsarzt ist Tobias Lang nicht höhentauglich.", "nicht höhentauglich"),
    ("de", "health", "Herr Weber hat die G26-Untersuchung nicht bestanden.", "G26-Untersuchung"),
    ("de", "health", "Frau Vogt ist laut Gutachten nur eingeschränkt dienstfähig.", "eingeschränkt dienstfähig"),
    ("en", "health", "Mark Davies failed his DVLA medical last week.", "DVLA medical"),
    ("en", "health", "Jack Turner has his HGV medical on the 14th.", "HGV medical"),
    ("en", "health", "Kwame Mensah was found unfit for night work by occupational health.", "unfit for night work"),
    # secrets in prose
    ("de", "secret", "Hab dir das Passwort geschickt: kaffeetasse-blau-17", "kaffeetasse-blau-17"),
    ("de", "secret", "WLAN-Schlüssel: sonnenblume42", "sonnenblume42"),
    ("de", "secret", "Der Schlüssel fürs Gäste-WLAN lautet tannenzapfen2024.", "tannenzapfen2024"),
    ("de", "secret", "Mein Passwort ist Wolkenkratzer!9, bitte nicht weitergeben.", "Wolkenkratzer!9"),
    ("en", "secret", "Sent you the password: purple-otter-battery", "purple-otter-battery"),
    ("en", "secret", "the password is lighthouse1987 for now", "lighthouse1987"),
    ("en", "secret", "Wi-Fi key: bluebird77", "bluebird77"),
    ("en", "secret", "The key for the guest wifi is seashell-42.", "seashell-42"),
    # addresses
    (
        "en",
        "address",
        "Basement Flat\n12 Rosebery Road\nBristol\nBS6 5QY",
        "Basement Flat\n12 Rosebery Road\nBristol\nBS6 5QY",
    ),
    (
        "en",
        "address",
        "Send it to:\n6903 Maple Avenue\nSpringfield, IL 62704",
        "6903 Maple Avenue\nSpringfield, IL 62704",
    ),
    ("en", "address", "Ship to Ana Diaz\n1420 Cedar Lane\nAustin, TX 78701", "1420 Cedar Lane\nAustin, TX 78701"),
    (
        "en",
        "address",
        "Top Floor Flat, 3 Kings Road, Brighton BN1 2AB",
        "Top Floor Flat, 3 Kings Road, Brighton BN1 2AB",
    ),
    (
        "de",
        "address",
        "Anschrift: Lindenweg 4a / 3. OG rechts / 70173 Stuttgart",
        "Lindenweg 4a / 3. OG rechts / 70173 Stuttgart",
    ),
    ("de", "address", "Am Mühlbach 7 / Hinterhaus / 80331 München", "Am Mühlbach 7 / Hinterhaus / 80331 München"),
    ("de", "address", "Wohnhaft: Mariahilfer Straße 102/7, 1070 Wien", "Mariahilfer Straße 102/7, 1070 Wien"),
    ("de", "address", "Neue Adresse: Landstraßer Gürtel 5/2/11, 8010 Graz", "Landstraßer Gürtel 5/2/11, 8010 Graz"),
    # birth dates on every line of a class list
    ("de", "date-of-birth", "Klasse 4b (Geburtsdatum):\nMia Schulz, 12.03.2016\nNoah Becker, 02.11.2015", "02.11.2015"),
    (
        "de",
        "date-of-birth",
        "Teilnehmer mit Geburtsdatum\nLea Wolf 30.07.2016\nBen Graf 14.01.2016\nEla Kurt 01.09.2015",
        "01.09.2015",
    ),
    (
        "en",
        "date-of-birth",
        "Year 3 register, date of birth:\nOliver Smith 14/02/2017\nAmelia Jones 03/09/2016",
        "03/09/2016",
    ),
    (
        "en",
        "date-of-birth",
        "Swim club (DOB)\n- Leo King, 2016-05-21\n- Ivy Hall, 2015-12-02\n- Max Reid, 2016-02-29",
        "2016-02-29",
    ),
]

# (language, category, text): look-alikes about nobody or in another sense; no finding of the category.
CLEAN = [
    ("de", "health", "Wie beantrage ich einen Pflegegrad für Angehörige?"),
    ("de", "health", "In der Kita geht gerade eine Magen-Darm-Welle um."),
    ("de", "health", "Die Hausarztpraxis am Markt sucht eine MFA in Teilzeit."),
    ("de", "health", "Stationärer Handel und Onlineshop wachsen wieder."),
    ("de", "health", "Krankengeld wird ab der siebten Woche von der Krankenkasse gezahlt."),
    ("de", "health", "Der Server sendet alle 30 Sekunden einen Heartbeat."),
    ("de", "health", "Unser Hund war beim Tierarzt, er frisst wieder."),
    ("de", "health", "Laut Statistik ist jede zehnte Beschäftigte im Jahr einmal krankgeschrieben."),
    ("de", "health", "Die Tauglichkeit der Software für den Dauerbetrieb ist noch offen."),
    ("de", "health", "Unter anderen Umständen hätten wir früher geliefert."),
    ("de", "health", "Der Screenreader liest die Tabelle zeilenweise vor."),
    ("de", "health", "Schwangere Beschäftigte haben Anspruch auf Mutterschutz nach dem MuSchG."),
    ("de", "health", "Die Notaufnahme des Klinikums wird ab Juli umgebaut."),
    ("de", "health", "Das Formular zur G26-Untersuchung liegt im Intranet unter Arbeitsschutz."),
    ("de", "health", "Wie viele Wochen zahlt die Kasse höchstens Krankengeld?"),
    ("de", "health", "Die Lagerhaltung erfolgt stationär, der Verkauf ambulant auf Märkten."),
    ("de", "secret", "Das Passwort geschickt? Nein, das kommt per Post."),
    ("de", "secret", "Der WLAN-Schlüssel steht auf der Rückseite des Routers."),
    ("de", "secret", "Schlüssel: beim Hausmeister abholen."),
    ("de", "address", "Siehe Handbuch Seite 47/14, Abschnitt 3."),
    ("de", "address", "Raum 13 / 2. OG / Gebäude B"),
    ("de", "date-of-birth", "Lieferungen mit Datum\nPapier 12.03.2026\nToner 02.11.2026\nOrdner 30.07.2026"),
    ("en", "health", "How do I claim SSP for a member of staff?"),
    ("en", "health", "A stomach bug is going round the nursery this week."),
    ("en", "health", "The screen reader announces every heading."),
    ("en", "health", "The service sends a heartbeat every 30 seconds."),
    ("en", "health", "Our dog had to see the vet for his hip."),
    ("en", "health", "Statistics: four in ten employees took sick leave last year."),
    ("en", "health", "We are expecting the delivery in May."),
    ("en", "health", "The report is due in May."),
    ("en", "health", "The GP surgery on Elm Road opens at 8."),
    ("en", "health", "Outpatient services will move to the new wing in 2027."),
    ("en", "health", "A&E waiting times rose across the region."),
    ("en", "health", "The DVLA medical form can be downloaded from the website."),
    ("en", "health", "Inpatient beds are counted every night at midnight."),
    ("en", "health", "We are expecting heavy rain tomorrow."),
    ("en", "health", "The ER diagram shows the customer and order tables."),
    ("en", "health", "SSP rates change every April."),
    ("en", "health", "The fitness centre is closed on bank holidays."),
    ("en", "secret", "The password is stored in the vault."),
    ("en", "secret", "The key is to keep prompts short."),
    ("en", "secret", "Password is required for all accounts."),
    ("en", "address", "We moved the meeting to room 6903 on Maple Avenue's campus."),
    ("en", "address", "Basement flat prices rose by 4 % in the city."),
    ("en", "date-of-birth", "Release dates\nv1.2 14/02/2027\nv1.3 03/09/2027"),
]

# Look-alikes written AFTER the rules, from what they first caught wrongly (kept apart from the measured sets).
LATER_CLEAN = [
    ("de", "health", "Frau Dr. Lange ist Kinderärztin in Kiel."),
    ("de", "health", "Aushang: Die Betriebsärztin hält am Dienstag Sprechstunde, Brett im Flur beachten."),
    ("de", "health", "Wir suchen eine Zahnärztin für unsere Praxis in Graz."),
    ("en", "health", "The patient record module is for GP surgeries, not us."),
    ("en", "health", "Sick pay policy: SSP is paid from the fourth qualifying day, Anna Weber explains."),
    ("en", "health", "Info evening: how to apply for Attendance Allowance. Host: Tom Baker."),
    ("en", "secret", "We use the password reset-self-service portal."),
    ("en", "secret", "Pin 13 of the board drives the LED."),
    ("en", "secret", "The password manager stores long-random-passphrases."),
    ("de", "address", "Raum 13 / 2. OG / Gebäude B"),
    ("de", "date-of-birth", "Termine\nAnna Weber, 12.03.2026\nJonas Berg, 14.03.2026"),
]


# Machine senders: no personal data at all, so no finding (the contract: a company's published contact is not).
MACHINE_MAIL = [
    "Bitte nicht an noreply@example.org antworten.",
    "Sent from no-reply@bank.co.uk - do not reply.",
    "Von: donotreply@portal.example.com",
]


def _found(case: tuple[str, str, str, str]) -> bool:
    _lang, category, text, value = case
    return covered(text, category, value)


def _clean(case: tuple[str, str, str]) -> bool:
    _lang, category, text = case
    return not texts_of(category, text)


@pytest.mark.parametrize("case", PERSONAL, ids=case_id)
def test_personal_data_in_this_sessions_forms_is_found(case: tuple[str, str, str, str]) -> None:
    assert _found(case)


@pytest.mark.parametrize("case", [c for c in PERSONAL if c[1] == "health"], ids=case_id)
def test_health_about_a_named_person_makes_the_text_red(case: tuple[str, str, str, str]) -> None:
    assert scan(case[2]).level == "red"


@pytest.mark.parametrize("case", CLEAN, ids=case_id)
def test_look_alikes_about_nobody_have_no_finding_of_the_category(case: tuple[str, str, str]) -> None:
    assert _clean(case)


@pytest.mark.parametrize("case", LATER_CLEAN, ids=case_id)
def test_look_alikes_found_later_have_no_finding_of_the_category(case: tuple[str, str, str]) -> None:
    assert _clean(case)


@pytest.mark.parametrize("text", MACHINE_MAIL)
def test_a_machine_sender_address_is_no_personal_data(text: str) -> None:
    assert scan(text).findings == ()


def test_a_person_s_address_beside_a_machine_sender_is_still_found() -> None:
    text = "Von noreply@shop.example an anna.berg@gmail.com"
    assert texts_of("email", text) == ["anna.berg@gmail.com"]


def measure() -> None:
    """Counts per language and kind: `.venv/bin/python tests/test_scanner_forms8.py` (run from the repo root)."""
    for lang in ("de", "en"):
        p = [c for c in PERSONAL if c[0] == lang]
        n = [c for c in CLEAN if c[0] == lang]
        print(
            f"{lang}: personal found {sum(map(_found, p))}/{len(p)}, look-alikes clean {sum(map(_clean, n))}/{len(n)}"
        )
        for c in p:
            if not _found(c):
                print("   missed", c[1], repr(c[3]))
        for c in n:
            if not _clean(c):
                print("   flagged", c[1], repr(c[2]), texts_of(c[1], c[2]))
    print(f"machine senders clean {sum(not scan(t).findings for t in MACHINE_MAIL)}/{len(MACHINE_MAIL)}")


if __name__ == "__main__":
    measure()
