"""grade() for every exercise kind, and the solution/fails self-test that lint runs."""

from __future__ import annotations

import pytest

from course.content import CheckSpec, Exercise
from course.grading import grade, selftest

PROMPT = Exercise(
    id="anatomy-meeting",
    kind="prompt",
    task="Protokoll aus Notizen",
    material="Notizen von Erika Mustermann: Budget Q3 freigegeben, Launch verschoben auf Mai.",
    checks=(
        CheckSpec("role"),
        CheckSpec("context"),
        CheckSpec("format", ("Tabelle", "table")),
        CheckSpec("no-personal-data"),
        CheckSpec("min-words", 12),
    ),
    solution="Du bist Assistenz der Geschäftsführung. Aus unserem Jour fixe am Montag habe ich Notizen. "
    "Erstelle daraus ein Protokoll als Tabelle mit Beschluss und Termin.",
    fails=("Mach ein Protokoll.", "Du bist Assistenz. Mach aus den Notizen eine Tabelle."),
    line=12,
)


def test_prompt_solution_passes_and_fails_fail() -> None:
    result = grade(PROMPT, PROMPT.solution, "de")
    assert result.passed and result.score == 1.0
    for wrong in PROMPT.fails:
        assert not grade(PROMPT, wrong, "de").passed
    assert selftest(PROMPT, "de") == []


def test_names_from_the_material_count_as_personal_data() -> None:
    text = PROMPT.solution + " Erika hat die Notizen geschrieben."
    result = grade(PROMPT, text, "de")
    check = next(r for r in result.results if r.name == "no-personal-data")
    assert not check.passed and check.must and "Erika" in check.message
    assert not result.passed and result.score == pytest.approx(0.8)
    assert text[check.evidence.start : check.evidence.end] == "Erika"


def test_improve_must_change_the_start_text() -> None:
    ex = Exercise(
        id="imp",
        kind="improve",
        start="Du bist Experte. Schreib eine Tabelle.",
        checks=(CheckSpec("role"), CheckSpec("format")),
        pass_score=0.5,
    )
    same = grade(ex, "  du bist experte.  schreib eine tabelle. ", "de")
    assert not same.passed and same.results[-1].name == "changed"
    assert grade(ex, "Du bist Expertin. Schreib bitte eine Tabelle mit drei Spalten.", "de").passed


def test_redact_needs_a_clean_text_and_the_placeholders() -> None:
    ex = Exercise(
        id="clean",
        kind="redact",
        keeps=("KUNDE",),
        start="Sehr geehrte Frau Erika Mustermann, [KUNDE] hat die IBAN DE89 3704 0044 0532 0130 00.",
        solution="Sehr geehrte Frau [NAME], [KUNDE] hat die IBAN [IBAN].",
        fails=(
            "Sehr geehrte Frau Mustermann, [KUNDE] hat die IBAN [IBAN].",
            "Sehr geehrte Frau [NAME], hat die IBAN [IBAN].",
        ),
    )
    ok = grade(ex, ex.solution, "de")
    assert ok.passed and {r.name for r in ok.results} == {"no-personal-data", "no-secrets", "keeps"}
    leak = grade(ex, ex.fails[0], "de")
    assert not leak.passed and "Mustermann" in leak.results[0].message
    lost = grade(ex, ex.fails[1], "de")
    assert not lost.passed and "[KUNDE]" in next(r for r in lost.results if r.name == "keeps").message
    assert not grade(ex, "", "de").passed
    assert selftest(ex, "de") == []


def test_redact_fails_on_secrets_too() -> None:
    ex = Exercise(id="sec", kind="redact", start="password=hunter2")
    assert not grade(ex, "Das Passwort ist password=hunter2", "en").passed
    assert grade(ex, "Das Passwort ist [PASSWORT]", "en").passed


QUIZ = Exercise(
    id="q",
    kind="quiz",
    question="?",
    options=("a", "b", "c", "d"),
    answer=(2,),
    explain=("nein a", "ja b", "nein c", "nein d"),
    solution=2,
    fails=(1, 3),
)
MULTI = Exercise(
    id="m",
    kind="quiz",
    question="?",
    options=("a", "b", "c"),
    answer=(1, 3),
    explain=("ja", "nein", "ja"),
    solution=[1, 3],
    fails=([1], [2, 3]),
)


@pytest.mark.parametrize("answer", [2, "2", " 2 ", [2], "[2]"])
def test_quiz_accepts_numbers_lists_and_text(answer) -> None:
    result = grade(QUIZ, answer, "de")
    assert result.passed and result.score == 1.0
    assert "ja b" in result.results[0].message


def test_quiz_wrong_and_partial_answers() -> None:
    wrong = grade(QUIZ, 3, "de")
    assert not wrong.passed and wrong.score == 0
    assert any("nein c" in r.message for r in wrong.results) and any("ja b" in r.message for r in wrong.results)
    assert grade(MULTI, "1,3", "en").passed and grade(MULTI, "3 1", "en").passed
    half = grade(MULTI, [1], "en")
    assert not half.passed and half.score == pytest.approx(0.5)
    assert grade(MULTI, [1, 2, 3], "en").score == pytest.approx(0.5)
    for bad in (None, "", "x", 0, 9, True, "1;a", [1.5], {"a": 1}, "9" * 500):
        result = grade(QUIZ, bad, "de")
        assert not result.passed and result.results[0].name == "answer"
    assert selftest(QUIZ, "de") == [] and selftest(MULTI, "de") == []


ORDER = Exercise(
    id="o",
    kind="order",
    items=("Notizen lesen", "Beschlüsse sammeln", "Protokoll schreiben", "Versenden"),
    solution=[1, 2, 3, 4],
    fails=([2, 1, 3, 4], [4, 3, 2, 1]),
)


def test_order_exact_passes_partial_credit_otherwise() -> None:
    assert grade(ORDER, [1, 2, 3, 4], "de").passed
    swapped = grade(ORDER, [2, 1, 3, 4], "de")
    assert not swapped.passed and swapped.score == pytest.approx(0.75)
    assert grade(ORDER, [4, 3, 2, 1], "de").score == 0.0
    wrong = next(r for r in swapped.results if not r.passed)
    assert "Position" in wrong.message and wrong.hint
    for bad in ([1, 2, 3], [1, 1, 2, 3], "a,b", None, [1, 2, 3, 5]):
        assert not grade(ORDER, bad, "de").passed
    assert grade(ORDER, "1, 2, 3, 4", "en").passed
    assert selftest(ORDER, "de") == []


def test_reflect_with_minutes_saved() -> None:
    ex = Exercise(
        id="r",
        kind="reflect",
        checks=(CheckSpec("min-words", 5),),
        minutes_saved=True,
        solution="Ich lasse mir Protokolle vorstrukturieren und spare Zeit.",
        fails=("kurz", "zu kurz"),
    )
    assert grade(ex, ex.solution, "de").passed
    assert grade(ex, {"text": ex.solution, "minutes": 20}, "de").passed
    missing = grade(ex, {"text": ex.solution, "minutes": "viele"}, "de")
    assert not missing.passed and missing.results[-1].name == "minutes-saved"
    assert not grade(ex, "zu kurz", "de").passed
    default = Exercise(id="r2", kind="reflect")
    assert not grade(default, "Ein paar Worte.", "en").passed


def test_selftest_reports_missing_failing_and_weak_entries() -> None:
    ex = Exercise(
        id="bad",
        kind="prompt",
        checks=(CheckSpec("role"),),
        line=40,
        solution="Schreib was.",
        fails=("Du bist Expertin.",),
    )
    problems = selftest(ex, "de")
    codes = {(code, severity) for _line, severity, code, _msg in problems}
    assert (
        ("solution-fails", "error") in codes and ("fail-passes", "error") in codes and ("few-fails", "warning") in codes
    )
    assert all(line == 40 for line, *_ in problems)
    assert "role" in str(next(m for _l, _s, c, m in problems if c == "solution-fails"))
    none = selftest(Exercise(id="x", kind="prompt", checks=(CheckSpec("role"),), fails=("a", "b")), "de")
    assert [c for _l, _s, c, _m in none] == ["no-solution"]
