"""The scanner keeps its last results: a grade and the workbench's privacy light scan one text once."""

from __future__ import annotations

import pytest

from course.content import CheckSpec
from course.grading import grade_checks
from course.scanner import core, scan

TEXT = "Bitte schreib Frau Erika Mustermann (erika.mustermann@firma.de) eine kurze Absage. Passwort: Sommer2024!"


@pytest.fixture
def normalize_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every text the scanner really scans (its first step, normalising) from now on."""
    core.forget()
    calls: list[str] = []
    real = core.normalize

    def counting(text: str) -> core.Normalized:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(core, "normalize", counting)
    return calls


def test_grade_and_privacy_light_scan_the_same_text_once(normalize_calls: list[str]) -> None:
    specs = (CheckSpec("no-personal-data"), CheckSpec("no-secrets"))
    grade = grade_checks(specs, TEXT, "de")
    light = scan(TEXT)
    assert normalize_calls == [TEXT]
    assert light.level == "red" and not grade.passed


def test_a_kept_result_equals_a_fresh_scan(normalize_calls: list[str]) -> None:
    first = scan(TEXT)
    again = scan(TEXT)
    core.forget()  # what a tool that swaps the word lists calls (benchmarks/scanner_quality.py)
    fresh = scan(TEXT)
    assert again is first
    assert fresh == first and fresh is not first
    assert len(normalize_calls) == 2


def test_other_names_or_another_text_are_scanned_anew(normalize_calls: list[str]) -> None:
    plain = scan("Grüße an Quentin Zzyzx-Obermaier")
    named = scan("Grüße an Quentin Zzyzx-Obermaier", names=["Zzyzx-Obermaier"])
    other = scan("Grüße an Quentin Zzyzx-Obermaier.")
    assert len(normalize_calls) == 3
    assert any(f.text.endswith("Zzyzx-Obermaier") for f in named.findings)
    assert plain.level in ("green", "yellow", "red") and other.level in ("green", "yellow", "red")


def test_a_str_subclass_is_scanned_as_its_plain_text(normalize_calls: list[str]) -> None:
    class Odd(str):
        def __eq__(self, other: object) -> bool:
            return True

        def __hash__(self) -> int:
            return hash(TEXT)  # would find TEXT's kept result if it were the key

        def __str__(self) -> str:
            return "Passwort: Sommer2024!"

    assert scan(Odd(TEXT)) == scan(TEXT)
    assert scan(Odd("nichts")).level == "green"
    assert scan("Grüße an Quentin Zzyzx-Obermaier", names=[Odd("Zzyzx-Obermaier")]).level == "red"
