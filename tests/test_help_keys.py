"""Help lists every binding of every screen, and each key listed there does what help says."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual.widgets import TextArea

from course.app import CourseApp
from course.catalog import build_catalog
from course.options import Options
from course.screens.help import HelpEntry, action_label, help_entries
from progress.store import Store

DATA = Path(__file__).parent / "data"


def _cases() -> list[tuple[HelpEntry, str]]:
    return [(entry, key) for entry in help_entries() for key in entry.keys.split(",")]


def _screen(app: CourseApp) -> str:
    return type(app.screen).__name__


async def _wait(app: CourseApp, pilot, name: str) -> None:
    for _ in range(100):
        await pilot.pause()
        if _screen(app) == name and (name != "WorkbenchScreen" or app.screen.query("#wb-feedback")):
            return
    raise AssertionError(f"expected {name}, got {_screen(app)}")


async def _go(app: CourseApp, pilot, section: str) -> None:
    """Open the screen a help section describes."""
    if section in ("everywhere", "map"):
        return
    if section == "lesson":
        app.open_lesson("six")
        await _wait(app, pilot, "LessonScreen")
    elif section in ("workbench", "editor"):
        app.open_exercise("six", "six-checks")
        await _wait(app, pilot, "WorkbenchScreen")
        editor = app.screen.query_one("#wb-editor", TextArea)
        editor.text = "Du bist Assistenz. Schreib eine Mail.\nZweite Zeile"
        await pilot.pause(0.3)
        editor.focus()
    elif section == "quiz":
        app.open_exercise("six", "long-quiz")
        await _wait(app, pilot, "QuizScreen")
    elif section == "order":
        app.open_exercise("order-lesson", "order-ex")
        await _wait(app, pilot, "OrderScreen")
    elif section == "gapcheck":
        app.screen.action_gap_check()
        await _wait(app, pilot, "GapCheckScreen")
    elif section in ("progress", "policy", "settings", "team", "help"):
        getattr(app, f"action_{section}")()
        await _wait(
            app,
            pilot,
            {
                "progress": "ProgressScreen",
                "policy": "PolicyScreen",
                "settings": "SettingsScreen",
                "team": "TeamScreen",
                "help": "HelpScreen",
            }[section],
        )
        await app.workers.wait_for_complete()
        await pilot.pause()


def _feedback(app: CourseApp) -> str:
    return str(app.screen.query_one("#wb-feedback").render())


Check = Callable[[CourseApp, dict], bool | Awaitable[bool]]

BEFORE: dict[str, Callable[[CourseApp], object]] = {
    "feedback": lambda app: _feedback(app) if app.screen.query("#wb-feedback") else None,
    "focus": lambda app: app.screen.focused,
    "lesson": lambda app: getattr(app.screen, "lesson_id", None),
    "order": lambda app: list(getattr(app.screen, "order", [])),
    "text": lambda app: app.screen.query_one("#wb-editor", TextArea).text if app.screen.query("#wb-editor") else None,
    "depth": lambda app: len(app.screen_stack),
}

CHECKS: dict[str, Check] = {
    "app.quit": lambda app, b: _screen(app) == "QuitScreen",
    "app.help": lambda app, b: _screen(app) == "HelpScreen",
    "app.command_palette": lambda app, b: _screen(app) == "CommandPalette",
    "app.focus_next": lambda app, b: app.screen.focused is not b["focus"],
    "continue": lambda app, b: _screen(app) == "LessonScreen",
    "press": lambda app, b: _screen(app) == "LessonScreen",
    "app.progress": lambda app, b: _screen(app) == "ProgressScreen",
    "app.policy": lambda app, b: _screen(app) == "PolicyScreen",
    "app.settings": lambda app, b: _screen(app) == "SettingsScreen",
    "app.team": lambda app, b: _screen(app) == "TeamScreen",
    "back": lambda app, b: len(app.screen_stack) < b["depth"],
    "app.pop_screen": lambda app, b: len(app.screen_stack) < b["depth"],
    "dismiss": lambda app, b: len(app.screen_stack) < b["depth"],
    "practise": lambda app, b: _screen(app) in ("WorkbenchScreen", "QuizScreen", "OrderScreen"),
    "next": lambda app, b: _screen(app) == "LessonScreen" and app.screen.lesson_id != b["lesson"],
    "previous": lambda app, b: _screen(app) == "LessonScreen" and app.screen.lesson_id != b["lesson"],
    "submit": lambda app, b: (
        (_feedback(app) != b["feedback"])
        if b["feedback"] is not None
        else bool(str(app.screen.query_one("#quiz-feedback, #order-feedback").render()).strip())
    ),
    "hint": lambda app, b: "Tipp 1/1" in _feedback(app),
    "solution": lambda app, b: "Musterlösung" in _feedback(app),
    "history": lambda app, b: _screen(app) == "HistoryScreen",
    "run_model": lambda app, b: app.screen.has_class("-examples") or app.screen.has_class("-model"),
    "examples": lambda app, b: app.screen.has_class("-examples"),
    "compare": lambda app, b: _screen(app) == "CompareScreen",
    "select_all": lambda app, b: app.screen.query_one("#wb-editor", TextArea).selected_text == b["text"],
    "clear_text": lambda app, b: app.screen.query_one("#wb-editor", TextArea).text == "",
    "undo": lambda app, b: app.screen.query_one("#wb-editor", TextArea).text != b["text"],
    "redo": lambda app, b: app.screen.query_one("#wb-editor", TextArea).text == b["text"],
    "move_up": lambda app, b: app.screen.order != b["order"],
    "move_down": lambda app, b: app.screen.order != b["order"],
    "save": lambda app, b: _screen(app) == "LevelMapScreen",
    "gap_check": lambda app, b: _screen(app) == "GapCheckScreen",
    "anatomy": lambda app, b: app.screen.query_one("#wb-anatomy").display,
    "dispute": lambda app, b: _screen(app) == "DisputeScreen",
    "skip": lambda app, b: len(app.screen_stack) < b["depth"],
}
SECTION_CHECKS: dict[tuple[str, str], Check] = {
    ("gapcheck", "save"): lambda app, b: len(app.screen_stack) < b["depth"],  # answers stored, the screen closed
}


def test_help_lists_every_binding_of_every_screen_with_words_in_both_languages() -> None:
    from course.screens.workbench import WorkbenchScreen

    entries = help_entries()
    listed = {(e.section, e.action) for e in entries}
    for binding in WorkbenchScreen.BINDINGS:
        assert ("workbench", binding.action) in listed  # F6 and Ctrl+K too, shown or not
    for entry in entries:
        for lang in ("de", "en"):
            assert action_label(entry.action, lang) != entry.action, (entry, lang)
        assert entry.action in CHECKS, f"no test for {entry}: add what the key must do"


@pytest.mark.parametrize(
    ("entry", "key"), _cases(), ids=lambda v: v if isinstance(v, str) else f"{v.section}-{v.action}"
)
@pytest.mark.slow
async def test_the_key_does_what_help_says(tmp_path: Path, entry: HelpEntry, key: str) -> None:
    store = Store.open(tmp_path / "p.db")
    person = store.create_learner("Anna", "", "de")
    store.set_current_learner(person.id)
    app = CourseApp(build_catalog([DATA / "packs" / "layout"]), store, Options(lang="de"))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await _go(app, pilot, entry.section)
        if entry.action == "previous":
            app.screen.action_next()
            await pilot.pause()
            await _wait(app, pilot, "LessonScreen")
        if entry.action in ("undo", "redo"):
            await pilot.press("ctrl+n")
            await pilot.pause()
            if entry.action == "redo":
                await pilot.press("ctrl+z")
                await pilot.pause()
        if entry.section == "gapcheck" and entry.action == "save":
            from textual.widgets import RadioButton

            app.screen.query(RadioButton).first().value = True  # one answer ticked
            await pilot.pause()
        if entry.action == "move_up":
            app.screen.query_one("#order-list").highlighted = 1
        if entry.action == "app.focus_next":
            await _go(app, pilot, "workbench")
        before = {name: get(app) for name, get in BEFORE.items()}
        if entry.action in ("undo", "redo"):
            before["text"] = ""  # undo brings the text back; redo clears it again
        await pilot.press(key)
        for _ in range(5):
            await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        result = SECTION_CHECKS.get((entry.section, entry.action), CHECKS[entry.action])(app, before)
        if not isinstance(result, bool):
            result = await result
        assert result, f"{key} on {entry.section}: {action_label(entry.action, 'de')} did not happen ({_screen(app)})"
    store.close()


async def test_help_from_the_workbench_shows_its_keys_first(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "p.db")
    person = store.create_learner("Anna", "", "en")
    store.set_current_learner(person.id)
    app = CourseApp(build_catalog([DATA / "packs" / "layout"]), store, Options(lang="en"))
    async with app.run_test(size=(80, 24)) as pilot:
        await _go(app, pilot, "workbench")
        await pilot.press("f1")
        await pilot.pause()
        from rich.console import Console

        console = Console(width=80, record=True, file=open("/dev/null", "w"), color_system=None)  # noqa: SIM115
        console.print(app.screen.query_one("#help-table").content)
        lines = [line.strip() for line in console.export_text().splitlines() if line.strip()]
        assert lines[0] == "▸ Exercise (prompt, text)"
        assert any(line.startswith("F6") and "Sample answers" in line for line in lines[:10])
        assert any(line.startswith("Ctrl+K") and "Compare" in line for line in lines[:10])
    store.close()
