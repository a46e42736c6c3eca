"""Disputed feedback: the learner's 'Diese Rückmeldung stimmt nicht' on one check, kept for the course's authors."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from progress.base import StoreBase, guarded
from progress.records import now_utc

PROMPT_LIMIT = 20_000
"""A shared prompt is cut to this many characters."""


@dataclass(frozen=True)
class Dispute:
    """One disagreement: which exercise and check, the verdict the learner saw, and the prompt only if shared."""

    id: str
    learner_id: str
    exercise_id: str
    check: str
    passed: bool
    message: str
    prompt: str | None
    lang: str
    created_at: str

    def to_json(self, include_prompt: bool = True) -> dict[str, Any]:
        """The export form: {exercise, check, verdict, message, lang, at} and the prompt when shared."""
        data: dict[str, Any] = {
            "exercise": self.exercise_id,
            "check": self.check,
            "verdict": "passed" if self.passed else "failed",
            "message": self.message,
            "lang": self.lang,
            "at": self.created_at,
        }
        if include_prompt and self.prompt is not None:
            data["prompt"] = self.prompt
        return data


class DisputesMixin(StoreBase):
    """Store methods for disputed checks (table `disputes`, migration m013_disputes)."""

    @guarded
    def add_dispute(
        self,
        learner_id: str,
        exercise_id: str,
        check: str,
        passed: bool,
        message: str = "",
        prompt: str | None = None,
        lang: str = "",
    ) -> str:
        """Record that the learner disagrees with `check` on `exercise_id`; `prompt` only with their consent."""
        did = str(uuid.uuid4())
        shared = None if prompt is None else str(prompt)[:PROMPT_LIMIT]
        with self.transaction():
            self._conn.execute(
                "INSERT INTO disputes "
                "(id, learner_id, exercise_id, check_name, passed, message, prompt, lang, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    did,
                    learner_id,
                    str(exercise_id)[:200],
                    str(check)[:100],
                    1 if passed else 0,
                    str(message)[:1000],
                    shared,
                    str(lang)[:5],
                    now_utc(),
                ),
            )
        return did

    @guarded
    def disputes(self, learner_id: str | None = None) -> list[Dispute]:
        """Every dispute (or one learner's), oldest first."""
        sql = (
            "SELECT id, learner_id, exercise_id, check_name, passed, message, prompt, lang, created_at FROM disputes"
            + (" WHERE learner_id = ?" if learner_id is not None else "")
            + " ORDER BY created_at, id"
        )
        rows = self._all(sql, (learner_id,) if learner_id is not None else ())
        return [Dispute(r[0], r[1], r[2], r[3], bool(r[4]), r[5] or "", r[6], r[7] or "", r[8]) for r in rows]
