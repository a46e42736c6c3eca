"""A Promptathon challenge: the course's prompt workbench plus points, lessons learned and the time box."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import events, on
from textual.binding import Binding, BindingType
from textual.widgets import Input, TextArea

from course.i18n import t
from course.screens.widgets import Plain, clean, localize_bindings
from course.screens.workbench import WorkbenchScreen

if TYPE_CHECKING:  # pragma: no cover - for annotations only
    from textual import getters

    from course.promptathon.pack import Challenge
    from course.promptathon.run import Run
    from course.promptathonapp import PromptathonApp


class ChallengeScreen(WorkbenchScreen):
    """The workbench (editor, live checklist, Datenschutz-Ampel, feedback, hints) on a run, not a learner."""

    if TYPE_CHECKING:  # the running app, typed (Textual's getters.app); nothing changes at run time
        app = getters.app(PromptathonApp)

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "submit", "Check", priority=True),
        Binding("ctrl+t", "hint", "Hint", priority=True),
        Binding("ctrl+l", "learned", "Lessons learned", priority=True),
        Binding("ctrl+r", "history", "History", priority=True),
        Binding("escape", "back", "Back", priority=True),
    ]

    @property
    def run(self) -> Run:
        """The run this challenge belongs to (a challenge screen opens only once the run has started)."""
        run = self.app.run_state
        if run is None:
            raise RuntimeError("the run has not started")
        return run

    @property
    def challenge(self) -> Challenge:
        return self.run.challenge_of(self.exercise)

    @on(events.Mount)
    async def _mount_challenge(self, event: events.Mount) -> None:
        """Add points and lessons learned to the workbench, then set it up (its own on_mount is held back)."""
        event.prevent_default()  # the workbench's on_mount runs below, once the extra widgets are in
        lang = self.app.lang
        challenge = self.challenge
        self.title = clean(challenge.title(lang))
        await self.query_one("#wb-side").mount(Plain(id="pt-points"), before="#wb-checklist")
        learned = Input(
            self.run.states[challenge.id].learned,
            placeholder=t(self.app.lang, "promptathon.wb.learned"),
            id="pt-learned",
        )
        await self.mount(learned, after="#wb-main")
        super().on_mount()
        self.app.show_title()  # the challenge's title and the countdown
        localize_bindings(self, lang, {"learned": t(self.app.lang, "promptathon.key.learned")})
        if not self.run.editable:
            self._lock()

    def _lock(self) -> None:
        self.query_one("#wb-editor", TextArea).read_only = True
        self.query_one("#pt-learned", Input).disabled = True
        self.query_one("#wb-feedback", Plain).update(t(self.app.lang, "promptathon.wb.time_up"))

    # -- the text goes to the run at once, so nothing typed before the deadline is lost
    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        event.prevent_default()
        if not self.run.set_text(self.challenge.id, event.text_area.text) and not self.run.editable:
            self._lock()
            return
        super().on_text_area_changed(event)

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "pt-learned":
            self.run.set_learned(self.challenge.id, event.value)

    def _live_update(self) -> None:
        super()._live_update()
        self._show_points()

    def _show_points(self) -> None:
        score = self.run.score(self.challenge.id)
        out = Text()
        if not score.touched:
            out.append(t(self.app.lang, "promptathon.wb.points") + ": –", style="bold")
        else:
            out.append(
                f"{score.points} {t(self.app.lang, 'promptathon.wb.points')}",
                style="bold red" if score.points < 0 else "bold",
            )
            parts = [str(score.rubric)]
            if score.bonus:
                parts.append(f"+ {score.bonus} {t(self.app.lang, 'promptathon.wb.bonus')}")
            if score.penalty:
                parts.append(f"− {score.penalty} {t(self.app.lang, 'promptathon.wb.penalty')}")
            if len(parts) > 1:
                out.append(" = " + " ".join(parts), style="red" if score.penalty else "")
        out.append("\n")
        self.query_one("#pt-points", Plain).update(out)
        target = self.challenge.target(self.app.lang) or "–"
        self.query_one("#wb-editor", TextArea).border_subtitle = t(
            self.app.lang, "promptathon.wb.words", n=score.words, target=target
        )

    # -- actions ----------------------------------------------------------------
    def action_submit(self) -> None:
        if not self.run.editable:
            self._lock()
            return
        super().action_submit()
        self._live_update()  # checklist, Ampel and points agree with the feedback at once

    def action_learned(self) -> None:
        self.query_one("#pt-learned", Input).focus()

    def action_solution(self) -> None:
        self.query_one("#wb-feedback", Plain).update(t(self.app.lang, "promptathon.wb.no_solution"))

    def action_back(self) -> None:
        self.run.set_text(self.challenge.id, self._text())
        self.run.save()
        self.app.pop_screen()
