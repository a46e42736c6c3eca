"""Plain, immutable records that the progress store hands out."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import NamedTuple


class StoreError(Exception):
    """The progress database cannot be used; str() is one line naming the file."""


def now_utc() -> str:
    """The current time as a UTC ISO string with microseconds (sorts as text)."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def normalize_time(value: object) -> str | None:
    """An ISO time in any offset as our UTC format; None if it is not a valid time in range (see bounds)."""
    from progress.bounds import utc_iso

    return utc_iso(value)


class Learner(NamedTuple):
    """A learner profile; several may share one machine."""

    id: str
    name: str
    team: str = ""
    lang: str = ""
    created_at: str = ""


class CheckResult(NamedTuple):
    """One check of one attempt: its name and whether it held."""

    name: str
    passed: bool


class Attempt(NamedTuple):
    """One graded answer to an exercise or quiz."""

    id: str
    learner_id: str
    lesson_id: str
    exercise_id: str
    kind: str
    text: str | None
    checks: tuple[CheckResult, ...]
    score: float
    passed: bool
    hints_used: int = 0
    model: str | None = None
    duration_s: float = 0.0
    tokens_in: int | None = None
    tokens_out: int | None = None
    created_at: str = ""

    @property
    def failed_checks(self) -> list[str]:
        """Names of the checks that did not hold, in rubric order."""
        return [c.name for c in self.checks if not c.passed]


class ExerciseState(NamedTuple):
    """A learner's summary for one exercise (best score, passed, counts); a tuple for speed."""

    best_score: float = 0.0
    passed: int = 0
    """1 once any attempt passed (truthy), else 0."""
    attempts: int = 0
    hints_used: int = 0
    last_at: str | None = None
    first_passed_at: str | None = None
    exercise_id: str = ""


class LessonRow(NamedTuple):
    """What the store knows about a lesson for a learner (reading and time)."""

    lesson_id: str
    level_id: str | None
    started_at: str | None
    read_at: str | None
    seconds: float = 0.0


class Success(NamedTuple):
    """An entry in the success log: an own use case with the minutes it saved."""

    id: str
    learner_id: str
    title: str
    minutes_saved: float | None
    date: str
    exercise_id: str | None = None
    created_at: str = ""


class PolicyAck(NamedTuple):
    """The policy version a learner acknowledged, and when."""

    version: str
    acknowledged_at: str
