"""The learner's whole path through the real app, on a real SQLite file."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.app import SIZE, make_app, screen_text, type_text

from course.app import CourseApp
from course.options import Options
from progress.store import Store


@pytest.mark.slow
async def test_new_learner_goes_from_profile_to_the_next_level(good_pack: Path, tmp_path: Path) -> None:
    db = tmp_path / "progress.db"
    app, store = make_app(good_pack, db)
    async with app.run_test(size=SIZE) as pilot:
        from course.screens.levelmap import LevelMapScreen
        from course.screens.profile import ProfileScreen

        assert isinstance(app.screen, ProfileScreen)
        await pilot.press("enter")  # empty name: refused with a message
        assert isinstance(app.screen, ProfileScreen)
        assert "Namen" in screen_text(app)
        await type_text(pilot, "Anna")
        await pilot.press("enter")
        await type_text(pilot, "Vertrieb")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, LevelMapScreen)
        text = screen_text(app)
        assert "Hallo Anna · Vertrieb" in text and "Stufe 2: Weiter" in text and "gesperrt" in text

        # read the first lesson (continue), answer its quiz right
        await pilot.press("c")
        await pilot.pause()
        assert "Frag KI-Team unter ki@example.com." in screen_text(app)
        await pilot.press("tab", "enter")  # the exercise card, by keyboard
        await pilot.pause()
        from course.screens.quiz import QuizScreen

        assert isinstance(app.screen, QuizScreen)
        await pilot.press("down", "space")  # option 2
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "Richtig!" in screen_text(app)
        await pilot.press("escape", "n")
        await pilot.pause()

        # the prompt exercise: a weak prompt first
        app.open_exercise("first-prompt", "first-prompt-ex")
        await pilot.pause()
        await type_text(pilot, "Fasse zusammen.")
        await pilot.press("ctrl+s")
        await pilot.pause()
        feedback = screen_text(app)
        assert "Noch nicht bestanden" in feedback
        assert "✗ Rolle" in feedback and "✗ Format" in feedback
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert "Tipp 1/2: Wer soll die KI sein? Sag es ihr." in screen_text(app)
        await pilot.press("ctrl+l")
        await pilot.pause()
        assert "Musterlösung gibt es nach dem Bestehen" in screen_text(app)

        # then a good one
        editor = app.screen.query_one("#wb-editor")
        editor.text = ""
        await type_text(
            pilot, "Du bist Assistenz der Geschäftsführung. Fasse die Notizen als Stichpunkte für das Team zusammen."
        )
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "Bestanden!" in screen_text(app)
        await pilot.press("escape", "escape")
        await pilot.pause()
        assert isinstance(app.screen, LevelMapScreen)
        text = screen_text(app)
        assert "gesperrt" not in text and "Nur lesen" in text
    store.close()

    # the state survives a restart of the app on the same database
    app, store = make_app(good_pack, db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "Hallo Anna" in text and "gesperrt" not in text and "Weiter: Nur lesen" in text
        summary = store.exercise_summary(store.current_learner().id)
        assert summary["first-prompt-ex"].passed and summary["first-prompt-ex"].attempts == 2
        assert summary["first-prompt-ex"].hints_used == 1
    store.close()


@pytest.mark.slow
async def test_draft_is_kept_when_leaving_the_workbench(good_pack: Path, tmp_path: Path) -> None:
    db = tmp_path / "progress.db"
    app, store = make_app(good_pack, db, lang="en")
    learner = store.create_learner("Ben", "", "en")
    store.set_current_learner(learner.id)
    async with app.run_test(size=SIZE) as pilot:
        app.open_exercise("first-prompt", "first-prompt-ex")
        await pilot.pause()
        await type_text(pilot, "You are an assistant")
        await pilot.press("escape")
        await pilot.pause()
        app.open_exercise("first-prompt", "first-prompt-ex")
        await pilot.pause()
        assert app.screen.query_one("#wb-editor").text == "You are an assistant"
        assert "✓ Role" in screen_text(app)
    store.close()


def test_without_a_terminal_says_so_in_one_line(tmp_path: Path) -> None:
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "course.cli", "--lang", "en"],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "genai-course needs a terminal. Without one, `genai-course progress` shows where you stand."
    ]


def test_corrupt_database_is_one_line_and_kept(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from course.cli import main

    db = tmp_path / "broken.db"
    db.write_bytes(b"this is not a database" * 50)
    before = db.read_bytes()
    result = CliRunner().invoke(main, ["--db", str(db), "progress"])
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert db.read_bytes() == before


@pytest.mark.parametrize("lang,word,key", [("de", "Hilfe", "Strg+S"), ("en", "Help", "Ctrl+S")])
async def test_help_lists_keys_in_the_learners_language(
    good_pack: Path, tmp_path: Path, lang: str, word: str, key: str
) -> None:
    app, store = make_app(good_pack, tmp_path / "p.db", lang=lang)
    learner = store.create_learner("C", "", lang)
    store.set_current_learner(learner.id)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        text = screen_text(app)
        assert word in text and key in text
    store.close()


async def test_key_bar_is_clickable(good_pack: Path, tmp_path: Path) -> None:
    from course.screens.progress import ProgressScreen

    app, store = make_app(good_pack, tmp_path / "p.db", lang="de")
    learner = store.create_learner("D", "", "de")
    store.set_current_learner(learner.id)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        bar = app.screen.query_one("#keybar")
        text = str(bar.render())
        assert text.startswith("c Weiter  p Fortschritt")
        await pilot.click("#keybar", offset=(1 + text.index("p Fortschritt"), 0))
        await pilot.pause()
        assert isinstance(app.screen, ProgressScreen)
    store.close()


@pytest.mark.slow
def test_start_up_imports_neither_llm_nor_the_parsers(tmp_path: Path) -> None:
    """The level map appears without importing llm, the YAML/Markdown parsers, sqlite-utils, the export schema
    (msgspec), Babel, Jinja2 or Textual's Footer."""
    import os
    import subprocess
    import sys

    code = """
import sys
from course.options import Options
from course.screens.levelmap import LevelMapScreen
from progress.store import Store
from course.app import CourseApp

original = LevelMapScreen.on_mount
def on_mount(self):
    original(self)
    self.app.call_after_refresh(self.app.exit)
LevelMapScreen.on_mount = on_mount
opts = Options()
store = Store.open(opts.db_path)
if store.current_learner() is None:
    store.set_current_learner(store.create_learner("X", "", "en").id)
CourseApp(opts.catalog(), store, opts).run(headless=True, size=(80, 24))
LATER = ("llm", "yaml", "markdown_it", "sqlite_utils", "msgspec", "progress.exportschema", "babel", "jinja2")
print("LOADED:" + ",".join(m for m in (*LATER, "textual.widgets._footer") if m in sys.modules))
"""
    env = {**os.environ, "GENAI_COURSE_HOME": str(tmp_path / "home")}
    for _ in range(2):  # the first start creates the database and the catalog cache
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
        assert out.returncode == 0, out.stderr[-2000:]
    assert "LOADED:\n" in out.stdout, out.stdout[-500:]


async def test_switching_language_in_settings_redraws_the_map(good_pack: Path, tmp_path: Path) -> None:
    from textual.widgets import RadioSet

    from course.screens.levelmap import LevelMapScreen

    app, store = make_app(good_pack, tmp_path / "p.db", lang=None)
    learner = store.create_learner("Ina", "", "de")
    store.set_current_learner(learner.id)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "Hallo Ina" in screen_text(app)
        await pilot.press("s")
        await pilot.pause()
        app.screen.query_one("#lang-en").value = True
        await pilot.pause()
        assert app.screen.query_one("#settings-lang", RadioSet).pressed_button.id == "lang-en"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, LevelMapScreen) and len(app.screen_stack) == 1
        text = screen_text(app)
        assert "Hello Ina" in text and "Level 1: Start" in text and "c[/] Continue" in text
    assert store.get_learner(learner.id).lang == "en"
    store.close()


async def test_a_reflection_goes_into_the_success_log_with_its_minutes(tmp_path: Path) -> None:
    from textual.widgets import Input

    from course.catalog import build_catalog as build
    from course.paths import bundled_pack

    catalog = build([bundled_pack()])
    exercise = catalog.exercise("usecase-describe", "en")
    assert exercise is not None and exercise.kind == "reflect" and exercise.minutes_saved
    store = Store.open(tmp_path / "p.db")
    learner = store.create_learner("Rae", "", "en")
    store.set_current_learner(learner.id)
    app = CourseApp(catalog, store, Options(lang="en"))
    async with app.run_test(size=(100, 34)) as pilot:
        app.open_exercise(catalog.lesson_of(exercise.id), exercise.id)
        await pilot.pause()
        app.screen.query_one("#wb-editor").text = exercise.solution
        await pilot.press("ctrl+s")  # no minutes yet: the grader asks for them
        await pilot.pause()
        assert store.successes(learner.id) == []
        app.screen.query_one("#wb-minutes", Input).value = "45"
        await pilot.press("ctrl+s")
        await pilot.pause()
        wins = store.successes(learner.id)
        assert len(wins) == 1 and wins[0].minutes_saved == 45
    store.close()


def test_after_testing_out_continue_points_into_the_new_level(tmp_path: Path) -> None:
    from course.catalog import build_catalog as build
    from course.paths import bundled_pack
    from course.session import Session

    catalog = build([bundled_pack()])
    store = Store.open(tmp_path / "p.db")
    learner = store.create_learner("Tom", "", "en")
    session = Session(catalog, store, learner, "en")
    first = catalog.levels[0]
    assert session.overview().continue_lesson == first.lesson_ids[0]
    checkpoint = catalog.lesson(first.lesson_ids[-1], "en")
    assert checkpoint.checkpoint
    for ex in checkpoint.exercises:
        assert session.submit(ex, ex.solution).grade.passed, ex.id
    view = session.overview()
    assert view.level(catalog.levels[1].id).open
    assert view.continue_lesson == catalog.levels[1].lesson_ids[0]
    store.close()
