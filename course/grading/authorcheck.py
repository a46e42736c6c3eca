"""Checks an author's exercises through the real grader: check specs, solutions and fails, quiz balance.

`genai-course lint` (course/commands/lint.py), the lesson preview (course/previewapp.py) and
the Promptathon pack lint (course/promptathon/lint.py) all run every exercise through this.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from course.content import Exercise, Lesson, Problem
from course.grading.authorregex import regex_warning
from course.grading.selftest import selftest
from course.grading.spec import validate_spec
from course.packfiles import shown_path
from course.quizbalance import quiz_warning

_ENTRY_RE = re.compile(r"fails entry (\d+)")


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
                                f"exercise {ex.id}: {spec.label}: {trouble}",
                            )
                        )
                    elif spec.name == "regex" and regex_warning(spec.value):
                        found.append(
                            Problem(
                                shown,
                                spec.line or ex.line,
                                "warning",
                                "regex-ascii-boundary",
                                f"exercise {ex.id}: {spec.label}: {regex_warning(spec.value)}",
                            )
                        )
            give_away = quiz_warning(ex, lesson.lang)
            if give_away:
                found.append(Problem(shown, ex.line, "warning", "quiz-longest-answer", give_away))
            try:
                # the solution and fails are judged once the checks themselves are right
                results = [] if any(p.code == "bad-check" for p in found[before:]) else selftest(ex, lesson.lang)
            except Exception as exc:  # a grader bug must not hide the other problems
                found.append(
                    Problem(
                        shown, ex.line, "error", "selftest-crash", f"exercise {ex.id}: the grader failed: {exc!r}"[:300]
                    )
                )
                continue
            for item in results:
                if len(item) == 4:
                    line, severity, code, message = item
                else:
                    (line, code, message), severity = item, "error"
                found.append(Problem(shown, _where(ex, line, code, message), severity, code, message))
    return found


def _where(ex: Exercise, line: int, code: str, message: str) -> int:
    """The line that must change: the solution's, or the `fails` entry's, not the exercise's first."""
    if line and line != ex.line:
        return line  # the grader already knows better
    if code in ("solution-fails", "no-solution") and ex.solution_line:
        return ex.solution_line
    if code == "few-fails" and ex.fail_lines:
        return ex.fail_lines[-1]
    m = _ENTRY_RE.search(message)
    if code == "fail-passes" and m and 0 < int(m.group(1)) <= len(ex.fail_lines):
        return ex.fail_lines[int(m.group(1)) - 1]
    return line or ex.line
