"""Reading a set of export files and folders: which files, same file twice, duplicate exports."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from datetime import datetime

from course.i18n import t
from course.team.parse import parse_export, parse_time
from course.team.pool import read_many
from course.team.records import Export, Rejected, gc_paused

__all__ = ["gc_paused", "load_exports", "parse_export", "parse_time"]


def load_exports(
    paths: Iterable[str | os.PathLike[str]],
    lang: str = "en",
    workers: int | None = 1,
) -> tuple[list[Export], list[Rejected]]:
    """Read files and folders of `*.json` exports; every unusable path gets a one-line reason.

    The result does not depend on `workers`, the number of processes to read with: 1 (the
    default) reads in this process; None picks one per CPU (at most 8) from 1,500 files on,
    as the CLI does. Worker processes are started with "spawn", which re-imports the main
    module: only use them from a program whose main module is guarded by `__name__`.
    """
    with gc_paused():
        return _load(paths, lang, workers)


def _load(
    paths: Iterable[str | os.PathLike[str]], lang: str, workers: int | None
) -> tuple[list[Export], list[Rejected]]:
    exports: list[Export] = []
    rejected: list[Rejected] = []
    seen_files: set[tuple[int, int]] = set()
    seen_keys: dict[tuple[str, datetime], str] = {}
    slots: list[tuple[str, str | None]] = []  # (path, reason it is refused before reading, or None)
    for shown, key_or_problem in _expand(paths, lang):
        if isinstance(key_or_problem, str):
            slots.append((shown, key_or_problem))
        elif key_or_problem in seen_files:  # the same file (device, inode), by another path or twice
            slots.append((shown, t(lang, "teamreport.same_file")))
        else:
            seen_files.add(key_or_problem)
            slots.append((shown, None))
    results = read_many([shown for shown, problem in slots if problem is None], lang, workers)
    for shown, problem in slots:
        if problem is not None:
            rejected.append(Rejected(shown, problem))
            continue
        _, export = next(results)
        if isinstance(export, str):
            rejected.append(Rejected(shown, export))
            continue
        key = (export.learner_id, export.exported_at)
        if key in seen_keys:
            rejected.append(Rejected(shown, t(lang, "teamreport.duplicate", other=seen_keys[key])))
            continue
        seen_keys[key] = shown
        exports.append(export)
    return exports, rejected


def _expand(paths: Iterable[str | os.PathLike[str]], lang: str) -> Iterator[tuple[str, tuple[int, int] | str]]:
    """(path, file identity) for every file named or found in a named folder; (path, reason) if unusable."""
    from course.jsonfiles import expand

    def reason(key: str, why: str) -> str:
        return t(lang, "teamreport." + key, why=why)  # keys from course.jsonfiles.expand

    return expand(paths, reason)
