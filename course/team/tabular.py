"""The team summary as JSON-ready data and as a CSV file with one row per member."""

from __future__ import annotations

import csv
import json
import os
import re
from collections.abc import Iterator
from dataclasses import asdict
from datetime import date, datetime
from typing import Any

from course.team.summary import TeamSummary
from course.team.text import csv_cell

REPORT_FORMAT = "genai-course-team-report"
REPORT_VERSION = 1
CSV_COLUMNS = (
    "learner_id", "name", "team", "level", "progress", "lessons_done", "lessons_total",
    "mean_score", "hints_used", "minutes_saved", "use_cases", "policy_version",
    "policy_acknowledged_at", "policy_current", "last_export", "exports", "course",
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
    """The header, then one row per member (text cells made safe for spreadsheets)."""
    yield list(CSV_COLUMNS)
    for m in summary.members:
        yield [
            csv_cell(m.learner_id), csv_cell(m.name), csv_cell(m.team), csv_cell(m.level or ""),
            f"{m.progress:.4f}", str(m.lessons_done), str(m.lessons_total),
            "" if m.mean_score is None else f"{m.mean_score:.4f}", str(m.hints_used),
            str(m.minutes_saved), csv_cell("; ".join(m.successes)), csv_cell(m.policy_version),
            csv_cell(m.policy_acknowledged_at or ""), "yes" if m.policy_current else "no",
            m.exported_at.isoformat(), str(m.exports), csv_cell(m.course),
        ]


def write_csv(summary: TeamSummary, path: str | os.PathLike[str]) -> None:
    """Write `csv_rows` as UTF-8 with a byte-order mark, so spreadsheet programs read the umlauts."""
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(csv_rows(summary))


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
