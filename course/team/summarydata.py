"""The team summary's frozen dataclasses: what every renderer and the app's Team screen get."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from course.team.gapfigures import GapFigures
from course.team.nextsteps import Duplicate, NextSteps, Record, TeamRow
from course.team.records import Rejected


@dataclass(frozen=True, slots=True)
class Member:
    """A learner's current state (from their latest export)."""

    learner_id: str
    name: str
    team: str
    level: str | None  # furthest open or done level; None if the export lists no levels
    progress: float  # share of the team's known lessons that are done, 0..1
    lessons_done: int
    lessons_total: int
    mean_score: float | None  # mean score of the done lessons that have one
    hints_used: int
    minutes_saved: int  # estimated minutes saved per week (the success log asks "per week")
    successes: tuple[str, ...]  # use-case titles
    policy_version: str
    policy_acknowledged_at: str | None
    policy_current: bool  # acknowledged the current policy version
    exported_at: datetime
    exports: int  # how many of this learner's exports were read
    course: str  # "id version"
    last_activity: datetime | None = None  # latest lesson, attempt, success or policy time


@dataclass(frozen=True, slots=True)
class LevelRow:
    """One level: who is at it and how far the team got through it."""

    id: str
    title: str
    members_here: int  # members whose current level this is
    done: int
    open: int
    locked: int
    unknown: int  # members whose export does not list this level
    lesson_completion: float | None  # mean share of this level's lessons done


@dataclass(frozen=True, slots=True)
class Gap:
    """The spread of course progress: leading quarter minus trailing quarter (not the GenAI gap itself,
    which the Gap-Check measures: see `GapFigures`)."""

    value: float
    leading_mean: float
    trailing_mean: float
    quarter_size: int
    median: float
    histogram: tuple[int, ...]  # members per 10 % band of progress, 0-10 % first


@dataclass(frozen=True, slots=True)
class FailedLesson:
    """A lesson by failed attempts."""

    lesson: str
    title: str
    failed: int
    attempts: int
    members: int  # members with at least one failed attempt here


@dataclass(frozen=True, slots=True)
class FailedCheck:
    """A rubric check by how often it failed."""

    check: str
    count: int
    members: int


@dataclass(frozen=True, slots=True)
class HintRow:
    """A lesson by hints used."""

    lesson: str
    title: str
    hints: int
    members: int


@dataclass(frozen=True, slots=True)
class UseCase:
    """One success-log entry with who wrote it."""

    title: str
    minutes: int
    date: str | None
    learner_id: str
    name: str


@dataclass(frozen=True, slots=True)
class PolicyGap:
    """A member who has not acknowledged the current policy version."""

    learner_id: str
    name: str
    version: str  # the version they acknowledged, "" if none
    acknowledged_at: str | None


@dataclass(frozen=True, slots=True)
class PolicyStatus:
    """Which policy version is current, who acknowledged it and who has not."""

    current_version: str
    acknowledged: int
    versions: tuple[tuple[str, int], ...]  # acknowledged version -> members
    missing: tuple[PolicyGap, ...]


@dataclass(frozen=True, slots=True)
class HistoryPoint:
    """One export of a learner, as progress at that time."""

    exported_at: datetime
    progress: float
    lessons_done: int
    level: str | None


@dataclass(frozen=True, slots=True)
class MemberHistory:
    """A learner who exported more than once, oldest export first."""

    learner_id: str
    name: str
    points: tuple[HistoryPoint, ...]

    @property
    def change(self) -> float:
        """Progress gained from the first to the latest export."""
        return self.points[-1].progress - self.points[0].progress


@dataclass(frozen=True, slots=True)
class TimelinePoint:
    """Team progress at the end of a day: mean over each member's latest export so far."""

    day: date
    members: int
    mean_progress: float


@dataclass(frozen=True, slots=True)
class TeamSummary:
    """Everything the team report shows; renderers only format this."""

    generated_at: datetime
    members: tuple[Member, ...]  # by progress, highest first
    levels: tuple[LevelRow, ...]  # in course order
    lessons_total: int
    gap: Gap
    failed_lessons: tuple[FailedLesson, ...]
    failed_checks: tuple[FailedCheck, ...]
    hints_total: int
    hint_lessons: tuple[HintRow, ...]
    minutes_total: int
    use_cases: tuple[UseCase, ...]  # most minutes first
    policy: PolicyStatus
    history: tuple[MemberHistory, ...]
    timeline: tuple[TimelinePoint, ...]
    courses: tuple[tuple[str, int], ...]  # "id version" -> members
    files_read: int
    rejected: tuple[Rejected, ...]
    gap_check: GapFigures | None = None  # the GenAI gap by the course's definition (Gap-Check answers)
    next_steps: NextSteps | None = None
    teams: tuple[TeamRow, ...] = ()  # when the exports come from several teams
    duplicates: tuple[Duplicate, ...] = ()
    records: tuple[Record, ...] = ()  # the AI-literacy record per person
    anonymous: bool = False  # names and ids are pseudonyms

    def level_title(self, level_id: str | None) -> str:
        """The level's title if known, else its id ("–" for None)."""
        if level_id is None:
            return "–"
        return next((row.title for row in self.levels if row.id == level_id and row.title), level_id)
