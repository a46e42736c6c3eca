"""Shared fixtures: every test gets its own data folder and a hermetic llm setup."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"

SLOW_KINDS = ("pty", "browser", "lrs")
"""Tests with these markers are slow by nature: they get the `slow` marker too."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark pty, browser and lrs tests as slow, so `pytest -m "not slow"` leaves them out."""
    for item in items:
        if any(item.get_closest_marker(kind) for kind in SLOW_KINDS):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point GENAI_COURSE_HOME and llm's user folder into the test's temp folder."""
    home = tmp_path / "home"
    monkeypatch.setenv("GENAI_COURSE_HOME", str(home))
    monkeypatch.setenv("LLM_USER_PATH", str(tmp_path / "llm"))
    monkeypatch.setenv("LLM_LOAD_PLUGINS", "llm-echo")
    monkeypatch.delenv("GENAI_COURSE_PATH", raising=False)
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    return home


@pytest.fixture
def good_pack() -> Path:
    """A small valid pack: two levels, a quiz, a read-only lesson."""
    return DATA / "packs" / "good"


@pytest.fixture
def bad_pack() -> Path:
    """A pack with one mistake of each kind the linter must find."""
    return DATA / "packs" / "bad"
