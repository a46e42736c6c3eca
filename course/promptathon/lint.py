"""Lint for challenge packs: the loader's problems plus every solution and fail through the grader.

`genai-course lint` calls `lint_pack(folder)` for a folder holding a promptathon.yaml and for
each such folder inside a course pack (`packs_in`), e.g. course/lessons/promptathon.
"""

from __future__ import annotations

from pathlib import Path

from course.content import Problem
from course.grading.authorcheck import exercise_problems
from course.promptathon.pack import is_pack, load_pack


def lint_pack(root: Path) -> list[Problem]:
    """Every problem in the pack at `root`, as `genai-course lint` prints them."""
    result = load_pack(root)
    problems = list(result.problems)
    if result.pack is not None:
        lessons = [lesson for challenge in result.pack.challenges for _lang, lesson in challenge.lessons]
        problems.extend(exercise_problems(lessons))
    return problems


def packs_in(folder: Path) -> list[Path]:
    """The challenge packs directly inside `folder` (sub-folders with a promptathon.yaml), sorted."""
    try:
        return sorted(sub for sub in folder.iterdir() if sub.is_dir() and is_pack(sub))
    except OSError:
        return []
