"""Names in the forms pii6's tune part showed missed, in wording of my own (issue 14, eighth session): an initial
before a surname in tables and lists, ALL-CAPS names and airline "SURNAME/GIVEN", lowercase names after a role in
transcripts and chats, a person as the subject of a health or event predicate, a German or English vocative after a
capitalised word, and later occurrences of a found name; and clean texts whose capitalised words are brands,
products, places, foreign words, abbreviations, code identifiers and ALL-CAPS headings.

Written before any rule of this session, with names of origins the first-name tables hardly hold (Basque, Malagasy,
Tibetan, Sherpa, Quechua, Mongolian, Sinhala, Tongan, Samoan, Yoruba, Igbo, Baltic, Faroese, Uzbek, Nahuatl ...).
"""

from __future__ import annotations

import pytest
from helpers.scanning import names

# Measured at main c8a8417 before any rule of this session: 44 of 80 names found (de 22 of 40, en 22 of 40), 58 of
# 64 clean texts clean (de 29 of 32, en 29 of 32). What is still missed or flagged after it is marked here.
_KNOWN_WORD = pytest.mark.xfail(
    strict=True,
    reason="a name that is also a word of the lexicon (Sherpa, Lagi), beside a name no table knows: known limit",
)
_SECRET_SHAPE = pytest.mark.xfail(
    strict=True, reason="SURNAME/GIVEN of two unknown long parts is taken for a token by the secret rules (not names')"
)
_PRODUCT_NO_CUE = pytest.mark.xfail(
    strict=True, reason="a product as a subject with no machine word in its sentence ('wieder da') reads as a name"
)

# (text, a name that must be found): German.
NAMES_DE = [
    # an initial before a surname, in tables and lists
    ("Bauleitung: J. Aranguren, Polier: T. Etxeberria", "J. Aranguren"),
    ("Bauleitung: J. Aranguren, Polier: T. Etxeberria", "T. Etxeberria"),
    ("| K. Rakotomalala | Lager | Frühschicht |\n| N. Andrianarivo | Versand | Spätschicht |", "K. Rakotomalala"),
    ("| K. Rakotomalala | Lager | Frühschicht |\n| N. Andrianarivo | Versand | Spätschicht |", "N. Andrianarivo"),
    ("Abnahme durch S. Ranasinghe am 4. Mai.", "S. Ranasinghe"),
    ("Gewerke:\n- R. Vaitkevičius (Elektro)\n- L. Bērziņa (Sanitär)", "R. Vaitkevičius"),
    ("Gewerke:\n- R. Vaitkevičius (Elektro)\n- L. Bērziņa (Sanitär)", "L. Bērziņa"),
    ("Protokoll: E. Jákupsdóttir; anwesend: 6 Personen", "E. Jákupsdóttir"),
    # ALL-CAPS names and airline SURNAME/GIVEN
    ("ABRECHNUNG MÄRZ\nBATZORIG ENKHBAYAR\nBrutto 3.200 EUR", "BATZORIG ENKHBAYAR"),
    ("Kontrolle durch QUISPE Wayra am Dienstag, ohne Befund.", "QUISPE Wayra"),
    ("Umbuchung RAKOTO/HERY, Sitz 14C, Gepäck 23 kg", "RAKOTO/HERY"),
    ("Passagierliste: NAMGYAL/TENZIN; ETXEBERRIA/AMAIA", "NAMGYAL/TENZIN"),
    ("Passagierliste: NAMGYAL/TENZIN; ETXEBERRIA/AMAIA", "ETXEBERRIA/AMAIA"),
    ("BITTE RÜCKRUF AN ALMAZ TESFAYE WEGEN DES VERTRAGS", "ALMAZ TESFAYE"),
    # lowercase names after a role
    ("anrufer miroslav kovačič fragt nach der rechnung", "miroslav kovačič"),
    ("fahrer: batbayar, kommt 10 min später", "batbayar"),
    ("kunde aroha tipene will den auftrag stornieren", "aroha tipene"),
    ("mieterin sunniva meldet einen wasserschaden im bad", "sunniva"),
    ("[09:14] kundin: hallo hier ist laleh ghorbani, wegen der lieferung", "laleh ghorbani"),
    # the subject of a health or event predicate
    ("Tenzing liegt seit gestern im Krankenhaus.", "Tenzing"),
    ("Siueni wurde am Montag positiv getestet.", "Siueni"),
    ("Amaru ist am Knie operiert worden.", "Amaru"),
    ("Ayaan hatte am Wochenende einen Unfall mit dem Rad.", "Ayaan"),
    ("Kaiah ist schwanger und geht im Mai in Mutterschutz.", "Kaiah"),
    ("Ulugbek hat sich den Arm gebrochen.", "Ulugbek"),
    # a vocative after a capitalised word
    ("Alles klar, Tenzin, ich schicke es dir.", "Tenzin"),
    ("Keine Eile, Itzel, das hat Zeit bis Montag.", "Itzel"),
    ("Gute Besserung, Dagný!", "Dagný"),
    ("Super Arbeit, Talulah!", "Talulah"),
    ("Vielen Dank, Ulugbek!", "Ulugbek"),
    ("Kein Problem, Nilufar, ich übernehme das.", "Nilufar"),
    # later occurrences of a found name
    ("Frau Wayra Quispe hat angerufen. Quispe bittet um Rückruf.", "Quispe"),
    ("Herr Tenzin Dorjee ist neu im Team. Dorjees Platz ist am Fenster.", "Dorjee"),
    ("Kontakt: Itzel Xicoténcatl. Itzel ist ab 9 Uhr erreichbar.", "Itzel"),
    ("Frau Amaia Etxeberria übernimmt. Danke an Amaia!", "Amaia"),
    ("Mitarbeiter: Sione Kaufusi\nKaufusi arbeitet ab Juni in Teilzeit.", "Kaufusi"),
    ("Herr Rangi Tauroa war heute da. Tauroas Unterlagen sind vollständig.", "Tauroa"),
    ("Bewerberin: Ximena Navarrete\nRückmeldung an Ximena bis Freitag.", "Ximena"),
    ("Frau Hery Rakoto ist krank. Rakoto kommt erst Montag.", "Rakoto"),
    pytest.param("Unterschrift: Pemba Sherpa\nSherpa hat alles geprüft.", "Sherpa", marks=_KNOWN_WORD),
]

# Texts that hold no person's name: German.
CLEAN_DE = [
    "Das ist mein Ernst.",
    "Jenkins ist wieder grün, der Build läuft.",
    "Grafana zeigt seit heute früh keine Daten.",
    "Notion ist gerade nicht erreichbar.",
    "Zoom hängt beim Bildschirm teilen.",
    "Lidl hat die Lieferung bestätigt.",
    "Bitbucket verlangt eine neue Anmeldung.",
    "Postgres läuft auf dem neuen Server.",
    "Das Meeting findet in Wuppertal statt.",
    "WICHTIGER HINWEIS ZUR INVENTUR",
    "ACHTUNG: SERVERWARTUNG AM SAMSTAG",
    "Die Funktion parseInvoice liefert None.",
    "UserService wirft eine NullPointerException.",
    "Laut DSGVO ist das zulässig.",
    "Kanban hilft bei der Planung.",
    "Danke, Buchhaltung!",
    "Keine Sorge, Technik ist informiert.",
    "Alles klar, Chef, mache ich.",
    "fahrer: bitte lieferschein mitbringen",
    "anrufer fragt nach der rechnung",
    "Produktion liegt im Plan.",
    "Der Server liegt im Keller.",
    "Die Probe wurde positiv getestet.",
    "Trello ist wieder erreichbar.",
    "Ansible hat das Deployment abgebrochen.",
    "Der Flug LH 402 nach FRA ist gebucht.",
    "Projekt Phoenix liegt im Zeitplan.",
    "Danke, Team!",
    pytest.param("Gitlab ist seit zehn Uhr wieder da.", marks=_PRODUCT_NO_CUE),
    "Mailchimp hat die Kampagne pausiert.",
    "STATUS: IN BEARBEITUNG / PRIORITÄT: HOCH",
    "Vielen Dank, Herrschaften!",
]

# (text, a name that must be found): English.
NAMES_EN = [
    # an initial before a surname
    ("Site manager: P. Ranatunga; foreman: D. Kaluarachchi", "P. Ranatunga"),
    ("Site manager: P. Ranatunga; foreman: D. Kaluarachchi", "D. Kaluarachchi"),
    ("| T. Oyenuga | Warehouse | Nights |\n| A. Ezeanya | Dispatch | Days |", "T. Oyenuga"),
    ("| T. Oyenuga | Warehouse | Nights |\n| A. Ezeanya | Dispatch | Days |", "A. Ezeanya"),
    ("Inspected by B. Nyamdavaa on 3 May.", "B. Nyamdavaa"),
    ("Trades:\n- K. Tuilagi (plumbing)\n- S. Matagi (electrics)", "K. Tuilagi"),
    ("Trades:\n- K. Tuilagi (plumbing)\n- S. Matagi (electrics)", "S. Matagi"),
    # ALL-CAPS and airline
    ("PAYSLIP APRIL\nSIONE KAUFUSI\nGross 2,400 GBP", "SIONE KAUFUSI"),
    pytest.param("Boarding pass: RAKOTOARISOA/FANJA seat 22A", "RAKOTOARISOA/FANJA", marks=_SECRET_SHAPE),
    ("Pax: TUPOU/MELE, TUPOU/VILIAMI", "TUPOU/MELE"),
    ("PLEASE CALL BACK UZOMA EZEANYA ABOUT THE CLAIM", "UZOMA EZEANYA"),
    ("Checked by NAVARRETE Ximena, shift B, no defects.", "NAVARRETE Ximena"),
    # lowercase after a role
    pytest.param("caller pemba sherpa asked about the refund", "pemba sherpa", marks=_KNOWN_WORD),
    ("driver: tavita, running 15 mins late", "tavita"),
    ("customer siosaia fifita wants to cancel the order", "siosaia fifita"),
    ("tenant amarachi reports a leak in the bathroom", "amarachi"),
    ("[10:02] caller: hi it's dawa norbu, about my parcel", "dawa norbu"),
    # the subject of a health or event predicate
    ("Tenzing tested positive on Monday.", "Tenzing"),
    ("Kanoa is in hospital after a fall.", "Kanoa"),
    ("Ximena had surgery on her knee last week.", "Ximena"),
    ("Viliami was diagnosed with diabetes in March.", "Viliami"),
    pytest.param("Lagi broke his wrist at football.", "Lagi", marks=_KNOWN_WORD),
    ("Amarachi is pregnant and starts maternity leave in June.", "Amarachi"),
    # vocative
    ("No worries, Ulugbek, take your time.", "Ulugbek"),
    ("Get well soon, Ximena!", "Ximena"),
    ("Great job, Talulah!", "Talulah"),
    ("All good, Pemba, see you tomorrow.", "Pemba"),
    ("Many thanks, Nilufar!", "Nilufar"),
    ("Fair enough, Tenzin, let's leave it.", "Tenzin"),
    # later occurrences
    ("Ms Fanja Rakotoarisoa called. Rakotoarisoa wants a call back.", "Rakotoarisoa"),
    ("Mr Dawa Norbu joins on Monday. Norbu's desk is by the window.", "Norbu"),
    ("Contact: Itzel Xicotencatl. Itzel starts at 9.", "Itzel"),
    ("Ms Amaia Etxeberria takes over. Thanks to Amaia!", "Amaia"),
    ("Employee: Sione Kaufusi\nKaufusi moves to part-time in June.", "Kaufusi"),
    ("Mr Rangi Tauroa came in today. Tauroa's papers are complete.", "Tauroa"),
    ("Applicant: Ximena Navarrete\nReply to Ximena by Friday.", "Ximena"),
    ("Ms Hery Rakoto is off sick. Rakoto is back on Monday.", "Rakoto"),
    pytest.param("Signed: Pemba Sherpa\nSherpa checked everything.", "Sherpa", marks=_KNOWN_WORD),
    ("Caller: Dawa Norbu\nNorbu asked about the refund twice.", "Norbu"),
    ("Mr Batzorig Enkhbayar phoned. Batzorig wants the form.", "Batzorig"),
]

# Texts that hold no person's name: English.
CLEAN_EN = [
    "Mark the invoice as paid.",
    "Prices rose again in March.",
    "To be frank, the numbers look weak.",
    "Slack is down again this morning.",
    "Grafana stopped showing data overnight.",
    "Notion is unavailable right now.",
    "Jenkins is green again, the build passed.",
    "Zoom keeps freezing during screen share.",
    "Tesco confirmed the delivery slot.",
    "Postgres was upgraded last night.",
    "IMPORTANT NOTICE ABOUT THE STOCKTAKE",
    "WAREHOUSE CLOSED ON SATURDAY",
    "The method parseInvoice returns None.",
    "UserService throws a NullPointerException.",
    "Under GDPR this is allowed.",
    "Kanban helps us plan.",
    "Thanks, Accounts!",
    "No worries, Facilities has been told.",
    "driver: please bring the delivery note",
    "caller asked about the invoice",
    "Production is on track.",
    "The server is in the basement.",
    "The sample tested positive for mould.",
    "Trello is back online.",
    "Ansible aborted the deployment.",
    "Flight BA 117 to JFK is booked.",
    "Project Phoenix is on schedule.",
    "Great job, team!",
    "Heathrow is closed due to fog.",
    "Vercel was down for an hour.",
    "Mailchimp has paused the campaign.",
    "STATUS: IN PROGRESS / PRIORITY: HIGH",
]


@pytest.mark.parametrize("text, name", NAMES_DE + NAMES_EN)
def test_a_name_in_a_form_seen_missed_is_found(text: str, name: str) -> None:
    assert found_at_last(text, name), names(text)


@pytest.mark.parametrize("text", CLEAN_DE + CLEAN_EN)
def test_a_capitalised_word_that_is_no_person_stays_clean(text: str) -> None:
    assert names(text) == []


def found_at_last(text: str, name: str) -> bool:
    """At least 80 % of the LAST occurrence of `name` lies inside name findings (a later occurrence of a name found
    earlier, a possessive "Norbu's", is checked where it stands)."""
    from course.scanner import scan

    start = text.rindex(name)
    end = start + len(name)
    spans = [f for f in scan(text).findings if f.category == "name"]
    return sum(max(0, min(f.end, end) - max(f.start, start)) for f in spans) >= 0.8 * len(name)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Tenzin ist heute nicht erreichbar, er ist krank.", "Tenzin"),
        ("Anna ist wieder erreichbar.", "Anna"),
        ("Ximena was down with flu all week.", "Ximena"),
    ],
)
def test_a_machine_word_does_not_hide_a_person_with_a_pronoun_or_a_known_first_name(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Grafana wurde gestern aktualisiert.",
        "Okta is offline until noon.",
        "Zammad läuft nach dem Update wieder.",
        "Metabase crashed during the backup.",
    ],
)
def test_a_product_in_a_sentence_about_a_machine_state_is_no_name(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    "text, parts",
    [
        ("Anbei Mietvertrag_Kaufusi_Sione_final_v2.pdf zur Prüfung.", ["Kaufusi", "Sione"]),
        ("See CV_Ximena_Navarrete.docx before Friday.", ["Ximena", "Navarrete"]),
    ],
)
def test_the_name_parts_of_a_file_name_are_two_names(text: str, parts: list[str]) -> None:
    assert names(text) == parts


@pytest.mark.parametrize(
    "text",
    ["Rechnung_Mai_2024.pdf liegt im Ordner.", "Export_Final_Version.xlsx is attached.", "WICHTIG: NEUE PREISE AB MAI"],
)
def test_file_names_and_headings_without_a_first_name_stay_clean(text: str) -> None:
    assert names(text) == []
