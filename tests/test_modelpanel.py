"""ModelPanel in a tiny Textual app: streaming, cancel, errors, the Ampel guard, output checks."""

from __future__ import annotations

import json
from pathlib import Path

from helpers.llm_fakes import make_slow_model, registered
from textual.app import App, ComposeResult
from textual.widgets import Button, Static

from course.content import CheckSpec, Exercise
from course.screens.modelpanel import CSS_FILE, ModelPanel

RED = "Schreib an Herrn Max Mustermann, IBAN DE89 3704 0044 0532 0130 00."


class PanelApp(App[None]):
    """Hosts one ModelPanel and records every Finished message, like the workbench will."""

    CSS_PATH = str(CSS_FILE)

    def __init__(self, prompt: str, model_id: str | None, lang: str = "en", exercise: Exercise | None = None) -> None:
        super().__init__()
        self.prompt = prompt
        self.model_id = model_id
        self.lang = lang
        self.exercise = exercise
        self.finished: list[ModelPanel.Finished] = []

    def compose(self) -> ComposeResult:
        yield ModelPanel(
            lang=self.lang, model_id=self.model_id, get_prompt=lambda: self.prompt, exercise=self.exercise, id="panel"
        )

    def on_model_panel_finished(self, message: ModelPanel.Finished) -> None:
        self.finished.append(message)


def text_of(app: App, selector: str) -> str:
    return str(app.query_one(selector, Static).render())


async def run_panel(app: PanelApp, pilot) -> ModelPanel:  # type: ignore[no-untyped-def]
    """Click Run and wait until the run has finished (the click's message may start it a little later)."""
    before = len(app.finished)
    button = app.query_one("#mp-run", Button)
    while button.has_class("-active"):  # a button ignores clicks while its press animation runs
        await pilot.pause(0.05)
    await pilot.click("#mp-run")
    for _ in range(500):
        await app.workers.wait_for_complete()
        await pilot.pause()
        if len(app.finished) > before:
            break
    assert len(app.finished) == before + 1
    return app.query_one(ModelPanel)


async def test_echo_answer_streams_into_the_panel_with_model_duration_tokens() -> None:
    app = PanelApp("Fasse das Meeting zusammen", "echo")
    async with app.run_test(size=(100, 30)) as pilot:
        assert "Not run yet" in text_of(app, ".mp-answer")
        panel = await run_panel(app, pilot)
        shown = text_of(app, ".mp-answer")
        assert json.loads(shown)["prompt"] == "Fasse das Meeting zusammen"
        head = text_of(app, ".mp-head")
        assert head.startswith("Model: echo (local) · ") and head.endswith(" s · 4 → 15 tokens")
        assert text_of(app, ".mp-notice") == "Local model: your text stays on this machine."
        assert not panel.running and not app.query_one("#mp-run", Button).disabled
        assert app.query_one("#mp-cancel", Button).disabled
    (done,) = app.finished
    assert done.result.ok and done.result.model_id == "echo" and done.model.local
    assert done.prompt == "Fasse das Meeting zusammen" and done.guard.allowed


async def test_several_chunks_arrive_one_by_one() -> None:
    slow = make_slow_model(chunks=("Eins ", "zwei ", "drei"), block_after=2)
    app = PanelApp("Zähl bis drei", "slow-test", lang="de")
    with registered(slow):
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.click("#mp-run")
            for _ in range(200):  # the model holds after two chunks: they must be visible
                await pilot.pause(0.01)
                if text_of(app, ".mp-answer") == "Eins zwei ":
                    break
            assert text_of(app, ".mp-answer") == "Eins zwei "
            assert app.query_one(ModelPanel).running
            assert not app.query_one("#mp-cancel", Button).disabled
            slow.gate.set()
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert text_of(app, ".mp-answer") == "Eins zwei drei"
            assert "3 Tokens" in text_of(app, ".mp-head")


async def test_cancel_stops_and_keeps_the_partial_answer() -> None:
    slow = make_slow_model(block_after=1)
    app = PanelApp("Sag Hallo", "slow-test", lang="de")
    with registered(slow):
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.click("#mp-run")
            for _ in range(200):
                await pilot.pause(0.01)
                if text_of(app, ".mp-answer") == "Hallo ":
                    break
            await pilot.click("#mp-cancel")
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert text_of(app, ".mp-answer") == "Hallo "
            assert text_of(app, ".mp-notice") == "Abgebrochen."
            assert app.query_one(".mp-notice").has_class("-error")
            assert not app.query_one(ModelPanel).running
    (done,) = app.finished
    assert done.result.cancelled and done.result.text == "Hallo "


async def test_missing_key_is_one_line_in_the_panel() -> None:
    app = PanelApp("Fasse zusammen", "gpt-4o-mini")
    async with app.run_test(size=(120, 30)) as pilot:
        await run_panel(app, pilot)
        assert text_of(app, ".mp-notice") == (
            "No API key for gpt-4o-mini: set one with `llm keys set openai` or the OPENAI_API_KEY environment variable."
        )
        assert app.query_one(".mp-notice").has_class("-error")
        assert text_of(app, ".mp-head").startswith("Model: gpt-4o-mini (remote)")
    assert app.finished[0].result.error


async def test_unknown_model_is_one_line_in_the_panel() -> None:
    app = PanelApp("Fasse zusammen", "no-such-model", lang="de")
    async with app.run_test(size=(120, 30)) as pilot:
        await run_panel(app, pilot)
        assert text_of(app, ".mp-notice") == (
            "Unbekanntes Modell „no-such-model“: wähle ein anderes (`llm models` zeigt alle)."
        )


async def test_the_ampel_blocks_a_red_prompt_for_a_remote_model_and_sends_nothing() -> None:
    remote = make_slow_model(model_id="remote-test")  # not a local plugin: counts as remote
    app = PanelApp(RED, "remote-test")
    with registered(remote):
        async with app.run_test(size=(140, 30)) as pilot:
            await run_panel(app, pilot)
            notice = text_of(app, ".mp-notice")
            assert notice.startswith("Not sent: personal data for a remote model – name (line 1), IBAN (line 1)")
            assert app.query_one(".mp-notice").has_class("-error")
            assert text_of(app, ".mp-answer") == ""
            # the learner removes the data and runs again: now it is sent
            app.prompt = "Schreib an [KUNDE], IBAN [IBAN]."
            await run_panel(app, pilot)
            assert text_of(app, ".mp-answer") == "Hallo liebe Welt!"
            assert text_of(app, ".mp-notice") == "Remote model: your text leaves this machine."
    assert remote.prompts == ["Schreib an [KUNDE], IBAN [IBAN]."]
    blocked, sent = app.finished
    assert blocked.result is None and not blocked.guard.allowed
    assert sent.result.ok


async def test_a_local_model_gets_the_red_prompt_with_a_notice() -> None:
    app = PanelApp(RED, "echo")
    async with app.run_test(size=(140, 30)) as pilot:
        await run_panel(app, pilot)
        assert text_of(app, ".mp-notice").startswith("Local model: your text stays on this machine (found: name")
        assert "Mustermann" in text_of(app, ".mp-answer")


async def test_nothing_runs_until_the_learner_asks() -> None:
    slow = make_slow_model()
    app = PanelApp("Hallo", "slow-test")
    with registered(slow):
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause(0.1)
            await app.workers.wait_for_complete()
            assert slow.prompts == [] and app.finished == []
            await pilot.press("tab")  # focus the Run button, then F5 in the panel runs
            await pilot.press("f5")
            await app.workers.wait_for_complete()
            await pilot.pause()
    assert slow.prompts == ["Hallo"]


async def test_output_checks_are_shown_after_the_answer(tmp_path: Path) -> None:
    exercise = Exercise(id="ex", kind="prompt", output_checks=(CheckSpec("llm-rubric", "The answer is polite."),))
    app = PanelApp(json.dumps({"raw": "Guten Tag, gern geschehen."}), "echo", exercise=exercise)
    async with app.run_test(size=(140, 30)) as pilot:
        await run_panel(app, pilot)
        checks = text_of(app, ".mp-checks")
        assert checks.splitlines()[0] == "Checks on the answer"  # only feedback: no overall verdict
        assert "✗ model judgement – The judge (model) gave no clear verdict" in checks
        app.exercise = exercise = Exercise(
            id="ex",
            kind="prompt",
            output_checks=(
                CheckSpec("icontains", "Guten Tag"),
                CheckSpec("llm-rubric", "The answer is polite."),
            ),
        )
        app.query_one(ModelPanel).exercise = exercise
        await run_panel(app, pilot)
        checks = text_of(app, ".mp-checks")
        assert checks.splitlines()[0] == "Checks on the answer: passed"
    first, second = (m.report for m in app.finished)
    assert not first.decided and not first.results[0].passed
    assert second.decided and second.passed and [r.passed for r in second] == [True, False]


async def test_switching_the_model_shows_it_in_the_header() -> None:
    app = PanelApp("Hallo", "echo")
    async with app.run_test(size=(100, 30)) as pilot:
        panel = app.query_one(ModelPanel)
        panel.set_model("gpt-4o-mini")
        await pilot.pause()
        assert text_of(app, ".mp-head") == "Model: gpt-4o-mini"
        panel.set_model(None)
        await pilot.pause()
        assert text_of(app, ".mp-head") == "Model: llm's default model"


async def test_closing_the_panel_while_it_runs_stops_the_request() -> None:
    import asyncio

    slow = make_slow_model(block_after=1)
    app = PanelApp("Sag Hallo", "slow-test")
    with registered(slow):
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.click("#mp-run")
            for _ in range(200):
                await pilot.pause(0.01)
                if text_of(app, ".mp-answer") == "Hallo ":
                    break
            await app.query_one(ModelPanel).remove()
            # the model is still blocked, yet the worker ends at once
            await asyncio.wait_for(app.workers.wait_for_complete(), timeout=5)
            assert not slow.gate.is_set()
