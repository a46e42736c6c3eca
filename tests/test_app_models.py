"""The workbench runs a prompt on a real (echo) model and records the attempt with the model."""

from __future__ import annotations

from pathlib import Path

import pytest

from course.app import CourseApp
from course.catalog import build_catalog
from course.models.settings import choose_model
from course.options import Options
from progress.store import Store


@pytest.mark.slow
async def test_f5_runs_the_prompt_on_echo_and_records_model_and_duration(good_pack: Path, tmp_path: Path) -> None:
    store = Store.open(tmp_path / "p.db")
    learner = store.create_learner("Eva", "", "en")
    store.set_current_learner(learner.id)
    choose_model(store, learner.id, "echo")
    app = CourseApp(build_catalog([good_pack]), store, Options(lang="en"))
    async with app.run_test(size=(100, 34)) as pilot:
        app.open_exercise("first-prompt", "first-prompt-ex")
        await pilot.pause()
        app.screen.query_one(
            "#wb-editor"
        ).text = "You are an assistant. Summarise the notes as bullet points for the team."
        await pilot.press("f5")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen.has_class("-model")
        attempts = store.attempts(learner.id, "first-prompt-ex")
        assert len(attempts) == 1 and attempts[0].model == "echo" and attempts[0].passed
        assert attempts[0].duration_s >= 0
    store.close()


@pytest.mark.slow
async def test_a_red_prompt_is_not_sent_to_a_remote_model(good_pack: Path, tmp_path: Path) -> None:
    store = Store.open(tmp_path / "p.db")
    learner = store.create_learner("Eva", "", "en")
    store.set_current_learner(learner.id)
    choose_model(store, learner.id, "gpt-4o-mini")
    app = CourseApp(build_catalog([good_pack]), store, Options(lang="en"))
    async with app.run_test(size=(100, 34)) as pilot:
        app.open_exercise("first-prompt", "first-prompt-ex")
        await pilot.pause()
        app.screen.query_one(
            "#wb-editor"
        ).text = "You are an assistant. Mail max.mustermann@example.com, IBAN DE89 3704 0044 0532 0130 00."
        await pilot.press("f5")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert store.attempts(learner.id, "first-prompt-ex") == []
        notice = app.screen.query_one("#wb-model .mp-notice").content
        assert "IBAN" in str(notice), notice
    store.close()


# Slow (2-3 s: llm's plugins load for real, a worker lists them): the parts run fast elsewhere -- llm's registry
# lists echo (test_models), Settings fills its list from available_models (test_model_setup), the choice is
# stored per learner (test_models); this is the whole path through the real llm.
@pytest.mark.slow
async def test_settings_lists_llm_models_and_saves_the_choice(good_pack: Path, tmp_path: Path) -> None:
    from textual.widgets import Select

    from course.models.settings import chosen_model

    store = Store.open(tmp_path / "p.db")
    learner = store.create_learner("Eva", "", "de")
    store.set_current_learner(learner.id)
    app = CourseApp(build_catalog([good_pack]), store, Options(lang="de"))
    async with app.run_test(size=(100, 34)) as pilot:
        app.action_settings()
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        select = app.screen.query_one("#settings-model", Select)
        values = [value for _, value in select._options if isinstance(value, str)]
        assert "echo" in values
        select.value = "echo"
        app.screen.save()
        await pilot.pause()
    assert chosen_model(store, learner.id) == "echo"
    store.close()
