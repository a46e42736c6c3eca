"""One browser tab's app process, started by the server: the course or the Promptathon in served mode."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from course.options import Options


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m course.serve.tab")
    parser.add_argument("kind", choices=["course", "promptathon"])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--lang", choices=["de", "en"])
    parser.add_argument("--course", dest="course_dirs", action="append", default=[])
    parser.add_argument("--pack")
    parser.add_argument("--minutes", type=int)
    return parser


def run_course(opts: Options) -> int:
    """The course with served-mode profiles: every tab starts at the profile screen and needs a PIN."""
    from course.i18n import store_message
    from progress.records import StoreError
    from progress.store import Store

    try:
        store = Store.open(opts.db_path, check=True)
    except StoreError as exc:
        print(f"genai-course serve: {store_message(opts.language(), exc)}", file=sys.stderr)
        return 1
    try:
        from course.app import CourseApp

        app = CourseApp(opts.catalog(), store, opts)
        app.served = True
        app.run()
    finally:
        store.close()
    return 0


def run_promptathon(opts: Options, pack_dir: str | None, minutes: int | None) -> int:
    """The Promptathon; the tab asks for its team and writes its results where the board reads them."""
    from course.commands.promptathon import build_app

    app, code = build_app(opts, None, minutes, pack_dir, None)
    if app is None:
        return code
    app.served = True
    app.run()
    run = app.run_state
    if run is not None and run.countdown is not None:
        run.finish("quit")  # a closed tab ends the team's run; its results stay on the board
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    opts = Options(db=args.db, lang=args.lang, course_dirs=tuple(args.course_dirs))
    if args.kind == "promptathon":
        return run_promptathon(opts, args.pack, args.minutes)
    return run_course(opts)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
