"""Scanner for the DACH and UK/US markets (issue 14): national ids, address forms, health data, fewer false alarms."""

from __future__ import annotations

import pytest
from helpers.scanning import found

from course.scanner import scan


def strong(text: str, category: str) -> list[str]:
    return [f.text for f in scan(text).findings if f.category == category and f.strong]


# --- national ids: every market, with and without separators, by checksum and by label -------------------


@pytest.mark.parametrize(
    "text, value",
    [
        ("Steuer-ID 36 574 261 809", "36 574 261 809"),  # de.idnr, spaced
        ("Steuer-ID: 36574261809", "36574261809"),  # de.idnr, compact (not a phone)
        ("Steuernummer 181/815/08155", "181/815/08155"),  # de.stnr
        ("Versicherungsnummer 1237 010180", "1237 010180"),  # at.vnr: four digits and a birth date
        ("SVNR: 1237010180", "1237010180"),  # at.vnr without separator
        ("Steuernummer 59-119/9013", "59-119/9013"),  # at.tin, "FA-nnn/nnnn"
        ("AHV-Nr. 756.9217.0769.85", "756.9217.0769.85"),  # ch.ssn with dots
        ("AHV 7569217076985", "7569217076985"),  # ch.ssn compact
        ("NI number AB 12 34 56 C", "AB 12 34 56 C"),  # NINO spaced
        ("NINO: AB123456C", "AB123456C"),  # NINO compact
        ("UTR 1955839661", "1955839661"),  # gb.utr: ten digits
        ("Unique Taxpayer Reference: 19558 39661", "19558 39661"),  # gb.utr grouped
        ("NHS number 943 476 5919", "943 476 5919"),  # gb.nhs
        ("SSN 536-90-4399", "536-90-4399"),  # us.ssn dashed
        ("Social Security number 536904399", "536904399"),  # us.ssn compact, by its label
        ("ITIN 912-70-1234", "912-70-1234"),  # us.itin
    ],
)
def test_national_ids_of_every_market_are_red(text: str, value: str) -> None:
    assert strong(text, "tax-id") == [value], scan(text)


def test_german_sv_nummer_by_its_published_rule() -> None:
    from course.scanner.ids import rvnr_valid

    assert rvnr_valid("15070649C103") and not rvnr_valid("15070649C104")
    assert strong("SV-Nummer 15 070649 C 103", "tax-id") == ["15 070649 C 103"]
    assert strong("Sozialversicherungsnummer: 15070649C103", "tax-id") == ["15070649C103"]


def test_steuer_id_is_not_read_as_a_phone_number() -> None:
    cats = found("Bitte im Personalbogen die Steuer-ID 36574261809 nachtragen.")
    assert cats == {"tax-id": ["36574261809"]}
    typo = scan("Steuer-ID 12345678903")  # the checksum is wrong: a mistyped Steuer-ID, still no phone number
    assert [(f.category, f.strong) for f in typo.findings] == [("tax-id", False)]


@pytest.mark.parametrize(
    "text",
    [
        "Für die Abrechnung fehlt noch die SV-Nummer 1237 010180.",
        "Please add the NHS number 943 476 5919 to her file.",
        "HR confirmed the UTR is 1955839661.",
    ],
)
def test_labelled_national_numbers_are_no_phones(text: str) -> None:
    assert "phone" not in found(text)
    assert found(text).get("tax-id")


def test_a_bare_ten_digit_number_without_label_is_no_utr() -> None:
    assert "tax-id" not in found("Die Bestellung 1955839661 ist unterwegs.")


# --- addresses -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, address",
    [
        ("Lieferung an Lindenweg 12, 34117 Kassel.", "Lindenweg 12, 34117 Kassel"),
        ("Neue Anschrift:\nGoethestraße 5\n10115 Berlin", "Goethestraße 5\n10115 Berlin"),
        ("Anschrift: Hauptstraße 12/3/7, 1010 Wien", "Hauptstraße 12/3/7, 1010 Wien"),
        ("Wohnt jetzt in der Mariahilfer Straße 88, A-1070 Wien.", "Mariahilfer Straße 88, A-1070 Wien"),
        ("Adresse: Bahnhofstrasse 10, 8001 Zürich", "Bahnhofstrasse 10, 8001 Zürich"),
        ("Bitte an Seestrasse 4\nCH-6006 Luzern schicken", "Seestrasse 4\nCH-6006 Luzern"),
        ("Postfach 12 34 56, 80331 München", "Postfach 12 34 56, 80331 München"),
        ("c/o Müller GmbH\nKönigsallee 1\n40212 Düsseldorf", "c/o Müller GmbH\nKönigsallee 1\n40212 Düsseldorf"),
        ("Send it to 12 Baker Street, London NW1 6XE please", "12 Baker Street, London NW1 6XE"),
        ("Flat 3, 27 Mill Lane, Bristol BS1 4DJ", "Flat 3, 27 Mill Lane, Bristol BS1 4DJ"),
        ("Home address:\nFlat 3\n27 Mill Lane\nBristol\nBS1 4DJ", "Flat 3\n27 Mill Lane\nBristol\nBS1 4DJ"),
        (
            "Ship to 1600 Pennsylvania Avenue NW, Washington, DC 20500",
            "1600 Pennsylvania Avenue NW, Washington, DC 20500",
        ),
        (
            "Mail it to 742 Evergreen Terrace, Apt 5, Springfield, IL 62704.",
            "742 Evergreen Terrace, Apt 5, Springfield, IL 62704",
        ),
    ],
)
def test_addresses_of_every_market_on_one_line_and_several(text: str, address: str) -> None:
    assert strong(text, "address") == [address], scan(text)


def test_uk_address_over_several_lines_is_one_red_finding() -> None:
    result = scan("12 Baker Street\nLondon\nNW1 6XE")
    assert result.level == "red"
    assert [f.text for f in result.findings] == ["12 Baker Street\nLondon\nNW1 6XE"]


@pytest.mark.parametrize(
    "text",
    [
        "Wir haben 4000 Einheiten und 1200 Stück auf Lager.",
        "Top 10 Produkte im März: Halle 3, Regal 12.",
        "Die Bestellung umfasst 2500 Kartons für die Filiale.",
    ],
)
def test_four_digit_numbers_without_street_are_no_postcodes(text: str) -> None:
    assert "address" not in found(text)


# --- health (GDPR Art. 9) --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, term",
    [
        ("Frau Berger ist seit Montag krankgeschrieben.", "krankgeschrieben"),
        ("Jan Weber hat einen Bandscheibenvorfall und fällt bis Juni aus.", "Bandscheibenvorfall"),
        ("Bei Anna Schulz wurde Diabetes festgestellt.", "Diabetes"),
        ("Herr Öztürk hat einen Schwerbehindertenausweis (GdB 50).", "GdB 50"),
        ("Frau Lang ist schwanger und geht ab Mai in Mutterschutz.", "schwanger"),
        ("Mr Patel has been signed off sick since Tuesday.", "signed off sick"),
        ("Sarah Jones was diagnosed with depression last month.", "diagnosed with depression"),
        ("Ms Green is pregnant and starts maternity leave in May.", "pregnant"),
        ("We need a ramp because Tom Baker uses a wheelchair.", "wheelchair"),
        ("David Clark is in therapy for anxiety.", "therapy"),
    ],
)
def test_health_data_about_a_named_person_is_red(text: str, term: str) -> None:
    result = scan(text)
    assert result.level == "red"
    assert any(term in t for t in strong(text, "health")), result


@pytest.mark.parametrize(
    "text",
    [
        "Ein Kollege aus dem Lager ist krankgeschrieben.",
        "Someone in accounts has been off sick this week.",
    ],
)
def test_health_data_without_an_identifiable_person_is_yellow(text: str) -> None:
    result = scan(text)
    assert result.level == "yellow"
    assert [f.category for f in result.findings] == ["health"]


@pytest.mark.parametrize(
    "text",
    [
        "Krankmeldungen sind ab dem dritten Tag vorzulegen.",
        "Sick notes are required from the third day of absence.",
        "Die Schulung zu Gesundheitsmanagement ist Pflicht.",
        "Please diagnose the printer problem before Monday.",
        "Run the disk diagnostics and disable the old account.",
    ],
)
def test_health_rules_and_it_words_are_not_health_data(text: str) -> None:
    assert scan(text).level == "green", scan(text)


# --- fewer false alarms ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Das Feld `password_field` bleibt leer, bis der Kunde sich registriert.",
        "password = password_field",
        "api_key = os.environ['API_KEY']",
        "Setze PASSWORD_MIN_LENGTH auf 12 und logge niemals auth_token.",
        "The `client_secret` setting must be set in the .env file.",
    ],
)
def test_a_variable_name_without_a_value_is_no_secret(text: str) -> None:
    assert "secret" not in found(text), scan(text)


@pytest.mark.parametrize(
    "text",
    [
        "Stand der Preisliste (12.03.2025): alle Preise netto.",
        "Bank holiday (2025-08-25): no deliveries.",
        "Lieferung [03/12/2025] bestätigt.",
        "Release 2025.34.7 behebt den Fehler.",
    ],
)
def test_a_date_is_never_a_phone(text: str) -> None:
    assert "phone" not in found(text), scan(text)


@pytest.mark.parametrize(
    "text",
    [
        "Das ist mein Ernst.",
        "Im Ernst, die Zahlen müssen bis Freitag stehen.",
        "Please mark the invoice as paid.",
        "Mark all duplicate rows in column B.",
        "Grant the new team read access.",
        "Will the pallets arrive before Friday?",
        "A rose for the reception desk.",
        "Eine Rose im Empfangsbereich.",
        "Grant Thornton will audit the accounts again.",
        "Summer Sale ab Montag.",
    ],
)
def test_words_that_are_also_first_names_need_a_salutation_or_surname(text: str) -> None:
    assert "name" not in found(text), scan(text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Herr Ernst kommt morgen.", "Ernst"),
        ("Ernst Huber übernimmt die Schicht.", "Ernst Huber"),
        ("Can you let Mark Miller know?", "Mark Miller"),
        ("Dear Ms Rose,", "Rose"),
        ("Will Smith joins on Monday.", "Will Smith"),
    ],
)
def test_first_names_that_are_words_count_with_salutation_or_surname(text: str, name: str) -> None:
    assert name in found(text).get("name", []), scan(text)


@pytest.mark.parametrize(
    "text",
    [
        "Unsere kostenlose Hotline: 0800 1234567",
        "Service-Hotline 0180 5 123456 (14 ct/min)",
        "Bei Störungen bitte die Zentrale unter +49 89 1234-0 anrufen.",
        "Zentrale: 040 123456-0",
        "Call our helpline on 0800 123 4567.",
        "Customer service: 1-800-555-0199",
        "For outages please call the switchboard on 020 7946 0000.",
    ],
)
def test_a_company_hotline_or_switchboard_is_no_personal_phone(text: str) -> None:
    assert "phone" not in found(text), scan(text)


def test_a_personal_number_beside_a_hotline_is_still_found() -> None:
    text = "Hotline 0800 1234567, Frau Kern direkt: 0171 2345678"
    assert found(text)["phone"] == ["0171 2345678"]


def test_german_landline_in_international_form_is_a_phone_not_a_card() -> None:
    text = "Festnetz: +49 30 123456703"  # the digits 4930123456703 pass Luhn like a 13-digit Visa
    assert found(text) == {"phone": ["+49 30 123456703"]}


def test_a_mobile_in_uk_international_form_is_one_phone() -> None:
    assert found("Call me on +44 113 496 0123 after lunch.") == {"phone": ["+44 113 496 0123"]}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Die Firmenkarte von Tenzin Jost wurde gesperrt.", "Tenzin Jost"),  # first name not in the list
        ("Please refund the deposit to account holder Rayan Meier.", "Rayan Meier"),
        ("Ernst-August Bolnbach übernimmt die Schicht.", "Ernst-August Bolnbach"),  # parts that are also words
        ("Sean May asked for a call back.", "Sean May"),  # a surname that is also a word
        ("Schreib Dusan Jenni bitte kurz.", "Dusan Jenni"),  # name written without its diacritics
    ],
)
def test_names_beyond_the_first_name_list(text: str, name: str) -> None:
    assert name in found(text).get("name", []), scan(text)


@pytest.mark.parametrize(
    "text",
    [
        "Cheers from Port Heatherland",
        "Travel expense report, trip to South Leslie from June 3.",
        "Die Lieferung von Ersatzteilen bei Bedarf.",
    ],
)
def test_places_and_nouns_after_a_preposition_are_no_names(text: str) -> None:
    assert "name" not in found(text), scan(text)


def test_any_street_line_before_city_state_and_zip_is_part_of_the_address() -> None:
    text = "Courier collection at 2 Martin Loaf, New Seanbury, OK 25392 on Thursday."
    assert strong(text, "address") == ["2 Martin Loaf, New Seanbury, OK 25392"]


def test_swiss_town_with_article_and_hyphens() -> None:
    text = "Neue Anschrift: Rue du Marché 31\n2300 La Chaux-de-Fonds"
    assert strong(text, "address") == ["Rue du Marché 31\n2300 La Chaux-de-Fonds"]
    assert found(text)["address"][0].endswith("La Chaux-de-Fonds")


@pytest.mark.parametrize(
    "text, category, value",
    [
        ("Frau Schulz hat Corona und ist zu Hause.", "health", "hat Corona"),
        ("Herr Maier liegt seit gestern im Krankenhaus.", "health", "im Krankenhaus"),
        ("Musterstr. 5a · 12345 Musterstadt", "address", "Musterstr. 5a · 12345 Musterstadt"),
        ("Apt 4B, 350 Fifth Avenue, New York, NY 10118", "address", "Apt 4B, 350 Fifth Avenue, New York, NY 10118"),
        ("PO Box 123, Springfield, IL 62704", "address", "PO Box 123, Springfield, IL 62704"),
    ],
)
def test_more_phrasings_of_health_and_addresses(text: str, category: str, value: str) -> None:
    assert strong(text, category) == [value], scan(text)


@pytest.mark.parametrize(
    "text",
    [
        "Während Corona haben wir remote gearbeitet.",
        "Herr Weber betreut das Klinikum Nord und das Krankenhaus am See als Kunden.",
        "Our client St Mary's Hospital ordered forty beds; Tom Baker handles the account.",
    ],
)
def test_hospitals_as_customers_are_no_health_data(text: str) -> None:
    assert "health" not in found(text), scan(text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Alea Jost kommt nach der Operation erst im Juni zurück.", "Alea Jost"),  # sentence start, then a verb
        ("Tenzin Jost, geb. 03.04.1990, beginnt im Lager.", "Tenzin Jost"),
        ("Bitte an Dusan Jacobi Jäckel, danke.", "Dusan Jacobi Jäckel"),  # two surnames
        ("Kontoinhaberin Ira Koch II", "Ira Koch II"),
        ("Sükrü Mangold ist am 3. März 1980 geboren.", "Sükrü Mangold"),  # Şükrü without the cedilla
        ("Die Firmenkarte von Claudio Krebs wurde gesperrt.", "Claudio Krebs"),  # a surname that is a health word
        ("Aylin Freitag teilt sich den Empfang mit Tom.", "Aylin Freitag"),  # a surname that is a weekday
    ],
)
def test_more_name_forms(text: str, name: str) -> None:
    assert name in found(text).get("name", []), scan(text)
    assert "health" not in found(text) or "Operation" in text


@pytest.mark.parametrize(
    "text, address",
    [
        ("Adresse:\nHans-H.-Trub-Gasse 142\n75638 Magdeburg", "Hans-H.-Trub-Gasse 142\n75638 Magdeburg"),
        ("Einschreiben an van der Dussenring 108, 76514 Kehl.", "van der Dussenring 108, 76514 Kehl"),
        (
            "Anschrift: Froschauerring 123, 3629 Bad Sankt Leonhard im Lavanttal",
            "Froschauerring 123, 3629 Bad Sankt Leonhard im Lavanttal",
        ),
    ],
)
def test_more_german_and_austrian_street_forms(text: str, address: str) -> None:
    assert strong(text, "address") == [address], scan(text)


@pytest.mark.parametrize(
    "text",
    [
        "Unsere Hotline ist werktags erreichbar.",
        "Google Drive ist freigegeben, Microsoft Teams auch.",
        "Stand Januar ist die Preisliste gültig.",
        "Neue Preise gelten ab März.",
        "Quarterly Report is attached.",
    ],
)
def test_capitalised_words_at_a_sentence_start_are_not_red(text: str) -> None:
    assert scan(text).level != "red", scan(text)
