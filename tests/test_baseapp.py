"""The shared base app, the workbench's session Protocol, and the key bar drawn from public bindings API."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from helpers.promptathon import MINI, FakeClock

from course.app import CourseApp
from course.baseapp import BaseApp
from course.catalog import build_catalog
from course.commands.promptathon import build_app
from course.options import Options
from course.promptathonapp import PromptathonApp
from progress.store import Store

DATA = Path(__file__).parent / "data"
REPO = Path(__file__).resolve().parent.parent


def test_the_promptathon_app_is_a_base_app_and_no_longer_a_course_app() -> None:
    assert issubclass(CourseApp, BaseApp) and issubclass(PromptathonApp, BaseApp)
    assert not issubclass(PromptathonApp, CourseApp)


def _course_app(tmp_path: Path, lang: str) -> CourseApp:
    store = Store.open(tmp_path / "p.db")
    store.set_current_learner(store.create_learner("Anna", "Vertrieb", lang).id)
    return CourseApp(build_catalog([DATA / "packs" / "good"]), store, Options(lang=lang))


async def test_the_key_bar_shows_german_labels_while_the_bindings_stay_as_declared(tmp_path: Path) -> None:
    from course.screens.levelmap import LevelMapScreen
    from course.screens.widgets import KeyBar

    app = _course_app(tmp_path, "de")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, LevelMapScreen)
        shown = str(screen.query_one(KeyBar).content)
        assert "Fortschritt" in shown and "Einstellungen" in shown and "Strg" not in shown
        declared = {b.action: b.description for b in LevelMapScreen.BINDINGS if not isinstance(b, tuple)}
        active = {a.binding.action: a.binding.description for a in screen.active_bindings.values() if a.node is screen}
        assert active["app.progress"] == declared["app.progress"] == "Progress"  # nothing rewritten inside Textual
        assert active["app.settings"] == "Settings"


async def test_a_dispute_in_a_promptathon_says_it_is_not_kept_instead_of_crashing(tmp_path: Path) -> None:
    from course.screens.anatomy import DisputeScreen
    from course.screens.promptathon_challenge import ChallengeScreen

    app, code = build_app(
        Options(lang="en"), "Team Blue", None, str(MINI), str(tmp_path / "blue.json"), clock=FakeClock()
    )
    assert code == 0 and app is not None
    said: list[str] = []
    app.notify = lambda message, **_kw: said.append(str(message))  # type: ignore[method-assign]
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ChallengeScreen)
        app.screen.query_one("#wb-editor").text = "You are an assistant."  # typing it key by key cost a second
        await pilot.pause()
        await pilot.press("ctrl+s", "f9")
        await pilot.pause()
        assert isinstance(app.screen, DisputeScreen)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ChallengeScreen)
    assert app.return_code in (0, None)
    assert "Objections are not saved here: a Promptathon has no learner profile." in said


async def test_ctrl_c_in_the_promptathon_ends_the_run_like_ctrl_q(tmp_path: Path) -> None:
    from course.promptathon import results

    app, code = build_app(
        Options(lang="de"), "Team Blau", None, str(MINI), str(tmp_path / "blau.json"), clock=FakeClock()
    )
    assert code == 0 and app is not None
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("ctrl+c")  # the challenge list: no text field has the focus
        await pilot.pause()
    assert results.read(tmp_path / "blau.json")["ended"] == "quit"


@pytest.mark.slow  # one mypy run
def test_mypy_proves_both_sessions_implement_the_workbench_protocol(tmp_path: Path) -> None:
    """Session and RunSession satisfy WorkbenchSession; a class missing a method does not (the check is live)."""
    probe = tmp_path / "protocol_probe.py"
    probe.write_text(
        "from course.runsession import RunSession\n"
        "from course.session import Session\n"
        "from course.workbenchsession import WorkbenchSession\n\n\n"
        "class Incomplete:\n"
        "    lang = 'de'\n\n"
        "    def draft(self, exercise_id: str) -> str | None:\n"
        "        return None\n\n\n"
        "both: list[type[WorkbenchSession]] = [Session, RunSession]\n"
        "broken: type[WorkbenchSession] = Incomplete\n",
        encoding="utf-8",
    )
    out = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--follow-imports=silent", "--no-incremental", str(probe)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
    )
    errors = [line for line in out.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 1, out.stdout
    assert "protocol_probe.py:14:" in errors[0] and "Incomplete" in errors[0], out.stdout


@pytest.mark.parametrize("which", ["course", "promptathon"])
async def test_an_unexpected_error_ends_either_app_with_one_line_and_a_crash_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, which: str
) -> None:
    monkeypatch.setenv("GENAI_COURSE_HOME", str(tmp_path / "home"))
    if which == "course":
        app: BaseApp = _course_app(tmp_path, "en")
    else:
        built, code = build_app(
            Options(lang="en"), "Team Blue", None, str(MINI), str(tmp_path / "blue.json"), clock=FakeClock()
        )
        assert code == 0 and built is not None
        app = built

    def boom() -> None:
        raise ValueError("something odd")

    with pytest.raises(ValueError, match="something odd"):  # run_test hands the error on when it ends
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            app.call_later(boom)
            await pilot.pause()
    log = (tmp_path / "home" / "crash.log").read_text(encoding="utf-8")
    assert "ValueError: something odd" in log and "Traceback" in log
    assert app.return_code == 1
