"""Attack: another process holds the progress database's write lock while the learner works in the app."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from course.app import CourseApp
from course.catalog import build_catalog
from course.options import Options
from course.session import Session
from progress.store import Store

SIZE = (100, 34)
PROMPT = "You are an assistant. Summarise the notes as bullet points for the team."


def _locker(db: Path) -> sqlite3.Connection:
    """A second connection that takes the write lock, as a running `genai-course import` does."""
    conn = sqlite3.connect(db, isolation_level=None, timeout=0.1)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO settings (learner_id, key, value) VALUES ('', 'lock', 'x')")
    return conn


def _app(pack: Path, db: Path) -> tuple[CourseApp, Store, str]:
    store = Store.open(db)
    learner = store.create_learner("Ben", "", "en")
    store.set_current_learner(learner.id)
    return CourseApp(build_catalog([pack]), store, Options(db=db, lang="en")), store, learner.id


@pytest.mark.slow  # waits for a held lock (1.8 s): the full run keeps it
async def test_ctrl_s_on_a_locked_database_keeps_the_attempt_and_saves_it_when_the_lock_goes(
    good_pack: Path, tmp_path: Path
) -> None:
    db = tmp_path / "progress.db"
    app, store, lid = _app(good_pack, db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        app.open_exercise("first-prompt", "first-prompt-ex")
        await pilot.pause()
        app.screen.query_one("#wb-editor").text = PROMPT
        lock = _locker(db)
        await pilot.press("ctrl+s")
        await pilot.pause()
        feedback = str(app.screen.query_one("#wb-feedback").content)
        assert "saving …" in feedback and app.saving
        assert Path(str(db) + ".pending").exists()  # beside the store, so closing the app loses nothing
        assert store.attempts(lid, "first-prompt-ex") == []
        await pilot.press("escape")  # leaving the screen while locked: no exception
        await pilot.pause()
        lock.execute("ROLLBACK")
        lock.close()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not app.saving
        stored = store.attempts(lid, "first-prompt-ex")
        assert len(stored) == 1 and stored[0].text == PROMPT and stored[0].passed
        assert any("saved" in str(n.message) for n in app._notifications)
    assert not Path(str(db) + ".pending").exists()
    store.close()


@pytest.mark.slow  # waits out the store's 5 s busy timeout more than once (12 s in --durations): the full run keeps it
async def test_attempt_queued_under_a_lock_survives_closing_the_app_and_is_stored_on_the_next_start(
    good_pack: Path, tmp_path: Path
) -> None:
    db = tmp_path / "progress.db"
    app, store, lid = _app(good_pack, db)
    lock = _locker(db)
    async with app.run_test(size=SIZE) as pilot:
        app.open_exercise("first-prompt", "first-prompt-ex")
        await pilot.pause()
        app.screen.query_one("#wb-editor").text = PROMPT
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.saving
    store.close()  # the app ended while the store was still locked
    lock.execute("ROLLBACK")
    lock.close()
    store = Store.open(db)
    app = CourseApp(build_catalog([good_pack]), store, Options(db=db, lang="en"))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        stored = store.attempts(lid, "first-prompt-ex")
        assert [a.text for a in stored] == [PROMPT]
    store.close()


@pytest.mark.slow  # waits out the store's 5 s busy timeout: the full run keeps it
def test_replaying_the_pending_queue_twice_stores_the_attempt_once(good_pack: Path, tmp_path: Path) -> None:
    db = tmp_path / "progress.db"
    store = Store.open(db)
    learner = store.create_learner("Ben", "", "en")
    session = Session(build_catalog([good_pack]), store, learner, "en")
    exercise = session.catalog.exercise("first-prompt-ex", "en")
    lock = _locker(db)
    outcome = session.submit(exercise, PROMPT)
    assert not outcome.saved and session.writes.count == 1
    lock.execute("ROLLBACK")
    lock.close()
    queued = list(session.writes.queue)
    assert session.writes.flush()
    session.writes.queue.extend(queued)  # a crash between storing and forgetting the queue entry
    assert session.writes.flush()
    assert [a.id for a in store.attempts(learner.id)] == [outcome.attempt_id]
    store.close()


@pytest.mark.slow  # waits for a held lock (2.6 s): the full run keeps it
async def test_draft_typed_under_a_lock_is_shown_again_and_stored_later(good_pack: Path, tmp_path: Path) -> None:
    db = tmp_path / "progress.db"
    app, store, lid = _app(good_pack, db)
    async with app.run_test(size=SIZE) as pilot:
        lock = _locker(db)
        app.open_exercise("first-prompt", "first-prompt-ex")
        await pilot.pause()
        app.screen.query_one("#wb-editor").text = "You are a careful assistant"
        await pilot.pause(0.4)
        await pilot.press("escape")
        await pilot.pause()
        app.open_exercise("first-prompt", "first-prompt-ex")
        await pilot.pause()
        assert app.screen.query_one("#wb-editor").text == "You are a careful assistant"
        lock.execute("ROLLBACK")
        lock.close()
        await app.workers.wait_for_complete()
    assert store.get_setting("draft:first-prompt-ex", lid) == "You are a careful assistant"
    store.close()
