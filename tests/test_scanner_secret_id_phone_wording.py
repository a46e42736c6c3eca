"""Secrets, national ids and phone numbers in wording written for these tests (not the corpora's): config files,
JSON, YAML, .env, connection strings and URLs, "PIN", "Kennwort", "pw", "pwd", logins; UK and US ids with their
labels; and the numbers that are no phones (dates with times, VAT numbers, coordinates, meeting ids)."""

from __future__ import annotations

import pytest

from course.scanner import scan

SECRETS = [
    ("DATABASE_URL=postgresql://svc_report:Tq9!vLm2xR@db.internal:5432/reports", "Tq9!vLm2xR"),
    ('{"user": "etl", "password": "Rk#4mVq8Zp"}', "Rk#4mVq8Zp"),
    ("smtp:\n  user: mailer\n  pass: Wq7$hLp2Nd", "Wq7$hLp2Nd"),
    ("export STRIPE_SECRET=sk_live_51Hx9aQkLmN0pRsTuVwXyZ12", "sk_live_51Hx9aQkLmN0pRsTuVwXyZ12"),
    ("Server=sql01;Database=crm;User Id=app;Password=Vx83!kdLq;", "Vx83!kdLq"),
    ("Die PIN für das Diensthandy ist 4821.", "4821"),
    ("Kennwort fürs WLAN im Besprechungsraum: Gruen!Tee2026", "Gruen!Tee2026"),
    ("pw: mK7#rT2q", "mK7#rT2q"),
    ("pwd=Lz4%nQ8w", "Lz4%nQ8w"),
    ("Zugangsdaten: Benutzer m.weber, Passwort Sommer#2026", "Sommer#2026"),
    ("Login for the test shop: admin / Xr7!pQ2mZ", "Xr7!pQ2mZ"),
    ("My password is Blue-Harbour-77 if you need to log in for me.", "Blue-Harbour-77"),
    ("Das Passwort vom Buchhaltungs-Account lautet Frühling2026!", "Frühling2026!"),
    (
        'curl -H "Authorization: Bearer 9f8e7d6c5b4a39281706f5e4d3c2b1a0" https://api.example.com',
        "9f8e7d6c5b4a39281706f5e4d3c2b1a0",
    ),
    ("AWS_SECRET_ACCESS_KEY: wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY9", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY9"),
    ("https://ftp_user:Hz82kq!x@files.example.org/upload", "Hz82kq!x"),
    ("Ich hab dir den API-Key geschickt: 7hG2kLq9Xv3mN8pR4tW1", "7hG2kLq9Xv3mN8pR4tW1"),
    ("Neues Kennwort für SAP: Xy!82kLm", "Xy!82kLm"),
    ("Hab den Token Zq7*Lm2!xRp4 ins Repo gepusht, sorry", "Zq7*Lm2!xRp4"),
    ('MYSQL_ROOT_PASSWORD: "Hq8!zLw3pT"', "Hq8!zLw3pT"),
    ("redis://:p4ssW0rd-2026@cache.internal:6379/0", "p4ssW0rd-2026"),
    ("Mein Kennwort fürs Lohnportal ist Birke#7719, bitte nicht weitergeben.", "Birke#7719"),
    ("WLAN: Gast-Netz, PSK: Sonnenblume!2026", "Sonnenblume!2026"),
    ("client_secret=9kD2jQ7vXw3LmN5pR8tY1aZ6", "9kD2jQ7vXw3LmN5pR8tY1aZ6"),
    ("Here is the PIN for the door: 7391", "7391"),
    ("Zugangsdaten Testsystem: tester / Wz4!kP9m", "Wz4!kP9m"),
    ("export GITHUB_TOKEN=ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8", "ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8"),
    ("The new pwd for the shared mailbox is Kestrel88!", "Kestrel88!"),
    ('<add key="DbPassword" value="Tr0ub4dor&3x" />', "Tr0ub4dor&3x"),
    ("SMTP_PASS=Gx7#pLm29q", "Gx7#pLm29q"),
    ("Das Kennwort für den Drucker-Admin lautet Druck3r!Admin", "Druck3r!Admin"),
    ('api_key: "AIzaSyD3k9Lm2Qx7Rt5Vw8Yz1Ab4Cd6Ef8Gh0Jk"', "AIzaSyD3k9Lm2Qx7Rt5Vw8Yz1Ab4Cd6Ef8Gh0Jk"),
    ("mongodb+srv://admin:Qw3rty!9z@cluster0.example.net/prod", "Qw3rty!9z"),
    ("PIN für die Tür: 583920", "583920"),
    ('password = "Hunter2-Blue!"', "Hunter2-Blue!"),
]

NO_SECRETS = [
    "DB_PASSWORD=${DB_PASSWORD}",
    'password: "********"',
    "Setze die Variable PASSWORD_RESET_URL in der .env.",
    "pin: true",
    "Bitte das Kennwort nie per Mail schicken.",
    "The pwd field is required.",
    "Zugangsdaten bekommst du von der IT.",
    "api_key: <your key here>",
    '"token": "xxxxxxxxxxxxxxxx"',
    "Password must contain at least 12 characters.",
    "Die PIN-Eingabe ist dreimal falsch gewesen, die Karte ist gesperrt.",
    'secret_name = "prod/db/credentials"',
    'Passwort: siehe Passwortsafe (Eintrag "CRM prod")',
    "Your PIN will arrive by post within 5 days.",
    'auth_token = request.headers.get("X-Auth-Token")',
    "Kennwort zurücksetzen: https://portal.example.de/reset",
    "password: ${{ secrets.DEPLOY_PASSWORD }}",
    "pw: ****1234",
    "MYSQL_ROOT_PASSWORD: ${MYSQL_ROOT_PASSWORD}",
    "Das Kennwort muss mindestens 12 Zeichen haben.",
    'Passwort vergessen? Klicke auf "Zurücksetzen".',
    "PIN: ****",
    "client_secret = settings.CLIENT_SECRET",
    "Please change your pwd every 90 days.",
    'Zugangsdaten: siehe KeePass, Ordner "Testsystem"',
    '<add key="DbPassword" value="" />',
    "token_expiry: 3600",
    "The API key is stored in Azure Key Vault.",
    "SMTP_PASS=",
    "Das Kennwort lautet wie immer: siehe Safe.",
    'api_key: "<insert key>"',
    "mongodb+srv://cluster0.example.net/prod",
    "PIN-Brief kommt per Post.",
    "password = get_password()",
]

TAX_IDS_EN = [
    ("Her UTR is 11777 74121, please add it to the payroll file.", "11777 74121"),
    ("Self Assessment UTR: 1311440242", "1311440242"),
    ("Can you check my unique tax reference? It's 6462889751K.", "6462889751K"),
    ("NHS no. 931 417 0586 (patient: R. Shah)", "931 417 0586"),
    ("Her NHS number is 7407188181.", "7407188181"),
    ("National Insurance: JG 10 38 47 B", "JG 10 38 47 B"),
    ("NINO AB123456C on the P45", "AB123456C"),
    ("my NI no is JH 48 71 92 D btw", "JH 48 71 92 D"),
    ("SSN 834-17-0471", "834-17-0471"),
    ("Social Security # 874 63 3191", "874 63 3191"),
    ("His social is 284529841, don't share it.", "284529841"),
    ("ITIN: 937-76-0207", "937-76-0207"),
    ("Taxpayer ID 964 76 5651 for the W-9", "964 76 5651"),
    ("Employee\tSSN\nJ. Ortiz\t905-76-1304", "905-76-1304"),
    ("1374847771 - that's the NHS number for Mr Dale", "1374847771"),
    ("Please send the P60 to the employee with NI number ZX 99 88 77 A.", "ZX 99 88 77 A"),
    ("1177774121 is what HMRC shows as Paul's Unique Taxpayer Reference.", "1177774121"),
]

NO_TAX_IDS_EN = [
    "Order 1177774121 shipped on Tuesday.",
    "Call me on 07407 188181 after lunch.",
    "Invoice no. 931 417 0586 is overdue.",
    "Tracking: 6462889751, carrier DPD.",
    "Room 834-17-0471 is booked.",
    "The UTR field in the form is optional.",
    "Customer ID 284529841 has two open tickets.",
    "Item 937-76-0207 is out of stock.",
    "SSN: XXX-XX-4821 (masked on the form)",
]

PHONES = [
    ("Ruf mich an: 0151 23456789", "0151 23456789"),
    ("Tel. +41 79 123 45 67", "+41 79 123 45 67"),
    ("my mobile is 07700 900123", "07700 900123"),
    ("Frau Berg erreichen Sie unter (030) 1234567.", "(030) 1234567"),
    ("Handy 0664 1234567, abends ab 18 Uhr", "0664 1234567"),
    ("+1 (415) 555-0132 is my cell", "+1 (415) 555-0132"),
    ("Sent: 12.03.2026 14:30\nPlease call Mrs Dale on 0161 496 0734.", "0161 496 0734"),
    ("Privat erreichst du ihn unter 0800 1234567 nicht, nimm 089 4123 5567.", "089 4123 5567"),
    ("Ring Jo at home on 1-888-555-0147 after six.", "1-888-555-0147"),
    ("Bitte ruf Herrn Schulz unter 0176 98765432 zurück.", "0176 98765432"),
    ("Mobil: +43 664 123 4567", "+43 664 123 4567"),
    ("Her number is 07911 123456, call after 5.", "07911 123456"),
    ("Tel. (0 89) 12 34 56 78", "(0 89) 12 34 56 78"),
]

NO_PHONES = [
    "Bestellung vom 12.03.2026 14:30 Uhr ist eingegangen.",
    "Meeting 2026-03-12 09:00-10:30 im Raum Ost.",
    "Zeitraum 01.01.2026 - 31.03.2026, Abrechnung folgt.",
    "Order placed 3/12/2026 at 2:30pm, shipped 3/13/2026.",
    "Preis: 1 234 567,00 EUR netto.",
    "Aktenzeichen 4 O 123/24, Termin am Landgericht.",
    "Zoom-Meeting-ID: 852 3456 7890, Kenncode 4711",
    "Coordinates 48.137154, 11.576124 for the delivery bay.",
    "USt-IdNr.: DE 123 456 789",
    "VAT No. GB 980 7804 36",
    "Ticket 2026-0312-7781 wurde geschlossen.",
    "Flight LH 2034 departs 07:45, seat 23C, gate 12.",
    "Serien-Nr. 4711 0815 2234 auf der Rückseite.",
    "Die Tagung läuft vom 12.03.2026 9:00 bis 14.03.2026 17:00.",
    "Total: 12 450 000 JPY for 1,200 units.",
    "Bitte bis 2026-05-30 12:00 antworten.",
    "Abteilung Personal, Zentrale: 089 45123-0",
    "Kategorie: Personal | Die Hotline 0848 123 456 ist am Feiertag nicht besetzt.",
    "sku,description,price\n4-418-220-57,Stapler,$12.50",
    "Sendung 00340434812345678901 ist unterwegs.",
    "Besprechung am 14.03.2026 10:00-11:30 Uhr",
    "Reference: 2026/03/14-0012",
    "Der Betrag von 1.234.567,89 EUR ist fällig.",
    "Posted 12/03/2026 09:15 by admin",
    "UID: ATU 12345678",
    "Lat/Lon 52.520008, 13.404954",
    "Invoice 2026-000123 dated 2026-03-14",
    "Paket 4500123456 ist unterwegs.",
    "Meeting-ID 987 6543 2109, passcode 55123",
]


def _over(text: str, value: str, category: str) -> list[str]:
    start = text.index(value)
    end = start + len(value)
    return [f.text for f in scan(text).findings if f.category == category and f.start < end and start < f.end]


def _all(text: str, category: str) -> list[str]:
    return [f.text for f in scan(text).findings if f.category == category]


@pytest.mark.parametrize("text, value", SECRETS)
def test_a_secret_in_config_json_yaml_urls_and_prose_is_found(text: str, value: str) -> None:
    assert _over(text, value, "secret"), scan(text)


@pytest.mark.parametrize("text", NO_SECRETS)
def test_names_placeholders_and_masked_values_are_no_secrets(text: str) -> None:
    assert _all(text, "secret") == [], scan(text)


@pytest.mark.parametrize("text, value", TAX_IDS_EN)
def test_uk_and_us_ids_with_the_labels_people_write_are_tax_ids(text: str, value: str) -> None:
    assert _over(text, value, "tax-id"), scan(text)


@pytest.mark.parametrize("text", NO_TAX_IDS_EN)
def test_the_same_digits_as_business_numbers_are_no_tax_ids(text: str) -> None:
    assert _all(text, "tax-id") == [], scan(text)


@pytest.mark.parametrize("text, value", PHONES)
def test_phone_numbers_are_still_found(text: str, value: str) -> None:
    assert _over(text, value, "phone"), scan(text)


@pytest.mark.parametrize("text", NO_PHONES)
def test_dates_with_times_vat_numbers_coordinates_and_ids_are_no_phones(text: str) -> None:
    assert _all(text, "phone") == [], scan(text)
