"""Causes of identifier misses and false alarms found on pii7's tuning part (issue 14), each as a rule of its own.

The texts are written for these tests, in other words and with other values than the corpus: each shows one way
people write an identifier (or a look-alike) that the scanner must understand in text it has not seen.
"""

from __future__ import annotations

import pytest
from helpers.scanning import covered, found, texts_of

# --- an IBAN typed all in lower case --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,value",
    [
        ("Überweis das bitte auf de89370400440532013000, danke", "de89370400440532013000"),
        ("Rückzahlung an Konto ch9300762011623852957 (Zürich)", "ch9300762011623852957"),
        ("refund to gb82 west 1234 5698 7654 32 please", "gb82 west 1234 5698 7654 32"),
        ("neue Bankverbindung: at611904300234573201", "at611904300234573201"),
    ],
)
def test_an_iban_written_in_lower_case_is_found(text: str, value: str) -> None:
    assert covered(text, "iban", value)


def test_a_lower_case_code_with_a_wrong_checksum_is_no_iban() -> None:
    assert "iban" not in found("Seriennummer de89370400440532013001 im Lager")


# --- a card number after a paying verb, or with its expiry after it --------------------------------------------


@pytest.mark.parametrize(
    "text,value",
    [
        ("Frau Ley zahlt die Hotelbuchung mit 5425 2334 3010 9903.", "5425 2334 3010 9903"),
        ("Er bezahlt die Tickets mit 4263982640269299 (09/28).", "4263982640269299"),
        ("Mr Dunn pays the event tickets with 2223 0031 2200 3222, expiry 11/27.", "2223 0031 2200 3222"),
        ("Vouchers for the team, number 5425-2334-3010-9903 (exp. 03/29)", "5425-2334-3010-9903"),
        ("Reservierung Tickets: 4263 9826 4026 9299 gültig bis 08/30", "4263 9826 4026 9299"),
    ],
)
def test_a_card_number_after_a_paying_verb_or_before_an_expiry_is_found(text: str, value: str) -> None:
    assert covered(text, "credit-card", value)


def test_a_ticket_number_without_a_payment_stays_no_card() -> None:
    assert "credit-card" not in found("Ticket 4263982640269299 wurde geschlossen.")


# --- a date of birth with spaces between day, month and year ---------------------------------------------------


@pytest.mark.parametrize(
    "text,value",
    [
        ("Antrag von Ilse Brandl, geb. 03 09 1958, Versicherungsnummer folgt.", "03 09 1958"),
        ("Geburtsdatum 30 11 1987 – bitte im Personalbogen nachtragen", "30 11 1987"),
        ("Patient born 14 07 1962, seen today", "14 07 1962"),
        ("Sie hat am 21 06 1979 Geburtstag und bekommt Blumen.", "21 06 1979"),
    ],
)
def test_a_birth_date_written_with_spaces_is_a_birth_date_not_a_phone(text: str, value: str) -> None:
    assert texts_of("date-of-birth", text) == [value]
    assert "phone" not in found(text)


def test_spaced_digits_without_a_birth_cue_are_no_birth_date() -> None:
    assert "date-of-birth" not in found("Lagerplatz 12 04 1955 belegt")


# --- the US long-distance form with dots ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,value",
    [
        ("Call Rhoda on 1.312.555.0187 after six.", "1.312.555.0187"),
        ("Notfallkontakt: Brandt 1.646.201.7734", "1.646.201.7734"),
        ("cell 1.415.867.2290 (evenings)", "1.415.867.2290"),
    ],
)
def test_a_us_number_written_with_dots_after_the_one_is_a_phone(text: str, value: str) -> None:
    assert covered(text, "phone", value)


def test_a_version_number_stays_no_phone() -> None:
    assert "phone" not in found("Update auf 1.2.3.4 und danach 2.14.7 einspielen")


# --- an id cue garbled by OCR ("lnvoice" for "Invoice") ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Scan: lnvoice no. 731-40286, total £1,204.10",
        "OCR result – lnvoice 0402-88315 dated 4 May",
        "Beleg (OCR): 0rder no. 0176-44120 versendet",
        "Scanned: ltem 0301 884216 missing from the box",
    ],
)
def test_an_id_cue_with_an_ocr_letter_swap_still_marks_no_phone(text: str) -> None:
    assert "phone" not in found(text)


# --- address parts: a building part with any separator, a street without a street word, a dash after the town --


@pytest.mark.parametrize(
    "text,value",
    [
        ("neue Adresse: Lindenhof 7 · Seitenflügel · 04109 Leipzig", "Lindenhof 7 · Seitenflügel · 04109 Leipzig"),
        ("Anschrift Brunnenstraße 12 – Hinterhaus – 10119 Berlin", "Brunnenstraße 12 – Hinterhaus – 10119 Berlin"),
        ("Mieter: Kai Ost\nSonnenwinkel 4\nGartenhaus\n79100 Freiburg", "Sonnenwinkel 4\nGartenhaus\n79100 Freiburg"),
        ("Lieferung an Talacker 9b, 8001 Zürich – bitte klingeln", "Talacker 9b, 8001 Zürich"),
        ("Er wohnt Kramgass 14, 3011 Bern.", "Kramgass 14, 3011 Bern"),
    ],
)
def test_a_german_address_with_a_building_part_or_without_a_street_word_is_one_address(text: str, value: str) -> None:
    assert texts_of("address", text) == [value]


@pytest.mark.parametrize(
    "text,value",
    [
        ("Parcel for 17 Ffordd yr Orsaf, Bangor LL57 1AB", "17 Ffordd yr Orsaf, Bangor LL57 1AB"),
        ("Her address is 8 Lôn y Parc, Cardiff, CF5 2QT.", "8 Lôn y Parc, Cardiff, CF5 2QT"),
        (
            "Tenant:\nFlat 3A\n41 Sràid na Banrighinn\nStornoway\nHS1 2AF",
            "Flat 3A\n41 Sràid na Banrighinn\nStornoway\nHS1 2AF",
        ),
    ],
)
def test_a_uk_street_with_a_lower_case_link_word_is_part_of_the_address(text: str, value: str) -> None:
    assert texts_of("address", text) == [value]


# --- secrets: a value inside markup, a door or key-safe code, a key named just "key" ------------------------------


@pytest.mark.parametrize(
    "text,value",
    [
        ("<p>Dein neues Passwort lautet: <b>Regenbogen42!</b></p>", "Regenbogen42!"),
        ("<div>Temporary password: <strong>Kx7#pLm2qR</strong></div>", "Kx7#pLm2qR"),
        ("Zugangskennwort: <code>mT4$wq9Lz</code> bitte ändern", "mT4$wq9Lz"),
    ],
)
def test_a_password_inside_inline_markup_is_found_without_the_tags(text: str, value: str) -> None:
    assert texts_of("secret", text) == [value]


@pytest.mark.parametrize(
    "text,value",
    [
        ("Schlüsselkasten Haus B, Wohnung Meier: Code 4821", "4821"),
        ("Key safe at the back door – code 90731", "90731"),
        ("Door code for the side entrance from next week: 2468, keep it to yourself", "2468"),
        ("Tresor im Keller, Büro Nord: Code 662901", "662901"),
    ],
)
def test_a_code_on_a_line_about_a_door_or_key_safe_is_a_secret(text: str, value: str) -> None:
    assert texts_of("secret", text) == [value]


def test_a_code_without_a_door_or_safe_is_no_secret() -> None:
    assert "secret" not in found("Rabattcode für das Team: Code 4821 gilt bis Freitag")


@pytest.mark.parametrize(
    "text,value",
    [
        ("Please shorten this, keep the key Wq8!zr4Tn unchanged", "Wq8!zr4Tn"),
        ("use the key p9X2kLm0Qa7VbN3c for staging", "p9X2kLm0Qa7VbN3c"),
    ],
)
def test_a_made_value_right_after_the_word_key_is_a_secret(text: str, value: str) -> None:
    assert texts_of("secret", text) == [value]


def test_a_plain_word_after_key_is_no_secret() -> None:
    assert "secret" not in found("The key point is budget; key 2024 dates follow.")


def test_a_dotted_us_number_without_a_cue_is_still_flagged() -> None:
    text = "Ansprechpartner vor Ort: Kim Doyle 1.907.148.2261</p>"
    assert covered(text, "phone", "1.907.148.2261")


@pytest.mark.parametrize(
    "text,value",
    [
        ("token: glpat7f3k9q2m8x1v4c6b0n5z2w7e", "glpat7f3k9q2m8x1v4c6b0n5z2w7e"),
        ("bitte den key xk29fj3m0q8z7w1v5n4b6c2d9e8r aufheben", "xk29fj3m0q8z7w1v5n4b6c2d9e8r"),
    ],
)
def test_a_long_run_of_lower_case_letters_and_digits_after_a_key_word_is_a_secret(text: str, value: str) -> None:
    assert texts_of("secret", text) == [value]


def test_a_long_lower_case_word_after_token_is_no_secret() -> None:
    assert "secret" not in found("token: authenticationserviceconfiguration")


# --- written before the second round of rules: a PIN whose sentence has a word starting like a verb, a code named
# before its door or key safe, a lockbox's combination -----------------------------------------------------------


@pytest.mark.parametrize(
    "text,value",
    [
        ("The PIN for the warehouse is 5519.", "5519"),
        ("Die PIN fürs Wareneingangstor ist 8136", "8136"),
        ("the pin for the issue desk is 2207", "2207"),
    ],
)
def test_a_pin_is_found_when_a_word_in_between_starts_like_is_or_war(text: str, value: str) -> None:
    assert texts_of("secret", text) == [value]


@pytest.mark.parametrize(
    "text,value",
    [
        ("Code vom Schlüsselkasten an der Garage: 1408", "1408"),
        ("Lockbox by the front door, combo 2750", "2750"),
        ("keysafe code is 2846", "2846"),
        ("The code for the key safe at no. 12: 6630", "6630"),
    ],
)
def test_a_code_named_before_or_after_its_door_or_key_safe_is_a_secret(text: str, value: str) -> None:
    assert texts_of("secret", text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Gate B22, boarding code 4 follows",
        "Der Code für die Tür-Klingel-Anlage kommt am 12.05.2026",
        "Rabattcode Sommer: 2750 Punkte",
    ],
)
def test_a_door_word_near_a_number_that_is_no_code_stays_clean(text: str) -> None:
    assert "secret" not in found(text)


@pytest.mark.parametrize(
    "text,value",
    [
        ("Adresse: Hauptplatz 4, Stiege 2, Top 14, 8010 Graz", "Hauptplatz 4, Stiege 2, Top 14, 8010 Graz"),
        ("Mieterin wohnt Lerchenfelder Gürtel 12, Tür 7, 1160 Wien", "Lerchenfelder Gürtel 12, Tür 7, 1160 Wien"),
    ],
)
def test_an_austrian_door_or_top_number_between_street_and_postcode_is_part_of_the_address(
    text: str, value: str
) -> None:
    assert texts_of("address", text) == [value]


def test_a_top_ten_list_is_no_address() -> None:
    assert "address" not in found("Unsere Top 10 der Woche: 1. Kaffee, 2. Tee")
