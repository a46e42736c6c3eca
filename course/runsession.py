"""Lets the course's prompt workbench drive a Promptathon run: implements course.workbenchsession.WorkbenchSession."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from course.content import Exercise
from course.promptathon.run import Run
from course.workbenchsession import Submission

if TYPE_CHECKING:  # pragma: no cover - for annotations only
    from course.grading.result import Grade
    from course.promptathon.pack import Challenge
    from progress.records import Attempt


def _challenge_for(run: Run, exercise_id: str) -> Challenge | None:
    """The run's challenge whose exercise (in the run's language) has this id."""
    return next((c for c in run.pack.challenges if c.exercise(run.lang).id == exercise_id), None)


@dataclass(frozen=True)
class TeamAsLearner:
    """The workbench keys drafts by a learner id; in a Promptathon that is the team."""

    id: str
    name: str
    team: str = ""
    lang: str = ""


class DraftStore:
    """The store calls the workbench makes: `draft:<exercise id>` go to the run, other settings stay in memory."""

    def __init__(self, run: Run) -> None:
        self.run = run
        self.settings: dict[str, str] = {}

    def _challenge_id(self, key: str) -> str | None:
        if not key.startswith("draft:"):
            return None
        challenge = _challenge_for(self.run, key[6:])
        return challenge.id if challenge is not None else None

    def get_setting(self, key: str, learner_id: str | None = None, default: str | None = None) -> str | None:
        cid = self._challenge_id(key)
        if cid is not None:
            return self.run.text(cid)
        return self.settings.get(key, default)

    def set_setting(self, key: str, value: str | None, learner_id: str | None = None) -> None:
        cid = self._challenge_id(key)
        if cid is not None:
            if value is not None:
                self.run.set_text(cid, value)
        elif value is None:
            self.settings.pop(key, None)
        else:
            self.settings[key] = str(value)


class RunSession:
    """Session-compatible view of a Run: check, submit, hints and attempts, without a learner profile."""

    def __init__(self, run: Run) -> None:
        self.run = run
        self.store = DraftStore(run)
        self.learner = TeamAsLearner(id="team", name=run.team, team=run.team, lang=run.lang)

    @property
    def lang(self) -> str:
        return self.run.lang

    def _cid(self, exercise: Exercise) -> str:
        return self.run.challenge_of(exercise).id

    def check(self, exercise: Exercise, answer: Any) -> Grade:
        """Grade without recording (the live checklist)."""
        return self.run.grade(self._cid(exercise), answer if isinstance(answer, str) else str(answer))

    def submit(
        self,
        exercise: Exercise,
        answer: Any,
        started: float | None = None,
        minutes_saved: int | None = None,
        run: Any = None,
    ) -> Submission:
        """Grade and record a version (also after a model run); nothing opens levels here."""
        cid = self._cid(exercise)
        result = self.run.submit(cid, answer if isinstance(answer, str) else str(answer))
        return Submission(result, f"{cid}:{len(self.run.states[cid].versions)}", ())

    def hints_used(self, exercise: Exercise) -> int:
        return self.run.states[self._cid(exercise)].hints_used

    def next_hint(self, exercise: Exercise) -> tuple[int, str] | None:
        return self.run.next_hint(self._cid(exercise))

    def shown_hints(self, exercise: Exercise) -> list[str]:
        return list(exercise.hints[: self.hints_used(exercise)])

    def attempts(self, exercise: Exercise) -> list[Attempt]:
        """The checked versions, oldest first, as the history view expects them."""
        from progress.records import Attempt, CheckResult

        cid = self._cid(exercise)
        return [
            Attempt(
                id=f"{cid}:{n}",
                learner_id="team",
                lesson_id=cid,
                exercise_id=exercise.id,
                kind=exercise.kind,
                text=v.text,
                checks=tuple(CheckResult(name, passed) for name, passed in v.checks),
                score=v.score,
                passed=v.passed,
                created_at=v.at,
            )
            for n, v in enumerate(self.run.states[cid].versions, start=1)
        ]

    def solution_available(self, exercise: Exercise) -> bool:
        """Sample solutions stay hidden during a competition."""
        return False

    def add_time(self, lesson_id: str, seconds: float) -> bool:
        """The run keeps its own time."""
        return True

    def draft(self, exercise_id: str) -> str | None:
        """The team's current text for the challenge of this exercise."""
        return self.store.get_setting(f"draft:{exercise_id}")

    def save_draft(self, exercise_id: str, text: str) -> bool:
        """Keep the team's text in the run (never fails: the run is in memory and written on the clock)."""
        self.store.set_setting(f"draft:{exercise_id}", text)
        return True

    def lesson_of(self, exercise_id: str) -> str | None:
        """The challenge an exercise belongs to (a Promptathon has no lessons)."""
        challenge = _challenge_for(self.run, exercise_id)
        return challenge.id if challenge is not None else None

    def level_title(self, level_id: str) -> str:
        """A Promptathon opens no levels; the id stands for itself."""
        return level_id

    def add_dispute(self, exercise_id: str, check: str, passed: bool, message: str, prompt: str | None) -> bool:
        """Disputes belong to a learner's profile; a Promptathon team has none, so nothing is kept."""
        return False

    def exercise_passed(self, exercise_id: str) -> bool:
        challenge = _challenge_for(self.run, exercise_id)
        return challenge is not None and any(v.passed for v in self.run.states[challenge.id].versions)
