"""What a team lead does next: who has not started, who is inactive, readable failures,
likely duplicates, per-team rows and the AI-literacy record per person."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from course.team.formatting import clean
from course.team.records import Export
from progress.exportschema import LessonStatus

_NOT_STARTED, _DONE = LessonStatus.NOT_STARTED.value, LessonStatus.DONE.value  # plain str: faster compares

INACTIVE_DAYS = 14
TOP = 5


@dataclass(frozen=True, slots=True)
class Person:
    """Who, for a list of people (names as exported, or pseudonyms with --anonymous)."""

    learner_id: str
    name: str
    team: str


@dataclass(frozen=True, slots=True)
class Inactive:
    """A person who started but did nothing for `days` days."""

    learner_id: str
    name: str
    team: str
    last_activity: datetime | None
    days: int | None  # None: the export names no time of any activity


@dataclass(frozen=True, slots=True)
class FailedCheckRow:
    """A check by failures, with a name a lead can read."""

    key: str  # check name, or "lesson:option-N" for a quiz answer
    check: str  # the check's name (role, min-words, option-2 ...)
    lesson_title: str  # for a quiz answer: the lesson's title (or id)
    count: int
    members: int


@dataclass(frozen=True, slots=True)
class NextSteps:
    """The lead's to-do list."""

    inactive_days: int
    not_started: tuple[Person, ...]
    inactive: tuple[Inactive, ...]
    checks: tuple[FailedCheckRow, ...]  # most failed first


@dataclass(frozen=True, slots=True)
class Duplicate:
    """The same name under different learner ids (a new laptop, a new profile)."""

    name: str
    learner_ids: tuple[str, ...]
    teams: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TeamRow:
    """One team at a glance."""

    team: str
    members: int
    mean_progress: float
    policy_ok: int
    not_started: int
    inactive: int
    minutes_per_week: int


@dataclass(frozen=True, slots=True)
class Record:
    """A person's AI-literacy record, as the certificate states it."""

    learner_id: str
    name: str
    team: str
    levels_done: tuple[tuple[str, str], ...]  # (level id, date)
    lessons_done: int
    last_completed: str  # date of the latest completed lesson, "" if none
    policy_version: str
    policy_acknowledged_at: str
    course_version: str
    content_hash: str
    lessons_completed: tuple[tuple[str, str], ...] = ()  # (lesson id, date or "") of every done lesson


def started(export: Export) -> bool:
    """Anything begun: a lesson that is not NOT_STARTED, an attempt or a success."""
    return bool(export.attempts or export.successes or any(x.status != _NOT_STARTED for x in export.lessons))


def next_steps(
    current: Sequence[Export], now: datetime, titles: Mapping[str, str], inactive_days: int = INACTIVE_DAYS
) -> NextSteps:
    """Not started, inactive for `inactive_days` (by last activity), checks most often failed."""
    not_started, inactive = [], []
    for e in sorted(current, key=lambda e: (e.name.casefold(), e.learner_id)):
        if not started(e):
            not_started.append(Person(e.learner_id, e.name, e.team))
            continue
        if e.last_activity is None:
            inactive.append(Inactive(e.learner_id, e.name, e.team, None, None))
            continue
        days = (now - e.last_activity).days
        if days >= inactive_days:
            inactive.append(Inactive(e.learner_id, e.name, e.team, e.last_activity, days))
    inactive.sort(key=lambda i: (-(i.days if i.days is not None else 10**6), i.name.casefold()))
    return NextSteps(inactive_days, tuple(not_started), tuple(inactive), failed_checks(current, titles))


def failed_checks(current: Sequence[Export], titles: Mapping[str, str]) -> tuple[FailedCheckRow, ...]:
    """Checks by failures; a quiz's "option-N" is counted per lesson, since N means another answer in each."""
    counts: Counter[str] = Counter()
    members: Counter[str] = Counter()
    lesson_of: dict[str, str] = {}
    for export in current:
        names = [c for a in export.attempts if a.failed_checks for c in a.failed_checks]
        if not names:
            continue
        if any(c.startswith("option-") for c in names):  # quiz answers: counted per lesson
            names = []
            for a in export.attempts:
                for check in a.failed_checks:
                    if check.startswith("option-"):
                        key = f"{a.lesson}:{check}"
                        lesson_of.setdefault(key, a.lesson)
                        names.append(key)
                    else:
                        names.append(check)
        counts.update(names)
        members.update(set(names))
    rows = []
    for k, v in counts.items():
        lesson = lesson_of.get(k, "") if ":" in k else ""
        rows.append(FailedCheckRow(k, k.rpartition(":")[2], titles.get(lesson, lesson), v, members[k]))
    return tuple(sorted(rows, key=lambda r: (-r.count, -r.members, r.key)))


def duplicates(current: Sequence[Export]) -> tuple[Duplicate, ...]:
    """Names (ignoring case and spaces) that belong to more than one learner id."""
    by_name: dict[str, list[Export]] = defaultdict(list)
    for e in current:
        key = " ".join(clean(e.name).casefold().split())
        if key:
            by_name[key].append(e)
    out = [
        Duplicate(group[0].name, tuple(e.learner_id for e in group), tuple(e.team for e in group))
        for group in by_name.values()
        if len(group) > 1
    ]
    return tuple(sorted(out, key=lambda d: d.name.casefold()))


def team_rows(
    current: Sequence[Export], progress: Mapping[str, float], policy_ok: Mapping[str, bool], steps: NextSteps
) -> tuple[TeamRow, ...]:
    """One row per team; empty when all exports come from one team."""
    teams = sorted({e.team for e in current}, key=str.casefold)
    if len(teams) < 2:
        return ()
    idle = {p.learner_id for p in steps.not_started}
    gone = {p.learner_id for p in steps.inactive}
    rows = []
    for team in teams:
        mine = [e for e in current if e.team == team]
        rows.append(
            TeamRow(
                team,
                len(mine),
                sum(progress[e.learner_id] for e in mine) / len(mine),
                sum(1 for e in mine if policy_ok.get(e.learner_id)),
                sum(1 for e in mine if e.learner_id in idle),
                sum(1 for e in mine if e.learner_id in gone),
                sum(s.minutes_saved for e in mine for s in e.successes),
            )
        )
    return tuple(rows)


def records(current: Sequence[Export]) -> tuple[Record, ...]:
    """Per person: what was completed and acknowledged, with dates (the certificate's content)."""
    out = []
    for e in sorted(current, key=lambda e: (e.name.casefold(), e.learner_id)):
        dates = [d for d in e.level_dates]
        lessons = tuple((x.id, x.completed_on) for x in e.lessons if x.status == _DONE)
        out.append(
            Record(
                e.learner_id,
                e.name,
                e.team,
                tuple(dates),
                len(lessons),
                max([d for _, d in lessons] + [d for _, d in dates], default=""),
                e.policy_version if e.policy_acknowledged_at else "",
                (e.policy_acknowledged_at or "")[:10],
                e.course_version,
                e.content_hash,
                lessons,
            )
        )
    return tuple(out)
