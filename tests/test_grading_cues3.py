"""Cue fixes from the curriculum writers' misjudged answers (holdout3): each case, its variants and look-alikes."""

from __future__ import annotations

import pytest

from course.content import CheckSpec
from course.grading import grade_checks

# check -> (texts a human sees the check in, texts that only look like it)
CASES: dict[str, tuple[list[str], list[str]]] = {
    "tone": (
        [
            "Erstelle eine Vorlage für eine höfliche Zahlungserinnerung.",
            "Schreibe eine freundliche Zahlungserinnerung.",
            "Create a polite payment reminder template.",
            "Write a friendly reminder.",
            "Write a freindly reminder.",
            "Create a friendly team reminder.",
            "Write a warm team email.",
            "Erstelle eine freundliche Kollegenmail.",
            "Schreib eine lockere Team-Nachricht.",
        ],
        [
            "Wir sind ein freundliches Team.",
            "Unsere Kollegen sind freundlich und hilfsbereit.",
            "Du bist ein professioneller Texter.",
            "Schreibe eine Zahlungserinnerung an Frau Jäger.",
        ],
    ),
    "format": (
        ["Mit Betreffzeile.", "Schreib auch einen Betreff.", "Add a subject line."],
        [
            "Betreff: Rechnung fehlt → Buchhaltung\nBetreff: Neuer Laptop → IT\nOrdne die Betreffzeilen so zu.",
            "Subject: invoice missing\nReply to this email.",
        ],
    ),
    "task": (
        [
            "Zieh aus dem Protokoll alle Termine heraus.",
            "Ziehen Sie die wichtigsten Zahlen aus dem Bericht heraus.",
            "Zieh die Kernaussagen raus.",
            "Bündle die Rückmeldungen nach Themen.",
            "Bündel die Anmerkungen.",
            "Bündeln Sie die Fragen aus dem Chat.",
            "Pull the action items out of these notes.",
            "Group the comments by theme.",
            "From the survey, pull out the most common complaints.",
            "Bundle the feedback by theme.",
            "Now label these reviews the same way.",
            "Ich bin Einkaufsleiterin und brauche eine Zusammenfassung des Angebots.",
        ],
        [
            "Die Zahlen ziehen wir jeden Monat aus SAP heraus und bündeln sie in einer Excel-Datei.",
            "We pull the numbers out of SAP every month and group them by region.",
            "Die Liste hat 2000 Zeilen.",
            "Der Umzug ist im Mai.",
        ],
    ),
    "audience": (
        [
            "Die Mail ist für die Einkaufsleiterin.",
            "Die Mail geht an die Einkaufsleiterin.",
            "Sie geht an die Einkaufsleitrin.",
            "Verfassen Sie ein Anschreiben für den Personalleiter.",
            "Die Zusammenfassung geht an unsere Buchhalterin.",
            "Schreib eine Zahlungserinnerung an Frau Jäger.",
            "Schreib eine Erinnerung an Kunde Berger.",
            "Summarise the audit for the head of purchasing.",
            "It goes to the purchasing manager.",
            "Write a reminder to Mr Hale.",
            "Write a thank-you note to the volunteers.",
        ],
        [
            "Schreib eine Stellenanzeige für einen Lagerleiter.",
            "Als Einkaufsleiterin brauche ich eine Übersicht.",
            "Agiere als Einkaufsleiter.",
            "Du bist Assistent des Vertriebsleiters.",
            "Ich bin Einkaufsleiterin.",
            "Erstelle eine Anleitung für MS Teams.",
        ],
    ),
    "out": (
        [
            "Wenn die Antwort nicht im Text steht, sag das.",
            "Wenn dort nichts dazu steht, sag mir das.",
            "Wenn die antwort nich im text steht, sags einfach.",
            "Falls die Antwort nicht in den Unterlagen steht, sagen Sie das bitte.",
            "If it doesn't say, tell me it isn't covered.",
            "If the answer isn't in the text, say that.",
        ],
        [
            "Wenn im Text ein Datum steht, übernimm es.",
            "Wenn der Termin nicht im Kalender steht, trag ihn ein.",
            "If the customer isn't in the CRM, add them.",
            "If the text mentions a date, add it to the table.",
        ],
    ),
    "examples": (
        [
            'Orientiere dich am Stil dieses alten Posts: "Was für ein Tag!"',
            "Orientieren Sie sich an dieser früheren Mail:",
            "Nimm diesen alten Post als Vorbild.",
            'Match the style of this previous post: "What a day!"',
            "Use this old announcement as a model.",
            "Mail: Wir ziehen um -> Umzug\nMail: Rechnung fehlt -> Rechnung\nMail: {mail} ->",
            "Betreff: Rechnung fehlt → Buchhaltung\nBetreff: Neuer Laptop → IT\nOrdne die Betreffzeilen so zu.",
            "great product => positive\nbroken on arrival => negative\nLabel these the same way.",
            "Input: Printer jammed\nOutput: Hardware\nInput: [TICKET]",
        ],
        [
            "Orientiere dich am Stil unserer bisherigen Posts.",
            "Match the style of our earlier posts.",
            "Erstelle diesen Text als Vorlage für alle Kunden.",
            "Klicke auf Daten -> Filter.",
            "Gib mir ein Beispiel.",
        ],
    ),
    "constraints": (
        [
            "Schreib nicht mehr als fünf Sätze.",
            "Schreib nichts über einzelne Gehälter.",
            "Nur die Termine, nicht zu viel Drumherum.",
            "Don't write more than 100 words.",
            "Don't mention the salaries.",
            "Keep it under 100 words.",
            "Wenn du Zahlen nennst, nenne nur geprüfte.",
            "If you are unsure, don't guess.",
        ],
        [
            "Schreib eine Mail an das Team, aber schreib nicht zu viel.",
            "Fass den Bericht zusammen, nicht zu lang bitte.",
            "Schreiben Sie nicht zu ausführlich.",
            "Fass das Meeting zusammen und schreib nich zu viel.",
            "Write a thank-you note, but don't write too much.",
            "Summarise the report and don't make it too long.",
            "Keep it short.",
            "Keep it brief.",
            "Halte dich kurz.",
            "Wenn dort nichts dazu steht, sag mir das.",
        ],
    ),
    "context": (
        ["We pull the numbers out of SAP every month.", "Wir bündeln alle Anfragen in einem Postfach."],
        ["Pull the numbers out of SAP."],
    ),
}


def _passes(name: str, text: str) -> bool:
    return grade_checks([CheckSpec(name)], text, "de").results[0].passed


@pytest.mark.parametrize("name", list(CASES))
def test_cue_is_found_in_each_case_and_variant(name: str) -> None:
    found, _ = CASES[name]
    missed = [t for t in found if not _passes(name, t)]
    assert not missed, (name, missed)


@pytest.mark.parametrize("name", list(CASES))
def test_look_alikes_do_not_count(name: str) -> None:
    _, absent = CASES[name]
    wrong = [t for t in absent if _passes(name, t)]
    assert not wrong, (name, wrong)


@pytest.mark.parametrize(
    "spec,shown",
    [
        (CheckSpec("icontains-any", ("Freitag", "Mail")), "„Mail“"),
        (CheckSpec("icontains", "freitag"), "„freitag“"),
        (CheckSpec("regex", r"Messe\w+"), "„Messevorbereitung“"),
    ],
)
def test_text_check_evidence_is_the_match_not_the_clause(spec: CheckSpec, shown: str) -> None:
    text = "Schreib eine Mail an das Team: Freitag faellt aus, weil die Messevorbereitung alle Kräfte bindet."
    result = grade_checks([spec], text, "de").results[0]
    assert result.passed and shown in result.message, result.message
    assert "faellt aus" not in result.message
    assert text[result.evidence.start : result.evidence.end] == result.evidence.text


def test_structure_evidence_still_shows_its_clause() -> None:
    result = grade_checks([CheckSpec("role")], "Du bist Assistenz der Geschäftsführung. Schreib.", "de").results[0]
    assert "Du bist Assistenz der Geschäftsführung" in result.message and result.evidence.text == "Du bist"


def test_long_json_evidence_is_shortened_in_the_message() -> None:
    text = 'Antworte so: {"titel": "x", "punkte": ["a", "b"], "notiz": "' + "lang " * 40 + '"}'
    result = grade_checks([CheckSpec("is-json")], text, "de").results[0]
    assert result.passed and len(result.message) < 120 and "…" in result.message


def test_grading_modules_compile_without_warnings() -> None:
    """Invalid escapes ('\\s' in a plain string) warn only when compiled, not from a cached .pyc: compile afresh."""
    import warnings
    from pathlib import Path

    import course.grading

    folder = Path(course.grading.__file__).parent
    for path in sorted(folder.glob("*.py")):
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            compile(path.read_text(encoding="utf-8"), str(path), "exec")


def test_bad_escape_would_be_caught() -> None:
    import warnings

    with warnings.catch_warnings(), pytest.raises((SyntaxError, DeprecationWarning, SyntaxWarning)):
        warnings.simplefilter("error")
        compile('x = "\\s"', "bad.py", "exec")
