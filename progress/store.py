"""The progress store: learners, settings, lesson state, successes, policy, unlocks (+ attempts)."""

from __future__ import annotations

import math
import sqlite3
import uuid
from collections.abc import Iterable
from datetime import date as _date
from pathlib import Path

from progress.attempts import AttemptsMixin
from progress.base import guarded
from progress.connect import connect
from progress.disputes import DisputesMixin
from progress.library import LibraryEntry, LibraryMixin
from progress.records import (
    Attempt,
    CheckResult,
    ExerciseState,
    Learner,
    LessonRow,
    PolicyAck,
    StoreError,
    Success,
    now_utc,
)

__all__ = [
    "LAST_LEARNER",
    "LAST_LESSON",
    "Attempt",
    "CheckResult",
    "ExerciseState",
    "Learner",
    "LessonRow",
    "LibraryEntry",
    "PolicyAck",
    "Store",
    "StoreError",
    "Success",
]

LAST_LEARNER = "last_learner"
"""Global setting: the id of the learner who used the course last."""
LAST_LESSON = "last_lesson"
"""Per-learner setting: the lesson the learner had open last."""
MAX_SECONDS_PER_CALL = 4 * 3600.0
LEARNER_FIELDS = ("name", "team", "lang")


class Store(AttemptsMixin, LibraryMixin, DisputesMixin):
    """One progress database file; use from the thread that opened it.

    Every write is a short BEGIN IMMEDIATE ... COMMIT (see `transaction`), so
    two processes on one file both get through; errors are one-line StoreErrors.
    """

    @classmethod
    def open(cls, path: str | Path, check: bool = False) -> Store:
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
                raise StoreError("damaged", detail=detail, path=p)
        return store

    # learners -------------------------------------------------------------

    @guarded
    def create_learner(
        self, name: str, team: str = "", lang: str = "", *, learner_id: str | None = None, created_at: str | None = None
    ) -> Learner:
        """Add a learner profile with a fresh random UUID."""
        clean = " ".join(str(name or "").split())[:80]
        if not clean:
            raise ValueError("a learner needs a name or pseudonym")
        learner = Learner(
            learner_id or str(uuid.uuid4()),
            clean,
            " ".join(str(team or "").split())[:80],
            str(lang or ""),
            created_at or now_utc(),
        )
        with self.transaction():
            self._conn.execute(
                "INSERT INTO learners (id, name, team, lang, created_at) VALUES (?, ?, ?, ?, ?)",
                (learner.id, learner.name, learner.team, learner.lang, learner.created_at),
            )
        return learner

    @guarded
    def learners(self) -> list[Learner]:
        """Every learner, oldest first."""
        rows = self._all("SELECT id, name, team, lang, created_at FROM learners ORDER BY created_at, rowid")
        return [Learner(r[0], r[1], r[2] or "", r[3] or "", r[4]) for r in rows]

    @guarded
    def get_learner(self, learner_id: str) -> Learner | None:
        """The learner with this id, or None."""
        r = self._one("SELECT id, name, team, lang, created_at FROM learners WHERE id = ?", (learner_id,))
        return Learner(r[0], r[1], r[2] or "", r[3] or "", r[4]) if r else None

    @guarded
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
            raise StoreError("no_learner", learner=learner_id, path=self.path)
        return learner

    @guarded
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

    @guarded
    def get_setting(self, key: str, learner_id: str | None = None, default: str | None = None) -> str | None:
        """A setting of the learner, or a global one when learner_id is None."""
        r = self._one("SELECT value FROM settings WHERE learner_id = ? AND key = ?", (learner_id or "", key))
        return r[0] if r and r[0] is not None else default

    @guarded
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

    @guarded
    def mark_started(self, learner_id: str, lesson_id: str, level_id: str | None = None, at: str | None = None) -> None:
        """Note that the learner opened the lesson (the first time counts)."""
        with self.transaction():
            self._touch_lesson(learner_id, lesson_id, level_id)
            self._conn.execute(
                "UPDATE lesson_state SET started_at = min(coalesce(started_at, ?), ?) "
                "WHERE learner_id = ? AND lesson_id = ?",
                (at or now_utc(), at or now_utc(), learner_id, lesson_id),
            )

    @guarded
    def mark_read(self, learner_id: str, lesson_id: str, level_id: str | None = None, at: str | None = None) -> None:
        """Note that the learner read the lesson to the end (the first time counts)."""
        when = at or now_utc()
        with self.transaction():
            self._touch_lesson(learner_id, lesson_id, level_id)
            self._conn.execute(
                "UPDATE lesson_state SET started_at = min(coalesce(started_at, ?), ?), "
                "read_at = min(coalesce(read_at, ?), ?) WHERE learner_id = ? AND lesson_id = ?",
                (when, when, when, when, learner_id, lesson_id),
            )

    @guarded
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

    @guarded
    def set_time_at_least(self, learner_id: str, lesson_id: str, seconds: float) -> None:
        """Raise the time spent to `seconds` if lower (used by import: idempotent)."""
        with self.transaction():
            self._touch_lesson(learner_id, lesson_id, None)
            self._conn.execute(
                "UPDATE lesson_state SET seconds = max(seconds, ?) WHERE learner_id = ? AND lesson_id = ?",
                (max(0.0, float(seconds)), learner_id, lesson_id),
            )

    @guarded
    def lesson_rows(self, learner_id: str) -> dict[str, LessonRow]:
        """Started/read times and seconds spent, by lesson id."""
        rows = self._all(
            "SELECT lesson_id, level_id, started_at, read_at, seconds FROM lesson_state WHERE learner_id = ?",
            (learner_id,),
        )
        return {r[0]: LessonRow(r[0], r[1], r[2], r[3], float(r[4] or 0.0)) for r in rows}

    # successes, policy, unlocks ----------------------------------------

    @guarded
    def add_success(
        self,
        learner_id: str,
        title: str,
        minutes_saved: float | None = None,
        date: str | None = None,
        exercise_id: str | None = None,
        *,
        success_id: str | None = None,
        created_at: str | None = None,
    ) -> str:
        """Add an entry to the success log; returns its id."""
        sid = success_id or str(uuid.uuid4())
        minutes = None if minutes_saved is None else max(0.0, float(minutes_saved))
        with self.transaction():
            self._conn.execute(
                "INSERT OR IGNORE INTO successes (id, learner_id, title, minutes_saved, date, exercise_id, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    sid,
                    learner_id,
                    str(title).strip()[:500],
                    minutes,
                    date or _date.today().isoformat(),
                    exercise_id,
                    created_at or now_utc(),
                ),
            )
        return sid

    @guarded
    def successes(self, learner_id: str) -> list[Success]:
        """The learner's success log, oldest first."""
        rows = self._all(
            "SELECT id, learner_id, title, minutes_saved, date, exercise_id, created_at FROM successes "
            "WHERE learner_id = ? ORDER BY date, created_at, id",
            (learner_id,),
        )
        return [Success(r[0], r[1], r[2], r[3], r[4] or "", r[5], r[6]) for r in rows]

    @guarded
    def acknowledge_policy(self, learner_id: str, version: str, at: str | None = None) -> None:
        """Record that the learner acknowledged this policy version (the first time counts)."""
        with self.transaction():
            self._conn.execute(
                "INSERT INTO policy_acks (learner_id, version, acknowledged_at) VALUES (?, ?, ?) "
                "ON CONFLICT (learner_id, version) "
                "DO UPDATE SET acknowledged_at = min(acknowledged_at, excluded.acknowledged_at)",
                (learner_id, str(version), at or now_utc()),
            )

    @guarded
    def policy_ack(self, learner_id: str) -> PolicyAck | None:
        """The latest acknowledgement, or None."""
        r = self._one(
            "SELECT version, acknowledged_at FROM policy_acks WHERE learner_id = ? "
            "ORDER BY acknowledged_at DESC, version DESC LIMIT 1",
            (learner_id,),
        )
        return PolicyAck(r[0], r[1]) if r else None

    @guarded
    def opened_levels(self, learner_id: str) -> set[str]:
        """Levels this learner has ever had open (they stay open)."""
        return {r[0] for r in self._all("SELECT level_id FROM opened_levels WHERE learner_id = ?", (learner_id,))}

    @guarded
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
