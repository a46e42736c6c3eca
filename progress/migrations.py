"""The progress database schema, as sqlite-utils migrations applied on open."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from sqlite_utils import Database, Migrations

MIGRATION_SET = "genai-course-progress"
"""The name of our migration set inside `_sqlite_migrations`."""

SCHEMA_NAMES: tuple[str, ...] = ("m001_base", "m002_exercise_state")
"""Every migration this version knows, oldest first; the schema version is the count."""


def _m001_base(db: "Database") -> None:
    """Learners, lesson state, attempts, hints, successes, policy, unlocks, settings."""
    db["learners"].create(
        {"id": str, "name": str, "team": str, "lang": str, "created_at": str},
        pk="id", not_null={"id", "name", "created_at"},
    )
    fk = [("learner_id", "learners", "id")]
    db["lesson_state"].create(
        {"learner_id": str, "lesson_id": str, "level_id": str, "started_at": str,
         "read_at": str, "seconds": float},
        pk=("learner_id", "lesson_id"), foreign_keys=fk,
        not_null={"learner_id", "lesson_id", "seconds"}, defaults={"seconds": 0.0},
    )
    db["attempts"].create(
        {"id": str, "learner_id": str, "lesson_id": str, "exercise_id": str, "kind": str,
         "text": str, "checks": str, "score": float, "passed": int, "hints_used": int,
         "model": str, "duration_s": float, "tokens_in": int, "tokens_out": int,
         "created_at": str},
        pk="id", foreign_keys=fk,
        not_null={"id", "learner_id", "exercise_id", "score", "passed", "created_at"},
        defaults={"hints_used": 0, "duration_s": 0.0, "checks": "[]"},
    )
    db["attempts"].create_index(["learner_id", "exercise_id", "created_at"], index_name="attempts_by_exercise")
    db["hints"].create(
        {"learner_id": str, "exercise_id": str, "n": int},
        pk=("learner_id", "exercise_id"), foreign_keys=fk,
        not_null={"learner_id", "exercise_id", "n"}, defaults={"n": 0},
    )
    db["successes"].create(
        {"id": str, "learner_id": str, "title": str, "minutes_saved": float, "date": str,
         "exercise_id": str, "created_at": str},
        pk="id", foreign_keys=fk, not_null={"id", "learner_id", "title", "created_at"},
    )
    db["successes"].create_index(["learner_id", "date"], index_name="successes_by_learner")
    db["policy_acks"].create(
        {"learner_id": str, "version": str, "acknowledged_at": str},
        pk=("learner_id", "version"), foreign_keys=fk,
        not_null={"learner_id", "version", "acknowledged_at"},
    )
    db["opened_levels"].create(
        {"learner_id": str, "level_id": str, "opened_at": str},
        pk=("learner_id", "level_id"), foreign_keys=fk,
        not_null={"learner_id", "level_id", "opened_at"},
    )
    # learner_id is '' for global settings, so no foreign key here.
    db["settings"].create(
        {"learner_id": str, "key": str, "value": str},
        pk=("learner_id", "key"), not_null={"learner_id", "key"},
    )


def _m002_exercise_state(db: "Database") -> None:
    """Per-exercise summary kept in step with attempts, so the overview never scans them."""
    db["exercise_state"].create(
        {"learner_id": str, "exercise_id": str, "lesson_id": str, "best_score": float,
         "passed": int, "attempts": int, "first_passed_at": str, "last_at": str},
        pk=("learner_id", "exercise_id"), foreign_keys=[("learner_id", "learners", "id")],
        not_null={"learner_id", "exercise_id", "best_score", "passed", "attempts"},
    )
    backfill_exercise_state(db)


def backfill_exercise_state(db: "Database") -> None:
    """Fill the per-exercise summary from the attempts (for exercises not in it yet)."""
    db.execute(
        """
        INSERT INTO exercise_state
          (learner_id, exercise_id, lesson_id, best_score, passed, attempts, first_passed_at, last_at)
        SELECT learner_id, exercise_id,
               (SELECT a2.lesson_id FROM attempts a2 WHERE a2.learner_id = a.learner_id
                  AND a2.exercise_id = a.exercise_id ORDER BY a2.created_at DESC LIMIT 1),
               max(score), max(passed), count(*),
               min(CASE WHEN passed THEN created_at END), max(created_at)
        FROM attempts a
        WHERE NOT EXISTS (SELECT 1 FROM exercise_state s
                          WHERE s.learner_id = a.learner_id AND s.exercise_id = a.exercise_id)
        GROUP BY learner_id, exercise_id
        """
    )


def build() -> "Migrations":
    """The migration set, in order (sqlite-utils imported only when called)."""
    from sqlite_utils import Migrations

    migrations = Migrations(MIGRATION_SET)
    migrations(name="m001_base")(_m001_base)
    migrations(name="m002_exercise_state")(_m002_exercise_state)
    return migrations
