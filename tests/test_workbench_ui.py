"""The workbench as a learner uses it: recorded answers without a model, panes, Esc, editing, quitting."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import TextArea

from course.app import CourseApp
from course.catalog import build_catalog
from course.options import Options
from progress.store import Store

DATA = Path(__file__).parent / "data"


def make_app(tmp_path: Path, lang: str = "de", pack: str = "layout") -> tuple[CourseApp, Store]:
    store = Store.open(tmp_path / "p.db")
    person = store.create_learner("Anna", "", lang)
    store.set_current_learner(person.id)
    return CourseApp(build_catalog([DATA / "packs" / pack]), store, Options(lang=lang)), store


async def open_exercise(app: CourseApp, pilot, lesson: str = "six", exercise: str = "six-checks") -> None:
    app.open_exercise(lesson, exercise)
    for _ in range(100):
        await pilot.pause()
        if app.screen.query("#wb-feedback") and app.screen.query("#wb-checklist"):
            return
    raise AssertionError("the workbench did not open")


def plain(app: CourseApp, selector: str) -> str:
    return str(app.screen.query_one(selector).render())


async def settle(app: CourseApp, pilot) -> None:
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_f5_without_a_model_shows_recorded_answers_and_how_to_connect_one(tmp_path: Path, monkeypatch) -> None:
    import course.models

    # llm's real registry (echo, and its default model without a key), minus a demo model that another
    # test may have registered in this process: llm's plugins are loaded once per process
    real = course.models.available_models
    monkeypatch.setattr("course.models.available_models", lambda: [m for m in real() if not m.demo])
    app, store = make_app(tmp_path, "de")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_exercise(app, pilot)
        await pilot.press("f5")
        await settle(app, pilot)
        screen = app.screen
        assert screen.has_class("-examples") and not screen.has_class("-model")
        view = screen.query_one("#wb-examples")
        shown = " ".join(str(w.render()) for w in view.query(".ex-text, .ex-notice"))
        assert "Kein Modell eingerichtet" in shown
        assert "genai-course[local]" in shown and "llm-ollama" in shown and "llm keys set" in shown
        assert "Gerne! Worum soll es in der E-Mail gehen?" in shown  # the weak prompt's answer
        assert "Betreff: Teamtreffen verschoben" in shown  # the strong prompt's answer
        assert "ILLUSTRATIV" in shown  # the hand-written one says so
        assert "Echte Antwort von test-model am 01.12.2026" in shown
        assert "Fehler" not in shown and "Schlüssel für" not in shown
        head = str(screen.query_one("#wb-model .mp-head").render())
        assert "kein Modell eingerichtet" in head
        assert store.attempts(store.current_learner().id, "six-checks") == []  # nothing was sent
    store.close()


async def test_recorded_prompts_show_their_checklist_score(tmp_path: Path) -> None:
    app, store = make_app(tmp_path, "en")
    async with app.run_test(size=(120, 40)) as pilot:
        await open_exercise(app, pilot)
        await pilot.press("f6")
        await settle(app, pilot)
        texts = [str(w.render()) for w in app.screen.query("#wb-examples .ex-text")]
        assert len(texts) == 2
        assert "checklist 33 %" in texts[0] and "checklist 100 %" in texts[1]
        assert "ILLUSTRATIVE" in texts[0] and "Real answer by test-model on 1 Dec 2026" in texts[1]
        assert not app.screen.query_one("#wb-examples").has_class("-stacked")  # side by side at 120 columns
    store.close()


async def test_esc_closes_the_innermost_panel_first(tmp_path: Path) -> None:
    from course.screens.workbench import WorkbenchScreen

    app, store = make_app(tmp_path, "en")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_exercise(app, pilot)
        await pilot.press("f6")
        await settle(app, pilot)
        assert app.screen.has_class("-examples")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, WorkbenchScreen) and not app.screen.has_class("-examples")
        assert app.screen.focused is app.screen.query_one("#wb-editor")
        app.screen.add_class("-model")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, WorkbenchScreen) and not app.screen.has_class("-model")
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, WorkbenchScreen)
    store.close()


@pytest.mark.slow
async def test_a_result_is_cleared_the_moment_the_text_changes(tmp_path: Path) -> None:
    app, store = make_app(tmp_path, "de")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_exercise(app, pilot)
        editor = app.screen.query_one("#wb-editor", TextArea)
        editor.text = (
            "Du bist Assistenz der Teamleitung. Wir mussten das Treffen am Freitag absagen, weil die Messe "
            "länger dauert. Schreibe an das ganze Team eine kurze E-Mail in freundlichem Ton."
        )
        await pilot.pause(0.4)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "Bestanden" in plain(app, "#wb-feedback")
        editor.focus()
        await pilot.press("end")
        editor.insert("\nIBAN DE89 3704 0044 0532 0130 00")
        await pilot.pause()
        assert "Bestanden" not in plain(app, "#wb-feedback")
        assert "Text geändert" in plain(app, "#wb-feedback")
        await pilot.pause(0.4)
        assert "rot" in plain(app, "#wb-ampel")
    store.close()


async def test_ctrl_a_selects_all_and_ctrl_n_clears_and_ctrl_z_brings_it_back(tmp_path: Path) -> None:
    app, store = make_app(tmp_path, "en")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_exercise(app, pilot)
        editor = app.screen.query_one("#wb-editor", TextArea)
        editor.text = "First line\nsecond line"
        await pilot.pause()
        await pilot.press("ctrl+a")
        assert editor.selected_text == "First line\nsecond line"
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert editor.text == ""
        assert "Ctrl+Z brings the text back" in plain(app, "#wb-feedback")
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert editor.text == "First line\nsecond line"
    store.close()


@pytest.mark.slow
async def test_checklist_and_feedback_are_reached_with_tab(tmp_path: Path) -> None:
    app, store = make_app(tmp_path, "en")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_exercise(app, pilot)
        seen = []
        for _ in range(8):
            await pilot.press("tab")
            seen.append(app.screen.focused.id if app.screen.focused else None)
        assert "wb-side" in seen and "wb-feedback-box" in seen
    store.close()


@pytest.mark.slow
async def test_the_ampel_light_and_first_finding_are_on_screen_with_six_checks(tmp_path: Path) -> None:
    for size in ((80, 24), (60, 20)):
        app, store = make_app(tmp_path / f"{size[0]}", "de")
        async with app.run_test(size=size) as pilot:
            await open_exercise(app, pilot)
            editor = app.screen.query_one("#wb-editor", TextArea)
            editor.text = "Du bist Assistenz.\nIBAN DE89 3704 0044 0532 0130 00"
            await pilot.pause(0.4)
            await pilot.press("ctrl+s")
            await pilot.pause()
            ampel = app.screen.query_one("#wb-ampel")
            screen_box = app.screen.region
            assert ampel.region.height >= 2 and screen_box.contains_region(ampel.region), (size, ampel.region)
            text = plain(app, "#wb-ampel")
            assert text.startswith("● rot") and "IBAN" in text
            checks = app.screen.query_one("#wb-checklist")
            assert len(str(checks.render()).splitlines()) == 6
        store.close()


async def test_quit_asks_once_in_the_learners_language(tmp_path: Path) -> None:
    from course.screens.quit import QuitScreen

    app, store = make_app(tmp_path, "de")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, QuitScreen)
        assert "Kurs beenden?" in plain(app, "#quit-title")
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, QuitScreen)
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert isinstance(app.screen, QuitScreen) and "Kurs beenden?" in plain(app, "#quit-title")
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert app.return_code == 0 and not app.is_running
    store.close()


async def test_quit_is_asked_from_the_workbench_too(tmp_path: Path) -> None:
    from course.screens.quit import QuitScreen

    app, store = make_app(tmp_path, "en")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_exercise(app, pilot)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, QuitScreen) and "Quit the course?" in plain(app, "#quit-title")
        await pilot.press("n")
        await pilot.pause()
        assert not isinstance(app.screen, QuitScreen)
    store.close()


async def test_enter_on_a_lesson_opens_the_exercise_without_tab(tmp_path: Path) -> None:
    from course.screens.workbench import WorkbenchScreen

    app, store = make_app(tmp_path, "de")
    async with app.run_test(size=(80, 24)) as pilot:
        app.open_lesson("six")
        await pilot.pause()
        await pilot.press("enter")
        for _ in range(20):
            await pilot.pause()
        assert isinstance(app.screen, WorkbenchScreen)
    store.close()


async def test_quiz_options_keep_their_brackets_and_wrap(tmp_path: Path) -> None:
    app, store = make_app(tmp_path, "de")
    async with app.run_test(size=(60, 20)) as pilot:
        app.open_exercise("six", "long-quiz")
        await pilot.pause()
        first = app.screen.query_one("#opt-1")
        assert "[KUNDE]" in str(first.render())
        assert first.region.height >= 3  # wrapped, not cut with "…"
        assert "…" not in str(first.render())
    store.close()


async def test_the_policy_opens_at_the_top_and_question_mark_opens_help(tmp_path: Path) -> None:
    from course.screens.help import HelpScreen

    app, store = make_app(tmp_path, "de")
    async with app.run_test(size=(80, 24)) as pilot:
        app.action_policy()
        await pilot.pause()
        await pilot.pause()
        assert app.screen.query_one("#policy-box").scroll_y == 0
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
    store.close()


async def test_esc_stops_a_running_model_first_and_keeps_the_exercise_open(tmp_path: Path) -> None:
    from helpers.llm_fakes import make_slow_model, registered

    from course.models.settings import choose_model
    from course.screens.modelpanel import ModelPanel
    from course.screens.workbench import WorkbenchScreen

    slow = make_slow_model(block_after=1)
    app, store = make_app(tmp_path, "de")
    choose_model(store, store.current_learner().id, "slow-test")
    with registered(slow):
        async with app.run_test(size=(80, 24)) as pilot:
            await open_exercise(app, pilot)
            app.screen.query_one("#wb-editor", TextArea).text = "Sag Hallo"
            await pilot.press("f5")
            panel = app.screen.query_one("#wb-model", ModelPanel)
            for _ in range(300):
                await pilot.pause(0.01)
                if panel.answer == "Hallo ":
                    break
            assert panel.running
            await pilot.press("escape")
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert isinstance(app.screen, WorkbenchScreen) and app.screen.has_class("-model")
            assert not panel.running and "Abgebrochen." in str(app.screen.query_one("#wb-model .mp-notice").render())
    store.close()


async def test_multi_answer_results_are_scrolled_into_view(tmp_path: Path) -> None:
    from textual.widgets import Checkbox

    app, store = make_app(tmp_path, "en")
    async with app.run_test(size=(80, 24)) as pilot:
        app.open_exercise("order-lesson", "multi-quiz")
        await pilot.pause()
        app.screen.query_one("#opt-1", Checkbox).value = True
        app.screen.query_one("#opt-3", Checkbox).value = True
        await pilot.press("ctrl+s")
        for _ in range(5):
            await pilot.pause()
        feedback = app.screen.query_one("#quiz-feedback")
        assert "Right!" in str(feedback.render())
        assert feedback.region.height > 0 and app.screen.region.overlaps(feedback.region)
        assert feedback.region.y < 22  # its first line is on screen, above the key bar
    store.close()


async def test_model_keys_are_off_where_no_prompt_goes_to_a_model(tmp_path: Path) -> None:
    from textual.binding import Binding

    from course.screens.workbench import WorkbenchScreen

    app, store = make_app(tmp_path, "en")
    async with app.run_test(size=(80, 24)) as pilot:
        reflect = app.catalog.exercise("order-ex", "en")._replace(kind="reflect", task="Describe a task.")
        app.push_screen(WorkbenchScreen(reflect))
        for _ in range(5):
            await pilot.pause()
        bar = str(app.screen.query_one("#keybar").render())
        assert "Sample answers" not in bar and "Model" not in bar and "Ctrl+S" in bar
        await pilot.press("f6", "f5")
        await pilot.pause()
        assert not app.screen.has_class("-examples") and not app.screen.has_class("-model")
        assert app.get_key_display(Binding("ctrl+k", "x")) == "Ctrl+K"
    store.close()
