"""Gap-Check answers in the store, and the learner's consent to share them in exports."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from progress.records import StoreError, normalize_time, now_utc, sqlite_detail

SHARE_SETTING = "gap_check_share"
"""Per-learner setting: "yes" or "no" once asked; missing means not asked yet (treated as no)."""
SKIPPED_SETTING = "gap_check_skipped"
"""Per-learner setting: the number of levels done when the learner last skipped the Gap-Check."""
MAX_ANSWERS = 50


@dataclass(frozen=True, slots=True)
class GapCheck:
    """One answered Gap-Check."""

    at: str
    answers: dict[str, int]
    levels_done: int = 0


T = TypeVar("T")


def _guard(store: Any, fn: Callable[[], T]) -> T:  # store: progress.store.Store
    try:
        return fn()
    except sqlite3.Error as exc:
        raise StoreError("error", detail=sqlite_detail(exc), path=store.path) from None


def clean_answers(answers: Any) -> dict[str, int]:
    """Question id -> answer (1..9); anything else is dropped."""
    if not isinstance(answers, dict):
        return {}
    out: dict[str, int] = {}
    for key, value in list(answers.items())[:MAX_ANSWERS]:
        if isinstance(key, str) and 0 < len(key) <= 64 and type(value) is int and 1 <= value <= 9:
            out[key] = value
    return out


def add_gap_check(store: Any, learner_id: str, answers: Any, levels_done: int = 0, at: str | None = None) -> bool:
    """Store one Gap-Check (the same learner and time twice is kept once); False if nothing to store.

    `answers` may come from a file: anything but a {question: 1-5} dict is cleaned away."""
    answers = clean_answers(answers)
    when = normalize_time(at) if at else now_utc()
    if not answers or not when:
        return False

    def write() -> bool:
        with store.transaction():
            cur = store._conn.execute(
                "INSERT OR IGNORE INTO gap_checks (learner_id, at, answers, levels_done) VALUES (?, ?, ?, ?)",
                (learner_id, when, json.dumps(answers, sort_keys=True), max(0, int(levels_done))),
            )
            return bool(cur.rowcount > 0)

    return _guard(store, write)


def gap_checks(store: Any, learner_id: str) -> list[GapCheck]:
    """The learner's Gap-Checks, oldest first."""
    rows = _guard(
        store,
        lambda: store._conn.execute(
            "SELECT at, answers, levels_done FROM gap_checks WHERE learner_id = ? ORDER BY at", (learner_id,)
        ).fetchall(),
    )
    out = []
    for at, text, levels_done in rows:
        try:
            answers = clean_answers(json.loads(text))
        except (ValueError, TypeError):
            continue
        out.append(GapCheck(at, answers, levels_done or 0))
    return out


def sharing(store: Any, learner_id: str) -> bool | None:
    """True/False once the learner was asked; None if never asked (exports then leave answers out)."""
    value = store.get_setting(SHARE_SETTING, learner_id)
    return None if value is None else value == "yes"


def set_sharing(store: Any, learner_id: str, share: bool) -> None:
    store.set_setting(SHARE_SETTING, "yes" if share else "no", learner_id)


def is_due(store: Any, learner_id: str, levels_done: int) -> bool:
    """Due at the first start and after each level: when no answer or skip covers `levels_done` yet."""
    checks = gap_checks(store, learner_id)
    covered = max((c.levels_done for c in checks), default=-1)
    skipped = store.get_setting(SKIPPED_SETTING, learner_id)
    if skipped is not None and skipped.isdigit():
        covered = max(covered, int(skipped))
    return levels_done > covered


def skip(store: Any, learner_id: str, levels_done: int) -> None:
    """The learner said "not now": ask again after the next level."""
    store.set_setting(SKIPPED_SETTING, str(max(0, levels_done)), learner_id)


def export_items(store: Any, learner_id: str) -> list[dict[str, Any]] | None:
    """The export's `gap_check` list, or None when the learner has not agreed to share."""
    if not sharing(store, learner_id):
        return None
    return [{"at": c.at, "answers": c.answers} for c in gap_checks(store, learner_id)]
