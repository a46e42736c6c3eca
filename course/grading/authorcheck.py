"""Checks an author's exercises through the real grader: check specs, solutions and fails, quiz balance.

`genai-course lint` (course/commands/lint.py), the lesson preview (course/previewapp.py) and
the Promptathon pack lint (course/promptathon/lint.py) all run every exercise through this.
"""

from __future__ import annotations

from collections.abc import Iterable

from course.content import Exercise, Lesson, Problem
from course.grading.authorregex import regex_warning
from course.grading.selftest import selftest
from course.grading.spec import validate_spec
from course.i18n import Message, msg
from course.packfiles import shown_path
from course.quizbalance import quiz_warning


def exercise_problems(lessons: Iterable[Lesson]) -> list[Problem]:
    """Run every exercise's solution and fails through the real grader."""
    found: list[Problem] = []
    for lesson in lessons:
        shown = shown_path(lesson.path) if lesson.path else lesson.id
        for ex in lesson.exercises:
            if ex.flawed:
                continue  # its own errors are reported; a self-test would only repeat them
            before = len(found)
            for specs, output in ((ex.checks, False), (ex.output_checks, True)):
                for spec in specs:
                    trouble = validate_spec(spec, output=output)
                    if trouble:
                        found.append(
                            Problem(
                                shown,
                                spec.line or ex.line,
                                "error",
                                "bad-check",
                                _in_check(ex, spec.label, trouble),
                            )
                        )
                    elif spec.name == "regex" and (warning := regex_warning(spec.value)):
                        found.append(
                            Problem(
                                shown,
                                spec.line or ex.line,
                                "warning",
                                "regex-ascii-boundary",
                                _in_check(ex, spec.label, warning),
                            )
                        )
            give_away = quiz_warning(ex)
            if give_away:
                found.append(Problem(shown, ex.line, "warning", "quiz-longest-answer", give_away))
            try:
                # the solution and fails are judged once the checks themselves are right
                results = [] if any(p.code == "bad-check" for p in found[before:]) else selftest(ex, lesson.lang)
            except Exception as exc:  # a grader bug must not hide the other problems
                crash = msg("lint.exercise", id=ex.id, message=msg("lint.self.crash", error=repr(exc)[:250]))
                found.append(Problem(shown, ex.line, "error", "selftest-crash", crash))
                continue
            for item in results:
                if len(item) == 4:
                    line, severity, code, message = item
                else:
                    (line, code, message), severity = item, "error"
                found.append(Problem(shown, _where(ex, line, code), severity, code, message))
    return found


def _in_check(ex: Exercise, label: str, trouble: Message) -> Message:
    """`exercise <id>: <check>: <what is wrong>`."""
    return msg("lint.exercise", id=ex.id, message=msg("lint.check", check=label, message=trouble))


def _where(ex: Exercise, line: int, code: str) -> int:
    """The line that must change: the solution's, or the `fails` entry's, not the exercise's first."""
    if line and line != ex.line:
        return line  # the grader already knows better (a passing `fails` entry: that entry's line)
    if code in ("solution-fails", "no-solution") and ex.solution_line:
        return ex.solution_line
    if code == "few-fails" and ex.fail_lines:
        return ex.fail_lines[-1]
    return line or ex.line
