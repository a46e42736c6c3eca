"""Names found by where they stand (tables, address blocks, titles, openings, closings, possessives)."""

from __future__ import annotations

import pytest
from helpers.scanning import names

from course.scanner import scan

# Tables: a header names the column, every cell under it is (part of) a name, even names no list knows.


def test_a_surname_column_before_a_given_name_column_holds_surnames() -> None:
    text = "Name;Vorname;Personalnr.\nQuandtke;Zorbas;77812\nWierzba;Ilkay;77813"
    assert names(text) == ["Quandtke", "Zorbas", "Wierzba", "Ilkay"]


def test_a_name_column_in_a_table_of_personal_data_holds_unknown_names() -> None:
    text = "Name;Durchwahl;E-Mail\nOdalys Pfannkuch;-431;o.pfannkuch@example.org\nTrübenbach;-432;tr@example.org"
    assert names(text) == ["Odalys Pfannkuch", "Trübenbach"]


def test_csv_with_first_and_last_name_columns_after_a_row_without_digits() -> None:
    text = "first_name,last_name,team\nOyelaran,Brixworth,Logistics\nTemperance,Quayle,Logistics"
    assert names(text) == ["Oyelaran", "Brixworth", "Temperance", "Quayle"]


def test_pipe_table_with_surname_and_first_name() -> None:
    text = "| Surname | First name | Room |\n|---|---|---|\n| Okonjo | Adaeze | 2.14 |\n| Vukovich | Brennan | 2.15 |"
    assert names(text) == ["Okonjo", "Adaeze", "Vukovich", "Brennan"]


def test_quoted_csv_cells_and_a_header_after_prose() -> None:
    text = 'See the list. > name,address\nZephyrine Olawale,"12 Mill Lane, Leeds LS1 4AB"'
    assert "Zephyrine Olawale" in names(text)


def test_columns_aligned_with_spaces() -> None:
    text = "Nachname      Vorname     Raum\nKowalczyk     Jadwiga     3.01\nEisenhuth     Malwine     3.02"
    assert names(text) == ["Kowalczyk", "Jadwiga", "Eisenhuth", "Malwine"]


@pytest.mark.parametrize(
    "text",
    [
        "Produkt;Name;Preis\nB7;Sessel Komfort;99,00",
        "Name;Version;Lizenz\nOffice Suite;2.1;MIT",
        "Name;Preis;Menge\nDrucker Papier;4,99;10",
    ],
)
def test_a_name_column_of_products_is_no_name(text: str) -> None:
    assert names(text) == []


# Address blocks: c/o, z. Hd., Attn lines and doorbells name a person; the address starts at the street.


def test_a_care_of_line_is_a_name_and_the_address_starts_at_the_street() -> None:
    text = "Lieferanschrift\nc/o Oyinkansola Brettschneider\nAm Anger 4\n07743 Jena"
    result = scan(text)
    assert [(f.category, f.text) for f in result.findings] == [
        ("name", "Oyinkansola Brettschneider"),
        ("address", "Am Anger 4\n07743 Jena"),
    ]


def test_a_care_of_firm_stays_part_of_the_address() -> None:
    text = "c/o Brettschneider Logistik GmbH\nAm Anger 4\n07743 Jena"
    assert names(text) == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("z. Hd. Ilvana Gschwendtner\nPostfach 12", "Ilvana Gschwendtner"),
        ("Attn: Torvald Mbeki\nAccounts Payable", "Torvald Mbeki"),
        ("FAO Rhiannon Okafor\n12 High Street", "Rhiannon Okafor"),
        ("Das Paket bitte bei Wuttke klingeln und abgeben.", "Wuttke"),
    ],
)
def test_lines_for_the_attention_of_a_person_and_doorbells(text: str, name: str) -> None:
    assert name in names(text)


# Titles without their dot, as British English writes them.


def test_dr_without_a_dot_before_a_surname_is_a_name() -> None:
    assert names("Please ring Dr Okwuosa back about the results.") == ["Okwuosa"]
    assert names("Meeting with Prof Hildegard Vossberg at ten.") == ["Hildegard Vossberg"]


# Openings and closings of letters and chats.


@pytest.mark.parametrize(
    "text, name",
    [
        ("Grüezi Ottavio, anbei die Unterlagen.", "Ottavio"),
        ("Hoi Zilan!\nKommst du morgen?", "Zilan"),
        ("Danke und freundliche Grüsse\nKaan Oberholzer", "Kaan Oberholzer"),
        ("Bis morgen.\nEs Grüessli\nLiridona", "Liridona"),
        ("can you send me the slides? thanks! - Oyelowo", "Oyelowo"),
        ("Bin gleich da. – Radomir\nPS: Kaffee ist alle.", "Radomir"),
    ],
)
def test_a_name_after_an_opening_or_under_a_closing(text: str, name: str) -> None:
    assert any(name in found for found in names(text))


@pytest.mark.parametrize(
    "text",
    [
        "Best wishes\nThe HR team",
        "Grüezi mitenand, die Sitzung fällt aus.",
        "Danke!\nBitte bis Freitag.",
    ],
)
def test_a_team_or_a_word_under_a_closing_is_no_name(text: str) -> None:
    assert names(text) == []


# Possessives: something only a person has.


@pytest.mark.parametrize(
    "text, name",
    [
        ("Drinks at Oyelaran's place tonight!", "Oyelaran"),
        ("Send it to GB29 NWBK 6016 1331 9268 19 (Tsegaye's account).", "Tsegaye"),
        ("Bitte Zelihas Vertretung informieren.", "Zeliha"),
    ],
)
def test_a_possessive_before_something_only_a_person_has(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Company's account is in the black.",
        "After May's outage we moved the servers.",
        "Our Office's phone is on the website.",
    ],
)
def test_a_possessive_of_a_firm_a_month_or_a_noun_is_no_name(text: str) -> None:
    assert names(text) == []


# Beside identifiers and in lists: a holder named after the number, lines of a list, a first name used again.


def test_a_given_name_after_an_identifier_and_von_is_its_holder() -> None:
    text = "756.1234.5678.97 – das ist die AHV-Nummer von Liridona, bitte nicht weitergeben."
    assert "Liridona" in names(text)


def test_an_abbreviated_month_after_for_is_no_holder() -> None:
    text = "Patient DOB 3 March 1981. Slot booked for Nov. 3, 2026."
    assert "Nov" not in names(text)


def test_a_name_before_a_dash_and_a_phone_number() -> None:
    assert "Oyelowo Brandtner" in names("Bereitschaft\nOyelowo Brandtner – 0171 2345678")


def test_an_account_in_the_name_of_a_person() -> None:
    text = "Bitte auf AT61 1904 3002 3457 3201 überweisen (lautend auf Zeynep Wachtveitl)."
    assert "Zeynep Wachtveitl" in names(text)


def test_a_sorted_surname_with_its_particle_before_a_mail_address() -> None:
    text = "Von: Eamon Dussen van <e.dv@example.org>\nBetreff: Termin"
    assert "Eamon Dussen van" in names(text)


def test_every_person_of_a_list_after_a_colon_when_some_are_found() -> None:
    text = "Jubilare im Mai: Anna Schmidt, Thomas Weber, Oyelaran Brixworth"
    assert names(text) == ["Anna Schmidt", "Thomas Weber", "Oyelaran Brixworth"]


def test_every_person_of_a_numbered_list_when_some_are_found() -> None:
    text = "Kursliste\n1. Anna Schmidt (Raum 2)\n2. Oyelaran Brixworth (Raum 2)\n3. Thomas Weber (Raum 3)"
    assert names(text) == ["Anna Schmidt", "Oyelaran Brixworth", "Thomas Weber"]


def test_a_signature_name_above_a_firm_is_no_list_of_people() -> None:
    text = "Danke!\n\n--\nAnna Schmidt\nKrautwurst Obermaier GbR\nMobil: 0171 2345678"
    assert names(text) == ["Anna Schmidt"]


def test_a_found_persons_first_name_used_again_alone() -> None:
    text = "Attendees: Anna Schmidt, Oyelaran Brixworth\nAction: Oyelaran to book the room."
    assert names(text).count("Oyelaran") == 1


def test_a_word_name_is_not_repeated_from_a_found_name() -> None:
    text = "Anwesend: Mark Brixworth\nBitte Mark die Rechnung als bezahlt."
    assert "Mark" not in names(text)


# Precision: the layout around a name-like word shows a place, a venue, a firm or a date.


@pytest.mark.parametrize(
    "text",
    [
        "The office moves to a new building on Edith Crescent next month.",
        "Tickets for the Rose Garden concert are sold out.",
        "Die Reise führt durch die Mark Brandenburg und den Spreewald.",
        "Im Quiz: der Graf von Monte Christo und der Herzog von Kent.",
        "We are hiring an assistant in Milton Keynes.",
        "Our Ann Arbor branch is closed on Friday.",
        "Rechnung 4711\nHeinz Oberhuber Stiftung & Co. KG\nUSt-IdNr. DE123456789",
        "Minutes of the meeting, Jan. 14, 2026",
        "site,phone\nMilton Keynes,+44 1908 000000",
    ],
)
def test_a_place_a_venue_a_firm_or_a_date_is_no_name(text: str) -> None:
    assert names(text) == []


def test_a_surname_that_is_also_a_street_word_stays_a_name() -> None:
    assert "Justin Park" in names("Name on the card: Justin Park, expiry 09/30")


def test_a_firm_named_after_its_partners_is_no_list_of_people() -> None:
    assert names("Best\nJohanna Kerr\nOffice Manager | Lawson, Wagner and Crawford") == ["Johanna Kerr"]
    assert names("Lawson, Wagner and Crawford will supply the chairs.") == []
    assert names("Congratulations on ten years with Lawson, Thornton and Barr!") == []


def test_first_names_in_a_sentence_stay_a_list_of_people() -> None:
    assert names("Danke an Anna, Ben und Jonas für die Hilfe!") == ["Anna", "Ben", "Jonas"]


def test_a_department_greeted_like_a_person_is_no_name() -> None:
    assert names("Dear Accounts,\nplease update my bank details.") == []


def test_a_label_after_a_sentence_on_the_same_line_names_a_person() -> None:
    text = "Das Paket ist unterwegs. Krankmeldung: Oyelaran Brixworth, krank bis Freitag."
    assert "Oyelaran Brixworth" in names(text)


def test_a_first_name_that_is_also_a_word_after_a_person_label() -> None:
    assert "Long Brixworth" in names("Caller: Long Brixworth\nNumber: 0171 2345678")
    assert "Long Brixworth" in names("Handover: Long Brixworth is taking over the accounts.")


def test_a_customer_before_a_name_and_a_verb() -> None:
    assert "Oyelaran Brixworth" in names("Kunde Oyelaran Brixworth bittet um Rückruf.")


def test_a_home_after_bei_names_its_owner() -> None:
    assert "Zilan" in names("Grillabend bei Zilan zu Hause, Anger 4, 07743 Jena")


def test_a_name_alone_on_the_line_above_a_labelled_identifier() -> None:
    assert "Oyelaran Brixworth" in names("Lebenslauf\nOyelaran Brixworth\nTel. 0171 2345678\nJena")


def test_a_possessive_before_plural_accounts_or_an_id_acronym() -> None:
    assert "Zilan" in names("Pat is taking over Zilan's accounts from Monday.")
    assert "Zilan" in names("QQ 12 34 56 C is Zilan's NINO, keep it safe.")


@pytest.mark.parametrize(
    "text, name",
    [
        ("Card for the hotel: 4111 1111 1111 1111, exp 09/30, name on card Oyelaran Brixworth", "Oyelaran Brixworth"),
        ("Ticket 4711: Oyelaran Brixworth asks why the payslip is late.", "Oyelaran Brixworth"),
        ("Sickness absence: Oyelaran Brixworth, off sick until Friday.", "Oyelaran Brixworth"),
        ("Holiday cover for Ann Lee: Oyelaran Brixworth (mornings), Zilan Okafor (afternoons)", "Zilan Okafor"),
        ("Kursliste\n1. Oyelaran Brixworth (*12.03.1981)\n2. Zilan Okafor (*01.02.1990)", "Oyelaran Brixworth"),
    ],
)
def test_more_places_where_a_person_stands(text: str, name: str) -> None:
    assert name in names(text)


def test_a_bulleted_list_of_people_with_and_without_a_mail_address() -> None:
    text = "Verteiler:\n- Anna Schmidt (anna@example.org)\n- Thomas Weber (tw@example.org)\n- Oyelaran Brixworth"
    assert "Oyelaran Brixworth" in names(text)
