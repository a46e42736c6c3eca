"""The later sets of tests/test_scanner_ids_unseen.py (third to seventh), each written after the one before it was
fixed and measured once before its own fixes: national ids, dates of birth, secrets and addresses in unseen wording,
clean look-alikes, and the known misses kept as strict xfails."""

from __future__ import annotations

import pytest
from helpers.scanning import case_id, covered, identifiers

from course.scanner import scan

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


FOUND = [("C", c) for c in CASES_C] + [("D", c) for c in CASES_D] + [("E", c) for c in CASES_E]
FOUND += [("F", c) for c in CASES_F] + [("G", c) for c in CASES_G]
LOOK_ALIKES = [("C", c) for c in CLEAN_C] + [("E", c) for c in CLEAN_E] + [("F", c) for c in CLEAN_F]
LOOK_ALIKES += [("G", c) for c in CLEAN_G]
KNOWN_MISSES = [("D", c) for c in MISSED_D] + [("G", c) for c in MISSED_G]


@pytest.mark.parametrize("case", [c for _, c in FOUND], ids=[f"{s}-{case_id(c)}" for s, c in FOUND])
def test_an_identifier_in_a_later_set_is_found(case: tuple[str, str, str, str]) -> None:
    _lang, category, text, value = case
    assert covered(text, category, value), scan(text)


@pytest.mark.parametrize("case", [c for _, c in LOOK_ALIKES], ids=[f"{s}-{case_id(c)}" for s, c in LOOK_ALIKES])
def test_a_look_alike_in_a_later_set_is_no_identifier(case: tuple[str, str]) -> None:
    _lang, text = case
    assert identifiers(text) == [], scan(text)


@pytest.mark.parametrize("case", [c for _, c in KNOWN_MISSES], ids=[f"{s}-{case_id(c)}" for s, c in KNOWN_MISSES])
@pytest.mark.xfail(strict=True, reason="known miss, see MISSED_D and MISSED_G")
def test_a_known_miss_of_a_later_set_is_still_missed(case: tuple[str, str, str, str]) -> None:
    _lang, category, text, value = case
    assert covered(text, category, value), scan(text)
