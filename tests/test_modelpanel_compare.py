"""CompareScreen: the same prompt on several models, or three times on one, side by side."""

from __future__ import annotations

import json

import pytest
from helpers.llm_fakes import make_slow_model, registered
from textual.app import App
from textual.widgets import Select, Static

from course.models import ModelInfo
from course.screens.compare import CompareScreen, columns_for, option_label
from course.screens.modelpanel import CSS_FILE, ModelPanel

COMPARE_CSS = CSS_FILE.with_name("compare.tcss")


class CompareApp(App[None]):
    CSS_PATH = [str(CSS_FILE), str(COMPARE_CSS)]

    def __init__(self, screen: CompareScreen) -> None:
        super().__init__()
        self.start = screen

    def on_mount(self) -> None:
        self.push_screen(self.start)


async def settle(app: App, pilot) -> None:  # type: ignore[no-untyped-def]
    """Wait until every column has finished a run (a click's message may start them a bit later)."""
    for _ in range(500):
        await app.workers.wait_for_complete()
        await pilot.pause()
        panels = list(app.screen.query(ModelPanel))
        if all(p.last is not None and not p.running for p in panels):
            return
    raise AssertionError("the columns did not finish")


def answers(app: App) -> list[str]:
    return [str(p.query_one(".mp-answer", Static).render()) for p in app.screen.query(ModelPanel)]


def notices(app: App) -> list[str]:
    return [str(p.query_one(".mp-notice", Static).render()) for p in app.screen.query(ModelPanel)]


def test_columns() -> None:
    assert columns_for(["echo"]) == ["echo"] * 3
    assert columns_for(["echo", "gpt-4o"]) == ["echo", "gpt-4o"]
    assert columns_for(["a", "b", "c", "d"]) == ["a", "b", "c"]
    assert columns_for([]) == [None] * 3


def test_option_labels_are_honest() -> None:
    smol = ModelInfo(id="SmolLM2", name="SmolLM2", local=True, demo=True)
    gpt = ModelInfo(id="gpt-4o", name="gpt-4o", needs_key="openai", key_present=False, default=True)
    assert option_label(smol, "en") == "SmolLM2 (tiny demo model, offline)"
    assert option_label(gpt, "de") == "gpt-4o (extern, Schlüssel fehlt, Standard)"


async def test_three_runs_of_one_model_side_by_side() -> None:
    app = CompareApp(CompareScreen("Nenne drei Obstsorten", ["echo"], lang="de"))
    async with app.run_test(size=(150, 40)) as pilot:
        await app.workers.wait_for_complete()  # the model list
        await pilot.pause()
        selects = list(app.screen.query(Select))
        assert [s.value for s in selects] == ["echo"] * 3
        assert answers(app) == ["Noch nicht ausgeführt. F5 führt den Prompt aus."] * 3  # nothing sent yet
        await pilot.press("f5")
        await settle(app, pilot)
        shown = answers(app)
        assert len(shown) == 3 and all(json.loads(a)["prompt"] == "Nenne drei Obstsorten" for a in shown)


@pytest.mark.slow
async def test_two_models_each_guarded_on_its_own() -> None:
    remote = make_slow_model(model_id="remote-test")
    prompt = "Schreib Herrn Max Mustermann wegen der IBAN DE89 3704 0044 0532 0130 00."
    app = CompareApp(CompareScreen(prompt, ["echo", "remote-test"], lang="en"))
    with registered(remote):
        async with app.run_test(size=(150, 40)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert len(app.screen.query(ModelPanel)) == 2
            await pilot.click("#cmp-run")
            await settle(app, pilot)
            local_notice, remote_notice = notices(app)
            assert local_notice.startswith("Local model: your text stays on this machine")
            assert remote_notice.startswith("Not sent: personal data for a remote model")
            assert "Mustermann" in answers(app)[0] and answers(app)[1] == ""
    assert remote.prompts == []


async def test_choosing_another_model_in_a_column() -> None:
    slow = make_slow_model()
    app = CompareApp(CompareScreen("Sag Hallo", ["echo"], lang="en"))
    with registered(slow):
        async with app.run_test(size=(150, 40)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            app.screen.query_one("#cmp-model-2", Select).value = "slow-test"
            await pilot.pause()
            assert app.screen.query_one("#cmp-panel-2", ModelPanel).model_id == "slow-test"
            await pilot.press("f5")
            await settle(app, pilot)
            assert answers(app)[2] == "Hallo liebe Welt!"
            assert json.loads(answers(app)[0])["prompt"] == "Sag Hallo"


@pytest.mark.slow
async def test_cancel_all_stops_every_column() -> None:
    slow = make_slow_model(block_after=1)
    app = CompareApp(CompareScreen("Sag Hallo", ["slow-test"], lang="en"))
    with registered(slow):
        async with app.run_test(size=(150, 40)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.press("f5")
            for _ in range(300):
                await pilot.pause(0.01)
                if answers(app) == ["Hallo "] * 3:
                    break
            await pilot.press("f6")
            await settle(app, pilot)
            assert answers(app) == ["Hallo "] * 3
            assert notices(app) == ["Cancelled."] * 3


async def test_an_unknown_model_stays_selectable_and_fails_in_one_line() -> None:
    app = CompareApp(CompareScreen("Hallo", ["echo", "gone-model"], lang="en"))
    async with app.run_test(size=(150, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen.query_one("#cmp-model-1", Select).value == "gone-model"
        await pilot.press("f5")
        await settle(app, pilot)
        assert notices(app)[1] == "Unknown model 'gone-model': choose another one (`llm models` lists them)."
