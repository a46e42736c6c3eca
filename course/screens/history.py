"""Earlier attempts at an exercise, to compare with the current text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from course.content import Exercise
from course.i18n import check_label, date, t
from course.screens.widgets import Plain, clean

if TYPE_CHECKING:  # pragma: no cover - for annotations only
    from textual import getters

    from course.baseapp import BaseApp
    from progress.records import Attempt


class HistoryScreen(ModalScreen[None]):
    """A list of attempts; the highlighted one is shown beside the current text."""

    if TYPE_CHECKING:  # the running app, typed (Textual's getters.app); nothing changes at run time
        app = getters.app(BaseApp)

    CSS_PATH = "history.tcss"

    BINDINGS = [Binding("escape", "dismiss", "Back")]

    def __init__(self, exercise: Exercise, current: str) -> None:
        super().__init__()
        self.exercise = exercise
        self.current = current
        self.attempts: list[Attempt] = []

    def compose(self) -> ComposeResult:
        lang = self.app.lang
        self.attempts = list(reversed(self.app.current_session().attempts(self.exercise)))
        with VerticalScroll(id="history-box"):
            yield Plain(Text(t(lang, "wb.history"), style="bold"), id="history-title")
            if not self.attempts:
                yield Plain(t(lang, "wb.no_attempts"))
            else:
                total = len(self.attempts)
                yield OptionList(
                    *[
                        Option(
                            t(
                                lang,
                                "wb.attempt",
                                n=total - i,
                                score=round(a.score * 100),
                                when=date(lang, a.created_at, time=True),
                            ),
                            id=str(i),
                        )
                        for i, a in enumerate(self.attempts)
                    ],
                    id="history-list",
                )
                with Horizontal(id="history-compare"):
                    yield Plain(id="history-then")
                    yield Plain(Text(clean(self.current)), id="history-now")

    def on_mount(self) -> None:
        if self.attempts:
            self._show(0)
            self.query_one("#history-list", OptionList).focus()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._show(int(event.option.id or 0))

    def _show(self, index: int) -> None:
        attempt = self.attempts[index]
        lang = self.app.lang
        out = Text(clean(attempt.text or "") + "\n\n")
        for check in attempt.checks:
            out.append(
                ("✓ " if check.passed else "✗ ") + check_label(lang, check.name) + "\n",
                style="green" if check.passed else "red",
            )
        self.query_one("#history-then", Plain).update(out)

    async def action_dismiss(self, result: None = None) -> None:
        """Esc closes the history."""
        self.dismiss(None)
