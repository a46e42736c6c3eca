"""National ids, dates of birth, secrets and addresses in wording written for this file (in voices unlike the
corpora: chat, forms, JSON, YAML, tables, dictation, dialect, labels with typos or on the line above), and clean
look-alikes (order numbers, invoice dates, times, versions, ISBN/EAN, tracking numbers) that must stay clean.

Every number here is valid by its published rule (python-stdnum or the SV-Nummer rule). Decided by the contract
(COURSE_FORMAT section 4, `date-of-birth`): a year alone ("age 38, born 1987") is no date of birth."""

from __future__ import annotations

import pytest

from course.scanner import scan

MINE = ("tax-id", "date-of-birth", "secret", "address", "phone")

# (lang, category, text, value that must be found: at least 80% of it covered by findings of that category)
CASES = [
    # --- tax-id, German-speaking markets ---------------------------------------------------------------
    ("de", "tax-id", "Moin! Für die Lohnabrechnung brauch ich noch deine Steuer-ID → 56 024 178 003", "56 024 178 003"),
    ("de", "tax-id", "Steueridentnummer (bitte ohne Leerzeichen): 51488286792", "51488286792"),
    ("de", "tax-id", "Personalbogen\nSteuer-ID\n56370893235\nKonfession\nrk", "56370893235"),
    ("de", "tax-id", "Identifikationsnr.: 798 135 926 06 (lt. Schreiben vom BZSt)", "798 135 926 06"),
    ("de", "tax-id", "StIdNr 30982178684 – Kind 1", "30982178684"),
    ("de", "tax-id", '{"mitarbeiter": "K. Brandl", "steuer_id": "36893213746", "klasse": 1}', "36893213746"),
    ("de", "tax-id", "Steur-ID vergessen einzutragen, hier nachgereicht: 14899963070", "14899963070"),
    ("de", "tax-id", "| Name | Steuer-ID |\n|---|---|\n| Weiß, O. | 48270933350 |", "48270933350"),
    (
        "de",
        "tax-id",
        "Meine Steuernummer beim FA Köln-Ost ist 218/5815/0815 – steht auf dem Bescheid.",
        "218/5815/0815",
    ),
    ("de", "tax-id", "St.-Nr. 201/123/45675, Finanzamt Mitte", "201/123/45675"),
    ("de", "tax-id", "SozVersNr: 62 050783 S 408", "62 050783 S 408"),
    ("de", "tax-id", "Rentenvers.-Nr. lt. Ausweis 13141285R180, bitte an die Kasse melden", "13141285R180"),
    ("de", "tax-id", "sv_nummer=44250364N316", "44250364N316"),
    ("de", "tax-id", "Sozialversicherugsnummer (Tippfehler im Formular): 85 120567 Y 577", "85 120567 Y 577"),
    ("de", "tax-id", "Servus, hier meine Versicherungsnr für die ÖGK: 2158 250893", "2158 250893"),
    ("de", "tax-id", "VSNR 2365101073 – Dienstgeberbeitrag ab März", "2365101073"),
    ("de", "tax-id", "e-card Nr. 8475 11.07.60 (steht hinten auf der Karte)", "8475 11.07.60"),
    ("de", "tax-id", "Sozialversicherungsnummer;Name\n6781090981;Aigner Rosa", "6781090981"),
    ("de", "tax-id", "Abgabenkontonummer beim FA Graz: 07-378/2724", "07-378/2724"),
    ("de", "tax-id", "Steuernr. (AT) 338214331 bitte in die Rechnung übernehmen", "338214331"),
    ("de", "tax-id", "Grüezi, d'AHV-Nummer vo mir isch 756.4158.1409.17", "756.4158.1409.17"),
    ("de", "tax-id", "Sozialversicherungsnummer (AHV): 7568230644010", "7568230644010"),
    ("de", "tax-id", "AHV-Nr.\n756 6806 4615 28", "756 6806 4615 28"),
    (
        "de",
        "tax-id",
        "Ahv nr vom neuen Lehrling: 756.6164.9187.71, bitte bei der Ausgleichskasse anmelden",
        "756.6164.9187.71",
    ),
    # --- tax-id, English-speaking markets --------------------------------------------------------------
    ("en", "tax-id", "hey can u add my SSN to the form? 755-86-7748 thx", "755-86-7748"),
    ("en", "tax-id", "Social Security No. 258 53 5065 (on file with payroll)", "258 53 5065"),
    ("en", "tax-id", "SS# 240691658", "240691658"),
    ("en", "tax-id", "employee:\n  name: R. Okafor\n  ssn: '146-56-6687'\n  state: TX", "146-56-6687"),
    ("en", "tax-id", "Scoial security number: 310-77-3572", "310-77-3572"),
    ("en", "tax-id", "Her ITIN is 992-74-9948, she files jointly.", "992-74-9948"),
    ("en", "tax-id", "ITIN\n906754301", "906754301"),
    ("en", "tax-id", '{"taxpayer": {"tin": "998797637", "type": "ITIN"}}', "998797637"),
    ("en", "tax-id", "Tax ID (SSN/ITIN): 337-39-0403", "337-39-0403"),
    ("en", "tax-id", "For self assessment my UTR is 31643 11432.", "31643 11432"),
    ("en", "tax-id", "UTR no. 2659984194K — please quote it on all letters", "2659984194K"),
    ("en", "tax-id", "Unique Tax Ref: 8935593743", "8935593743"),
    ("en", "tax-id", "tax_reference,name\n1948696335,Priya Natarajan", "1948696335"),
    ("en", "tax-id", "Patient's NHS no. 474 196 9819, ward 6", "474 196 9819"),
    ("en", "tax-id", "NHS Number: 6632169635", "6632169635"),
    ("en", "tax-id", "nhs num 108 517 1388 (from the referral letter)", "108 517 1388"),
    ("en", "tax-id", "NI No: JG 10 37 29 B", "JG 10 37 29 B"),
    ("en", "tax-id", "National Insurance: SP482913C", "SP482913C"),
    ("en", "tax-id", "Your national insurance number\nWL 73 51 06 D", "WL 73 51 06 D"),
    ("en", "tax-id", "tax no: 755867748", "755867748"),
    ("en", "tax-id", "SSN last updated by HR — 411-02-5332", "411-02-5332"),
    # --- date of birth ---------------------------------------------------------------------------------
    ("de", "date-of-birth", "Anmeldung Kinderturnen: Mia Sommer, geb. 3.4.2017", "3.4.2017"),
    ("de", "date-of-birth", "Johanna Brückner *03.04.87, Hannover", "03.04.87"),
    ("de", "date-of-birth", "Geburtsdatum: 1987-04-03", "1987-04-03"),
    ("de", "date-of-birth", "Geb.-Dat. 14.11.1962", "14.11.1962"),
    ("de", "date-of-birth", "Geburtsdatum\n21.06.1990", "21.06.1990"),
    ("de", "date-of-birth", "Er ist am 9. Oktober 1979 in Linz geboren.", "9. Oktober 1979"),
    ("de", "date-of-birth", "geboren am 02.02.1971 in Bozen", "02.02.1971"),
    ("de", "date-of-birth", "Gebutsdatum: 30.01.1984 (Tippfehler im Formular)", "30.01.1984"),
    ("de", "date-of-birth", "Name;Vorname;Geb.\nKrämer;Till;07.08.1999", "07.08.1999"),
    ("de", "date-of-birth", "Sie hat am 12.12.1968 Geburtstag, bitte Karte besorgen.", "12.12.1968"),
    ("de", "date-of-birth", "i bi am 5. Mai 1993 gebore und wohne z'Bern", "5. Mai 1993"),
    ("de", "date-of-birth", "Lukas (geb. am 17.9.2001) fängt am Montag an.", "17.9.2001"),
    ("en", "date-of-birth", "She was born on the 3rd of April 1987 in Leeds.", "3rd of April 1987"),
    ("en", "date-of-birth", "DOB 04/03/1987", "04/03/1987"),
    ("en", "date-of-birth", "d.o.b.: 11/23/1975", "11/23/1975"),
    ("en", "date-of-birth", "Date of Birth\nMarch 14, 1990", "March 14, 1990"),
    ("en", "date-of-birth", '{"first": "Kai", "birthdate": "1994-07-19"}', "1994-07-19"),
    ("en", "date-of-birth", "born 12 Feb 1958, widowed, two children", "12 Feb 1958"),
    ("en", "date-of-birth", "Applicant's date of brith: 28.02.1981", "28.02.1981"),
    ("en", "date-of-birth", "name,dob,team\nE. Walsh,1979-10-05,Support", "1979-10-05"),
    ("en", "date-of-birth", "My birthday is June 2nd, 1988 so please don't book that week.", "June 2nd, 1988"),
    ("en", "date-of-birth", "D.O.B: 9/8/69", "9/8/69"),
    # --- secrets ---------------------------------------------------------------------------------------
    ("de", "secret", "Server=sql01;Database=Lohn;User Id=lohn_app;Password=Wint3r!Kuchen;", "Wint3r!Kuchen"),
    ("en", "secret", "DATABASE_URL=postgres://crm_app:Gr8tHarb0ur@10.0.4.12:5432/crm", "Gr8tHarb0ur"),
    ("en", "secret", "mongodb+srv://backup:q7Vx2LmPz9@cluster0.mongodb.net/admin", "q7Vx2LmPz9"),
    ("en", "secret", "~/.netrc:\nmachine files.example.org login deploy password 9fK2mQ7xLp", "9fK2mQ7xLp"),
    (
        "en",
        "secret",
        "users:\n- name: ci\n  user:\n    token: kZ8vQ2xR7mN4pL1wT6yB3cJ9hF5dG0sA",
        "kZ8vQ2xR7mN4pL1wT6yB3cJ9hF5dG0sA",
    ),
    ("de", "secret", "Die PIN für das Diensthandy lautet 8312.", "8312"),
    ("en", "secret", "your new card PIN is 2580 – memorise it and delete this text", "2580"),
    ("de", "secret", "Das Passwort lautet Holunder7Blüte, bitte nicht weitergeben.", "Holunder7Blüte"),
    ("de", "secret", "WLAN: Gaeste-5G, Schlüssel: Kaffee&Kuchen2025", "Kaffee&Kuchen2025"),
    ("de", "secret", "s passwort vom drucker isch Tulpe#4411", "Tulpe#4411"),
    ("en", "secret", "ftp://upload:Sunf1sh%21@ftp.partner.example/in", "Sunf1sh%21"),
    ("en", "secret", "curl -u admin:Xq9!rT4vWz https://jenkins.internal/api/json", "Xq9!rT4vWz"),
    ("en", "secret", "Authorization: Bearer Zebra!2024?Lime", "Zebra!2024?Lime"),
    ("de", "secret", "Kennwort fürs VPN ist jetzt Nordwind_88!", "Nordwind_88!"),
    ("en", "secret", "pw for the shared inbox: Lantern-42-Oak", "Lantern-42-Oak"),
    ("de", "secret", "Zugangscode Tiefgarage: 4471#", "4471#"),
    # --- addresses, five markets -----------------------------------------------------------------------
    (
        "de",
        "address",
        "Bitte die Unterlagen an Kastanienallee 14, 50674 Köln schicken.",
        "Kastanienallee 14, 50674 Köln",
    ),
    ("de", "address", "neue Adresse:\nAm Sandtorkai 3\n20457 Hamburg", "Am Sandtorkai 3\n20457 Hamburg"),
    (
        "de",
        "address",
        "Lieferanschrift: Mariahilfer Straße 45/3/12, 1060 Wien",
        "Mariahilfer Straße 45/3/12, 1060 Wien",
    ),
    ("de", "address", "wohnhaft in der Herrengasse 7, A-8010 Graz", "Herrengasse 7, A-8010 Graz"),
    ("de", "address", "Rue de Lausanne 5\n1201 Genève", "Rue de Lausanne 5\n1201 Genève"),
    ("de", "address", "Sie wohnt jetzt Seefeldstrasse 112, 8008 Zürich.", "Seefeldstrasse 112, 8008 Zürich"),
    ("de", "address", "Privat: Lindenstr. 9a · 04109 Leipzig", "Lindenstr. 9a · 04109 Leipzig"),
    ("en", "address", "Flat 3, 27 Kingsway, Brighton BN1 2AB", "Flat 3, 27 Kingsway, Brighton BN1 2AB"),
    ("en", "address", "Please post it to:\n14 Elm Grove\nHarrogate\nHG1 5QT", "14 Elm Grove\nHarrogate\nHG1 5QT"),
    (
        "en",
        "address",
        "She moved to 1420 Maple Ave, Springfield, IL 62704 last spring.",
        "1420 Maple Ave, Springfield, IL 62704",
    ),
    (
        "en",
        "address",
        "ship_to: 88 Ocean Blvd, Apt 4B, Santa Monica, CA 90401",
        "88 Ocean Blvd, Apt 4B, Santa Monica, CA 90401",
    ),
    ("de", "address", "Hauptplatz 1\n4020 Linz", "Hauptplatz 1\n4020 Linz"),
    ("de", "address", "Bitte an Bäckerstraße 3/2/14, A-1010 Wien zustellen.", "Bäckerstraße 3/2/14, A-1010 Wien"),
    ("de", "address", "Rechnungsadresse: Bahnhofplatz 2, CH-3011 Bern", "Bahnhofplatz 2, CH-3011 Bern"),
    ("de", "address", "die neue adresse ist gartenweg 4 in 79098 freiburg", "gartenweg 4 in 79098 freiburg"),
    ("de", "address", "c/o Weber\nRingstraße 8\n6020 Innsbruck", "c/o Weber\nRingstraße 8\n6020 Innsbruck"),
    ("de", "address", "Wohnort | Schillerstraße 22, 80336 München", "Schillerstraße 22, 80336 München"),
    ("en", "address", "Unit 5, 9 Harbour Road, Plymouth PL4 0DW", "Unit 5, 9 Harbour Road, Plymouth PL4 0DW"),
    ("en", "address", "deliver to 77 queen street edinburgh eh2 4nh", "77 queen street edinburgh eh2 4nh"),
    (
        "en",
        "address",
        "Mailing address: 4417 Birch Hollow Dr\nAustin, TX 78749",
        "4417 Birch Hollow Dr\nAustin, TX 78749",
    ),
    ("en", "address", "221B Baker Street, London NW1 6XE", "221B Baker Street, London NW1 6XE"),
    ("en", "address", "Send the cheque to 2200 N. Lamar St., Dallas, TX 75202.", "2200 N. Lamar St., Dallas, TX 75202"),
    ("en", "address", "Rose Cottage\nMill Lane\nAmbleside\nLA22 9DH", "Rose Cottage\nMill Lane\nAmbleside\nLA22 9DH"),
    ("de", "date-of-birth", "Geburtsdatum:\t1.3.1955", "1.3.1955"),
    ("de", "date-of-birth", "Frau Pichler, geb. 12. Jänner 1970, Wels", "12. Jänner 1970"),
    ("de", "date-of-birth", "Geb.: 24.12.49", "24.12.49"),
    ("de", "date-of-birth", "Karl Heinz Moser (* 3. April 1947)", "3. April 1947"),
    ("en", "date-of-birth", "dob - 1992/07/04", "1992/07/04"),
    ("en", "date-of-birth", "DOB: 07 Jul 1985", "07 Jul 1985"),
    ("en", "date-of-birth", "Date of birth: 03-Apr-1987", "03-Apr-1987"),
    ("en", "tax-id", "taxpayer id 258-53-5065 (see W-9)", "258-53-5065"),
    ("en", "tax-id", "Employee SSN\t310773572\nStart date\t2025-01-06", "310773572"),
]

# Clean texts that look like the above: no finding of tax-id, date-of-birth, secret, address or phone.
CLEAN = [
    ("de", "Bestellnr. 4500123456 wurde am 12.11.2025 versandt."),
    ("de", "Rechnung Nr. 2025-004-1187 vom 03.11.2025, fällig am 17.11.2025."),
    ("de", "Das Meeting geht von 14:30 bis 15:45, danach Pause bis 16:00."),
    ("de", "Update auf Version 10.4.1 und danach 2025.11.3 einspielen."),
    ("de", "ISBN 978-3-16-148410-0, Auflage 3, 412 Seiten."),
    ("de", "EAN 4006381333931 – Palette mit 240 Stück."),
    ("de", "Sendungsnummer DHL: 00340434161234567893"),
    ("de", "Kundennummer 56024178 bitte bei Rückfragen angeben."),
    ("de", "Auftragsnummer 202511230045 – Lieferung KW 48."),
    ("de", "Die Passwortrichtlinie verlangt mindestens 12 Zeichen und eine Ziffer."),
    ("de", "Das Feld steuer_id bleibt im Export leer, bis die Schnittstelle fertig ist."),
    ("de", "Belegnummer 7568230644 und Kostenstelle 4711."),
    ("de", "Gegründet 1987 in Stuttgart, heute 240 Mitarbeitende."),
    ("de", "Lieferung an Lager 3, Rampe 12, Tor 7."),
    ("en", "Order #4500123456 shipped on 11/12/2025 via UPS 1Z999AA10123456784."),
    ("en", "Invoice INV-2025-0417 dated 03/04/2025, due 04/03/2025."),
    ("en", "Standup moved to 09:15; retro runs 15:30-16:45."),
    ("en", "Please upgrade the client to v3.12.4 before Friday."),
    ("en", "ISBN-13: 978-0-306-40615-7"),
    ("en", "Tracking number 9400 1000 0000 0000 0000 00 (USPS)."),
    ("en", "Reset your password via the self-service portal; PINs must have 6 digits."),
    ("en", "Set DB_PASSWORD in the environment, never in config.yaml."),
    ("en", "Ticket 755867748 was closed as a duplicate."),
    ("en", "We were founded in 1987 and have 12 offices."),
    ("en", "Part no. 1948696335 is back in stock, 48 units."),
    ("en", "Meeting ID 474 196 9819, no passcode needed."),
    ("en", "The team photo from 2019 is on the shared drive."),
    ("en", "Born in the USA is track 1 on the 1984 album."),
    ("de", "Vertrag vom 01.04.1987 (Altvertrag), gekündigt zum 31.12.2025."),
    ("de", "Unsere Hotline 0800 330 1000 ist werktags erreichbar."),
    ("de", "Postleitzahl 1010 gilt für die Innere Stadt, Stock 3, Tür 12."),
    ("de", "Zimmer 1420 im Gebäude B, Schlüssel beim Empfang."),
    ("en", "Gate B12, flight LH 2471 departs at 14:05."),
    ("en", "SKU 66321-69635 and SKU 66321-69636 are out of stock."),
    ("en", "Order 2659984194 ships on Tuesday."),
    ("en", "Room 1204, Building 5, 2nd floor."),
]


# A second set, written after the first was fixed and measured once before any change for it (see the report):
# the check that the causes fixed for the first set carry to wording they were not fixed on.
CASES_B = [
    ("de", "tax-id", "Steuer-Identifikationsnummer\t\t76 933 520 483", "76 933 520 483"),
    ("de", "tax-id", "IdNr. 26054874196 (Kind)", "26054874196"),
    ("de", "tax-id", "TIN (DE): 56370893235", "56370893235"),
    ("de", "tax-id", "Meine steuerliche ID ist 79813592606, falls du sie noch brauchst.", "79813592606"),
    ("de", "tax-id", "Ihre Sozialversicherungs-Nr.: 58 190143 V 440", "58 190143 V 440"),
    ("de", "tax-id", "RV-Nr. 18251278W226", "18251278W226"),
    ("de", "tax-id", "SV-Nr (Österreich) 9127 150154", "9127 150154"),
    ("de", "tax-id", "Versicherungsnummer: 8578 23.07.49", "8578 23.07.49"),
    ("de", "tax-id", "AHV-Nummer: 756.9305.3471.64", "756.9305.3471.64"),
    ("de", "tax-id", "AHVN13 7569712267130", "7569712267130"),
    ("de", "tax-id", "St.Nr. 46-634/6962 (FA Wien 4/5/10)", "46-634/6962"),
    ("de", "tax-id", "ABGABENKONTONR 075816009", "075816009"),
    ("de", "tax-id", "Formular L16\nVersicherungsnummer\n9201180440", "9201180440"),
    ("de", "tax-id", '{"personal": {"svnr": "7550080270", "name": "Huber"}}', "7550080270"),
    ("de", "tax-id", "Sozialversicherungsnr. lautet 62050783S408 – bitte prüfen", "62050783S408"),
    ("de", "date-of-birth", "Geburtsdatum 3. 4. 1987", "3. 4. 1987"),
    ("de", "date-of-birth", "geb. am 03.04.1987 in Wien", "03.04.1987"),
    ("de", "date-of-birth", "Geb.Datum: 19.10.1972", "19.10.1972"),
    ("de", "date-of-birth", "Geboren: 1987-04-03", "1987-04-03"),
    ("de", "date-of-birth", "Name: R. Haas | Geburtsdatum: 08/11/1964 | Eintritt: 2019", "08/11/1964"),
    ("de", "date-of-birth", "Unser Sohn kam am 14. Februar 2016 zur Welt.", "14. Februar 2016"),
    ("de", "date-of-birth", "Geburtsdaten der Kinder: 02.05.2012 und 17.09.2015", "02.05.2012"),
    ("de", "date-of-birth", "geburtsdatum=1979-03-30", "1979-03-30"),
    ("de", "secret", "WLAN-Passwort: LindenHof2024", "LindenHof2024"),
    ("de", "secret", "Kennwort = Adler!1977", "Adler!1977"),
    ("de", "secret", "[client]\nuser=backup\npassword=Vx7#kLm2Q", "Vx7#kLm2Q"),
    ("de", "secret", "Der Tresor-Code ist 7731-2290.", "7731-2290"),
    ("de", "secret", "smtp_passwort: 'W!nter2025'", "W!nter2025"),
    ("de", "address", "Anschrift: Friedrichstr. 123, 10117 Berlin-Mitte", "Friedrichstr. 123, 10117 Berlin-Mitte"),
    ("de", "address", "Wohnhaft: Am Hang 4a, 01157 Dresden", "Am Hang 4a, 01157 Dresden"),
    (
        "de",
        "address",
        "Oberer Graben 12 · 78050 Villingen-Schwenningen",
        "Oberer Graben 12 · 78050 Villingen-Schwenningen",
    ),
    ("de", "address", "Auf der Höhe 7\n53757 Sankt Augustin", "Auf der Höhe 7\n53757 Sankt Augustin"),
    ("de", "address", "Adresse: Kirchplatz 1, 6330 Cham", "Kirchplatz 1, 6330 Cham"),
    ("de", "address", "Untere Hauptstraße 14, 2500 Baden", "Untere Hauptstraße 14, 2500 Baden"),
    ("de", "address", "Wienerstraße 12/2/5\n4020 Linz", "Wienerstraße 12/2/5\n4020 Linz"),
    ("de", "address", "Chemin des Fleurs 3, 1007 Lausanne", "Chemin des Fleurs 3, 1007 Lausanne"),
    ("de", "address", "Straße: Kirchweg 2\nPLZ/Ort: 34117 Kassel", "Kirchweg 2\nPLZ/Ort: 34117 Kassel"),
    ("de", "address", "er wohnt in der Rathausgasse 9 in 3011 Bern", "Rathausgasse 9 in 3011 Bern"),
    ("de", "date-of-birth", "Name, Vorname, Geburtsdatum\nLang, Eva, 1.2.1983", "1.2.1983"),
    ("de", "tax-id", "Steuernummer: 93815/08152 (Baden-Württemberg)", "93815/08152"),
    ("en", "tax-id", "your N.I. number is PR 11 22 33 B", "PR 11 22 33 B"),
    ("en", "tax-id", "NINO - KL 22 81 47 A", "KL 22 81 47 A"),
    ("en", "tax-id", "UTR 42852 87598", "42852 87598"),
    ("en", "tax-id", "NHS#: 5111037462", "5111037462"),
    ("en", "tax-id", "NHS No 909 361 8350", "909 361 8350"),
    ("en", "tax-id", "Soc Sec #: 822-83-3403", "822-83-3403"),
    ("en", "tax-id", "SSN:822833403", "822833403"),
    ("en", "tax-id", "ITIN#953-94-9642", "953-94-9642"),
    ("en", "tax-id", "Tax ID number 948-85-7604", "948-85-7604"),
    ("en", "tax-id", "Employee's social security number\n258-53-5065", "258-53-5065"),
    ("en", "tax-id", '{"ssn":"146566687","state":"OH"}', "146566687"),
    ("en", "tax-id", "first,last,ssn\nAmy,Cole,337390403", "337390403"),
    ("en", "tax-id", "Taxpayer Identification Number (TIN): 900-78-4579", "900-78-4579"),
    ("en", "tax-id", "his self-assessment UTR: 7855154655? no wait that's the NHS one", "7855154655"),
    ("en", "tax-id", "National Insurance No.\tAB123456C", "AB123456C"),
    ("en", "date-of-birth", "DOB: 3 April 1987", "3 April 1987"),
    ("en", "date-of-birth", "date of birth – 04.03.87", "04.03.87"),
    ("en", "date-of-birth", "born April 3, 1987 in Ohio", "April 3, 1987"),
    ("en", "date-of-birth", "Birth date: 1987/04/03", "1987/04/03"),
    ("en", "date-of-birth", "D.O.B 3rd Apr 1987", "3rd Apr 1987"),
    ("en", "date-of-birth", "bday 4/3/87!! don't forget", "4/3/87"),
    ("en", "date-of-birth", "date_of_birth: 1986-05-12", "1986-05-12"),
    ("en", "date-of-birth", '{"name": "J. Ruiz", "birthDate": "1990-01-31"}', "1990-01-31"),
    ("en", "date-of-birth", "Patient DOB\n12/05/1986", "12/05/1986"),
    (
        "en",
        "secret",
        "export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMIK7MDENGbPxRfiCYzzKEY9",
        "wJalrXUtnFEMIK7MDENGbPxRfiCYzzKEY9",
    ),
    ("en", "secret", "jdbc:mysql://db01:3306/crm?user=app&password=Pl4net!Xy", "Pl4net!Xy"),
    ("en", "secret", "the login is m.meyer and the password's Fjord!Nine9", "Fjord!Nine9"),
    ("en", "secret", "ssh root@10.1.2.3 (pw: Qw3rty!!)", "Qw3rty!!"),
    (
        "en",
        "secret",
        "client-key-data: LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQo9xQ2",
        "LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQo9xQ2",
    ),
    ("en", "secret", "Wi-Fi: GuestNet / passphrase: correct-horse-battery-9", "correct-horse-battery-9"),
    (
        "en",
        "address",
        "Apartment 12, 4 Canal Street, Manchester M1 3HE",
        "Apartment 12, 4 Canal Street, Manchester M1 3HE",
    ),
    (
        "en",
        "address",
        "Flat 2B\n19 Wellington Road\nCheltenham\nGL52 2AG",
        "Flat 2B\n19 Wellington Road\nCheltenham\nGL52 2AG",
    ),
    ("en", "address", "18 st johns road, bath ba1 2ab", "18 st johns road, bath ba1 2ab"),
    ("en", "address", "300 E Main St Apt 2, Boise, ID 83702", "300 E Main St Apt 2, Boise, ID 83702"),
    ("en", "address", "12 W. 34th St., New York, NY 10001", "12 W. 34th St., New York, NY 10001"),
    ("en", "address", "ship to: 5 Ocean Drive\nMiami Beach, FL 33139", "5 Ocean Drive\nMiami Beach, FL 33139"),
    (
        "en",
        "address",
        "The Coach House, Bridge Street, Ludlow SY8 1AB",
        "The Coach House, Bridge Street, Ludlow SY8 1AB",
    ),
    ("en", "address", "Her new place: 7 Orchard Close, Didcot OX11 7LG", "7 Orchard Close, Didcot OX11 7LG"),
    (
        "en",
        "address",
        "1600 Amphitheatre Pkwy\nMountain View, CA 94043",
        "1600 Amphitheatre Pkwy\nMountain View, CA 94043",
    ),
    ("en", "secret", "PIN: 0815", "0815"),
    ("en", "date-of-birth", "Applicant born 1 January 1970, British citizen", "1 January 1970"),
]

CLEAN_B = [
    ("en", "Our EIN is 12-3456789 (the company's, for the W-9)."),
    ("de", "Lieferdatum 03.04.2026, Uhrzeit 14.30 Uhr."),
    ("en", "Build 1.2.3.4 is on staging since 11/28/2025."),
    ("en", "Flight LH2471 on 03-Apr-2026, seat 14C."),
    ("de", "Charge 2024-11-28-04, Temperatur 21,5 °C."),
    ("de", "Zentrale: +49 89 1234-0"),
    ("de", "Gutscheincode: SOMMER2025 (10 % Rabatt)"),
    ("en", "Tracking: 1Z 999 AA1 01 2345 6784"),
    ("en", "SSN (last 4 digits only): 7748"),
    ("de", "Die Steuer-ID steht auf der Lohnsteuerbescheinigung, nicht auf dem Ausweis."),
    ("en", "Enter your National Insurance number in box 3."),
    ("de", "Der Kurs dauert vom 03.04. bis 07.04.2026, Raum 1.12."),
    ("en", "Quote ref Q-2025-11-0042, valid until 31/12/2025."),
    ("de", "Passwort-Reset erfolgt über das Portal (mind. 12 Zeichen)."),
    ("en", "Set password_min_length: 12 and token_ttl: 3600 in config."),
    ("de", "Artikel 7561484549 in Lager 3, Fach 12."),
    ("en", "Invoice 2289315851 was paid on 02/10/2025."),
    ("de", "Die Filiale in der Bahnhofstraße hat bis 20 Uhr offen."),
    ("en", "Call centre hours: 8am-6pm, Mon-Fri."),
    ("de", "Mitarbeiterzahl 1987, Umsatz 2024: 48,3 Mio."),
]


# A third set, written after the second was fixed, measured once before its fixes (see the report).
CASES_C = [
    ("de", "tax-id", "<steuerId>32675941709</steuerId>", "32675941709"),
    ("de", "tax-id", "INSERT INTO personal (name, steuer_id) VALUES ('Roth', '39836432514');", "39836432514"),
    ("de", "tax-id", "Steuer-Identifikationsnummer (IdNr.) 457 623 808 96", "457 623 808 96"),
    ("de", "tax-id", "Hallo Frau Yilmaz, Ihre IdNr lautet 45763809880. Bitte nicht weitergeben.", "45763809880"),
    ("de", "tax-id", "| Mitarbeiter | Steuer-ID | Klasse |\n| Brandt | 43788691806 | III |", "43788691806"),
    ("de", "tax-id", "steuerliche Identifikationsnummer: 62 195 547 389", "62 195 547 389"),
    ("de", "tax-id", "Rentenversicherungsnummer\n70 020688 X 517", "70 020688 X 517"),
    ("de", "tax-id", "SV-Ausweis: 66070860X222", "66070860X222"),
    ("de", "tax-id", "Sozialvers.-Nr. 87 190766 G 440", "87 190766 G 440"),
    ("de", "tax-id", "Versicherungsnummer (10-stellig): 7834030582", "7834030582"),
    ("de", "tax-id", "SVNR 2745 150678 – Mitversicherung Kind", "2745 150678"),
    ("de", "tax-id", "ihre sozialversicherungsnummer ist neun neun... also 9970170175", "9970170175"),
    ("de", "tax-id", "Steuernummer 52-057/9434 (Finanzamt Österreich)", "52-057/9434"),
    ("de", "tax-id", "AHV-Nr. 756.7930.7586.52 / Zivilstand: ledig", "756.7930.7586.52"),
    ("de", "tax-id", "Sozialversicherungsnummer 756 7091 1912 13", "756 7091 1912 13"),
    ("de", "tax-id", "AHV: 7564632145384", "7564632145384"),
    ("en", "tax-id", "<td>SSN</td><td>268-38-0634</td>", "268-38-0634"),
    ("en", "tax-id", "Social Security #: 156-36-1885", "156-36-1885"),
    ("en", "tax-id", "ssn = 302325809  # from the onboarding form", "302325809"),
    ("en", "tax-id", "Please verify: SSN ending 5809? no, full one is 200-59-6094", "200-59-6094"),
    ("en", "tax-id", "ITIN: 927 78 9299", "927 78 9299"),
    ("en", "tax-id", "Individual Taxpayer Identification Number 963-92-3359", "963-92-3359"),
    ("en", "tax-id", "Your Unique Taxpayer Reference (UTR) is 81109 31194.", "81109 31194"),
    ("en", "tax-id", "HMRC ref (UTR) 5806186708", "5806186708"),
    ("en", "tax-id", "NHS number:\n959 968 5040", "959 968 5040"),
    ("en", "tax-id", "nhs_number,ward\n6780837660,B4", "6780837660"),
    ("en", "tax-id", "NI number: ZR 45 18 33 C", "ZR 45 18 33 C"),
    ("en", "tax-id", "national insurance no. yb123456a", "yb123456a"),
    ("en", "tax-id", "S.S.N. 588-10-1272", "588-10-1272"),
    ("en", "tax-id", "TIN/SSN\t445-29-2912", "445-29-2912"),
    ("de", "date-of-birth", "<geburtsdatum>1977-08-14</geburtsdatum>", "1977-08-14"),
    ("de", "date-of-birth", "Geburtsdatum: 14. 8. 1977", "14. 8. 1977"),
    ("de", "date-of-birth", "Jahrgang/Geb.: 03.11.1958", "03.11.1958"),
    ("de", "date-of-birth", "Sie ist am 2.9.1991 geboren worden.", "2.9.1991"),
    ("de", "date-of-birth", "Geburtstag: 29. Februar 1988", "29. Februar 1988"),
    ("de", "date-of-birth", "Kind 1: Leon, geb. 05/2014 … nein: 05.06.2014", "05.06.2014"),
    ("de", "date-of-birth", "Patientin (geb. 1.1.1950) klagt über Schwindel", "1.1.1950"),
    ("de", "date-of-birth", "Geb.-Datum\t17.03.1969", "17.03.1969"),
    ("en", "date-of-birth", "<dob>1983-12-01</dob>", "1983-12-01"),
    ("en", "date-of-birth", "DOB (MM/DD/YYYY): 07/22/1991", "07/22/1991"),
    ("en", "date-of-birth", "born: 1 Dec 1983", "1 Dec 1983"),
    ("en", "date-of-birth", "Date of birth\t22-07-1991", "22-07-1991"),
    ("en", "date-of-birth", "he was born 22nd July 1991 in Cork", "22nd July 1991"),
    ("en", "date-of-birth", "Birthday: Dec. 1, 1983", "Dec. 1, 1983"),
    ("en", "date-of-birth", "client (d.o.b 03/03/1948) requests a callback", "03/03/1948"),
    ("de", "secret", '<add key="SmtpPass" value="R0sen!garten" />', "R0sen!garten"),
    ("de", "secret", "Server: ftp.kunde.de, Benutzer: upload, Kennwort: Elch-Wiese-42", "Elch-Wiese-42"),
    ("de", "secret", "Das neue Passwort heißt Sonnenblume#12", "Sonnenblume#12"),
    ("de", "secret", "VPN-Zugang: m.keller / Xr7!pQ2mZq", "Xr7!pQ2mZq"),
    ("de", "secret", "Alarmanlage Code 2580, bitte nach dem Aufschließen eingeben", "2580"),
    ("en", "secret", "redis://default:Hq8vN2kLp4@cache.internal:6379/0", "Hq8vN2kLp4"),
    ("en", "secret", "SLACK_BOT_TOKEN=xoxb-2048-1024-AbCdEfGhIjKlMnOp", "xoxb-2048-1024-AbCdEfGhIjKlMnOp"),
    ("en", "secret", "login: admin\npassword: Tr0ub4dor&3", "Tr0ub4dor&3"),
    ("en", "secret", "The wifi password at the cabin is BlueSpruce77", "BlueSpruce77"),
    ("en", "secret", "temp pw → Maple!Leaf2026", "Maple!Leaf2026"),
    (
        "de",
        "address",
        "Lieferadresse\nIm Grund 17\n79098 Freiburg im Breisgau",
        "Im Grund 17\n79098 Freiburg im Breisgau",
    ),
    (
        "de",
        "address",
        "Sie zieht nach Zeppelinstraße 3a, 88045 Friedrichshafen.",
        "Zeppelinstraße 3a, 88045 Friedrichshafen",
    ),
    (
        "de",
        "address",
        "Anschrift: Landstraßer Hauptstraße 71/2/5, 1030 Wien",
        "Landstraßer Hauptstraße 71/2/5, 1030 Wien",
    ),
    ("de", "address", "Hauptgasse 33, 4600 Olten", "Hauptgasse 33, 4600 Olten"),
    ("de", "address", "Via Cantonale 9\nCH-6900 Lugano", "Via Cantonale 9\nCH-6900 Lugano"),
    ("de", "address", "Neue Adresse ab 1.4.: Grüner Weg 5, 33098 Paderborn", "Grüner Weg 5, 33098 Paderborn"),
    ("en", "address", "44 Victoria Road, Cardiff CF14 2HA", "44 Victoria Road, Cardiff CF14 2HA"),
    (
        "en",
        "address",
        "Flat 7, Beacon House, 21 Dock Street, Leith EH6 6ER",
        "Flat 7, Beacon House, 21 Dock Street, Leith EH6 6ER",
    ),
    ("en", "address", "909 Elm St, Apt 3C, Portland, OR 97205", "909 Elm St, Apt 3C, Portland, OR 97205"),
    ("en", "address", "Address: 17 Highfield Avenue\nSheffield S7 1QQ", "17 Highfield Avenue\nSheffield S7 1QQ"),
    ("en", "address", "4501 Sunset Boulevard, Los Angeles, CA 90027", "4501 Sunset Boulevard, Los Angeles, CA 90027"),
]

CLEAN_C = [
    ("de", "<rechnungsdatum>2025-11-14</rechnungsdatum><betrag>1200.00</betrag>"),
    ("de", "Die Steuer-ID wird ab 2026 für die Kindergeldkasse benötigt."),
    ("de", "Lieferschein 2025/11/0042 vom 14.11.2025"),
    ("en", "Release notes for 4.2.0 (2025-11-14): fixed login timeout."),
    ("en", "Case number 2025-CV-04417 was filed on 11/14/2025."),
    ("de", "Passwort vergessen? Klicken Sie auf „Zurücksetzen“."),
    ("en", "Your password must be at least 12 characters long."),
    ("de", "Kostenstelle 4711-2290 übernimmt die Reisekosten."),
    ("en", "Room 909, Elm building, open 9-17."),
    ("de", "Die Alarmanlage wird am 14.11. gewartet."),
    ("en", "Our office moved to the 3rd floor in 2019."),
    ("de", "Artikel 32675941709 ist nicht mehr lieferbar."),
]


# A fourth set, addresses and secrets (the weaker categories in the third), measured once before its fixes.
CASES_D = [
    (
        "de",
        "address",
        "Rechnung an: Maier GmbH, z. Hd. Frau Maier, Industriestraße 4, 71065 Sindelfingen",
        "Industriestraße 4, 71065 Sindelfingen",
    ),
    ("de", "address", "Wohnadresse: Sonnenhang 12, 6060 Hall in Tirol", "Sonnenhang 12, 6060 Hall in Tirol"),
    ("de", "address", "Obere Bahnhofstrasse 30\n9500 Wil SG", "Obere Bahnhofstrasse 30\n9500 Wil SG"),
    ("de", "address", "Kirchenweg 3, 9020 Klagenfurt am Wörthersee", "Kirchenweg 3, 9020 Klagenfurt am Wörthersee"),
    ("de", "address", "Lieferung: Hafenstr. 7–9, 28217 Bremen", "Hafenstr. 7–9, 28217 Bremen"),
    ("de", "address", "Marktplatz 1 | 72764 Reutlingen", "Marktplatz 1 | 72764 Reutlingen"),
    ("de", "address", "An der Alster 40, 20099 Hamburg", "An der Alster 40, 20099 Hamburg"),
    ("de", "address", "er wohnt jetzt in der lindenstraße 8 in 04109 leipzig", "lindenstraße 8 in 04109 leipzig"),
    (
        "de",
        "address",
        "Anschrift (privat):\nJosefstädter Straße 21/7\n1080 Wien",
        "Josefstädter Straße 21/7\n1080 Wien",
    ),
    ("de", "address", "Route de Genève 12, 1260 Nyon", "Route de Genève 12, 1260 Nyon"),
    ("en", "address", "Send it to 3 The Green, Richmond TW9 1PL", "3 The Green, Richmond TW9 1PL"),
    (
        "en",
        "address",
        "Address:\n12A Albert Road\nSouthsea\nPortsmouth\nPO5 2SH",
        "12A Albert Road\nSouthsea\nPortsmouth\nPO5 2SH",
    ),
    ("en", "address", "27 Old Gloucester Street, London WC1N 3AX", "27 Old Gloucester Street, London WC1N 3AX"),
    ("en", "address", "Home: 1209 W. Oak Street, Chicago, IL 60622", "1209 W. Oak Street, Chicago, IL 60622"),
    (
        "en",
        "address",
        "5600 NE 33rd Ave, Suite 200, Portland OR 97211",
        "5600 NE 33rd Ave, Suite 200, Portland OR 97211",
    ),
    ("en", "address", "moved to 48 birchwood drive, leeds ls16 7ab last month", "48 birchwood drive, leeds ls16 7ab"),
    ("en", "address", "PO Box 4410, Tulsa, OK 74159", "PO Box 4410, Tulsa, OK 74159"),
    ("en", "address", "Her flat is at 9/2 Marchmont Road, Edinburgh EH9 1HY", "9/2 Marchmont Road, Edinburgh EH9 1HY"),
    (
        "de",
        "secret",
        "API-Key für die Wetter-API: 3f9a1c7e2b8d4f60a1b2c3d4e5f60718",
        "3f9a1c7e2b8d4f60a1b2c3d4e5f60718",
    ),
    ("de", "secret", "Das Masterpasswort lautet: Kiefer-Nadel-Bach-77", "Kiefer-Nadel-Bach-77"),
    ("de", "secret", "pwd=Hallo123! (nur für Test)", "Hallo123!"),
    ("de", "secret", "Für den Drucker: Benutzer admin, Passwort 1234abcd", "1234abcd"),
    (
        "en",
        "secret",
        "Here's the key: ghp_16C7e42F292c6912E7710c838347Ae178B4a",
        "ghp_16C7e42F292c6912E7710c838347Ae178B4a",
    ),
    ("en", "secret", "DB creds -> user: etl, pass: Wq!93kdP", "Wq!93kdP"),
    ("en", "secret", "Use passphrase 'purple monkey dishwasher 42' for the zip", "purple monkey dishwasher 42"),
    ("en", "secret", "my banking PIN is 7391, don't tell anyone", "7391"),
    (
        "en",
        "secret",
        "SECRET_KEY = 'django-insecure-8#v!x2m$k@q9z&w7p4r1t6y3u0'",
        "django-insecure-8#v!x2m$k@q9z&w7p4r1t6y3u0",
    ),
    ("en", "secret", "sshpass -p 'R3d!Fox' ssh deploy@10.0.0.5", "R3d!Fox"),
]
# Still missed, left as they are: a password of digit groups after "Kennwort <device>:" (found as a card number,
# red all the same) and a Wi-Fi password called only "the code" (a discount code is called so too).
MISSED_D = [
    ("de", "secret", "Kennwort Fritzbox: 4821 7733 9012 5566", "4821 7733 9012 5566"),
    ("en", "secret", "the wifi is CoffeeShop_5G and the code is Latte2024!", "Latte2024!"),
]


# A fifth set, mixed, written after all the fixes above and measured once before its own: 28/32 (de 15/16, en 13/16),
# clean 8/8. Its misses were fixed by cause afterwards (AT VNR with the date in spaced groups, "Nov 23 1975",
# "Password:" with the value on the next line, a safe's combination).
CASES_E = [
    ("de", "tax-id", "Bitte trag noch die Steuer ID ein: 87 465 198 206", "87 465 198 206"),
    ("de", "tax-id", "Ident-Nr. (Steuer): 37281944600", "37281944600"),
    ("de", "tax-id", "Sozialversicherungsnummer des Kindes – 25 200391 W 935", "25 200391 W 935"),
    ("de", "tax-id", "Versicherungsnr.:\t3285 08 03 69", "3285 08 03 69"),
    ("de", "tax-id", "Die AHV-Nummer (756.5455.4415.85) fehlt im Lohnausweis.", "756.5455.4415.85"),
    ("de", "tax-id", "FA-Steuernummer 15-068/1583", "15-068/1583"),
    ("de", "date-of-birth", "Mitarbeiterin: Petra Lang, Geburtsdatum 7.7.1977, Eintritt 1.3.2020", "7.7.1977"),
    ("de", "date-of-birth", "Geburtsdatum des Kindes: 30.06.2019", "30.06.2019"),
    ("de", "date-of-birth", "geb.: 1961-02-17", "1961-02-17"),
    ("de", "date-of-birth", "Er wurde am 4. Juli 1976 in Graz geboren.", "4. Juli 1976"),
    ("de", "secret", "Admin-Passwort für den Router lautet ZugSpitze#2962", "ZugSpitze#2962"),
    ("de", "secret", "token: 9f8e7d6c5b4a39281706f5e4d3c2b1a0", "9f8e7d6c5b4a39281706f5e4d3c2b1a0"),
    ("de", "secret", "Die Geheimzahl für die Karte ist 4932.", "4932"),
    ("de", "address", "Lieferadresse: Fasanenweg 4, 3100 St. Pölten", "Fasanenweg 4, 3100 St. Pölten"),
    ("de", "address", "Grabenstrasse 8\n6300 Zug", "Grabenstrasse 8\n6300 Zug"),
    ("de", "address", "Privatadresse Kaiser-Wilhelm-Ring 22, 50672 Köln", "Kaiser-Wilhelm-Ring 22, 50672 Köln"),
    ("en", "tax-id", "SSN: 445 29 2912", "445 29 2912"),
    ("en", "tax-id", "social security no 056-51-3488", "056-51-3488"),
    ("en", "tax-id", "ITIN (for the 1040): 955-74-0629", "955-74-0629"),
    ("en", "tax-id", "UTR - 1095709280", "1095709280"),
    ("en", "tax-id", "NHS number is 433 783 1371", "433 783 1371"),
    ("en", "tax-id", "NINO: NE 12 34 56 C", "NE 12 34 56 C"),
    ("en", "date-of-birth", "DOB 11-23-1975", "11-23-1975"),
    ("en", "date-of-birth", "Date of Birth: 23rd November 1975", "23rd November 1975"),
    ("en", "date-of-birth", "born on 1975-11-23 in Austin", "1975-11-23"),
    ("en", "date-of-birth", "Birthdate – Nov 23 1975", "Nov 23 1975"),
    (
        "en",
        "secret",
        "GITHUB_TOKEN: ghp_Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7C",
        "ghp_Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7C",
    ),
    ("en", "secret", "Password:\nHarbor!Light77", "Harbor!Light77"),
    ("en", "secret", "The safe combination is 12-34-56.", "12-34-56"),
    ("en", "address", "Apt 5B, 210 Lexington Ave, New York, NY 10016", "Apt 5B, 210 Lexington Ave, New York, NY 10016"),
    ("en", "address", "22 Acacia Avenue\nCambridge\nCB1 2AB", "22 Acacia Avenue\nCambridge\nCB1 2AB"),
    ("en", "address", "c/o Smith, 8 Park Lane, Bath BA1 2EE", "c/o Smith, 8 Park Lane, Bath BA1 2EE"),
]

CLEAN_E = [
    ("any", "Angebot Nr. 2025-118 gültig bis 31.12.2025, Preise netto."),
    ("any", "Steuer-ID und Sozialversicherungsnummer bitte im Portal eintragen."),
    ("any", "The NHS app now shows your number in the settings."),
    ("any", "Passwords expire every 90 days; tokens after 24 hours."),
    ("any", "Tor 3 schließt um 18:00, Code wird am Empfang ausgegeben."),
    ("any", "ZIP file 2025-11-14.zip contains 1200 rows."),
    ("any", "Invoice total 4,821.77 USD, due 12/31/2025."),
    ("any", "Seriennummer 7563822055 auf dem Typenschild."),
]


# A sixth set, written after the fifth was fixed and measured once before its own: 29/32 (de 14/16, en 15/16), clean
# 5/6 (a switchboard named after its number, "089 1234567 (Zentrale)"). Fixed by cause afterwards: a bracketed word
# between "Kennwort" and ":", "PIN-Code"/"PIN code", a company word right after a number.
CASES_F = [
    ("de", "tax-id", "Mit freundlichen Grüßen\nAnna Beck\nSteuer-IdNr.: 52630177949", "52630177949"),
    ("de", "tax-id", "Hier nochmal meine Daten: IdNr 42 191 615 033, Steuerklasse 4", "42 191 615 033"),
    ("de", "tax-id", "Sozialversicherungsnummer: 81 091192 G 504 (Rentenversicherung Bund)", "81 091192 G 504"),
    ("de", "tax-id", "SVNR\n6997 24 12 91", "6997 24 12 91"),
    ("de", "tax-id", "ahv-nr 756.7234.9551.22", "756.7234.9551.22"),
    ("de", "tax-id", "Steuernummer beim Finanzamt Linz: 68-065/8929", "68-065/8929"),
    ("de", "tax-id", '"steuerId": "49323601372",', "49323601372"),
    ("de", "date-of-birth", "Geboren am: 12.10.1955 in Salzburg", "12.10.1955"),
    ("de", "date-of-birth", "Vorname;Name;Geburtstag\nKarl;Huber;12.10.1955", "12.10.1955"),
    ("de", "date-of-birth", "geb. 12 Okt. 1955", "12 Okt. 1955"),
    ("de", "date-of-birth", "GEBURTSDATUM: 12.10.1955", "12.10.1955"),
    ("de", "secret", "Der WLAN-Schlüssel lautet jetzt: Birke-Ahorn-Linde-88", "Birke-Ahorn-Linde-88"),
    ("de", "secret", "Kennwort (neu): Hummel*Wiese3", "Hummel*Wiese3"),
    ("de", "secret", "PIN-Code: 6607", "6607"),
    ("de", "address", "Versand an: Beethovenplatz 2/1/5, 8010 Graz", "Beethovenplatz 2/1/5, 8010 Graz"),
    ("de", "address", "Kantonsstrasse 44, CH-8807 Freienbach", "Kantonsstrasse 44, CH-8807 Freienbach"),
    ("en", "tax-id", "Kind regards,\nTom\nNI: AB 12 34 56 C", "AB 12 34 56 C"),
    ("en", "tax-id", "SSN#560-68-8539", "560-68-8539"),
    ("en", "tax-id", '"ssn": "305-12-8783"', "305-12-8783"),
    ("en", "tax-id", "UTR: 29065 54877 (self-employed)", "29065 54877"),
    ("en", "tax-id", "NHS Number 921 854 7771 – please bring your red book", "921 854 7771"),
    ("en", "tax-id", "ITIN\t942-82-9493", "942-82-9493"),
    ("en", "tax-id", "his social is 632-38-5940", "632-38-5940"),
    ("en", "date-of-birth", "DOB: 10/12/55", "10/12/55"),
    ("en", "date-of-birth", "Date of birth (DD/MM/YYYY): 12/10/1955", "12/10/1955"),
    ("en", "date-of-birth", "b. 12 October 1955, London", "12 October 1955"),
    ("en", "date-of-birth", "BIRTH DATE: OCT 12 1955", "OCT 12 1955"),
    ("en", "secret", "Wi-Fi password: Ocean-Breeze-2025", "Ocean-Breeze-2025"),
    ("en", "secret", "PIN code 6607", "6607"),
    ("en", "secret", "api_key: 'AKIAQ4ZB7EXAMPLE2W7Q'", "AKIAQ4ZB7EXAMPLE2W7Q"),
    ("en", "address", "Ship to: 75 Harbour Way, Apt 12, Boston, MA 02110", "75 Harbour Way, Apt 12, Boston, MA 02110"),
    ("en", "address", "11 Church Street\nYork\nYO1 8BG", "11 Church Street\nYork\nYO1 8BG"),
]

CLEAN_F = [
    ("any", "Mit freundlichen Grüßen\nAnna Beck\nTel.: 089 1234567 (Zentrale)"),
    ("any", "PIN-Eingabe am Terminal ist Pflicht."),
    ("any", "The social event is on 12/10/2025."),
    ("any", "Born to Run, released 1975, is on vinyl."),
    ("any", "Steuerklasse 4, Kinderfreibetrag 1,0"),
    ("any", "Ship date: 12/10/2025, tracking 9400110898825022579493"),
]


# A seventh set, written after all the fixes above and measured once: 22/24 (de 12/12, en 10/12), clean 3/4. One of the
# two misses was my error (QQ is no NINO prefix: now a clean case); the other is left (a day and month whose year
# stands apart); the false alarm (a recent date after "Jahrgang") was fixed: "Jahrgang" and "Geburtstag"/"birthday"
# before a date count only for a date 14+ years back.
CASES_G = [
    ("de", "tax-id", "Lohnbüro: Bitte Steuer-ID von Frau Öz nachreichen → 34239560185", "34239560185"),
    ("de", "tax-id", "SV-Nr.: 33 160950 V 932 / Krankenkasse: TK", "33 160950 V 932"),
    ("de", "tax-id", "Versicherungsnummer lt. e-card: 9761 01 06 77", "9761 01 06 77"),
    ("de", "tax-id", "AHV-Nr: 7562072494611, Zivilstand verheiratet", "7562072494611"),
    ("de", "tax-id", "St.-Nr.: 72-479/1033", "72-479/1033"),
    ("de", "date-of-birth", "Kind: Emma, * 14.02.2012", "14.02.2012"),
    ("de", "date-of-birth", "Geburtsdatum / Alter: 21.11.1990 (35)", "21.11.1990"),
    ("de", "date-of-birth", "Er ist Jahrgang 1980, genau: 03.09.1980", "03.09.1980"),
    ("de", "secret", "Das Initialpasswort ist Start!2026Mai", "Start!2026Mai"),
    ("de", "secret", "Zugang Buchhaltung → Benutzer: fibu, Passwort: Bilanz#31Dez", "Bilanz#31Dez"),
    ("de", "address", "Rechnungsanschrift: Sternwartestraße 81, 1180 Wien", "Sternwartestraße 81, 1180 Wien"),
    ("de", "address", "Wir sind umgezogen! Neu: Brunnenweg 3, 3600 Thun", "Brunnenweg 3, 3600 Thun"),
    ("en", "tax-id", "SSN (full): 168-79-2595", "168-79-2595"),
    ("en", "tax-id", "Employee ID 4471, SSN 627-63-0378", "627-63-0378"),
    ("en", "tax-id", "NHS: 250 534 5139", "250 534 5139"),
    ("en", "tax-id", "Self Assessment UTR 6490757197", "6490757197"),
    ("en", "date-of-birth", "Dependant DOB: 02/14/2012", "02/14/2012"),
    ("en", "date-of-birth", "Date of birth: 1980-09-03 (age 45)", "1980-09-03"),
    ("en", "secret", "root password for staging = Qx7#Lm2!pR", "Qx7#Lm2!pR"),
    (
        "en",
        "secret",
        "AWS secret: wJalrXUtnFEMI/K7MDENG/bPxRfiCY1234567890",
        "wJalrXUtnFEMI/K7MDENG/bPxRfiCY1234567890",
    ),
    ("en", "address", "Deliver to: 19 Kings Road, Reading RG1 3AR", "19 Kings Road, Reading RG1 3AR"),
    (
        "en",
        "address",
        "Billing: 2100 Ross Ave, Suite 300, Dallas, TX 75201",
        "2100 Ross Ave, Suite 300, Dallas, TX 75201",
    ),
]
MISSED_G = [("en", "date-of-birth", "born in 1980, on the 3rd of September", "3rd of September")]

CLEAN_G = [
    ("en", "NI no. QQ 12 34 56 A (the example on the HMRC form: Q is no NINO letter)"),
    ("any", "Bestellung 34239560185 ist versandt."),
    ("any", "Jahrgang 1980 bis 1985 trifft sich am 03.09.2026."),
    ("any", "Employee ID 4471 starts on 02/14/2026."),
    ("any", "NHS guidance (2024) on sick notes is attached."),
]


def _covered(text: str, category: str, value: str) -> bool:
    start = text.index(value)
    end = start + len(value)
    spans = [f for f in scan(text).findings if f.category == category]
    covered = sum(max(0, min(f.end, end) - max(f.start, start)) for f in spans)
    return covered >= 0.8 * len(value)


def _case_id(case: tuple[str, str, str, str]) -> str:
    return f"{case[0]}-{case[1]}-{case[3][:16]}"


@pytest.mark.parametrize("case", CASES, ids=[_case_id(c) for c in CASES])
def test_an_identifier_in_unseen_wording_is_found(case: tuple[str, str, str, str]) -> None:
    _lang, category, text, value = case
    assert _covered(text, category, value), scan(text)


@pytest.mark.parametrize("case", CLEAN, ids=[f"{lang}-{text[:20]}" for lang, text in CLEAN])
def test_a_look_alike_in_clean_business_text_is_no_identifier(case: tuple[str, str]) -> None:
    _lang, text = case
    found = [(f.category, f.text) for f in scan(text).findings if f.category in MINE]
    assert found == [], scan(text)


def test_a_year_alone_is_no_date_of_birth() -> None:
    assert [f for f in scan("Age 38, born 1987, lives in Leeds.").findings if f.category == "date-of-birth"] == []


def test_the_sets_are_large_enough_in_both_languages() -> None:
    for lang in ("de", "en"):
        assert sum(c[0] == lang for c in CASES) >= 40


@pytest.mark.parametrize("case", CASES_B, ids=[_case_id(c) for c in CASES_B])
def test_an_identifier_in_the_second_set_is_found(case: tuple[str, str, str, str]) -> None:
    _lang, category, text, value = case
    assert _covered(text, category, value), scan(text)


@pytest.mark.parametrize("case", CLEAN_B, ids=[f"{lang}-{text[:20]}" for lang, text in CLEAN_B])
def test_a_look_alike_in_the_second_set_is_no_identifier(case: tuple[str, str]) -> None:
    _lang, text = case
    found = [(f.category, f.text) for f in scan(text).findings if f.category in MINE]
    assert found == [], scan(text)


@pytest.mark.parametrize("case", CASES_C, ids=[_case_id(c) for c in CASES_C])
def test_an_identifier_in_the_third_set_is_found(case: tuple[str, str, str, str]) -> None:
    _lang, category, text, value = case
    assert _covered(text, category, value), scan(text)


@pytest.mark.parametrize("case", CLEAN_C, ids=[f"{lang}-{text[:20]}" for lang, text in CLEAN_C])
def test_a_look_alike_in_the_third_set_is_no_identifier(case: tuple[str, str]) -> None:
    _lang, text = case
    found = [(f.category, f.text) for f in scan(text).findings if f.category in MINE]
    assert found == [], scan(text)


@pytest.mark.parametrize("case", CASES_D, ids=[_case_id(c) for c in CASES_D])
def test_an_address_or_secret_in_the_fourth_set_is_found(case: tuple[str, str, str, str]) -> None:
    _lang, category, text, value = case
    assert _covered(text, category, value), scan(text)


@pytest.mark.parametrize("case", MISSED_D, ids=[_case_id(c) for c in MISSED_D])
@pytest.mark.xfail(strict=True, reason="known miss, see MISSED_D")
def test_a_known_miss_of_the_fourth_set_is_still_missed(case: tuple[str, str, str, str]) -> None:
    _lang, category, text, value = case
    assert _covered(text, category, value), scan(text)


@pytest.mark.parametrize("case", CASES_E, ids=[_case_id(c) for c in CASES_E])
def test_an_identifier_in_the_fifth_set_is_found(case: tuple[str, str, str, str]) -> None:
    _lang, category, text, value = case
    assert _covered(text, category, value), scan(text)


@pytest.mark.parametrize("case", CLEAN_E, ids=[f"{lang}-{text[:20]}" for lang, text in CLEAN_E])
def test_a_look_alike_in_the_fifth_set_is_no_identifier(case: tuple[str, str]) -> None:
    _lang, text = case
    found = [(f.category, f.text) for f in scan(text).findings if f.category in MINE]
    assert found == [], scan(text)


@pytest.mark.parametrize("case", CASES_F, ids=[_case_id(c) for c in CASES_F])
def test_an_identifier_in_the_sixth_set_is_found(case: tuple[str, str, str, str]) -> None:
    _lang, category, text, value = case
    assert _covered(text, category, value), scan(text)


@pytest.mark.parametrize("case", CLEAN_F, ids=[f"{lang}-{text[:20]}" for lang, text in CLEAN_F])
def test_a_look_alike_in_the_sixth_set_is_no_identifier(case: tuple[str, str]) -> None:
    _lang, text = case
    found = [(f.category, f.text) for f in scan(text).findings if f.category in MINE]
    assert found == [], scan(text)


@pytest.mark.parametrize("case", CASES_G, ids=[_case_id(c) for c in CASES_G])
def test_an_identifier_in_the_seventh_set_is_found(case: tuple[str, str, str, str]) -> None:
    _lang, category, text, value = case
    assert _covered(text, category, value), scan(text)


@pytest.mark.parametrize("case", MISSED_G, ids=[_case_id(c) for c in MISSED_G])
@pytest.mark.xfail(strict=True, reason="known miss: a day and month without their year next to them")
def test_a_known_miss_of_the_seventh_set_is_still_missed(case: tuple[str, str, str, str]) -> None:
    _lang, category, text, value = case
    assert _covered(text, category, value), scan(text)


@pytest.mark.parametrize("case", CLEAN_G, ids=[f"{lang}-{text[:20]}" for lang, text in CLEAN_G])
def test_a_look_alike_in_the_seventh_set_is_no_identifier(case: tuple[str, str]) -> None:
    _lang, text = case
    found = [(f.category, f.text) for f in scan(text).findings if f.category in MINE]
    assert found == [], scan(text)
