"""The team summary as JSON-ready data and as a CSV file with one row per member."""

from __future__ import annotations

import csv
import json
import os
import re
from collections.abc import Iterator
from dataclasses import asdict
from datetime import date, datetime
from pathlib import Path
from typing import Any

from course.team.summary import TeamSummary
from progress.safetext import csv_cell

REPORT_FORMAT = "genai-course-team-report"
REPORT_VERSION = 2
"""2 (issue 17): gap_check, next_steps, teams, duplicates, records; minutes are per week."""
CSV_COLUMNS = (
    "learner_id",
    "name",
    "team",
    "level",
    "progress",
    "lessons_done",
    "lessons_total",
    "mean_score",
    "hints_used",
    "minutes_saved_per_week",
    "use_cases",
    "policy_version",
    "policy_acknowledged_at",
    "policy_current",
    "last_export",
    "exports",
    "course",
    "last_activity",
    "levels_done",
    "content_hash",
    "lessons_completed",
)
GROUP_COLUMNS = (
    "group",
    "members",
    "gap_check_answers",
    "users",
    "not_yet_users",
    "users_first_answer",
    *(
        f"{f}_{w}"
        for f in ("knowledge", "motivation", "trust", "framework", "structure", "strategy")
        for w in ("first", "latest")
    ),
    "mean_progress",
    "policy_acknowledged",
    "not_started_or_inactive",
    "minutes_saved_per_week",
    "note",
)
_UNSAFE = re.compile("[\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def to_json(summary: TeamSummary) -> dict[str, Any]:
    """The whole summary as plain JSON types (dates as ISO strings, shares 0..1)."""
    data = _plain(asdict(summary))
    data["rejected"] = [{"path": r.path, "reason": r.reason} for r in summary.rejected]
    data["courses"] = [{"course": c, "members": n} for c, n in summary.courses]
    data["policy"]["versions"] = [{"version": v, "members": n} for v, n in summary.policy.versions]
    return {"format": REPORT_FORMAT, "version": REPORT_VERSION, **data}


def dumps(summary: TeamSummary) -> str:
    """`to_json` as text; characters that could steer a terminal are \\u-escaped."""
    text = json.dumps(to_json(summary), ensure_ascii=False, indent=2)
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def csv_rows(summary: TeamSummary) -> Iterator[list[str]]:
    """The header, then one row per member (text cells made safe for spreadsheets).

    Never a Gap-Check answer: those exist only as group figures (`group_rows`).
    """
    yield list(CSV_COLUMNS)
    records = {r.learner_id: r for r in summary.records}
    for m in summary.members:
        record = records.get(m.learner_id)
        levels = "; ".join(f"{i} {d}" for i, d in record.levels_done) if record else ""
        yield [
            csv_cell(m.learner_id),
            csv_cell(m.name),
            csv_cell(m.team),
            csv_cell(m.level or ""),
            f"{m.progress:.4f}",
            str(m.lessons_done),
            str(m.lessons_total),
            "" if m.mean_score is None else f"{m.mean_score:.4f}",
            str(m.hints_used),
            str(m.minutes_saved),
            csv_cell("; ".join(m.successes)),
            csv_cell(m.policy_version),
            csv_cell(m.policy_acknowledged_at or ""),
            "yes" if m.policy_current else "no",
            m.exported_at.isoformat(),
            str(m.exports),
            csv_cell(m.course),
            m.last_activity.isoformat() if m.last_activity else "",
            csv_cell(levels),
            csv_cell(record.content_hash) if record else "",
            csv_cell("; ".join(f"{i} {d}".strip() for i, d in record.lessons_completed)) if record else "",
        ]


def write_csv(summary: TeamSummary, path: str | os.PathLike[str]) -> None:
    """Write `csv_rows` as UTF-8 with a byte-order mark, so spreadsheet programs read the umlauts."""
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(csv_rows(summary))


def groups_path(csv_file: str | os.PathLike[str]) -> Path:
    """Where the group CSV goes: `team.csv` -> `team.groups.csv`."""
    path = Path(csv_file)
    return path.with_name(f"{path.stem}.groups{path.suffix or '.csv'}")


def group_rows(summary: TeamSummary, lang: str = "en") -> Iterator[list[str]]:
    """The header, then everyone and each team: the GenAI gap (groups of 5+ only) and the lead's figures."""
    from course.i18n import t

    yield list(GROUP_COLUMNS)
    g = summary.gap_check
    groups = [(None, g.overall if g else None)] + [
        (t.team, grp)
        for t in summary.teams
        for grp in [next((x for x in (g.teams if g else ()) if x.team == t.team), None)]
    ]
    rows_by_team = {t.team: t for t in summary.teams}
    steps = summary.next_steps
    idle = {p.learner_id for p in (steps.not_started + steps.inactive if steps else ())}
    for team, grp in groups:
        members = [m for m in summary.members if team is None or m.team == team]
        factors = {f.factor: f for f in (grp.factors if grp and grp.enough else ())}
        cells = [csv_cell(team) if team is not None else "*", str(len(members)), str(grp.answered if grp else 0)]
        if grp is not None and grp.enough:
            cells += [str(grp.users), str(grp.not_yet), str(grp.users_first)]
        else:
            cells += ["", "", ""]
        for f in ("knowledge", "motivation", "trust", "framework", "structure", "strategy"):
            row = factors.get(f)
            cells += [
                "" if row is None or row.first is None else f"{row.first:.4f}",
                "" if row is None or row.latest is None else f"{row.latest:.4f}",
            ]
        mean = sum(m.progress for m in members) / len(members) if members else 0.0
        team_row = rows_by_team.get(team) if team is not None else None
        cells += [
            f"{mean:.4f}",
            str(sum(1 for m in members if m.policy_current)),
            str(sum(1 for m in members if m.learner_id in idle)),
            str(team_row.minutes_per_week if team_row else summary.minutes_total),
            "" if grp is not None and grp.enough else t(lang, "teamreport.too_few"),
        ]
        yield cells


def write_groups_csv(summary: TeamSummary, path: str | os.PathLike[str], lang: str = "en") -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(group_rows(summary, lang))


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, float):
        return round(value, 6)
    return value
