"""One verified export, checked by the export schema (progress/exportschema.py), as the report's `Export`."""

from __future__ import annotations

import sys
from datetime import datetime
from typing import Any

from msgspec import UnsetType

from course.i18n import t
from course.team.records import Attempt, Export, GapAnswer, LessonState, LevelState, Success
from progress import bounds
from progress import exportschema as schema
from progress.exchange import ExportError
from progress.exportschema import LessonStatus
from progress.exportschema import LevelState as LevelWord

SHOWN_TITLE = 1000
"""A success title is kept up to this many characters for the report (the schema allows longer ones)."""
_LEVEL_STATES = {s: sys.intern(s.value) for s in LevelWord}
_LESSON_STATUSES = {s: sys.intern(s.value) for s in LessonStatus}


class InvalidExport(Exception):
    """A readable export that lacks what the report needs; str() is the reason."""


def parse_export(data: dict[str, Any], path: str = "", lang: str = "en") -> Export:
    """Build an `Export` from verified JSON, checked by the export schema; `InvalidExport` with the reason in `lang`."""
    try:
        doc = schema.typed(data)
    except ExportError as exc:
        from course.team.labels import reason

        raise InvalidExport(reason(exc, lang)) from None
    return from_schema(doc, path, lang)


def from_schema(doc: schema.Export, path: str = "", lang: str = "en") -> Export:
    """The report's view of one export the schema accepted (prompt texts, scores of attempts and ids dropped)."""
    exported_at = bounds.parse_time(doc.exported_at)
    if exported_at is None:  # missing; or 29 February of a year without one (the schema's pattern lets it through)
        raise InvalidExport(t(lang, "teamreport.no_date"))
    intern = sys.intern
    course, policy = doc.course, doc.policy
    levels = tuple([LevelState(intern(lv.id), _LEVEL_STATES[lv.state], lv.score) for lv in doc.levels])
    new = tuple.__new__  # the NamedTuples built without their Python-level __new__ (hundreds of thousands)
    lessons = tuple(
        [
            new(
                LessonState,
                (
                    intern(ls.id),
                    intern(ls.level) if ls.level else "",
                    _LESSON_STATUSES[ls.status],
                    ls.score,
                    ls.hints_used,
                    int(ls.minutes + 0.5),
                    ls.completed_at[:10] if ls.completed_at else "",
                ),
            )
            for ls in doc.lessons
        ]
    )
    attempts = tuple(
        [
            new(
                Attempt,
                (
                    intern(a.exercise),
                    intern(a.lesson) if a.lesson else "",
                    a.passed,
                    tuple([intern(c) for c in a.failed_checks]) if a.failed_checks else (),
                ),
            )
            for a in doc.attempts
        ]
    )
    gap_checks = _gap_checks(doc.gap_check)
    last_activity, level_dates = _activity(doc, levels)
    return Export(
        path=path,
        learner_id=intern(doc.learner.id),
        name=doc.learner.name,
        team=doc.learner.team,
        exported_at=exported_at,
        course_id=intern(course.id),
        course_version=intern(course.version),
        content_hash=course.content_hash,
        levels=levels,
        lessons=lessons,
        attempts=attempts,
        successes=tuple(
            [Success(s.title[:SHOWN_TITLE], int((s.minutes_saved or 0) + 0.5), _iso(s.date)) for s in doc.successes]
        ),
        policy_version=intern(policy.version or "") if policy else "",
        policy_acknowledged_at=_iso(policy.acknowledged_at) if policy else None,
        gap_checks=gap_checks,
        last_activity=last_activity,
        level_dates=level_dates,
        version=doc.version,
    )


def _gap_checks(items: list[schema.GapCheck] | UnsetType) -> tuple[GapAnswer, ...]:
    """Shared Gap-Check answers (question id -> answer), oldest first."""
    out = []
    for item in items if isinstance(items, list) else ():
        at = bounds.parse_time(item.at)
        if at is not None and item.answers:
            out.append(GapAnswer(at, tuple(sorted((sys.intern(k), v) for k, v in item.answers.items()))))
    out.sort(key=lambda g: g.at)
    return tuple(out)


def _activity(
    doc: schema.Export, levels: tuple[LevelState, ...]
) -> tuple[datetime | None, tuple[tuple[str, str], ...]]:
    """The latest course activity (lesson, attempt, success, policy), and per done level the date
    its last lesson was done.

    Times are compared as text (the course writes UTC ISO times), then the latest is parsed.
    A Gap-Check alone is no course activity.
    """
    latest = ""
    by_level: dict[str, str] = {}
    for ls in doc.lessons:
        when = ls.completed_at
        if when:
            if when > latest:
                latest = when
            if ls.level and when > by_level.get(ls.level, ""):
                by_level[ls.level] = when
    stamps = [a.at for a in doc.attempts if a.at]
    stamps += [s.date for s in doc.successes if s.date]
    if doc.policy and doc.policy.acknowledged_at:
        stamps.append(doc.policy.acknowledged_at)
    if stamps:
        latest = max(latest, max(stamps))
    moment = bounds.parse_time(latest) if latest else None
    done = tuple((lv.id, by_level[lv.id][:10]) for lv in levels if lv.state == "done" and lv.id in by_level)
    return moment, done


def parse_time(value: Any) -> datetime | None:
    """An ISO 8601 timestamp as an aware datetime (naive means UTC); None if unusable or out of range."""
    return bounds.parse_time(value)


def _iso(value: str | None) -> str | None:
    """A date or timestamp kept as given if it parses; else None."""
    return value.strip() if value is not None and bounds.parse_time(value) is not None else None
