"""Forms first seen in pii6's tuning part, each shown in sentences of our own: an Austrian tax number written with
two slashes after its label, and dates as booking systems write them ("13SEP11") after a birth cue."""

from __future__ import annotations

import pytest
from helpers.scanning import texts_of


@pytest.mark.parametrize(
    "text, value",
    [
        ("Abgabenkontonummer 18/508/5552, bitte bei Rückfragen angeben.", "18/508/5552"),
        ("StNr. (AT): 59/119/9013", "59/119/9013"),
        ("Name\tSteuernummer\nLea Gruber\t84/758/3713", "84/758/3713"),
    ],
)
def test_an_austrian_tax_number_with_two_slashes_after_its_label_is_found(text: str, value: str) -> None:
    assert texts_of("tax-id", text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Lieferschein 18/508/5552 liegt bei.",
        "Aktenzeichen 59/119/9013 im Betreff angeben.",
    ],
)
def test_the_same_digits_without_a_tax_label_are_no_tax_id(text: str) -> None:
    assert texts_of("tax-id", text) == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("Neuaufnahme Jugendgruppe: Mila Hofer, geboren am 13SEP11.", "13SEP11"),
        ("PAX 2 KOVAC/IVANA MS DOB 04JUN85", "04JUN85"),
        ("Passenger details - date of birth: 07MAR1985", "07MAR1985"),
    ],
)
def test_a_booking_system_date_after_a_birth_cue_is_a_birth_date(text: str, value: str) -> None:
    assert texts_of("date-of-birth", text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Flug LH400 am 13SEP25 ab FRA, Rückflug 20SEP25.",
        "Release 12MAR24 is on the staging server.",
        "Gate closes 30MIN before departure.",
    ],
)
def test_booking_system_dates_without_a_birth_cue_are_no_birth_dates(text: str) -> None:
    assert texts_of("date-of-birth", text) == []
