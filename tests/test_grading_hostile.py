"""Hostile input: empty, huge, control characters, escapes, RTL marks, emoji, bad patterns."""

from __future__ import annotations

import pytest

from course.content import STRUCTURE_CHECKS, CheckSpec, Exercise
from course.grading import grade, grade_checks
from course.grading.spec import parse_check_list, validate_spec

ALL = [CheckSpec(n) for n in STRUCTURE_CHECKS] + parse_check_list(
    "min-words:25,max-words:100,is-json,icontains-any:a|b,icontains-all:a|b,regex:foo.*bar,contains:x,equals:y,"
    "no-personal-data,no-secrets,keeps:KUNDE,not-role"
)
HOSTILE = {
    "empty": "",
    "blank": " \n\t\u200b ",
    "one-mb-prose": ("Du bist Assistenz. Schreibe eine Tabelle für den Vorstand. " * 20000)[:1_000_000],
    "one-mb-letter": "a" * 1_000_000,
    "one-mb-brackets": "{[" * 500_000,
    "one-mb-quotes": '"' * 1_000_000,
    "many-tags": "<a>" * 100_000,
    "controls": "".join(chr(i) for i in range(32)) * 200 + "Du bist Expertin\x1b[31m rot \x1b]0;title\x07",
    "rtl": "\u202eDu bist\u202c Expertin \u200f\u200b" * 500,
    "emoji": "👩‍💻🚀 Du bist 🤖 Expertin " * 2000,
    "lone-surrogate": "Du bist \udc80 Expertin",
    "nul": "Du bist\x00 Expertin",
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_text_is_graded_without_exceptions(name: str) -> None:
    text = HOSTILE[name]
    result = grade_checks(ALL, text, "de", names=("Erika",))
    assert 0.0 <= result.score <= 1.0
    assert len(result.results) == len(ALL)
    for r in result.results:
        assert r.message and "\x1b" not in r.message and "\x00" not in r.message
        if r.evidence is not None and r.evidence.start is not None:
            assert 0 <= r.evidence.start <= r.evidence.end <= len(text)
            assert "\x1b" not in r.evidence.text
    if name in ("empty", "blank"):
        assert not result.passed


def test_escape_sequences_are_kept_out_of_messages_and_json() -> None:
    text = "\x1b[2J\x1b[31mDu bist\x1b[0m Expertin. Schreib \x07 eine Tabelle."
    data = grade_checks([CheckSpec("role"), CheckSpec("format")], text, "de").to_json()
    dumped = str(data)
    assert "\x1b" not in dumped and "\x07" not in dumped
    assert data["passed"] is True


def test_exponential_regexes_run_in_linear_time_on_re2_and_answer_right() -> None:
    text = "a" * 50 + "!"  # each of these takes minutes with Python's re (backtracking)
    specs = [
        CheckSpec("regex", "(.|a)*!"),
        CheckSpec("regex", "(a{1,100}){1,100}b"),
        CheckSpec("regex", "(a+)+$"),
        CheckSpec("regex", "(x|xx)*y"),
        CheckSpec("regex", ".*a.*a.*b"),
    ]
    result = grade_checks(specs, text, "en")
    assert [r.passed for r in result.results] == [True, False, False, False, False]


def test_regex_features_re2_lacks_are_refused_with_the_reason() -> None:
    for pattern, reason in (
        (r"(a)\1", "backreferences"),
        ("(?<=a)b", "lookbehind"),
        ("a(?=b)", "lookahead"),
        ("(?P<x>a)(?P=x)", "backreferences"),
    ):
        result = grade_checks([CheckSpec("regex", pattern)], "aab", "en")
        assert not result.results[0].passed and "pattern" in result.results[0].message
        why = str(validate_spec(CheckSpec("regex", pattern)))
        assert reason in why and "RE2" in why


def test_author_regex_word_classes_know_umlauts() -> None:
    result = grade_checks(
        [CheckSpec("regex", r"\w+ärger"), CheckSpec("regex", r"Büro\s+Nord")], "Großärger im Büro\u00a0Nord", "de"
    )
    assert [r.passed for r in result.results] == [True, True]


def test_allowed_regex_stays_bounded_on_long_lines() -> None:
    text = ("a b " * 100_000) + "c"
    result = grade_checks([CheckSpec("regex", ".*c"), CheckSpec("regex", r"\w+c")], text, "en")
    assert [r.passed for r in result.results] == [False, False]


@pytest.mark.parametrize("kind", ["prompt", "improve", "redact", "reflect", "quiz", "order"])
@pytest.mark.parametrize("answer", [None, "", 3, [1, "x"], {"text": None}, "\x1b[31m", "9" * 10_000, object()])
def test_every_kind_survives_odd_answers(kind: str, answer) -> None:
    ex = Exercise(
        id="x",
        kind=kind,
        options=("a", "b"),
        answer=(1,),
        items=("a", "b"),
        keeps=("KUNDE",),
        checks=(CheckSpec("role"),),
        start="Frau Erika Muster",
        minutes_saved=True,
    )
    result = grade(ex, answer, "en")
    assert 0.0 <= result.score <= 1.0 and isinstance(result.passed, bool)


MB_SHAPES = {
    "digits": "1 " * 500_000,
    "digits-no-space": "1" * 1_000_000,
    "herr": "Herr " * 200_000,
    "no-spaces": "Abc1-x_" * 142_857,
    "newlines": "\n" * 100_000,
    "arrows": "a -> b\n" * 142_857,
}


@pytest.mark.parametrize("name", list(MB_SHAPES))
def test_megabyte_repeats_are_graded_like_short_text(name: str) -> None:
    text = MB_SHAPES[name] + "\nDu bist Expertin. Schreib eine Tabelle."
    result = grade_checks([CheckSpec(n) for n in STRUCTURE_CHECKS], text, "de")
    assert len(result.results) == len(STRUCTURE_CHECKS)
    for r in result.results:
        if r.evidence is not None and r.evidence.start is not None:
            assert text[r.evidence.start : r.evidence.end] == r.evidence.text


def test_cues_after_a_long_repeat_point_into_the_original() -> None:
    text = "1 " * 5000 + "Du bist Expertin. " + "Herr " * 3000 + "Schreib eine Tabelle."
    role, task, fmt = grade_checks([CheckSpec("role"), CheckSpec("task"), CheckSpec("format")], text, "de").results
    assert role.passed and (role.evidence.start, role.evidence.text) == (10_000, "Du bist")
    assert task.passed and text[task.evidence.start :].startswith("Schreib eine Tabelle")
    assert fmt.passed and fmt.evidence.text == "Tabelle"
    assert "Du bist Expertin" in role.message


def test_a_repeat_keeps_the_cues_it_holds() -> None:
    text = "Schreib eine Tabelle. " * 2000
    assert grade_checks([CheckSpec("task"), CheckSpec("format")], text, "de").passed
    short_unit = "Tabelle " * 5000 + "Erstelle sie."
    task, fmt = grade_checks([CheckSpec("task"), CheckSpec("format")], short_unit, "de").results
    assert task.passed and not fmt.passed  # the request counts, the stuffed keyword does not
    assert "Aufzählung von Stichwörtern" in fmt.message
