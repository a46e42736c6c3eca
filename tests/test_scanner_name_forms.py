"""Forms of a written name that end or open it: generational suffixes, a particle after the surname, a double
first name shortened to its initial ("Klaus-D."), and the whole list when people are listed."""

from __future__ import annotations

import pytest

from course.scanner import scan


def _names(text: str) -> list[str]:
    return [f.text for f in scan(text).findings if f.category == "name"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Agatha Koch II bittet um Rückruf unter +49 6221 618793.", "Agatha Koch II"),
        ("Privatnummer von Thies Koch II für die Rufbereitschaft: 0351/64019352", "Thies Koch II"),
        ("Anna Schmidt III hat die Liste geschickt.", "Anna Schmidt III"),
        ("John Carter Jr. will join the board in May.", "John Carter Jr."),
        ("Kwame Asante Jr. will join the board.", "Kwame Asante Jr."),
    ],
)
def test_a_generational_suffix_mid_sentence_belongs_to_the_name(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Die Krankenkasse fragt nach der St.-Nr. 946/6501/5169 für Hajo Dussen van.", "Hajo Dussen van"),
        ("Janko Dussen van hat Migräne und fällt bis Freitag aus.", "Janko Dussen van"),
    ],
)
def test_a_particle_after_the_surname_belongs_to_the_name(text: str, name: str) -> None:
    """The sorted form of directories ("Dussen van" for "van Dussen") before punctuation or a verb."""
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Anna Schmidt von der Buchhaltung hat angerufen.",
        "Anna Schmidt von Meyer & Co ruft zurück.",
        "Peter Braun zu Gast im Vertrieb.",
    ],
)
def test_a_particle_that_opens_the_next_phrase_stays_outside(text: str) -> None:
    found = _names(text)
    assert found and all(not n.endswith((" von", " zu")) for n in found), found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Neue private Adresse von Klaus-D. Eckbauer: adolphnadine@aol.de", "Klaus-D. Eckbauer"),
        ("Hans-J. Tesfaye hat die Liste geschickt.", "Hans-J. Tesfaye"),
        ("Kontoinhaber: Karl-H. Brandes", "Karl-H. Brandes"),
    ],
)
def test_a_double_first_name_shortened_to_its_initial_is_found(text: str, name: str) -> None:
    assert name in _names(text)


def test_every_person_of_a_list_closed_by_und_is_found() -> None:
    text = "Bongani Zulu, Aarav Patel und Meron Gebre haben zugesagt."
    assert {"Bongani Zulu", "Aarav Patel", "Meron Gebre"} <= set(_names(text))


def test_a_comma_alone_does_not_make_a_list() -> None:
    """ "Anna Schmidt, Quality Control" is a person and her team: without "und"/"and" nothing else is taken."""
    assert _names("Rückfragen an Anna Schmidt, Quality Control.") == ["Anna Schmidt"]


@pytest.mark.parametrize(
    "text",
    [
        "Das ist mein Ernst.",
        "Grant access to the shared drive before Monday.",
        "Mark the invoice as paid once the transfer shows up.",
        "Will the pallets arrive before Wednesday?",
        "A rose for every visitor at reception.",
        "Rose Garden is the name of the meeting room.",
        "Sag Bescheid, ob es passt.",
        "To: Vertrieb\nCc: Buchhaltung",
        "Teilnehmende: Vertrieb, Einkauf, Buchhaltung",
        "Viele Grüße aus Hamburg\nIhr Vertriebsteam",
        "Danke, liebes Team!",
        "Thanks again!\n– The Support Team",
        "@Vertrieb bitte kurz prüfen.",
    ],
)
def test_common_words_and_teams_in_those_positions_stay_clean(text: str) -> None:
    assert _names(text) == [], scan(text).findings


def test_mail_headers_name_their_people() -> None:
    text = "Von: Anahera Ngata <a.ngata@beispiel.de>\nAn: Tigist Haile, Kwame Asante\nBetreff: Liste"
    assert {"Anahera Ngata", "Tigist Haile", "Kwame Asante"} <= set(_names(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Notfallkontakt für die Baustelle: Mile Haas, Tel. +41 21 717 63 10", "Mile Haas"),
        ("Im Antrag fehlt noch das Geburtsdatum von Line Zürcher (8. Februar 1962).", "Line Zürcher"),
    ],
)
def test_a_first_name_that_is_also_a_word_counts_with_a_surname_beside_an_identifier(text: str, name: str) -> None:
    """ "Mile", "Line": the first-name list knows them, but alone they are words; a surname and a personal
    identifier beside them make them a name."""
    assert name in _names(text)


def test_a_second_surname_before_a_number_belongs_to_the_name() -> None:
    text = "Laut Meldung lautet die Steuer-IdNr. von Ronald Jacobi Jäckel 15740876374."
    assert "Ronald Jacobi Jäckel" in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lena ist ab Montag im Urlaub.", "Lena"),
        ("Kurze Info: Jonas hat die Zahlen geschickt.", "Jonas"),
        ("Sarah will send the slides.", "Sarah"),
        ("Thomas, kannst du das prüfen?", "Thomas"),
        ("Laut Markus ist alles erledigt.", "Markus"),
        ("Ist Sabine schon da?", "Sabine"),
        ("Monika und Jürgen sind im Urlaub.", "Jürgen"),
        ("Grüße an Petra und Klaus!", "Klaus"),
    ],
)
def test_a_lone_known_first_name_is_found_by_its_place_in_the_sentence(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "The signed NDA came back this morning.",  # "Thé" without its accent is "The": a word, no name
        "German and English should say the same.",
        "Berlin, den 3. Mai",
        "Für Paris gilt das nicht.",
    ],
)
def test_function_words_and_languages_are_no_lone_names(text: str) -> None:
    assert _names(text) == [], scan(text).findings


@pytest.mark.parametrize("text", ["Basel hat den Auftrag bestätigt.", "Paris ist eine Reise wert.", "Kiel ist kalt."])
def test_a_place_that_is_also_a_rare_first_name_is_no_lone_name(text: str) -> None:
    """A lone name must be common in the course's markets by gender-guesser's own frequency columns."""
    assert _names(text) == [], scan(text).findings


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Meier, Anna (Vertrieb)", "Meier, Anna"),
        ("Teilnehmerliste:\n1. Müller, Hans\n2. Schmidt, Petra", "Schmidt, Petra"),
        ("AW: Ihre Anfrage – M. Weber", "M. Weber"),
        ("Rückfrage an A. Schneider", "A. Schneider"),
        ("Dein Team (Anna, Ben und Gül)", "Gül"),
        ("Herzlich willkommen, Gül!", "Gül"),
    ],
)
def test_names_in_the_forms_of_lists_and_notes_are_found(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    ["Berlin, Hamburg und München", "Anlage B. Vertrag", "Zürich, August 2025", "Danke, Team!", "Welcome, Grant!"],
)
def test_places_months_and_teams_in_those_forms_stay_clean(text: str) -> None:
    assert _names(text) == [], scan(text).findings


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hi zusammen, Hanife ist heute krank, bitte übernehmt ihre Anrufe.", "Hanife"),
        ("Lidija, kannst du bitte die Liste prüfen?", "Lidija"),
        ("Hi all, Aimee is off sick today, please cover her calls.", "Aimee"),
        ("Die Kundin Andjela Mühlböck hat sich über die Wartezeit beschwert.", "Andjela Mühlböck"),
        ("Wir gratulieren Siena Amann zum bestandenen Examen!", "Siena Amann"),
    ],
)
def test_a_rarer_first_name_counts_where_it_is_addressed_or_greeted(text: str, name: str) -> None:
    """Addressed with a question or named after a greeting to all, any first name of the list is a person; only
    before a plain verb must it be common in the markets."""
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sorry Bert, ich schaffe es heute nicht mehr.", "Bert"),
        ("Danke Grzegorz für die schnelle Hilfe!", "Grzegorz"),
        ("Gute Besserung, Felicia!", "Felicia"),
        ("Stefano meinte, das Angebot kommt morgen.", "Stefano"),
        ("Rhys said the quote will come tomorrow.", "Rhys"),
        ("Besprechung verschoben – Siegried Bolzmann ist krank.", "Siegried Bolzmann"),
        ("Get well soon, Jessica!", "Jessica"),
    ],
)
def test_names_in_thanks_wishes_and_reported_speech_are_found(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Danke Team für die schnelle Hilfe!",
        "Sorry Leute, ich schaffe es nicht.",
        "Thanks Support for the quick fix!",
        "Viel Erfolg, Vertrieb!",
        "Victoria Station is closed.",
        "Besprechung verschoben – Vorstand tagt.",
    ],
)
def test_teams_and_places_in_thanks_and_wishes_stay_clean(text: str) -> None:
    assert _names(text) == [], scan(text).findings


def test_a_trailing_particle_before_any_verb_belongs_to_the_name_but_not_before_an_article() -> None:
    assert "Zeki Dussen van" in _names("Auf Wunsch von Zeki Dussen van verschieben wir den Termin.")
    assert "Anna Schmidt" in _names("Gruß von Anna Schmidt von der Buchhaltung.")


def test_a_contact_label_that_says_more_names_its_person() -> None:
    assert "Alara Tischler" in _names("Ansprechpartnerin im Haus: Alara Tischler")
    assert _names("Ansprechpartnerin im Haus: Empfang") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Denise und ich kümmern uns um die Präsentation.", "Denise"),
        ("Bitte Jorge nichts verraten, es ist eine Überraschung!", "Jorge"),
        ("Sag Friedericke bitte, dass das Meeting ausfällt.", "Friedericke"),
        ("Stellvertretende Teamleitung: Alara Tischler", "Alara Tischler"),
    ],
)
def test_a_person_beside_the_writer_told_something_or_in_a_role_label_is_found(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text", ["Vertrieb und ich kümmern uns darum.", "Bitte Rechnung prüfen.", "Stellvertretende Teamleitung: offen"]
)
def test_nouns_in_those_places_stay_clean(text: str) -> None:
    assert _names(text) == [], scan(text).findings


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Herzliche Grüße, auch von Aysel", "Aysel"),
        ("Kind regards, also from Frederick", "Frederick"),
        ("Im Auftrag: Siegried Bolzmann", "Siegried Bolzmann"),
        ("Das Paket für Pasquale Jacobi Jäckel kam beschädigt an.", "Pasquale Jacobi Jäckel"),
        ("Morgen vertritt mich Rayana Götz.", "Rayana Götz"),
        ("Gesprächsteilnehmer: Alara Tischler (Kunde), Ela Müller (Vertrieb)", "Alara Tischler"),
    ],
)
def test_greetings_from_a_person_and_labels_of_notes_name_their_people(text: str, name: str) -> None:
    assert name in _names(text)


def test_cheers_from_a_place_is_no_name() -> None:
    """In English "from" after a sign-off is mostly a place ("Cheers from Port Heatherland")."""
    assert _names("Hi team,\nthe contract is renewed.\nCheers from Port Heatherland") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sunny greetings\nGrace", "Grace"),
        ("Danke euch, Siena und Lilli!", "Lilli"),
        ("Angebot erstellt: Rayana Götz, freigegeben: Lotta Brandner", "Rayana Götz"),
    ],
)
def test_more_sign_offs_thanks_to_two_and_who_did_what(text: str, name: str) -> None:
    assert name in _names(text)


def test_a_participle_after_an_everyday_word_is_no_verb_of_a_name() -> None:
    """ "Frank gesagt: ..." is "frankly said": a participle (ge-...-t) does not make "Frank" a subject."""
    assert _names("Frank gesagt: der Prozess dauert zu lange.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jonas: bin gleich da!", "Jonas"),
        ("That was Sally's idea.", "Sally"),
    ],
)
def test_a_chat_speaker_and_a_possessive_first_name_are_found(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Otto liefert am Dienstag.",
        "Linde erhöht die Preise.",
        "Hertha spielt am Samstag.",
        "Victoria reported strong growth.",
        "Austin reported record sales.",
        "Grüße aus Paris: alles gut.",
        "Wir haben drei Angebote, eins von Linde, eins von Jungheinrich.",
        "We got three quotes, one from Linde and one from Toyota.",
    ],
)
def test_firms_clubs_and_places_named_like_people_before_a_verb_stay_clean(text: str) -> None:
    """A verb known only by its ending ("liefert", "reported") is no evidence of a person: firms and places named
    like people do that too. Only the listed verbs of persons count after a lone name."""
    assert _names(text) == [], scan(text).findings


@pytest.mark.parametrize(
    "unit",
    [
        "Teilnehmende: Anna Schmidt, Kwame Asante und Lena Meier\n",
        *(  # ~0.4 s each: the fast run keeps the list above as their representative, CI runs them all
            pytest.param(unit, marks=pytest.mark.slow)
            for unit in (
                "Kwame Asante, Lwazi Dube und Tigist Haile haben ",
                "@Anna @Kwame Asante ",
                "Danke euch, Anna und Ben! ",
                "Anna: ja\nMeier, Anna\n",
                "Anna Koch II van Jr. Klaus-D. ",
            )
        ),
    ],
)
def test_the_layout_rules_keep_offsets_on_long_repetitive_input(unit: str) -> None:
    """50,000 characters of one layout repeated: findings stay inside the text, sorted and apart (the 1 MB
    timings are in benchmarks/bench_scan.py, not here)."""
    text = (unit * (50_000 // len(unit) + 1))[:50_000]
    last = 0
    for f in scan(text).findings:
        assert last <= f.start < f.end <= len(text) and text[f.start : f.end] == f.text
        last = f.end
