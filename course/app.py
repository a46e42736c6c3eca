"""The Textual app: holds the catalog, the store and the learner's session."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import App
from textual.binding import Binding

from course.catalog import Catalog
from course.i18n import t
from course.options import Options
from course.screens.keys import APP_BINDINGS
from course.screens.themes import HIGH_CONTRAST, THEMES
from course.session import Session
from progress.store import Store

if TYPE_CHECKING:  # pragma: no cover - for annotations only
    from textual.screen import Screen
SAVE_FIRST_DELAY = 0.25
SAVE_MAX_DELAY = 5.0
"""Retries of writes a busy store refused: 0.25 s, doubling up to 5 s."""


class CourseApp(App[None]):
    """genai-course in the terminal."""

    CSS_PATH = "screens/levelmap.tcss"
    """The first screen's styles; every other screen loads its own .tcss when first shown."""
    ENABLE_COMMAND_PALETTE = True
    served = False
    """True in a browser tab (`genai-course serve`): every tab starts at the profile screen and needs the PIN."""
    BINDINGS = list(APP_BINDINGS)

    def __init__(self, catalog: Catalog, store: Store, opts: Options | None = None) -> None:
        super().__init__()
        self.opts = opts or Options()
        self.catalog = catalog
        self.store = store
        self.session: Session | None = None
        self._saver = None
        self.register_theme(HIGH_CONTRAST)
        from course.screens.palette import LessonCommands

        self.COMMANDS = App.COMMANDS | {LessonCommands}

    @property
    def lang(self) -> str:
        """The learner's language (or the system's before a profile exists)."""
        if self.session is not None:
            return self.session.lang
        return self.opts.language()

    def tr(self, key: str, **values: object) -> str:
        """A UI text in the learner's language."""
        return t(self.lang, key, **values)

    def on_mount(self) -> None:
        from course.screens.sigcont import guard_sigcont

        guard_sigcont(self)  # a resume after an outside SIGSTOP must not hang the app
        self.set_timer(0.3, self._warm_up)
        self._apply_theme()
        if self.session is None:
            from course.screens.profile import ProfileScreen

            self.title = self.catalog.course.title.get(self.lang) or self.tr("app.title")
            self.push_screen(ProfileScreen())

    def get_default_screen(self) -> Screen[None]:
        """The level map for a returning learner, the profile screen on the first start."""
        learner = self.store.current_learner() if self.store is not None and not self.served else None
        if learner is None:
            return super().get_default_screen()
        self._begin(learner)
        from course.screens.levelmap import LevelMapScreen

        return LevelMapScreen()

    def _warm_up(self) -> None:
        """Compile the grader's patterns off the main thread, after the first screen is up."""

        def warm() -> None:
            try:
                from course.grading import warm_up
                from course.scanner import warm_up as warm_scanner

                warm_scanner()
                warm_up()
            except Exception:  # only a head start; the first keystroke would do the same work
                pass

        # A daemon thread, not a Textual worker: quitting must not wait for it.
        import threading

        threading.Thread(target=warm, name="warm-up", daemon=True).start()

    def _begin(self, learner) -> None:  # learner: progress.records.Learner
        """Make `learner` the current one: session, language, title."""
        if self.store.get_setting("last_learner") != learner.id:
            self.store.set_current_learner(learner.id)
        self.session = Session(self.catalog, self.store, learner, self.opts.language(learner.lang))
        self.session.writes.on_queued = self.keep_saving
        if self.session.writes.count:  # left from a session that ended while the store was busy
            self.call_later(self.keep_saving)
        self.title = self.catalog.course.title.get(self.lang) or self.tr("app.title")

    def _apply_theme(self) -> None:
        """The learner's theme (dark, light or high contrast)."""
        if self.session is not None:
            theme = self.store.get_setting("theme", self.session.learner.id) or "dark"
            self.theme = THEMES.get(theme, "textual-dark")

    def start_session(self, learner) -> None:  # learner: progress.records.Learner
        """Begin (or switch to) a learner's session and show the level map afresh."""
        self._begin(learner)
        self._apply_theme()
        from course.screens.levelmap import LevelMapScreen

        maps = [s for s in self.screen_stack if isinstance(s, LevelMapScreen)]
        if not maps:  # coming from the profile screen
            self.switch_screen(LevelMapScreen())
            return
        while self.screen is not maps[0]:
            self.pop_screen()
        maps[0].relocalize()

    def open_lesson(self, lesson_id: str) -> None:
        """Show a lesson (from the map, the palette or next/previous)."""
        from course.screens.lesson import LessonScreen

        self.push_screen(LessonScreen(lesson_id))

    def open_exercise(self, lesson_id: str, exercise_id: str) -> None:
        """Show the view that fits the exercise's kind."""
        assert self.session is not None
        exercise = self.catalog.exercise(exercise_id, self.lang)
        if exercise is None:
            return
        if exercise.kind == "quiz":
            from course.screens.quiz import QuizScreen

            self.push_screen(QuizScreen(exercise))
        elif exercise.kind == "order":
            from course.screens.order import OrderScreen

            self.push_screen(OrderScreen(exercise))
        else:
            from course.screens.workbench import WorkbenchScreen

            self.push_screen(WorkbenchScreen(exercise))

    def keep_saving(self) -> None:
        """Show "saving …" and retry the pending writes with backoff in a worker until the store takes them."""
        if self.session is None or (self._saver is not None and not self._saver.is_finished):
            return
        self.notify(self.tr("save.pending"), timeout=4)
        self._saver = self.run_worker(self._drain(), name="saver", group="saver", exit_on_error=False)

    async def _drain(self) -> None:
        import asyncio

        writes = self.session.writes
        delay = SAVE_FIRST_DELAY
        while not writes.flush():
            await asyncio.sleep(delay)
            delay = min(delay * 2, SAVE_MAX_DELAY)
        self.notify(self.tr("save.done"), timeout=3)

    @property
    def saving(self) -> bool:
        """Writes are waiting for the store."""
        return self.session is not None and self.session.writes.count > 0

    def _fatal_error(self) -> None:
        """One clear line instead of a traceback; the details go to crash.log."""
        import traceback

        from rich.text import Text

        from course import paths
        from progress.records import StoreError

        error = self._exception
        log = paths.home() / "crash.log"
        try:
            log.parent.mkdir(parents=True, exist_ok=True)
            with log.open("a", encoding="utf-8") as fh:
                fh.write("".join(traceback.format_exception(error)) if error else "unknown error\n")
        except OSError:
            pass
        if isinstance(error, StoreError):
            line = self.tr("store_failed", error=error)
        else:
            summary = " ".join(f"{type(error).__name__}: {error}".split())[:200]
            line = self.tr("crash", error=summary, log=log)
        self.bell()
        self._exit_renderables.append(Text(line))
        self._close_messages_no_wait()

    def get_key_display(self, binding: Binding) -> str:
        """Keys as the learner reads them everywhere: `Strg+S` in German, `Ctrl+S` in English."""
        from course.screens.keys import key_label

        return binding.key_display or key_label(binding.key, self.lang)

    async def action_quit(self) -> None:
        """Ask once, in the learner's language; the quit key pressed again in the question confirms."""
        from course.screens.quit import QuitScreen

        if isinstance(self.screen, QuitScreen):
            self.exit()
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self.exit()

        self.push_screen(QuitScreen(), answered)

    async def action_help_quit(self) -> None:
        """Ctrl+C (outside a text field, where it copies) asks to quit like Ctrl+Q."""
        await self.action_quit()

    def action_help(self) -> None:
        from course.screens.help import SECTION_OF, HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(SECTION_OF.get(type(self.screen).__name__, ())))

    def action_progress(self) -> None:
        from course.screens.progress import ProgressScreen

        if self.session is not None and not isinstance(self.screen, ProgressScreen):
            self.push_screen(ProgressScreen())

    def action_policy(self) -> None:
        from course.screens.policy import PolicyScreen

        if self.session is not None and not isinstance(self.screen, PolicyScreen):
            self.push_screen(PolicyScreen())

    def action_team(self) -> None:
        self.push_team()

    def push_team(self, folder: str = "") -> None:
        """Show the Team screen, loading `folder` at once when given."""
        from course.screens.team import TeamScreen

        # Served: the Team screen reads folders of the server, which a browser user must not browse.
        if self.session is not None and not self.served and not isinstance(self.screen, TeamScreen):
            self.push_screen(TeamScreen(folder))

    def action_settings(self) -> None:
        from course.screens.settings import SettingsScreen

        if self.session is not None and not isinstance(self.screen, SettingsScreen):
            self.push_screen(SettingsScreen())
