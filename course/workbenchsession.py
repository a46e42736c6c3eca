"""What the prompt workbench needs from a session and its store: typed Protocols (Session, Promptathon RunSession)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

if TYPE_CHECKING:  # pragma: no cover - for annotations only
    from course.content import Exercise
    from course.grading.result import Grade
    from progress.records import Attempt


class Submission(NamedTuple):
    """The outcome of one submit: the grade and what it changed."""

    grade: Grade
    attempt_id: str
    newly_opened: tuple[str, ...] = ()
    saved: bool = True
    """False when the store could not take the attempt yet: it waits in the pending queue."""


class WorkbenchStore(Protocol):
    """The store calls the workbench makes: per-learner settings (the chosen model) and disputes."""

    def get_setting(self, key: str, learner_id: str | None = None, default: str | None = None) -> str | None:
        """A setting of the learner, or a global one when learner_id is None."""

    def set_setting(self, key: str, value: str | None, learner_id: str | None = None) -> None:
        """Store a setting (None removes it)."""


class WorkbenchLearner(Protocol):
    """Who is working: the course's learner, or the team in a Promptathon."""

    @property
    def id(self) -> str:
        """The key drafts, settings and attempts are stored under."""


class WorkbenchSession(Protocol):
    """Everything the workbench, its history and its model panel ask of a session."""

    @property
    def lang(self) -> str:
        """The language the exercise is shown and graded in."""

    @property
    def learner(self) -> WorkbenchLearner:
        """Who is working."""

    @property
    def store(self) -> WorkbenchStore:
        """Where settings (the chosen model) are kept."""

    def draft(self, exercise_id: str) -> str | None:
        """The unsent text for an exercise, or None."""

    def save_draft(self, exercise_id: str, text: str) -> bool:
        """Keep the unsent text; False when it waits for a busy store."""

    def check(self, exercise: Exercise, answer: Any) -> Grade:
        """Grade without recording (the live checklist)."""

    def submit(
        self,
        exercise: Exercise,
        answer: Any,
        started: float | None = None,
        minutes_saved: int | None = None,
        run: Any = None,
    ) -> Submission:
        """Grade and record an answer (`run`: a model run whose details go with the attempt)."""

    def hints_used(self, exercise: Exercise) -> int:
        """How many hints were shown for this exercise."""

    def next_hint(self, exercise: Exercise) -> tuple[int, str] | None:
        """Reveal the next hint; None when all are shown."""

    def shown_hints(self, exercise: Exercise) -> list[str]:
        """The hints already revealed."""

    def attempts(self, exercise: Exercise) -> list[Attempt]:
        """Earlier attempts at this exercise, oldest first."""

    def solution_available(self, exercise: Exercise) -> bool:
        """Whether the sample solution may be shown now."""

    def add_time(self, lesson_id: str, seconds: float) -> bool:
        """Time spent on an exercise; never raises."""

    def lesson_of(self, exercise_id: str) -> str | None:
        """The lesson (or challenge) an exercise belongs to."""

    def level_title(self, level_id: str) -> str:
        """A newly opened level's title, for the notice after a submit."""

    def add_dispute(self, exercise_id: str, check: str, passed: bool, message: str, prompt: str | None) -> bool:
        """Record that the learner disagrees with a check; False where disputes are not kept."""
