"""An exercise proves its own rubric: the solution must pass, every `fails` entry must not."""

from __future__ import annotations

from course.content import Exercise
from course.grading.cleantext import printable
from course.grading.exercisekinds import grade
from course.i18n import Message, msg

Problem = tuple[int, str, str, Message]
"""(line, severity, code, message) — severity is 'error' or 'warning'."""


def _said(exercise: Exercise, key: str, /, **values: object) -> Message:
    return msg("lint.exercise", id=exercise.id, message=msg(key, **values))


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
                _said(exercise, "lint.self.no_solution"),
            )
        )
    else:
        result = grade(exercise, exercise.solution, lang)
        if not result.passed:
            failed: str | Message = ", ".join(r.name for r in result.failed) or msg(
                "lint.self.below", score=result.score, needed=exercise.pass_score
            )
            problems.append(
                (
                    line,
                    "error",
                    "solution-fails",
                    _said(exercise, "lint.self.solution_fails", lang=lang, score=result.score, failed=failed),
                )
            )
    for index, wrong in enumerate(exercise.fails, start=1):
        result = grade(exercise, wrong, lang)
        if result.passed:
            problems.append(
                (
                    exercise.fail_lines[index - 1] if index <= len(exercise.fail_lines) else line,
                    "error",
                    "fail-passes",
                    _said(exercise, "lint.self.fail_passes", n=index, answer=repr(_short(wrong)), score=result.score),
                )
            )
    possible = len(exercise.options) - 1 if exercise.kind == "quiz" and len(exercise.answer) == 1 else 2
    if len(exercise.fails) < min(2, possible):
        problems.append(
            (
                line,
                "warning",
                "few-fails",
                _said(exercise, "lint.self.few_fails"),
            )
        )
    return problems
