"""The causes fixed for health and names from pii7's tuning part (eighth session), in sentences of our own."""

from __future__ import annotations

import pytest
from helpers.scanning import covered, health, names

from course.scanner import scan


@pytest.mark.parametrize(
    "text, value",
    [
        ("Ops note: Kwame slipped on the ramp, suspected fracture, sent to the walk-in centre.", "suspected fracture"),
        ("Lena Voss was off on Monday, possible concussion after the match.", "possible concussion"),
        (
            "Bei Herrn Okafor besteht Verdacht auf Bandscheibenvorfall, er bleibt bis Freitag zu Hause.",
            "Verdacht auf Bandscheibenvorfall",
        ),
        ("Mira Hahn hat akute Bronchitis und fehlt die ganze Woche.", "akute Bronchitis"),
    ],
)
def test_a_qualifier_before_a_diagnosis_belongs_to_it(text: str, value: str) -> None:
    assert covered(text, "health", value), health(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Tom Reilly is booked for shoulder arthroscopy on the 12th.", "shoulder arthroscopy"),
        ("Dear Mr Osei, the insurer has approved your knee arthroscopy.", "knee arthroscopy"),
        ("Ama Boateng has a spinal cord injury since the accident.", "spinal cord injury"),
    ],
)
def test_a_body_part_before_a_procedure_or_injury_belongs_to_it(text: str, value: str) -> None:
    assert covered(text, "health", value), health(text)


def test_a_body_part_word_used_as_an_adverb_stays_outside() -> None:
    text = "Kirsten Lamb is back after a stroke and works mornings only."
    assert not any(h.startswith("back") for h in health(text)), health(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Jonas Berg bekommt Ergotherapie (10 Termine) verordnet.", "Ergotherapie (10 Termine)"),
        ("Sandra Holm has diabetes (type 1) and needs breaks for her insulin.", "diabetes (type 1)"),
        ("Dear Ms Ito, your claim for physiotherapy (12 sessions) is approved.", "physiotherapy (12 sessions)"),
    ],
)
def test_a_count_or_type_in_brackets_after_a_term_belongs_to_it(text: str, value: str) -> None:
    assert covered(text, "health", value), health(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Antrag von Uwe Brandt: Parkausweis und Begleitperson (Merkzeichen B) für den Ausflug.", "Begleitperson"),
        ("Reisekosten Petra Lind: Taxi wegen Gleichstellung (GdB 30) genehmigt.", "Gleichstellung (GdB 30)"),
    ],
)
def test_a_disability_marker_in_brackets_takes_the_noun_it_explains(text: str, value: str) -> None:
    assert covered(text, "health", value), health(text)


def test_a_date_in_brackets_is_no_part_of_the_term() -> None:
    text = "Mara Stein hatte eine Knie-OP (12.03.2025) und ist wieder da."
    assert not any("12.03" in h for h in health(text)), health(text)


def test_a_name_before_brackets_is_not_taken_into_the_term() -> None:
    for text in (
        "Ticket 4411: install a screen reader for Ryan (visual impairment).",
        "Ticket 4412: install a screen reader for Ingrid Sauter (visual impairment).",
    ):
        assert all("(" not in h for h in health(text)), health(text)


def test_two_terms_side_by_side_stay_two_findings() -> None:
    text = "Frau Edda Brink befindet sich im Krankenstand (Ischias)."
    assert len(health(text)) == 2, health(text)
    text = "Herr Paul Korn ist schwerbehindert (GdB 50) und bekommt Zusatzurlaub."
    assert len(health(text)) == 2, health(text)


@pytest.mark.parametrize(
    "text",
    [
        "Parking is in zone B. Guests please use the side door.",
        "Meet at gate C. Drinks are served from six.",
        "Samples go to shelf D. Labels must face outwards.",
        "Accessibility: wheelchair spaces are available in block A. Grace period for returns is 30 days.",
    ],
)
def test_a_letter_that_ends_a_sentence_after_a_place_word_is_no_initial(text: str) -> None:
    assert names(text) == [], names(text)
    assert scan(text).level != "red"


def test_an_initial_before_a_surname_is_still_a_name() -> None:
    assert names("Signed: J. Hartmann, Lager") == ["J. Hartmann"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("[3.4., 10:02] Ilka Brandmeier: bin heute im Homeoffice", "Ilka Brandmeier"),
        ("[07.08., 16:45] Obiageli Nwosu: Paket ist da, liegt am Empfang", "Obiageli Nwosu"),
        ("Notiz\n[12.11., 08:30] Tavita Leavasa: wer hat den Schlüssel für Raum 3?", "Tavita Leavasa"),
    ],
)
def test_a_chat_speaker_after_a_time_stamp_without_a_year_is_a_name(text: str, value: str) -> None:
    assert value in names(text), names(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Martin paid the deposit in cash yesterday.", "Martin"),
        ("Susan booked the room for Thursday.", "Susan"),
        ("Peter rang, he needs the report.", "Peter"),
        ("Ja, Sabine brachte die Schlüssel zurück.", "Sabine"),
        ("Anyway, Emily forgot her badge again.", "Emily"),
    ],
)
def test_a_common_first_name_before_a_deed_opens_a_sentence_about_a_person(text: str, value: str) -> None:
    assert names(text) == [value], names(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Well, Harriet rang twice about the invoice.", "Harriet"),
        ("Aye, Ingibjörg read the number out on the phone.", "Ingibjörg"),
        ("So, Radomir paid the deposit already.", "Radomir"),
        ("Oh, Kevin brought the keys back this morning.", "Kevin"),
    ],
)
def test_a_word_that_opens_speech_is_no_surname_and_the_name_after_it_is_a_person(text: str, value: str) -> None:
    assert names(text) == [value], names(text)


def test_after_an_opener_a_place_with_a_state_verb_is_no_person() -> None:
    assert names("Ok, Paris was lovely.") == []


def test_a_surname_before_a_comma_and_a_given_name_is_still_one_name() -> None:
    assert names("Brandt, Lukas hat den Antrag abgegeben.") == ["Brandt, Lukas"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Jo Norton\n2/2\n14 Harbour Row\nSwansea\nSA6 6AL", "Jo Norton"),
        ("Versandanschrift laut Bestellung: Oyelaran Adebayo\nLindenallee 12\n34117 Kassel", "Oyelaran Adebayo"),
        ("Anschrift des Mitglieds: Ksenija Tauber\nRosengasse 3\n8010 Graz", "Ksenija Tauber"),
    ],
)
def test_the_name_on_the_line_above_an_address_is_who_it_is_for(text: str, value: str) -> None:
    assert value in names(text), names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mustermann GmbH\nHauptstraße 5\n10115 Berlin",
        "Rechnungsanschrift: Finanzbuchhaltung Nord\nHauptstraße 5\n10115 Berlin",
        "Bitte senden an\nBüro Technik\nHauptstraße 5\n10115 Berlin",
    ],
)
def test_a_firm_or_an_office_above_an_address_is_no_name(text: str) -> None:
    assert names(text) == [], names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Gesundheitsbonus der Kasse: Prämie an Karin Holz überwiesen.",
        "Bonusheft: die Prämie von 80 EUR geht an Jonas Weber.",
        "Prämien für Jonas Weber werden im März ausgezahlt.",
    ],
)
def test_a_bonus_is_no_blood_condition_although_it_ends_like_one(text: str) -> None:
    assert health(text) == [], health(text)


def test_blood_conditions_by_their_ending_are_still_found() -> None:
    assert health("Karin Holz hat Anämie und ist müde.") == ["Anämie"]
    assert health("Leukämie bei Herrn Tom Brand festgestellt.") == ["Leukämie"]


@pytest.mark.parametrize(
    "text",
    [
        "Tax onboarding: Lea Marsh sent her self-cert (W-8BEN) today.",
        "Tilda Brandt: Steuer-Selbstauskunft / self-cert for tax residency missing.",
        "Onboarding: Pavel Novak still owes the CRS self-cert form for his second account.",
    ],
)
def test_a_self_certification_of_tax_status_is_no_sick_note(text: str) -> None:
    assert health(text) == [], health(text)


def test_a_self_certified_sick_absence_is_still_health() -> None:
    assert health("Ravi Shah was off two days, self-cert for the first week is fine.") == ["self-cert"]


@pytest.mark.parametrize(
    "term", ["malaria", "typhoid", "chlamydia", "Krätze", "Kopfläuse", "Salmonellen", "Denguefieber", "FSME"]
)
def test_an_infection_about_a_named_person_is_health(term: str) -> None:
    assert health(f"Kim Berger has {term} and stays at home.") == [term]


@pytest.mark.parametrize("term", ["memory loss", "vision loss", "chronic fatigue", "Gedächtnisverlust"])
def test_a_lost_sense_or_lasting_fatigue_about_a_named_person_is_health(term: str) -> None:
    assert health(f"Travel claim Ola Berg: taxi instead of train due to {term}, please approve.") == [term]


@pytest.mark.parametrize(
    "text",
    [
        "The malaria research project starts in May.",
        "Die Blattläuse sind zurück, sagt Frau Roth.",
        "Our chronic staff shortage worries Nina Kraus.",
        "Memory loss is a common symptom, the leaflet says.",
    ],
)
def test_infection_and_loss_words_about_nobody_or_in_other_senses_are_not_health(text: str) -> None:
    assert health(text) == [], health(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Lea Berg hat Prüfungsangst und bekommt mehr Zeit.", "Prüfungsangst"),
        ("Tom Reed has performance anxiety before talks.", "performance anxiety"),
        ("Priya Das has social anxiety and avoids the canteen.", "social anxiety"),
        ("Wei Ling on MC till Friday lah.", "MC"),
        ("Ana Kim on MC today, fever.", "MC"),
    ],
)
def test_a_kind_of_anxiety_and_a_medical_certificate_called_mc_are_health(text: str, value: str) -> None:
    assert covered(text, "health", value), health(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our MC on stage tonight is Kevin Tan.",
        "Social anxiety is common, says the leaflet.",
        "Test results for Nina Brandt are due.",
    ],
)
def test_a_master_of_ceremonies_and_general_words_on_anxiety_are_not_health(text: str) -> None:
    assert health(text) == [], health(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Fahrgeld Mai: Hollerbach, Ingrid, IBAN DE89 3704 0044 0532 0130 00", "Hollerbach, Ingrid"),
        ("Zuschuss April: Oduya, Grace, Konto AT61 1904 3002 3457 3201", "Oduya, Grace"),
        ("Payroll March: Whitfield, Aaron, Phone 07700 900123", "Whitfield, Aaron"),
    ],
)
def test_surname_comma_given_before_an_identifiers_label_is_a_name(text: str, value: str) -> None:
    assert names(text) == [value], names(text)


def test_a_thing_and_its_month_before_a_colon_is_a_heading_but_a_first_name_and_a_month_name_a_person() -> None:
    assert "Fahrgeld Mai" not in names("Fahrgeld Mai: Hollerbach, Ingrid, IBAN DE89 3704 0044 0532 0130 00")
    assert names("Anna Mai: bin heute im Homeoffice") == ["Anna Mai"]


def test_two_places_before_a_phone_label_are_no_name() -> None:
    assert names("Berlin, Hamburg, Tel. 030 1234567") == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("Gude Trude, schick mir die Liste bis morgen.", "Trude"),
        ("Tach Heike, kannst du mal schauen?", "Heike"),
        ("Moinsen Kai, alles klar bei dir?", "Kai"),
        ("Hallöchen Berit, danke für die Zahlen.", "Berit"),
    ],
)
def test_a_first_name_after_a_regional_greeting_is_a_name(text: str, value: str) -> None:
    assert names(text) == [value], names(text)


def test_a_word_of_the_language_after_a_regional_greeting_is_no_name() -> None:
    assert names("Tach Post, heute nix.") == []
