"""Rare first names by a sign-off, a signature block, a table column or a chat greeting, and the practices,
teams, firms and group greetings in those places that stay clean."""

from __future__ import annotations

import pytest

from course.scanner import scan


@pytest.mark.parametrize(
    "text",
    [
        "Your appointment at Park Lane Surgery is on Monday at 10.",
        "Die Lane Clinic am Markt hat heute geschlossen.",
        "Rezepte holen Sie in der Stern Apotheke ab.",
    ],
)
def test_a_practice_or_clinic_named_after_a_place_is_no_person(text: str) -> None:
    assert [f.text for f in scan(text).findings if f.category == "name"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Danke für die Offerte.\nFreundliche Grüsse\nAzadeh", "Azadeh"),
        ("Mit freundlichen Grüssen\nNkechi Brunner", "Nkechi Brunner"),
        ("Dear Dr Adeyemi,\nthe results are attached.", "Adeyemi"),
        ("Bin ab Montag weg.\n\n--\nTuyet Ngo\nEinkauf, Huber AG\nTel. 0711 2345678", "Tuyet Ngo"),
        ("Nachname;Vorname;Abteilung\nOkonkwo;Ifeoma;Vertrieb", "Okonkwo"),
        ("Nachname;Vorname;Abteilung\nOkonkwo;Ifeoma;Vertrieb", "Ifeoma"),
        ("first_name,last_name,team\nBao,Tran,ops", "Tran"),
    ],
)
def test_a_name_by_its_sign_off_signature_or_table_column(text: str, name: str) -> None:
    """Swiss 'Grüsse', a title without its full stop, the '-- ' signature separator, a name column's cells."""
    assert name in [f.text for f in scan(text).findings if f.category == "name"]


@pytest.mark.parametrize(
    "text",
    [
        "Freundliche Grüsse\nVerkauf",
        "Beste Grüsse\nIhr Kundenservice",
        "--\nHotline Team\nMuster GmbH",
        "Produkt;Name;Preis\nA12;Stuhl Deluxe;12,00",
        "Name | Tel\nMüller Bau GmbH | 0800 123456",
    ],
)
def test_a_team_a_product_or_a_firm_in_those_places_is_no_name(text: str) -> None:
    assert [f.text for f in scan(text).findings if f.category == "name"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("hey oksana, hast du kurz zeit für die folien?", "oksana"),
        ("can u tell fatima the call moved to 3?", "fatima"),
        ("kannst du thomas bescheid geben, dass ich später komme", "thomas"),
    ],
)
def test_a_first_name_written_small_in_chat(text: str, name: str) -> None:
    assert name in [f.text for f in scan(text).findings if f.category == "name"]


@pytest.mark.parametrize(
    "text", ["hey team, kurze info zum release", "hi there, quick question", "hallo zusammen!", "hey du, alles klar?"]
)
def test_a_greeting_to_a_group_in_chat_is_no_name(text: str) -> None:
    assert [f.text for f in scan(text).findings if f.category == "name"] == []
