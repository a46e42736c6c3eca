"""Starts the Textual app after checking for a terminal and opening the store."""

from __future__ import annotations

import sys

import click

from course.i18n import store_message, t
from course.options import Options


def has_terminal() -> bool:
    """True when standard input and output are both a terminal (False if either is closed: `<&-`)."""

    def tty(stream: object) -> bool:
        try:
            return bool(stream is not None and not stream.closed and stream.isatty())  # type: ignore[attr-defined]
        except (AttributeError, ValueError, OSError):
            return False

    return tty(sys.stdin) and tty(sys.stdout)


def run_app(opts: Options) -> int:
    """Run the course; one clear line instead of a traceback when it cannot start."""
    lang = opts.language()
    if not has_terminal():
        click.echo(t(lang, "no_terminal"), err=True)
        return 1
    from progress.records import StoreError
    from progress.store import Store

    try:
        store = Store.open(opts.db_path, check=True)
    except StoreError as exc:
        click.echo(t(lang, "store_error", error=store_message(lang, exc)), err=True)
        return 1
    try:
        from course.app import CourseApp

        CourseApp(opts.catalog(), store, opts).run()
    finally:
        store.close()
    return 0
