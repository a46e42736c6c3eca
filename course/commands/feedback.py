"""`genai-course feedback report [PATH ...]`: the checks learners disputed, per exercise, for the course's authors.

With paths, it reads progress exports (files or folders of them) and their optional
`disputes` field; without, it reads the disputes in the local store (every profile on
this machine). Prompt texts appear only where the learner agreed to share them (and,
in exports, only when the export was written with --include-prompts).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import click

from course.i18n import has, store_message, t, tn
from course.options import Options


@dataclass
class Row:
    """One exercise and check: how often it was disputed, on which verdict, and shared prompts."""

    exercise: str
    check: str
    passed: int = 0
    failed: int = 0
    learners: set[str] = field(default_factory=set)
    prompts: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.passed + self.failed


def _clean(value: Any, limit: int) -> str:
    text = "".join(ch if ch.isprintable() else " " for ch in str(value))
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def tally(items: Iterable[tuple[str, dict[str, Any]]]) -> tuple[list[Row], int]:
    """(learner id, dispute dict) pairs as rows, most disputed first; and how many items were unusable."""
    rows: dict[tuple[str, str], Row] = {}
    bad = 0
    for learner, item in items:
        if (
            not isinstance(item, dict)
            or not isinstance(item.get("exercise"), str)
            or not isinstance(item.get("check"), str)
        ):
            bad += 1
            continue
        key = (_clean(item["exercise"], 120), _clean(item["check"], 60))
        row = rows.setdefault(key, Row(*key))
        if item.get("verdict") == "passed":
            row.passed += 1
        else:
            row.failed += 1
        row.learners.add(learner)
        prompt = item.get("prompt")
        if isinstance(prompt, str) and prompt.strip() and len(row.prompts) < 3:
            row.prompts.append(_clean(prompt, 200))
    ordered = sorted(rows.values(), key=lambda r: (-r.total, r.exercise, r.check))
    return ordered, bad


def from_exports(paths: Sequence[str], lang: str) -> tuple[list[tuple[str, dict[str, Any]]], list[str], int]:
    """Dispute items of every readable export, one line per path that could not be used, and how many were read."""
    from course.jsonfiles import expand
    from progress.exchange import ExportError, read
    from progress.safetext import terminal  # a path is printed whole (copyable), only controls removed

    items: list[tuple[str, dict[str, Any]]] = []
    problems: list[str] = []
    read_count = 0

    def reason(key: str, why: str) -> str:
        return t(lang, f"cli.feedback.{key}", why=why) if has(f"cli.feedback.{key}") else key

    for shown, identity in expand(paths, reason):
        if isinstance(identity, str):
            problems.append(f"{t(lang, 'cli.feedback.not_read')}: {terminal(shown)}: {identity}")
            continue
        try:
            data = read(shown)
        except ExportError as exc:
            problems.append(f"{t(lang, 'cli.feedback.not_read')}: {terminal(shown)}: {exc}")
            continue
        read_count += 1
        raw_learner = data.get("learner")
        learner = raw_learner if isinstance(raw_learner, dict) else {}
        learner_id = _clean(learner.get("id", shown), 200)
        disputes = data.get("disputes")
        for item in disputes[:10_000] if isinstance(disputes, list) else ():
            items.append((learner_id, item))
    return items, problems, read_count


def from_store(opts: Options) -> list[tuple[str, dict[str, Any]]] | None:
    """Dispute items in the local store (every profile); None when there is no database yet."""
    from progress.store import Store

    if not opts.db_path.exists():
        return None
    with Store.open(opts.db_path) as store:
        return [(d.learner_id, d.to_json()) for d in store.disputes()]


def render(rows: list[Row], lang: str) -> str:
    """The plain-text report: per exercise, its disputed checks with counts and shared prompts."""
    if not rows:
        return t(lang, "cli.feedback.none") + "\n"
    learners = set().union(*(r.learners for r in rows))
    out = [t(lang, "cli.feedback.title", n=sum(r.total for r in rows), learners=len(learners))]
    by_exercise: dict[str, list[Row]] = {}
    for row in rows:
        by_exercise.setdefault(row.exercise, []).append(row)
    for exercise, group in by_exercise.items():
        out.append("")
        out.append(t(lang, "cli.feedback.exercise", exercise=exercise))
        for row in group:
            out.append(
                t(lang, "cli.feedback.row", check=row.check, total=row.total, passed=row.passed, failed=row.failed)
            )
            out.extend(t(lang, "cli.feedback.prompt", text=p) for p in row.prompts)
    return "\n".join(out) + "\n"


def as_json(rows: list[Row]) -> str:
    """The report as JSON: [{exercise, check, disputes, on_passed, on_failed, learners, prompts}]."""
    return (
        json.dumps(
            [
                {
                    "exercise": r.exercise,
                    "check": r.check,
                    "disputes": r.total,
                    "on_passed": r.passed,
                    "on_failed": r.failed,
                    "learners": len(r.learners),
                    "prompts": r.prompts,
                }
                for r in rows
            ],
            ensure_ascii=False,
            indent=2,
        )
        + "\n"
    )


def run_feedback_report(opts: Options, paths: Sequence[str], json_out: bool) -> int:
    """Print the report; 0 when something was read (even with no disputes), 1 when nothing could be read."""
    from progress.records import StoreError

    lang = opts.language()
    if paths:
        items, problems, read_count = from_exports(paths, lang)
        for line in problems:
            click.echo(line, err=True)
        if read_count == 0:
            return 1
    else:
        try:
            found = from_store(opts)
        except StoreError as exc:
            click.echo(store_message(lang, exc), err=True)
            return 1
        if found is None:
            click.echo(t(lang, "cli.feedback.no_store"))
            return 0
        items = found
    rows, bad = tally(items)
    if bad:
        click.echo(tn(lang, "cli.feedback.bad_item", bad), err=True)
    sys.stdout.write(as_json(rows) if json_out else render(rows, lang))
    return 0
