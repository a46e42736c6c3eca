"""The course's Python files, parsed once a session for the tests that read its code (catalogue keys, lint messages)."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

COURSE = Path(__file__).resolve().parents[2] / "course"


@cache
def course_nodes() -> tuple[tuple[Path, tuple[ast.AST, ...]], ...]:
    """Every course/**/*.py with all its syntax nodes in ast.walk order; parsing them costs ~0.7 s of CPU, and three
    test passes over them each paid it."""
    return tuple(
        (path, tuple(ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path)))))
        for path in sorted(COURSE.rglob("*.py"))
    )
