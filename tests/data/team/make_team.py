"""Writes the hand-made team of progress exports used by tests/test_team*.py.

Run `.venv/bin/python tests/data/team/make_team.py [OUT_DIR]`; files are sealed with
`progress.exchange.dumps`, so their checksums are right. The expected figures in
the tests are worked out by hand from the data below.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from progress import exchange

COURSE = {"id": "genai-basics", "version": "2026.11", "content_hash": "sha256:team-test"}
LEVELS = {
    "basics": ["what-is-genai", "first-prompt", "prompt-anatomy"],
    "safe-use": ["data-classes", "redact-practice", "policy-check"],
    "advanced": ["few-shot", "own-use-case"],
}
LESSON_LEVEL = {lesson: level for level, lessons in LEVELS.items() for lesson in lessons}
SECRET = "GEHEIMER-PROMPT-7731"
HOSTILE_NAME = '<script>alert("x")</script>\x1b[31mRED\x1b[0m\x1b]0;pwned\x07 Eve\u202e'
HOSTILE_TEAM = "<img src=x onerror=alert(1)>"
LONG_TITLE = ("<b>Langer Titel</b> " * 600)[:10_000]


def build(
    learner: tuple[str, str, str], exported_at: str, levels: dict[str, str],
    done: dict[str, float], started: tuple[str, ...] = (), hints: dict[str, int] | None = None,
    attempts: list[tuple[str, bool, list[str]]] | None = None,
    successes: list[tuple[str, int, str]] | None = None,
    policy: tuple[str, str | None] = ("2026.1", "2026-09-01T08:00:00Z"), prompts: bool = False,
) -> dict[str, Any]:
    """One export as the exporter writes it (before sealing)."""
    hints = hints or {}
    lessons = []
    for lesson, level in LESSON_LEVEL.items():
        status = "done" if lesson in done else "started" if lesson in started else "not-started"
        lessons.append({
            "id": lesson, "level": level, "status": status, "score": done.get(lesson),
            "attempts": sum(1 for a in attempts or [] if a[0] == lesson),
            "hints_used": hints.get(lesson, 0), "minutes": 5 if status != "not-started" else 0,
            "completed_at": exported_at[:10] if status == "done" else None,
        })
    attempt_rows = []
    for i, (lesson, passed, failed) in enumerate(attempts or [], 1):
        row = {
            "id": f"{learner[0]}-{i}", "exercise": f"{lesson}-ex1", "lesson": lesson, "kind": "prompt",
            "score": 1.0 if passed else 0.4, "passed": passed, "hints_used": 0,
            "failed_checks": failed, "model": None, "at": exported_at,
        }
        if prompts:
            row["text"] = f"{SECRET} Du bist Assistent. <script>alert(1)</script>"
        attempt_rows.append(row)
    return {
        "exported_at": exported_at,
        "course": COURSE,
        "learner": {"id": learner[0], "name": learner[1], "team": learner[2]},
        "levels": [{"id": lv, "state": levels.get(lv, "locked"), "score": None} for lv in LEVELS],
        "lessons": lessons,
        "attempts": attempt_rows,
        "successes": [{"title": t, "minutes_saved": m, "date": d} for t, m, d in successes or []],
        "policy": {"version": policy[0], "acknowledged_at": policy[1]},
    }


ANNA = ("11111111-aaaa-4aaa-8aaa-000000000001", "Anna Beispiel", "Vertrieb")
BEN = ("22222222-bbbb-4bbb-8bbb-000000000002", "Fuchs", "Vertrieb")
CARLA = ("33333333-cccc-4ccc-8ccc-000000000003", "Carla Muster", "Einkauf")
DENIZ = ("44444444-dddd-4ddd-8ddd-000000000004", "Panda 🐼", "Einkauf")
EVE = ("55555555-eeee-4eee-8eee-000000000005", HOSTILE_NAME, HOSTILE_TEAM)
FRANK = ("66666666-ffff-4fff-8fff-000000000006", "Frank Probe", "Controlling")
DONE, OPEN = "done", "open"
BASICS = {"what-is-genai": 0.9, "first-prompt": 0.8, "prompt-anatomy": 1.0}


def team() -> dict[str, dict[str, Any]]:
    """File name -> export data: six members, Anna and Ben with earlier exports."""
    return {
        "anna-2026-09-15.json": build(
            ANNA, "2026-09-15T10:00:00Z", {"basics": OPEN}, {"what-is-genai": 0.9},
            attempts=[("first-prompt", False, ["role"])], policy=("2026.1", "2026-09-15T10:00:00Z"),
            prompts=True),
        "anna-2026-10-15.json": build(
            ANNA, "2026-10-15T10:00:00Z", {"basics": DONE, "safe-use": OPEN}, {**BASICS, "data-classes": 0.7},
            policy=("2026.1", "2026-09-15T10:00:00Z")),
        "anna.json": build(
            ANNA, "2026-11-02T09:00:00Z", {"basics": DONE, "safe-use": DONE, "advanced": OPEN},
            {**BASICS, "data-classes": 0.7, "redact-practice": 0.9, "policy-check": 0.8, "few-shot": 0.85},
            started=("own-use-case",), hints={"first-prompt": 1, "redact-practice": 1},
            attempts=[("first-prompt", False, ["role", "format"]), ("first-prompt", True, []),
                      ("redact-practice", False, ["no-personal-data"]), ("redact-practice", True, []),
                      ("few-shot", True, [])],
            successes=[("Angebotsvorlage erstellt", 30, "2026-10-20"),
                       ("Protokoll zusammengefasst", 15, "2026-10-28")],
            policy=("2026.1", "2026-09-15T10:00:00Z")),
        "ben-2026-10-01.json": build(
            BEN, "2026-10-01T12:00:00Z", {"basics": OPEN}, {"what-is-genai": 0.8, "first-prompt": 0.7}),
        "ben.json": build(
            BEN, "2026-11-01T15:30:00+01:00", {"basics": DONE, "safe-use": OPEN},
            {"what-is-genai": 0.8, "first-prompt": 0.7, "prompt-anatomy": 0.75, "data-classes": 0.9},
            started=("redact-practice",), hints={"first-prompt": 3, "data-classes": 2},
            attempts=[("first-prompt", False, ["role"]), ("first-prompt", False, ["role", "context"]),
                      ("first-prompt", True, []), ("data-classes", True, []),
                      ("redact-practice", False, ["no-personal-data", "keeps"])],
            successes=[("E-Mail-Entwurf an Kunden", 10, "2026-10-30")]),
        "carla.json": build(
            CARLA, "2026-11-01T08:00:00Z", {"basics": OPEN}, {"what-is-genai": 1.0},
            started=("first-prompt",), hints={"first-prompt": 2, "what-is-genai": 1},
            attempts=[("first-prompt", False, ["role", "format", "task"]), ("first-prompt", False, ["format"])],
            policy=("2026.1", None)),
        "deniz.json": build(
            DENIZ, "2026-10-20T12:00:00Z", {"basics": DONE, "safe-use": DONE, "advanced": DONE},
            {lesson: 1.0 for lesson in LESSON_LEVEL} | {"first-prompt": 0.9},
            attempts=[("first-prompt", True, []), ("redact-practice", True, []),
                      ("few-shot", False, ["examples"]), ("few-shot", True, []), ("own-use-case", True, [])],
            successes=[("Monatsbericht gegliedert", 45, "2026-10-10"),
                       ("Übersetzung geprüft", 20, "2026-10-12")],
            policy=("2025.2", "2025-06-01T08:00:00Z")),
        "eve.json": build(
            EVE, "2026-11-03T10:00:00Z", {"basics": OPEN}, {"what-is-genai": 1.0, "prompt-anatomy": 0.8},
            started=("first-prompt",), hints={"first-prompt": 1},
            attempts=[("first-prompt", False, ["role"]), ("prompt-anatomy", True, [])],
            successes=[(LONG_TITLE, 5, "2026-11-02")], prompts=True),
        "frank.json": build(
            FRANK, "2026-11-02T16:00:00Z", {"basics": DONE, "safe-use": DONE, "advanced": OPEN},
            {lesson: 0.8 for lesson in LEVELS["basics"] + LEVELS["safe-use"]},
            hints={"redact-practice": 2, "policy-check": 2},
            attempts=[("first-prompt", True, []), ("redact-practice", False, ["no-personal-data"]),
                      ("redact-practice", True, []), ("policy-check", True, [])]),
    }


def bad(good: dict[str, dict[str, Any]]) -> dict[str, bytes]:
    """File name -> bytes of files the report must refuse, one reason each."""
    newer = exchange.seal(good["frank.json"])
    newer["version"] = 99
    newer["checksum"] = exchange.checksum(newer)
    edited = json.loads(exchange.dumps(good["frank.json"]))
    edited["lessons"][0]["score"] = 0.1
    no_learner = dict(good["frank.json"], learner={"name": "Niemand", "team": "X"})
    bad_date = dict(good["frank.json"], exported_at="gestern")
    return {
        "array.json": b"[1, 2, 3]\n",
        "bad-checksum.json": json.dumps(edited, indent=2).encode(),
        "bad-date.json": exchange.dumps(bad_date).encode(),
        "broken.json": exchange.dumps(good["frank.json"]).encode()[:300],
        "duplicate-of-carla.json": exchange.dumps(good["carla.json"]).encode(),
        "empty.json": b"",
        "latin1.json": "{\"name\": \"M\u00fcller\"}".encode("latin-1"),
        "newer-version.json": (json.dumps(newer, indent=2) + "\n").encode(),
        "no-learner.json": exchange.dumps(no_learner).encode(),
        "other-format.json": b'{"format": "some-other-tool", "version": 1, "data": []}\n',
    }


def write(out: Path) -> None:
    """Write good/ and bad/ under `out`."""
    good = team()
    for sub in ("good", "bad"):
        (out / sub).mkdir(parents=True, exist_ok=True)
    for name, data in good.items():
        (out / "good" / name).write_text(exchange.dumps(data), encoding="utf-8")
    for name, raw in bad(good).items():
        (out / "bad" / name).write_bytes(raw)


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent)
