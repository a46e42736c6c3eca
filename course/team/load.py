"""Reading a set of export files and folders into checked `Export` records."""

from __future__ import annotations

import math
import os
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator

from progress import exchange

from course.team.labels import label
from course.team.records import (
    LESSON_STATUSES, LEVEL_STATES, Attempt, Export, LessonState, LevelState, Rejected, Success,
)

MAX_TEXT = 1000
"""Learner strings (names, titles) are kept up to this many characters."""
MAX_COUNT = 1_000_000
"""Counters (minutes, hints, attempts) above this are treated as broken."""


class _Invalid(Exception):
    """A readable export that lacks what the report needs; str() is the reason."""


def load_exports(paths: Iterable[str | os.PathLike[str]], lang: str = "en") -> tuple[list[Export], list[Rejected]]:
    """Read files and folders of `*.json` exports; every unusable path gets a one-line reason."""
    exports: list[Export] = []
    rejected: list[Rejected] = []
    seen_files: dict[str, str] = {}
    seen_keys: dict[tuple[str, datetime], str] = {}
    for shown, path, problem in _expand(paths, lang):
        if problem:
            rejected.append(Rejected(shown, problem))
            continue
        real = os.path.realpath(path)
        if real in seen_files:
            rejected.append(Rejected(shown, label("same_file", lang)))
            continue
        seen_files[real] = shown
        try:
            export = parse_export(exchange.read(path), shown, lang)
        except exchange.ExportError as exc:
            rejected.append(Rejected(shown, str(exc)))
            continue
        except _Invalid as exc:
            rejected.append(Rejected(shown, str(exc)))
            continue
        key = (export.learner_id, export.exported_at)
        if key in seen_keys:
            rejected.append(Rejected(shown, label("duplicate", lang).format(other=seen_keys[key])))
            continue
        seen_keys[key] = shown
        exports.append(export)
    return exports, rejected


def _expand(paths: Iterable[str | os.PathLike[str]], lang: str) -> Iterator[tuple[str, Path, str]]:
    """(shown path, path, problem or "") for every file named or found in a named folder."""
    for given in paths:
        path = Path(given)
        shown = os.fspath(given)
        try:
            if path.is_dir():
                found = sorted(
                    e.path for e in os.scandir(path)
                    if e.name.lower().endswith(".json") and not e.name.startswith(".")
                )
                if not found:
                    yield shown, path, label("empty_folder", lang)
                for name in found:
                    yield name, Path(name), "" if os.path.isfile(name) else label("not_a_file", lang)
            elif path.is_file():
                yield shown, path, ""
            elif os.path.lexists(path):
                yield shown, path, label("not_a_file", lang)
            else:
                yield shown, path, label("missing", lang)
        except OSError as exc:
            yield shown, path, label("unreadable", lang).format(why=exc.strerror or exc)


def parse_export(data: dict[str, Any], path: str = "", lang: str = "en") -> Export:
    """Build an `Export` from verified JSON; raise `_Invalid` if learner id or date are unusable."""
    learner = _dict(data.get("learner"))
    learner_id = _text(learner.get("id"), 200)
    if not learner_id.strip():
        raise _Invalid(label("no_learner", lang))
    exported_at = parse_time(data.get("exported_at"))
    if exported_at is None:
        raise _Invalid(label("no_date", lang))
    course = _dict(data.get("course"))
    policy = _dict(data.get("policy"))
    return Export(
        path=path,
        learner_id=sys.intern(learner_id),
        name=_text(learner.get("name")),
        team=_text(learner.get("team")),
        exported_at=exported_at,
        course_id=_ident(course.get("id")),
        course_version=_ident(course.get("version")),
        content_hash=_text(course.get("content_hash"), 200),
        levels=tuple(_levels(data.get("levels"))),
        lessons=tuple(_lessons(data.get("lessons"))),
        attempts=tuple(_attempts(data.get("attempts"))),
        successes=tuple(_successes(data.get("successes"))),
        policy_version=_ident(policy.get("version")),
        policy_acknowledged_at=_iso(policy.get("acknowledged_at")),
    )


def parse_time(value: Any) -> datetime | None:
    """An ISO 8601 timestamp as an aware datetime (naive means UTC); None if unusable."""
    if not isinstance(value, str) or not 0 < len(value) <= 64:
        return None
    try:
        when = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return when.replace(tzinfo=timezone.utc) if when.tzinfo is None else when


def _levels(value: Any) -> Iterator[LevelState]:
    for item in _items(value):
        level_id, state = _ident(item.get("id")), item.get("state")
        if level_id and state in LEVEL_STATES:
            yield LevelState(level_id, sys.intern(state), _score(item.get("score")))


def _lessons(value: Any) -> Iterator[LessonState]:
    for item in _items(value):
        lesson_id, status = _ident(item.get("id")), item.get("status")
        if lesson_id and status in LESSON_STATUSES:
            yield LessonState(
                lesson_id, _ident(item.get("level")), sys.intern(status), _score(item.get("score")),
                _count(item.get("attempts")), _count(item.get("hints_used")),
                _count(item.get("minutes")), _iso(item.get("completed_at")),
            )


def _attempts(value: Any) -> Iterator[Attempt]:
    for item in _items(value):
        passed = item.get("passed")
        if not isinstance(passed, bool):
            continue
        checks = item.get("failed_checks")
        failed = tuple(c for c in map(_ident, checks) if c) if isinstance(checks, list) else ()
        yield Attempt(
            _ident(item.get("exercise")), _ident(item.get("lesson")), _ident(item.get("kind")),
            _score(item.get("score")), passed, _count(item.get("hints_used")), failed,
            _iso(item.get("at")),
        )


def _successes(value: Any) -> Iterator[Success]:
    for item in _items(value):
        title = _text(item.get("title"))
        if title.strip():
            yield Success(title, _count(item.get("minutes_saved")), _iso(item.get("date")))


def _items(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, list):
        yield from (item for item in value if isinstance(item, dict))


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _text(value: Any, limit: int = MAX_TEXT) -> str:
    return value[:limit] if isinstance(value, str) else ""


def _ident(value: Any) -> str:
    """An id, version or check name: short text (numbers accepted), interned."""
    if isinstance(value, bool):
        return ""
    if isinstance(value, (int, float)) and math.isfinite(value):
        value = str(value)
    return sys.intern(value[:200]) if isinstance(value, str) else ""


def _score(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value) if math.isfinite(value) and 0.0 <= value <= 1.0 else None


def _count(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return 0
    return round(value) if math.isfinite(value) and 0 <= value <= MAX_COUNT else 0


def _iso(value: Any) -> str | None:
    """A date or timestamp kept as given if it parses; else None."""
    if isinstance(value, str) and 0 < len(value) <= 64:
        try:
            datetime.fromisoformat(value.strip())
        except ValueError:
            return None
        return value.strip()
    return None
