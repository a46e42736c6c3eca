"""Reading a set of export files and folders into checked `Export` records."""

from __future__ import annotations

import gc
import math
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from course.team.labels import label
from course.team.records import (
    LESSON_STATUSES,
    LEVEL_STATES,
    Attempt,
    Export,
    LessonState,
    LevelState,
    Rejected,
    Success,
)
from progress import exchange

MAX_TEXT = 1000
"""Learner strings (names, titles) are kept up to this many characters."""
MAX_COUNT = 1_000_000
"""Counters (minutes, hints, attempts) above this are treated as broken."""
_ISO_TIME = re.compile(r"\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d{1,6})?)?(?:Z|[+-]\d\d:?\d\d)?)?\Z")
"""Cheap shape check for timestamps that are only shown, never computed with."""
_LEVEL_STATES = {s: sys.intern(s) for s in LEVEL_STATES}
_LESSON_STATUSES = {s: sys.intern(s) for s in LESSON_STATUSES}


class _Invalid(Exception):
    """A readable export that lacks what the report needs; str() is the reason."""


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many acyclic objects (about 20 % faster)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def load_exports(paths: Iterable[str | os.PathLike[str]], lang: str = "en") -> tuple[list[Export], list[Rejected]]:
    """Read files and folders of `*.json` exports; every unusable path gets a one-line reason."""
    with gc_paused():
        return _load(paths, lang)


def _load(paths: Iterable[str | os.PathLike[str]], lang: str) -> tuple[list[Export], list[Rejected]]:
    exports: list[Export] = []
    rejected: list[Rejected] = []
    seen_files: set[tuple[int, int]] = set()
    seen_keys: dict[tuple[str, datetime], str] = {}
    for shown, key_or_problem in _expand(paths, lang):
        if isinstance(key_or_problem, str):
            rejected.append(Rejected(shown, key_or_problem))
            continue
        if key_or_problem in seen_files:  # the same file (device, inode) by another path or twice
            rejected.append(Rejected(shown, label("same_file", lang)))
            continue
        seen_files.add(key_or_problem)
        try:
            export = parse_export(exchange.read(shown), shown, lang)
        except (exchange.ExportError, _Invalid) as exc:
            rejected.append(Rejected(shown, str(exc)))
            continue
        key = (export.learner_id, export.exported_at)
        if key in seen_keys:
            rejected.append(Rejected(shown, label("duplicate", lang).format(other=seen_keys[key])))
            continue
        seen_keys[key] = shown
        exports.append(export)
    return exports, rejected


def _expand(paths: Iterable[str | os.PathLike[str]], lang: str) -> Iterator[tuple[str, tuple[int, int] | str]]:
    """(path, file identity) for every file named or found in a named folder; (path, reason) if unusable."""
    for given in paths:
        shown = os.fspath(given)
        try:
            info = os.stat(shown)
        except FileNotFoundError:
            yield shown, label("not_a_file" if os.path.lexists(shown) else "missing", lang)
            continue
        except OSError as exc:
            yield shown, label("unreadable", lang).format(why=exc.strerror or exc)
            continue
        if stat.S_ISDIR(info.st_mode):
            try:
                found = sorted(e.path for e in os.scandir(shown)
                               if e.name.lower().endswith(".json") and not e.name.startswith("."))
            except OSError as exc:
                yield shown, label("unreadable", lang).format(why=exc.strerror or exc)
                continue
            if not found:
                yield shown, label("empty_folder", lang)
            for name in found:
                yield name, _identity(name, lang)
        else:
            yield shown, _identity(shown, lang, info)


def _identity(path: str, lang: str, info: os.stat_result | None = None) -> tuple[int, int] | str:
    """(device, inode) of a regular file, or the reason it is not one."""
    try:
        info = info or os.stat(path)
    except OSError:
        return label("not_a_file", lang)
    return (info.st_dev, info.st_ino) if stat.S_ISREG(info.st_mode) else label("not_a_file", lang)


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
        levels=_levels(data.get("levels")),
        lessons=_lessons(data.get("lessons")),
        attempts=_attempts(data.get("attempts")),
        successes=_successes(data.get("successes")),
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
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when


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
        score, tries, hints, minutes = item.get("score"), item.get("attempts"), item.get("hints_used"), item.get("minutes")
        done_at = item.get("completed_at")
        out.append(LessonState(
            lesson_id, level, _LESSON_STATUSES[status],
            score if type(score) is float and 0.0 <= score <= 1.0 else _score(score),
            tries if type(tries) is int and 0 <= tries <= MAX_COUNT else _count(tries),
            hints if type(hints) is int and 0 <= hints <= MAX_COUNT else _count(hints),
            minutes if type(minutes) is int and 0 <= minutes <= MAX_COUNT else _count(minutes),
            done_at if type(done_at) is str and _ISO_TIME.match(done_at) else None,
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
        passed = item.get("passed")
        if type(passed) is not bool:
            continue
        checks, lesson, exercise = item.get("failed_checks"), item.get("lesson"), item.get("exercise")
        if type(checks) is list and checks:
            failed = tuple(intern(c) if type(c) is str and 0 < len(c) <= 200 else _ident(c) for c in checks)
            failed = tuple(c for c in failed if c)
        else:
            failed = ()
        score, hints, kind, at = item.get("score"), item.get("hints_used"), item.get("kind"), item.get("at")
        out.append(Attempt(
            intern(exercise) if type(exercise) is str and len(exercise) <= 200 else _ident(exercise),
            intern(lesson) if type(lesson) is str and len(lesson) <= 200 else _ident(lesson),
            intern(kind) if type(kind) is str and len(kind) <= 200 else _ident(kind),
            score if type(score) is float and 0.0 <= score <= 1.0 else _score(score),
            passed,
            hints if type(hints) is int and 0 <= hints <= MAX_COUNT else _count(hints),
            failed,
            at if type(at) is str and _ISO_TIME.match(at) else None,
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
