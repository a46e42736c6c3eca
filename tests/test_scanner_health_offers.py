"""Health words in offers to everyone and in accessibility notes are no health data; injuries and the way back to
work about a named person are."""

from __future__ import annotations

import pytest
from helpers.scanning import health


@pytest.mark.parametrize(
    "text",
    [
        "Unsere Betriebsärztin bietet ab März Sprechstunden zu Schlafproblemen und Rückenschmerzen an.",
        "The occupational health team offers drop-in sessions on back pain every Thursday.",
        "Rollstuhlgerechter Eingang: bitte die Rampe links neben der Kantine nutzen.",
        "Step-free access to the wheelchair-accessible toilets is via the side door.",
        "Beim Gesundheitstag gibt es Vorsorge-Checks zu Bluthochdruck für alle.",
    ],
)
def test_offers_and_accessibility_notes_are_about_nobody(text: str) -> None:
    assert health(text) == []


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Unfallbericht: Kemal Aras hat sich eine Platzwunde an der Stirn zugezogen.", "Platzwunde"),
        ("Frau Hölzl startet nach der Reha in die stufenweise Wiedereingliederung.", "Wiedereingliederung"),
        ("Dragan ist seit gestern mit AU zu Hause.", "mit AU zu Hause"),
        ("OOO: Priya Nair, phased return from 3 March", "phased return"),
        ("hi it's Conor, I'm out on sick leave till Friday", "out on sick leave"),
    ],
)
def test_injuries_and_return_to_work_about_a_person_are_health_data(text: str, term: str) -> None:
    assert any(term in found for found in health(text)), health(text)


def test_mit_and_off_as_words_start_no_health_term() -> None:
    assert health("Treffen mit Austin, danach off-site mit dem Team; Mit AUDI zum Kunden.") == []
