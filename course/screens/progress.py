"""The learner's progress per level and lesson: score, attempts, hints, time; and their wins."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable

from course.i18n import t
from course.screens.common import TitleBar, KeyBar, Plain, clean, localize_bindings
from course.status import pct, text as status_text


class ProgressScreen(Screen[None]):
    """A table of every lesson, grouped by level, and the success log."""

    CSS_PATH = 'progress.tcss'

    BINDINGS = [Binding("escape", "app.pop_screen", "Back"), Binding("q", "app.pop_screen", "Back", show=False)]

    def compose(self) -> ComposeResult:
        lang = self.app.lang
        yield TitleBar()
        with VerticalScroll(id="progress-box"):
            yield Plain(Text(t(lang, "progress.title"), style="bold"), id="progress-title")
            yield DataTable(id="progress-table", zebra_stripes=True, cursor_type="row")
            yield Plain(id="progress-successes")
            yield Plain(id="progress-library")
        yield KeyBar()

    def on_mount(self) -> None:
        lang = self.app.lang
        localize_bindings(self, lang)
        table = self.query_one("#progress-table", DataTable)
        table.add_columns(*(t(lang, f"progress.{k}") for k in ("lesson", "status", "score", "attempts", "hints", "time")))
        ov = self.app.session.overview()
        for n, level in enumerate(ov.levels, start=1):
            state = status_text(level.state, lang)
            table.add_row(Text(t(lang, "map.level", n=n, title=level.title), style="bold"), state, pct(level.score), "", "", "")
            for ls in level.lessons:
                table.add_row("  " + clean(ls.title), status_text(ls.status, lang), pct(ls.score),
                              str(ls.attempts), str(ls.hints_used), f"{ls.minutes:.0f} min")
        wins = self.app.store.successes(self.app.session.learner.id)
        out = Text().append(t(lang, "progress.successes") + "\n", style="bold")
        for win in wins:
            out.append(f"• {clean(win.title)} – {win.minutes_saved or 0:.0f} min\n")
        self.query_one("#progress-successes", Plain).update(out if wins else "")
        saved = self.app.store.library(self.app.session.learner.id)
        shelf = Text().append("\n" + t(lang, "progress.library") + "\n", style="bold")
        for entry in saved:
            shelf.append(f"• {clean(entry.title)}\n", style="bold").append(f"  {clean(entry.text)}\n\n")
        library = self.query_one("#progress-library", Plain)
        library.update(shelf if saved else "")
        library.display = bool(saved)
        table.focus()
