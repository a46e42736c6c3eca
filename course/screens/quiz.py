"""A quiz: one question, its options, and an explanation for every option after answering."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, cast

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Button, Checkbox, RadioButton, RadioSet

from course.content import Exercise
from course.i18n import t
from course.screens.widgets import KeyBar, Plain, TitleBar, clean, localize_bindings

if TYPE_CHECKING:  # pragma: no cover - for annotations only
    from textual import getters
    from textual.css.styles import RulesMap
    from textual.geometry import Size

    from course.app import CourseApp

WRAP_CSS = """
    width: 1fr;
    height: auto;
    text-wrap: wrap;
    text-overflow: fold;
"""


class _Wrapping:
    """A toggle whose label wraps to as many lines as it needs and is never read as markup (mixed into toggles)."""

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        toggle = cast("Checkbox | RadioButton", self)
        return max(1, toggle.render().get_height(cast("RulesMap", toggle.styles), width))


class OptionRadio(_Wrapping, RadioButton):
    """A quiz option (single answer): the whole text, wrapped, `[KUNDE]` shown as written."""

    DEFAULT_CSS = "OptionRadio {" + WRAP_CSS + "}"

    def __init__(self, label: str, *, id: str | None = None) -> None:
        super().__init__(Content(label), id=id)


class OptionCheck(_Wrapping, Checkbox):
    """A quiz option (several answers): the whole text, wrapped, `[KUNDE]` shown as written."""

    DEFAULT_CSS = "OptionCheck {" + WRAP_CSS + "}"

    def __init__(self, label: str, *, id: str | None = None) -> None:
        super().__init__(Content(label), id=id)


class QuizScreen(Screen[None]):
    """Single-answer quizzes use radio buttons, multi-answer quizzes check boxes."""

    if TYPE_CHECKING:  # the running app, typed (Textual's getters.app); nothing changes at run time
        app = getters.app(CourseApp)

    CSS_PATH = "quiz.tcss"

    BINDINGS = [
        Binding("ctrl+s", "submit", "Check", priority=True),
        Binding("escape", "back", "Back"),
        Binding("question_mark", "app.help", "Help"),
    ]

    def __init__(self, exercise: Exercise) -> None:
        super().__init__()
        self.exercise = exercise
        self.multi = len(exercise.answer) > 1
        self._started = time.monotonic()

    def compose(self) -> ComposeResult:
        ex = self.exercise
        lang = self.app.lang
        yield TitleBar()
        with VerticalScroll(id="quiz-box"):
            yield Plain(Text(clean(ex.question.strip()), style="bold"), id="quiz-question")
            if self.multi:
                yield Plain(t(lang, "quiz.multi"), id="quiz-note")
                for n, option in enumerate(ex.options, start=1):
                    yield OptionCheck(clean(option), id=f"opt-{n}")
            else:
                with RadioSet(id="quiz-options"):
                    for n, option in enumerate(ex.options, start=1):
                        yield OptionRadio(clean(option), id=f"opt-{n}")
            yield Button(t(lang, "quiz.submit"), id="quiz-submit", variant="primary")
            yield Plain(id="quiz-feedback")
        yield KeyBar()

    def on_mount(self) -> None:
        localize_bindings(self, self.app.lang)
        first = self.query("Checkbox, RadioSet").first()
        first.focus()

    def _chosen(self) -> list[int]:
        if self.multi:
            return [n for n in range(1, len(self.exercise.options) + 1) if self.query_one(f"#opt-{n}", Checkbox).value]
        pressed = self.query_one("#quiz-options", RadioSet).pressed_index
        return [pressed + 1] if pressed >= 0 else []

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "quiz-submit":
            self.action_submit()

    def action_submit(self) -> None:
        lang = self.app.lang
        chosen = self._chosen()
        feedback = self.query_one("#quiz-feedback", Plain)
        if not chosen:
            feedback.update(t(lang, "quiz.choose"))
            return
        outcome = self.app.current_session().submit(self.exercise, chosen if self.multi else chosen[0], self._started)
        out = Text().append(
            t(lang, "quiz.right" if outcome.grade.passed else "quiz.wrong") + "\n",
            style="bold green" if outcome.grade.passed else "bold red",
        )
        for n, option in enumerate(self.exercise.options, start=1):
            right = n in self.exercise.answer
            out.append(("✓ " if right else "✗ ") + clean(option), style="green" if right else "")
            if n - 1 < len(self.exercise.explain):
                out.append(" – " + clean(self.exercise.explain[n - 1]), style="italic")
            out.append("\n")
        feedback.update(out)
        self.call_after_refresh(
            self.query_one("#quiz-box", VerticalScroll).scroll_to_widget, feedback, top=True, animate=False
        )
        for level_id in outcome.newly_opened:
            self.app.notify(
                t(lang, "map.unlocked", title=self.app.catalog.level(level_id).title.get(lang)), timeout=8, markup=False
            )

    def action_back(self) -> None:
        self.app.pop_screen()
