"""One team's timed Promptathon run: texts, checks, hints, lessons learned, points and the results file."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from course.content import Exercise
from course.promptathon.clock import Clock, Countdown, SystemClock
from course.promptathon.pack import Challenge, Pack
from course.promptathon.results import ENDINGS, MAX_TEXT, default_path, write
from course.promptathon.scoring import ChallengeScore, score_challenge

if TYPE_CHECKING:  # pragma: no cover - for annotations only
    from course.grading.result import Grade

MAX_TEAM = 60


def clean_team(name: str | None) -> str | None:
    """A team name without control characters and extra spaces; None when it is empty or too long."""
    if name is None:
        return None
    text = " ".join("".join(ch if ch.isprintable() else " " for ch in name).split())
    return text if 0 < len(text) <= MAX_TEAM else None


@dataclass(frozen=True)
class Version:
    """A checked version of a challenge's text."""

    text: str
    score: float
    passed: bool
    checks: tuple[tuple[str, bool], ...]
    at: str


@dataclass
class ChallengeState:
    """What the team did on one challenge."""

    text: str | None = None
    learned: str = ""
    versions: list[Version] = field(default_factory=list)
    hints_used: int = 0


class Run:
    """A team's session: the countdown, a state per challenge, scoring and writing the results."""

    def __init__(
        self,
        pack: Pack,
        team: str,
        lang: str,
        minutes: int | None = None,
        clock: Clock | None = None,
        output: Path | None = None,
    ) -> None:
        self.pack = pack
        self.team = team
        self.lang = lang
        self.minutes = int(minutes or pack.minutes)
        self.clock = clock or SystemClock()
        self.output = output
        self.countdown: Countdown | None = None
        self.started_at: datetime | None = None
        self.ended_at: datetime | None = None
        self.ended: str | None = None
        self.used_seconds = 0
        self.save_error: str | None = None
        self.moved_from: str | None = None
        """Set when the chosen results file could not be written and the default folder was used."""
        self.states: dict[str, ChallengeState] = {c.id: ChallengeState() for c in pack.challenges}
        self._by_exercise = {c.exercise(lang).id: c for c in pack.challenges}
        self._grades: dict[str, tuple[str, Grade]] = {}
        self._scores: dict[str, tuple[str, ChallengeScore]] = {}

    # -- time -------------------------------------------------------------------
    def start(self) -> None:
        """Start the countdown now and pick the results file."""
        if self.countdown is not None:
            return
        self.countdown = Countdown(self.clock, self.minutes * 60)
        self.started_at = self.clock.now()
        if self.output is None:
            self.output = default_path(self.team, self.started_at)

    @property
    def running(self) -> bool:
        return self.countdown is not None and self.ended is None

    @property
    def editable(self) -> bool:
        """Texts may change: started, not ended, time left."""
        return self.running and self.countdown is not None and not self.countdown.expired

    def remaining(self) -> float:
        if self.countdown is None:
            return self.minutes * 60.0
        return 0.0 if self.ended else self.countdown.remaining()

    def display(self) -> str:
        """The time left as mm:ss."""
        from course.promptathon.clock import mmss

        return mmss(self.remaining())

    def check_time(self) -> bool:
        """End the run if its time is up; True when this call ended it."""
        if self.running and self.countdown is not None and self.countdown.expired:
            self.finish("time-up")
            return True
        return False

    # -- challenges ---------------------------------------------------------------
    def challenge(self, challenge_id: str) -> Challenge:
        found = self.pack.challenge(challenge_id)
        if found is None:
            raise KeyError(challenge_id)
        return found

    def challenge_of(self, exercise: Exercise) -> Challenge:
        """The challenge that holds `exercise`."""
        return self._by_exercise[exercise.id]

    def exercise(self, challenge_id: str) -> Exercise:
        return self.challenge(challenge_id).exercise(self.lang)

    def text(self, challenge_id: str) -> str:
        """The challenge's current text (the exercise's start text until the team writes)."""
        state = self.states[challenge_id]
        return state.text if state.text is not None else self.exercise(challenge_id).start

    def touched(self, challenge_id: str) -> bool:
        """True when the team wrote something of its own."""
        state = self.states[challenge_id]
        return state.text is not None and bool(state.text.strip()) and state.text != self.exercise(challenge_id).start

    def set_text(self, challenge_id: str, text: str) -> bool:
        """Keep the editor's text; refused (False) once time is up."""
        if not self.editable:
            return False
        self.states[challenge_id].text = text[:MAX_TEXT]
        return True

    def set_learned(self, challenge_id: str, text: str) -> bool:
        """Keep the team's lessons learned for a challenge; refused once time is up."""
        if not self.editable:
            return False
        self.states[challenge_id].learned = text[:MAX_TEXT]
        return True

    def grade(self, challenge_id: str, text: str | None = None) -> Grade:
        """Grade a text (default: the current one) against the challenge's rubric; the last one is cached."""
        from course.grading import grade

        text = self.text(challenge_id) if text is None else text
        cached = self._grades.get(challenge_id)
        if cached is not None and cached[0] == text:
            return cached[1]
        result = grade(self.exercise(challenge_id), text, self.lang)
        self._grades[challenge_id] = (text, result)
        return result

    def score(self, challenge_id: str) -> ChallengeScore:
        """Points for the challenge's current text (the last one is cached: the countdown asks twice a second)."""
        text = self.text(challenge_id)
        cached = self._scores.get(challenge_id)
        if cached is not None and cached[0] == text:
            return cached[1]
        touched = self.touched(challenge_id)
        grade = self.grade(challenge_id, text) if touched else None
        result = score_challenge(self.challenge(challenge_id), self.lang, self.pack.scoring, text, grade, touched)
        self._scores[challenge_id] = (text, result)
        return result

    def submit(self, challenge_id: str, text: str) -> Grade:
        """Check a text: keep it, grade it, record the version and save the results so far."""
        self.set_text(challenge_id, text)
        result = self.grade(challenge_id, text)
        if self.editable:
            checks = tuple((r.name, bool(r.passed)) for r in result.results)
            self.states[challenge_id].versions.append(
                Version(text[:MAX_TEXT], float(result.score), bool(result.passed), checks, self.clock.now().isoformat())
            )
            self.save()
        return result

    def next_hint(self, challenge_id: str) -> tuple[int, str] | None:
        """Reveal the next hint; None when all are shown."""
        hints = self.exercise(challenge_id).hints
        state = self.states[challenge_id]
        if state.hints_used >= len(hints):
            return None
        state.hints_used += 1
        return state.hints_used, hints[state.hints_used - 1]

    # -- totals -------------------------------------------------------------------
    def scores(self) -> dict[str, ChallengeScore]:
        return {c.id: self.score(c.id) for c in self.pack.challenges}

    def total(self) -> int:
        return sum(s.points for s in self.scores().values())

    # -- the end ----------------------------------------------------------------
    def finish(self, reason: str) -> Path | None:
        """End the run (time-up, finished, quit) and write the results; idempotent."""
        if self.ended is None and self.countdown is not None:
            self.used_seconds = round(self.countdown.elapsed())
            self.ended = reason if reason in ENDINGS else "finished"
            self.ended_at = self.clock.now()
            self.save()
        return self.output

    def save(self) -> str | None:
        """Write the results so far; if the chosen file fails, the default folder; else the error as one line."""
        if self.output is None:
            return None
        data = self.to_json()
        try:
            write(self.output, data)
        except OSError as exc:
            reason = f"{self.output}: {exc.strerror or exc}"
            fallback = default_path(self.team, self.started_at or self.clock.now())
            try:
                if fallback == self.output:
                    raise
                write(fallback, data)
            except OSError:
                self.save_error = reason
            else:
                self.moved_from, self.output, self.save_error = reason, fallback, None
        else:
            self.save_error = None
        return self.save_error

    def to_json(self) -> dict[str, Any]:
        """The results as the file holds them (before sealing)."""
        scores = self.scores()
        challenges = []
        for c in self.pack.challenges:
            ex = c.exercise(self.lang)
            state, sc = self.states[c.id], scores[c.id]
            grade = self.grade(c.id) if sc.touched else None
            challenges.append(
                {
                    "id": c.id,
                    "exercise": ex.id,
                    "title": c.title(self.lang),
                    "department": c.department,
                    "kind": ex.kind,
                    "weight": c.weight,
                    "words_target": c.target(self.lang),
                    "prompt": self.text(c.id) if sc.touched else "",
                    "lessons_learned": state.learned,
                    "touched": sc.touched,
                    "score": round(sc.score, 4),
                    "passed": sc.passed,
                    "words": sc.words,
                    "rubric": sc.rubric,
                    "bonus": sc.bonus,
                    "penalty": sc.penalty,
                    "points": sc.points,
                    "ampel": sc.ampel,
                    "found": list(sc.found),
                    "checks": [{"name": r.name, "passed": bool(r.passed)} for r in grade.results] if grade else [],
                    "attempts": len(state.versions),
                    "hints_used": state.hints_used,
                }
            )
        used = self.used_seconds if self.ended else round(self.countdown.elapsed()) if self.countdown else 0
        return {
            "written_at": self.clock.now().isoformat(),
            "team": self.team,
            "lang": self.lang,
            "pack": {
                "id": self.pack.id,
                "title": self.pack.title.get(self.lang),
                "content_hash": self.pack.content_hash,
            },
            "minutes": self.minutes,
            "started_at": self.started_at.isoformat() if self.started_at else None,
            "ended_at": self.ended_at.isoformat() if self.ended_at else None,
            "ended": self.ended,
            "used_seconds": used,
            "scoring": self.pack.scoring.to_json(),
            "total": sum(ch["points"] for ch in challenges),
            "challenges": challenges,
        }
