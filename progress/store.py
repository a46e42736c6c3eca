"""The progress store: learners, lesson state, attempts, hints, successes, unlocks, settings."""

from __future__ import annotations

import functools
import json
import math
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date as _date
from pathlib import Path
from typing import Any, TypeVar

from progress.connect import connect, schema_version
from progress.records import (
    Attempt, CheckResult, ExerciseState, Learner, LessonRow, PolicyAck, StoreError, Success, now_utc,
)

__all__ = ["Store", "StoreError", "Learner", "Attempt", "CheckResult", "ExerciseState",
           "LessonRow", "Success", "PolicyAck", "LAST_LEARNER", "LAST_LESSON"]

LAST_LEARNER = "last_learner"
"""Global setting: the id of the learner who used the course last."""
LAST_LESSON = "last_lesson"
"""Per-learner setting: the lesson the learner had open last."""
MAX_SECONDS_PER_CALL = 4 * 3600.0
LEARNER_FIELDS = ("name", "team", "lang")

F = TypeVar("F", bound=Callable[..., Any])


def _guarded(method: F) -> F:
    """Turn any SQLite error into a one-line StoreError naming the file."""

    @functools.wraps(method)
    def wrapper(self: "Store", *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as exc:
            msg = " ".join(str(exc).split()) or type(exc).__name__
            raise StoreError(f"progress database error ({msg}): {self.path}") from None

    return wrapper  # type: ignore[return-value]


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
    return tuple(CheckResult(str(i.get("name")), bool(i.get("passed")))
                 for i in items if isinstance(i, dict) and "name" in i)


class Store:
    """One progress database file; use from the thread that opened it."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path
        self._depth = 0

    @classmethod
    def open(cls, path: str | Path, check: bool = False) -> "Store":
        """Open (creating folders and file if needed) and migrate; StoreError if unusable.

        `check` also runs SQLite's quick_check over every page (about 50 ms for
        60 MB), to find damage inside the file before the first read of it.
        """
        p = Path(path).expanduser()
        store = cls(connect(p), p)
        if check:
            try:
                verdict = store._one("PRAGMA quick_check")
            except sqlite3.Error as exc:
                verdict = (str(exc),)
            if not verdict or verdict[0] != "ok":
                store.close()
                detail = " ".join(str(verdict[0] if verdict else "?").replace("*", " ").split())[:80]
                raise StoreError(f"the progress database is damaged ({detail}): "
                                 f"{p} (the file was left as it is)")
        return store

    def close(self) -> None:
        """Close the connection (safe to call twice)."""
        self._conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        """How many schema migrations the file has."""
        return schema_version(self._conn)

    @contextmanager
    def transaction(self) -> Iterator["Store"]:
        """A short BEGIN IMMEDIATE ... COMMIT; nested calls join the outer one."""
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError(f"progress database is busy or unwritable ({exc}): {self.path}") from None
        self._depth = 1
        try:
            yield self
        except BaseException:
            self._depth = 0
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise
        self._depth = 0
        try:
            self._conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise StoreError(f"progress database error on commit ({exc}): {self.path}") from None

    def _one(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None:
        return self._conn.execute(sql, params).fetchone()

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self._conn.execute(sql, params).fetchall()

    # learners -------------------------------------------------------------

    @_guarded
    def create_learner(self, name: str, team: str = "", lang: str = "", *,
                       learner_id: str | None = None, created_at: str | None = None) -> Learner:
        """Add a learner profile with a fresh random UUID."""
        clean = " ".join(str(name or "").split())[:80]
        if not clean:
            raise ValueError("a learner needs a name or pseudonym")
        learner = Learner(learner_id or str(uuid.uuid4()), clean, " ".join(str(team or "").split())[:80],
                          str(lang or ""), created_at or now_utc())
        with self.transaction():
            self._conn.execute(
                "INSERT INTO learners (id, name, team, lang, created_at) VALUES (?, ?, ?, ?, ?)",
                (learner.id, learner.name, learner.team, learner.lang, learner.created_at),
            )
        return learner

    @_guarded
    def learners(self) -> list[Learner]:
        """Every learner, oldest first."""
        rows = self._all("SELECT id, name, team, lang, created_at FROM learners ORDER BY created_at, rowid")
        return [Learner(r[0], r[1], r[2] or "", r[3] or "", r[4]) for r in rows]

    @_guarded
    def get_learner(self, learner_id: str) -> Learner | None:
        """The learner with this id, or None."""
        r = self._one("SELECT id, name, team, lang, created_at FROM learners WHERE id = ?", (learner_id,))
        return Learner(r[0], r[1], r[2] or "", r[3] or "", r[4]) if r else None

    @_guarded
    def update_learner(self, learner_id: str, **fields: str) -> Learner:
        """Change name, team or lang; returns the updated learner."""
        unknown = set(fields) - set(LEARNER_FIELDS)
        if unknown:
            raise ValueError(f"cannot update learner field(s): {', '.join(sorted(unknown))}")
        if "name" in fields and not " ".join(str(fields["name"] or "").split()):
            raise ValueError("a learner needs a name or pseudonym")
        with self.transaction():
            for key, value in fields.items():
                text = " ".join(str(value or "").split())[:80] if key != "lang" else str(value or "")
                self._conn.execute(f"UPDATE learners SET {key} = ? WHERE id = ?", (text, learner_id))
        learner = self.get_learner(learner_id)
        if learner is None:
            raise StoreError(f"no learner with id {learner_id}: {self.path}")
        return learner

    @_guarded
    def current_learner(self) -> Learner | None:
        """The learner used last (setting), else the most recently active one, else None."""
        last = self.get_setting(LAST_LEARNER)
        if last:
            learner = self.get_learner(last)
            if learner is not None:
                return learner
        r = self._one(
            """SELECT l.id FROM learners l
               ORDER BY max(l.created_at, coalesce((SELECT max(last_at) FROM exercise_state e
                                                    WHERE e.learner_id = l.id), '')) DESC, l.id LIMIT 1"""
        )
        return self.get_learner(r[0]) if r else None

    def set_current_learner(self, learner_id: str) -> None:
        """Remember the learner for the next start and for export/progress."""
        self.set_setting(LAST_LEARNER, learner_id)

    # settings ------------------------------------------------------------

    @_guarded
    def get_setting(self, key: str, learner_id: str | None = None, default: str | None = None) -> str | None:
        """A setting of the learner, or a global one when learner_id is None."""
        r = self._one("SELECT value FROM settings WHERE learner_id = ? AND key = ?", (learner_id or "", key))
        return r[0] if r and r[0] is not None else default

    @_guarded
    def set_setting(self, key: str, value: str | None, learner_id: str | None = None) -> None:
        """Store a setting (None removes it)."""
        with self.transaction():
            if value is None:
                self._conn.execute("DELETE FROM settings WHERE learner_id = ? AND key = ?", (learner_id or "", key))
            else:
                self._conn.execute(
                    "INSERT INTO settings (learner_id, key, value) VALUES (?, ?, ?) "
                    "ON CONFLICT (learner_id, key) DO UPDATE SET value = excluded.value",
                    (learner_id or "", key, str(value)),
                )

    # lessons -------------------------------------------------------------

    def _touch_lesson(self, learner_id: str, lesson_id: str, level_id: str | None) -> None:
        self._conn.execute(
            "INSERT INTO lesson_state (learner_id, lesson_id, level_id, seconds) VALUES (?, ?, ?, 0) "
            "ON CONFLICT (learner_id, lesson_id) DO UPDATE SET level_id = coalesce(excluded.level_id, level_id)",
            (learner_id, lesson_id, level_id),
        )

    @_guarded
    def mark_started(self, learner_id: str, lesson_id: str, level_id: str | None = None,
                     at: str | None = None) -> None:
        """Note that the learner opened the lesson (the first time counts)."""
        with self.transaction():
            self._touch_lesson(learner_id, lesson_id, level_id)
            self._conn.execute(
                "UPDATE lesson_state SET started_at = min(coalesce(started_at, ?), ?) WHERE learner_id = ? AND lesson_id = ?",
                (at or now_utc(), at or now_utc(), learner_id, lesson_id),
            )

    @_guarded
    def mark_read(self, learner_id: str, lesson_id: str, level_id: str | None = None,
                  at: str | None = None) -> None:
        """Note that the learner read the lesson to the end (the first time counts)."""
        when = at or now_utc()
        with self.transaction():
            self._touch_lesson(learner_id, lesson_id, level_id)
            self._conn.execute(
                "UPDATE lesson_state SET started_at = min(coalesce(started_at, ?), ?), "
                "read_at = min(coalesce(read_at, ?), ?) WHERE learner_id = ? AND lesson_id = ?",
                (when, when, when, when, learner_id, lesson_id),
            )

    @_guarded
    def add_time(self, learner_id: str, lesson_id: str, seconds: float) -> None:
        """Add time spent in a lesson (negative, NaN and absurd values are ignored)."""
        try:
            secs = float(seconds)
        except (TypeError, ValueError):
            return
        if not math.isfinite(secs) or secs <= 0:
            return
        with self.transaction():
            self._touch_lesson(learner_id, lesson_id, None)
            self._conn.execute(
                "UPDATE lesson_state SET seconds = seconds + ? WHERE learner_id = ? AND lesson_id = ?",
                (min(secs, MAX_SECONDS_PER_CALL), learner_id, lesson_id),
            )

    @_guarded
    def set_time_at_least(self, learner_id: str, lesson_id: str, seconds: float) -> None:
        """Raise the time spent to `seconds` if lower (used by import: idempotent)."""
        with self.transaction():
            self._touch_lesson(learner_id, lesson_id, None)
            self._conn.execute(
                "UPDATE lesson_state SET seconds = max(seconds, ?) WHERE learner_id = ? AND lesson_id = ?",
                (max(0.0, float(seconds)), learner_id, lesson_id),
            )

    @_guarded
    def lesson_rows(self, learner_id: str) -> dict[str, LessonRow]:
        """Started/read times and seconds spent, by lesson id."""
        rows = self._all(
            "SELECT lesson_id, level_id, started_at, read_at, seconds FROM lesson_state WHERE learner_id = ?",
            (learner_id,),
        )
        return {r[0]: LessonRow(r[0], r[1], r[2], r[3], float(r[4] or 0.0)) for r in rows}

    # attempts and hints --------------------------------------------------

    @_guarded
    def record_attempt(self, learner_id: str, lesson_id: str, exercise_id: str, kind: str,
                       text: str | None, score: float, passed: bool, checks: Iterable[Any] | None,
                       hints_used: int = 0, model: str | None = None, duration_s: float = 0.0,
                       tokens_in: int | None = None, tokens_out: int | None = None, *,
                       attempt_id: str | None = None, created_at: str | None = None) -> str:
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
                (aid, learner_id, lesson_id, exercise_id, kind, text, json.dumps(_check_list(checks)),
                 clean, ok, int(hints_used or 0), model, float(duration_s or 0.0), tokens_in, tokens_out, when),
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

    @_guarded
    def attempts(self, learner_id: str, exercise_id: str | None = None) -> list[Attempt]:
        """The learner's attempts, oldest first (optionally for one exercise)."""
        sql = ("SELECT id, learner_id, lesson_id, exercise_id, kind, text, checks, score, passed, hints_used, "
               "model, duration_s, tokens_in, tokens_out, created_at FROM attempts WHERE learner_id = ?")
        params: list[Any] = [learner_id]
        if exercise_id is not None:
            sql += " AND exercise_id = ?"
            params.append(exercise_id)
        rows = self._all(sql + " ORDER BY created_at, rowid", params)
        return [Attempt(r[0], r[1], r[2] or "", r[3], r[4] or "", r[5], _checks_from_json(r[6]), float(r[7]),
                        bool(r[8]), int(r[9] or 0), r[10], float(r[11] or 0.0), r[12], r[13], r[14])
                for r in rows]

    def _raise_hints(self, learner_id: str, exercise_id: str, n: int) -> None:
        self._conn.execute(
            "INSERT INTO exercise_state (learner_id, exercise_id, hints) VALUES (?, ?, ?) "
            "ON CONFLICT (learner_id, exercise_id) DO UPDATE SET hints = max(hints, excluded.hints)",
            (learner_id, exercise_id, max(0, n)),
        )

    @_guarded
    def use_hint(self, learner_id: str, exercise_id: str) -> int:
        """Count one more hint for the exercise; returns how many are used now."""
        with self.transaction():
            self._conn.execute(
                "INSERT INTO exercise_state (learner_id, exercise_id, hints) VALUES (?, ?, 1) "
                "ON CONFLICT (learner_id, exercise_id) DO UPDATE SET hints = hints + 1",
                (learner_id, exercise_id),
            )
            return self.hints_used(learner_id, exercise_id)

    @_guarded
    def set_hints_at_least(self, learner_id: str, exercise_id: str, n: int) -> None:
        """Raise the hint count to `n` if lower (used by import: idempotent)."""
        with self.transaction():
            self._raise_hints(learner_id, exercise_id, int(n))

    @_guarded
    def hints_used(self, learner_id: str, exercise_id: str) -> int:
        """How many hints the learner has seen for the exercise."""
        r = self._one("SELECT hints FROM exercise_state WHERE learner_id = ? AND exercise_id = ?",
                      (learner_id, exercise_id))
        return int(r[0]) if r else 0

    @_guarded
    def hint_counts(self, learner_id: str) -> dict[str, int]:
        """Hints used per exercise (only exercises with at least one)."""
        rows = self._all("SELECT exercise_id, hints FROM exercise_state WHERE learner_id = ? AND hints > 0",
                         (learner_id,))
        return {r[0]: int(r[1]) for r in rows}

    @_guarded
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

    # successes, policy, unlocks ----------------------------------------

    @_guarded
    def add_success(self, learner_id: str, title: str, minutes_saved: float | None = None,
                    date: str | None = None, exercise_id: str | None = None, *,
                    success_id: str | None = None, created_at: str | None = None) -> str:
        """Add an entry to the success log; returns its id."""
        sid = success_id or str(uuid.uuid4())
        minutes = None if minutes_saved is None else max(0.0, float(minutes_saved))
        with self.transaction():
            self._conn.execute(
                "INSERT OR IGNORE INTO successes (id, learner_id, title, minutes_saved, date, exercise_id, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (sid, learner_id, str(title).strip()[:500], minutes, date or _date.today().isoformat(),
                 exercise_id, created_at or now_utc()),
            )
        return sid

    @_guarded
    def successes(self, learner_id: str) -> list[Success]:
        """The learner's success log, oldest first."""
        rows = self._all(
            "SELECT id, learner_id, title, minutes_saved, date, exercise_id, created_at FROM successes "
            "WHERE learner_id = ? ORDER BY date, created_at, id",
            (learner_id,),
        )
        return [Success(r[0], r[1], r[2], r[3], r[4] or "", r[5], r[6]) for r in rows]

    @_guarded
    def acknowledge_policy(self, learner_id: str, version: str, at: str | None = None) -> None:
        """Record that the learner acknowledged this policy version (the first time counts)."""
        with self.transaction():
            self._conn.execute(
                "INSERT INTO policy_acks (learner_id, version, acknowledged_at) VALUES (?, ?, ?) "
                "ON CONFLICT (learner_id, version) DO UPDATE SET acknowledged_at = min(acknowledged_at, excluded.acknowledged_at)",
                (learner_id, str(version), at or now_utc()),
            )

    @_guarded
    def policy_ack(self, learner_id: str) -> PolicyAck | None:
        """The latest acknowledgement, or None."""
        r = self._one(
            "SELECT version, acknowledged_at FROM policy_acks WHERE learner_id = ? "
            "ORDER BY acknowledged_at DESC, version DESC LIMIT 1",
            (learner_id,),
        )
        return PolicyAck(r[0], r[1]) if r else None

    @_guarded
    def opened_levels(self, learner_id: str) -> set[str]:
        """Levels this learner has ever had open (they stay open)."""
        return {r[0] for r in self._all("SELECT level_id FROM opened_levels WHERE learner_id = ?", (learner_id,))}

    @_guarded
    def open_levels(self, learner_id: str, level_ids: Iterable[str]) -> None:
        """Remember levels as opened for good."""
        ids = [str(i) for i in level_ids]
        if not ids:
            return
        when = now_utc()
        with self.transaction():
            self._conn.executemany(
                "INSERT OR IGNORE INTO opened_levels (learner_id, level_id, opened_at) VALUES (?, ?, ?)",
                [(learner_id, i, when) for i in ids],
            )

    @_guarded
    def integrity_check(self) -> str:
        """`ok`, or SQLite's first complaint."""
        r = self._one("PRAGMA integrity_check")
        return str(r[0]) if r else "no answer"
