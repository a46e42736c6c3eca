"""The level map: every level with its state, its lessons, and "continue" as the obvious action."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from course.i18n import t, tn
from course.screens.maprows import MapList, lesson_row, level_head, lock_reason
from course.screens.widgets import KeyBar, Plain, TitleBar, localize_bindings
from progress.statuswords import LessonStatus

if TYPE_CHECKING:  # pragma: no cover - for annotations only
    from textual import getters

    from course.app import CourseApp

ICONS = {
    LessonStatus.DONE.value: "✓",
    LessonStatus.READ.value: "◑",
    LessonStatus.STARTED.value: "◐",
    LessonStatus.NOT_STARTED.value: "○",
}


class LevelMapScreen(Screen[None]):
    """Home: where the learner stands and what comes next."""

    if TYPE_CHECKING:  # the running app, typed (Textual's getters.app); nothing changes at run time
        app = getters.app(CourseApp)

    # levelmap.tcss is the app's own CSS_PATH: this screen is often the default screen,
    # which Textual builds before screen stylesheets are loaded.

    BINDINGS = [
        Binding("c", "continue", "Continue"),
        Binding("p", "app.progress", "Progress"),
        Binding("r", "app.policy", "Policy"),
        Binding("s", "app.settings", "Settings"),
        Binding("t", "app.team", "Team", show=False),
        Binding("g", "gap_check", "Gap-Check", show=False),
        Binding("question_mark", "app.help", "Help"),
        Binding("q", "app.quit", "Quit"),
    ]

    def compose(self) -> ComposeResult:
        yield TitleBar()
        yield Plain(id="map-greeting")
        yield ContinueLine()
        yield GapCheckLine()
        yield MapList(id="map")
        yield KeyBar()

    def on_mount(self) -> None:
        localize_bindings(self, self.app.lang)
        self.refresh_map()
        self.query_one(ContinueLine).focus()

    def relocalize(self) -> None:
        """Show everything again in the learner's (possibly new) language."""
        localize_bindings(self, self.app.lang)
        for bar in self.query(TitleBar):
            bar.update(self.app.title)
        self.refresh_map()

    def on_screen_resume(self) -> None:
        if getattr(self, "_shown", False):  # the first resume comes right after mount
            self.refresh_map()
        self._shown = True

    def refresh_map(self) -> None:
        """Re-read the learner's state and redraw."""
        session = self.app.current_session()
        lang = session.lang
        ov = session.overview()
        for level_id in ov.newly_opened:
            level = ov.level(level_id)
            if level is not None and level.after_title:
                self.app.notify(t(lang, "map.unlocked", title=level.title), timeout=6, markup=False)
        learner = session.learner
        greeting = t(lang, "map.hello", name=learner.name) + (f" · {learner.team}" if learner.team else "")
        broken = {p.path for p in self.app.catalog.problems if p.severity == "error"}
        if broken:
            greeting += "\n" + tn(lang, "map.problems", len(broken))
        self.query_one("#map-greeting", Plain).update(Text(greeting))
        self._show_gap_check_line(lang, sum(1 for level in ov.levels if level.done))
        resume = self.query_one(ContinueLine)
        self._continue = ov.continue_lesson
        if ov.continue_lesson:
            status = ov.lesson(ov.continue_lesson)
            resume.update(Text("▶ " + t(lang, "map.continue", title=status.title if status else ov.continue_lesson)))
        else:
            resume.update(Text("✓ " + t(lang, "map.all_done")))
        options: list[Option | None] = []
        first_locked = True
        for n, level in enumerate(ov.levels, start=1):
            title = Text(t(lang, "map.level", n=n, title=level.title), style="bold")
            if level.open:
                total = len(level.lessons)  # the count matches the lines shown below it
                done = sum(1 for ls in level.lessons if ls.done)
                stats = Text(t(lang, "map.lessons_done", done=done, total=total), style="dim")
                if level.score is not None:
                    stats.append(" · " + t(lang, "map.score", score=round(level.score * 100)), style="dim")
            else:
                stats = Text(t(lang, "map.locked"), style="dim italic")
            options.append(Option(level_head(self.app, title, stats), id=f"level:{level.id}", disabled=True))
            if not level.open:
                if first_locked:
                    reason = lock_reason(self.app, Text(level.lock_text(lang), style="dim"))
                    options.append(Option(reason, disabled=True))
                first_locked = False
                continue
            for ls in level.lessons:
                line = Text(ls.title)
                score = Text(f"{round(ls.score * 100)} %" if ls.score is not None else "", style="dim")
                langs = self.app.catalog.languages(ls.id)
                if lang not in langs and langs:
                    line.append(
                        "  (" + t(lang, "map.fallback", lang=t(lang, f"langname.{langs[0]}")) + ")", style="dim italic"
                    )
                icon = Text(ICONS.get(ls.status, "○"), style="green" if ls.done else "")
                options.append(Option(lesson_row(self.app, icon, line, score), id=f"lesson:{ls.id}"))
        map_list = self.query_one("#map", OptionList)
        highlighted = map_list.highlighted_option.id if map_list.highlighted_option else None
        map_list.clear_options()
        map_list.add_options(options)
        target = highlighted or (f"lesson:{ov.continue_lesson}" if ov.continue_lesson else None)
        if target:
            try:
                map_list.highlighted = map_list.get_option_index(target)
            except Exception:
                pass

    def _show_gap_check_line(self, lang: str, levels_done: int) -> None:
        """The voluntary Gap-Check, offered at the first start and after each level (never in the way)."""
        from course.status import gap_check_due

        line = self.query_one(GapCheckLine)
        spec = self.app.catalog.gapcheck
        due = spec is not None and gap_check_due(self.app, levels_done)
        line.display = due
        if due and spec is not None:
            line.update(Text(t(lang, "gap.line", n=spec.minutes)))

    def action_gap_check(self) -> None:
        from course.screens.gapcheck import GapCheckScreen

        if getattr(self.app.catalog, "gapcheck", None) is not None:
            self.app.push_screen(GapCheckScreen())

    def on_gap_check_line_pressed(self, event: "GapCheckLine.Pressed") -> None:
        self.action_gap_check()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        option_id = event.option.id or ""
        if option_id.startswith("lesson:"):
            self.app.open_lesson(option_id.removeprefix("lesson:"))

    def on_continue_line_pressed(self, event: "ContinueLine.Pressed") -> None:
        self.action_continue()

    def action_continue(self) -> None:
        if self._continue:
            self.app.open_lesson(self._continue)


class ContinueLine(Plain):
    """The obvious next step, focused at start: Enter or a click opens it (lighter than a Button)."""

    if TYPE_CHECKING:  # the running app, typed (Textual's getters.app); nothing changes at run time
        app = getters.app(CourseApp)

    can_focus = True
    BINDINGS = [Binding("enter,space", "press", "Continue", show=False)]

    class Pressed(Message):
        """The learner wants to continue."""

    def __init__(self) -> None:
        super().__init__("", id="continue")

    def action_press(self) -> None:
        self.post_message(self.Pressed())

    def on_click(self) -> None:
        self.action_press()


class GapCheckLine(Plain):
    """The offer of a Gap-Check: focusable (Tab from "continue"), hidden when none is due."""

    if TYPE_CHECKING:  # the running app, typed (Textual's getters.app); nothing changes at run time
        app = getters.app(CourseApp)

    can_focus = True
    BINDINGS = [Binding("enter,space", "press", "Gap-Check", show=False)]

    class Pressed(Message):
        """The learner wants to take the Gap-Check."""

    def __init__(self) -> None:
        super().__init__("", id="gap-line")
        self.display = False

    def action_press(self) -> None:
        self.post_message(self.Pressed())

    def on_click(self) -> None:
        self.action_press()
