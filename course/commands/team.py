"""`genai-course team report`: compare progress exports in the terminal, as JSON, CSV or HTML."""

from __future__ import annotations

import os
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from course.options import Options

if TYPE_CHECKING:  # pragma: no cover - for annotations only
    from course.gapcheck import GapCheckSpec


def run_report(
    opts: Options,
    paths: Sequence[str],
    html_file: str | None,
    csv_file: str | None,
    as_json: bool,
    anonymous: bool = False,
    inactive_days: int = 14,
) -> int:
    """Read the exports, print the report; exit 0 if all were read, 2 if some were refused (the report
    is still written), 1 if none could be read or a file could not be written."""
    from course.i18n import t, tn
    from course.team import load_exports, summarize
    from course.team.formatting import clean

    lang = opts.language()
    exports, rejected = load_exports(paths, lang, workers=None)  # worker processes for large folders
    titles = _titles(opts, lang, Counter(e.course_id for e in exports).most_common(1)[0][0]) if exports else {}
    summary = summarize(
        exports, rejected=rejected, titles=titles, gap_spec=_gap_spec(opts), inactive_days=inactive_days
    )
    if anonymous:
        from course.team.anonymize import anonymize

        summary = anonymize(summary, [e.path for e in exports], lang)
    for item in summary.rejected:
        _err(f"{t(lang, 'teamreport.not_read')}: {clean(item.path)}: {clean(item.reason)}")
    if not exports:
        _err(t(lang, "teamreport.none_read", n=len(rejected)))
        return 1
    status = 0
    notes: list[str] = []
    if html_file:
        from course.team.htmlreport import render_html

        status |= _write(
            html_file,
            lambda tmp: Path(tmp).write_text(render_html(summary, lang), encoding="utf-8"),
            lang,
            notes,
            "teamreport.written_html",
        )
    if csv_file:
        from course.team.jsoncsv import groups_path, write_csv, write_groups_csv

        status |= _write(csv_file, lambda tmp: write_csv(summary, tmp), lang, notes, "teamreport.written_csv")
        groups = str(groups_path(csv_file))
        status |= _write(
            groups, lambda tmp: write_groups_csv(summary, tmp, lang), lang, notes, "teamreport.written_groups_csv"
        )
    if as_json:
        from course.team.jsoncsv import dumps

        sys.stdout.write(dumps(summary) + "\n")
        for note in notes:
            _err(note)
    else:
        from rich.console import Console

        from course.team.terminal import render_terminal

        console = Console(highlight=False)
        render_terminal(summary, lang, console, show_rejected=False)
        for note in notes:
            console.print(note, markup=False, highlight=False, soft_wrap=True)  # a path stays one copyable line
    if status:
        return 1
    if rejected:
        _err(tn(lang, "teamreport.refused_exit", len(rejected)))
        return 2
    return 0


def _gap_spec(opts: Options) -> GapCheckSpec | None:
    """The Gap-Check of the active course packs (the bundled one unless a pack replaces it)."""
    from course import paths
    from course.gapcheck import load_spec

    try:
        return load_spec([paths.bundled_pack(), *paths.extra_packs(opts.course_dirs)])
    except Exception:  # titles are decoration; the report works with ids
        return None


def _write(target: str, write: Callable[[str], object], lang: str, notes: list[str], done_key: str) -> int:
    """Write via a temporary file in the same folder, then rename; a failure is one line on stderr."""
    from course.i18n import t
    from course.team.formatting import clean

    path = Path(target)
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=".team-", suffix=".tmp", dir=path.parent if str(path.parent) else ".")
        os.close(fd)
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)  # mkstemp makes 0600; a report is meant to be shared like any file
        write(tmp)
        os.replace(tmp, path)
    except OSError as exc:
        if tmp and os.path.exists(tmp):
            os.unlink(tmp)
        _err(t(lang, "teamreport.cannot_write", path=clean(target), why=exc.strerror or exc))
        return 1
    notes.append(t(lang, done_key, path=clean(target)))
    return 0


def _titles(opts: Options, lang: str, course_id: str) -> dict[str, str]:
    """Level and lesson titles from the local catalog when it is the same course; else none (ids shown)."""
    try:
        catalog = opts.catalog()
        if catalog.course.id != course_id:
            return {}
        titles = {lv.id: lv.title.get(lang) for lv in catalog.levels}
        for lesson_id in catalog.lesson_ids:
            titles[lesson_id] = catalog.lesson(lesson_id, lang).title
        return {k: v for k, v in titles.items() if v}
    except Exception:  # titles are decoration; the report works with ids
        return {}


def _err(line: str) -> None:
    print(line, file=sys.stderr)
