"""An exercise proves its own rubric: the solution must pass, every `fails` entry must not."""

from __future__ import annotations

from course.content import Exercise
from course.grading.cleantext import printable
from course.grading.exercisekinds import grade

Problem = tuple[int, str, str, str]
"""(line, severity, code, message) — severity is 'error' or 'warning'."""


def _short(answer: object) -> str:
    return printable(str(answer), 50)


def selftest(exercise: Exercise, lang: str) -> list[Problem]:
    """Problems with the exercise's solution and fails, as lint reports them."""
    line = exercise.line
    problems: list[Problem] = []
    blank = exercise.solution is None or (isinstance(exercise.solution, str) and not exercise.solution.strip())
    if blank:
        problems.append(
            (
                line,
                "error",
                "no-solution",
                f"exercise {exercise.id}: add a solution that passes, so the rubric proves itself",
            )
        )
    else:
        result = grade(exercise, exercise.solution, lang)
        if not result.passed:
            failed = (
                ", ".join(r.name for r in result.failed)
                or f"score {result.score:.2f} below pass {exercise.pass_score:.2f}"
            )
            problems.append(
                (
                    line,
                    "error",
                    "solution-fails",
                    f"exercise {exercise.id}: the solution does not pass "
                    f"({lang}; score {result.score:.2f}, failed: {failed})",
                )
            )
    for index, wrong in enumerate(exercise.fails, start=1):
        result = grade(exercise, wrong, lang)
        if result.passed:
            problems.append(
                (
                    line,
                    "error",
                    "fail-passes",
                    f"exercise {exercise.id}: fails entry {index} ({_short(wrong)!r}) passes "
                    f"with score {result.score:.2f}; tighten the checks",
                )
            )
    possible = len(exercise.options) - 1 if exercise.kind == "quiz" and len(exercise.answer) == 1 else 2
    if len(exercise.fails) < min(2, possible):
        problems.append(
            (
                line,
                "warning",
                "few-fails",
                f"exercise {exercise.id}: give at least two fails entries (answers that must not pass)",
            )
        )
    return problems
