"""The learner's personal prompt library: prompts for their own tasks, kept with progress."""

from __future__ import annotations

import uuid
from typing import NamedTuple

from progress.base import StoreBase, guarded
from progress.records import now_utc

MAX_TITLE = 120
MAX_TEXT = 20_000


class LibraryEntry(NamedTuple):
    """One saved prompt: the exercise it came from, a title, the text and when it was saved."""

    id: str
    learner_id: str
    exercise_id: str
    title: str
    text: str
    saved_at: str


def _title(text: str, fallback: str) -> str:
    """The first non-empty line, shortened; the fallback for an empty text."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if not first:
        return fallback
    return first if len(first) <= MAX_TITLE else first[: MAX_TITLE - 1].rstrip() + "…"


class LibraryMixin(StoreBase):
    """Save and list prompts; one entry per learner and exercise, the newest version kept."""

    @guarded
    def save_prompt(self, learner_id: str, exercise_id: str, text: str, title: str | None = None) -> str:
        """Keep `text` as the learner's prompt for `exercise_id` (replacing an older one); returns its id."""
        body = str(text).strip()[:MAX_TEXT]
        name = (title or "").strip()[:MAX_TITLE] or _title(body, exercise_id)
        now = now_utc()
        with self.transaction():
            row = self._conn.execute(
                "INSERT INTO prompt_library (id, learner_id, exercise_id, title, text, saved_at) "
                "VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(learner_id, exercise_id) DO UPDATE SET title = excluded.title, text = excluded.text, "
                "saved_at = excluded.saved_at RETURNING id",
                (str(uuid.uuid4()), learner_id, exercise_id, name, body, now),
            ).fetchone()
        return str(row[0])

    @guarded
    def library(self, learner_id: str) -> list[LibraryEntry]:
        """The learner's saved prompts, newest first."""
        rows = self._all(
            "SELECT id, learner_id, exercise_id, title, text, saved_at FROM prompt_library "
            "WHERE learner_id = ? ORDER BY saved_at DESC, id",
            (learner_id,),
        )
        return [LibraryEntry(*r) for r in rows]

    @guarded
    def delete_prompt(self, learner_id: str, entry_id: str) -> bool:
        """Remove one saved prompt; False when there was none."""
        with self.transaction():
            cur = self._conn.execute(
                "DELETE FROM prompt_library WHERE learner_id = ? AND id = ?", (learner_id, entry_id)
            )
        return cur.rowcount > 0
