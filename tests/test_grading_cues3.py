"""Cue fixes from the curriculum writers' misjudged answers (holdout3): each case, its variants and look-alikes."""

from __future__ import annotations

import pytest

from course.grading import grade_checks
from course.model import CheckSpec

# check -> (texts a human sees the check in, texts that only look like it)
CASES: dict[str, tuple[list[str], list[str]]] = {
    "task": (
        ["Zieh aus dem Protokoll alle Termine heraus.", "Ziehen Sie die wichtigsten Zahlen aus dem Bericht heraus.",
         "Zieh die Kernaussagen raus.", "Bündle die Rückmeldungen nach Themen.", "Bündel die Anmerkungen.",
         "Bündeln Sie die Fragen aus dem Chat.", "Pull the action items out of these notes.", "Group the comments by theme.",
         "From the survey, pull out the most common complaints.", "Bundle the feedback by theme.",
         "Now label these reviews the same way.",
         "Ich bin Einkaufsleiterin und brauche eine Zusammenfassung des Angebots."],
        ["Die Zahlen ziehen wir jeden Monat aus SAP heraus und bündeln sie in einer Excel-Datei.",
         "We pull the numbers out of SAP every month and group them by region.",
         "Die Liste hat 2000 Zeilen.", "Der Umzug ist im Mai."],
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
