"""A numbered or bulleted list of "Surname, Given" lines, perhaps with a date after each (a class list, a roster),
names each person, known given name or not; places and agenda items in the same shape are no people."""

from __future__ import annotations

import pytest
from helpers.scanning import names


def test_each_person_of_a_numbered_list_with_dates_is_found() -> None:
    text = (
        "Gruppe Füchse:\n1. Okafor, Chiamaka, 4.9.2019\n2. Lindqvist, Elin, 17-01-2020\n3. Haddad, Rami, 2. März 2019"
    )
    assert names(text) == ["Okafor, Chiamaka", "Lindqvist, Elin", "Haddad, Rami"]


def test_a_bulleted_roster_without_dates_is_found_too() -> None:
    text = "Rota:\n- Tshabalala, Sipho\n- Nakamura, Aiko\n- Brennan, Siobhan"
    assert names(text) == ["Tshabalala, Sipho", "Nakamura, Aiko", "Brennan, Siobhan"]


@pytest.mark.parametrize(
    "text",
    [
        "Standorte:\n- Berlin, Mitte, 3 Büros\n- Hamburg, Altona, 2 Büros",
        "Offices:\n- London, Camden, 3 desks\n- Leeds, Headingley, 2 desks",
        "Agenda:\n1. Budget, Planung, 2025\n2. Personal, Neues, 3 Stellen",
    ],
)
def test_places_and_agenda_items_in_that_shape_are_no_people(text: str) -> None:
    assert names(text) == []
