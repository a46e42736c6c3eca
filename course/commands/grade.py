"""`genai-course grade (--exercise ID | --checks LIST) [FILE|-] [--json]`: grade a prompt offline."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import click

from course.commands.scan import InputError, read_text
from course.i18n import t
from course.options import Options
from progress.safetext import json_for_terminal

if TYPE_CHECKING:  # pragma: no cover - for annotations only
    from course.grading.result import Grade

AD_HOC_PASS = 0.7
"""Pass mark for --checks lists, as for exercises without `pass:`."""


def _fail(message: str) -> int:
    click.echo(message, err=True)
    return 2


def render(grade: Grade, lang: str, need: float) -> str:
    """Human report: score line, then one line per check (✓/✗, name, message, hint)."""
    verdict = t(lang, "cli.grade.passed" if grade.passed else "cli.grade.failed")
    lines = [t(lang, "cli.grade.score", score=round(grade.score * 100), verdict=verdict, need=round(need * 100))]
    missed = [r.name for r in grade.results if r.must and not r.passed]
    if missed:
        lines[0] += " – " + t(lang, "cli.grade.must", names=", ".join(missed))
    width = max((len(r.name) for r in grade.results), default=0)
    for r in grade.results:
        mark = "✓" if r.passed else "✗"
        must = "!" if r.must and not r.passed else " "
        lines.append(f"{mark}{must}{r.name.ljust(width)}  {r.message}")
        if not r.passed and r.hint:
            lines.append(f"  {' ' * width}  → {t(lang, 'cli.grade.hint')}: {r.hint}")
    return "\n".join(lines)


def run_grade(opts: Options, exercise_id: str | None, checks: str | None, file: str, as_json: bool) -> int:
    """Grade FILE (or stdin) against an exercise or a check list.

    Exit 0 when the text passes, 1 when it is graded but does not pass, 2 for usage
    errors, an unknown exercise or check, or unreadable input (one line on stderr).
    """
    lang = opts.language()
    if bool(exercise_id) == bool(checks):
        return _fail(t(lang, "cli.grade.usage"))
    from course.grading import grade, grade_checks, parse_check_list

    specs = None
    exercise = None
    if checks:
        try:
            specs = parse_check_list(checks)
        except ValueError as exc:
            return _fail(t(lang, "cli.grade.bad-checks", error=exc))
    else:
        try:
            exercise = opts.catalog().exercise(exercise_id or "", lang)
        except Exception as exc:  # a broken pack must give one line, not a traceback
            return _fail(t(lang, "cli.grade.catalog", error=exc))
        if exercise is None:
            return _fail(t(lang, "cli.grade.unknown-exercise", id=exercise_id))
    try:
        text = read_text(file)
    except InputError as exc:
        return _fail(t(lang, exc.key, **exc.values))
    if exercise is not None:
        result, need = grade(exercise, text, lang), exercise.pass_score
    else:
        result, need = grade_checks(specs or (), text, lang, pass_score=AD_HOC_PASS), AD_HOC_PASS
    if as_json:
        click.echo(json_for_terminal(json.dumps(result.to_json(), ensure_ascii=False)))
    else:
        click.echo(render(result, lang, need))
    return 0 if result.passed else 1
