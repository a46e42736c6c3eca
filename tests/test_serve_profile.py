"""Served mode in the real app: profiles need their PIN; a wrong PIN opens nothing; the lock-out holds."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.app import make_app, screen_text, type_text

from progress import pins

SIZE = (100, 40)


def served(pack: Path, db: Path):
    app, store = make_app(pack, db, lang="en")
    app.served = True
    return app, store


async def test_served_mode_never_opens_the_last_learner_by_itself(good_pack: Path, tmp_path: Path) -> None:
    app, store = served(good_pack, tmp_path / "p.db")
    anna = store.create_learner("Anna")
    pins.set_pin(store, anna.id, "4829")
    store.set_current_learner(anna.id)
    async with app.run_test(size=SIZE):
        from course.screens.profile import ProfileScreen

        assert isinstance(app.screen, ProfileScreen)
        assert app.session is None
    store.close()


@pytest.mark.slow
async def test_a_new_served_profile_needs_a_pin_and_stores_its_hash(good_pack: Path, tmp_path: Path) -> None:
    app, store = served(good_pack, tmp_path / "p.db")
    async with app.run_test(size=SIZE) as pilot:
        await type_text(pilot, "Anna")
        app.screen.query_one("#start").press()
        await pilot.pause()
        assert "PIN of 4 to 12 digits" in screen_text(app)
        assert store.learners() == []
        app.screen.query_one("#pin").value = "12"
        app.screen.query_one("#start").press()
        await pilot.pause()
        assert store.learners() == []
        app.screen.query_one("#pin").value = "482913"
        app.screen.query_one("#start").press()
        await pilot.pause()
        assert app.session is not None and app.session.learner.name == "Anna"
        assert pins.check_pin(store, app.session.learner.id, "482913").outcome == "ok"
    store.close()


@pytest.mark.slow
async def test_a_wrong_pin_opens_nothing_and_five_lock_the_profile(good_pack: Path, tmp_path: Path) -> None:
    app, store = served(good_pack, tmp_path / "p.db")
    anna = store.create_learner("Anna")
    pins.set_pin(store, anna.id, "4829")
    async with app.run_test(size=SIZE) as pilot:
        from course.screens.pin import PinScreen
        from course.screens.profile import ProfileScreen

        app.screen.query_one(f"#learner-{anna.id}").press()
        await pilot.pause()
        assert isinstance(app.screen, PinScreen)
        for i in range(4):
            await type_text(pilot, "1111")
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, PinScreen) and app.session is None
            left = 4 - i
            assert f"{left} more {'try' if left == 1 else 'tries'}," in screen_text(app)  # ngettext, not "1 more tries"
        await type_text(pilot, "2222")
        await pilot.press("enter")
        await pilot.pause()
        assert "locked for another 60 s" in screen_text(app)
        await type_text(pilot, "4829")  # the right PIN, but the profile is locked
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PinScreen) and app.session is None
        assert "locked for another" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ProfileScreen) and app.session is None
        # The minute is over (moved back in the database): the right PIN opens the profile.
        store._conn.execute("UPDATE learner_pins SET locked_until = '2000-01-01T00:00:00.000000+00:00'")
        app.screen.query_one(f"#learner-{anna.id}").press()
        await pilot.pause()
        await type_text(pilot, "4829")
        await pilot.press("enter")
        await pilot.pause()
        assert app.session is not None and app.session.learner.id == anna.id
    store.close()


async def test_profiles_without_a_pin_are_not_offered_in_the_browser(good_pack: Path, tmp_path: Path) -> None:
    app, store = served(good_pack, tmp_path / "p.db")
    terminal_only = store.create_learner("Terminal Tom")
    anna = store.create_learner("Anna")
    pins.set_pin(store, anna.id, "4829")
    async with app.run_test(size=SIZE):
        assert not app.screen.query(f"#learner-{terminal_only.id}")
        assert app.screen.query(f"#learner-{anna.id}")
    store.close()


async def test_the_terminal_course_opens_profiles_without_a_pin_as_before(good_pack: Path, tmp_path: Path) -> None:
    app, store = make_app(good_pack, tmp_path / "p.db", lang="en")
    anna = store.create_learner("Anna")
    async with app.run_test(size=SIZE) as pilot:
        assert not app.screen.query("#pin")
        await pilot.pause()
        assert app.session is not None and app.session.learner.id == anna.id
    store.close()


@pytest.mark.slow
async def test_the_team_screen_that_reads_server_folders_is_closed_in_the_browser(
    good_pack: Path, tmp_path: Path
) -> None:
    app, store = served(good_pack, tmp_path / "p.db")
    anna = store.create_learner("Anna")
    pins.set_pin(store, anna.id, "4829")
    async with app.run_test(size=SIZE) as pilot:
        from course.screens.team import TeamScreen

        app.start_session(anna)
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        assert not isinstance(app.screen, TeamScreen)
        app.served = False
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, TeamScreen)  # the terminal course keeps it
    store.close()


@pytest.mark.slow
async def test_every_protected_profile_of_a_workshop_is_offered_not_only_eight(good_pack: Path, tmp_path: Path) -> None:
    app, store = served(good_pack, tmp_path / "p.db")
    ids = []
    for n in range(12):
        learner = store.create_learner(f"Teilnehmer {n}")
        pins.set_pin(store, learner.id, "4829")
        ids.append(learner.id)
    async with app.run_test(size=SIZE):
        assert all(app.screen.query(f"#learner-{i}") for i in ids)
    store.close()
