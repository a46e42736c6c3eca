"""Shared helpers for the team report tests: the hand-made team and export builders."""

from __future__ import annotations

import importlib.util
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from progress import exchange

TEAM = Path(__file__).parents[1] / "data" / "team"
GOOD = TEAM / "good"
BAD = TEAM / "bad"
NOW = datetime(2026, 11, 5, 12, 0, tzinfo=UTC)


def make_team():
    """The generator script as a module (its builders and hostile strings)."""
    spec = importlib.util.spec_from_file_location("make_team", TEAM / "make_team.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write_export(path: Path, data: dict[str, Any]) -> Path:
    """Seal `data` with the real exchange module and write it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(exchange.dumps(data), encoding="utf-8")
    return path


def minimal(
    learner_id: str = "u-1", name: str = "Test", exported_at: str = "2026-11-01T10:00:00Z", **extra: Any
) -> dict[str, Any]:
    """A small but complete export."""
    data: dict[str, Any] = {
        "exported_at": exported_at,
        "course": {"id": "c", "version": "1", "content_hash": "h"},
        "learner": {"id": learner_id, "name": name, "team": "T"},
        "levels": [{"id": "one", "state": "open", "score": None}, {"id": "two", "state": "locked", "score": None}],
        "lessons": [
            {
                "id": "a",
                "level": "one",
                "status": "done",
                "score": 0.8,
                "attempts": 1,
                "hints_used": 0,
                "minutes": 3,
                "completed_at": "2026-10-30",
            },
            {
                "id": "b",
                "level": "two",
                "status": "not-started",
                "score": None,
                "attempts": 0,
                "hints_used": 0,
                "minutes": 0,
                "completed_at": None,
            },
        ],
        "attempts": [],
        "successes": [],
        "policy": {"version": "1", "acknowledged_at": "2026-10-01T00:00:00Z"},
    }
    data.update(extra)
    return data
