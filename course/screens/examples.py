"""Recorded answers ("So antwortet ein Modell"): a weak and a strong prompt with what a model said."""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll

from course.content import ExampleOutput, Exercise
from course.i18n import date, t
from course.screens.widgets import Plain, clean

STACK_BELOW = 70
"""Columns narrower than this sit one above the other instead of side by side."""


def example_text(example: ExampleOutput, n: int, lang: str, score: int | None) -> Text:
    """One recorded answer: its prompt, the checklist score of that prompt, the answer and its source."""
    out = Text()
    out.append(t(lang, "ex.prompt_n", n=n), style="bold")
    if score is not None:
        out.append("  " + t(lang, "ex.checklist", score=score), style="bold green" if score >= 70 else "bold red")
    out.append("\n" + clean(example.prompt.strip()) + "\n\n", style="italic")
    if example.illustrative:  # said before the answer is read, not after
        out.append(t(lang, "ex.illustrative") + "\n", style="bold reverse yellow")
    else:
        out.append(t(lang, "ex.real", model=clean(example.model), date=date(lang, example.date)) + "\n", style="dim")
    out.append(t(lang, "ex.answer") + ":", style="bold")
    out.append("\n" + clean(example.answer.strip()))
    return out


class ExamplesView(VerticalScroll):
    """The exercise's `examples_output`, side by side when there is room; one scroll for all."""

    DEFAULT_CSS = """
    ExamplesView { height: 1fr; border: round $accent; padding: 0 1; }
    ExamplesView:focus { border: round $accent-lighten-2; }
    ExamplesView .ex-notice { color: $warning; height: auto; }
    ExamplesView .ex-columns { height: auto; }
    ExamplesView.-stacked .ex-columns { layout: vertical; }
    ExamplesView .ex-col { width: 1fr; height: auto; padding: 0 1 1 0; }
    """

    def __init__(
        self, exercise: Exercise, lang: str, score: Callable[[str], int | None] | None = None, id: str | None = None
    ) -> None:
        super().__init__(id=id)
        self.exercise = exercise
        self.lang = lang
        self._score = score

    def compose(self) -> ComposeResult:
        lang = self.lang
        yield Plain("", classes="ex-notice")
        examples = self.exercise.examples_output
        if not examples:
            yield Plain(t(lang, "ex.none"), classes="ex-none")
            return
        with Horizontal(classes="ex-columns"):
            for n, example in enumerate(examples, start=1):
                score = self._score(example.prompt) if self._score else None
                with Vertical(classes="ex-col"):
                    yield Plain(example_text(example, n, lang, score), classes="ex-text")

    def on_mount(self) -> None:
        self.border_title = t(self.lang, "ex.title")

    def on_resize(self, event: events.Resize) -> None:
        self.set_class(event.size.width < STACK_BELOW, "-stacked")

    def show_notice(self, text: str) -> None:
        """A line above the answers (the set-up hint when no model is configured); empty hides it."""
        notice = self.query_one(".ex-notice", Plain)
        notice.update(Text(text))
        notice.display = bool(text)
