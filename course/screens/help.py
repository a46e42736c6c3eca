"""Help: every key of every screen, in the learner's language."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen

from course.i18n import t
from course.screens.common import Plain

KEYS = [
    ("Enter", "key.open"), ("c", "key.continue"), ("n", "key.next"), ("b", "key.prev"),
    ("Ctrl+S", "wb.submit"), ("Ctrl+T", "wb.hint"), ("Ctrl+L", "wb.solution"), ("Ctrl+R", "wb.history"),
    ("u / d, Ctrl+↑ / Ctrl+↓", "order.up"),
    ("p", "key.progress"), ("r", "key.policy"), ("s", "key.settings"), ("t", "key.team"), ("Ctrl+P", "key.palette"),
    ("? / F1", "key.help"), ("Esc", "key.back"), ("q / Ctrl+Q", "key.quit"),
]


class HelpScreen(ModalScreen[None]):
    """A table of keys; any of Esc, q or ? closes it."""

    CSS_PATH = 'help.tcss'

    BINDINGS = [Binding("escape,q,question_mark,f1", "dismiss", "Back")]

    def compose(self) -> ComposeResult:
        lang = self.app.lang
        table = Table(show_header=False, box=None, padding=(0, 2))
        table.add_column(style="bold")
        table.add_column()
        for key, label in KEYS:
            text = t(lang, label)
            if label == "order.up":
                text += " / " + t(lang, "order.down")
            table.add_row(key, text)
        with VerticalScroll(id="help-box"):
            yield Plain(Text(t(lang, "help.title"), style="bold"), id="help-title")
            yield Plain(t(lang, "help.intro"), id="help-intro")
            yield Plain(table)

    def action_dismiss(self) -> None:
        self.dismiss(None)
