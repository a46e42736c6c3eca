"""The Textual app: holds the catalog, the store and the learner's session."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import App
from textual.worker import Worker

from course.baseapp import BaseApp
from course.catalog import Catalog
from course.options import Options
from course.screens.keys import APP_BINDINGS
from course.screens.themes import THEMES
from course.session import Session
from progress.records import Learner
from progress.store import Store

if TYPE_CHECKING:  # pragma: no cover - for annotations only
    from textual.command import Provider
    from textual.screen import Screen

SAVE_FIRST_DELAY = 0.25
SAVE_MAX_DELAY = 5.0
"""Retries of writes a busy store refused: 0.25 s, doubling up to 5 s."""


def _lesson_commands() -> type[Provider]:
    """The command palette's lesson search (course/screens/palette.py)."""
    from course.screens.palette import LessonCommands

    return LessonCommands


class CourseApp(BaseApp):
    """genai-course in the terminal."""

    CSS_PATH = "screens/levelmap.tcss"
    """The first screen's styles; every other screen loads its own .tcss when first shown."""
    ENABLE_COMMAND_PALETTE = True
    served = False
    """True in a browser tab (`genai-course serve`): every tab starts at the profile screen and needs the PIN."""
    BINDINGS = list(APP_BINDINGS)
    COMMANDS = App.COMMANDS | {_lesson_commands}
    """Ctrl+P finds lessons too (the provider is imported when the palette first opens)."""

    def __init__(self, catalog: Catalog, store: Store, opts: Options | None = None) -> None:
        super().__init__(opts)
        self.catalog = catalog
        self.store = store
        self.session: Session | None = None
        self._saver: Worker[None] | None = None

    @property
    def lang(self) -> str:
        """The learner's language (or the system's before a profile exists)."""
        if self.session is not None:
            return self.session.lang
        return self.opts.language()

    def current_session(self) -> Session:
        """The current learner's session: every screen after the profile screen has one."""
        if self.session is None:
            raise RuntimeError("no learner chosen yet")
        return self.session

    def _first_frame(self) -> None:
        """The first screen is drawn: warm the grader up a little later."""
        # Counted from the first frame, not from mount: on a busy machine the first frame may take
        # longer than the delay, and the warm-up thread would then compete with drawing it.
        self.set_timer(0.3, self._warm_up)

    def on_mount(self) -> None:
        self.call_after_refresh(self._first_frame)
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

    def _begin(self, learner: Learner) -> None:
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

    def start_session(self, learner: Learner) -> None:
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

        writes = self.current_session().writes
        delay = SAVE_FIRST_DELAY
        while not writes.flush():
            await asyncio.sleep(delay)
            delay = min(delay * 2, SAVE_MAX_DELAY)
        self.notify(self.tr("save.done"), timeout=3)

    @property
    def saving(self) -> bool:
        """Writes are waiting for the store."""
        return self.session is not None and self.session.writes.count > 0

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

    def action_help(self) -> None:
        """F1: the keys of this screen and every other, in the learner's language."""
        from course.screens.help import SECTION_OF, HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(SECTION_OF.get(type(self.screen).__name__, ())))

    def action_progress(self) -> None:
        """The learner's progress."""
        from course.screens.progress import ProgressScreen

        if self.session is not None and not isinstance(self.screen, ProgressScreen):
            self.push_screen(ProgressScreen())

    def action_policy(self) -> None:
        """The AI policy of the organisation."""
        from course.screens.policy import PolicyScreen

        if self.session is not None and not isinstance(self.screen, PolicyScreen):
            self.push_screen(PolicyScreen())

    def action_team(self) -> None:
        """The team report."""
        self.push_team()

    def push_team(self, folder: str = "") -> None:
        """Show the Team screen, loading `folder` at once when given."""
        from course.screens.team import TeamScreen

        # Served: the Team screen reads folders of the server, which a browser user must not browse.
        if self.session is not None and not self.served and not isinstance(self.screen, TeamScreen):
            self.push_screen(TeamScreen(folder))

    def action_settings(self) -> None:
        """Theme, language, model."""
        from course.screens.settings import SettingsScreen

        if self.session is not None and not isinstance(self.screen, SettingsScreen):
            self.push_screen(SettingsScreen())
