"""What a learner does, without any UI: open lessons, submit answers, take hints."""

from __future__ import annotations

import json
import time
import uuid
from datetime import date
from typing import TYPE_CHECKING, Any

from course.catalog import Catalog
from course.content import Exercise, Lesson
from course.workbenchsession import Submission
from progress.records import Attempt, Learner, now_utc
from progress.store import Store

if TYPE_CHECKING:  # pragma: no cover - for annotations only
    from course.grading.result import Grade
    from course.status import Overview
    from progress.records import PolicyAck

SOLUTION_AFTER_TRIES = 3

__all__ = ["Session", "Submission", "use_case_title"]


class Session:
    """One learner working through the catalog; every change goes to the store."""

    def __init__(self, catalog: Catalog, store: Store, learner: Learner, lang: str) -> None:
        from course.pending import PendingWrites

        self.catalog = catalog
        self.store = store
        self.learner = learner
        self.lang = lang
        self.writes = PendingWrites(store)
        """The save path: writes that a locked store cannot take yet wait here (and beside the store)."""

    # -- overview -----------------------------------------------------------
    def overview(self) -> Overview:
        """Levels and lessons with their state; newly opened levels are stored (later, if the store is busy)."""
        from course.status import overview
        from progress.records import StoreError

        try:
            return overview(
                self.catalog,
                self.store,
                self.learner.id,
                self.lang,
                persist=not getattr(self.store, "read_only", False),
            )
        except StoreError:
            return overview(self.catalog, self.store, self.learner.id, self.lang, persist=False)

    def lesson(self, lesson_id: str) -> Lesson:
        """The lesson in the learner's language (or its fallback)."""
        return self.catalog.lesson(lesson_id, self.lang)

    def open_lesson(self, lesson_id: str) -> Lesson:
        """Mark a lesson started and remember it as the place to resume."""
        lesson = self.lesson(lesson_id)
        self.writes.call(
            "mark_started", learner_id=self.learner.id, lesson_id=lesson_id, level_id=lesson.level_id, at=now_utc()
        )
        self.writes.call("set_setting", key="last_lesson", value=lesson_id, learner_id=self.learner.id)
        return lesson

    def finish_reading(self, lesson_id: str, seconds: float = 0.0) -> None:
        """The learner reached the end of the lesson."""
        lesson = self.lesson(lesson_id)
        self.writes.call(
            "mark_read", learner_id=self.learner.id, lesson_id=lesson_id, level_id=lesson.level_id, at=now_utc()
        )
        if seconds > 0:
            self.writes.call("add_time", learner_id=self.learner.id, lesson_id=lesson_id, seconds=seconds)

    def add_time(self, lesson_id: str, seconds: float) -> bool:
        """Time spent in a lesson or its exercises; never raises (a busy store gets it later)."""
        if seconds > 0:
            return self.writes.call(
                "add_time", learner_id=self.learner.id, lesson_id=lesson_id, seconds=min(seconds, 3600.0)
            )
        return True

    def draft(self, exercise_id: str) -> str | None:
        """The learner's unsent text for an exercise: the newest one, even if it still waits to be stored."""
        key = f"draft:{exercise_id}"
        for item in reversed(self.writes.queue):
            kwargs = item["kwargs"]
            if item["op"] == "set_setting" and kwargs.get("key") == key and kwargs.get("learner_id") == self.learner.id:
                value = kwargs.get("value")
                return None if value is None else str(value)
        return self.store.get_setting(key, self.learner.id)

    def save_draft(self, exercise_id: str, text: str) -> bool:
        """Keep the unsent text (in the store, or in the pending queue while it is busy)."""
        return self.writes.call("set_setting", key=f"draft:{exercise_id}", value=text, learner_id=self.learner.id)

    # -- exercises ------------------------------------------------------------
    def check(self, exercise: Exercise, answer: Any) -> Grade:
        """Grade without recording (the live checklist)."""
        from course.grading import grade

        return grade(exercise, answer, self.lang)

    def submit(
        self,
        exercise: Exercise,
        answer: Any,
        started: float | None = None,
        minutes_saved: int | None = None,
        run: Any = None,
    ) -> Submission:
        """Grade an answer, record the attempt and, for a passed reflection, the success."""
        from course.grading import grade

        result = grade(exercise, answer, self.lang)
        lesson_id = self.catalog.lesson_of(exercise.id) or ""
        if isinstance(answer, dict) and "text" in answer:
            text = str(answer["text"])
        else:
            text = answer if isinstance(answer, str) else json.dumps(answer)
        duration = max(0.0, time.monotonic() - started) if started else 0.0
        checks = [{"name": r.name, "passed": r.passed} for r in result.results]
        fields: dict[str, Any] = {"duration_s": duration}
        if run is not None:  # a model run: model, its duration and token counts
            from course.models.settings import attempt_fields

            fields = attempt_fields(run)
        attempt_id = str(uuid.uuid4())  # made here, so a retried write cannot store the attempt twice
        saved = self.writes.call(
            "record_attempt",
            learner_id=self.learner.id,
            lesson_id=lesson_id,
            exercise_id=exercise.id,
            kind=exercise.kind,
            text=text,
            score=result.score,
            passed=result.passed,
            checks=checks,
            hints_used=self.hints_used(exercise),
            attempt_id=attempt_id,
            created_at=now_utc(),
            **fields,
        )
        if exercise.library and result.passed and text.strip():
            saved = (
                self.writes.call("save_prompt", learner_id=self.learner.id, exercise_id=exercise.id, text=text)
                and saved
            )
        if exercise.kind == "reflect" and result.passed:
            title = use_case_title(next((line.strip() for line in text.splitlines() if line.strip()), exercise.id))
            saved = (
                self.writes.call(
                    "add_success",
                    learner_id=self.learner.id,
                    title=title,
                    minutes_saved=int(minutes_saved or 0),
                    date=date.today().isoformat(),
                    exercise_id=exercise.id,
                    success_id=str(uuid.uuid4()),
                    created_at=now_utc(),
                )
                and saved
            )
        opened = tuple(i for i in self.overview().newly_opened if self.catalog.level(i).after is not None)
        return Submission(result, attempt_id, opened, saved)  # the first level is never news

    def hints_used(self, exercise: Exercise) -> int:
        """How many hints the learner has seen for this exercise."""
        return self.store.hints_used(self.learner.id, exercise.id)

    def next_hint(self, exercise: Exercise) -> tuple[int, str] | None:
        """Reveal the next hint (recorded); None when all are shown."""
        used = self.hints_used(exercise)
        if used >= len(exercise.hints):
            return None
        n = self.store.use_hint(self.learner.id, exercise.id)
        return n, exercise.hints[n - 1]

    def shown_hints(self, exercise: Exercise) -> list[str]:
        """The hints already revealed."""
        return list(exercise.hints[: self.hints_used(exercise)])

    def attempts(self, exercise: Exercise) -> list[Attempt]:
        """Earlier attempts at this exercise, oldest first."""
        return self.store.attempts(self.learner.id, exercise.id)

    def solution_available(self, exercise: Exercise) -> bool:
        """The sample solution shows after a pass or after three tries."""
        tries = self.attempts(exercise)
        return any(a.passed for a in tries) or len(tries) >= SOLUTION_AFTER_TRIES

    def exercise_passed(self, exercise_id: str) -> bool:
        """Whether the learner has passed this exercise."""
        state = self.store.exercise_summary(self.learner.id).get(exercise_id)
        return bool(state and state.passed)

    def lesson_of(self, exercise_id: str) -> str | None:
        """The lesson an exercise belongs to."""
        return self.catalog.lesson_of(exercise_id)

    def level_title(self, level_id: str) -> str:
        """A level's title in the learner's language."""
        return self.catalog.level(level_id).title.get(self.lang)

    def add_dispute(self, exercise_id: str, check: str, passed: bool, message: str, prompt: str | None) -> bool:
        """Record the learner's disagreement with one check (`prompt` only with their consent)."""
        self.store.add_dispute(self.learner.id, exercise_id, check, passed, message, prompt, self.lang)
        return True

    # -- profile, policy, settings ----------------------------------------------
    def set_language(self, lang: str) -> None:
        """Switch the learner's language (stored)."""
        self.lang = lang
        self.learner = self.store.update_learner(self.learner.id, lang=lang)

    def acknowledge_policy(self) -> None:
        """Record that the learner read this policy version."""
        self.store.acknowledge_policy(self.learner.id, self.catalog.policy.version or "unversioned")

    def policy_ack(self) -> PolicyAck | None:
        """The learner's latest acknowledgement."""
        return self.store.policy_ack(self.learner.id)


def use_case_title(line: str, limit: int = 120) -> str:
    """The first line of a reflection as a use-case title: whole words, an ellipsis where it was cut."""
    if len(line) <= limit:
        return line
    cut = line[: limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip(" ,;:-–") + "…"
