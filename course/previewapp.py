"""The author's preview: the app showing one lesson, reloaded whenever a pack file changes."""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from textual.containers import VerticalScroll

from course.app import CourseApp
from course.catalog import Catalog, build_catalog
from course.i18n import t, tn
from course.options import Options
from course.packfiles import pack_files, shown_path
from course.screens.themes import SCREENS_DIR
from course.session import Session
from progress.store import Store


def files_stamp(roots: Sequence[Path]) -> tuple[tuple[str, int, int], ...]:
    """Path, mtime and size of every pack file: a change here means reload."""
    stamp: list[tuple[str, int, int]] = []
    for root in roots:
        for path in pack_files(root):
            try:
                st = path.stat()
            except OSError:
                continue
            stamp.append((str(path), st.st_mtime_ns, st.st_size))
    return tuple(stamp)


def lesson_problems(catalog: Catalog, lesson_id: str, lang: str) -> list[str]:
    """Lint's lines for the files of one lesson (both languages), in `lang`."""
    from course.grading.authorcheck import exercise_problems

    files = {str(catalog.outline(lesson_id, code).path) for code in catalog.languages(lesson_id)}
    shown = {shown_path(Path(f)) for f in files}
    found = [p for p in catalog.problems if p.path in shown]
    variants = [catalog.lesson(lesson_id, code) for code in catalog.languages(lesson_id)]
    found += exercise_problems([v for v in variants if v.fallback_from is None])
    unique = sorted(set(found), key=lambda p: (p.path, p.line, p.code))
    return [
        t(
            lang,
            "preview.problem",
            file=Path(p.path).name,
            line=p.line,
            severity=p.severity,
            code=p.code,
            message=p.msg.text(lang),
        )
        for p in unique
    ]


class PreviewApp(CourseApp):
    """CourseApp with a throwaway learner that opens one lesson, in any level, and follows edits."""

    CSS_PATH = str(SCREENS_DIR / "levelmap.tcss")  # the level map's styles, from course/screens
    opens_locked = True
    """Ctrl+P opens lessons of locked levels too: an author previews everything."""

    def __init__(
        self,
        lesson_id: str,
        roots: Sequence[Path],
        store: Store,
        opts: Options | None = None,
        poll_seconds: float = 0.5,
    ) -> None:
        self.roots = list(roots)
        super().__init__(build_catalog(self.roots), store, opts)
        self.lesson_id = lesson_id
        self.poll_seconds = poll_seconds
        self._stamp = files_stamp(self.roots)
        if store.current_learner() is None:
            learner = store.create_learner("Preview", "", self.opts.language())
            store.set_current_learner(learner.id)

    @property
    def shown_file(self) -> str:
        """The lesson's file in the learner's language, as lint names it."""
        path = self.catalog.outline(self.lesson_id, self.lang).path
        return shown_path(path) if path else self.lesson_id

    def on_mount(self) -> None:
        super().on_mount()
        self.title = t(self.lang, "preview.title", file=self.shown_file)
        self.open_lesson(self.lesson_id)
        self._report()
        self.set_interval(self.poll_seconds, self.check_files)

    def check_files(self) -> bool:
        """Reload when any pack file changed on disk; True when it reloaded."""
        stamp = files_stamp(self.roots)
        if stamp == self._stamp:
            return False
        self._stamp = stamp
        self.reload()
        return True

    def reload(self) -> None:
        """Read the packs again and show the lesson afresh, at the same scroll position."""
        from course.screens.lesson import LessonScreen

        catalog = build_catalog(self.roots)
        if self.lesson_id not in catalog.lesson_ids:
            self.notify(t(self.lang, "preview.gone", id=self.lesson_id), severity="error", timeout=8)
            return
        scroll = 0.0
        for screen in self.screen_stack:
            if isinstance(screen, LessonScreen):
                scroll = screen.query_one("#lesson-body", VerticalScroll).scroll_y
        self.catalog = catalog
        assert self.session is not None
        self.session = Session(catalog, self.store, self.session.learner, self.session.lang)
        while len(self.screen_stack) > 1 and not isinstance(self.screen, LessonScreen):
            self.pop_screen()
        fresh = LessonScreen(self.lesson_id)
        if isinstance(self.screen, LessonScreen):
            self.switch_screen(fresh)
        else:
            self.push_screen(fresh)
        fresh.call_after_refresh(
            lambda: fresh.query_one("#lesson-body", VerticalScroll).scroll_to(y=scroll, animate=False)
        )
        self.title = t(self.lang, "preview.title", file=self.shown_file)
        self.notify(t(self.lang, "preview.reloaded", file=self.shown_file), timeout=3)
        self._report()

    def _report(self) -> None:
        """What lint says about this lesson's files, as a notification."""
        lines = lesson_problems(self.catalog, self.lesson_id, self.lang)
        if lines:
            shown = "\n".join(lines[:4]) + ("\n…" if len(lines) > 4 else "")
            self.notify(
                tn(self.lang, "preview.problems", len(lines), file=self.shown_file, lines=shown),
                severity="warning",
                timeout=12,
                markup=False,
            )
