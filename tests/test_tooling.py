"""The code's own rules, enforced in CI: import layers (import-linter), lint (ruff) and types (mypy)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    """The tool from this virtual environment (installed by the `test` extra)."""
    found = shutil.which(name, path=str(BIN)) or shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed: pip install -e '.[test]'")
    return found


def _run(args: list[str]) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}
    return subprocess.run(args, cwd=REPO, capture_output=True, text=True, env=env, timeout=600)


def test_import_layers_and_no_circles_hold() -> None:
    """The contracts in pyproject.toml ([tool.importlinter]): layers, progress free of course, no circles."""
    out = _run([_tool("lint-imports"), "--no-cache"])
    assert out.returncode == 0, out.stdout + out.stderr
    assert "0 broken" in out.stdout


def test_import_linter_catches_an_upward_import(tmp_path: Path) -> None:
    """The layer contract is live: a grading module importing a screen breaks it."""
    bad = REPO / "course" / "grading" / "_tooling_probe_upward.py"
    bad.write_text('"""Probe."""\n\nimport course.screens.widgets  # noqa: F401\n', encoding="utf-8")
    try:
        out = _run([_tool("lint-imports"), "--no-cache"])
    finally:
        bad.unlink()
    assert out.returncode != 0
    assert "course.grading is not allowed to import course.screens" in out.stdout


def test_ruff_finds_nothing() -> None:
    """ruff with the rules in pyproject.toml ([tool.ruff]: A, B, E with E501 at 120, F, I) passes everywhere."""
    out = _run([_tool("ruff"), "check", "--no-cache", "--output-format", "concise", "."])
    assert out.returncode == 0, out.stdout + out.stderr


def test_ruff_format_leaves_the_code_as_it_is() -> None:
    """`ruff format --check` passes: the code has one layout, so diffs show changes and not taste."""
    out = _run([_tool("ruff"), "format", "--check", "--no-cache", "."])
    assert out.returncode == 0, out.stdout + out.stderr


# What mypy checks with --strict in CI: all of the code.
MYPY_STRICT = ["course", "progress"]
"""Everything: the last modules became strict-clean in the third session (it was 355 errors at its start)."""


@pytest.mark.slow
def test_mypy_strict_passes_on_the_typed_packages() -> None:
    """mypy --strict (configuration in pyproject.toml [tool.mypy]) finds nothing in MYPY_STRICT."""
    out = _run([sys.executable, "-m", "mypy", "--strict", "--no-incremental", *MYPY_STRICT])
    assert out.returncode == 0, out.stdout + out.stderr
    assert "Success: no issues found" in out.stdout


@pytest.mark.slow  # two collections of the whole suite
def test_pty_and_browser_tests_are_left_out_of_the_fast_run() -> None:
    """conftest.py marks pty, browser and lrs tests slow: `-m "not slow"` selects none of them, `-m slow` does."""
    pytest_bin = str(BIN / "pytest")
    fast = _run([pytest_bin, "--collect-only", "-q", "-p", "no:randomly", "-m", "(pty or browser or lrs) and not slow"])
    assert fast.returncode == 5, fast.stdout[-2000:]  # 5: no tests collected
    slow = _run([pytest_bin, "--collect-only", "-q", "-p", "no:randomly", "-m", "pty and slow"])
    assert slow.returncode == 0 and "test_the_real_app_survives_stop_and_continue" in slow.stdout


def test_line_length_is_enforced() -> None:
    """E501 is not ignored: a line of 121 characters in a probe module fails `ruff check`."""
    probe = Path(__file__).resolve().parents[1] / "course" / "_probe_long_line.py"
    probe.write_text('"""Probe."""\n\nX = "' + "x" * 115 + '"\n', encoding="utf-8")
    try:
        out = _run([_tool("ruff"), "check", "--no-cache", "--output-format", "concise", str(probe)])
    finally:
        probe.unlink()
    assert out.returncode != 0 and "E501" in out.stdout
