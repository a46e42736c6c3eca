"""Health data by word families and by whom a sentence is about (sixth session): medicine stems, a text that names
nobody, predicates, records, head nouns, body parts as reasons, topics of offers, figures of speech, log values."""

from __future__ import annotations

import pytest
from helpers.scanning import health

from course.scanner import scan
from course.scanner.healthterms import FAMILY_TAILS


def test_a_medicine_by_its_stem_about_a_person_is_health_data() -> None:
    assert health("Sam started on 50 mg sertraline last week.") == ["on 50 mg sertraline"]  # the drug with its dose
    assert health("Frau Roth nimmt seit Mai Metoprolol.") == ["Metoprolol"]


def test_a_medicine_in_a_text_that_names_nobody_is_no_health_data() -> None:
    assert health("Metoprolol is available as a generic from next month.") == []


def test_a_text_that_names_nobody_needs_a_person_in_the_sentence() -> None:
    assert health("Allergy information for every dish is on the back of the menu.") == []
    assert health("Our new analyst is autistic and prefers written instructions.") == ["autistic"]


def test_a_predicate_makes_its_subject_a_person() -> None:
    assert health("Jo has been on long-term sick since February.") != []


def test_a_health_fact_about_a_person_makes_health_words_near_it_about_them() -> None:
    text = "Dear Parents,\nKathy in Class 3 can come back after kidney stones; please bring the doctor's note."
    assert health(text) == ["kidney stones", "doctor's note"]


@pytest.mark.parametrize(
    "text, term",
    [
        ("Hi all, Marie Garner is back after cancer treatment.", "cancer treatment"),
        ("Claim 12: the insured person Ayesha Ho has been HIV positive since the fall.", "HIV positive"),
        ("fyi Omar is out sick today - migraines flare-up. I'll take the call", "migraines flare-up"),
        ("Herr Oğuz Demir\nFestgestellte Beeinträchtigung: Pfeiffersches Drüsenfieber", "Pfeiffersches Drüsenfieber"),
    ],
)
def test_a_term_keeps_its_head_noun_and_its_eponym(text: str, term: str) -> None:
    assert term in health(text)


def test_a_body_part_after_a_sick_note_is_the_diagnosis() -> None:
    assert health("Kurze Info: Florin Weber ist diese Woche krankgeschrieben, Rücken. Thx!") == [
        "krankgeschrieben",
        "Rücken",
    ]


def test_a_field_of_a_record_is_about_the_person_named_in_the_record() -> None:
    text = "Bescheid über die Feststellung\nFrau Alara Hochreiter\nFestgestellte Beeinträchtigung: Blinddarmentzündung"
    assert "Blinddarmentzündung" in health(text)


def test_the_topic_of_an_offer_is_about_nobody_even_beside_a_name() -> None:
    text = "Chaudhry, Taras;CH21 9458 3441 3253 6866 0;MR-2 Unser Betriebsarzt bietet Sprechstunden zu Rückenschmerzen."
    assert health(text) == []
    assert health("Dr Schmidt from the university will present the study on sleep disorders.") == []


@pytest.mark.parametrize(
    "text",
    [
        "This spreadsheet is giving me a headache.",
        "Dieser Quartalsabschluss bereitet mir echt Kopfschmerzen.",
        "Honestly, the legacy codebase is a cancer on this project.",
        "Der Server ist heute krank langsam, kann mal jemand in die Logs schauen?",
    ],
)
def test_figures_of_speech_are_no_health_data(text: str) -> None:
    assert health(text) == []


def test_a_sick_note_value_in_a_log_line_is_health_data() -> None:
    text = '2026-03-02 09:14 INFO absence.create user="priya.n@firma.de" type="sickness" days=3'
    assert health(text) == ["sickness"]
    assert scan(text).level == "red"


def test_a_compound_of_addiction_is_health_data_and_longing_or_visiting_is_not() -> None:
    assert health("Ich bin seit Januar bei einer Beratung wegen meiner Spielsucht.") == ["Spielsucht"]
    assert health("Ich habe Sehnsucht nach dem Urlaub, und Tom hat mich besucht.") == []


def test_family_tails_are_long_enough_to_be_tried() -> None:
    assert all(len(tail) >= 4 for tail in FAMILY_TAILS)  # the word loop compares a word's last four letters


def test_what_a_business_suffers_from_is_no_health_data() -> None:
    assert health("Our supplier is suffering from a shortage of chips.") == []
    assert health("Unser Projekt leidet unter chronischem Personalmangel.") == []


def test_compounds_of_therapy_and_of_a_cold_are_health_data() -> None:
    assert health("Frau Nowak bekommt seit März eine Traumatherapie.") == ["Traumatherapie"]
    assert health("Carla hat Heuschnupfen und sitzt nicht am Fenster.") == ["Heuschnupfen"]


@pytest.mark.parametrize(
    "text",
    [
        "Dear Mr Hill, please contact the surgery to book a review.",
        "The surgery on Elm Road will be closed for refurbishment on Friday.",
    ],
)
def test_the_surgery_as_a_practice_is_no_health_data(text: str) -> None:
    assert health(text) == []


def test_an_operation_called_surgery_beside_a_practice_word_stays_health_data() -> None:
    assert health("Linda's surgery went well; she is at home.") == ["surgery"]


@pytest.mark.parametrize(
    "text, term",
    [
        ("Tom's sick today, back tomorrow hopefully - Jane", "Tom's sick"),
        ("hi it's dave i'm not well so i won't be in", "i'm not well"),
        ("Mrs Okoye had a fall overnight in room 4.", "had a fall"),
        ("Employee Ana Ruiz requests FMLA leave for a serious health condition.", "serious health condition"),
        ("Add my disabled dependant Leo Park to the plan.", "disabled dependant"),
    ],
)
def test_everyday_english_about_being_unwell_or_cared_for_is_health_data(text: str, term: str) -> None:
    assert term in health(text)


@pytest.mark.parametrize(
    "text", ["It's sick how fast this build is.", "Well, that is a serious condition of the contract."]
)
def test_the_same_words_in_other_senses_are_no_health_data(text: str) -> None:
    assert health(text) == []
