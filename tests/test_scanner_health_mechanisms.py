"""The mechanisms that find health data by its form (seventh session, issue 14), one test each: a dose makes a drug,
word formation makes specialties, conditions and procedures, lab markers with a value, injuries by body part,
acronyms after a predicate, companions beside a health fact, a bare subject as a person; and the causes that make
health words about nobody: pets, form titles and senders, closed practices, general statements, jobs, idioms."""

from __future__ import annotations

from helpers.scanning import covered, health


def test_the_word_before_a_dose_is_a_drug_whatever_it_is() -> None:
    assert health("Frau Lindqvist nimmt morgens Ramipril 5 mg.") == ["Ramipril 5 mg"]
    assert covered("Rezept für Herrn Obi: Valproat 500 mg 1-0-1", "health", "Valproat 500 mg")
    assert covered("Ms Okoye needs two puffs of salbutamol before the stairs.", "health", "salbutamol")


def test_a_dose_about_nobody_is_no_health_data() -> None:
    assert health("Ramipril 5 mg ist ab sofort wieder lieferbar, 100 Stück pro Packung.") == []
    assert health("The pump doses 5 ml of cleaner per minute into the tank.") == []


def test_a_drug_line_in_a_prescription_record_is_about_its_patient() -> None:
    text = "Prescription\nPatient: Craig, Liz\nDOB: 1st December 1983\nlevothyroxine 100mcg"
    assert health(text) == ["levothyroxine 100mcg"]


def test_specialties_are_known_by_their_medical_roots_and_need_a_person() -> None:
    assert health("Herr Ivanović wurde an die Rheumatologie überwiesen.") == ["Rheumatologie"]
    assert health("Dev has been referred to rheumatology.") == ["rheumatology"]
    assert health("Die Technologie hinter dem Chip stammt aus Taiwan.") == []
    assert health("Die Kardiologie der Uniklinik hat unsere Rechnung beglichen.") == []


def test_a_specialty_someone_works_in_is_a_job() -> None:
    assert health("Frau Dr. Lange leitet seit Januar die Abteilung Kardiologie.") == []
    assert health("Wir suchen eine Fachärztin für Dermatologie für unser Ärztehaus.") == []


def test_conditions_growths_and_procedures_are_known_by_their_endings() -> None:
    assert covered("Paul hat eine Sarkoidose.", "health", "Sarkoidose")
    assert covered("Lukas hat ein Lipom am Rücken.", "health", "Lipom")
    assert covered("Herr Baumann hat eine Kardiomyopathie.", "health", "Kardiomyopathie")
    assert covered("Frau Dimitrova kommt seit ihrer Hüftoperation mit Stützen.", "health", "Hüftoperation")
    assert health("Das Symptom im Log war ein Atom-Zeitstempel.") == []


def test_lab_markers_with_a_value_or_a_judgement_are_test_results() -> None:
    text = "Laborbefund Günther Asante: HbA1c 8,2 %, TSH erhöht, bitte Wiedervorstellung."
    assert health(text) == ["HbA1c 8,2 %", "TSH erhöht", "Wiedervorstellung"]
    assert covered("Bloods for Amélie Kaiser: HbA1c 64 mmol/mol, low ferritin.", "health", "low ferritin")
    assert health("Der Sensor im Serverraum meldet CO2 erhöht, bitte lüften.") == []
    assert health("Nord\t4.572,53 EUR\t84 %") == []


def test_injuries_are_known_by_the_body_part_they_happen_to() -> None:
    text = "Injury: Carol Hope suffered a cut to the head and a bruised shoulder."
    assert {"cut to the head", "bruised shoulder"} <= set(health(text))
    assert covered("Tom hat sich beim Joggen die Achillessehne gezerrt.", "health", "Achillessehne gezerrt")
    assert health("We cut back on travel and the client pulled back.") == []


def test_a_condition_in_capitals_counts_after_a_word_that_gives_it_to_someone() -> None:
    assert health("Ji-hoon hat ADS, braucht Nachteilsausgleich bei Klassenarbeiten.") == ["ADS", "Nachteilsausgleich"]
    assert health("Derek has MS Teams on his laptop.") == []


def test_companions_count_only_beside_a_health_fact_about_a_person() -> None:
    assert covered("Lori is 24 weeks pregnant; midwife says no heavy lifting.", "health", "no heavy lifting")
    assert health("Please book extra time for the review.") == []


def test_a_bare_subject_with_a_persons_verb_is_a_person() -> None:
    assert health("Schichtplan: June macht wegen Epilepsie keine Nachtdienste.") == ["Epilepsie"]
    assert health("Die Software hat noch Kinderkrankheiten, das Update kommt im März.") == []
    assert health("Neue Studie: Diabetes nimmt in Europa zu.") == []


def test_an_everyday_health_word_beside_a_health_fact_is_about_the_same_person() -> None:
    assert covered("Zhiwei ist nach der Knie-OP noch auf Krücken.", "health", "auf Krücken")
    assert health("Das Projekt ist auf Krücken ins Ziel gehumpelt.") == []


def test_a_pets_diagnosis_is_no_personal_data() -> None:
    assert health("Tierarzt: Krümel hat Arthrose und bekommt Schmerzmittel; Steven Kühnert holt ihn ab.") == []
    assert health("Vet: Bailey has arthritis and is on painkillers; Samira Clarke collecting at 16:05.") == []


def test_a_form_title_or_a_practice_as_sender_is_no_fact() -> None:
    assert health("Physio Vital: Hallo Huong, Ihre Krankengymnastik ist am Mittwoch.") == ["Krankengymnastik"]
    assert "Laborbefund" not in health("Laborbefund Günther Asante: HbA1c 8,2 %")
    assert health("Krankenstand-Meldung an die Personalabteilung: Tomás fällt aus.")[:1] == ["Krankenstand-Meldung"]


def test_a_closed_practice_and_a_general_statement_are_about_nobody() -> None:
    assert health("Riverside Physio is closed for staff training on 10/4/26.") == []
    assert health("Repeat prescriptions take two working days; order through the NHS App.") == []
    assert health("Die Statistik zeigt: Rückenschmerzen sind der häufigste Grund für Fehlzeiten.") == []


def test_an_intensified_illness_of_a_thing_is_an_idiom() -> None:
    assert health("Diese Vorlage ist der reinste Krebs für unsere Formatierung.") == []
    assert health("Die Inflation ist die eigentliche Krankheit unserer Branche.") == []
