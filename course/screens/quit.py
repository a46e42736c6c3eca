"""Asking once before the course closes, in the learner's language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button

from course.i18n import t
from course.screens.widgets import Plain

if TYPE_CHECKING:  # pragma: no cover - for annotations only
    from textual import getters

    from course.baseapp import BaseApp


class QuitScreen(ModalScreen[bool]):
    """`Kurs beenden?` with Beenden / Weiterlernen; Enter, j/y or the quit key again confirm."""

    if TYPE_CHECKING:  # the running app, typed (Textual's getters.app); nothing changes at run time
        app = getters.app(BaseApp)

    DEFAULT_CSS = """
    QuitScreen { align: center middle; }
    #quit-box { width: 50; max-width: 100%; height: auto; border: round $warning; background: $surface; padding: 0 2; }
    #quit-buttons { height: auto; margin-top: 1; }
    #quit-buttons Button { margin-right: 2; }
    """

    BINDINGS = [
        Binding("j,y,q", "confirm", "Quit", show=False),
        Binding("n,escape", "cancel", "Back", show=False),
    ]

    def compose(self) -> ComposeResult:
        lang = self.app.lang
        with Vertical(id="quit-box"):
            yield Plain(Text(t(lang, "quit.title"), style="bold"), id="quit-title")
            yield Plain(t(lang, "quit.text"), id="quit-text")
            with Horizontal(id="quit-buttons"):
                yield Button(t(lang, "quit.yes"), id="quit-yes", variant="warning")
                yield Button(t(lang, "quit.no"), id="quit-no", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#quit-yes", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "quit-yes")

    def action_confirm(self) -> None:
        self.dismiss(True)

    def action_cancel(self) -> None:
        self.dismiss(False)
