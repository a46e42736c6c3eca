"""Identifiers in the forms machines and forms-on-paper write them (seventh session, issue 14): national ids, dates
of birth, phones, cards, addresses and secrets inside XML, vCard, JSON, YAML, INI, SQL, log lines, tab-pasted
tables, OCR'd forms and SMS, after labels in both languages and abbreviated; and clean look-alikes in the same
surroundings (order, case and tracking numbers, versions, batch numbers, dates, times, prices, hotlines).

The first sets were written before any rule was changed for them, in voices unlike pii2..pii5 and the earlier test
sets (before: de 44/54, en 45/53, clean 39/40; after: all); the later sets are in test_scanner_ids_forms_later.py. Every
national number is valid by python-stdnum or the
published SV-Nummer rule, every card number by Luhn."""

from __future__ import annotations

import pytest
from helpers.scanning import case_id, covered, flagged

from course.scanner import scan

FORMS_DE = [
    # --- national ids ------------------------------------------------------------------------------------------
    ("de", "tax-id", "<Mitarbeiter><Name>Lorenz, Ida</Name><IdNr>96059791387</IdNr></Mitarbeiter>", "96059791387"),
    (
        "de",
        "tax-id",
        "2026-11-30 07:12:09 WARN lohn.import zeile=14 steuerid=19230978495 klasse=IV",
        "19230978495",
    ),
    ("de", "tax-id", "Steuer-ldentifikationsnummer: 93 418 462 748", "93 418 462 748"),
    ("de", "tax-id", 'SMS von Tobi: "Steuer-ID is 78925510435, sorry fürs späte Melden"', "78925510435"),
    ("de", "tax-id", "Name\tSt.-Nr.\tFinanzamt\nGrüner, P.\t129/827/87474\tMünchen", "129/827/87474"),
    ("de", "tax-id", "steuer:\n  nummer: 361/7734/2239\n  finanzamt: Bochum-Mitte", "361/7734/2239"),
    ("de", "tax-id", "StNr 22/606/45088 (FA Stuttgart II)", "22/606/45088"),
    ("de", "tax-id", "Soz.-Vers.-Nr. 15160385F354", "15160385F354"),
    ("de", "tax-id", '{"rv_nummer": "40 130476 P 986", "kk": "AOK"}', "40 130476 P 986"),
    ("de", "tax-id", "<SVNR>5158 080795</SVNR>", "5158 080795"),
    ("de", "tax-id", "Versicherungsnr. vom Papa: 7613 27.01.60", "7613 27.01.60"),
    ("de", "tax-id", "Abgabenkto.-Nr. 38-805/3613", "38-805/3613"),
    ("de", "tax-id", "bmf.fon export: steuernummer=673304341 status=ok", "673304341"),
    ("de", "tax-id", "<AHVNummer>756.2986.9206.33</AHVNummer>", "756.2986.9206.33"),
    ("de", "tax-id", "AHV-Nr 756 9471 8203 62", "756 9471 8203 62"),
    ("de", "tax-id", "Sozialversicherungsnummer (AHVN13) gemäss Lohnausweis: 756.6119.6135.60", "756.6119.6135.60"),
    # --- dates of birth ----------------------------------------------------------------------------------------
    ("de", "date-of-birth", "BEGIN:VCARD\nFN:Ida Lorenz\nBDAY:19850307\nEND:VCARD", "19850307"),
    ("de", "date-of-birth", "<geburtsdatum>1979-11-02</geburtsdatum>", "1979-11-02"),
    ("de", "date-of-birth", '{"name": "Yilmaz", "geburtsdatum": "1985-03-07T00:00:00.000Z"}', "1985-03-07"),
    ("de", "date-of-birth", "Geburtsdatum : 14 . 05 . 1968", "14 . 05 . 1968"),
    ("de", "date-of-birth", "Nachname\tVorname\tGeb.-Dat.\nYilmaz\tDeniz\t3.11.1992", "3.11.1992"),
    ("de", "date-of-birth", "geb. 07.03.85 in Kufstein", "07.03.85"),
    ("de", "date-of-birth", "Geburtsdatum: 07.03.1985, Heimatort: Glarus", "07.03.1985"),
    ("de", "date-of-birth", "Frau Wimmer, geb. am 12. Feber 1971", "12. Feber 1971"),
    ("de", "date-of-birth", "Geb.: 03. Mrz. 1966", "03. Mrz. 1966"),
    ("de", "date-of-birth", "INSERT INTO kunden (name, geburtsdatum) VALUES ('Horn', '1958-06-21');", "1958-06-21"),
    ("de", "date-of-birth", "Mutter: Ana Petrović, geb. 7. Jän. 1969", "7. Jän. 1969"),
    # --- phones ------------------------------------------------------------------------------------------------
    ("de", "phone", "Tel. +49 (0)30 2468 1357", "+49 (0)30 2468 1357"),
    ("de", "phone", "BEGIN:VCARD\nTEL;TYPE=CELL:+4917683920145\nEND:VCARD", "+4917683920145"),
    ("de", "phone", "Ruf mich bitte unter 0176/839 201 45 an", "0176/839 201 45"),
    ("de", "phone", "Mobil: 0664/738 29 15", "0664/738 29 15"),
    ("de", "phone", "Handy +43 (0) 699 1928 3746", "+43 (0) 699 1928 3746"),
    ("de", "phone", "Tel. P: +41 (0)44 382 61 47", "+41 (0)44 382 61 47"),
    ("de", "phone", "sms.versand an=+4915112345678 status=zugestellt", "+4915112345678"),
    ("de", "phone", "<telefon>0221 9438271</telefon>", "0221 9438271"),
    # --- cards -------------------------------------------------------------------------------------------------
    ("de", "credit-card", "Kreditkarte: 4273 5504 1275 9223, gültig bis 09/28", "4273 5504 1275 9223"),
    ("de", "credit-card", '{"zahlart": "kreditkarte", "pan": "5510632334573948"}', "5510632334573948"),
    ("de", "credit-card", "Karten-Nr.: 4430-2513-7372-6109", "4430-2513-7372-6109"),
    ("de", "credit-card", "Kannst du mit meiner Amex zahlen? 3773 550513 11218", "3773 550513 11218"),
    # --- addresses ---------------------------------------------------------------------------------------------
    (
        "de",
        "address",
        "Firma Brandt GmbH\nz. Hd. Frau Lorenz\nAm Anger 12\n99084 Erfurt",
        "Am Anger 12\n99084 Erfurt",
    ),
    ("de", "address", "Lieferung an: Im Winkel 3, 72070 Tübingen", "Im Winkel 3, 72070 Tübingen"),
    ("de", "address", "Sonnenhalde 14, 70597 Stuttgart", "Sonnenhalde 14, 70597 Stuttgart"),
    ("de", "address", "Rosengässli 4\n3011 Bern", "Rosengässli 4\n3011 Bern"),
    (
        "de",
        "address",
        "adresse:\n  strasse: Kirchsteig 7\n  plz: 6900\n  ort: Bregenz",
        "Kirchsteig 7\n  plz: 6900\n  ort: Bregenz",
    ),
    (
        "de",
        "address",
        "Schönbrunner Schloßstraße 47/2/11\n1130 Wien",
        "Schönbrunner Schloßstraße 47/2/11\n1130 Wien",
    ),
    ("de", "address", "Hinterm Dorf 2a · 9500 Villach", "Hinterm Dorf 2a · 9500 Villach"),
    ("de", "address", "Anschrift: HAUPTSTRASSE 17, 83646 BAD TÖLZ", "HAUPTSTRASSE 17, 83646 BAD TÖLZ"),
    # --- secrets -----------------------------------------------------------------------------------------------
    ("de", "secret", "spring.datasource.password=Birkenweg!77", "Birkenweg!77"),
    ("de", "secret", 'environment:\n  POSTGRES_PASSWORD: "Tannenzapf3n#"', "Tannenzapf3n#"),
    ("de", "secret", "Ihr neues Kennwort für das Portal: Ks9-Lm2-Pq7", "Ks9-Lm2-Pq7"),
    ("de", "secret", "db01.intern:5432:lohn:lohn_app:Ahornblatt#2025", "Ahornblatt#2025"),
    (
        "de",
        "secret",
        "https://api.wetter-intern.de/v2/forecast?ort=Ulm&apikey=7f3c9a1e5b2d4f6a8c0e1b3d5f7a9c2e",
        "7f3c9a1e5b2d4f6a8c0e1b3d5f7a9c2e",
    ),
    ("de", "secret", "[smtp]\nbenutzer = newsletter\nkennwort = Glühwürmchen_2026", "Glühwürmchen_2026"),
    ("de", "secret", "PW f. Kasse: Rhabarber77", "Rhabarber77"),
]

FORMS_EN = [
    # --- national ids ------------------------------------------------------------------------------------------
    ("en", "tax-id", "<Employee><SSN>200-93-4560</SSN></Employee>", "200-93-4560"),
    ("en", "tax-id", "2026-12-01T09:44:10Z INFO payroll.sync emp=4471 ssn=598282654 result=ok", "598282654"),
    ("en", "tax-id", "a Employee's social security number 548-93-3880", "548-93-3880"),
    ("en", "tax-id", "Name\tNINo\tDept\nB. Adeyemi\tJT 48 19 27 A\tFinance", "JT 48 19 27 A"),
    ("en", "tax-id", "employee:\n  ni_number: HE193847C\n  grade: B2", "HE193847C"),
    ("en", "tax-id", "UTR is 37292 11782 - can u file b4 31 Jan?", "37292 11782"),
    ("en", "tax-id", "HMRC ref (UTR): 6035407400", "6035407400"),
    ("en", "tax-id", "<nhsNumber>746 932 2868</nhsNumber>", "746 932 2868"),
    ("en", "tax-id", "NHS No.: 419 292 5516", "419 292 5516"),
    ("en", "tax-id", "Individual Taxpayer ID Number\n930-78-3225", "930-78-3225"),
    ("en", "tax-id", "INSERT INTO staff (name, ssn) VALUES ('Ruiz', '467793302');", "467793302"),
    ("en", "tax-id", "Employee(name='T. Baptiste', ssn='116-61-6131', grade=7)", "116-61-6131"),
    ("en", "tax-id", "N.I. No. NR550219D", "NR550219D"),
    ("en", "tax-id", "ITIN\t957-97-6696\tfiled 2025", "957-97-6696"),
    # --- dates of birth ----------------------------------------------------------------------------------------
    ("en", "date-of-birth", "DOB: 19850307", "19850307"),
    ("en", "date-of-birth", "BEGIN:VCARD\nFN:Bola Adeyemi\nBDAY:1991-12-24\nEND:VCARD", "1991-12-24"),
    ("en", "date-of-birth", '{"dateOfBirth": "1990-02-14T00:00:00Z", "plan": "gold"}', "1990-02-14"),
    ("en", "date-of-birth", "DoB (dd/mm/yyyy): 14/02/1990", "14/02/1990"),
    ("en", "date-of-birth", "Date of birth (MM/DD/YYYY)\n02/14/1990", "02/14/1990"),
    ("en", "date-of-birth", "she was born on 7th March '85 in Cork", "7th March '85"),
    ("en", "date-of-birth", "Age/DOB: 41 / 07-Mar-1985", "07-Mar-1985"),
    ("en", "date-of-birth", "Surname\tForename\tDOB\nAdeyemi\tBola\t07/03/1985", "07/03/1985"),
    ("en", "date-of-birth", "<birthDate>1972-08-19</birthDate>", "1972-08-19"),
    ("en", "date-of-birth", "D.O.B. 23.VI.1964", "23.VI.1964"),
    # --- phones ------------------------------------------------------------------------------------------------
    ("en", "phone", "Mob: 07912 604 381", "07912 604 381"),
    ("en", "phone", "Tel: +44 (0)20 7946 0321", "+44 (0)20 7946 0321"),
    ("en", "phone", "cell (312) 847-2093", "(312) 847-2093"),
    ("en", "phone", "ph 312.847.2093", "312.847.2093"),
    ("en", "phone", "TEL;TYPE=HOME:+1 312 847 2093", "+1 312 847 2093"),
    ("en", "phone", "sms to=+13128472093 status=queued", "+13128472093"),
    ("en", "phone", "Contact no: 0161 496 0734", "0161 496 0734"),
    ("en", "phone", "my number's 07700 900 482 if u need me", "07700 900 482"),
    # --- cards -------------------------------------------------------------------------------------------------
    ("en", "credit-card", "Card: 5108 2914 4328 5650 exp 11/27", "5108 2914 4328 5650"),
    ("en", "credit-card", '{"card_number":"2633834308161531","exp":"04/29"}', "2633834308161531"),
    ("en", "credit-card", "Amex 3428 110642 30151", "3428 110642 30151"),
    ("en", "credit-card", "payment failed pan=4891663994839081 reason=do_not_honor", "4891663994839081"),
    ("en", "credit-card", "use this one instead: 4098 5100 8153 5794", "4098 5100 8153 5794"),
    # --- addresses ---------------------------------------------------------------------------------------------
    (
        "en",
        "address",
        "Apt 3C\n218 Riverside Terrace\nHoboken, NJ 07030",
        "Apt 3C\n218 Riverside Terrace\nHoboken, NJ 07030",
    ),
    ("en", "address", "12 Thistle Wynd\nEdinburgh\nEH10 5GT", "12 Thistle Wynd\nEdinburgh\nEH10 5GT"),
    ("en", "address", "4 Kelvin Brae, Glasgow G12 8QQ", "4 Kelvin Brae, Glasgow G12 8QQ"),
    (
        "en",
        "address",
        "Flat 9, 33 Pollokshaws Loan, Glasgow G41 3HN",
        "Flat 9, 33 Pollokshaws Loan, Glasgow G41 3HN",
    ),
    ("en", "address", "4810 Old Mill Pike, Lancaster, PA 17601", "4810 Old Mill Pike, Lancaster, PA 17601"),
    ("en", "address", "77 Cedar Hollow Trail\nBoulder, CO 80302", "77 Cedar Hollow Trail\nBoulder, CO 80302"),
    (
        "en",
        "address",
        "DELIVER TO: 55 HARBOUR VIEW ROAD, POOLE BH14 0JA",
        "55 HARBOUR VIEW ROAD, POOLE BH14 0JA",
    ),
    (
        "en",
        "address",
        "address:\n  line1: 19 Fenwick Close\n  town: Woking\n  postcode: GU21 3BX",
        "19 Fenwick Close\n  town: Woking\n  postcode: GU21 3BX",
    ),
    # --- secrets -----------------------------------------------------------------------------------------------
    (
        "en",
        "secret",
        "//registry.npmjs.org/:_authToken=4f1c8e2a-9b7d-4c3e-a1f6-2d8b5e9c0a74",
        "4f1c8e2a-9b7d-4c3e-a1f6-2d8b5e9c0a74",
    ),
    ("en", "secret", "X-API-Key: 9b2e7f41c8d3a6e05f19b7c2d4e8a3f6", "9b2e7f41c8d3a6e05f19b7c2d4e8a3f6"),
    ("en", "secret", 'secret_key = "q7Lx92VbN4mR8sT1wZ5yK3pD6fH0jC"', "q7Lx92VbN4mR8sT1wZ5yK3pD6fH0jC"),
    ("en", "secret", "PGPASSWORD='Harbour!Light9' psql -h db01 -U report", "Harbour!Light9"),
    (
        "en",
        "secret",
        "git clone https://oauth2:x7Kp2mVn9QrT4wLs8YbZ@gitlab.internal/team/app.git",
        "x7Kp2mVn9QrT4wLs8YbZ",
    ),
    ("en", "secret", 'client = Client(api_key="ak_9Fh3Lq7Vx2Nm5Rt8Wz4Yp1")', "ak_9Fh3Lq7Vx2Nm5Rt8Wz4Yp1"),
    ("en", "secret", "Authorization: Basic YWRtaW46U3VtbWVyMjAyNSE=", "YWRtaW46U3VtbWVyMjAyNSE="),
    (
        "en",
        "secret",
        "webhook: https://hooks.slack.com/services/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",
        "q8Rn2VtK7pLm4XsW9bYc3DfG",
    ),
]

# Clean texts in the same surroundings: no finding of an identifier category (nor a card).
CLEAN_FORMS = [
    ("de", "<Bestellung><Nr>4500782913</Nr><Datum>2026-11-30</Datum></Bestellung>"),
    ("de", "2026-12-01 08:14:22 INFO auftrag=20261201-0047 status=versandt"),
    ("de", "Artikel 4006381333931 (EAN) zu 12,99 €"),
    ("de", "Version 4.12.0 (Build 20261130.3)"),
    ("de", "Servicehotline: 0800 123 4567 (kostenlos)"),
    ("de", "Paketnummer 00340434161234567893"),
    ("de", "Öffnungszeiten: Mo–Fr 08:00–17:30, Sa 09:00–13:00"),
    ("de", "Preis: 1.249,00 € netto, zzgl. 19 % MwSt."),
    ("de", "Aktenzeichen 3 O 412/25 – Termin am 14.01.2027, 10:30 Uhr"),
    ("de", "Gründungsdatum: 07.03.1985, Sitz Augsburg"),
    ("de", "Charge 19851107, MHD 03/2027"),
    ("de", "version: 2.4.1\nport: 5432\ntimeout: 30"),
    ("de", "Die Steuernummer des Unternehmens steht im Impressum."),
    ("de", "Zählerstand 48213,7 kWh am 30.11.2026"),
    ("de", "[smtp]\nbenutzer = newsletter\nkennwort =\n; wird beim Deployment gesetzt"),
    ("de", "Kundennummer\tBestelldatum\tBetrag\n1064805726\t30.11.2026\t89,90"),
    ("de", "Lieferschein 2026-1187 vom 30.11.2026, Rampe 4"),
    ("de", "Zentrale: 089 4711-0, Fax -99"),
    ("de", "Sitzung am 3. 12. 2026 um 9.30 Uhr in Raum 2.14"),
    ("de", "ISBN 978-3-446-47015-3, 3. Auflage 2026"),
    ("en", '<order id="4500782913" date="2026-11-30" total="129.00"/>'),
    ("en", "2026-12-01T08:14:22Z INFO order=100045873 shipped carrier=UPS"),
    ("en", "Case #00481237 opened 11/30/2026 09:12"),
    ("en", "Call our helpline on 0800 027 1234 (free)"),
    ("en", "Customer service: 1-800-555-0199 (toll-free)"),
    ("en", "Release v2.14.3, build 20261130.3"),
    ("en", "Price: $1,249.00 incl. tax"),
    ("en", "USPS tracking 9405 5036 9930 0123 4567 89"),
    ("en", "Invoice INV-000417 due 12/31/2026"),
    ("en", "SKU 467-79-3302 restocked"),
    ("en", "api_key: ${API_KEY}\ntimeout: 30"),
    ("en", "DB_PASSWORD=\n# set by the deploy job"),
    ("en", "Founded 07/03/1985 in Ohio"),
    ("en", "Flight BA 2490 departs 07:35 from Gate 12"),
    ("en", "Batch 19850307 expires 2027-03"),
    ("en", "Ref: 2026/11/30-0047"),
    ("en", "Order\tDate\tQty\n100045873\t11/30/2026\t12"),
    ("en", "Room 4.12, 2nd floor, ext. 214"),
    ("en", "Version 19.85.0307 is the last build for Windows 7."),
    ("en", "Main line: +1 512 785 1000"),
]


FOUND = FORMS_DE + FORMS_EN


@pytest.mark.parametrize("case", FOUND, ids=[case_id(c) for c in FOUND])
def test_an_identifier_in_a_machine_or_form_wording_is_found(case: tuple[str, str, str, str]) -> None:
    _lang, category, text, value = case
    assert covered(text, category, value), scan(text)


LOOK_ALIKES = CLEAN_FORMS


@pytest.mark.parametrize("case", LOOK_ALIKES, ids=[case_id(c) for c in LOOK_ALIKES])
def test_a_look_alike_in_the_same_surroundings_is_no_identifier(case: tuple[str, str]) -> None:
    _lang, text = case
    assert flagged(text) == [], scan(text)


def test_the_sets_are_large_enough_in_both_languages() -> None:
    assert len(FORMS_DE) >= 40 and len(FORMS_EN) >= 40 and len(CLEAN_FORMS) >= 40
