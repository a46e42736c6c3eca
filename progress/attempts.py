"""Attempts, hints and the per-exercise summary of the progress store."""

from __future__ import annotations

import json
import math
import sqlite3
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from progress.base import StoreBase, guarded
from progress.records import Attempt, CheckResult, ExerciseState, now_utc


def _clean_score(value: float) -> float:
    score = float(value)
    if math.isnan(score):
        return 0.0
    return min(1.0, max(0.0, score))


def _check_list(checks: Iterable[Any] | None) -> list[dict[str, Any]]:
    """Grader results (objects or dicts with name/passed) as a JSON-ready list."""
    out: list[dict[str, Any]] = []
    for item in checks or ():
        if isinstance(item, Mapping):
            name, passed = item.get("name"), item.get("passed")
        else:
            name, passed = getattr(item, "name", None), getattr(item, "passed", None)
        if name is not None:
            out.append({"name": str(name), "passed": bool(passed)})
    return out


def _checks_from_json(text: str | None) -> tuple[CheckResult, ...]:
    try:
        items = json.loads(text or "[]")
    except ValueError:
        return ()
    if not isinstance(items, list):
        return ()
    return tuple(
        CheckResult(str(i.get("name")), bool(i.get("passed"))) for i in items if isinstance(i, dict) and "name" in i
    )


_ATTEMPT_COLUMNS = (
    "id, learner_id, lesson_id, exercise_id, kind, text, checks, score, passed, hints_used, "
    "model, duration_s, tokens_in, tokens_out, created_at"
)
"""The attempts columns in the order _attempt reads them."""


def _attempt(r: Sequence[Any]) -> Attempt:
    """An Attempt from a row of _ATTEMPT_COLUMNS (empty lesson and kind as "", no hints as 0)."""
    return Attempt(
        r[0],
        r[1],
        r[2] or "",
        r[3],
        r[4] or "",
        r[5],
        _checks_from_json(r[6]),
        float(r[7]),
        bool(r[8]),
        int(r[9] or 0),
        r[10],
        float(r[11] or 0.0),
        r[12],
        r[13],
        r[14],
    )


class AttemptsMixin(StoreBase):
    """Recording attempts and hints; reading them back and summarised per exercise."""

    @guarded
    def record_attempt(
        self,
        learner_id: str,
        lesson_id: str,
        exercise_id: str,
        kind: str,
        text: str | None,
        score: float,
        passed: bool,
        checks: Iterable[Any] | None,
        hints_used: int = 0,
        model: str | None = None,
        duration_s: float = 0.0,
        tokens_in: int | None = None,
        tokens_out: int | None = None,
        *,
        attempt_id: str | None = None,
        created_at: str | None = None,
    ) -> str:
        """Store one graded attempt and update the exercise summary; returns its id.

        With an `attempt_id` already stored nothing changes (import dedupe).
        """
        aid = attempt_id or str(uuid.uuid4())
        when = created_at or now_utc()
        clean = _clean_score(score)
        ok = 1 if passed else 0
        with self.transaction():
            cur = self._conn.execute(
                "INSERT OR IGNORE INTO attempts (id, learner_id, lesson_id, exercise_id, kind, text, checks, "
                "score, passed, hints_used, model, duration_s, tokens_in, tokens_out, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    aid,
                    learner_id,
                    lesson_id,
                    exercise_id,
                    kind,
                    text,
                    json.dumps(_check_list(checks)),
                    clean,
                    ok,
                    int(hints_used or 0),
                    model,
                    float(duration_s or 0.0),
                    tokens_in,
                    tokens_out,
                    when,
                ),
            )
            if cur.rowcount == 1:
                self._conn.execute(
                    """INSERT INTO exercise_state (learner_id, exercise_id, best_score, passed, attempts, hints,
                                                   first_passed_at, last_at)
                       VALUES (?, ?, ?, ?, 1, ?, ?, ?)
                       ON CONFLICT (learner_id, exercise_id) DO UPDATE SET
                         best_score = max(best_score, excluded.best_score),
                         passed = max(passed, excluded.passed),
                         attempts = attempts + 1,
                         hints = max(hints, excluded.hints),
                         first_passed_at = CASE WHEN first_passed_at IS NULL THEN excluded.first_passed_at
                                                WHEN excluded.first_passed_at IS NULL THEN first_passed_at
                                                ELSE min(first_passed_at, excluded.first_passed_at) END,
                         last_at = CASE WHEN last_at IS NULL THEN excluded.last_at
                                        ELSE max(last_at, excluded.last_at) END""",
                    (learner_id, exercise_id, clean, ok, max(0, int(hints_used or 0)), when if ok else None, when),
                )
        return aid

    @guarded
    def add_attempts(self, learner_id: str, rows: Iterable[Mapping[str, Any]]) -> int:
        """Store many validated attempts at once (import); ids already stored are skipped. Returns how many were new.

        Call `refresh_exercise_state` afterwards: unlike `record_attempt` this does not touch the summary.
        """
        before = self._conn.total_changes
        with self.transaction():
            self._conn.executemany(
                "INSERT OR IGNORE INTO attempts (id, learner_id, lesson_id, exercise_id, kind, text, checks, "
                "score, passed, hints_used, model, duration_s, tokens_in, tokens_out, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0.0, NULL, NULL, ?)",
                [
                    (
                        r["attempt_id"],
                        learner_id,
                        r.get("lesson_id") or "",
                        r["exercise_id"],
                        r.get("kind") or "",
                        r.get("text"),
                        r.get("checks_json") or json.dumps(_check_list(r.get("checks"))),
                        _clean_score(r["score"]),
                        1 if r["passed"] else 0,
                        max(0, int(r.get("hints_used") or 0)),
                        r.get("model"),
                        r.get("created_at") or now_utc(),
                    )
                    for r in rows
                ],
            )
        return self._conn.total_changes - before

    @guarded
    def refresh_exercise_state(self, learner_id: str) -> None:
        """Bring the per-exercise summary up to the learner's stored attempts (never lowers a value)."""
        with self.transaction():
            self._conn.execute(
                """INSERT INTO exercise_state (learner_id, exercise_id, best_score, passed, attempts, hints,
                                               first_passed_at, last_at)
                   SELECT learner_id, exercise_id, max(score), max(passed), count(*), max(hints_used),
                          min(CASE WHEN passed THEN created_at END), max(created_at)
                   FROM attempts WHERE learner_id = ? GROUP BY exercise_id
                   ON CONFLICT (learner_id, exercise_id) DO UPDATE SET
                     best_score = max(best_score, excluded.best_score),
                     passed = max(passed, excluded.passed),
                     attempts = max(attempts, excluded.attempts),
                     hints = max(hints, excluded.hints),
                     first_passed_at = CASE WHEN first_passed_at IS NULL THEN excluded.first_passed_at
                                            WHEN excluded.first_passed_at IS NULL THEN first_passed_at
                                            ELSE min(first_passed_at, excluded.first_passed_at) END,
                     last_at = CASE WHEN last_at IS NULL THEN excluded.last_at
                                    WHEN excluded.last_at IS NULL THEN last_at
                                    ELSE max(last_at, excluded.last_at) END""",
                (learner_id,),
            )

    def iter_attempts(self, learner_id: str) -> Iterator[Attempt]:
        """The learner's attempts, oldest first, read from a cursor (bounded memory; for export)."""
        sql = f"SELECT {_ATTEMPT_COLUMNS} FROM attempts WHERE learner_id = ? ORDER BY created_at, rowid"
        try:
            cursor = self._conn.execute(sql, (learner_id,))
            for r in cursor:
                yield _attempt(r)
        except sqlite3.Error as exc:
            from progress.records import StoreError, sqlite_detail

            raise StoreError("error", detail=sqlite_detail(exc), path=self.path) from None

    @guarded
    def attempts(self, learner_id: str, exercise_id: str | None = None) -> list[Attempt]:
        """The learner's attempts, oldest first (optionally for one exercise)."""
        sql = f"SELECT {_ATTEMPT_COLUMNS} FROM attempts WHERE learner_id = ?"
        params: list[Any] = [learner_id]
        if exercise_id is not None:
            sql += " AND exercise_id = ?"
            params.append(exercise_id)
        rows = self._all(sql + " ORDER BY created_at, rowid", params)
        return [_attempt(r) for r in rows]

    def _raise_hints(self, learner_id: str, exercise_id: str, n: int) -> None:
        self._conn.execute(
            "INSERT INTO exercise_state (learner_id, exercise_id, hints) VALUES (?, ?, ?) "
            "ON CONFLICT (learner_id, exercise_id) DO UPDATE SET hints = max(hints, excluded.hints)",
            (learner_id, exercise_id, max(0, n)),
        )

    @guarded
    def use_hint(self, learner_id: str, exercise_id: str) -> int:
        """Count one more hint for the exercise; returns how many are used now."""
        with self.transaction():
            self._conn.execute(
                "INSERT INTO exercise_state (learner_id, exercise_id, hints) VALUES (?, ?, 1) "
                "ON CONFLICT (learner_id, exercise_id) DO UPDATE SET hints = hints + 1",
                (learner_id, exercise_id),
            )
            return self.hints_used(learner_id, exercise_id)

    @guarded
    def set_hints_at_least(self, learner_id: str, exercise_id: str, n: int) -> None:
        """Raise the hint count to `n` if lower (used by import: idempotent)."""
        with self.transaction():
            self._raise_hints(learner_id, exercise_id, int(n))

    @guarded
    def hints_used(self, learner_id: str, exercise_id: str) -> int:
        """How many hints the learner has seen for the exercise."""
        r = self._one(
            "SELECT hints FROM exercise_state WHERE learner_id = ? AND exercise_id = ?", (learner_id, exercise_id)
        )
        return int(r[0]) if r else 0

    @guarded
    def hint_counts(self, learner_id: str) -> dict[str, int]:
        """Hints used per exercise (only exercises with at least one)."""
        rows = self._all(
            "SELECT exercise_id, hints FROM exercise_state WHERE learner_id = ? AND hints > 0", (learner_id,)
        )
        return {r[0]: int(r[1]) for r in rows}

    @guarded
    def exercise_summary(self, learner_id: str) -> dict[str, ExerciseState]:
        """Best score, passed, attempts, hints and times per exercise, in one query.

        Reads the per-exercise rows kept in step with every attempt and hint (a
        primary-key range of a WITHOUT ROWID table), so its cost depends on the
        number of exercises, never on the number of attempts.
        """
        rows = self._all(
            "SELECT best_score, passed, attempts, hints, last_at, first_passed_at, exercise_id "
            "FROM exercise_state WHERE learner_id = ?",
            (learner_id,),
        )
        return {state.exercise_id: state for state in map(ExerciseState._make, rows)}
