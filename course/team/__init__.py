"""Team report over progress exports: loading, pure summary functions and renderers."""

from __future__ import annotations

from typing import Any

from course.team.load import load_exports, parse_export
from course.team.records import Attempt, Export, LessonState, LevelState, Rejected, Success
from course.team.summary import TeamSummary, summarize

__all__ = [
    "Attempt",
    "Export",
    "LessonState",
    "LevelState",
    "Rejected",
    "Success",
    "TeamSummary",
    "csv_rows",
    "load_exports",
    "parse_export",
    "render_html",
    "render_terminal",
    "summarize",
    "to_json",
    "write_csv",
]

_LAZY = {
    "render_terminal": "course.team.terminal",
    "render_html": "course.team.htmlreport",
    "to_json": "course.team.jsoncsv",
    "write_csv": "course.team.jsoncsv",
    "csv_rows": "course.team.jsoncsv",
}


def __getattr__(name: str) -> Any:
    """Renderers are imported on first use (rich only when the terminal view is asked for)."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(name)
