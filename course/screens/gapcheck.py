"""The Gap-Check: about eight questions on one screen, voluntary and skippable (questions from the pack)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Checkbox, Label, RadioButton, RadioSet

from course.i18n import t
from course.screens.widgets import KeyBar, Plain, TitleBar, clean, localize_bindings
from course.status import levels_done

if TYPE_CHECKING:  # pragma: no cover - for annotations only
    from textual import getters

    from course.app import CourseApp
    from course.gapcheck import GapCheckSpec


class GapCheckScreen(Screen[None]):
    """All questions with their scale; [Esc] or "Later" skips until after the next level."""

    if TYPE_CHECKING:  # the running app, typed (Textual's getters.app); nothing changes at run time
        app = getters.app(CourseApp)

    CSS_PATH = "gapcheck.tcss"
    BINDINGS = [Binding("escape", "skip", "Later"), Binding("ctrl+s", "save", "Save", priority=True)]

    def compose(self) -> ComposeResult:
        from progress.gapchecks import sharing

        lang = self.app.lang
        spec = self._spec()
        yield TitleBar()
        with VerticalScroll(id="gap-box"):
            yield Plain(Text(t(lang, "gap.title")), id="gap-title")
            yield Plain(t(lang, "gap.intro", n=spec.minutes), id="gap-intro")
            for n, question in enumerate(spec.questions, 1):
                yield Label(f"{n}. {clean(question.text.get(lang))}", classes="gap-question", markup=False)
                with RadioSet(id=f"gap-q-{question.id}", classes="gap-scale"):
                    for label in spec.labels(question, lang):
                        yield RadioButton(Text(clean(label)))
            if sharing(self.app.store, self.app.current_session().learner.id) is None:  # asked once, default off
                yield Checkbox(t(lang, "gap.share"), False, id="gap-share")
                yield Plain(t(lang, "gap.share_help"), id="gap-share-help")
            with Horizontal(id="gap-buttons"):
                yield Button(t(lang, "gap.save"), id="gap-save", variant="primary")
                yield Button(t(lang, "gap.skip"), id="gap-skip")
        yield KeyBar()

    def on_mount(self) -> None:
        localize_bindings(self, self.app.lang, {"skip": "gap.skip"})
        first = self.query(RadioSet).first()
        first.focus()

    def _spec(self) -> GapCheckSpec:
        """The pack's Gap-Check (the screen opens only when there is one)."""
        spec = self.app.catalog.gapcheck
        if spec is None:
            raise RuntimeError("this course has no Gap-Check")
        return spec

    def answers(self) -> dict[str, int]:
        """Question id -> 1-based answer, for the questions answered."""
        out = {}
        for question in self._spec().questions:
            radios = self.query_one(f"#gap-q-{question.id}", RadioSet)
            if radios.pressed_index >= 0:
                out[question.id] = radios.pressed_index + 1
        return out

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "gap-save":
            self.action_save()
        elif event.button.id == "gap-skip":
            self.action_skip()

    def action_save(self) -> None:
        from progress.gapchecks import add_gap_check, set_sharing

        answers = self.answers()
        lang = self.app.lang
        if not answers:
            self.app.notify(t(lang, "gap.none"), severity="warning", timeout=4)
            return
        learner_id = self.app.current_session().learner.id
        add_gap_check(self.app.store, learner_id, answers, levels_done(self.app))
        for box in self.query("#gap-share").results(Checkbox):
            set_sharing(self.app.store, learner_id, box.value)
        self.app.notify(t(lang, "gap.saved"), timeout=4)
        self.app.pop_screen()

    def action_skip(self) -> None:
        from progress.gapchecks import skip

        skip(self.app.store, self.app.current_session().learner.id, levels_done(self.app))
        self.app.pop_screen()
