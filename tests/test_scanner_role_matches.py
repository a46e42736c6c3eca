"""The role-word name cue tried only where a role word stands finds exactly what a scan at every position finds."""

from __future__ import annotations

import pytest

from course.scanner import namecues

TEXTS = [
    "Kollegin Alea hat heute frei.",
    "Bitte frag den Manager Tom, ob das passt.",
    "KOLLEGIN Anna, bitte melde dich.",
    "Die Teamleiterin Fynn ist seit Montag krankgeschrieben; Projektleiterin Gion übernimmt.",
    "Bitte gebt der Kollegin Bescheid.",
    "İstanbul: Kollegin Alea hat angerufen.",  # lower() makes İ two characters: falls back to the full scan
    "Our intern Tenzin is out today, the managerin Ada too; ask the CEO Will.",
    "Projektmanagerin und Manager: keine Namen hier.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_role_word_matches_are_the_same_as_a_scan_at_every_position(text: str) -> None:
    expected = [(m.start(), m.end(), m.group("w")) for m in namecues._ROLE.finditer(text)]
    got = [(m.start(), m.end(), m.group("w")) for m in namecues._role_matches(text)]
    assert got == expected


def test_the_cue_still_finds_a_name_after_a_role_word() -> None:
    assert any(m.group("w") == "Alea" for m in namecues._role_matches("Kollegin Alea hat heute frei."))


def test_every_role_word_holds_one_of_the_stems_that_are_searched() -> None:
    assert all(any(stem in role for stem in namecues.ROLE_STEMS) for role in namecues.ROLES)
