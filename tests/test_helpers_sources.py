"""The course's parsed sources, shared by the tests that read its code, hold every module and are parsed once."""

from __future__ import annotations

import ast

from helpers.sources import COURSE, course_nodes


def test_course_nodes_hold_every_course_module_with_its_nodes_and_are_parsed_once_a_session() -> None:
    first = course_nodes()
    assert course_nodes() is first
    assert [path for path, _ in first] == sorted(COURSE.rglob("*.py")) and len(first) > 150
    assert all(isinstance(nodes[0], ast.Module) for _, nodes in first)
    i18n = dict(first)[COURSE / "i18n.py"]
    assert any(isinstance(n, ast.FunctionDef) and n.name == "t" for n in i18n)  # every node, not only the top level
