"""Square brackets in bundled quiz options, hints, policy rules and titles show as written, never as markup."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest
from rich.console import Console

from course.app import CourseApp
from course.catalog import load_catalog
from course.options import Options
from progress.store import Store

BRACKETS = re.compile(r"\[[^\]\n]+\]")


def as_text(renderable: object) -> str:
    """What the terminal shows for a renderable, as plain text (wide, so nothing wraps)."""
    console = Console(width=400, record=True, file=open("/dev/null", "w"), color_system=None)  # noqa: SIM115
    console.print(renderable)
    return console.export_text()


@functools.cache
def _bundled():
    """The bundled course, read once for the module (the tests only read it)."""
    return load_catalog(use_cache=False)


def bundled_exercises(lang: str):
    catalog = _bundled()
    for lesson_id in catalog.lesson_ids:
        lesson = catalog.lesson(lesson_id, lang)
        for exercise in lesson.exercises:
            yield lesson_id, exercise


def test_the_bundled_course_has_bracketed_strings_to_check() -> None:
    options = [o for _, ex in bundled_exercises("de") for o in ex.options if BRACKETS.search(o)]
    hints = [h for _, ex in bundled_exercises("de") for h in ex.hints if BRACKETS.search(h)]
    assert options and hints  # otherwise the tests below would prove nothing


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.slow
async def test_every_bundled_quiz_option_and_hint_shows_its_brackets(tmp_path: Path, lang: str) -> None:
    from course.screens.quiz import QuizScreen
    from course.screens.workbench import WorkbenchScreen

    store = Store.open(tmp_path / "p.db")
    person = store.create_learner("Eva", "", lang)
    store.set_current_learner(person.id)
    app = CourseApp(load_catalog(use_cache=False), store, Options(lang=lang))
    checked = 0
    async with app.run_test(size=(100, 40)) as pilot:
        for _lesson_id, exercise in bundled_exercises(lang):
            bracketed_options = [o for o in exercise.options if BRACKETS.search(o)]
            bracketed_hints = [h for h in exercise.hints if BRACKETS.search(h)]
            if exercise.kind == "quiz" and bracketed_options:
                app.push_screen(QuizScreen(exercise))
                await pilot.pause()
                for n, option in enumerate(exercise.options, start=1):
                    shown = str(app.screen.query_one(f"#opt-{n}").render())
                    assert " ".join(option.split()) in " ".join(shown.split()), (exercise.id, option, shown)
                    checked += 1
                app.pop_screen()
                await pilot.pause()
            if exercise.kind in ("prompt", "improve", "redact", "reflect") and bracketed_hints:
                app.push_screen(WorkbenchScreen(exercise))
                await pilot.pause()
                app.screen._show_hints(list(exercise.hints))
                shown = " ".join(as_text(app.screen.query_one("#wb-feedback").render()).split())
                for hint in bracketed_hints:
                    for token in BRACKETS.findall(hint):
                        assert token in shown, (exercise.id, token, shown)
                        checked += 1
                app.screen.leave()
                await pilot.pause()
    assert checked > 5
    store.close()


@pytest.mark.parametrize("lang", ["de", "en"])
async def test_bundled_policy_rules_show_their_placeholders(tmp_path: Path, lang: str) -> None:
    store = Store.open(tmp_path / "p.db")
    person = store.create_learner("Eva", "", lang)
    store.set_current_learner(person.id)
    catalog = _bundled()
    tokens = [tok for rule in catalog.policy.rules_for(lang) for tok in BRACKETS.findall(rule)]
    assert tokens
    app = CourseApp(catalog, store, Options(lang=lang))
    async with app.run_test(size=(120, 60)) as pilot:
        app.action_policy()
        await pilot.pause()
        shown = as_text(app.screen.query_one("#policy-body").content)
        for token in tokens:
            assert token in shown, token
    store.close()


async def test_learner_and_team_names_with_brackets_show_as_written(tmp_path: Path) -> None:
    from course.catalog import build_catalog

    store = Store.open(tmp_path / "p.db")
    store.create_learner("Eva [Vertrieb]", "Team [B]", "de")
    app = CourseApp(build_catalog([Path(__file__).parent / "data" / "packs" / "good"]), store, Options(lang="de"))
    async with app.run_test(size=(80, 30)) as pilot:
        from course.screens.profile import ProfileScreen

        app.push_screen(ProfileScreen())  # "Oder weiter als:" lists the learners on this machine
        await pilot.pause()
        buttons = [str(b.render()) for b in app.screen.query(".learner")]
        assert any("Eva [Vertrieb] · Team [B]" in b for b in buttons), buttons
    store.close()
