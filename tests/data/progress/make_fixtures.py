"""Write `progress-v<N>.db`: a database at schema version N with known sample data.

Run once per new schema version and commit the file; never regenerate old ones
(they stand for databases learners already have). Usage:

    .venv/bin/python tests/data/progress/make_fixtures.py 1
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LEARNER = "7d1c4b1e-2f0a-4c55-9a55-0c1b6e0f3a01"
T0 = "2026-11-02T08:00:00.000000+00:00"

# (id, lesson, exercise, kind, text, checks, score, passed, hints, model, created_at)
ATTEMPTS = [
    ("a0000000-0000-4000-8000-000000000001", "what-is-genai", "whatis-quiz-fit", "quiz", "1",
     '[{"name": "answer", "passed": false}]', 0.0, 0, 0, None, "2026-11-02T08:01:00.000000+00:00"),
    ("a0000000-0000-4000-8000-000000000002", "what-is-genai", "whatis-quiz-fit", "quiz", "2",
     '[{"name": "answer", "passed": true}]', 1.0, 1, 0, None, "2026-11-02T08:02:00.000000+00:00"),
    ("a0000000-0000-4000-8000-000000000003", "what-is-genai", "whatis-first-prompt", "prompt",
     "Du bist Assistenz. Fasse zusammen.", '[{"name": "role", "passed": true}, {"name": "format", "passed": false}]',
     0.55, 0, 1, "echo", "2026-11-02T08:05:00.000000+00:00"),
]


def make(version: int) -> Path:
    """Create the fixture for schema `version` with the migrations of that time."""
    sys.path.insert(0, str(HERE.parents[2]))
    from sqlite_utils import Database

    from progress import migrations

    names = migrations.SCHEMA_NAMES
    if not 1 <= version <= len(names):
        raise SystemExit(f"unknown schema version {version} (1..{len(names)})")
    target = HERE / f"progress-v{version}.db"
    target.unlink(missing_ok=True)
    conn = sqlite3.connect(str(target), isolation_level=None)
    db = Database(conn, execute_plugins=False)
    stop = names[version] if version < len(names) else None
    migrations.build().apply(db, stop_before=stop)
    rows = {
        "learners": [(LEARNER, "Fixture Anna", "Vertrieb", "de", T0)],
        "lesson_state": [(LEARNER, "what-is-genai", "basics", T0, "2026-11-02T08:10:00.000000+00:00", 600.0),
                         (LEARNER, "how-llms-write", "basics", "2026-11-02T09:00:00.000000+00:00", None, 90.0)],
        "attempts": [(a[0], LEARNER, a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], 12.5, None, None, a[10])
                     for a in ATTEMPTS],
        "successes": [("s0000000-0000-4000-8000-000000000001", LEARNER, "Protokoll in 5 statt 20 Minuten",
                       15.0, "2026-11-02", None, T0)],
        "policy_acks": [(LEARNER, "2026-1", T0)],
        "opened_levels": [(LEARNER, "basics", T0)],
        "settings": [("", "last_learner", LEARNER), (LEARNER, "theme", "dark")],
    }
    conn.execute("BEGIN")
    for table, values in rows.items():
        if not values:
            continue
        marks = ", ".join("?" * len(values[0]))
        conn.executemany(f"INSERT INTO {table} VALUES ({marks})", values)
    hints = [(LEARNER, "whatis-first-prompt", 1), (LEARNER, "llm-variants", 2)]
    if version == 1:
        conn.executemany("INSERT INTO hints VALUES (?, ?, ?)", hints)
    else:  # from schema 2 on, hint counts live in exercise_state (hints is a view)
        migrations.backfill_exercise_state(db)
        conn.executemany(
            "INSERT INTO exercise_state (learner_id, exercise_id, hints) VALUES (?, ?, ?) "
            "ON CONFLICT (learner_id, exercise_id) DO UPDATE SET hints = excluded.hints", hints)
    conn.execute("COMMIT")
    conn.execute("VACUUM")
    conn.close()
    return target


if __name__ == "__main__":
    print(make(int(sys.argv[1]) if len(sys.argv) > 1 else 1))
