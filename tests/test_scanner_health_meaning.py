"""Health data (GDPR Art. 9) by meaning: a health term about a person is health data, the same words about nobody
(a policy, a product, a clinic as a customer, an insurance, an idiom, IT) are not.

The sentences are written for this file in other words than the corpora (pii2, pii3): half of them are about a
person (named, "she", "mein Kollege", "the new hire"), half use the same words about nobody. Several use health
words no rule lists by name, so the tests show whether the rules follow meaning rather than phrases.
"""

from __future__ import annotations

import pytest

from course.scanner import scan

ABOUT_A_PERSON_DE = [
    ("Mein Kollege Jonas fehlt diese Woche, er hat eine Gehirnerschütterung vom Fußball.", "Gehirnerschütterung"),
    ("Frau Demir geht ab dem 3. Juni für sechs Wochen zur Reha nach Bad Füssing.", "Reha"),
    ("Der Azubi hat heute früh seine Krankschreibung per Foto geschickt.", "Krankschreibung"),
    ("Sie nimmt seit Januar Antidepressiva, bitte sprich sie nicht darauf an.", "Antidepressiva"),
    ("Bei Herrn Vogt hat man einen gutartigen Tumor an der Schilddrüse gefunden.", "Tumor"),
    ("Unsere Buchhalterin ist im fünften Monat schwanger und arbeitet ab August Teilzeit.", "schwanger"),
    ("Herr Kaya hat einen Grad der Behinderung von 60 und braucht einen Parkplatz am Eingang.", "Behinderung"),
    ("Lisa leidet seit ihrer Kindheit unter Neurodermitis.", "Neurodermitis"),
    ("Ich bleibe heute im Bett, Dr. Sommer hat mich bis Freitag krankgeschrieben.", "krankgeschrieben"),
    ("Marco Brandl wird nächste Woche an der Schulter operiert.", "operiert"),
    ("Meine Chefin hat Brustkrebs und kommt nur vormittags ins Büro.", "Brustkrebs"),
    ("Er nimmt wegen seiner Rückenprobleme seit Wochen starke Schmerzmittel.", "Schmerzmittel"),
    ("Unser Praktikant Ben hat Typ-1-Diabetes und muss zwischendurch Insulin spritzen.", "Diabetes"),
    ("Frau Roth ist nach ihrer Fehlgeburt noch bis März zu Hause.", "Fehlgeburt"),
    ("Kurt Lenz darf wegen seiner Epilepsie keine Staplerfahrten mehr machen.", "Epilepsie"),
    ("Die neue Kollegin aus dem Einkauf ist seit ihrem Unfall auf einen Rollstuhl angewiesen.", "Rollstuhl"),
    ("Herr Albers ist wegen eines Burnouts bis auf Weiteres ausgefallen.", "Burnouts"),
    ("Tanja hat erzählt, dass ihr Sohn Autist ist und sie deshalb früher gehen muss.", "Autist"),
]

ABOUT_NOBODY_DE = [
    "Die Krankenkasse hat den Zusatzbeitrag für 2026 auf 2,9 Prozent erhöht.",
    "Unser Betriebliches Gesundheitsmanagement startet im Mai einen Rückenkurs.",
    "Das Diagnose-Tool meldet drei Warnungen auf dem Mailserver.",
    "Der neue Trailer ist krank gut, den müsst ihr sehen!",
    "Im Krankheitsfall informieren Sie bitte vor 9 Uhr Ihre Führungskraft.",
    "Wir liefern Verbandsmaterial an drei Kliniken in Niederbayern.",
    "Die Physiotherapie-Praxis Lindner ist seit März Kundin unserer Terminsoftware.",
    "Der Mutterschutz beginnt in der Regel sechs Wochen vor der Geburt.",
    "Die Schulung „Erste Hilfe bei Herzinfarkt“ findet am 12. Oktober statt.",
    "Schwangere Mitarbeiterinnen haben Anspruch auf einen Ruheraum.",
    "Die private Krankenversicherung übernimmt ab 2026 auch Sehhilfen.",
    "Wer krank ist, meldet sich bitte bis 9 Uhr telefonisch im Team.",
    "Unsere App erinnert Patienten daran, ihre Medikamente pünktlich zu nehmen.",
    "Der Rollstuhl-Zugang am Haupteingang wird bis Freitag repariert.",
    "Das Start-up entwickelt eine KI, die Depressionen an der Stimme erkennt.",
    "Der Vortrag über Burnout-Prävention war sehr gut besucht.",
    "Laut Betriebsvereinbarung ist eine Krankmeldung spätestens am dritten Tag einzureichen.",
    "Unsere Kundin, die Reha-Klinik am Tegernsee, zahlt immer pünktlich.",
]

ABOUT_A_PERSON_EN = [
    ("My line manager is recovering from a stroke and won't be back before spring.", "stroke"),
    ("Priya told me she's expecting twins in August.", "expecting twins"),
    ("Tom in logistics has been off work with a bad back for a fortnight.", "bad back"),
    ("She has been on antidepressants since the divorce.", "antidepressants"),
    ("Mr Harris is having keyhole surgery on his knee on the 4th.", "surgery"),
    ("Our receptionist was diagnosed with ADHD last year.", "diagnosed"),
    ("Can you cover for Gemma? She's in hospital after a car accident.", "in hospital"),
    ("I can't come in tomorrow, I've got a migraine coming on.", "migraine"),
    ("Kevin is deaf in one ear, so please face him when you speak.", "deaf"),
    ("The new hire, Leila, wears a hearing aid, so the meeting room needs a loop.", "hearing aid"),
    ("Jim's wife had a miscarriage last week, so he is taking a few days off.", "miscarriage"),
    ("Ms O'Neill suffers from cluster headaches and needs a dark room now and then.", "cluster headaches"),
    ("He has been struggling with his mental health since the restructuring.", "mental health"),
    ("Our driver Sam is diabetic and keeps glucose tablets in the van.", "diabetic"),
    ("Helen starts her maternity leave on 1 March.", "maternity leave"),
    ("Raj broke his wrist skiing and can't type for six weeks.", "broke his wrist"),
    ("Please keep it quiet, but Carl is being treated for prostate cancer.", "prostate cancer"),
    ("Anna tested positive for covid on Monday and is working from home.", "covid"),
]

ABOUT_NOBODY_EN = [
    "Health and safety training is mandatory for everyone on site.",
    "The CI pipeline is healthy again after last night's fix.",
    "I'm sick of these endless status meetings.",
    "We sell wheelchair ramps and mobility scooters to care homes.",
    "Our client, Riverside Hospital, renewed the cleaning contract for three years.",
    "The group health insurance plan now covers dental and optical.",
    "That new guitar riff is sick!",
    "Pregnancy and maternity are protected characteristics under the Equality Act.",
    "We're running a webinar on burnout prevention for team leads.",
    "The cancer research charity is our Christmas donation partner this year.",
    "Our app reminds users to take their medication on time.",
    "The therapy dog visits the office every Friday afternoon.",
    "The depression in the housing market hit our Q3 sales.",
    "Disability access: the lift is to the left of reception.",
    "If you are unwell, please call your manager before 9 am.",
    "Staff on sick leave keep accruing holiday under UK law.",
    "Our pharmacy clients order insulin pens and blood thinners in bulk.",
    "The surgery reopens after the bank holiday on Tuesday.",
]


def _health_over(text: str, term: str) -> list[str]:
    """Health findings that overlap the first occurrence of `term`."""
    start = text.index(term)
    end = start + len(term)
    return [f.text for f in scan(text).findings if f.category == "health" and f.start < end and start < f.end]


@pytest.mark.parametrize("text, term", ABOUT_A_PERSON_DE + ABOUT_A_PERSON_EN)
def test_a_health_fact_about_a_person_is_health_data(text: str, term: str) -> None:
    assert _health_over(text, term), scan(text)


@pytest.mark.parametrize("text", ABOUT_NOBODY_DE + ABOUT_NOBODY_EN)
def test_health_words_about_nobody_are_no_health_data(text: str) -> None:
    assert [f.text for f in scan(text).findings if f.category == "health"] == [], scan(text)


@pytest.mark.parametrize(
    "text, term",
    [
        ("tom is sick today, can someone cover his shift?", "is sick"),
        ("hey, lisa ist wieder krank", "ist wieder krank"),
    ],
)
def test_a_first_name_opening_a_chat_line_is_a_person(text: str, term: str) -> None:
    assert _health_over(text, term), scan(text)


@pytest.mark.parametrize("text", ["Er ist nicht krank, nur müde.", "Jan is not sick, he is on holiday."])
def test_a_denied_illness_is_no_health_data(text: str) -> None:
    assert [f.text for f in scan(text).findings if f.category == "health"] == [], scan(text)


@pytest.mark.parametrize(
    "text, term",
    [("Our driver has multiple sclerosis.", "multiple sclerosis"), ("Sie hat Multiple Sklerose.", "Multiple Sklerose")],
)
def test_a_listed_term_is_found_whole_before_a_word_known_by_its_ending(text: str, term: str) -> None:
    assert term in [f.text for f in scan(text).findings if f.category == "health"], scan(text)


def test_the_sets_are_large_and_balanced() -> None:
    for positive, negative in ((ABOUT_A_PERSON_DE, ABOUT_NOBODY_DE), (ABOUT_A_PERSON_EN, ABOUT_NOBODY_EN)):
        assert len(positive) == len(negative) and len(positive) + len(negative) >= 30
