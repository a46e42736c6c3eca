"""Name forms of their own: SURNAME/GIVEN on tickets, an initial before a surname, a German genitive, a thanks."""

from __future__ import annotations

import pytest
from helpers.scanning import names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Boarding pass 2: KOWALSKI/MARTA MRS, seat 14C", "KOWALSKI/MARTA"),
        ("Umbuchung für OYELARAN/DANIEL auf den Abendflug", "OYELARAN/DANIEL"),
        ("Die Unterlagen liegen bei H. Brandstätter im Sekretariat.", "H. Brandstätter"),
        ("Invoice queries go to: R. Okonkwo, accounts payable", "R. Okonkwo"),
        ("Wer übernimmt Sabines Schicht am Freitag?", "Sabine"),
        ("Lukas Urlaubsantrag liegt noch bei mir; Ottos Vertretung ist geklärt.", "Otto"),
        ("please move the meeting to thursday thanks miriam", "miriam"),
        ("Bin heute im Homeoffice, erreichbar per Mail. Grüße Jonas", "Jonas"),
    ],
)
def test_name_forms_are_found(text: str, name: str) -> None:
    assert any(name in found for found in names(text)), names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kurs EUR/CHF heute 0.94, Formate PDF/DOCX, Schalter AND/OR",
        "HR/IT onboarding checklist, CEO/CFO sign-off",
        "Die richtige Antwort ist A. Danach geht es mit Frage 2 weiter.",
        "Siehe Abb. 3 und Gruppe B. Anschließend Pause.",
        "Frohes Fest, Gutes Neues Jahr und Alles Gute!",
        "Edwards Group will deliver the chairs; Williams Ltd sends the invoice.",
        "Albers Eberhardt KG · Servicehotline 0800 123 456",
        "thanks again\ndanke schön\nthanks everyone",
    ],
)
def test_look_alikes_of_the_name_forms_stay_clean(text: str) -> None:
    assert names(text) == []


def test_a_name_that_ends_in_s_is_no_genitive_of_a_shorter_one() -> None:
    """ "Jens Laptop" is Jens's laptop, not Jen's: the genitive rule leaves it (the pair rule may still read
    "Jens Laptop" as a First Last pair, a known limitation)."""
    from course.scanner.context import Doc
    from course.scanner.nameforms import genitive_names

    assert [f.text for f in genitive_names(Doc.of("Jens Laptop und Klaus Vertretung"))] == []
    assert [f.text for f in genitive_names(Doc.of("Sabines Laptop"))] == ["Sabine"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("sprachnachricht: hallo hier ist jelena marković ich melde mich wegen der kaution", "jelena marković"),
        ("voicemail: hey it's mark, call me back when you can", "mark"),
        ("ich bin tomasz nowak und ruf wegen der rechnung an", "tomasz nowak"),
        ("die ec-karte von fatima ist abgelaufen", "fatima"),
        ("card ending 4417, card holder priya raman", "priya raman"),
        ('{"vorname": "Ilse", "nachname": "Gruber", "abteilung": "Lager"}', "Gruber"),
        ('{"kunde": "Yusuf Demir", "tarif": "Basis"}', "Yusuf Demir"),
        ("Bitte an Frau Samira bin Khalid weiterleiten.", "Samira bin Khalid"),
    ],
)
def test_spoken_holders_and_json_names_are_found(text: str, name: str) -> None:
    assert any(name in found for found in names(text)), names(text)


@pytest.mark.parametrize(
    "text",
    [
        "this is urgent, it's april already and the card of the company expired",
        "hey it's done, it's fine, this is it",
        "ich bin neu hier und ich bin krank, hier ist alles ruhig",
        '{"name": "Headset Pro", "kunde": "Stadtwerke Nord", "status": "Offen"}',
        "account holder: see attached form",
    ],
)
def test_look_alikes_of_spoken_and_json_names_stay_clean(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Paket kam beschädigt an, keiner ruft zurück. Svetlana aus Wels", "Svetlana"),
        ("Two weeks and still no refund. – Oluwaseun, Croydon", "Oluwaseun"),
    ],
)
def test_a_note_signed_with_a_first_name_and_a_home_town(text: str, name: str) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize(
    "text", ["Herzliche Grüße aus Berlin", "Lieferung kam pünktlich. Berlin, Hamburg", "Greetings from Paris."]
)
def test_places_after_a_greeting_are_no_signature(text: str) -> None:
    assert names(text) == []
