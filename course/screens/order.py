"""An order exercise: put the items in the right order, with partial credit by rank distance."""

from __future__ import annotations

import random
import time
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, OptionList
from textual.widgets.option_list import Option

from course.content import Exercise
from course.i18n import t
from course.screens.widgets import KeyBar, Plain, TitleBar, clean, localize_bindings

if TYPE_CHECKING:  # pragma: no cover - for annotations only
    from textual import getters

    from course.app import CourseApp


def shuffled(exercise: Exercise) -> list[int]:
    """The items' numbers in a fixed shuffle (never the correct order), the same every time."""
    numbers = list(range(1, len(exercise.items) + 1))
    rng = random.Random(exercise.id)
    for _ in range(10):
        rng.shuffle(numbers)
        if numbers != sorted(numbers):
            break
    return numbers


class OrderScreen(Screen[None]):
    """A list the learner reorders with keys or buttons."""

    if TYPE_CHECKING:  # the running app, typed (Textual's getters.app); nothing changes at run time
        app = getters.app(CourseApp)

    CSS_PATH = "order.tcss"

    BINDINGS = [
        Binding("ctrl+up,u", "move_up", "Move up"),
        Binding("ctrl+down,d", "move_down", "Move down"),
        Binding("ctrl+s", "submit", "Check", priority=True),
        Binding("escape", "back", "Back"),
        Binding("question_mark", "app.help", "Help"),
    ]

    def __init__(self, exercise: Exercise) -> None:
        super().__init__()
        self.exercise = exercise
        self.order = shuffled(exercise)
        self._started = time.monotonic()

    def compose(self) -> ComposeResult:
        lang = self.app.lang
        yield TitleBar()
        with VerticalScroll(id="order-box"):
            task = self.exercise.task or self.exercise.question
            yield Plain(Text(clean(task.strip()), style="bold"), id="order-task")
            yield Plain(t(lang, "order.help"), id="order-help")
            yield OptionList(id="order-list")
            with Horizontal(id="order-buttons"):
                yield Button(t(lang, "order.up"), id="order-up")
                yield Button(t(lang, "order.down"), id="order-down")
                yield Button(t(lang, "order.submit"), id="order-submit", variant="primary")
            yield Plain(id="order-feedback")
        yield KeyBar()

    def on_mount(self) -> None:
        localize_bindings(self, self.app.lang)
        self._render_list(0)
        self.query_one("#order-list", OptionList).focus()

    def _render_list(self, highlight: int) -> None:
        items = self.query_one("#order-list", OptionList)
        items.clear_options()
        items.add_options(
            [Option(f"{pos}. {clean(self.exercise.items[n - 1])}") for pos, n in enumerate(self.order, start=1)]
        )
        items.highlighted = highlight

    def _move(self, step: int) -> None:
        items = self.query_one("#order-list", OptionList)
        index = items.highlighted or 0
        target = index + step
        if 0 <= target < len(self.order):
            self.order[index], self.order[target] = self.order[target], self.order[index]
            self._render_list(target)

    def action_move_up(self) -> None:
        self._move(-1)

    def action_move_down(self) -> None:
        self._move(1)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        actions = {
            "order-up": self.action_move_up,
            "order-down": self.action_move_down,
            "order-submit": self.action_submit,
        }
        if event.button.id in actions:
            actions[event.button.id]()

    def action_submit(self) -> None:
        lang = self.app.lang
        outcome = self.app.current_session().submit(self.exercise, list(self.order), self._started)
        grade = outcome.grade
        if grade.passed:
            out = Text().append(t(lang, "order.right"), style="bold green")
        else:
            out = Text().append(t(lang, "order.partial", score=round(grade.score * 100)), style="bold red")
        self.query_one("#order-feedback", Plain).update(out)
        for level_id in outcome.newly_opened:
            self.app.notify(
                t(lang, "map.unlocked", title=self.app.catalog.level(level_id).title.get(lang)), timeout=8, markup=False
            )

    def action_back(self) -> None:
        self.app.pop_screen()
