"""The Team screen: open a folder of progress exports and see the team's summary."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from rich.console import Group, RenderableType
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Input

from course.i18n import t
from course.screens.widgets import KeyBar, Plain, TitleBar, localize_bindings

if TYPE_CHECKING:  # pragma: no cover - for annotations only
    from textual import getters

    from course.app import CourseApp


class TeamScreen(Screen[None]):
    """The same figures as `genai-course team report`, inside the app."""

    if TYPE_CHECKING:  # the running app, typed (Textual's getters.app); nothing changes at run time
        app = getters.app(CourseApp)

    CSS_PATH = "team.tcss"

    BINDINGS = [Binding("escape", "app.pop_screen", "Back")]

    def __init__(self, folder: str = "") -> None:
        super().__init__()
        self.folder = folder

    def compose(self) -> ComposeResult:
        lang = self.app.lang
        yield TitleBar()
        with Horizontal(id="team-bar"):
            yield Input(
                self.folder or self.app.store.get_setting("team_folder") or "",
                placeholder=t(lang, "team.path"),
                id="team-path",
            )
            yield Button(t(lang, "team.load"), id="team-load", variant="primary")
        with VerticalScroll(id="team-body"):
            yield Plain(t(lang, "team.none"), id="team-report")
        yield KeyBar()

    def on_mount(self) -> None:
        localize_bindings(self, self.app.lang)
        self.query_one("#team-path", Input).focus()
        if self.folder:
            self.load(self.folder)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.load(event.value)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "team-load":
            self.load(self.query_one("#team-path", Input).value)

    def load(self, folder: str) -> None:
        folder = folder.strip()
        if not folder:
            return
        self.app.store.set_setting("team_folder", folder)
        self._summarize(folder, self.app.lang)

    @work(thread=True, exclusive=True)
    def _summarize(self, folder: str, lang: str) -> None:
        """Read and summarise the exports off the main thread."""
        from course.team import load_exports, summarize
        from course.team.terminal import sections

        exports, rejected = load_exports([folder], lang=lang)
        titles = {}
        catalog = self.app.catalog
        for lesson_id in catalog.lesson_ids:
            titles[lesson_id] = catalog.lesson(lesson_id, lang).title
        for level in catalog.levels:
            titles[level.id] = level.title.get(lang)
        summary = summarize(exports, rejected=rejected, titles=titles, policy_version=catalog.policy.version or None)
        parts = cast("list[RenderableType]", list(sections(summary, lang, wide=self.size.width >= 100)))
        self.app.call_from_thread(self._show, Group(*parts) if exports or rejected else Text(t(lang, "team.none")))

    def _show(self, renderable: RenderableType) -> None:
        self.query_one("#team-report", Plain).update(renderable)
