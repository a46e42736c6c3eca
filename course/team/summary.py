"""Team figures from a set of exports, as pure functions over frozen dataclasses."""

from __future__ import annotations

import math
import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from course.team.gapfigures import MIN_GROUP, gap_figures
from course.team.nextsteps import INACTIVE_DAYS, duplicates, next_steps, records, team_rows
from course.team.records import LEVEL_SHOWN, Export, Rejected, gc_paused
from course.team.summarydata import (
    FailedCheck,
    FailedLesson,
    Gap,
    HintRow,
    HistoryPoint,
    LevelRow,
    Member,
    MemberHistory,
    PolicyGap,
    PolicyStatus,
    TeamSummary,
    TimelinePoint,
    UseCase,
)

if TYPE_CHECKING:  # pragma: no cover
    from course.gapcheck import GapCheckSpec

__all__ = [
    "FailedCheck",
    "FailedLesson",
    "Gap",
    "HintRow",
    "HistoryPoint",
    "LevelRow",
    "Member",
    "MemberHistory",
    "PolicyGap",
    "PolicyStatus",
    "TeamSummary",
    "TimelinePoint",
    "UseCase",
    "gap",
    "level_order",
    "summarize",
]


def summarize(
    exports: Sequence[Export],
    *,
    rejected: Iterable[Rejected] = (),
    titles: Mapping[str, str] | None = None,
    policy_version: str | None = None,
    now: datetime | None = None,
    gap_spec: GapCheckSpec | None | bool = True,
    inactive_days: int = INACTIVE_DAYS,
    min_group: int = MIN_GROUP,
) -> TeamSummary:
    """The team summary; per learner the export with the latest `exported_at` is current.

    `gap_spec` is the Gap-Check the answers belong to (True: the bundled one).
    """
    if gap_spec is True:
        from course.gapcheck import bundled_spec

        gap_spec = bundled_spec()
    with gc_paused():
        return _summarize(
            exports,
            tuple(rejected),
            titles or {},
            policy_version,
            now or datetime.now(UTC),
            gap_spec or None,
            inactive_days,
            min_group,
        )


def _summarize(
    exports: Sequence[Export],
    rejected: tuple[Rejected, ...],
    titles: Mapping[str, str],
    policy_version: str | None,
    now: datetime,
    spec: GapCheckSpec | None,
    inactive_days: int,
    min_group: int,
) -> TeamSummary:
    by_learner: dict[str, list[Export]] = defaultdict(list)
    for export in exports:
        by_learner[export.learner_id].append(export)
    for group in by_learner.values():
        group.sort(key=lambda e: e.exported_at)
    current = [group[-1] for group in by_learner.values()]
    order = level_order(current)
    level_pos = {level_id: i for i, level_id in enumerate(order)}
    level_lessons = _level_lessons(current)
    known = {lesson_id for ids in level_lessons.values() for lesson_id in ids}
    acked_version = policy_version or _newest_version(e.policy_version for e in current)
    snaps = {id(e): _snapshot(e, level_pos, known) for e in exports}
    members = sorted(
        (_member(group, snaps, len(known), acked_version) for group in by_learner.values()),
        key=lambda m: (-m.progress, m.name.casefold(), m.learner_id),
    )
    failed_lessons, failed_checks = _failures(current, titles)
    steps = next_steps(current, now, titles, inactive_days)
    progress = {m.learner_id: m.progress for m in members}
    policy_ok = {m.learner_id: m.policy_current for m in members}
    return TeamSummary(
        generated_at=now,
        members=tuple(members),
        levels=_level_rows(order, current, members, level_lessons, titles),
        lessons_total=len(known),
        gap=gap([m.progress for m in members]),
        failed_lessons=failed_lessons,
        failed_checks=failed_checks,
        hints_total=sum(m.hints_used for m in members),
        hint_lessons=_hint_lessons(current, titles),
        minutes_total=sum(m.minutes_saved for m in members),
        use_cases=_use_cases(current),
        policy=_policy(members, acked_version),
        history=_history(by_learner, snaps),
        timeline=_timeline(exports, snaps),
        courses=tuple(Counter(m.course for m in members).most_common()),
        files_read=len(exports),
        rejected=rejected,
        gap_check=gap_figures(by_learner, spec, {e.learner_id: e.team for e in current}, min_group),
        next_steps=steps,
        teams=team_rows(current, progress, policy_ok, steps),
        duplicates=duplicates(current),
        records=records(current),
    )


def level_order(exports: Sequence[Export]) -> list[str]:
    """Level ids in course order, merged over the exports, newest export first."""
    order: list[str] = []
    seen: set[tuple[str, ...]] = set()
    for export in sorted(exports, key=lambda e: e.exported_at, reverse=True):
        ids = tuple(level.id for level in export.levels)
        if ids in seen:
            continue
        seen.add(ids)
        previous = None
        for level_id in ids:
            if level_id not in order:
                order.insert(order.index(previous) + 1 if previous is not None else 0, level_id)
            previous = level_id
    for export in exports:  # levels only named by lessons go last
        for lesson in export.lessons:
            if lesson.level and lesson.level not in order:
                order.append(lesson.level)
    return order


def gap(progress: Sequence[float]) -> Gap:
    """Leading quarter vs trailing quarter (each ceil(n/4) members) of the progress values."""
    ranked = sorted(progress, reverse=True)
    bands = [0] * 10
    for value in ranked:
        bands[min(9, int(value * 10 + 1e-9))] += 1
    if not ranked:
        return Gap(0.0, 0.0, 0.0, 0, 0.0, tuple(bands))
    k = math.ceil(len(ranked) / 4)
    leading = sum(ranked[:k]) / k
    trailing = sum(ranked[-k:]) / k
    return Gap(leading - trailing, leading, trailing, k, statistics.median(ranked), tuple(bands))


def _level_lessons(current: Sequence[Export]) -> dict[str, dict[str, None]]:
    """Level id -> its lesson ids (ordered, as a dict) over all current exports."""
    out: dict[str, dict[str, None]] = defaultdict(dict)
    seen: set[str] = set()
    for export in current:
        for lesson in export.lessons:
            if lesson.id not in seen:
                seen.add(lesson.id)
                out[lesson.level][lesson.id] = None
    return out


Snapshot = tuple[float, int, "str | None"]
"""(progress, lessons done, level) of one export."""


def _snapshot(export: Export, level_pos: Mapping[str, int], known: set[str]) -> Snapshot:
    """(progress, lessons done, current level) of one export; only the team's known lessons count."""
    total = len(known)
    done = len({x.id for x in export.lessons if x.status == "done" and x.id in known})
    best: str | None = None
    for level in export.levels:
        if level.state != "locked" and (best is None or level_pos.get(level.id, -1) > level_pos.get(best, -1)):
            best = level.id
    return (done / total if total else 0.0), done, best


def _member(
    group: list[Export], snaps: Mapping[int, tuple[float, int, str | None]], total: int, version: str
) -> Member:
    export = group[-1]
    progress, done, level = snaps[id(export)]
    scores = [x.score for x in export.lessons if x.status == "done" and x.score is not None]
    acked = export.policy_acknowledged_at
    return Member(
        learner_id=export.learner_id,
        name=export.name,
        team=export.team,
        level=level,
        progress=progress,
        lessons_done=done,
        lessons_total=total,
        mean_score=sum(scores) / len(scores) if scores else None,
        hints_used=sum(x.hints_used for x in export.lessons),
        minutes_saved=sum(s.minutes_saved for s in export.successes),
        successes=tuple(s.title for s in export.successes),
        policy_version=export.policy_version,
        policy_acknowledged_at=acked,
        policy_current=bool(acked) and bool(version) and export.policy_version == version,
        exported_at=export.exported_at,
        exports=len(group),
        course=f"{export.course_id} {export.course_version}".strip(),
        last_activity=export.last_activity,
    )


def _level_rows(
    order: Sequence[str],
    current: Sequence[Export],
    members: Sequence[Member],
    level_lessons: Mapping[str, Collection[str]],
    titles: Mapping[str, str],
) -> tuple[LevelRow, ...]:
    here = Counter(m.level for m in members)
    states: Counter[tuple[str, str]] = Counter()  # (level id, state) -> members
    done_in: Counter[str] = Counter()
    lesson_level = {lesson_id: level_id for level_id, ids in level_lessons.items() for lesson_id in ids}
    for export in current:
        states.update({lv.id: (lv.id, lv.state) for lv in export.levels}.values())
        done_in.update([lesson_level[i] for i in {x.id for x in export.lessons if x.status == "done"}])
    rows = []
    n = len(current)
    for level_id in order:
        done, open_, locked = (states[(level_id, state)] for state in LEVEL_SHOWN)
        lessons = len(level_lessons.get(level_id, ()))
        rows.append(
            LevelRow(
                id=level_id,
                title=titles.get(level_id, ""),
                members_here=here.get(level_id, 0),
                done=done,
                open=open_,
                locked=locked,
                unknown=n - done - open_ - locked,
                lesson_completion=done_in[level_id] / (lessons * n) if lessons and n else None,
            )
        )
    return tuple(rows)


def _failures(
    current: Sequence[Export], titles: Mapping[str, str]
) -> tuple[tuple[FailedLesson, ...], tuple[FailedCheck, ...]]:
    """Lessons by failed attempts and checks by failures, each with the number of members affected."""
    tries: Counter[str] = Counter()
    fails: Counter[str] = Counter()
    fail_members: Counter[str] = Counter()
    checks: Counter[str] = Counter()
    check_members: Counter[str] = Counter()
    for export in current:
        attempts = export.attempts
        if not attempts:
            continue
        tries.update([a.lesson for a in attempts])
        failed = [a.lesson for a in attempts if not a.passed]
        fails.update(failed)
        fail_members.update(set(failed))
        names = [c for a in attempts for c in a.failed_checks]
        checks.update(names)
        check_members.update(set(names))
    lessons = [FailedLesson(k, titles.get(k, ""), v, tries[k], fail_members[k]) for k, v in fails.items() if k]
    found = [FailedCheck(k, v, check_members[k]) for k, v in checks.items()]
    return (
        tuple(sorted(lessons, key=lambda r: (-r.failed, -r.members, r.lesson))),
        tuple(sorted(found, key=lambda r: (-r.count, -r.members, r.check))),
    )


def _hint_lessons(current: Sequence[Export], titles: Mapping[str, str]) -> tuple[HintRow, ...]:
    hints: dict[str, int] = {}
    who: Counter[str] = Counter()
    for export in current:
        used = [(x.id, x.hints_used) for x in export.lessons if x.hints_used]
        if used:
            for lesson_id, count in used:
                hints[lesson_id] = hints.get(lesson_id, 0) + count
            who.update({lesson_id for lesson_id, _ in used})
    rows = [HintRow(k, titles.get(k, ""), v, who[k]) for k, v in hints.items()]
    return tuple(sorted(rows, key=lambda r: (-r.hints, -r.members, r.lesson)))


def _use_cases(current: Sequence[Export]) -> tuple[UseCase, ...]:
    rows = [UseCase(s.title, s.minutes_saved, s.date, e.learner_id, e.name) for e in current for s in e.successes]
    return tuple(sorted(rows, key=lambda u: (-u.minutes, u.date or "", u.title)))


def _version_key(version: str) -> tuple[tuple[int, int, str], ...]:
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in re.findall(r"\d+|[^\d.]+", version))


def _newest_version(versions: Iterable[str]) -> str:
    """The highest version by natural order ("2026.11" > "2026.2"), or ""."""
    found = {v for v in versions if v}
    return max(found, key=_version_key) if found else ""


def _policy(members: Sequence[Member], current: str) -> PolicyStatus:
    versions = Counter(m.policy_version for m in members if m.policy_acknowledged_at and m.policy_version)
    missing = tuple(
        PolicyGap(m.learner_id, m.name, m.policy_version if m.policy_acknowledged_at else "", m.policy_acknowledged_at)
        for m in sorted(members, key=lambda m: (m.name.casefold(), m.learner_id))
        if not m.policy_current
    )
    ranked = sorted(versions.items(), key=lambda kv: _version_key(kv[0]), reverse=True)
    return PolicyStatus(current, len(members) - len(missing), tuple(ranked), missing)


def _history(by_learner: Mapping[str, list[Export]], snaps: Mapping[int, Snapshot]) -> tuple[MemberHistory, ...]:
    rows = []
    for learner_id, group in by_learner.items():
        if len(group) > 1:
            points = []
            for export in group:
                progress, done, level = snaps[id(export)]
                points.append(HistoryPoint(export.exported_at, progress, done, level))
            rows.append(MemberHistory(learner_id, group[-1].name, tuple(points)))
    return tuple(sorted(rows, key=lambda h: (h.name.casefold(), h.learner_id)))


def _timeline(exports: Sequence[Export], snaps: Mapping[int, Snapshot]) -> tuple[TimelinePoint, ...]:
    latest: dict[str, tuple[datetime, float]] = {}
    running = 0.0
    points: list[TimelinePoint] = []
    ordered = sorted(exports, key=lambda e: e.exported_at)
    for i, export in enumerate(ordered):
        progress = snaps[id(export)][0]
        old = latest.get(export.learner_id)
        running += progress - (old[1] if old else 0.0)
        latest[export.learner_id] = (export.exported_at, progress)
        day = export.exported_at.astimezone(UTC).date()
        nxt = ordered[i + 1].exported_at.astimezone(UTC).date() if i + 1 < len(ordered) else None
        if nxt != day:
            points.append(TimelinePoint(day, len(latest), running / len(latest)))
    return tuple(points)
