"""The Promptathon app: a team, a time box, a challenge pack; its screens are in course/screens/promptathon.py."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import ClassVar

from textual.binding import Binding, BindingType

from course.baseapp import BaseApp
from course.i18n import t
from course.options import Options
from course.promptathon.clock import Clock, SystemClock
from course.promptathon.pack import Pack
from course.promptathon.run import Run
from course.runsession import RunSession
from course.screens.promptathon import ChallengeListScreen, DoneScreen, IntroScreen
from course.screens.themes import all_css
from course.screens.widgets import TitleBar

TICK = 0.5
WARN_AT = ((300, "promptathon.warn_5"), (60, "promptathon.warn_1"))


class PromptathonApp(BaseApp):
    """genai-course in Promptathon mode: a team, a time box, a challenge pack; no learner profile."""

    CSS_PATH = all_css()  # the Promptathon screens share the app-wide styles

    ENABLE_COMMAND_PALETTE = False
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", "Quit", show=False, priority=True),
        Binding("ctrl+z", "suspend_process", show=False),
    ]

    def __init__(
        self,
        pack: Pack,
        lang: str,
        team: str | None = None,
        minutes: int | None = None,
        output: Path | None = None,
        clock: Clock | None = None,
        broken: int = 0,
        opts: Options | None = None,
        model_id: str | None = None,
    ) -> None:
        super().__init__(dataclasses.replace(opts or Options(), lang=lang))
        self.session: RunSession | None = None
        """The workbench's view of the run (set when the clock starts)."""
        self.pack = pack
        self._lang = lang
        self.team = team
        self.minutes = minutes
        self.output = output
        self.clock = clock or SystemClock()
        self.broken = broken
        self.model_id = model_id
        """The model a prompt is tried on (F5 in a challenge); None: llm's default model."""
        self.run_state: Run | None = None
        self._warned: set[str] = set()
        self.tick_seconds = TICK

    def current_session(self) -> RunSession:
        """The run as the workbench sees it (the challenge screens exist only while a run does)."""
        if self.session is None:
            raise RuntimeError("the run has not started")
        return self.session

    @property
    def lang(self) -> str:
        """The team's language, fixed for the whole run."""
        return self._lang

    def on_mount(self) -> None:
        self.title = self.pack.title.get(self._lang) or "Promptathon"
        self.sub_title = t(self._lang, "promptathon.time_box", minutes=self.minutes or self.pack.minutes)
        self.push_screen(IntroScreen())
        self.set_interval(self.tick_seconds, self.tick)
        self.app_resume_signal.subscribe(self, lambda _app: self.tick())

    # -- the run ----------------------------------------------------------------
    def start(self, team: str) -> None:
        """Start the clock for `team` and show the challenges."""
        self.team = team
        run = Run(self.pack, team, self._lang, self.minutes, self.clock, self.output)
        run.start()
        self.run_state = run
        self.session = RunSession(run)  # the workbench talks to the run
        if self.model_id:
            from course.models.settings import choose_model

            choose_model(self.session.store, self.session.learner.id, self.model_id)
        self.switch_screen(ChallengeListScreen())
        self.tick()

    def tick(self) -> None:
        """Show the time left; end the run when it is up (also right after a suspend/resume)."""
        run = self.run_state
        if run is None or run.ended:
            return
        if run.check_time():
            self._show_done()
            return
        self.sub_title = f"{t(self._lang, 'promptathon.left', time=run.display())} · {run.team}"
        self.show_title()
        remaining = run.remaining()
        for seconds, key in WARN_AT:
            if remaining <= seconds and key not in self._warned:
                self._warned.add(key)
                if remaining > seconds - 30:
                    self.notify(t(self._lang, key), timeout=6, severity="warning")
        refresh = getattr(self.screen, "refresh_clock", None)
        if refresh is not None and self.screen.is_mounted:
            refresh()

    def show_title(self) -> None:
        """Title and countdown in the one-line title bar of every open screen (a dialog leaves it in view)."""
        for screen in self.screen_stack:
            for bar in screen.query(TitleBar):
                bar.show_title()

    def finish_early(self) -> None:
        """The team hands in before time is up."""
        if self.run_state is not None and self.run_state.running:
            self.run_state.finish("finished")
            self._show_done()

    def _show_done(self) -> None:
        """Close every open view (editing stops) and show the result."""
        run = self.run_state
        left = t(self._lang, "promptathon.left", time="00:00") if run and run.ended == "time-up" else ""
        self.sub_title = f"{left} · {run.team if run else ''}".strip(" ·")
        while len(self.screen_stack) > 2:
            self.pop_screen()
        self.switch_screen(DoneScreen())

    async def action_quit(self) -> None:
        """Ctrl+Q ends the run at once (the results are written) and closes the app."""
        if self.run_state is not None and self.run_state.running:
            self.run_state.finish("quit")
        self.exit()
