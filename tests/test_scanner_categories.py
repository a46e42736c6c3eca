"""Scanner: hand-written positives and negatives per category, with exact offsets."""

from __future__ import annotations

from itertools import pairwise

import pytest

from course.scanner import CATEGORIES, Finding, ScanResult, scan


def spans(text: str, names: tuple[str, ...] = ()) -> list[tuple[str, str, bool]]:
    return [(f.category, f.text, f.strong) for f in scan(text, names).findings]


# (text, category, expected finding text, strong)
POSITIVES = [
    # email
    ("Bitte an anna.schmidt@example.de schicken.", "email", "anna.schmidt@example.de", True),
    ("Mail: <j.doe+invoices@mail.co.uk>", "email", "j.doe+invoices@mail.co.uk", True),
    ("Fragen an info@firma.de", "email", "info@firma.de", False),
    # phone
    ("Tel. 030 12345678", "phone", "030 12345678", True),
    ("Erreichbar unter +49 171 2345678.", "phone", "+49 171 2345678", True),
    ("Call me at (212) 555-0147 tomorrow.", "phone", "(212) 555-0147", True),
    ("Handy: 0151/23456789", "phone", "0151/23456789", True),
    ("Ruf mich zurück: 0221 9876543-12", "phone", "0221 9876543-12", True),
    ("+1 415 555 2671 is her cell", "phone", "+1 415 555 2671", True),
    # iban
    ("IBAN DE89 3704 0044 0532 0130 00 bitte", "iban", "DE89 3704 0044 0532 0130 00", True),
    ("Konto: DE89370400440532013000.", "iban", "DE89370400440532013000", True),
    ("Account GB82 WEST 1234 5698 7654 32", "iban", "GB82 WEST 1234 5698 7654 32", True),
    ("Überweisung an AT611904300234573201", "iban", "AT611904300234573201", True),
    ("IBAN DE89 3704 0044 0532 0130 01 (Tippfehler)", "iban", "DE89 3704 0044 0532 0130 01", False),
    # credit card
    ("Visa 4111 1111 1111 1111, gültig bis 12/27", "credit-card", "4111 1111 1111 1111", True),
    ("card 5500-0000-0000-0004", "credit-card", "5500-0000-0000-0004", True),
    ("Amex 378282246310005 was charged", "credit-card", "378282246310005", True),
    ("Kreditkarte: 6011111111111117", "credit-card", "6011111111111117", True),
    # tax-id and national numbers
    ("Steuer-ID: 36 574 261 809", "tax-id", "36 574 261 809", True),
    ("Meine Steueridentifikationsnummer ist 36574261809.", "tax-id", "36574261809", True),
    ("Steuernummer 181/815/08155", "tax-id", "181/815/08155", True),
    ("SSN 536-90-4399", "tax-id", "536-90-4399", True),
    ("social security number: 536904399", "tax-id", "536904399", True),
    ("Rentenversicherungsnummer 65 170839 J 00 3", "tax-id", "65 170839 J 00 3", True),
    ("SV-Nummer 65170839J003", "tax-id", "65170839J003", True),
    ("AHV-Nr. 756.1234.5678.97", "tax-id", "756.1234.5678.97", True),
    # address
    (
        "Lieferung an Goethestraße 12, 60313 Frankfurt am Main",
        "address",
        "Goethestraße 12, 60313 Frankfurt am Main",
        True,
    ),
    ("Sie wohnt in der Berliner Str. 5a in Köln.", "address", "Berliner Str. 5a", True),
    ("Anschrift: Am Markt 3, 28195 Bremen", "address", "Am Markt 3, 28195 Bremen", True),
    ("Wohnort: 80331 München", "address", "80331 München", True),
    (
        "Ship to 1600 Amphitheatre Parkway, Mountain View, CA 94043",
        "address",
        "1600 Amphitheatre Parkway, Mountain View, CA 94043",
        True,
    ),
    ("He lives at 42 Elm St. Apt 5 in Springfield.", "address", "42 Elm St. Apt 5", True),
    # date of birth
    ("Herr X, geb. 12.03.1985, Vertrieb", "date-of-birth", "12.03.1985", True),
    ("geboren am 5. Mai 1970 in Ulm", "date-of-birth", "5. Mai 1970", True),
    ("DOB: 03/12/1985", "date-of-birth", "03/12/1985", True),
    ("She was born on March 12, 1985.", "date-of-birth", "March 12, 1985", True),
    ("Geburtsdatum:\n1990-07-21", "date-of-birth", "1990-07-21", True),
    ("Er ist am 01.02.1960 geboren.", "date-of-birth", "01.02.1960", True),
    ("Treffen mit Bewerberin, 14.02.1988", "date-of-birth", "14.02.1988", False),
    # name
    ("Sehr geehrte Frau Dr. Müller-Lüdenscheidt,", "name", "Müller-Lüdenscheidt", True),
    ("Bitte an Herrn Klaus Weber weiterleiten.", "name", "Klaus Weber", True),
    ("Dear Mr. O'Brien, thanks", "name", "O'Brien", True),
    ("Hallo Jana, kurze Frage", "name", "Jana", True),
    ("Name: Maria Gonzalez\nAbteilung: HR", "name", "Maria Gonzalez", True),
    ("Viele Grüße\nThomas Becker", "name", "Thomas Becker", True),
    ("Laut Michael Schneider ist alles da.", "name", "Michael Schneider", False),
    ("Schreib bitte an Anna, dass der Termin steht.", "name", "Anna", False),
    ("Write a reply to John about the order.", "name", "John", False),
    ("Ansprechpartnerin: Frau Ute Vogel", "name", "Ute Vogel", True),
    ("Kunde: Max Mustermann, Vertrag 4711", "name", "Max Mustermann", True),
    ("Thanks,\nSteve", "name", "Steve", False),
    ("Sehr geehrte Frau Sommer, danke!", "name", "Sommer", True),
    ("Jan van der Berg hat angerufen.", "name", "Jan van der Berg", False),
    # secret
    ("key: sk-proj-Abc123Def456Ghi789Jkl012Mno345", "secret", "sk-proj-Abc123Def456Ghi789Jkl012Mno345", True),
    ("token ghp_1234567890abcdefghijABCDEFGHIJ123456", "secret", "ghp_1234567890abcdefghijABCDEFGHIJ123456", True),
    ("aws AKIAIOSFODNN7EXAMPLE", "secret", "AKIAIOSFODNN7EXAMPLE", True),
    ("Passwort: Sommer2024!", "secret", "Sommer2024!", True),
    ("pass: Summer2026!", "secret", "Summer2026!", True),
    ("PIN: 4711", "secret", "4711", True),
    ("das Passwort ist Xk9#mQ2p", "secret", "Xk9#mQ2p", True),
    ("Authorization: Bearer abcDEF1234567890ghiJKL", "secret", "abcDEF1234567890ghiJKL", True),
    ("DB_URL=postgres://admin:hunter22@db.local/prod", "secret", "hunter22", True),
    ("client_secret = 9f8e7d6c5b4a39281706f5e4d3c2b1a0", "secret", "9f8e7d6c5b4a39281706f5e4d3c2b1a0", True),
    (
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
        "secret",
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
        True,
    ),
]


@pytest.mark.parametrize("text,category,found,strong", POSITIVES, ids=[f"{p[1]}:{p[0][:30]}" for p in POSITIVES])
def test_positive(text: str, category: str, found: str, strong: bool) -> None:
    result = scan(text)
    match = [f for f in result.findings if f.category == category]
    assert [f.text for f in match] == [found], result.findings
    f = match[0]
    assert text[f.start : f.end] == found  # offsets are str offsets into the input
    assert f.strong is strong
    assert result.level == ("red" if any(x.strong for x in result.findings) else "yellow")


NEGATIVES = [
    "Rechnung 2024-00123 vom 12.03.2024 über 1.234,56 € ist bezahlt.",
    "Bestellnummer 4711-0815-42, Lieferung in KW 23.",
    "Invoice INV-004512 for $12,450.00 is due on 2024-07-15.",
    "Order #100234567 shipped; tracking number 1Z999AA10123456784.",
    "Version 2.14.3 wurde am 03.06.2024 um 14:30 Uhr ausgerollt.",
    "Der Umsatz stieg um 12,5 % auf 3.456.789 EUR.",
    "Artikelnummer 100234-55, EAN 4006381333931, 250 Stück.",
    "Kundennummer 1002345678 bitte bei Zahlung angeben.",
    "Hallo Welt, hallo Team Vertrieb!",
    "Viele Grüße aus Jena; die Filiale in Austin meldet sich.",
    "Meeting in Raum 2.043 um 10:15 Uhr, Teams-Link folgt.",
    "Sehr geehrte Damen und Herren, anbei das Angebot.",
    "Liebe Kolleginnen und Kollegen, das Sommerfest ist am 12. Juli.",
    "Dear Sir or Madam, please find attached our price list.",
    "Hallo zusammen, hi team, hello everyone!",
    "Mit freundlichen Grüßen\nIhr Team der Müller GmbH",
    "Best regards,\nThe Acme Corp team",
    "Unser Lager in 80331 München hat 12.000 Paletten Kapazität.",
    "Die Siemens AG und die Deutsche Bahn planen ein Projekt in Berlin.",
    "Q3 revenue was 4.5 million, up 7% year over year; see page 12 of 40.",
    "The SKU-23455 and SKU-99812 are out of stock until week 32.",
    "Commit a3f9c21 fixed ticket JIRA-1234; build 20240612.3 passed.",
    "Sendungsnummer 00340434161234567890 ist unterwegs.",
    "Passwort: [PASSWORT] bitte nicht eintragen.",
    "Schreibe an [KUNDE] wegen der Rechnung [RECHNUNGSNR].",
    "Password: ******** (hidden)",
    "Die Frist endet am 31.12.2025; Zahlungsziel 30 Tage.",
    "Telefonkonferenz am Montag, 10:00–11:30 Uhr.",
    "Kostenstelle 4711, Projekt 2024-017, Budget 25.000 €.",
    "Serial number SN-7F3A-22B1-9C0D, firmware 3.2.1.",
    "IP 192.168.10.24, port 8080, timeout 30 s.",
    "Ihr Arbeitsplatz 12 im 2. OG ist ab Montag frei; Parkplatz 5 gehört zum Team.",
    "Firewall 2 blockiert Port 443. Auf Platz 3 im Ranking: Produkt B.",
    "Der Zug fährt von Bahnsteig 5, Wagen 12, Sitzplatz 47.",
    "We ordered 12 External Hard Drive units and 3 Audit Trail licenses.",
    "Boarding pass: gate B12, seat 14C.",
    "pass: 0.75\nchecks: [role, task, format]\npin: true",
    "Hier die Tage Urlaub: 30. Lies das Ergebnis genau. Klare Grenzen helfen. Grant Thornton prüft.",
    "auth_method=oauth2_client_credentials, api_key=YOUR_API_KEY",
    "Kunde: Stadtwerke München, Auftrag über 12 Zähler.",
    "Please reply by May 5, 2025 with your quote.",
    "",
]


@pytest.mark.parametrize("text", NEGATIVES, ids=[t[:40] for t in NEGATIVES])
def test_business_text_is_not_red(text: str) -> None:
    result = scan(text)
    assert result.level != "red", result.findings


@pytest.mark.parametrize("text", NEGATIVES[:12], ids=[t[:40] for t in NEGATIVES[:12]])
def test_plain_business_text_is_green(text: str) -> None:
    assert scan(text).level == "green", scan(text).findings


def test_given_names_are_found_whole_and_in_parts() -> None:
    text = "Der Vertrag von anna schmidt liegt vor; Anna ruft morgen an."
    found = spans(text, ("Anna Schmidt",))
    assert ("name", "anna schmidt", True) in found
    assert ("name", "Anna", False) in found
    assert spans(text) == []  # without the material the lower-case name is not recognised


def test_weak_only_gives_yellow_and_strong_gives_red() -> None:
    assert scan("Laut Michael Schneider ist alles da.").level == "yellow"
    assert scan("Laut Herrn Michael Schneider ist alles da.").level == "red"
    assert scan("Alles erledigt.").level == "green"


def test_offsets_with_emoji_and_umlauts() -> None:
    text = "😀🎉 Grüße an Frau Özdemir, 📞 Tel. 0176 12345678 ✅"
    result = scan(text)
    assert {(f.category, text[f.start : f.end]) for f in result.findings} == {
        ("name", "Özdemir"),
        ("phone", "0176 12345678"),
    }
    for f in result.findings:
        assert text[f.start : f.end] == f.text


def test_findings_do_not_overlap_and_are_sorted() -> None:
    text = (
        "Kunde: Herr Jonas Weber, Lindenweg 4, 12345 Musterstadt, Tel. +49 30 1234567, "
        "jonas.weber@example.org, IBAN DE89370400440532013000, geb. 01.02.1980, Passwort: Geheim123!"
    )
    result = scan(text)
    cats = [f.category for f in result.findings]
    assert set(cats) == {"name", "address", "phone", "email", "iban", "date-of-birth", "secret"}
    for a, b in pairwise(result.findings):
        assert a.end <= b.start


def test_result_json_matches_the_contract() -> None:
    result = scan("Mail an max@example.com")
    assert result.to_json() == {
        "level": "red",
        "findings": [{"category": "email", "start": 8, "end": 23, "text": "max@example.com"}],
    }
    assert ScanResult("green").to_json() == {"level": "green", "findings": []}


def test_finding_is_frozen_and_categories_fixed() -> None:
    f = Finding("email", 0, 1, "x", True)
    with pytest.raises(AttributeError):
        f.start = 3  # type: ignore[misc]
    assert CATEGORIES == (
        "email",
        "phone",
        "iban",
        "credit-card",
        "tax-id",
        "address",
        "date-of-birth",
        "name",
        "secret",
        "health",
    )
    for _text, category, _found, _strong in POSITIVES:
        assert category in CATEGORIES


def test_names_argument_tolerates_junk() -> None:
    assert scan("Hallo Welt", ("", "  ", "(", "a" * 500)).level == "green"
    assert scan("Bericht von K. (extern)", ("K. (extern)",)).level == "red"
