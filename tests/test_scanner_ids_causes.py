"""The causes fixed for national ids, dates of birth and secrets (sixth session), each with its limits."""

from __future__ import annotations

import pytest
from helpers.scanning import found, texts_of

from course.scanner import scan
from course.scanner.labels import one_edit


def test_one_edit_allows_one_letter_added_dropped_changed_or_swapped() -> None:
    assert one_edit("geburtsdatum", "gebutsdatum")  # dropped
    assert one_edit("date of birth", "date of brith")  # swapped
    assert one_edit("steuernummer", "steuernumer")
    assert one_edit("steuer-id", "steur-id")
    assert one_edit("geburtsdatum", "geburtsdatem")  # changed
    assert not one_edit("geburtsdatum", "geburtsort")
    assert not one_edit("birthday", "birthplace")


@pytest.mark.parametrize(
    "text, value",
    [
        ('WARN import: row 3 name="A. Lind" tax_no="547 153 1914" duplicate', "547 153 1914"),
        ("steuer_nr=201/123/45675", "201/123/45675"),
        ("id;tax_reference\n17;8935593743", "8935593743"),
    ],
)
def test_a_label_written_as_a_key_in_code_names_the_id_and_it_is_no_phone(text: str, value: str) -> None:
    assert texts_of("tax-id", text) == [value], scan(text)
    assert "phone" not in found(text)


def test_an_answer_that_opens_a_message_takes_the_label_of_the_question_even_with_words_after_it() -> None:
    text = "[03.07.26, 08:05] Anna: was ist deine Steuer-Nr.?\n[03.07.26, 09:05] Ben: 201 123 45675 steht im Bescheid"
    assert texts_of("tax-id", text) == ["201 123 45675"], scan(text)


def test_a_long_id_label_with_one_typo_still_names_the_id() -> None:
    assert texts_of("tax-id", "Scoial security number 310773572") == ["310773572"]
    assert "tax-id" not in found("Sozialkasse 310773572")  # not a label with a typo: another word


def test_a_birth_label_with_one_typo_still_cues_the_date_but_a_birth_place_does_not() -> None:
    assert texts_of("date-of-birth", "Gebutsdatum: 30.01.1984") == ["30.01.1984"]
    strong = [f.strong for f in scan("Geburtsort: Linz, Ausstellung 30.01.2019").findings]
    assert strong == [] or not any(strong), scan("Geburtsort: Linz, Ausstellung 30.01.2019")


def test_a_date_in_the_future_is_never_a_birth_date() -> None:
    assert "date-of-birth" not in found("Geburtstagsfeier von Tim am 12.12.2099 im Büro")
    assert "date-of-birth" not in found("errechneter Geburtstermin: 03.05.2099")


@pytest.mark.parametrize(
    "text, value",
    [
        ("Jonas Berg *03.04.87 in Kiel", "03.04.87"),
        ("Ida Roth (* 3. April 1947)", "3. April 1947"),
        ("dob 03-Apr-1987", "03-Apr-1987"),
        ("Sie hat am 12.12.1968 Geburtstag.", "12.12.1968"),
    ],
)
def test_the_birth_sign_a_hyphenated_month_and_a_birthday_after_the_date_are_birth_dates(text: str, value: str) -> None:
    assert texts_of("date-of-birth", text) == [value], scan(text)


def test_a_markdown_bullet_before_a_date_is_no_birth_sign() -> None:
    result = scan("Termine:\n* 03.04.2025 Kick-off\n* 17.04.2025 Review")
    assert not any(f.category == "date-of-birth" and f.strong for f in result.findings), result


@pytest.mark.parametrize(
    "text, value",
    [
        ("Besprechungs-ID: 3838 185 1280\nKennung: *$et28D6@%$HFjN", "*$et28D6@%$HFjN"),
        ("curl -u admin:Xq9!rT4vWz https://ci.internal/api", "Xq9!rT4vWz"),
        ("Authorization: Bearer Tiger?3008ZK", "Tiger?3008ZK"),
        ("s'passwort fürs wlan isch Falke$77QZ", "Falke$77QZ"),
        ("Das Kennwort ist ab sofort Nordwind_88!", "Nordwind_88!"),
        ("Zugangscode Tiefgarage: 4471#", "4471#"),
        ("Geheimzahl 8312 nicht weitergeben, sie lautet 8312", "8312"),
    ],
)
def test_a_secret_in_these_forms_is_found(text: str, value: str) -> None:
    assert value in texts_of("secret", text), scan(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kennung: ABX-2291-K (Kostenstelle)",
        "curl -u $API_USER:$API_PASSWORD https://ci.internal/api",
        "Das Passwort ist jetzt abgelaufen.",
        "Zugangscode folgt per Post.",
        "*Pflichtfeld* Passwort: *siehe Brief*",
        "Authorization: Bearer <token>",
    ],
)
def test_a_code_a_variable_a_state_or_a_placeholder_is_no_secret(text: str) -> None:
    assert "secret" not in found(text), scan(text)


def test_a_two_word_town_after_an_adjective_is_whole_inside_a_sentence() -> None:
    text = "bitte an Spindlergasse 54/Top 1, 2700 Wiener Neustadt liefern"
    assert texts_of("address", text) == ["Spindlergasse 54/Top 1, 2700 Wiener Neustadt"]


@pytest.mark.parametrize("text", ["Produktcode: 4711-2290", "Fehlercode 2290-11 im Log", "Türcode folgt per Post."])
def test_a_product_or_error_code_or_a_code_still_to_come_is_no_secret(text: str) -> None:
    assert "secret" not in found(text), scan(text)


def test_a_date_typed_with_spaces_is_a_date_and_a_birth_date_after_its_label() -> None:
    assert texts_of("date-of-birth", "Geburtsdatum 3. 4. 1987") == ["3. 4. 1987"]
    assert "date-of-birth" not in found("Stand 3. 4. 2025: alles erledigt")


def test_an_adjective_joins_its_street_but_a_word_before_it_does_not() -> None:
    assert texts_of("address", "Untere Hauptstraße 14, 2500 Baden") == ["Untere Hauptstraße 14, 2500 Baden"]
    assert texts_of("address", "Bitte Hauptstraße 5, 10115 Berlin") == ["Hauptstraße 5, 10115 Berlin"]


def test_a_form_label_between_street_and_postcode_keeps_one_address() -> None:
    text = "Straße: Kirchweg 2\nPLZ/Ort: 34117 Kassel"
    assert texts_of("address", text) == ["Kirchweg 2\nPLZ/Ort: 34117 Kassel"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Alarmanlage Code 2580, bitte eingeben", "2580"),
        ("temp pw → Maple!Leaf2026", "Maple!Leaf2026"),
        ('<add key="SmtpPass" value="R0sen!garten" />', "R0sen!garten"),
    ],
)
def test_a_device_code_an_arrow_or_a_pass_key_in_a_setting_gives_a_secret(text: str, value: str) -> None:
    assert texts_of("secret", text) == [value], scan(text)


@pytest.mark.parametrize("text", ["Motorcode 4711 prüfen", "Safety code 2580 applies.", "Blockcode 1234"])
def test_a_code_word_that_only_contains_a_door_word_is_no_door_code(text: str) -> None:
    assert "secret" not in found(text), scan(text)


def test_a_place_adjective_joins_its_street_but_a_surname_after_herr_does_not() -> None:
    assert texts_of("address", "Wiedner Hauptstraße 12, 1040 Wien") == ["Wiedner Hauptstraße 12, 1040 Wien"]
    assert texts_of("address", "Herr Becker Hauptstraße 5, 10115 Berlin") == ["Hauptstraße 5, 10115 Berlin"]


def test_a_block_name_between_flat_and_street_keeps_one_uk_address() -> None:
    text = "Flat 7, Beacon House, 21 Dock Street, Leith EH6 6ER"
    assert texts_of("address", text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        "*01.01.2025 gilt die neue Preisliste.",
        "Am 12.03.2025 Geburtstag von Tim im Büro feiern!",
        "b-day party on 14/06/2025 at the office",
        "Kennung: Projekt2025 (Kostenstelle Vertrieb)",
        "Contract signed 03-Apr-1987 with the landlord",
        "Fax reference: see cover sheet",
    ],
)
def test_a_party_a_footnote_a_project_key_or_a_contract_date_is_no_identifier(text: str) -> None:
    cats = found(text)
    assert not any(c in cats for c in ("date-of-birth", "secret", "tax-id")), scan(text)


@pytest.mark.parametrize(
    "text, tax, phone",
    [
        ("ITIN 992-74-9948 fax 212-555-0199", "992-74-9948", "212-555-0199"),
        ("AHV 756.4158.1409.17, Natel 079 123 45 67", "756.4158.1409.17", "079 123 45 67"),
        ("Steuer-ID: 51488286792 / Handy: 0151 23456789", "51488286792", "0151 23456789"),
    ],
)
def test_a_phone_label_right_before_a_number_makes_it_the_phone_after_an_id_on_the_same_line(
    text: str, tax: str, phone: str
) -> None:
    assert texts_of("tax-id", text) == [tax], scan(text)
    assert texts_of("phone", text) == [phone], scan(text)


def test_a_phone_word_inside_a_remark_before_an_id_leaves_it_an_id() -> None:
    assert texts_of("tax-id", "Steuer-ID (bitte nicht per Telefon): 56024178003") == ["56024178003"]


def test_a_street_without_a_street_word_before_a_postcode_and_town_is_an_address() -> None:
    assert texts_of("address", "Sonnenhang 12, 6060 Hall in Tirol") == ["Sonnenhang 12, 6060 Hall in Tirol"]
    assert texts_of("address", "Zeil 5\n60313 Frankfurt") == ["Zeil 5\n60313 Frankfurt"]


@pytest.mark.parametrize("text", ["Kapitel 12, 1010 Exemplare", "Seite 4, 2500 Baden", "Version 3\n2025 Release"])
def test_a_counted_part_of_a_document_before_a_number_and_a_word_is_no_address(text: str) -> None:
    assert "address" not in found(text), scan(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("sshpass -p 'R3d!Fox' ssh deploy@10.0.0.5", "R3d!Fox"),
        ("mysql -u root -pS3cret crm", "S3cret"),
        ("Use passphrase 'purple monkey dishwasher 42' for the zip", "purple monkey dishwasher 42"),
    ],
)
def test_a_password_on_a_command_line_or_a_quoted_passphrase_is_a_secret(text: str, value: str) -> None:
    assert texts_of("secret", text) == [value], scan(text)


@pytest.mark.parametrize(
    "text",
    ['Fehler: password "does not match"', 'The passphrase "must have 4 words" rule', "ssh -p 2222 host"],
)
def test_a_quoted_rule_an_error_message_or_a_port_option_is_no_secret(text: str) -> None:
    assert "secret" not in found(text), scan(text)


def test_a_us_city_and_state_without_a_comma_still_close_the_address() -> None:
    text = "5600 NE 33rd Ave, Suite 200, Portland OR 97211"
    assert texts_of("address", text) == [text]


def test_a_value_on_the_line_after_its_password_label_must_look_made() -> None:
    assert texts_of("secret", "Password:\nHarbor!Light77") == ["Harbor!Light77"]
    assert "secret" not in found("Password:\nThe password must have 12 characters.")


def test_a_month_day_and_year_without_a_comma_is_a_date() -> None:
    assert texts_of("date-of-birth", "Birthdate – Nov 23 1975") == ["Nov 23 1975"]


def test_a_company_word_right_after_a_number_makes_it_the_switchboard_but_not_a_label_of_the_next() -> None:
    assert "phone" not in found("Tel.: 089 1234567 (Zentrale)")
    assert texts_of("phone", "Frau Kern: 0171 2345678 (Zentrale: 089 1234567)") == ["0171 2345678"]


@pytest.mark.parametrize(
    "text, value", [("PIN-Code: 6607", "6607"), ("Kennwort (neu): Hummel*Wiese3", "Hummel*Wiese3")]
)
def test_a_pin_code_and_a_bracketed_word_before_the_colon_give_a_secret(text: str, value: str) -> None:
    assert texts_of("secret", text) == [value], scan(text)


@pytest.mark.parametrize(
    "text, card",
    [
        (
            "Hallo, mein Sohn hat mit meiner Karte bestellt, die Nummer ist 5278 3785 6842 6542, bitte stornieren.",
            "5278 3785 6842 6542",
        ),
        ("Wir bestellten mit der Firmenkarte 4130-9300-8866-5966 letzte Woche.", "4130-9300-8866-5966"),
        ("My son ordered with my card, the number is 5278378568426542, please cancel.", "5278378568426542"),
    ],
)
def test_a_verb_of_ordering_is_no_label_for_the_card_number_after_it(text: str, card: str) -> None:
    """ "bestellt" / "ordered" label nothing (pii5 tune): the card is found, and no phone is read out of its digits."""
    assert found(text) == {"credit-card": [card]}


@pytest.mark.parametrize(
    "text",
    ["Bestellnummer 5278 3785 6842 6542", "Bestellung 4130-9300-8866-5966 ist raus.", "Order 4111 1111 1111 1111"],
)
def test_an_order_number_that_passes_luhn_is_still_an_order_number(text: str) -> None:
    assert texts_of("credit-card", text) == [] and texts_of("phone", text) == []


@pytest.mark.parametrize(
    "text, address",
    [
        (
            "Neue Anschrift: Mariahilfer Gürtel 7/Stiege 3/Tür 12, 1150 Wien",
            "Mariahilfer Gürtel 7/Stiege 3/Tür 12, 1150 Wien",
        ),
        ("Lieferung an Rossauer Lände 3; 1090 Wien", "Rossauer Lände 3; 1090 Wien"),
        ("Post bitte an Postfach 118; 6003 Luzern", "Postfach 118; 6003 Luzern"),
        ("Forward it to 9 Tannery Row; Perth; PH1 5QT", "9 Tannery Row; Perth; PH1 5QT"),
    ],
)
def test_vienna_street_words_and_semicolons_between_address_parts(text: str, address: str) -> None:
    """Found on pii5's tuning part: "Gürtel", "-zeile", "Lände" are street words, and ";" joins address parts."""
    assert texts_of("address", text) == [address]


@pytest.mark.parametrize(
    "text", ["Der Gürtel 5 ist aus Leder.", "Seite 3; 4000 Stück geliefert", "Kapitel 2; 1040 Seiten"]
)
def test_the_same_words_and_semicolons_without_an_address_stay_clean(text: str) -> None:
    assert texts_of("address", text) == []


@pytest.mark.parametrize(
    "text, dates",
    [
        (
            "Versicherte: Petra Aigner\nKinder: Lina Aigner (03.05.2016), Tobias Aigner-Hell (2019-11-30)",
            ["03.05.2016", "2019-11-30"],
        ),
        ("Dependents: Maeve O'Brien (June 3, 2012), Rory O'Brien (4/9/15)", ["June 3, 2012", "4/9/15"]),
    ],
)
def test_dates_in_brackets_after_names_on_a_family_line_are_birth_dates(text: str, dates: list[str]) -> None:
    """Found on pii5's tuning part: "Kinder:" / "Dependants:" lines list each member with their date of birth."""
    assert texts_of("date-of-birth", text) == dates


@pytest.mark.parametrize(
    "text",
    ["Kinder: Ferienprogramm (01.07.2025) ist ausgebucht.", "Children: Summer Camp Registration (03/04/2025) closed."],
)
def test_a_date_in_brackets_after_an_event_on_a_family_line_is_no_birth_date(text: str) -> None:
    assert texts_of("date-of-birth", text) == []


@pytest.mark.parametrize(
    "text, number",
    [
        ("| Mitarbeiterin | Steuer-ID |\n|---|---|\n| Vera Koller | 65929970489 |", "65929970489"),
        ("| Name | VSNR |\n| :--- | ---: |\n| Ida Pichler | 1023 24.12.90 |", "1023 24.12.90"),
    ],
)
def test_a_markdown_tables_rule_row_does_not_hide_the_header_above_it(text: str, number: str) -> None:
    """Found on pii5's tuning part: "|---|---|" was read as the header, so the label above it was lost."""
    assert texts_of("tax-id", text) == [number]


def test_a_markdown_table_of_articles_stays_clean() -> None:
    assert found("| Artikel | Menge |\n|---|---|\n| Schrauben M4 | 721979367 |") == {}


@pytest.mark.parametrize(
    "text, number",
    [
        (
            "Support: For security, what is your social security number?\nMe: ok fine, 536-90-4399 (please hurry)",
            "536-90-4399",
        ),
        (
            "Sachbearbeiterin: Für den Antrag brauche ich von Ihnen bitte noch die Steuer-ID, danke schön\n"
            "Herr Lenz: klar, hab sie gefunden, 659 299 704 89",
            "659 299 704 89",
        ),
    ],
)
def test_an_id_asked_for_on_the_line_before_is_found_after_a_short_lead_in(text: str, number: str) -> None:
    """Found on pii5's tuning part: "here's the whole thing, 868602757" answers "the last four of your SSN"."""
    assert texts_of("tax-id", text) == [number]


def test_a_phone_number_given_instead_of_the_id_asked_for_stays_a_phone() -> None:
    text = "Agent: your SSN please\nCustomer: sorry, call me on 0171 2345678"
    assert found(text) == {"phone": ["0171 2345678"]}


@pytest.mark.parametrize(
    "text",
    [
        "Tischreservierungen nehmen wir unter 031 552 10 00 entgegen.",
        "Für Gruppen: +41 44 870 00 00, Mo-Fr.",
        "Bookings by phone on (737) 555 1000, groups by email.",
    ],
)
def test_a_firms_round_main_line_is_no_personal_phone(text: str) -> None:
    """Found on pii5's tuning part (18 of 28 clean texts red): a last group 1000, 10 00 or 00 00 is a main line."""
    assert texts_of("phone", text) == []


@pytest.mark.parametrize(
    "text, phone",
    [
        ("Ruf mich an: 0171 2341000", "0171 2341000"),
        ("My direct line is +44 (0)116 550 5000.", "+44 (0)116 550 5000"),
        ("Privat erreichbar unter 031 552 10 00.", "031 552 10 00"),
    ],
)
def test_a_number_without_a_round_group_or_with_a_private_cue_stays_a_phone(text: str, phone: str) -> None:
    assert texts_of("phone", text) == [phone]
