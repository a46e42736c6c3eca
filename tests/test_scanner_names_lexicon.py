"""Names no first-name table knows, in plain positions, and clean texts full of unknown capitalised words (issue 14,
seventh session).

Written before the lexicon of known words (course/scanner/namelexicon.py) existed, with names of origins the
tables hardly hold (Amharic, Igbo, Maori, Hawaiian, Georgian, Armenian, Kazakh, Finnish, Welsh, Tongan ...) and
other wording than the corpora: a name as a verb's subject, after "mit/für/von/an/bei" or "with/for/from/to", beside
a known name part, as "Surname, Given", at a sign-off and as an addressee. The clean texts hold capitalised words
that are no word of a dictionary either but no person: products, places, firms, foreign words, abbreviations, code
identifiers, German compounds; they must stay free of name findings.
"""

from __future__ import annotations

import pytest
from helpers.scanning import covered, names

# Measured before the lexicon existed (at 8946fe7): 37 of 84 names found (de 18 of 42, en 19 of 42), 58 of 60 clean
# texts clean. After: 82 of 84 found, 48 of 60 clean. What is still missed or flagged is marked here.
_PRODUCT = pytest.mark.xfail(
    strict=True,
    reason="a product or firm no dictionary holds, as a sentence's subject, reads like a name (known limit)",
)
_NOUN_SHAPE = pytest.mark.xfail(
    strict=True, reason="a name ending like a noun (-ing, -lei) is no given name to given_like (known limit)"
)

# (text, the name that must be found): German.
NAMES_DE = [
    ("Tewodros ist heute beim Zahnarzt und kommt erst um elf.", "Tewodros"),
    ("Wiremu macht diese Woche Spätschicht.", "Wiremu"),
    ("Kurze Info: Anahit kommt morgen später.", "Anahit"),
    ("Zsófia bleibt bis Freitag im Homeoffice.", "Zsófia"),
    ("Die Schlüssel liegen bei Obiageli im Büro.", "Obiageli"),
    ("Bitte die Abrechnung mit Senthil abstimmen.", "Senthil"),
    pytest.param("Das Paket ist für Xiaoling aus der Buchhaltung.", "Xiaoling", marks=_NOUN_SHAPE),
    ("Gestern kam eine Mail von Haoran wegen der Lieferung.", "Haoran"),
    ("Schick die Datei bitte an Tamari, sie prüft das.", "Tamari"),
    ("Reha-Antrag Oyelaran, Chinonso: Unterlagen vollständig.", "Oyelaran, Chinonso"),
    ("Rückruf erbeten: Thirumalai, Kavitha (Lohnbuchhaltung)", "Thirumalai, Kavitha"),
    ("Danke, ich kümmere mich darum.\nIlkka", "Ilkka"),
    ("Viele Grüße\nNjeri", "Njeri"),
    ("Beste Grüße, Tigran", "Tigran"),
    ("Dae-hyun, kannst du bitte die Tür abschließen?", "Dae-hyun"),
    ("Meseret, denk bitte an den Termin um zwei.", "Meseret"),
    ("Jukka Virtanen übernimmt ab Juli die Leitung.", "Jukka Virtanen"),
    ("Anna Nwachukwu hat den Vertrag unterschrieben.", "Anna Nwachukwu"),
    ("Die Vertretung übernimmt Berivan Aksoy.", "Berivan Aksoy"),
    ("Laut Rojhat ist der Drucker wieder defekt.", "Rojhat"),
    ("Elternabend: Wanjiku hat Neurodermitis und braucht eine Creme.", "Wanjiku"),
    ("Oğuzhan fehlt heute, er ist krank.", "Oğuzhan"),
    ("Büşra und Levan tauschen die Schicht am Samstag.", "Levan"),
    ("Hovhannes arbeitet seit März im Lager.", "Hovhannes"),
    ("Nächste Woche fängt Yohannes bei uns an.", "Yohannes"),
    ("Wir haben mit Quang über die Urlaubsplanung gesprochen.", "Quang"),
    ("Zarghuna wird ab Oktober in Teilzeit arbeiten.", "Zarghuna"),
    ("Frage an Aroha: Wo liegt der Ersatzschlüssel?", "Aroha"),
    ("Termin mit Sigurður um 14 Uhr im kleinen Raum.", "Sigurður"),
    ("Kollegin Pirkko ist heute nicht erreichbar.", "Pirkko"),
    ("Einladung an Csenge und Bence für Donnerstag.", "Csenge"),
    ("Tamati sagt, die Lieferung kommt später.", "Tamati"),
    ("Schönen Urlaub, Nomvula!", "Nomvula"),
    ("Vertrag Dlamini, Sibusiso liegt unterschrieben vor.", "Dlamini, Sibusiso"),
    ("Heute vertritt Mahlet die Teamleitung.", "Mahlet"),
    ("Obinna meldet sich krank, Grippe.", "Obinna"),
    ("Der Laptop von Jianhua ist in der Reparatur.", "Jianhua"),
    ("Guðrún ist bis zum 12. in Elternzeit.", "Guðrún"),
    ("Nachricht von Kofi Boateng-Asante: bin im Stau.", "Kofi Boateng-Asante"),
    ("Vielen Dank, Folasade, für die schnelle Hilfe!", "Folasade"),
    ("Brandt, Lukas hat den Antrag abgegeben.", "Brandt, Lukas"),
    ("Teilnehmer: Okafor, Ifeoma. Später hat Ifeoma noch zugesagt.", "Ifeoma"),
]

# Texts that hold no person's name, though they hold capitalised words no dictionary knows: German.
CLEAN_DE = [
    "Das ist mein Ernst.",
    "Jira ist seit heute Morgen wieder erreichbar.",
    "Datev hat ein neues Update für die Lohnabrechnung.",
    "Die Belege bitte mit Lexware buchen, nicht mit Excel.",
    "Personio zeigt die Resturlaubstage falsch an.",
    "Der Termin in Gütersloh ist verschoben.",
    "Die Lieferung kommt aus Ravensburg.",
    "Haribo hat die Preise erhöht.",
    "Für Kärcher brauchen wir ein neues Angebot.",
    "Urlaubsantragsformular ist jetzt im Intranet.",
    "Schichtplanänderung ist bis Freitag einzureichen.",
    "Die Variable maxRetries steht in der Datei config.yaml.",
    "Mit Miro geht das Brainstorming schneller.",
    pytest.param("Kaizen ist bei uns mehr als ein Schlagwort.", marks=_PRODUCT),
    "Bzgl. der Rechnung: Ust ist korrekt ausgewiesen.",
    "Von Confluence gibt es eine neue Vorlage.",
    "Nespresso hat die Kapseln geliefert.",
    "Teams ist heute sehr langsam.",
    "Wolfsburg hat gestern abgesagt.",
    "Sharepoint macht wieder Probleme beim Hochladen.",
    "HttpClient wirft eine Ausnahme beim Timeout.",
    "Bei Zalando ist die Retoure angekommen.",
    "Tchibo bietet diese Woche Bürostühle an.",
    "Feierabendbier ist am Freitag um fünf.",
    "Gesprächsnotiz: Kundenrückmeldung ist positiv.",
    "Moodle bleibt wegen Wartung geschlossen.",
    "Vorwerk hat die Muster geschickt.",
    "Lagerbestandsliste hat jetzt eine neue Spalte.",
    "Mit Steuerberaterin und Bank ist alles geklärt.",
    "Danke, ich kümmere mich darum.\nBuchhaltung",
]

# (text, the name that must be found): English.
NAMES_EN = [
    ("Nnamdi is working from home on Friday.", "Nnamdi"),
    ("Siosaia has the keys to the storeroom.", "Siosaia"),
    ("Kalani will cover reception until noon.", "Kalani"),
    ("Quick update: Yerlan is back from leave on Monday.", "Yerlan"),
    ("Aigerim has asked for the April rota.", "Aigerim"),
    ("Please pass the invoice to Tsegaye before lunch.", "Tsegaye"),
    ("I had a chat with Ruslana about the overtime.", "Ruslana"),
    ("This parcel is for Adaeze in accounts.", "Adaeze"),
    ("Got a message from Keoni about the late delivery.", "Keoni"),
    ("Can you check with Eluned whether the room is free?", "Eluned"),
    ("Attendees: Mwangi, Wairimu; Otieno, Achieng", "Mwangi, Wairimu"),
    ("Referral for Babatunde-Cole, Ifeoluwa attached.", "Babatunde-Cole, Ifeoluwa"),
    ("Thanks, I'll sort it.\nTaini", "Taini"),
    ("Cheers,\nLeilani", "Leilani"),
    ("Best, Anzhelika", "Anzhelika"),
    ("Kaveh, could you send me the slides?", "Kaveh"),
    ("Mahala, please lock up tonight.", "Mahala"),
    ("Arjun Ramaswamy starts on the first of May.", "Arjun Ramaswamy"),
    ("Sarah Oyelowo-Briggs signed the lease yesterday.", "Sarah Oyelowo-Briggs"),
    ("The handover will be done by Dumisani Ntuli.", "Dumisani Ntuli"),
    ("According to Xochitl, the printer is broken again.", "Xochitl"),
    ("Parents' evening: Chukwuemeka has dyslexia and gets extra time.", "Chukwuemeka"),
    ("Sefa won't be in today, she has a migraine.", "Sefa"),
    ("Habiba and Tavita are swapping shifts on Saturday.", "Tavita"),
    ("Gwenllian works part-time in the warehouse.", "Gwenllian"),
    ("Tomorrow Ihaia joins the support team.", "Ihaia"),
    ("We spoke to Pania about her holiday request.", "Pania"),
    ("Eilidh needs the laptop back by Thursday.", "Eilidh"),
    ("Meeting with Ayelet at 2pm in room 4.", "Ayelet"),
    ("Colleague Haunani is out until Wednesday.", "Haunani"),
    ("Leota says the delivery will be late.", "Leota"),
    ("Happy birthday, Manaia!", "Manaia"),
    ("Contract: Ndlovu, Thandeka (signed 3 March)", "Ndlovu, Thandeka"),
    ("Temirlan called about the missing payslip.", "Temirlan"),
    ("The laptop belongs to Zhenya Morozova.", "Zhenya Morozova"),
    ("Oluwadamilare has been promoted to team lead.", "Oluwadamilare"),
    ("Ngaire left early, she wasn't feeling well.", "Ngaire"),
    ("Thanks to Wikitoria for covering my shift!", "Wikitoria"),
    ("Note from Dorje: the fridge is leaking.", "Dorje"),
    pytest.param("Kamalei can't make the meeting tomorrow.", "Kamalei", marks=_NOUN_SHAPE),
    ("Thanks, all sorted.\nWill", "Will"),
    ("Cc: Okonkwo, Chidera. Chidera will bring the keys.", "Chidera"),
]

# Texts that hold no person's name, though they hold capitalised words no dictionary knows: English.
CLEAN_EN = [
    "Mark the invoice as paid.",
    "Prices rose again in March.",
    "To be frank, the numbers look weak.",
    "Jira is down again, please use email for now.",
    pytest.param("Xero has a new bank feed.", marks=_PRODUCT),
    "Please file the receipts in Sage, not in the spreadsheet.",
    "Slough has the cheapest warehouse rents.",
    "Greggs will cater the training day.",
    pytest.param("Ocado has delivered the office groceries.", marks=_PRODUCT),
    "Figma keeps crashing on the old laptops.",
    "We moved the files from Dropbox to Sharepoint.",
    pytest.param("Kaizen is a good topic for the workshop.", marks=_PRODUCT),
    "Swindon will host the regional meeting.",
    "The function getUserName returns null for guests.",
    pytest.param("Deliveroo sent a refund for the wrong order.", marks=_PRODUCT),
    "Salesforce has changed its licence terms.",
    "Schadenfreude is not a team value.",
    "Basingstoke is closed on Monday for the fire drill.",
    "Asana shows the task as overdue.",
    "Thanks,\nAccounts Payable",
    "Best regards,\nFacilities",
    "Talk to Procurement before you order.",
    "Workday sends the payslips on the 25th.",
    "The Zendesk macro is broken.",
    pytest.param("Hubspot will import the leads overnight.", marks=_PRODUCT),
    pytest.param("Monzo has frozen the card.", marks=_PRODUCT),
    "Stockport is where the depot is.",
    "Kubernetes needs more memory on the staging cluster.",
    "Send the file to Legal for review.",
    "Ask Payroll whether the bonus is taxed.",
]


@pytest.mark.parametrize("text, name", NAMES_DE + NAMES_EN)
def test_an_unknown_name_in_a_person_position_is_found(text: str, name: str) -> None:
    assert covered(text, "name", name) if text.count(name) < 2 else _second_found(text, name), names(text)


@pytest.mark.parametrize("text", CLEAN_DE + CLEAN_EN)
def test_an_unknown_word_that_is_no_person_stays_clean(text: str) -> None:
    assert names(text) == []


def _second_found(text: str, name: str) -> bool:
    """The second occurrence of a name (the first stands in an inverted pair) is found too."""
    from course.scanner import scan

    second = text.index(name, text.index(name) + 1)
    return any(f.category == "name" and f.start <= second < f.end for f in scan(text).findings)


# --- the lexicon itself ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "word",
    [
        "Montag",
        "Schichtplan",
        "Invoice",
        "Schichtplanänderung",
        "Urlaubsantragsformular",
        "Knie-OP",
        "Ernst",
        "Mark",
        "Will",
        "Rose",
        "Klein",
        "Basel",
    ],
)
def test_nouns_compounds_and_words_that_are_also_names_are_known_words(word: str) -> None:
    from course.scanner.namelexicon import known_word

    assert known_word(word)


@pytest.mark.parametrize("word", ["Tewodros", "Nnamdi", "Wiremu", "Obiageli", "Li-Ping", "Dae-hyun", "Anna", "Thomas"])
def test_names_of_any_origin_and_common_first_names_are_no_known_words(word: str) -> None:
    from course.scanner.namelexicon import known_word

    assert not known_word(word)


def test_the_word_list_is_loaded_on_first_use_not_at_import() -> None:
    import subprocess
    import sys

    code = (
        "import course.scanner.namelexicon as m; a = m._words.cache_info().currsize; "
        "m.known_word('Montag'); print(a, m._words.cache_info().currsize, len(m._words()))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out[:2] == ["0", "1"] and 100_000 < int(out[2]) < 150_000


def test_a_missing_word_list_knows_no_word_and_breaks_nothing(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    import importlib.resources

    from course.scanner import namelexicon

    monkeypatch.setattr(importlib.resources, "files", lambda _package: tmp_path)
    assert namelexicon._words.__wrapped__() == {}


def test_the_word_list_is_package_data_and_names_its_source_and_licence() -> None:
    import tomllib
    from importlib.resources import files
    from pathlib import Path

    pyproject = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text(encoding="utf-8"))
    assert "scanner/known_words.txt" in pyproject["tool"]["setuptools"]["package-data"]["course"]
    head = (files("course.scanner") / "known_words.txt").read_text(encoding="utf-8")[:600]
    assert "wordfreq" in head and "CC BY-SA 4.0" in head


# --- the gaps named in the brief ----------------------------------------------------------------------------------


def test_the_given_name_of_an_inverted_pair_is_found_again_later() -> None:
    assert names("Cc: Okonkwo, Chidera\n\nTODO Chidera Angebot prüfen") == ["Okonkwo, Chidera", "Chidera"]


def test_a_surname_and_a_given_name_before_a_verb_are_one_name() -> None:
    assert names("Brandt, Lukas hat den Antrag abgegeben.") == ["Brandt, Lukas"]


def test_a_word_name_alone_under_a_message_signs_it() -> None:
    assert names("Thanks, all sorted.\nWill") == ["Will"]
    assert names("Will you send it?") == []


@pytest.mark.parametrize("text", ["Dear Facilities, the lift is broken again.", "Hallo Buchhaltung, anbei der Beleg."])
def test_a_team_greeted_by_a_word_of_the_language_is_no_person(text: str) -> None:
    assert names(text) == []


def test_a_medicine_as_a_subject_is_no_name() -> None:
    assert names("Metoprolol is available as a generic from next month.") == []


# --- guards of the positions (written with the rules, not before them) ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The quote was approved by Hollinworth last week.",  # "by" names firms and deadlines as often as people
        "We will drive to Ashbourneville on Monday.",  # a journey: a place
        "The parcel was shipped from Kettlemouth yesterday.",
        "Kravelsdorf hat die Lieferung gestern abgesagt.",  # a town by its ending
        "Zorvathmouth has confirmed the booking.",
        "Wir stellen die Buchhaltung auf Lexoffice um und exportieren alles nach Zentavo.",
        "Please switch the team to Quorvi before Friday.",  # software
        "Tierarzt: Quimbo hat Arthrose und bekommt Schmerzmittel.",  # a pet
        "Booked the vet for Biscuit, the office dog.",
        "Wir haben drei Angebote, eins von Vantoro und eins von Keltrix.",  # suppliers of quotes
    ],
)
def test_a_place_a_product_a_firm_or_a_pet_after_a_preposition_is_no_name(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Jira ist seit heute Morgen wieder erreichbar. Bitte die offenen Jira-Tickets prüfen.",  # a compound
        "Xero has a new bank feed, and the Xero login stays the same.",  # after an article
        "Evri has lost the parcel again, see support@evri.com for the claim.",  # a web domain
    ],
)
def test_a_word_the_text_uses_as_a_thing_elsewhere_is_no_name(text: str) -> None:
    assert names(text) == []


def test_a_name_used_once_as_a_subject_is_still_found_beside_a_thing() -> None:
    assert names("Wiremu macht diese Woche Spätschicht, die Jira-Tickets bleiben liegen.") == ["Wiremu"]
