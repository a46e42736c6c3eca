"""The learner's progress per level and lesson: score, attempts, hints, time; and their wins."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable

from course.i18n import date, t
from course.screens.widgets import KeyBar, Plain, TitleBar, clean, localize_bindings
from course.status import pct

if TYPE_CHECKING:  # pragma: no cover - for annotations only
    from textual import getters

    from course.app import CourseApp


class ProgressScreen(Screen[None]):
    """A table of every lesson, grouped by level, and the success log."""

    if TYPE_CHECKING:  # the running app, typed (Textual's getters.app); nothing changes at run time
        app = getters.app(CourseApp)

    CSS_PATH = "progress.tcss"

    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back"),
        Binding("q", "app.pop_screen", "Back", show=False),
        Binding("question_mark", "app.help", "Help"),
    ]

    def compose(self) -> ComposeResult:
        lang = self.app.lang
        yield TitleBar()
        with VerticalScroll(id="progress-box"):
            yield Plain(Text(t(lang, "progress.title"), style="bold"), id="progress-title")
            yield DataTable(id="progress-table", zebra_stripes=True, cursor_type="row")
            yield Plain(id="progress-successes")
            yield Plain(id="progress-library")
            yield Plain(id="progress-gap")
        yield KeyBar()

    def on_mount(self) -> None:
        lang = self.app.lang
        localize_bindings(self, lang)
        table = self.query_one("#progress-table", DataTable)
        table.add_columns(
            *(
                t(lang, key)
                for key in (
                    "progress.lesson",
                    "progress.status",
                    "progress.score",
                    "progress.attempts",
                    "progress.hints",
                    "progress.time",
                )
            )
        )
        ov = self.app.current_session().overview()
        room = max(20, self.app.size.width - 42)  # status, score and counts stay on screen at 60 columns

        def cut(title: str) -> Text:
            return Text(title if len(title) <= room else title[: room - 1] + "…")  # never markup

        for n, level in enumerate(ov.levels, start=1):
            state = t(lang, "status." + level.state)
            table.add_row(
                Text(cut(t(lang, "map.level", n=n, title=level.title)).plain, style="bold"),
                state,
                pct(level.score),
                "",
                "",
                "",
            )
            for ls in level.lessons:
                table.add_row(
                    cut("  " + clean(ls.title)),
                    t(lang, "status." + ls.status),
                    pct(ls.score),
                    str(ls.attempts),
                    str(ls.hints_used),
                    f"{ls.minutes:.0f} min",
                )
        wins = self.app.store.successes(self.app.current_session().learner.id)
        out = Text().append(t(lang, "progress.successes") + "\n", style="bold")
        for win in wins:
            out.append(f"• {clean(win.title)} – {win.minutes_saved or 0:.0f} min\n")
        self.query_one("#progress-successes", Plain).update(out if wins else "")
        saved = self.app.store.library(self.app.current_session().learner.id)
        shelf = Text().append("\n" + t(lang, "progress.library") + "\n", style="bold")
        for entry in saved:
            shelf.append(f"• {clean(entry.title)}\n", style="bold").append(f"  {clean(entry.text)}\n\n")
        library = self.query_one("#progress-library", Plain)
        library.update(shelf if saved else "")
        library.display = bool(saved)
        gap = self.query_one("#progress-gap", Plain)
        change = gap_change_text(self.app, lang)
        gap.display = change is not None
        if change is not None:
            gap.update(change)
        table.focus()


def gap_change_text(app: CourseApp, lang: str) -> Text | None:
    """The learner's own Gap-Check answers, first vs latest, question by question; None if never answered."""
    from progress.gapchecks import gap_checks, sharing

    spec = app.catalog.gapcheck
    checks = gap_checks(app.store, app.current_session().learner.id)
    if spec is None or not checks:
        return None
    first, latest = checks[0], checks[-1]
    out = Text().append(t(lang, "gap.progress") + "\n", style="bold")
    if len(checks) == 1:
        out.append(t(lang, "gap.progress_one", date=date(lang, first.at)) + "\n", style="dim")
    else:
        out.append(
            t(lang, "gap.progress_change", first=date(lang, first.at), latest=date(lang, latest.at)) + "\n", style="dim"
        )
    for question in spec.questions:
        labels = spec.labels(question, lang)
        a, b = first.answers.get(question.id), latest.answers.get(question.id)
        if b is None or b > len(labels):
            continue
        out.append(f"• {clean(question.text.get(lang))}\n  ")
        if len(checks) > 1 and a is not None and a <= len(labels) and a != b:
            out.append(f"{clean(labels[a - 1])} → ", style="dim")
            out.append(clean(labels[b - 1]), style="green" if b > a else "yellow")
        else:
            out.append(clean(labels[b - 1]))
        out.append("\n")
    shared = sharing(app.store, app.current_session().learner.id)
    out.append(t(lang, "gap.sharing_on" if shared else "gap.sharing_off"), style="dim")
    return out
