"""The progress database schema, as sqlite-utils migrations applied on open."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from sqlite_utils import Database, Migrations

MIGRATION_SET = "genai-course-progress"
"""The name of our migration set inside `_sqlite_migrations`."""

SCHEMA_NAMES: tuple[str, ...] = (
    "m001_base",
    "m002_exercise_state",
    "m016_prompt_library",
    "m017_gap_check",
    "m020_pin",
    "m013_disputes",
)
"""Every migration this version knows, oldest first; the schema version is the count."""


def _m001_base(db: Database) -> None:
    """Learners, lesson state, attempts, hints, successes, policy, unlocks, settings."""
    db["learners"].create(
        {"id": str, "name": str, "team": str, "lang": str, "created_at": str},
        pk="id",
        not_null={"id", "name", "created_at"},
    )
    fk = [("learner_id", "learners", "id")]
    db["lesson_state"].create(
        {"learner_id": str, "lesson_id": str, "level_id": str, "started_at": str, "read_at": str, "seconds": float},
        pk=("learner_id", "lesson_id"),
        foreign_keys=fk,
        not_null={"learner_id", "lesson_id", "seconds"},
        defaults={"seconds": 0.0},
    )
    db["attempts"].create(
        {
            "id": str,
            "learner_id": str,
            "lesson_id": str,
            "exercise_id": str,
            "kind": str,
            "text": str,
            "checks": str,
            "score": float,
            "passed": int,
            "hints_used": int,
            "model": str,
            "duration_s": float,
            "tokens_in": int,
            "tokens_out": int,
            "created_at": str,
        },
        pk="id",
        foreign_keys=fk,
        not_null={"id", "learner_id", "exercise_id", "score", "passed", "created_at"},
        defaults={"hints_used": 0, "duration_s": 0.0, "checks": "[]"},
    )
    db["attempts"].create_index(["learner_id", "exercise_id", "created_at"], index_name="attempts_by_exercise")
    db["hints"].create(
        {"learner_id": str, "exercise_id": str, "n": int},
        pk=("learner_id", "exercise_id"),
        foreign_keys=fk,
        not_null={"learner_id", "exercise_id", "n"},
        defaults={"n": 0},
    )
    db["successes"].create(
        {
            "id": str,
            "learner_id": str,
            "title": str,
            "minutes_saved": float,
            "date": str,
            "exercise_id": str,
            "created_at": str,
        },
        pk="id",
        foreign_keys=fk,
        not_null={"id", "learner_id", "title", "created_at"},
    )
    db["successes"].create_index(["learner_id", "date"], index_name="successes_by_learner")
    db["policy_acks"].create(
        {"learner_id": str, "version": str, "acknowledged_at": str},
        pk=("learner_id", "version"),
        foreign_keys=fk,
        not_null={"learner_id", "version", "acknowledged_at"},
    )
    db["opened_levels"].create(
        {"learner_id": str, "level_id": str, "opened_at": str},
        pk=("learner_id", "level_id"),
        foreign_keys=fk,
        not_null={"learner_id", "level_id", "opened_at"},
    )
    # learner_id is '' for global settings, so no foreign key here.
    db["settings"].create(
        {"learner_id": str, "key": str, "value": str},
        pk=("learner_id", "key"),
        not_null={"learner_id", "key"},
    )


def _m002_exercise_state(db: Database) -> None:
    """One row per learner and exercise (best score, passed, attempts, hints), kept in step
    with every write, so the overview reads a few rows and never scans the attempts.

    The hint counts move here from the `hints` table, which becomes a view of them.
    """
    db.execute(
        """
        CREATE TABLE exercise_state (
          learner_id TEXT NOT NULL REFERENCES learners(id),
          exercise_id TEXT NOT NULL,
          best_score REAL NOT NULL DEFAULT 0,
          passed INTEGER NOT NULL DEFAULT 0,
          attempts INTEGER NOT NULL DEFAULT 0,
          hints INTEGER NOT NULL DEFAULT 0,
          first_passed_at TEXT,
          last_at TEXT,
          PRIMARY KEY (learner_id, exercise_id)
        ) WITHOUT ROWID
        """
    )
    backfill_exercise_state(db)
    db.execute(
        """
        INSERT INTO exercise_state (learner_id, exercise_id, hints)
        SELECT learner_id, exercise_id, n FROM hints WHERE n > 0
        ON CONFLICT (learner_id, exercise_id) DO UPDATE SET hints = max(hints, excluded.hints)
        """
    )
    db.execute("DROP TABLE hints")
    db.create_view("hints", "SELECT learner_id, exercise_id, hints AS n FROM exercise_state WHERE hints > 0")


def _m017_gap_check(db: Database) -> None:
    """Gap-Check answers (issue 17): one row per learner and time, the answers as a JSON object.

    `levels_done` is how many levels were done when it was answered, so the app knows when
    the next one is due (after each level). The sharing consent is a learner setting.
    """
    db.execute(
        """
        CREATE TABLE gap_checks (
          learner_id TEXT NOT NULL REFERENCES learners(id),
          at TEXT NOT NULL,
          answers TEXT NOT NULL,
          levels_done INTEGER NOT NULL DEFAULT 0,
          PRIMARY KEY (learner_id, at)
        )
        """
    )


def _m013_disputes(db: Database) -> None:
    """Disputed feedback: a learner's disagreement with one check (the prompt only when they agreed to share it)."""
    db["disputes"].create(
        {
            "id": str,
            "learner_id": str,
            "exercise_id": str,
            "check_name": str,
            "passed": int,
            "message": str,
            "prompt": str,
            "lang": str,
            "created_at": str,
        },
        pk="id",
        foreign_keys=[("learner_id", "learners", "id")],
        not_null={"id", "learner_id", "exercise_id", "check_name", "passed", "created_at"},
    )
    db["disputes"].create_index(["exercise_id", "check_name"])


def backfill_exercise_state(db: Database) -> None:
    """Fill the per-exercise summary from the attempts (for exercises not in it yet)."""
    db.execute(
        """
        INSERT INTO exercise_state
          (learner_id, exercise_id, best_score, passed, attempts, hints, first_passed_at, last_at)
        SELECT learner_id, exercise_id, max(score), max(passed), count(*), max(hints_used),
               min(CASE WHEN passed THEN created_at END), max(created_at)
        FROM attempts a
        WHERE NOT EXISTS (SELECT 1 FROM exercise_state s
                          WHERE s.learner_id = a.learner_id AND s.exercise_id = a.exercise_id)
        GROUP BY learner_id, exercise_id
        """
    )


def _m016_prompt_library(db: Database) -> None:
    """The personal prompt library: one saved prompt per learner and exercise."""
    db["prompt_library"].create(
        {"id": str, "learner_id": str, "exercise_id": str, "title": str, "text": str, "saved_at": str},
        pk="id",
        foreign_keys=[("learner_id", "learners", "id")],
        not_null={"id", "learner_id", "exercise_id", "title", "text", "saved_at"},
    )
    db["prompt_library"].create_index(["learner_id", "exercise_id"], unique=True, index_name="library_by_exercise")


def _m020_pin(db: Database) -> None:
    """A PIN per learner for the course in a browser: salted scrypt hash and the lock-out state."""
    db.execute(
        """
        CREATE TABLE learner_pins (
          learner_id TEXT PRIMARY KEY REFERENCES learners(id),
          salt TEXT NOT NULL,
          hash TEXT NOT NULL,
          params TEXT NOT NULL,
          failures INTEGER NOT NULL DEFAULT 0,
          locked_until TEXT,
          set_at TEXT NOT NULL
        )
        """
    )


def build() -> Migrations:
    """The migration set, in order (sqlite-utils imported only when called)."""
    from sqlite_utils import Migrations

    migrations = Migrations(MIGRATION_SET)
    migrations(name="m001_base")(_m001_base)
    migrations(name="m002_exercise_state")(_m002_exercise_state)
    migrations(name="m016_prompt_library")(_m016_prompt_library)
    migrations(name="m017_gap_check")(_m017_gap_check)
    migrations(name="m020_pin")(_m020_pin)
    migrations(name="m013_disputes")(_m013_disputes)
    return migrations
