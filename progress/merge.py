"""Merging a progress export into the store: idempotent, best score wins, nothing deleted."""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

import msgspec

from progress import exportschema as schema
from progress.exchange import ExportError
from progress.records import normalize_time, now_utc

_OUR_TIME = re.compile(
    r"(?:19[7-9]\d|2\d\d\d)-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])"
    r"T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{6}\+00:00"
)
"""The store's own time format (UTC, microseconds); anything else goes through bounds.utc_iso."""
_quote = json.encoder.encode_basestring
_convert = msgspec.convert
_Attempt = schema.Attempt
_Fast = schema._FastAttempt


@dataclass
class MergeResult:
    """What an import changed."""

    learner_id: str
    learner_name: str
    created_learner: bool = False
    attempts_added: int = 0
    attempts_known: int = 0
    successes_added: int = 0
    course_id: str = ""


def _time(value: str | None, where: str) -> str | None:
    """A time the schema let through (ISO shape, years 1970-2999) in the store's UTC format."""
    if value is None:
        return None
    if _OUR_TIME.fullmatch(value):
        return value
    moment = normalize_time(value)
    if moment is None:  # e.g. 29 February of a year that has none
        raise ExportError(f"{where} is not a valid time")
    return moment


def attempt_row(a: Any, i: int, plain: bool = False) -> dict[str, Any]:
    """One export attempt, checked by the schema, as `Store.add_attempts` takes it; ExportError naming the field.

    `plain`: its JSON text has no escaped NUL, CR or LF (see exportschema.attempt).
    """
    try:
        x: schema.Attempt = _convert(a, _Fast if plain else _Attempt)
    except msgspec.ValidationError as exc:
        raise schema.field_error(exc, f"attempts[{i}]") from None
    failed, text = x.failed_checks, x.text
    at = x.at
    return {
        "attempt_id": x.id,
        "exercise_id": x.exercise,
        "lesson_id": x.lesson or "",
        "kind": x.kind.replace("\x00", ""),
        "score": x.score,
        "passed": x.passed,
        "hints_used": x.hints_used or 0,
        "checks_json": "[" + ",".join(f'{{"name":{_quote(n)},"passed":false}}' for n in failed) + "]"
        if failed
        else "[]",
        "model": x.model.replace("\x00", "") if x.model else x.model,
        "text": text.replace("\x00", "") if isinstance(text, str) else None,
        "created_at": at
        if at is not None and len(at) == 32 and at[26:] == "+00:00" and at[19] == "."
        else _time(at, f"attempts[{i}].at") or now_utc(),
    }  # (the schema checked the shape: ours is that long)


def validate(data: dict[str, Any]) -> dict[str, Any]:
    """Check every field a merge uses against the export schema; raise ExportError naming the first bad one."""
    attempts = data.get("attempts")
    head = schema.header({k: v for k, v in data.items() if k != "attempts"})
    exported_at = _time(head.exported_at, "exported_at") or now_utc()
    out: dict[str, Any] = {
        "learner": {
            "id": head.learner.id,
            "name": head.learner.name.replace("\x00", "").strip() or "?",
            "team": head.learner.team.replace("\x00", ""),
        },
        "course_id": head.course.id,
        "exported_at": exported_at,
        "attempts": [attempt_row(a, i) for i, a in enumerate(_items(attempts))],
        "lessons": [
            {
                "id": ls.id,
                "level": ls.level,
                "status": ls.status,
                "minutes": ls.minutes,
                "completed_at": _time(ls.completed_at, f"lessons[{i}].completed_at"),
            }
            for i, ls in enumerate(head.lessons)
        ],
        "hints": [(h.exercise, h.n) for h in head.hints],
        "levels": [lv.id for lv in head.levels if lv.state in (schema.LevelState.OPEN, schema.LevelState.DONE)],
        "successes": [
            (s.title.replace("\x00", "").strip(), s.minutes_saved, (s.date or exported_at[:10]).strip())
            for s in head.successes
        ],
        "policy": None,
        "gap_check": [{"at": g.at, "answers": g.answers} for g in head.gap_check] if head.gap_check else [],
    }
    policy = head.policy
    if policy is not None and policy.version:
        out["policy"] = (
            policy.version.replace("\x00", ""),
            _time(policy.acknowledged_at, "policy.acknowledged_at") or exported_at,
        )
    return out


def _items(value: Any) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise ExportError("'attempts' is not a list of objects")
    return value


def merge(store: Any, data: dict[str, Any]) -> MergeResult:
    """Merge a verified export (see exchange.loads) into `store` in one transaction."""
    v = validate(data)
    return _apply(store, v, lambda insert: insert(v["attempts"]) if v["attempts"] else None)


def as_object(item: Any, i: int) -> dict[str, Any]:
    if not isinstance(item, dict):
        raise ExportError(f"attempts[{i}] is not an object")
    return item


def _apply(store: Any, v: dict[str, Any], stream: Any) -> MergeResult:
    with store.transaction():
        result = begin(store, v)

        def insert(rows: list[dict[str, Any]]) -> None:
            add_rows(store, result, rows)

        stream(insert)
        finish(store, v, result)
    return result


def begin(store: Any, v: dict[str, Any]) -> MergeResult:
    """Inside the merge's transaction: the learner, created if new."""
    lid = v["learner"]["id"]
    learner = store.get_learner(lid)
    result = MergeResult(lid, learner.name if learner else v["learner"]["name"], course_id=v["course_id"])
    if learner is None:
        store.create_learner(v["learner"]["name"], v["learner"]["team"], "", learner_id=lid)
        result.created_learner = True
    return result


def add_rows(store: Any, result: MergeResult, rows: list[dict[str, Any]]) -> None:
    """Inside the merge's transaction: a batch of validated attempts (known ids skipped)."""
    added = store.add_attempts(result.learner_id, rows)
    result.attempts_added += added
    result.attempts_known += len(rows) - added


def finish(store: Any, v: dict[str, Any], result: MergeResult) -> None:
    """Inside the merge's transaction: summary, hints, lessons, levels, successes, policy."""
    lid = result.learner_id
    if result.attempts_added:
        store.refresh_exercise_state(lid)
    for exercise_id, n in v["hints"]:
        if n > 0:
            store.set_hints_at_least(lid, exercise_id, n)
    for ls in v["lessons"]:
        when = ls["completed_at"] or v["exported_at"]
        if ls["status"] != schema.LessonStatus.NOT_STARTED:
            store.mark_started(lid, ls["id"], ls["level"], at=when)
        if ls["status"] in (schema.LessonStatus.READ, schema.LessonStatus.DONE):
            store.mark_read(lid, ls["id"], ls["level"], at=when)
        if ls["minutes"] > 0:
            store.set_time_at_least(lid, ls["id"], ls["minutes"] * 60.0)
    store.open_levels(lid, v["levels"])
    have = Counter((s.title, s.minutes_saved, s.date) for s in store.successes(lid))
    for key, wanted in Counter(v["successes"]).items():
        for _ in range(wanted - have.get(key, 0)):
            store.add_success(lid, key[0], key[1], key[2])
            result.successes_added += 1
    if v["policy"]:
        store.acknowledge_policy(lid, v["policy"][0], at=v["policy"][1])
    _merge_gap_checks(store, lid, v.get("gap_check"))
    if not store.get_setting("last_learner"):
        store.set_current_learner(lid)


def _merge_gap_checks(store: Any, learner_id: str, items: Any) -> None:
    """Shared Gap-Check answers come back too (the same time is kept once); a file that
    carries them was shared with consent, so the consent is recorded as well."""
    from progress.gapchecks import add_gap_check, set_sharing, sharing

    if not isinstance(items, list):
        return
    added = False
    for item in items[:1000]:
        if isinstance(item, dict) and isinstance(item.get("at"), str):
            added |= add_gap_check(store, learner_id, item.get("answers"), at=item["at"])
    if added and sharing(store, learner_id) is None:
        set_sharing(store, learner_id, True)
