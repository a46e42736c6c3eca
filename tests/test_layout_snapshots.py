"""The workbench (six checks, red Ampel), a quiz with long options, the policy and help at 80x24, 60x20 and 120x40."""

from __future__ import annotations

import asyncio
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
SIZES = [(80, 24), (60, 20), (120, 40)]
RED_TEXT = {
    "de": (
        "Du bist Assistenz. Schreib eine Mail an das Team.\n"
        "Überweisung an DE89 3704 0044 0532 0130 00, Fragen an max.mustermann@example.com"
    ),
    "en": (
        "You are an assistant. Write a mail to the team.\n"
        "Transfer to DE89 3704 0044 0532 0130 00, questions to max.mustermann@example.com"
    ),
}


def layout_app(tmp_path: Path, lang: str) -> CourseApp:
    """The app on the layout pack (six checks, a long quiz, a policy with [brackets]) for one learner."""
    store = Store.open(tmp_path / f"layout-{lang}.db")
    person = store.create_learner("Anna", "Vertrieb", lang)
    store.set_current_learner(person.id)
    return CourseApp(build_catalog([DATA / "packs" / "layout"]), store, Options(lang=lang))


async def open_workbench_red(app: CourseApp) -> None:
    """The six-check exercise with a text the Ampel finds red, checked once."""
    from course.screens.workbench import WorkbenchScreen

    app.open_exercise("six", "six-checks")
    for _ in range(500):  # until on_mount has run (it fills the feedback), or a submit's feedback gets overwritten
        if (
            isinstance(app.screen, WorkbenchScreen)
            and app.screen.query("#wb-checklist")
            and app.screen.query("#wb-feedback")
            and str(app.screen.query_one("#wb-feedback").content)
        ):
            break
        await asyncio.sleep(0.02)
    editor = app.screen.query_one("#wb-editor")
    editor.cursor_blink = False
    editor.text = RED_TEXT[app.lang]
    await asyncio.sleep(0.2)  # the edit's Changed message and the live checklist's debounce
    app.screen.action_submit()
    editor.focus()
    editor.move_cursor(editor.document.end)


async def open_recorded_answers(app: CourseApp) -> None:
    """F5 without a model: the recorded answers with the set-up line, the Ampel still beside them."""
    await open_workbench_red(app)
    app.screen._model = None  # what F5 finds on a machine with no model set up (tested for real in test_workbench_ui)
    app.screen.action_run_model()


SCREENS = {
    "answers": open_recorded_answers,
    "workbench": open_workbench_red,
    "quiz": lambda app: app.open_exercise("six", "long-quiz"),
    "policy": lambda app: app.action_policy(),
    "help": lambda app: app.action_help(),
}


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("screen", sorted(SCREENS))
def test_layout(
    snap_compare, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, screen: str, lang: str, size: tuple[int, int]
) -> None:
    monkeypatch.setattr("course.screens.workbench.LIVE_DELAY", 0.01)
    app = layout_app(tmp_path, lang)
    assert snap_compare(app, terminal_size=size, run_before=navigate(SCREENS[screen]))
