"""Shared test helpers come from tests/helpers/ or conftest.py, never from another test module."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).parent


def _imported_test_modules(path: Path) -> list[str]:
    """Names of test_* modules that `path` imports (at the top or inside a function)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            continue
        found += [n for n in names if n.split(".")[0].startswith("test_")]
    return found


def test_no_test_module_imports_another_test_module() -> None:
    files = sorted(TESTS.glob("test_*.py")) + sorted((TESTS / "helpers").glob("*.py"))
    assert len(files) > 50  # the scan sees the suite
    offenders = {p.name: mods for p in files if (mods := _imported_test_modules(p))}
    assert offenders == {}, f"move these helpers to tests/helpers/: {offenders}"


def test_the_scan_finds_an_import_of_a_test_module(tmp_path: Path) -> None:
    sample = tmp_path / "test_sample.py"
    sample.write_text("from test_app_path import make_app\n\ndef f():\n    import test_team_gap\n", encoding="utf-8")
    assert _imported_test_modules(sample) == ["test_app_path", "test_team_gap"]
