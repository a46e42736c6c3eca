"""Snapshots of every screen at 80x24 and 120x40, in German and English."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.app import navigate

from course.app import CourseApp
from course.catalog import build_catalog
from course.options import Options
from progress.store import Store

# Snapshot tests render every screen and compare SVGs: seconds each. UI work: run this file on its own.
pytestmark = pytest.mark.slow

DATA = Path(__file__).parent / "data"
SIZES = [(80, 24), (120, 40)]
LANGS = ["de", "en"]


def _app(tmp_path: Path, lang: str, learner: bool = True) -> CourseApp:
    store = Store.open(tmp_path / f"snap-{lang}.db")
    if learner:
        person = store.create_learner("Anna", "Vertrieb", lang)
        store.set_current_learner(person.id)
    catalog = build_catalog([DATA / "packs" / "good"])
    return CourseApp(catalog, store, Options(lang=lang))


def _exercise(exercise_id: str, lesson_id: str):
    def go(app: CourseApp) -> None:
        app.open_exercise(lesson_id, exercise_id)

    return go


async def _weak_attempt(app: CourseApp) -> None:
    import asyncio

    from course.screens.workbench import WorkbenchScreen

    app.open_exercise("first-prompt", "first-prompt-ex")
    for _ in range(50):
        if (
            isinstance(app.screen, WorkbenchScreen)
            and app.screen.query("#wb-checklist")
            and app.screen.query("#wb-feedback")
        ):
            break
        await asyncio.sleep(0.02)
    editor = app.screen.query_one("#wb-editor")
    editor.cursor_blink = False
    editor.text = "Fasse die Notizen zusammen, bitte."
    await asyncio.sleep(0.5)  # past the live checklist's debounce
    app.screen.action_submit()
    editor.focus()
    editor.move_cursor(editor.document.end)


SCREENS = {
    "profile": (False, None),
    "levelmap": (True, None),
    "lesson": (True, lambda app: app.open_lesson("hello")),
    "workbench": (True, _weak_attempt),
    "quiz": (True, _exercise("hello-quiz", "hello")),
    "progress": (True, lambda app: app.action_progress()),
    "policy": (True, lambda app: app.action_policy()),
    "settings": (True, lambda app: app.action_settings()),
    "help": (True, lambda app: app.action_help()),
    "team": (True, lambda app: app.push_team(str(Path("team") / "good"))),
}


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("screen", sorted(SCREENS))
def test_screen(
    snap_compare, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, screen: str, lang: str, size: tuple[int, int]
) -> None:
    import datetime as real

    class FixedDatetime(real.datetime):
        @classmethod
        def now(cls, tz=None):
            return real.datetime(2026, 11, 28, 9, 0, tzinfo=tz)

    monkeypatch.setattr("course.team.summary.datetime", FixedDatetime)
    monkeypatch.setattr("course.screens.workbench.LIVE_DELAY", 0.01)
    monkeypatch.chdir(DATA)  # paths shown on screen stay the same on every machine
    learner, action = SCREENS[screen]
    app = _app(tmp_path, lang, learner)
    assert snap_compare(app, terminal_size=size, run_before=navigate(action or (lambda app: None)))
