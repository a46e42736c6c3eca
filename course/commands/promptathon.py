"""`genai-course promptathon` (the timed team session in the app) and `promptathon board` (the merged results)."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import click

from course.options import Options
from course.promptathon.run import clean_team

if TYPE_CHECKING:  # pragma: no cover - for annotations only
    from course.promptathon.clock import Clock
    from course.promptathonapp import PromptathonApp


def build_app(
    opts: Options,
    team_name: str | None,
    minutes: int | None,
    pack_dir: str | None,
    output: str | None,
    clock: Clock | None = None,
) -> tuple[PromptathonApp | None, int]:
    """The app as the command line asks for it, or (None, exit code) after a one-line error."""
    from course.i18n import t
    from course.promptathon.pack import bundled_pack_dir, load_pack

    lang = opts.language()
    team = clean_team(team_name)
    if team_name is not None and team is None:
        click.echo(t(lang, "promptathon.bad_team"), err=True)
        return None, 2
    root = Path(pack_dir) if pack_dir else bundled_pack_dir()
    loaded = load_pack(root)
    if loaded.pack is None:
        first = next((p for p in loaded.problems if p.severity == "error"), None)
        click.echo(
            t(lang, "promptathon.pack_unusable", problem=_clean(first.format(lang) if first else str(root))), err=True
        )
        return None, 1
    from course.promptathonapp import PromptathonApp

    broken = len(loaded.left_out)
    app = PromptathonApp(
        loaded.pack,
        lang,
        team=team,
        minutes=minutes,
        output=Path(output) if output else None,
        clock=clock,
        broken=broken,
        opts=opts,
    )
    return app, 0


def run_promptathon(
    opts: Options, team_name: str | None, minutes: int | None, pack_dir: str | None, output: str | None
) -> int:
    """Start the Promptathon app; print where the results went. Exit 1 when it cannot start."""
    from course.i18n import t

    lang = opts.language()
    from course.commands.app import has_terminal

    if not has_terminal():
        click.echo(t(lang, "promptathon.no_terminal"), err=True)
        return 1
    app, code = build_app(opts, team_name, minutes, pack_dir, output)
    if app is None:
        return code
    app.run()
    return report_end(app, lang)


def report_end(app: PromptathonApp, lang: str) -> int:
    """One line after the app closed: the team's points and the results file, or why nothing was saved."""
    from course.i18n import t

    run = app.run_state
    if run is None or run.countdown is None:
        click.echo(t(lang, "promptathon.not_started"))
        return 0
    run.finish("quit")
    error = run.save_error
    if error:
        click.echo(t(lang, "promptathon.results_failed", error=_clean(error)), err=True)
        return 1
    if run.moved_from:
        click.echo(t(lang, "promptathon.results_moved", error=_clean(run.moved_from)), err=True)
    click.echo(t(lang, "promptathon.results_written", team=_clean(run.team), points=run.total(), path=run.output))
    return 0


def run_board(opts: Options, paths: Sequence[str], html_file: str | None, as_json: bool) -> int:
    """Read the results files and show the board; exit 0 when at least one team was read, else 1."""
    from course.i18n import t
    from course.promptathon.board import build_board, load_results

    lang = opts.language()
    teams, rejected = load_results(paths, lang)
    for item in rejected:
        _err(f"{t(lang, 'promptathon.board.not_read')}: {_clean(item.path)}: {_clean(item.reason)}")
    if not teams:
        _err(t(lang, "promptathon.board.none_read", n=len(rejected)))
        return 1
    board = build_board(teams, rejected, lang)
    status, notes = 0, list[str]()
    if html_file:
        from course.promptathon.htmlboard import render_html

        status = _write(Path(html_file), render_html(board, lang), lang, notes)
    if as_json:
        import json

        from course.promptathon.board import to_json
        from progress.safetext import json_for_terminal

        sys.stdout.write(json_for_terminal(json.dumps(to_json(board), ensure_ascii=False, indent=2)) + "\n")
        for note in notes:
            _err(note)
    else:
        from rich.console import Console

        from course.promptathon.render import render_terminal

        console = Console(highlight=False)
        render_terminal(board, lang, console)
        for note in notes:
            console.print(note, markup=False, highlight=False, soft_wrap=True)  # a path stays one copyable line
    return status


def _write(path: Path, text: str, lang: str, notes: list[str]) -> int:
    """Write via a temporary file in the same folder, then rename; a failure is one line on stderr."""
    from course.i18n import t

    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=".board-", suffix=".tmp", dir=path.parent if str(path.parent) else ".")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        if tmp and os.path.exists(tmp):
            os.unlink(tmp)
        _err(t(lang, "promptathon.board.cannot_write", path=_clean(str(path)), why=exc.strerror or exc))
        return 1
    notes.append(t(lang, "promptathon.board.written_html", path=_clean(str(path))))
    return 0


def _clean(text: str) -> str:
    """A path or name for a one-line message: the project's one terminal cleaner."""
    from progress.safetext import terminal

    return terminal(text)


def _err(line: str) -> None:
    print(line, file=sys.stderr)
