"""The name rules of the sixth session, each by the position that tells a reader "this is a person" (issue 14).

Texts written for these tests, with invented names and wording that no corpus holds; each rule has look-alikes
beside it that must stay clean (an agenda is no chat, a list of towns is no list of people, a product is no person).
"""

from __future__ import annotations

import pytest
from helpers.scanning import names


@pytest.mark.parametrize(
    "text, name",
    [
        ("[03.02.26, 07:58] Yelda Brookmann: bin im Stau", "Yelda Brookmann"),
        ("[3/2/26, 7:58 AM] quillon: on my way", "quillon"),
        ("03.02.26, 07:58 - Marit Ossenkopp: alles klar", "Marit Ossenkopp"),
        ("[03.02.26, 08:01] Hope: I'll bring the keys", "Hope"),  # a word that is a name, beside a time stamp
        ("Marit Ossenkopp   0:14:52\nDann machen wir das so.", "Marit Ossenkopp"),  # a transcript's offset
        ("Yasmin: bin gleich da", "Yasmin"),
    ],
)
def test_who_speaks_in_a_chat_export_or_a_transcript_is_a_person(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "[09:00] Lunch: sandwiches in room 2",  # an agenda's time, no date: a known first name is needed
        "Programm\nLunch Break   12:30\nKeynote Talk   13:30\nCoffee Break   15:00",  # times on every line
        "Frank feedback wanted: is the new tool any better?",  # a heading, not a speaker
    ],
)
def test_an_agenda_or_a_heading_is_no_speaker(text: str) -> None:
    assert names(text) == []


def test_surname_given_pairs_of_an_invitation_are_people_even_when_no_list_knows_them() -> None:
    found = names("Erforderlich: Quandtmeier, Xilvana; Brettschnur, Zoltanka")
    assert found == ["Quandtmeier, Xilvana", "Brettschnur, Zoltanka"]


def test_a_list_of_towns_in_surname_given_shape_is_no_list_of_people() -> None:
    assert names("Standorte: Berlin, Hamburg; München, Köln") == []


def test_a_duty_rosters_weekday_columns_hold_people() -> None:
    found = names("Dienst|Mo|Di|Mi\nFrüh|Ansgar|Tjalda|Ansgar\nSpät|Brunkhorst|Meike|Brunkhorst")
    assert found == ["Ansgar", "Tjalda", "Ansgar", "Brunkhorst", "Meike", "Brunkhorst"]


def test_a_table_of_opening_hours_by_weekday_holds_no_people() -> None:
    assert names("Filiale;Mo;Di;Mi\nVormittag;Geschlossen;Offen;Offen\nStandort;Berlin;Hamburg;Köln") == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("Passagiere\n1) ORTWEIN/XALIMA geb. 3.4.1990", "ORTWEIN/XALIMA"),  # a passenger list's line
        ('2026-03-01T08:00:00Z INFO export: debtor="Xalima Ortwein" amount=12.00', "Xalima Ortwein"),
        ('{"customer": {"name": "Xalima Ortwein", "card_number": "4111 1111 1111 1111"}}', "Xalima Ortwein"),
        ("    Co-authored-by: Xalima Ortwein <xo@example.org>", "Xalima Ortwein"),
        ("Meldung zur Krankenkasse\nXalima Ortwein\nVersicherungsnummer: folgt", "Xalima Ortwein"),
        ("Bei Fragen bitte melden.\n\nXalima Ortwein\nTeamleitung Einkauf", "Xalima Ortwein"),  # a signature
        ("Mieter/in: Xalima Ortwein\nWhg.: 3. OG", "Xalima Ortwein"),
        ("Policyholder: Xalima Ortwein\nType: water damage", "Xalima Ortwein"),
        ("Spouse: Xalima Ortwein\nSpouse DOB: 1990", "Xalima Ortwein"),
        ("Bitte eine Abschiedskarte für Xalima besorgen.", "Xalima"),
        ("Offene Punkte (Übergabe an Xalima):", "Xalima"),
        ("Note to HR: Xalima's new bank account is attached", "Xalima"),
        ("ich bin xalima ortwein geboren 3. april 1990 und rufe an wegen", "xalima ortwein"),
        ("Herr von Ortwein hat zurückgerufen.", "von Ortwein"),
        ("Hi Will, kurze Frage zum Angebot", "Will"),
        ("Bitte die Folien bis Freitag schicken, Lena macht die Durchsicht.", "Lena"),  # a clause's subject
        ("- Jonas übernimmt die Frühschicht.", "Jonas"),  # a list's bullet opens a sentence
    ],
)
def test_a_person_is_found_by_the_position_of_the_name(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        '{"name": "Blue Widget", "price": 12}',  # a product's name: no key of personal data beside it
        "Herr der Lage bleiben: Tipps für den Jahresabschluss",  # an article is no particle
        "Die Kita Sonnenblume bleibt am Freitag zu.",
        "Das Café Linde hat neue Öffnungszeiten.",
        "Marks & Spencer vouchers are at reception.",
        "Harper & Lowe's report is due on Friday.",
        "Grant Thornton's audit starts on Monday.",
        "Die Mark Brandenburg lädt zum Wandern ein.",
        "Übergabe IT: Drucker-Treiber Netzwerk-Scanner aktualisiert.",
        "Bitte eine Geburtstagskarte für Kunden bestellen.",
        "hi it's late, sorry",
        "Diaz, Nelson and Jackson will supply the office chairs.",  # a firm of partners, not a clause's subject
    ],
)
def test_a_look_alike_of_those_positions_stays_clean(text: str) -> None:
    assert names(text) == []
