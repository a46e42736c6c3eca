"""Checking one verified export field by field into an `Export` (bad fields are left empty)."""

from __future__ import annotations

import sys
from datetime import datetime
from typing import Any

from course.i18n import t
from course.team.records import (
    LESSON_STATUSES,
    LEVEL_STATES,
    Attempt,
    Export,
    GapAnswer,
    LessonState,
    LevelState,
    Success,
)
from progress import bounds

MAX_TEXT = 1000
"""Learner strings (names, titles) are kept up to this many characters."""
MAX_COUNT = 1_000_000
"""Counters (minutes, hints, attempts) above this are treated as broken."""
_LEVEL_STATES = {s: sys.intern(s) for s in LEVEL_STATES}
_LESSON_STATUSES = {s: sys.intern(s) for s in LESSON_STATUSES}


class InvalidExport(Exception):
    """A readable export that lacks what the report needs; str() is the reason."""


def parse_export(data: dict[str, Any], path: str = "", lang: str = "en") -> Export:
    """Build an `Export` from verified JSON; raise `InvalidExport` if learner id or date are unusable."""
    learner = _dict(data.get("learner"))
    learner_id = _text(learner.get("id"), 200)
    if not learner_id.strip():
        raise InvalidExport(t(lang, "teamreport.no_learner"))
    exported_at = parse_time(data.get("exported_at"))
    if exported_at is None:
        raise InvalidExport(t(lang, "teamreport.no_date"))
    course = _dict(data.get("course"))
    policy = _dict(data.get("policy"))
    levels = _levels(data.get("levels"))
    gap_checks = _gap_checks(data.get("gap_check"))
    last_activity, level_dates = _activity(data, levels, gap_checks)
    return Export(
        path=path,
        learner_id=sys.intern(learner_id),
        name=_text(learner.get("name")),
        team=_text(learner.get("team")),
        exported_at=exported_at,
        course_id=_ident(course.get("id")),
        course_version=_ident(course.get("version")),
        content_hash=_text(course.get("content_hash"), 200),
        levels=levels,
        lessons=_lessons(data.get("lessons")),
        attempts=_attempts(data.get("attempts")),
        successes=_successes(data.get("successes")),
        policy_version=_ident(policy.get("version")),
        policy_acknowledged_at=_iso(policy.get("acknowledged_at")),
        gap_checks=gap_checks,
        last_activity=last_activity,
        level_dates=level_dates,
        version=data["version"] if type(data.get("version")) is int else 1,
    )


MAX_GAP_CHECKS = 100


def _gap_checks(value: Any) -> tuple[GapAnswer, ...]:
    """Shared Gap-Check answers: known shape only (question id -> 1..9), oldest first."""
    if type(value) is not list:
        return ()
    out = []
    for item in value[:MAX_GAP_CHECKS]:
        if type(item) is not dict or type(item.get("answers")) is not dict:
            continue
        at = parse_time(item.get("at"))
        if at is None:
            continue
        answers = tuple(sorted(
            (sys.intern(k), v) for k, v in list(item["answers"].items())[:50]
            if type(k) is str and 0 < len(k) <= 64 and type(v) is int and 1 <= v <= 9
        ))
        if answers:
            out.append(GapAnswer(at, answers))
    out.sort(key=lambda g: g.at)
    return tuple(out)


def _stamp(value: Any) -> str:
    return value if type(value) is str and 10 <= len(value) <= 64 else ""


def _activity(data: dict[str, Any], levels: tuple[LevelState, ...],
              gap_checks: tuple[GapAnswer, ...]) -> tuple[datetime | None, tuple[tuple[str, str], ...]]:
    """The latest course activity (lesson, attempt, success, policy), and per done level the date
    its last lesson was done.

    Times are compared as text (the course writes UTC ISO times), then the latest is parsed.
    """
    latest = ""
    by_level: dict[str, str] = {}
    lessons = data.get("lessons")
    for item in lessons if type(lessons) is list else ():
        if type(item) is dict:
            when = _stamp(item.get("completed_at"))
            if when:
                latest = max(latest, when)
                level = item.get("level")
                if type(level) is str and when > by_level.get(level, ""):
                    by_level[level] = when
    for key, field in (("attempts", "at"), ("successes", "date")):
        items = data.get(key)
        for item in items if type(items) is list else ():
            if type(item) is dict:
                latest = max(latest, _stamp(item.get(field)))
    policy = data.get("policy")
    if type(policy) is dict:
        latest = max(latest, _stamp(policy.get("acknowledged_at")))
    when = parse_time(latest) if latest else None  # a Gap-Check alone is no course activity
    done = tuple((lv.id, by_level[lv.id][:10]) for lv in levels if lv.state == "done" and lv.id in by_level)
    return when, done


def parse_time(value: Any) -> datetime | None:
    """An ISO 8601 timestamp as an aware datetime (naive means UTC); None if unusable or out of range."""
    return bounds.parse_time(value)


# The loops below run for every lesson and attempt of every export (the 10,000-export
# benchmark has ~700,000 of them), so the usual well-typed case takes a fast inline path
# and only odd values go through the general helpers. `type(x) is int` also rules out bool;
# `0 <= x <= 1` is False for NaN.

def _levels(value: Any) -> tuple[LevelState, ...]:
    if type(value) is not list:
        return ()
    out = []
    for item in value:
        if type(item) is dict:
            state = item.get("state")
            if type(state) is str and state in _LEVEL_STATES:
                level_id = _ident(item.get("id"))
                if level_id:
                    out.append(LevelState(level_id, _LEVEL_STATES[state], _score(item.get("score"))))
    return tuple(out)


def _lessons(value: Any) -> tuple[LessonState, ...]:
    if type(value) is not list:
        return ()
    out = []
    intern = sys.intern
    for item in value:
        if type(item) is not dict:
            continue
        status, lesson_id, level = item.get("status"), item.get("id"), item.get("level")
        if type(status) is not str or status not in _LESSON_STATUSES:
            continue
        lesson_id = intern(lesson_id) if type(lesson_id) is str and 0 < len(lesson_id) <= 200 else _ident(lesson_id)
        if not lesson_id:
            continue
        level = intern(level) if type(level) is str and len(level) <= 200 else _ident(level)
        score, hints, minutes = item.get("score"), item.get("hints_used"), item.get("minutes")
        out.append(LessonState(
            lesson_id, level, _LESSON_STATUSES[status],
            score if type(score) is float and 0.0 <= score <= 1.0 else _score(score),
            hints if type(hints) is int and 0 <= hints <= MAX_COUNT else _count(hints),
            minutes if type(minutes) is int and 0 <= minutes <= MAX_COUNT else _count(minutes),
        ))
    return tuple(out)


def _attempts(value: Any) -> tuple[Attempt, ...]:
    if type(value) is not list:
        return ()
    out = []
    intern = sys.intern
    for item in value:
        if type(item) is not dict:
            continue
        passed, checks, lesson, exercise = item.get("passed"), item.get("failed_checks"), item.get("lesson"), \
            item.get("exercise")
        if type(passed) is not bool:
            continue
        if type(checks) is list and checks:
            failed = tuple(intern(c) if type(c) is str and 0 < len(c) <= 200 else _ident(c) for c in checks)
            if not all(failed):
                failed = tuple(c for c in failed if c)
        else:
            failed = ()
        out.append(Attempt(
            intern(exercise) if type(exercise) is str and len(exercise) <= 200 else _ident(exercise),
            intern(lesson) if type(lesson) is str and len(lesson) <= 200 else _ident(lesson),
            passed, failed,
        ))
    return tuple(out)


def _successes(value: Any) -> tuple[Success, ...]:
    if type(value) is not list:
        return ()
    out = []
    for item in value:
        if type(item) is dict:
            title = _text(item.get("title"))
            if title.strip():
                out.append(Success(title, _count(item.get("minutes_saved")), _iso(item.get("date"))))
    return tuple(out)


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _text(value: Any, limit: int = MAX_TEXT) -> str:
    return value[:limit] if isinstance(value, str) else ""


def _ident(value: Any) -> str:
    """An id, version or check name: short text (numbers accepted), interned."""
    if isinstance(value, bool):
        return ""
    if isinstance(value, (int, float)):
        found = bounds.number(value, -1e15, 1e15)
        value = None if found is None else str(value)
    return sys.intern(value[:200]) if isinstance(value, str) else ""


def _score(value: Any) -> float | None:
    return bounds.number(value, 0.0, 1.0)


def _count(value: Any) -> int:
    return bounds.whole(value, 0, MAX_COUNT) or 0


def _iso(value: Any) -> str | None:
    """A date or timestamp kept as given if it parses; else None."""
    return value.strip() if bounds.parse_time(value) is not None else None
