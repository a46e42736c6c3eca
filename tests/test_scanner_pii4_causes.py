"""Causes of false alarms and misses found on pii4's tuning part (issue 14), each as a rule of its own.

The texts are written for these tests, in other words and with other values than the corpus: each shows one
way people write a look-alike or a piece of personal data that the scanner must understand in text it has not seen.
"""

from __future__ import annotations

import pytest
from helpers.scanning import found

from course.scanner import scan

# --- a date with a time after it is a timestamp: never a birth date, never a phone number ------------------


@pytest.mark.parametrize(
    "text",
    [
        "[03.11.28, 19:05] Sportgruppe: Training fällt aus\n[03.11.28, 19:20] Ok danke",
        "[7/14/29, 6:45 PM] Book club: we meet at the library",
        "Gesendet: Dienstag, 2027-02-09 07:55\nAn: Einkauf\nBetreff: Lieferung",
        "Wann: Mittwoch, 4.3.2026 10:15–11:00\nWo: Raum Donau",
        "Sent: 12/02/2026 14:20\nTo: Facilities",
        "Logeintrag 2026-05-02T09:41 Backup fertig",
        "18.03.2026 – 09:30 Uhr Jour fixe",
    ],
)
def test_a_date_followed_by_a_time_is_a_timestamp_not_a_birth_date_or_phone(text: str) -> None:
    kinds = found(text)
    assert "date-of-birth" not in kinds
    assert "phone" not in kinds


def test_a_birth_date_and_a_phone_next_to_a_timestamp_are_still_found() -> None:
    kinds = found("[03.11.28, 19:05] Lea: Sven ist geb. 14.02.1991, Handy 0176 43219876")
    assert kinds.get("date-of-birth") == ["14.02.1991"]
    assert kinds.get("phone") == ["0176 43219876"]


# --- a meeting id, a claim, a part or a VAT number is a reference, not a phone number ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Webinar beitreten\nKonferenz-ID: 4127 388 915\nKenncode folgt",
        "Join the call\nMeeting ID: 9051 402 7731",
        "Schadenakte S 08/402117 wird geprüft.",
        "Re: claim S 03/771024 - photos attached",
        "spare part no. 61-40882, qty 3",
        "Acme Supplies Ltd, VAT reg. GB 712 4409 38",
        "Mitgliedsnummer 0172 554410, Beitrag bezahlt",
        "Reservation no. 6021 447 803 confirmed",
        "Zoom: 862 4410 3357 (Kenncode im Kalender)",
        "Kassenbon 0131 5522 8890 bitte aufheben",
        "Büro Hamburg, Tel. 040 6621 0000",
    ],
)
def test_a_reference_number_after_its_own_label_is_no_phone(text: str) -> None:
    assert "phone" not in found(text)


def test_a_callers_number_is_still_a_phone() -> None:
    assert found("Caller ID: 0176 43219876")["phone"] == ["0176 43219876"]


def test_a_phone_after_a_claim_line_keeps_its_own_cue() -> None:
    assert found("Schadenakte S 08/402117\nRückruf bitte: 0176 43219876")["phone"] == ["0176 43219876"]


# --- a greeting to a group, or a role on a stage, is no name ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Liebe Eltern, am Freitag bleibt die Gruppe Igel geschlossen.",
        "Liebe Kolleginnen und Kollegen, die Kantine öffnet später.",
        "Hallo Mitarbeitende, bitte die Zeiten eintragen.",
        "Liebe Vereinsmitglieder, die Versammlung ist verschoben.",
        "Dear Parents, the school trip is on Friday.",
        "Hi folks, quick update on the move.",
        "Frau Holle im Kindertheater: Karten an der Kasse.",
        "Das Märchen von Frau Holle steht im Dezember auf dem Programm.",
        "Mr Punch on stage at the pier, every Sunday.",
        "Dear Valued Customer, your parcel is on its way.",
        "Dear Hiring Manager, please find my CV attached.",
        "Dear Esteemed Colleague, the agenda follows.",
    ],
)
def test_a_group_greeting_or_a_stage_role_is_not_a_name(text: str) -> None:
    assert "name" not in found(text)
    assert scan(text).level != "red"


def test_a_person_after_a_greeting_or_salutation_is_still_a_name() -> None:
    assert found("Liebe Annika, danke für die Unterlagen.")["name"] == ["Annika"]
    assert found("Frau Holle hat wegen der Rechnung angerufen.")["name"] == ["Holle"]
    assert found("Dear Ms Parent, your order shipped.")["name"] == ["Parent"]


# --- national numbers: other spellings and where their label stands ----------------------------------------


@pytest.mark.parametrize(
    "text, value",
    [
        ("Meldung an die ÖGK: Versicherungsnummer 1007 14.03.85, Eintritt 1. Mai", "1007 14.03.85"),
        ('{"name": "X", "SV-Nummer": "1007 14.03.85"}', "1007 14.03.85"),
        ("Steuer-ID 312 345 678 93 bitte in die Lohnakte", "312 345 678 93"),
        ("steuerliche Identifikationsnummer: 3123 4567 893", "3123 4567 893"),
        ('{"employee": "X", "social": "536904399", "team": "Ops"}', "536904399"),
        ("also seine steuer id ist 312 345 678 93 glaub ich", "312 345 678 93"),
    ],
)
def test_a_national_number_in_another_spelling_is_a_tax_id(text: str, value: str) -> None:
    kinds = found(text)
    assert kinds.get("tax-id") == [value]
    assert "date-of-birth" not in kinds


@pytest.mark.parametrize(
    "text, value",
    [
        (
            "[02/05/2026, 09:10] Priya: what's your UTR? the form needs it\n[02/05/2026, 09:12] Tom: 4712345677",
            "4712345677",
        ),
        ("Anna: kannst du mir deine NHS number schicken?\nBen: 485 777 3457", "485 777 3457"),
    ],
)
def test_a_number_sent_alone_as_the_answer_takes_the_label_of_the_question(text: str, value: str) -> None:
    kinds = found(text)
    assert kinds.get("tax-id") == [value]
    assert "phone" not in kinds


def test_a_number_alone_on_its_line_without_a_question_is_no_tax_id() -> None:
    assert "tax-id" not in found("[02/05/2026, 09:10] Priya: Lunch?\n[02/05/2026, 09:12] Tom: 4712345677")


# --- secrets: quoted keys, a long sentence to the value, masked values ------------------------------------


@pytest.mark.parametrize(
    "text, value",
    [
        ('{"app": "billing", "client_secret": "Wolke#4411Qz", "ttl": 60}', "Wolke#4411Qz"),
        ("'api_key': 'Tq8vLm2Xr9Wd4Ks7Pn3B'", "Tq8vLm2Xr9Wd4Ks7Pn3B"),
        ("das kennwort für den beamer im großen saal ist Regen!772Ab danke", "Regen!772Ab"),
        ("wifi password got reset, the new one is Fjord%55Kl (pinned in the office)", "Fjord%55Kl"),
        ("AWS Access Key ID: Zebra$2190QQ", "Zebra$2190QQ"),
        (
            "AWS Secret Access Key [None]: Qk2Xy9LmWp4Rt7Zn1Bv5Hc8Jd3Fs6Ga0Ee2Uo4Ii",
            "Qk2Xy9LmWp4Rt7Zn1Bv5Hc8Jd3Fs6Ga0Ee2Uo4Ii",
        ),
        ("MAIL_HOST=smtp.example.org\nSMTP_PASS=Fh3#kLq9Wz", "Fh3#kLq9Wz"),
        ('{"login": "svc-backup", "password": "Tanne&81Rq"}', "Tanne&81Rq"),
        (
            "der SendGrid-Key SG.Zr4wPq8LmN2vXc6TbY1kHd.Qe9sUa3JfG7oWi5RtZy2MxLc8VbNp4KdHs6Tq0Wg1 gehört ins Vault",
            "SG.Zr4wPq8LmN2vXc6TbY1kHd.Qe9sUa3JfG7oWi5RtZy2MxLc8VbNp4KdHs6Tq0Wg1",
        ),
        (
            "neuer PAT fürs Deployment: github_pat_11ABCDEFG0abcdefXijKL_mnopqrstuvwxyz0123456789ABCDEFXHIJ",
            "github_pat_11ABCDEFG0abcdefXijKL_mnopqrstuvwxyz0123456789ABCDEFXHIJ",
        ),
    ],
)
def test_a_secret_written_these_ways_is_found(text: str, value: str) -> None:
    assert found(text).get("secret") == [value]


@pytest.mark.parametrize(
    "text",
    [
        "settings:\n  SMTP_PASSWORD: ghp_************\n  port: 587",
        "API_KEY=sk-••••••••••••",
        "password: XXXXXXXX",
        "export SMTP_PASS\necho $SMTP_PASS",
        "the password reset mail never came. Address on file: lena.k@example.org.",
    ],
)
def test_a_masked_value_or_a_later_field_is_no_secret(text: str) -> None:
    assert "secret" not in found(text)


# --- addresses: Postfach without a number, two-word towns, " · " and named houses ------------------------


@pytest.mark.parametrize(
    "text, value",
    [
        ("Unterlagen bitte an Postfach, 6002 Luzern senden.", "Postfach, 6002 Luzern"),
        ("Belege an: Postfach · 3001 Bern", "Postfach · 3001 Bern"),
        ("Kurt Bauer\nGrazer Straße 12/3\n8605 Kapfenberg Süd\nTel. folgt", "Grazer Straße 12/3\n8605 Kapfenberg Süd"),
        ("Lieferung: Hauptplatz 4/2, 2700 Wiener Neustadt", "Hauptplatz 4/2, 2700 Wiener Neustadt"),
        ("Ship to: 41 Mill Road · Ely CB7 4DT", "41 Mill Road · Ely CB7 4DT"),
        (
            "Mrs Joan Pike\nWillowbank\nChurch Lane\nLewes\nBN7 2JE\n\nDear Mrs Pike,",
            "Willowbank\nChurch Lane\nLewes\nBN7 2JE",
        ),
        ("Joan Pike\nChurch Lane\nLewes\nBN7 2JE", "Church Lane\nLewes\nBN7 2JE"),
        ("also die adresse ist lindenweg 7 in 34117 kassel", "lindenweg 7 in 34117 kassel"),
        ("voicemail: parcel goes to 9 station road ely cb7 4dt thanks bye", "9 station road ely cb7 4dt"),
        ("Flat 7\nBrook House\n21 Mill Road\nEly\nCB7 4DT", "Flat 7\nBrook House\n21 Mill Road\nEly\nCB7 4DT"),
        ("The Granary\n3 Station Road\nTotnes\nTQ9 5HW", "The Granary\n3 Station Road\nTotnes\nTQ9 5HW"),
    ],
)
def test_an_address_written_this_way_is_found_whole(text: str, value: str) -> None:
    assert found(text).get("address") == [value]


def test_a_mailbox_that_is_full_is_no_address() -> None:
    assert "address" not in found("Ihr Postfach ist voll, bitte 200 Mails löschen.")


def test_a_care_of_line_ends_at_a_middle_dot_so_the_street_after_it_is_found() -> None:
    address = found("Post an: c/o Kanzlei Roth · Lindenweg 7 · 34117 Kassel")["address"]
    assert address == ["c/o Kanzlei Roth · Lindenweg 7 · 34117 Kassel"]


# --- a two-digit year just after this one is a coming date, and a NINO may be dictated in lower case ---------


def test_a_two_digit_year_just_after_this_one_is_no_weak_birth_date() -> None:
    from datetime import date

    soon = f"{(date.today().year + 2) % 100:02d}"
    assert "date-of-birth" not in found(f"Mietende 30.06.{soon}, dann neu verhandeln")
    assert found(f"geb. 30.06.{soon}")["date-of-birth"] == [f"30.06.{soon}"]  # with its cue it is one
    assert found("Akte Huber: 30.06.52")["date-of-birth"] == ["30.06.52"]  # further back it may well be


def test_a_national_insurance_number_written_small_after_its_label_is_a_tax_id() -> None:
    assert found("ok so my ni number is ab 12 34 56 c if you need it")["tax-id"] == ["ab 12 34 56 c"]
    assert "tax-id" not in found("the voucher code ab 12 34 56 c expired")


def test_a_person_on_the_line_above_a_uk_street_stays_a_name_of_its_own() -> None:
    kinds = found("Chidinma Okoro\n21 Mill Road\nEly\nCB7 4DT")
    assert kinds["address"] == ["21 Mill Road\nEly\nCB7 4DT"]
    assert kinds["name"] == ["Chidinma Okoro"]
