"""`genai-course xapi export` and `xapi send`: the learner's statements as a file or into an LRS."""

from __future__ import annotations

import json
import os
from typing import Any

import click

from course.i18n import store_message, t
from course.options import Options
from progress.safetext import terminal

DEFAULT_AUTH_ENV = "GENAI_COURSE_LRS_AUTH"


def _err(text: str) -> None:
    """One line on stderr, cleaned by the project's one terminal cleaner."""
    click.echo(terminal(" ".join(str(text).split())), err=True)


def load_statements(opts: Options, everyone: bool = False) -> tuple[list[dict[str, Any]] | None, str]:
    """The current learner's statements, or every learner's (a served course's database); None after a
    one-line error. Also the language for messages."""
    from course.commands.progress import _catalog
    from course.xapi.statements import build_statements
    from progress.records import StoreError
    from progress.store import Store

    lang = opts.language()
    if not opts.db_path.exists():
        _err(t(lang, "cli.xapi.nothing"))
        return None, lang
    try:
        with Store.open(opts.db_path) as store:
            current = store.current_learner()
            learners = store.learners() if everyone else [current] if current is not None else []
            if not learners:
                _err(t(lang, "cli.xapi.nothing"))
                return None, lang
            lang = opts.language(current.lang if current is not None else None)
            catalog = _catalog(opts, lang)
            if catalog is None:
                return None, lang
            statements: list[dict[str, Any]] = []
            for learner in learners:
                statements += build_statements(catalog, store, learner, lang)
            return statements, lang
    except StoreError as exc:
        _err(store_message(lang, exc))
        return None, lang


def run_xapi_export(opts: Options, output: str | None, everyone: bool = False) -> int:
    """Write the statements as one JSON list (stdout or a file written atomically)."""
    statements, lang = load_statements(opts, everyone)
    if statements is None:
        return 1
    text = json.dumps(statements, ensure_ascii=False, indent=2) + "\n"
    if not output or output == "-":
        click.echo(text, nl=False)
        return 0
    from course.commands.progress import _write

    try:
        _write(output, text)
    except OSError as exc:
        _err(t(lang, "cli.xapi.cannot_write", file=output, reason=exc.strerror or exc))
        return 1
    click.echo(t(lang, "cli.xapi.written", n=len(statements), file=output), err=True)
    return 0


def run_xapi_send(opts: Options, url: str, auth_env: str | None, everyone: bool = False) -> int:
    """Send the statements; exit 0 when every one is stored or known, else 1 with one line per problem."""
    from course.xapi.lrs import Lrs, LrsError, auth_header, send

    lang = opts.language()
    var = auth_env or DEFAULT_AUTH_ENV
    value = os.environ.get(var, "")
    if auth_env and not value:
        _err(t(lang, "cli.xapi.no_auth", var=var))
        return 1
    try:
        lrs = Lrs(url, auth_header(value))
    except LrsError as exc:
        _err(str(exc))
        return 1
    statements, lang = load_statements(opts, everyone)
    if statements is None:
        return 1
    try:
        report = send(lrs, statements)
    finally:
        lrs.close()
    for sid, why in report.refused:
        _err(t(lang, "cli.xapi.refused", id=sid, why=why))
    if report.error:
        _err(t(lang, "cli.xapi.stopped", done=report.done, total=report.total, error=report.error.rstrip(".")))
    click.echo(
        t(
            lang,
            "cli.xapi.sent",
            url=url,
            stored=report.stored,
            known=report.known,
            refused=len(report.refused),
            total=report.total,
        )
    )
    return 1 if report.error or report.refused else 0
