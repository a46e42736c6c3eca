"""`genai-course preview LESSON_ID|FILE`: one lesson in the app, any level, a throwaway store, reload on save."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import click

from course import paths
from course.options import Options


class Target:
    """What to preview: a lesson id and the packs to load it from."""

    def __init__(self, lesson_id: str, roots: list[Path], shown: str) -> None:
        self.lesson_id = lesson_id
        self.roots = roots
        self.shown = shown


def resolve_target(opts: Options, target: str) -> tuple[Target | None, str]:
    """The lesson id and packs for `target` (a lesson id or a lesson file); else an error line."""
    from course.catalog import build_catalog
    from course.i18n import t
    from course.lessonfile import parse_lesson_file
    from course.packfiles import shown_path

    lang = opts.language()
    bundled = paths.bundled_pack().resolve()
    roots = [bundled, *(p.resolve() for p in paths.extra_packs(opts.course_dirs))]
    path = Path(target)
    if path.suffix == ".md" or path.is_file():
        if not path.is_file():
            return None, t(lang, "cli.preview.no_file", target=target)
        parsed = parse_lesson_file(path, path.parent.name, shown_path(path))
        if parsed.lesson is None:
            first = parsed.problems[0].format(lang) if parsed.problems else target
            return None, first
        pack = path.resolve().parent.parent
        if pack not in roots:
            roots.append(pack)
        return Target(parsed.lesson.id, roots, shown_path(path)), ""
    catalog = build_catalog(roots)
    if target not in catalog.lesson_ids:
        return None, t(lang, "cli.preview.no_lesson", id=repr(target))
    outline = catalog.outline(target, lang)
    return Target(target, roots, shown_path(outline.path) if outline.path else target), ""


def run_preview(opts: Options, target: str) -> int:
    """Open the lesson in the app with a store in a temporary folder; nothing of it is kept."""
    lang = opts.language()
    found, error = resolve_target(opts, target)
    if found is None:
        click.echo(error, err=True)
        return 1
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        from course.i18n import t

        click.echo(t(lang, "no_terminal"), err=True)
        return 1
    from progress.store import Store

    with tempfile.TemporaryDirectory(prefix="genai-preview-") as tmp:
        store = Store.open(Path(tmp) / "preview.db")
        try:
            from course.previewapp import PreviewApp

            PreviewApp(found.lesson_id, found.roots, store, opts).run()
        finally:
            store.close()
    return 0
