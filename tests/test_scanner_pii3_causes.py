"""Causes of misses and false alarms found on pii3's tuning part (issue 14), each as a rule of its own.

The texts here are written for these tests (other wording and values than the corpus): each shows one
way people write personal data (or a look-alike) that the scanner must understand in unseen text.
"""

from __future__ import annotations

import pytest
from helpers.scanning import found

from course.scanner import scan

# --- tax-id: the cue is a table's column header, after the number, or earlier on the line -------------


@pytest.mark.parametrize(
    "text, values",
    [
        (
            "Nachname;Vorname;Versicherungsnummer\nHuber;Lena;2137220791\nGruber;Tom;2145 220791",
            ["2137220791", "2145 220791"],
        ),
        ("employee,UTR,team\nJo Bell,7213456781,Sales\nAl Rahman,7213456795,Ops", ["7213456781", "7213456795"]),
        ("employee,SSN,team\nJo Bell,371-52-8406,Sales", ["371-52-8406"]),
        ("employee,NI number,team\nJo Bell,AB 12 34 56 C,Sales", ["AB 12 34 56 C"]),
    ],
)
def test_a_national_number_under_its_column_header_is_a_tax_id(text: str, values: list[str]) -> None:
    assert found(text).get("tax-id") == values
    assert "phone" not in found(text)


def test_a_header_with_a_sentence_before_it_on_the_same_line_still_counts() -> None:
    text = "Liste kommt wie besprochen (Stand 03/2026). > Name;SVNR\nHuber;2137220791"
    assert found(text).get("tax-id") == ["2137220791"]


def test_article_numbers_under_an_article_column_are_no_phones() -> None:
    text = "Artikel;Bezeichnung;Preis\n4-711-203-58;Ordner blau;12,90 EUR\n0-815-427-66;Locher;8,50 EUR"
    assert "phone" not in found(text)


def test_austrian_versicherungsnummer_with_a_hyphen() -> None:
    assert found("Versicherungsnummer: 2153-220791")["tax-id"] == ["2153-220791"]


def test_a_label_after_the_number_counts() -> None:
    assert found("2137220791 ist die VNR meiner Tochter")["tax-id"] == ["2137220791"]


def test_a_label_in_the_question_before_the_answer_counts() -> None:
    assert found("which UTR did HMRC give you? it says 7213456781 on the letter")["tax-id"] == ["7213456781"]
    assert found("Can you DM me your SS# for the W-9? Mine is 371528406")["tax-id"] == ["371528406"]


def test_a_number_after_an_id_word_on_the_line_is_no_tax_id() -> None:
    assert "tax-id" not in found("what's the UTR form? invoice 7213456781 is still open")


def test_austrian_steuernummer_without_separators_needs_its_label() -> None:
    assert found("Steuernummer: 123456709")["tax-id"] == ["123456709"]
    assert "tax-id" not in found("Lieferung 123456709 ist unterwegs")


# --- health: conditions people name, sick-note words of Austria and Germany, and rules about nobody ------


@pytest.mark.parametrize(
    "text, term",
    [
        ("Frau Novak ist seit Dienstag im Krankenstand.", "im Krankenstand"),
        ("Herr Lenz hat eine Mittelohrentzündung.", "Mittelohrentzündung"),
        ("Frau Wolf hat sich beim Skifahren einen Bänderriss zugezogen.", "Bänderriss"),
        ("Herr Berg fällt mit einem Handgelenkbruch aus.", "Handgelenkbruch"),
        ("Bei Frau Roth wurde Borreliose festgestellt.", "Borreliose"),
        ("Herr Yilmaz hat Diabetes Typ 1.", "Diabetes Typ 1"),
        ("Frau Kaya ist krank, ihre AU kommt per Post.", "AU"),
        ("Tom Reid is off with the flu.", "with the flu"),
        ("Priya Shah has bronchitis and works from home.", "bronchitis"),
        ("Jack Moss is waiting for a knee replacement.", "knee replacement"),
        ("Ms Clarke is starting chemo next week.", "starting chemo"),
        ("Ben Okafor is in therapy twice a week.", "in therapy"),
        ("Dan Ford has type 1 diabetes.", "type 1 diabetes"),
        ("Ms Ellis is registered disabled.", "registered disabled"),
        ("Leo Grant tore a ligament: torn ligament, six weeks out.", "torn ligament"),
        ("Mr Hale is taking antidepressants.", "taking antidepressants"),
    ],
)
def test_conditions_and_sick_note_words_about_a_named_person(text: str, term: str) -> None:
    assert any(term in t for t in found(text).get("health", [])), scan(text)
    assert scan(text).level == "red"


@pytest.mark.parametrize(
    "text",
    [
        "Absence rules: a doctor's note is required after three days.",
        "Eine Krankmeldung ist spätestens am dritten Tag vorzulegen.",
        "The surgery is closed on Good Friday.",
        "Please ring the Riverside Surgery for repeat prescriptions.",
        "Your flu jab is booked for Tuesday.",
        "The test account is disabled until Monday.",
        "Wir liefern auch nach AU und NZ.",
        "Der Fehler trat im Band 3 der Dokumentation auf.",
    ],
)
def test_rules_practices_and_look_alikes_are_no_health_data(text: str) -> None:
    assert "health" not in found(text), scan(text)


def test_an_appointment_place_is_not_the_health_fact_its_reason_is() -> None:
    text = "Frau Ilse Brandt, Ihr Termin in der Klinik Süd (Meniskusriss, Nachsorge) ist am Montag."
    assert found(text)["health"] == ["Meniskusriss"]


def test_an_operation_called_surgery_stays_health_data() -> None:
    assert "surgery" in found("The surgery went well, says Tom Hill.")["health"]


# --- secrets: values with symbols, "ist"/"is" instead of "=", German compounds, any JWT ------------------


@pytest.mark.parametrize(
    "text, value",
    [
        ("Der Token für das Staging ist Kiel2031&, bitte nicht weitergeben", "Kiel2031&"),
        ("the api key for the map widget is Pz7!kRw2qL", "Pz7!kRw2qL"),
        ("MAPS_KEY=r#T5vWq*Lm", "r#T5vWq*Lm"),
        ('client_secret: "Hq3$nB8x"', "Hq3$nB8x"),
        ("Das Startpasswort lautet Tanne-Kiesel-38! und muss geändert werden.", "Tanne-Kiesel-38!"),
        ("Kunde schrieb sein Kennwort in den Chat: &WqPLdmZr#k", "&WqPLdmZr#k"),
        ("login: demo02, password hQzTbWmXrK", "hQzTbWmXrK"),
        ("I pasted the token qLwZeRtYuP into the chat by mistake", "qLwZeRtYuP"),
        (
            "auth header eyJ0eXAiOiJKV1QifQ.c2FtcGxlcGF5bG9hZA.c2lnbmF0dXJlc2lnbmF0dXJl",
            "eyJ0eXAiOiJKV1QifQ.c2FtcGxlcGF5bG9hZA.c2lnbmF0dXJlc2lnbmF0dXJl",
        ),
    ],
)
def test_secrets_people_paste(text: str, value: str) -> None:
    assert value in found(text).get("secret", []), scan(text)


@pytest.mark.parametrize(
    "text",
    [
        "The token is valid for 24 hours.",
        "Der API-Key ist abgelaufen, bitte neu anfordern.",
        "Das Passwort ist geheim.",
        "Set MAPS_KEY=${MAPS_KEY} in the pipeline.",
        "The session is Tuesday at 10.",
        "Our compass: customer first.",
        "The secret is good planning.",
    ],
)
def test_secret_look_alikes_stay_clean(text: str) -> None:
    assert "secret" not in found(text), scan(text)


# --- addresses: Austrian door numbers, UK named houses, UK towns with lower-case links ----------------------


@pytest.mark.parametrize(
    "text, address",
    [
        ("Neue Anschrift: Lerchengasse 7/Top 3, 8010 Graz", "Lerchengasse 7/Top 3, 8010 Graz"),
        ("Bitte an Hauptplatz 12/Stiege 2/Tür 5\n4020 Linz schicken", "Hauptplatz 12/Stiege 2/Tür 5\n4020 Linz"),
        ("Post to Ivy Cottage, Mill Lane, Ludlow, SY8 1BB please", "Ivy Cottage, Mill Lane, Ludlow, SY8 1BB"),
        ("The Old Vicarage\nChurch Street\nTetbury\nGL8 8JG", "The Old Vicarage\nChurch Street\nTetbury\nGL8 8JG"),
        ("Send it to 14 Quay Road, Berwick upon Tweed TD15 1HN", "14 Quay Road, Berwick upon Tweed TD15 1HN"),
    ],
)
def test_address_forms_of_austria_and_the_uk(text: str, address: str) -> None:
    assert address in found(text).get("address", []), scan(text)


# --- phones: organisations' UK 03 numbers, code parts, year/serial references ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Out of hours, ring the council on 0300 555 0192.",
        "Our billing team: +44 345 600 1122, weekdays only.",
        "Artikelcode AT12 MTRL 4471 9023 wird ab Mai ersetzt.",
        "Code CH07 PAPR 0812 5531 is discontinued.",
        "Rechnung 2026/48213 bitte bis Monatsende begleichen.",
        "Verwendungszweck: 7735102948",
        "Die Offerte 8812093344 gilt bis Ende Monat.",
    ],
)
def test_organisations_numbers_and_codes_are_no_personal_phones(text: str) -> None:
    assert "phone" not in found(text), scan(text)


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Frau Hahn, Telefon 0345 2291834", "0345 2291834"),  # Halle (Saale): a German area code, not UK 03
        ("Tel. 0221/4471902", "0221/4471902"),
        ("TEL 0171 2293344", "0171 2293344"),
    ],
)
def test_personal_numbers_that_look_like_them_are_still_phones(text: str, phone: str) -> None:
    assert found(text).get("phone") == [phone], scan(text)


def test_a_date_under_a_birth_column_header_is_a_date_of_birth() -> None:
    text = "name;Geburtsdatum;Eintritt\nJana Fuchs;4/7/93;1.3.2026"
    assert found(text)["date-of-birth"] == ["4/7/93"]
    assert "date-of-birth" not in found("name;Eintritt\nJana Fuchs;4.7.2024")


def test_a_table_header_is_looked_for_only_within_table_rows() -> None:
    long_line = "Name;SV-Nummer " + "x" * 600 + "\nHuber;2137220791"  # the "header" is a long prose line
    assert "tax-id" not in found(long_line)


# --- beyond the tuning part: everyday illnesses, places of care, env-var passwords, loose id labels ---------


@pytest.mark.parametrize(
    "text, term",
    [
        ("Frau Albers ist erkältet und arbeitet von zu Hause.", "erkältet"),
        ("Herr Vogt hat Grippe, bitte Termine verschieben.", "Grippe"),
        ("Herr Sommer liegt seit Sonntag im Spital.", "im Spital"),
        ("Herr Eder, Ihre Operation ist für Dienstag geplant.", "Ihre Operation"),
        ("Frau Lutz erwartet ein Kind im Herbst.", "erwartet ein Kind"),
        ("Nina Roy has a chest infection.", "chest infection"),
        ("Mr Dale has a bad cold today.", "cold"),
        ("Omar Aziz is off with stress.", "off with stress"),
        ("Rita Vance is expecting a baby in March.", "expecting a baby"),
        ("Ian Frost has an MRI on Thursday.", "MRI"),
    ],
)
def test_everyday_illnesses_and_care_about_a_named_person(text: str, term: str) -> None:
    assert any(term in t for t in found(text).get("health", [])), scan(text)


@pytest.mark.parametrize(
    "text",
    [
        "Disabled parking is next to the entrance.",
        "Der Flughafen ist gut erreichbar.",
        "Cold calling is not allowed.",
        "The chest of drawers arrives on Monday.",
    ],
)
def test_words_near_illness_that_are_not_about_health(text: str) -> None:
    assert "health" not in found(text), scan(text)


def test_a_password_in_an_env_var_named_after_it() -> None:
    assert found("DB_PASSWORD=Vx7#rTq2m")["secret"] == ["Vx7#rTq2m"]
    assert "secret" not in found("DB_PASSWORD = PASSWORD_FIELD")


@pytest.mark.parametrize(
    "text, value",
    [
        ("sv nr der neuen Kollegin: 2137220791", "2137220791"),
        ("her social is 371 52 8406", "371 52 8406"),
    ],
)
def test_loosely_written_labels_and_spaced_social_security_numbers(text: str, value: str) -> None:
    assert found(text).get("tax-id") == [value], scan(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("e-card Nummer: 2137220791", "2137220791"),
        ("SS No. 371528406", "371528406"),
        ("Taxpayer ID 371528406", "371528406"),
    ],
)
def test_more_labels_people_write_for_national_numbers(text: str, value: str) -> None:
    assert found(text).get("tax-id") == [value], scan(text)


@pytest.mark.parametrize(
    "text, term",
    [
        ("Herr Pohl fehlt diese Woche wegen Krankheit.", "wegen Krankheit"),
        ("Frau Seidl ist bis Ende März auf Kur.", "auf Kur"),
        ("Frau Arslan hat seit gestern ein Beschäftigungsverbot.", "Beschäftigungsverbot"),
        ("Tom Reed has physio after work.", "physio"),
    ],
)
def test_absence_words_of_hr_notes_about_a_named_person(text: str, term: str) -> None:
    assert any(term in t for t in found(text).get("health", [])), scan(text)


@pytest.mark.parametrize("text", ["Kurz vor Kursbeginn ruft Kurt an.", "The appointment with the client is at 3."])
def test_words_that_begin_like_absence_words_are_not_health(text: str) -> None:
    assert "health" not in found(text), scan(text)


@pytest.mark.parametrize(
    "text, address",
    [
        ("meine neue adresse: seestrasse 19, 8002 zürich", "seestrasse 19, 8002 zürich"),
        ("schick es an gartenweg 4b\n04109 leipzig", "gartenweg 4b\n04109 leipzig"),
    ],
)
def test_an_address_written_all_in_lower_case_as_in_a_chat(text: str, address: str) -> None:
    assert found(text).get("address") == [address], scan(text)


@pytest.mark.parametrize("text", ["stellplatz 12, 1000 stück", "am ring 3, 2000 euro"])
def test_lower_case_look_alikes_of_addresses(text: str) -> None:
    assert "address" not in found(text), scan(text)


@pytest.mark.parametrize("text, phone", [("Bereitschaft: Lia Graf – 0791234567", "0791234567")])
def test_an_unspaced_swiss_mobile_in_a_list_is_a_phone(text: str, phone: str) -> None:
    assert found(text).get("phone") == [phone], scan(text)


def test_an_unspaced_mobile_shape_after_an_order_word_is_no_phone() -> None:
    assert "phone" not in found("Bestellung 0791234567 ist unterwegs")


@pytest.mark.parametrize(
    "text",
    [
        "Absence days are logged in the HR portal.",
        "Die Krankmeldung läuft über das Personalportal.",
        "Eine AU ist spätestens am dritten Tag einzureichen.",
        "Covid guidance for visitors is on the website.",
        "Allergy information for every dish is on the menu.",
        "Asthma-Sortiment im Regal 4, Diabetes-Produkte daneben.",
        "Die Lieferung von Krebs & Partner kommt Montag.",
    ],
)
def test_health_words_in_rules_things_and_firm_names_are_about_nobody(text: str) -> None:
    assert "health" not in found(text), scan(text)


def test_the_same_words_about_a_named_person_stay_health_data() -> None:
    assert found("Frau Ott hat Krebs.")["health"] == ["Krebs"]
    assert "AU" in found("Herr Kurz ist krank, die AU liegt vor.")["health"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("AHV-Nr. 756 9217 0769 85", "756 9217 0769 85"),
        ("AHV 756-9217-0769-85", "756-9217-0769-85"),
        ("Steuer-ID 36-574-261-809", "36-574-261-809"),
        ("UTR 72134-56781", "72134-56781"),
        ("SSN 371.52.8406", "371.52.8406"),
        ("NI number AB-12-34-56-C", "AB-12-34-56-C"),
    ],
)
def test_national_numbers_with_other_separators(text: str, value: str) -> None:
    assert found(text).get("tax-id") == [value], scan(text)


def test_a_phone_after_a_tax_question_is_still_a_phone() -> None:
    assert found("what is my UTR again? call me on 07700 900123")["phone"] == ["07700 900123"]
