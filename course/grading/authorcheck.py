"""Checks an author's exercises through the real grader: check specs, solutions and fails, quiz balance.

`genai-course lint` (course/commands/lint.py) and the Promptathon pack lint
(course/promptathon/lint.py) both run every exercise through this.
"""

from __future__ import annotations

from collections.abc import Iterable

from course.grading.selftest import selftest
from course.grading.spec import validate_spec
from course.model import Lesson, Problem
from course.packfiles import shown_path
from course.quizbalance import quiz_warning


def exercise_problems(lessons: Iterable[Lesson]) -> list[Problem]:
    """Run every exercise's solution and fails through the real grader."""
    found: list[Problem] = []
    for lesson in lessons:
        shown = shown_path(lesson.path) if lesson.path else lesson.id
        for ex in lesson.exercises:
            for specs, output in ((ex.checks, False), (ex.output_checks, True)):
                for spec in specs:
                    trouble = validate_spec(spec, output=output)
                    if trouble:
                        found.append(Problem(shown, spec.line or ex.line, "error", "bad-check",
                                             f"exercise {ex.id}: {spec.label}: {trouble}"))
            give_away = quiz_warning(ex, lesson.lang)
            if give_away:
                found.append(Problem(shown, ex.line, "warning", "quiz-longest-answer", give_away))
            try:
                results = selftest(ex, lesson.lang)
            except Exception as exc:  # a grader bug must not hide the other problems
                found.append(Problem(shown, ex.line, "error", "selftest-crash",
                                     f"exercise {ex.id}: the grader failed: {exc!r}"[:300]))
                continue
            for item in results:
                if len(item) == 4:
                    line, severity, code, message = item
                else:
                    (line, code, message), severity = item, "error"
                found.append(Problem(shown, line or ex.line, severity, code, message))
    return found
