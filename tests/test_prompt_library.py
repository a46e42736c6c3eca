"""The personal prompt library: a passed 'my prompt' is kept with progress and shown under Progress."""

from __future__ import annotations

import functools
from pathlib import Path

from course.app import CourseApp
from course.catalog import build_catalog
from course.options import Options
from course.paths import bundled_pack
from course.session import Session
from progress.store import Store

OWN = (
    "Erstelle eine Checkliste für die Inventur in unserem Ersatzteillager. Wir zählen jedes Jahr im "
    "Dezember, und jedes Mal fehlen Schritte. Die Checkliste ist für die Schichtleitungen, die die "
    "Zählteams einteilen. Gliedere sie als nummerierte Liste mit höchstens 15 Punkten."
)


@functools.cache
def _bundled():
    """The bundled course, read once for the module (the tests only read it)."""
    return build_catalog([bundled_pack()])


def _session(tmp_path: Path) -> tuple[Session, Store]:
    store = Store.open(tmp_path / "p.db")
    learner = store.create_learner("Ida", "", "de")
    return Session(_bundled(), store, learner, "de"), store


def test_the_store_keeps_one_entry_per_exercise_and_the_newest_text(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "p.db")
    learner = store.create_learner("Ida")
    first = store.save_prompt(learner.id, "myprompt-own-task", "Erste Fassung\nmit zwei Zeilen")
    second = store.save_prompt(learner.id, "myprompt-own-task", "Zweite Fassung")
    store.save_prompt(learner.id, "other", "Noch einer")
    entries = store.library(learner.id)
    assert first == second and len(entries) == 2
    mine = next(e for e in entries if e.exercise_id == "myprompt-own-task")
    assert (mine.title, mine.text) == ("Zweite Fassung", "Zweite Fassung")
    assert store.delete_prompt(learner.id, first) and not store.delete_prompt(learner.id, first)
    store.close()
    reopened = Store.open(tmp_path / "p.db")
    assert [e.exercise_id for e in reopened.library(learner.id)] == ["other"]
    reopened.close()


def test_a_passed_own_task_prompt_goes_into_the_library_and_a_failed_one_does_not(tmp_path: Path) -> None:
    session, store = _session(tmp_path)
    exercise = session.catalog.exercise("myprompt-own-task", "de")
    assert exercise is not None and exercise.library
    assert not session.submit(exercise, "Hilf mir bei meiner Arbeit.").grade.passed
    assert store.library(session.learner.id) == []
    own = str(exercise.solution).strip()  # lint guarantees that the solution passes
    assert session.submit(exercise, own).grade.passed
    [entry] = store.library(session.learner.id)
    assert entry.text == own and entry.title == own.splitlines()[0]
    store.close()


def test_other_exercises_never_fill_the_library(tmp_path: Path) -> None:
    session, store = _session(tmp_path)
    exercise = session.catalog.exercise("myprompt-improve", "de")
    assert exercise is not None and not exercise.library
    assert session.submit(exercise, str(exercise.solution)).grade.passed
    assert store.library(session.learner.id) == []
    store.close()


async def test_the_progress_screen_shows_the_library(tmp_path: Path) -> None:
    catalog = _bundled()
    store = Store.open(tmp_path / "p.db")
    learner = store.create_learner("Ida", "", "de")
    store.set_current_learner(learner.id)
    store.save_prompt(learner.id, "myprompt-own-task", OWN)
    app = CourseApp(catalog, store, Options(lang="de"))
    async with app.run_test(size=(100, 34)) as pilot:
        await pilot.press("p")
        await pilot.pause()
        shown = str(app.screen.query_one("#progress-library").render())
        assert "Prompt-Bibliothek" in shown and "Ersatzteillager" in shown
    store.close()
