"""The later sets of tests/test_scanner_ids_forms.py (second to fifth), each written after the one before it was
fixed and measured once before its own fixes: identifiers in printed forms, HTML, Markdown, quoted CSV, chat bots,
checklists, notes, claim forms, signatures, AI prompts and quoted answers, and clean look-alikes in the same places.
Every national number is valid by python-stdnum or the published SV-Nummer rule, every card number by Luhn."""

from __future__ import annotations

import pytest
from helpers.scanning import case_id, covered, flagged

from course.scanner import scan

# A second set, written after the fixes for the sets above and measured once before any change for it (the check
# that those fixes carry to wording they were not made on): printed forms with dotted leaders, HTML forms, Markdown
# with bold labels, quoted CSV, chat bots. Measured once before its fixes: de 15/18, en 17/18, clean 11/12. Fixed by
# cause afterwards: a dotted leader or Markdown bold between a password or token label and its value, name="pw" in an
# HTML form, and a number sent in answer to a question for an order number is that order number (no phone).
FORMS_B = [
    ("de", "tax-id", "Steuer-ID ........................ 89705406212", "89705406212"),
    ("de", "tax-id", '<input name="steuerid" value="35765914282">', "35765914282"),
    ("de", "tax-id", "**AHV-Nr.:** 756.1517.7413.96", "756.1517.7413.96"),
    ("de", "tax-id", '"Nachname";"SV-Nummer"\n"Kaya";"5752 011258"', "5752 011258"),
    ("de", "date-of-birth", "Geburtsdatum ................... 17.04.1983", "17.04.1983"),
    ("de", "date-of-birth", "**Geboren:** 2. Juni 1977 in Steyr", "2. Juni 1977"),
    ("de", "date-of-birth", '<input type="date" name="geburtsdatum" value="1988-10-09">', "1988-10-09"),
    ("de", "phone", "Telefon ........................ 0711 / 48 29 01", "0711 / 48 29 01"),
    ("de", "phone", "**Mobil:** 0151 4402 8831", "0151 4402 8831"),
    ("de", "phone", "Durchwahl Frau Keller: 0316 873-4412", "0316 873-4412"),
    ("de", "credit-card", "Kartennummer ................... 4085 6491 6247 1001", "4085 6491 6247 1001"),
    ("de", "credit-card", "Bot: Bitte Kartennummer eingeben.\nKunde: 5333738724918877", "5333738724918877"),
    ("de", "address", "Anschrift ........ Gerberstraße 8, 88212 Ravensburg", "Gerberstraße 8, 88212 Ravensburg"),
    ("de", "address", "**Adresse:** Am Mühlbach 3\n6460 Imst", "Am Mühlbach 3\n6460 Imst"),
    ("de", "address", "Zustellung:\nUnterer Graben 21\n9000 St. Gallen", "Unterer Graben 21\n9000 St. Gallen"),
    ("de", "secret", "Passwort ........................ Rotkehlchen#31", "Rotkehlchen#31"),
    ("de", "secret", '<input type="password" name="pw" value="Dohle!2024x">', "Dohle!2024x"),
    ("de", "secret", "**Token:** 4c9e1f7a2b8d3e6f0a5c9b1d7e3f8a2c", "4c9e1f7a2b8d3e6f0a5c9b1d7e3f8a2c"),
    ("en", "tax-id", "SSN ............................. 831-16-4240", "831-16-4240"),
    ("en", "tax-id", '<input name="ssn" value="449016451">', "449016451"),
    ("en", "tax-id", "**NHS number:** 414 102 6425", "414 102 6425"),
    ("en", "tax-id", '"name","utr"\n"K. Osei","6386395719"', "6386395719"),
    ("en", "date-of-birth", "Date of birth ............ 09/22/1979", "09/22/1979"),
    ("en", "date-of-birth", "**Born:** 14 August 1969, Swansea", "14 August 1969"),
    ("en", "date-of-birth", '<input type="date" name="dob" value="1993-04-27">', "1993-04-27"),
    ("en", "phone", "Telephone ................ (617) 555-2940", "(617) 555-2940"),
    ("en", "phone", "**Mobile:** 07723 118 406", "07723 118 406"),
    ("en", "phone", "Bot: What's the best number?\nUser: 0117 496 0852", "0117 496 0852"),
    ("en", "credit-card", "Card number ............ 3766 931502 93825", "3766 931502 93825"),
    ("en", "credit-card", "Bot: Please type the long number on your card.\nUser: 4085649162471001", "4085649162471001"),
    ("en", "address", "Address .......... 31 Larch Avenue, Hexham NE46 1QT", "31 Larch Avenue, Hexham NE46 1QT"),
    ("en", "address", "**Ship to:** 902 Juniper Ct\nAnn Arbor, MI 48104", "902 Juniper Ct\nAnn Arbor, MI 48104"),
    (
        "en",
        "address",
        "Mailing address\nUnit 4\n11 Harbour Quay\nFalmouth\nTR11 3XB",
        "Unit 4\n11 Harbour Quay\nFalmouth\nTR11 3XB",
    ),
    ("en", "secret", "Password .................. Blackbird^77", "Blackbird^77"),
    ("en", "secret", '<input type="password" name="password" value="Moorhen!2025">', "Moorhen!2025"),
    ("en", "secret", "**API key:** sk_live_9Qh2Lx7Vb4Nm8Rt1Wz5Yp3Kd", "sk_live_9Qh2Lx7Vb4Nm8Rt1Wz5Yp3Kd"),
]

CLEAN_B = [
    ("de", "Bestellnummer ................... 4500782913"),
    ("de", '<input name="plz" value="">  <input name="steuerid" placeholder="11 Ziffern">'),
    ("de", "**Hotline:** 0800 330 2200 (gebührenfrei)"),
    ("de", '"Artikel";"Menge";"Preis"\n"4006381333931";"12";"12,99"'),
    ("de", "Lieferdatum .................... 17.04.2026"),
    ("de", "Bot: Bitte Bestellnummer eingeben.\nKunde: 4500782913"),
    ("en", "Invoice number ........... INV-2026-0417"),
    ("en", '<input type="password" name="password" value="">'),
    ("en", "**Toll-free:** 1-800-555-0142"),
    ("en", '"sku","qty"\n"880221234","12"'),
    ("en", "Ship date ................ 09/22/2026"),
    ("en", "Bot: What's your order number?\nUser: 100045873"),
]


# A third set, written after the second was fixed and measured once before any change for it: onboarding
# checklists with ticked boxes, arrows and bullets, "PS:" and "NB:" notes, claim forms with numbered fields, signatures.
# Measured once before its fixes: de 18/18, en 16/18, clean 10/10. Fixed by cause afterwards: up to four words between
# a door or alarm code's name and "is" ("the alarm code for the store room is ..."), an arrow after a key's name.
FORMS_C = [
    ("de", "tax-id", "Onboarding\n[x] Vertrag\n[x] Steuer-ID → 60409781327\n[ ] Bankdaten", "60409781327"),
    ("de", "tax-id", "• St.-Nr.: 291/556/48915 (FA Nürnberg-Süd)", "291/556/48915"),
    ("de", "tax-id", "Feld 7 (Rentenvers.-Nr.): 38 131092 D 981", "38 131092 D 981"),
    ("de", "tax-id", "PS: meine SV-Nr. ist 7538 14.08.91, hatte ich vergessen", "7538 14.08.91"),
    ("de", "tax-id", "NB: Abgabenkontonr. 22-326/6198 für die Arbeitnehmerveranlagung", "22-326/6198"),
    ("de", "tax-id", "AHV → 756.1958.7620.97", "756.1958.7620.97"),
    ("de", "date-of-birth", "[x] Geburtsdatum geprüft: 11.06.1987", "11.06.1987"),
    ("de", "date-of-birth", "Feld 3 (Geburtsdatum) → 4.12.1959", "4.12.1959"),
    ("de", "date-of-birth", "PS: Sie ist Jahrgang 1990, genau am 17. März 1990 geboren.", "17. März 1990"),
    ("de", "phone", "• Tel.-Nr. (privat): 089 / 72 44 193", "089 / 72 44 193"),
    ("de", "phone", "erreichbar unter 0171-4428 310 (ab 17 Uhr)", "0171-4428 310"),
    ("de", "phone", "T +43 1 5321 448\nE anna.k@example.at", "+43 1 5321 448"),
    ("de", "credit-card", "[x] Kreditkarte hinterlegt: 4808 5486 4695 3970", "4808 5486 4695 3970"),
    ("de", "credit-card", "NB: Firmen-Amex 3402 953139 56620 bitte sperren", "3402 953139 56620"),
    ("de", "address", "• Neue Anschrift → Schlehenweg 9, 4600 Wels", "Schlehenweg 9, 4600 Wels"),
    ("de", "address", "Feld 4 (Wohnsitz): Im Grund 17, 8610 Uster", "Im Grund 17, 8610 Uster"),
    ("de", "secret", "[x] Passwort geändert → Fichte$Moos88", "Fichte$Moos88"),
    ("de", "secret", "PS: Alarmcode fürs Lager ist 4417#", "4417#"),
    ("en", "tax-id", "Onboarding\n[x] Contract\n[x] SSN → 301-25-9015\n[ ] Bank details", "301-25-9015"),
    ("en", "tax-id", "• ITIN: 956-90-1152 (spouse)", "956-90-1152"),
    ("en", "tax-id", "Box 7 (NHS number): 632 134 8511", "632 134 8511"),
    ("en", "tax-id", "PS: my UTR is 6079253974, forgot to add it", "6079253974"),
    ("en", "tax-id", "NB: NI number → WK 61 30 27 C", "WK 61 30 27 C"),
    ("en", "date-of-birth", "[x] DOB checked: 1984-02-29", "1984-02-29"),
    ("en", "date-of-birth", "Box 3 (date of birth) → 30/11/1971", "30/11/1971"),
    ("en", "date-of-birth", "PS: he was born on the 2nd of January 1995, not 1996.", "2nd of January 1995"),
    ("en", "phone", "• Home phone: (503) 555-7731", "(503) 555-7731"),
    ("en", "phone", "reachable on 07891 224 660 after 5", "07891 224 660"),
    ("en", "phone", "T +44 29 2018 0443\nE d.evans@example.co.uk", "+44 29 2018 0443"),
    ("en", "credit-card", "[x] Card on file: 2255 3648 3356 1325", "2255 3648 3356 1325"),
    ("en", "credit-card", "NB: block the corporate card 5419-6417-0297-2865 today", "5419-6417-0297-2865"),
    ("en", "address", "• New address → 48 Rowan Crescent, Stockport SK4 2DE", "48 Rowan Crescent, Stockport SK4 2DE"),
    ("en", "address", "Box 4 (home address): 7 Kestrel Way\nTroy, OH 45373", "7 Kestrel Way\nTroy, OH 45373"),
    ("en", "secret", "[x] Password reset → Heron!Marsh64", "Heron!Marsh64"),
    ("en", "secret", "PS: the alarm code for the store room is 8812#", "8812#"),
    ("en", "secret", "NB: Wi-Fi key → Lantern7Bridge!", "Lantern7Bridge!"),
]

CLEAN_C = [
    ("de", "Onboarding\n[x] Vertrag\n[x] Bestellnr. → 4500912837\n[ ] Laptop"),
    ("de", "• Lieferschein-Nr.: 2026/11/4417 (Lager Süd)"),
    ("de", "PS: Die Hotline 0800 22 44 660 ist ab 8 Uhr erreichbar."),
    ("de", "Feld 9 (Datum): 30.11.2026, Feld 10 (Uhrzeit): 14:30"),
    ("de", "NB: Version 3.2.1 ab KW 49 ausrollen"),
    ("en", "[x] Order → 100045873\n[ ] Invoice INV-2026-0412"),
    ("en", "• Case ref: 2026-11-4417 (warehouse)"),
    ("en", "PS: our helpline 0800 022 4466 opens at 8."),
    ("en", "Box 9 (date): 11/30/2026, Box 10 (time): 2:30 pm"),
    ("en", "NB: roll out v3.2.1 in week 49"),
]


# A fourth set, written after the third was fixed and measured once before any change for it: phones of the five
# markets and Ireland in further groupings, dates of birth in further orders and separators, addresses with building
# and floor parts, c/o and PO Box lines. Measured once before its fixes: de 12/15, en 15/15, clean 4/6. Fixed by cause
# afterwards: "07-03-1985" (day-month-year with hyphens) is a date and no phone, a Swiss mobile with dots is no version
# number, "1985.3.7" (a year first, then one-digit parts with dots) is a version and no weak birth date, and building
# and floor parts (Hinterhaus, 3. OG) between a street and its postcode.
FORMS_D = [
    ("de", "phone", "Festnetz privat: +41 (0)31 318 44 20", "+41 (0)31 318 44 20"),
    ("de", "phone", "Handy von Papa: +43 676 8822 4410", "+43 676 8822 4410"),
    ("de", "phone", "bitte zurückrufen: 0 30 / 44 31 77 26", "0 30 / 44 31 77 26"),
    ("de", "phone", "Tel 004930 44317726", "004930 44317726"),
    ("de", "phone", "Natel: 079.382.61.40", "079.382.61.40"),
    ("de", "date-of-birth", "geb. 1985/3/7", "1985/3/7"),
    ("de", "date-of-birth", "Geburtsdatum: 07-03-1985", "07-03-1985"),
    ("de", "date-of-birth", "Geburtstag 3.3.1961 (wird 65!)", "3.3.1961"),
    ("de", "date-of-birth", "Sohn Elias, geboren im Juni, genau am 14.06.2019", "14.06.2019"),
    ("de", "date-of-birth", "geb. am 1. Sept. 1954", "1. Sept. 1954"),
    (
        "de",
        "address",
        "Wohnung: Brunnenstraße 12, Hinterhaus, 3. OG, 10119 Berlin",
        "Brunnenstraße 12, Hinterhaus, 3. OG, 10119 Berlin",
    ),
    ("de", "address", "Josefstädter Straße 21/7\nA-1080 Wien", "Josefstädter Straße 21/7\nA-1080 Wien"),
    ("de", "address", "Route de Berne 14, 1700 Fribourg", "Route de Berne 14, 1700 Fribourg"),
    ("de", "address", "Postfach 12 04 31, 10594 Berlin", "Postfach 12 04 31, 10594 Berlin"),
    ("de", "address", "Lieferadresse\nAm Weinberg 3a\n01445 Radebeul", "Am Weinberg 3a\n01445 Radebeul"),
    ("en", "phone", "Mobile +44 7911 123 456", "+44 7911 123 456"),
    ("en", "phone", "call me +1.312.847.2093", "+1.312.847.2093"),
    ("en", "phone", "Home: 020 8123 4567", "020 8123 4567"),
    ("en", "phone", "her cell is 312 847 2093", "312 847 2093"),
    ("en", "phone", "Phone (work): +353 1 874 2210", "+353 1 874 2210"),
    ("en", "date-of-birth", "DOB 3rd Mar. 1985", "3rd Mar. 1985"),
    ("en", "date-of-birth", "born March 3rd, 1985 in Tulsa", "March 3rd, 1985"),
    ("en", "date-of-birth", "Date of Birth: 1985/03/07", "1985/03/07"),
    ("en", "date-of-birth", "birthday: 12-25-1979", "12-25-1979"),
    ("en", "date-of-birth", "DOB\t07.03.1985", "07.03.1985"),
    (
        "en",
        "address",
        "Apartment 5C, 301 East 21st Street, New York, NY 10010",
        "Apartment 5C, 301 East 21st Street, New York, NY 10010",
    ),
    (
        "en",
        "address",
        "2 The Paddocks\nLower Swell\nCheltenham GL54 1LQ",
        "2 The Paddocks\nLower Swell\nCheltenham GL54 1LQ",
    ),
    ("en", "address", "PO Box 77, Truro TR1 9AB", "PO Box 77, Truro TR1 9AB"),
    ("en", "address", "1420 N Lake Shore Dr Unit 9, Chicago IL 60610", "1420 N Lake Shore Dr Unit 9, Chicago IL 60610"),
    ("en", "address", "c/o Sharma\n19 Park Row\nLeeds\nLS1 5HD", "19 Park Row\nLeeds\nLS1 5HD"),
]
CLEAN_D = [
    ("de", "Tagung am 07-03-2027, Raum 3.14, Beginn 9:30"),
    ("de", "Rückruf bis 17.03., Vorgang 2026/0307"),
    ("de", "Postleitzahlenbereich 10115 bis 14199 gehört zu Berlin."),
    ("en", "Release 2026/03/07 ships build 1985.3.7"),
    ("en", "Call the front desk on extension 4410."),
    ("en", "Event: 12-25-2026, doors 6:30 pm"),
]


# A fifth set, written after the fourth was fixed and measured once before any change for it: AI prompts that ask for
# forms and cards to be filled in, quoted question-and-answer mails, KYC and registration forms, .env lines, router
# stickers, portal logins. Measured once before its fixes: de 14/15, en 14/15, clean 8/8 (one de case was my own
# mistake, the same id written twice; rewritten). Fixed by cause afterwards: recovery and backup codes are secrets.
FORMS_E = [
    ("de", "tax-id", "Füll mir bitte die Anlage N aus. Meine Daten: Idnr 98076242311, Klasse 1.", "98076242311"),
    (
        "de",
        "tax-id",
        "> Steueridentifikationsnummer?\nsteht auf der Lohnsteuerbescheinigung: 48 979 951 320",
        "48 979 951 320",
    ),
    ("de", "tax-id", "Zeile 3 der Lohnsteuerbescheinigung (eTIN/IdNr.): 98076242311", "98076242311"),
    ("de", "tax-id", "Steuernummer 036 600 29306 (Hessen), bitte in die Rechnung", "036 600 29306"),
    ("de", "tax-id", "Meldung an die DRV, Versicherungsnr. 12 270762 B 373", "12 270762 B 373"),
    ("de", "tax-id", "Die e-card-Nummer meiner Mutter: 6601 281298", "6601 281298"),
    ("de", "tax-id", "AHV-Versichertennummer 756.7692.7710.36 gemäss Ausweis", "756.7692.7710.36"),
    ("de", "tax-id", "Finanzamt Wien: Steuernr. 57 318/6772", "57 318/6772"),
    ("de", "date-of-birth", "Erstelle eine Glückwunschkarte für Oma Irmgard, geb. am 02.09.1941", "02.09.1941"),
    ("de", "date-of-birth", "Meldebescheinigung: Tag der Geburt 15.05.1990", "15.05.1990"),
    ("de", "date-of-birth", "> Wann bist du geboren?\n23.7.88", "23.7.88"),
    ("de", "secret", "Mein Online-Banking-PIN ist 40718, bitte ändern", "40718"),
    (
        "de",
        "secret",
        "Füge das in die .env ein: OPENAI_API_KEY=sk-proj-Xa9Lk2Qm7Vb4Nr8Tz1Wc5Yd3",
        "sk-proj-Xa9Lk2Qm7Vb4Nr8Tz1Wc5Yd3",
    ),
    ("de", "secret", "Router-Kennwort (Rückseite): 7X4K-9PQM-2RTL", "7X4K-9PQM-2RTL"),
    ("de", "secret", "Zugangsdaten fürs Portal: lisa.k / Seerose!44", "Seerose!44"),
    ("en", "tax-id", "Fill in the W-4 for me. My details: SSN 043-52-4583, single.", "043-52-4583"),
    ("en", "tax-id", "> what's your social?\n162 71 1211", "162 71 1211"),
    ("en", "tax-id", "Box 1 of the P60 shows NI no. WK613027C", "WK613027C"),
    ("en", "tax-id", "HMRC letter ref: UTR 43667 35328, please file online", "43667 35328"),
    ("en", "tax-id", "NHS no. for the GP registration: 437 599 2344", "437 599 2344"),
    ("en", "tax-id", "Applicant SSN (no dashes): 162711211", "162711211"),
    ("en", "date-of-birth", "Write a birthday card for Grandpa Joe, born 4 July 1936", "4 July 1936"),
    ("en", "date-of-birth", "> When's your birthday?\n14/02/1990", "14/02/1990"),
    ("en", "date-of-birth", "KYC form: date of birth 1988-07-23, nationality IE", "1988-07-23"),
    ("en", "date-of-birth", "DOB (as on passport): 23 JUL 1988", "23 JUL 1988"),
    (
        "en",
        "secret",
        "Put this in the .env: STRIPE_SECRET=sk_live_4eC39HqLyjWDarjtT1zdp7dc",
        "sk_live_4eC39HqLyjWDarjtT1zdp7dc",
    ),
    ("en", "secret", "router admin password (on the sticker): 7X4K-9PQM-2RTL", "7X4K-9PQM-2RTL"),
    ("en", "secret", "portal login: lisa.k / Waterlily!44", "Waterlily!44"),
    ("en", "secret", "my banking PIN is 40718, change it pls", "40718"),
    ("en", "secret", "recovery codes: 8f3k-2m9q 4x7p-1w6z", "8f3k-2m9q"),
]
CLEAN_E = [
    ("de", "Füll mir bitte die Anlage N aus, die Zahlen kommen morgen."),
    ("de", "Zeile 3 der Lohnsteuerbescheinigung bleibt leer, Zeile 4: 2026"),
    ("de", "> Welche Bestellnummer?\n4500991234"),
    ("de", "Router-Modell (Rückseite): FRITZ!Box 7590 AX"),
    ("en", "Fill in the W-4 once HR sends the link."),
    ("en", "> which order is it?\n100045873"),
    ("en", "Box 1 of the P60 shows total pay of £31,450.00"),
    ("en", "router model (on the sticker): RT-AX58U v2"),
]


# A sixth set, written after the fifth was fixed and measured once before any change for it: identifiers without a
# label, named by "my", "here's mine", "neu:", "per passport", in sentences about moving, new numbers and new employers.
# Measured once before its fixes: de 11/12, en 11/12, clean 6/6. Fixed by cause afterwards: a made value after a long
# phrase and a colon ("Passwort hängt am Kühlschrank, für dich: x"). Left: "password is on the fridge, for you: x" (a
# verb before the phrase ends the key's reach; a wider reach would read "the password is required for you: ..." too).
FORMS_F = [
    ("de", "tax-id", "Für die Anmeldung beim neuen Arbeitgeber: hier meine 48 979 951 320", "48 979 951 320"),
    ("de", "tax-id", "Die Personalabteilung hat meine SVNR falsch: richtig ist 6601 281298", "6601 281298"),
    ("de", "phone", "Bin die ganze Woche unter 0699 11 22 33 44 erreichbar.", "0699 11 22 33 44"),
    ("de", "phone", "Schreib mir einfach auf WhatsApp, +49 160 9988 7766", "+49 160 9988 7766"),
    ("de", "phone", "Meine Nummer hat sich geändert, neu: 0043 664 1234567", "0043 664 1234567"),
    ("de", "credit-card", "Abbuchung bitte von meiner Visa 4808548646953970 statt vom Konto", "4808548646953970"),
    ("de", "credit-card", "Die Nummer auf der Karte: 5419 6417 0297 2865, Ablauf 08/29", "5419 6417 0297 2865"),
    ("de", "date-of-birth", "Mein Sohn wird am 14.06. sieben, er ist am 14.06.2019 geboren.", "14.06.2019"),
    ("de", "date-of-birth", "Mitglied seit 2019, Geburtsdatum lt. Ausweis 30.04.1967", "30.04.1967"),
    (
        "de",
        "address",
        "Ich bin umgezogen, jetzt wohne ich in der Wiesenstraße 7, 4020 Linz.",
        "Wiesenstraße 7, 4020 Linz",
    ),
    (
        "de",
        "address",
        "Paket bitte an meine Büroadresse: Kaiserstrasse 41, 8001 Zürich",
        "Kaiserstrasse 41, 8001 Zürich",
    ),
    ("de", "secret", "Das neue WLAN-Passwort hängt am Kühlschrank, für dich: Hummel*Wiese3", "Hummel*Wiese3"),
    ("en", "tax-id", "For the new employer: here's mine 043-52-4583", "043-52-4583"),
    ("en", "tax-id", "HR has my NI number wrong, it should be WK 61 30 27 C", "WK 61 30 27 C"),
    ("en", "phone", "I'm on 07891 224 660 all week.", "07891 224 660"),
    ("en", "phone", "text me on WhatsApp, +44 7700 123456", "+44 7700 123456"),
    ("en", "phone", "my number changed, new one: 001 312 847 2093", "001 312 847 2093"),
    ("en", "credit-card", "please charge my Visa 4808548646953970 instead of the account", "4808548646953970"),
    ("en", "credit-card", "the long number on the card: 5419 6417 0297 2865, expires 08/29", "5419 6417 0297 2865"),
    ("en", "date-of-birth", "my son turns seven on June 14, he was born 14 June 2019.", "14 June 2019"),
    ("en", "date-of-birth", "member since 2019, date of birth per passport 30/04/1967", "30/04/1967"),
    (
        "en",
        "address",
        "I've moved, I now live at 12 Larkspur Close, Dunstable LU6 3PQ.",
        "12 Larkspur Close, Dunstable LU6 3PQ",
    ),
    (
        "en",
        "address",
        "please ship to my office: 455 Market St Suite 1200, San Francisco, CA 94105",
        "455 Market St Suite 1200, San Francisco, CA 94105",
    ),
]
CLEAN_F = [
    ("de", "Für die Anmeldung beim neuen Arbeitgeber brauche ich noch den Vertrag vom 01.12.2026."),
    ("de", "Bin die ganze Woche im Büro, Raum 4.12, Durchwahl 214."),
    ("de", "Abbuchung am 15.12.2026 über 1.249,00 €, Beleg 4500991234"),
    ("en", "I'm in the office all week, room 4.12, ext 214."),
    ("en", "charged on 12/15/2026: $1,249.00, receipt 4500991234"),
    ("en", "member since 2019, renewal due 30/04/2027"),
]
MISSED_F = [("en", "secret", "the new wifi password is on the fridge, for you: Bumble*Meadow3", "Bumble*Meadow3")]


FOUND = FORMS_B + FORMS_C + FORMS_D + FORMS_E + FORMS_F
LOOK_ALIKES = CLEAN_B + CLEAN_C + CLEAN_D + CLEAN_E + CLEAN_F


@pytest.mark.parametrize("case", FOUND, ids=[case_id(c) for c in FOUND])
def test_an_identifier_in_a_later_forms_set_is_found(case: tuple[str, str, str, str]) -> None:
    _lang, category, text, value = case
    assert covered(text, category, value), scan(text)


@pytest.mark.parametrize("case", LOOK_ALIKES, ids=[case_id(c) for c in LOOK_ALIKES])
def test_a_look_alike_in_a_later_forms_set_is_no_identifier(case: tuple[str, str]) -> None:
    _lang, text = case
    assert flagged(text) == [], scan(text)


@pytest.mark.parametrize("case", MISSED_F, ids=[case_id(c) for c in MISSED_F])
@pytest.mark.xfail(strict=True, reason="known miss, see MISSED_F")
def test_a_known_miss_of_a_later_forms_set_is_still_missed(case: tuple[str, str, str, str]) -> None:
    _lang, category, text, value = case
    assert covered(text, category, value), scan(text)
