"""Health forms first seen in pii6's tuning part, in sentences of our own: a positive test, being unfit for a kind
of work, and "Hals- und Beinbruch", which wishes luck and tells nothing about anyone's health."""

from __future__ import annotations

import pytest
from helpers.scanning import health


@pytest.mark.parametrize(
    "text, term",
    [
        ("Info: Goran Petrić ist positiv getestet und bleibt bis Freitag daheim.", "positiv getestet"),
        ("Frau Albers wurde positiv auf Influenza getestet.", "positiv auf influenza getestet"),
        ("Heads up: Shanice Okoro tested positive this morning, working from home.", "tested positive"),
        ("Per the OH report, Declan Reyes is unfit for heavy lifting duties.", "unfit for heavy lifting duties"),
        ("Abdi Warsame is unfit for work until the 14th.", "unfit for work"),
    ],
)
def test_a_positive_test_or_unfitness_of_a_named_person_is_health(text: str, term: str) -> None:
    assert term in [t.lower() for t in health(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Morgen ist die Führerscheinprüfung, Hals- und Beinbruch, Kemal!",
        "Die Proben wurden positiv getestet und freigegeben, Charge 2291.",
        "The release candidate tested positive for the memory leak we fixed.",
    ],
)
def test_the_same_words_about_nobody_are_no_health(text: str) -> None:
    assert health(text) == []
