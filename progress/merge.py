"""Merging a progress export into the store: idempotent, best score wins, nothing deleted."""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from progress import bounds
from progress.exchange import ExportError
from progress.records import normalize_time, now_utc

LESSON_STATES = ("not-started", "started", "read", "done")
MAX_ID = 200
MAX_TEXT = 100_000
_OUR_TIME = re.compile(r"(?:19[7-9]\d|2\d\d\d)-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])"
                       r"T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{6}\+00:00")
"""The store's own time format (UTC, microseconds); anything else goes through bounds.utc_iso."""
_ID = re.compile(r"(?=[^\x00\n\r]*\S)[^\x00\n\r]{1,%d}" % MAX_ID)
"""An id: 1 to MAX_ID characters, not only white space, no NUL or line break."""
_quote = json.encoder.encode_basestring


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


def _ident(value: Any, where: str, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if type(value) is not str or len(value) > MAX_ID or not value.strip() or "\x00" in value or "\n" in value \
            or "\r" in value:
        raise ExportError(f"{where} is not a valid id")
    return value


def _text(value: Any, where: str, limit: int = 500, optional: bool = True) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise ExportError(f"{where} is not a text")
    if len(value) > limit:
        raise ExportError(f"{where} is too long")
    return value.replace("\x00", "")


def _number(value: Any, where: str, optional: bool = True, low: float = 0.0, high: float = math.inf) -> float | None:
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
        raise ExportError(f"{where} is not a number")
    found = bounds.number(value, low, high)
    if found is None:
        raise ExportError(f"{where} is out of range ({low:g} to {high:g})")
    return found


def _items(data: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise ExportError(f"'{key}' is not a list of objects")
    return value


def _time(value: Any, where: str) -> str | None:
    if value is None:
        return None
    if type(value) is str and _OUR_TIME.fullmatch(value):  # already our UTC format, year in range
        return value
    moment = normalize_time(value)
    if moment is None:
        raise ExportError(f"{where} is not a valid time")
    return moment


def attempt_row(a: dict[str, Any], i: int) -> dict[str, Any]:
    """One export attempt as `Store.add_attempts` takes it; ExportError naming the first bad field."""
    g = a.get
    aid, exercise, lesson, kind, score, passed, hints, failed, model, text, at = (
        g("id"), g("exercise"), g("lesson"), g("kind"), g("score"), g("passed"), g("hints_used"),
        g("failed_checks"), g("model"), g("text"), g("at"))
    # The usual, well-typed attempt takes this inline path (an import may hold a million of them);
    # anything unusual goes through the checks below, which also say what is wrong.
    if (type(aid) is str and _ID.fullmatch(aid) and type(exercise) is str and _ID.fullmatch(exercise)
            and (lesson is None or type(lesson) is str and _ID.fullmatch(lesson))
            and type(kind) is str and len(kind) <= 40 and "\x00" not in kind
            and (type(score) is float or type(score) is int) and 0 <= score <= 1 and type(passed) is bool
            and (hints is None or type(hints) is int and 0 <= hints <= 10_000)
            and (not failed or type(failed) is list and all(type(n) is str and len(n) <= MAX_ID for n in failed))
            and (model is None or type(model) is str and len(model) <= 200 and "\x00" not in model)
            and (text is None or type(text) is str and len(text) <= MAX_TEXT and "\x00" not in text)
            and type(at) is str and _OUR_TIME.fullmatch(at)):
        return {"attempt_id": aid, "exercise_id": exercise, "lesson_id": lesson or "", "kind": kind,
                "score": float(score), "passed": passed, "hints_used": hints or 0,
                "checks_json": "[" + ",".join(f'{{"name":{_quote(n)},"passed":false}}' for n in failed) + "]"
                if failed else "[]",
                "model": model, "text": text, "created_at": at}
    return _attempt_checked(a, i)


def _attempt_checked(a: dict[str, Any], i: int) -> dict[str, Any]:
    w = f"attempts[{i}]"
    failed = a.get("failed_checks") or []
    if not isinstance(failed, list) or not all(isinstance(n, str) and len(n) <= MAX_ID for n in failed):
        raise ExportError(f"{w}.failed_checks is not a list of names")
    if not isinstance(a.get("passed"), bool):
        raise ExportError(f"{w}.passed is not true or false")
    return {
        "attempt_id": _ident(a.get("id"), f"{w}.id"),
        "exercise_id": _ident(a.get("exercise"), f"{w}.exercise"),
        "lesson_id": _ident(a.get("lesson"), f"{w}.lesson", optional=True) or "",
        "kind": _text(a.get("kind"), f"{w}.kind", 40) or "",
        "score": _number(a.get("score"), f"{w}.score", optional=False, high=1.0),
        "passed": a["passed"],
        "hints_used": int(_number(a.get("hints_used"), f"{w}.hints_used", high=10_000) or 0),
        "checks": [{"name": n, "passed": False} for n in failed],
        "model": _text(a.get("model"), f"{w}.model", 200),
        "text": _text(a.get("text"), f"{w}.text", MAX_TEXT),
        "created_at": _time(a.get("at"), f"{w}.at") or now_utc(),
    }


def validate(data: dict[str, Any]) -> dict[str, Any]:
    """Check every field a merge uses; raise ExportError naming the first bad one."""
    learner = data.get("learner")
    if not isinstance(learner, dict):
        raise ExportError("the export has no learner")
    raw_course = data.get("course")
    course: dict[str, Any] = raw_course if isinstance(raw_course, dict) else {}
    out: dict[str, Any] = {
        "learner": {
            "id": _ident(learner.get("id"), "learner.id"),
            "name": (_text(learner.get("name"), "learner.name", 200) or "").strip() or "?",
            "team": _text(learner.get("team"), "learner.team", 200) or "",
        },
        "course_id": str(course.get("id") or "")[:MAX_ID],
        "exported_at": _time(data.get("exported_at"), "exported_at") or now_utc(),
        "attempts": [attempt_row(a, i) for i, a in enumerate(_items(data, "attempts"))],
        "lessons": [], "hints": [], "levels": [], "successes": [], "policy": None,
        "gap_check": data.get("gap_check"),
    }
    for i, ls in enumerate(_items(data, "lessons")):
        w = f"lessons[{i}]"
        status = ls.get("status")
        if status not in LESSON_STATES:
            raise ExportError(f"{w}.status is not one of {', '.join(LESSON_STATES)}")
        out["lessons"].append({
            "id": _ident(ls.get("id"), f"{w}.id"), "level": _ident(ls.get("level"), f"{w}.level", optional=True),
            "status": status, "minutes": _number(ls.get("minutes"), f"{w}.minutes", high=1e7) or 0.0,
            "completed_at": _time(ls.get("completed_at"), f"{w}.completed_at"),
        })
    for i, h in enumerate(_items(data, "hints")):
        out["hints"].append((_ident(h.get("exercise"), f"hints[{i}].exercise"),
                             int(_number(h.get("n"), f"hints[{i}].n", optional=False, high=10_000) or 0)))
    for i, lv in enumerate(_items(data, "levels")):
        if lv.get("state") in ("open", "done"):
            out["levels"].append(_ident(lv.get("id"), f"levels[{i}].id"))
    for i, s in enumerate(_items(data, "successes")):
        w = f"successes[{i}]"
        title = (_text(s.get("title"), f"{w}.title", 500) or "").strip()
        if not title:
            raise ExportError(f"{w}.title is empty")
        date = (_text(s.get("date"), f"{w}.date", 40) or "").strip() or out["exported_at"][:10]
        out["successes"].append((title, _number(s.get("minutes_saved"), f"{w}.minutes_saved", high=1e6), date))
    policy = data.get("policy")
    if isinstance(policy, dict) and policy.get("version") not in (None, ""):
        out["policy"] = (_text(str(policy.get("version")), "policy.version", 100),
                         _time(policy.get("acknowledged_at"), "policy.acknowledged_at") or out["exported_at"])
    return out


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
        if ls["status"] != "not-started":
            store.mark_started(lid, ls["id"], ls["level"], at=when)
        if ls["status"] in ("read", "done"):
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
