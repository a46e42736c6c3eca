"""Lint for challenge packs: the loader's problems plus every solution and fail through the grader."""

from __future__ import annotations

from pathlib import Path

from course.model import Problem
from course.promptathon.pack import load_pack


def lint_pack(root: Path) -> list[Problem]:
    """Every problem in the pack at `root`, as `genai-course lint` prints them."""
    result = load_pack(root)
    problems = list(result.problems)
    if result.pack is not None:
        from course.commands.lint import exercise_problems

        lessons = [lesson for challenge in result.pack.challenges for _lang, lesson in challenge.lessons]
        problems.extend(exercise_problems(lessons))
    return problems
