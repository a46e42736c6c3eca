"""Forms first seen in pii6's tuning part, each shown in sentences of our own: an Austrian tax number written with
two slashes after its label, dates as booking systems write them ("13SEP11") after a birth cue, and vendor
tokens and Wi-Fi QR keys of published shapes."""

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


# Made-up tokens in the published shapes (none is real).
_TELEGRAM = "7001234567:AAHk3m9QzL0pXw2R5tYv8uB1nC4dE6fG7hJ"
_NOTION = "ntn_" + "Q7w2E9r4T1y6U3i8O5p0A2s7D4f9G1h6J3k8L5z0X2c7"
_LINEAR = "lin_api_" + "Zx8Cv3Bn6Mq1Wr4Ty7Ui0Op2As5Df9Gh3Jk6Lq8W"
_AGE = "AGE-SECRET-KEY-1" + "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L" + "QPZRY9X8GF2TVDW0S3JN54KHCE"


@pytest.mark.parametrize(
    "text, value",
    [
        (f"Bot für die Schichtmeldungen, Token: {_TELEGRAM}", _TELEGRAM),
        (f"export NOTION_KEY={_NOTION}", _NOTION),
        (f"Linear integration uses {_LINEAR} for now", _LINEAR),
        (f"backup identity:\n{_AGE}", _AGE),
        ("QR-Code für die Werkstatt: WIFI:T:WPA;S:Werkstatt;P:Kranich-17-Mond;;", "Kranich-17-Mond"),
        ("WIFI:P:sunny*Garden42;S:Guests;T:WPA2;;", "sunny*Garden42"),
    ],
)
def test_tokens_in_published_formats_and_a_wifi_qr_key_are_secrets(text: str, value: str) -> None:
    assert texts_of("secret", text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Treffen um 10:30 in Raum AA12, danach 14:45 Abstimmung.",
        "WIFI:T:nopass;S:Besucher;P:;;",
        "Ticket 1234567890:AAB wurde geschlossen.",
    ],
)
def test_look_alikes_of_those_formats_are_no_secrets(text: str) -> None:
    assert texts_of("secret", text) == []
