"""Help: every key of every screen, generated from the screens' own bindings so it cannot drift."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen

from course.i18n import t
from course.screens.keys import APP_BINDINGS, keys_label
from course.screens.widgets import KEY_LABELS, Plain

if TYPE_CHECKING:  # pragma: no cover - for annotations only
    from textual import getters

    from course.app import CourseApp


class HelpEntry(NamedTuple):
    """One line of help: the section (screen), the keys and the action they run."""

    section: str
    keys: str
    action: str


EVERYWHERE = [
    Binding("ctrl+q,ctrl+c", "app.quit", "Quit"),
    Binding("f1", "app.help", "Help"),
    Binding("ctrl+p", "app.command_palette", "Find lesson"),
    Binding("tab,shift+tab", "app.focus_next", "Next field"),
]


def _owners() -> list[tuple[str, list[object]]]:
    """Each help section with the classes whose BINDINGS it lists (imported only when help opens)."""
    from course.screens.gapcheck import GapCheckScreen
    from course.screens.lesson import LessonScreen
    from course.screens.levelmap import ContinueLine, LevelMapScreen
    from course.screens.order import OrderScreen
    from course.screens.policy import PolicyScreen
    from course.screens.progress import ProgressScreen
    from course.screens.quiz import QuizScreen
    from course.screens.settings import SettingsScreen
    from course.screens.team import TeamScreen
    from course.screens.workbench import PromptEditor, WorkbenchScreen

    return [
        ("everywhere", [APP_BINDINGS, EVERYWHERE]),
        ("map", [LevelMapScreen, ContinueLine]),
        ("lesson", [LessonScreen]),
        ("workbench", [WorkbenchScreen]),
        ("editor", [PromptEditor]),
        ("quiz", [QuizScreen]),
        ("order", [OrderScreen]),
        ("progress", [ProgressScreen]),
        ("policy", [PolicyScreen]),
        ("settings", [SettingsScreen]),
        ("team", [TeamScreen]),
        ("gapcheck", [GapCheckScreen]),
        ("help", [HelpScreen]),
    ]


def _bindings(owner: object) -> list[Binding]:
    raw = owner if isinstance(owner, list) else getattr(owner, "BINDINGS", [])
    out = []
    for item in raw:
        binding = item if isinstance(item, Binding) else Binding(*item)
        out.append(binding)
    return out


def help_entries() -> list[HelpEntry]:
    """Every binding of every screen, one entry per action and section (keys joined)."""
    entries: list[HelpEntry] = []
    for section, owners in _owners():
        by_action: dict[str, list[str]] = {}
        for owner in owners:
            for binding in _bindings(owner):
                if binding.system:
                    continue
                action = binding.action if "." in binding.action or section != "everywhere" else f"app.{binding.action}"
                keys = by_action.setdefault(action, [])
                for key in binding.key.split(","):
                    if key.strip() and key.strip() not in keys:
                        keys.append(key.strip())
        entries.extend(HelpEntry(section, ",".join(keys), action) for action, keys in by_action.items())
    return entries


def action_label(action: str, lang: str) -> str:
    """What an action does, in the learner's language (the key bar uses the same words)."""
    key = KEY_LABELS.get(action) or KEY_LABELS.get(action.split(".", 1)[-1])
    return t(lang, key) if key else action


SECTION_OF = {
    "LevelMapScreen": ("map",),
    "LessonScreen": ("lesson",),
    "WorkbenchScreen": ("workbench", "editor"),
    "ChallengeScreen": ("workbench", "editor"),
    "QuizScreen": ("quiz",),
    "OrderScreen": ("order",),
    "ProgressScreen": ("progress",),
    "PolicyScreen": ("policy",),
    "SettingsScreen": ("settings",),
    "TeamScreen": ("team",),
    "GapCheckScreen": ("gapcheck",),
}
"""The help sections of the screen help was opened from: they come first."""


class HelpScreen(ModalScreen[None]):
    """A table of keys by screen, the keys of the screen it was opened from first; Esc, q, ? or F1 close it."""

    if TYPE_CHECKING:  # the running app, typed (Textual's getters.app); nothing changes at run time
        app = getters.app(CourseApp)

    CSS_PATH = "help.tcss"

    BINDINGS = [Binding("escape,q,question_mark,f1", "dismiss", "Back")]

    def __init__(self, first: tuple[str, ...] = ()) -> None:
        super().__init__()
        self.first = first

    def compose(self) -> ComposeResult:
        lang = self.app.lang
        entries = help_entries()
        entries.sort(key=lambda e: self.first.index(e.section) if e.section in self.first else len(self.first))
        table = Table(show_header=False, box=None, padding=(0, 1), expand=False)
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        section = None
        for entry in entries:
            if entry.section != section:
                if section is not None:
                    table.add_row("", "")
                section = entry.section
                table.add_row(Text("▸ " + t(lang, f"help.section.{section}"), style="bold"), "")
            table.add_row(Text(keys_label(entry.keys, lang)), Text(action_label(entry.action, lang)))
        with VerticalScroll(id="help-box"):
            yield Plain(Text(t(lang, "help.title"), style="bold"), id="help-title")
            yield Plain(t(lang, "help.intro"), id="help-intro")
            yield Plain(table, id="help-table")

    def on_mount(self) -> None:
        self.query_one("#help-box", VerticalScroll).focus()

    async def action_dismiss(self, result: None = None) -> None:
        """Esc or F1 closes the help."""
        self.dismiss(None)
