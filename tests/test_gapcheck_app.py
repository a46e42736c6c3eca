"""The Gap-Check in the real app: offered on the level map, voluntary, stored, consent-gated in the export,
and the learner's own change on the Progress screen; plus linting of gapcheck.yaml."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from helpers.app import SIZE, make_app, screen_text
from helpers.progress import cli

from course import paths
from course.gapcheck import FILE_NAME, read_spec
from progress import exchange
from progress.gapchecks import add_gap_check, gap_checks, is_due, set_sharing, sharing, skip


@pytest.fixture
def pack(good_pack: Path, tmp_path: Path) -> Path:
    """The small test pack plus the bundled Gap-Check."""
    copy = tmp_path / "pack"
    shutil.copytree(good_pack, copy)
    shutil.copy(paths.bundled_pack() / FILE_NAME, copy / FILE_NAME)
    return copy


def new_learner(store, name: str = "Anna") -> str:
    learner = store.create_learner(name, "Vertrieb", "de")
    store.set_current_learner(learner.id)
    return learner.id


async def test_first_start_offers_it_without_getting_in_the_way(pack: Path, tmp_path: Path) -> None:
    app, store = make_app(pack, tmp_path / "p.db")
    lid = new_learner(store)
    async with app.run_test(size=SIZE) as pilot:
        from course.screens.gapcheck import GapCheckScreen
        from course.screens.levelmap import ContinueLine, GapCheckLine, LevelMapScreen

        await pilot.pause()
        assert isinstance(app.screen, LevelMapScreen)
        line = app.screen.query_one(GapCheckLine)
        assert line.display and "Gap-Check (2 Min., freiwillig)" in screen_text(app)
        assert isinstance(app.focused, ContinueLine)  # Enter still continues the course
        await pilot.press("tab")
        assert app.focused is line
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, GapCheckScreen)
        from textual.widgets import Checkbox

        assert "1. Wie oft nutzt du generative KI bei deiner Arbeit?" in screen_text(app)
        assert "im Fortschrittsexport teilen" in str(app.screen.query_one(Checkbox).label)
        await pilot.press("escape")  # later
        await pilot.pause()
        assert isinstance(app.screen, LevelMapScreen) and not app.screen.query_one(GapCheckLine).display
    assert gap_checks(store, lid) == [] and not is_due(store, lid, 0) and is_due(store, lid, 1)  # again after a level


@pytest.mark.slow
async def test_answers_are_stored_and_consent_is_asked_once(pack: Path, tmp_path: Path) -> None:
    from textual.widgets import Checkbox, RadioSet

    app, store = make_app(pack, tmp_path / "p.db")
    lid = new_learner(store)
    async with app.run_test(size=SIZE) as pilot:
        from course.screens.gapcheck import GapCheckScreen

        await pilot.press("g")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, GapCheckScreen)
        await pilot.press("ctrl+s")  # nothing chosen: not saved
        assert isinstance(app.screen, GapCheckScreen)
        await pilot.press("down", "down", "down", "enter")  # usage: 4th answer ("etwa wöchentlich")
        screen.query_one("#gap-q-allowed", RadioSet).query("RadioButton")[1].value = True
        assert screen.query_one("#gap-share", Checkbox).value is False  # default off
        screen.query_one("#gap-share", Checkbox).value = True
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, GapCheckScreen)
        await pilot.press("g")
        await pilot.pause()
        assert not app.screen.query("#gap-share")  # asked once
    stored = gap_checks(store, lid)
    assert [c.answers for c in stored] == [{"usage": 4, "allowed": 2}] and sharing(store, lid) is True


async def test_progress_screen_shows_the_learners_own_change(pack: Path, tmp_path: Path) -> None:
    app, store = make_app(pack, tmp_path / "p.db")
    lid = new_learner(store)
    add_gap_check(store, lid, {"usage": 2, "trust": 3}, 0, at="2026-10-01T10:00:00Z")
    add_gap_check(store, lid, {"usage": 4, "trust": 3}, 1, at="2026-11-01T10:00:00Z")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p")
        await pilot.pause()
        text = screen_text(app)
    assert "Gap-Check: deine Veränderung" in text and "erster (01.10.2026) → letzter (01.11.2026)" in text
    assert "seltener als monatlich → etwa wöchentlich" in text and "teils-teils" in text
    assert "Im Export geteilt: nein" in text


def test_the_export_carries_answers_only_with_consent() -> None:
    from progress.store import Store

    with Store.open(paths.default_db()) as store:
        lid = new_learner(store)
        add_gap_check(store, lid, {"usage": 5, "trust": 4}, 0, at="2026-10-01T10:00:00Z")
    data = json.loads(cli("export").stdout)
    assert data["version"] == exchange.VERSION == 2 and "gap_check" not in data  # never asked: off
    with Store.open(paths.default_db()) as store:
        set_sharing(store, lid, True)
    data = json.loads(cli("export").stdout)
    assert data["gap_check"] == [{"at": "2026-10-01T10:00:00.000000+00:00", "answers": {"trust": 4, "usage": 5}}]


def test_an_older_reader_refuses_the_new_version_with_a_clear_reason() -> None:
    text = exchange.dumps(
        {
            "exported_at": "2026-11-01T10:00:00Z",
            "learner": {"id": "u", "name": "A", "team": ""},
            "gap_check": [{"at": "2026-11-01T10:00:00Z", "answers": {"usage": 3}}],
        }
    )
    with pytest.raises(exchange.ExportError) as caught:
        exchange.parse_sealed(text, exchange.FORMAT, 1, noun="a progress export")  # what a version-1 reader does
    assert str(caught.value) == (
        "made by a newer genai-course (export version 2, this one reads up to 1); please update"
    )


def test_import_brings_shared_answers_back(tmp_path: Path) -> None:
    from progress.store import Store

    with Store.open(tmp_path / "a.db") as store:
        lid = new_learner(store)
        add_gap_check(store, lid, {"usage": 1}, 0, at="2026-10-01T10:00:00Z")
        set_sharing(store, lid, True)
    out = tmp_path / "e.json"
    assert cli("--db", str(tmp_path / "a.db"), "export", "-o", str(out)).exit_code == 0
    assert cli("--db", str(tmp_path / "b.db"), "import", str(out)).exit_code == 0
    with Store.open(tmp_path / "b.db") as store:
        assert [c.answers for c in gap_checks(store, lid)] == [{"usage": 1}]
        skip(store, lid, 3)
        assert not is_due(store, lid, 3) and is_due(store, lid, 4)


def test_lint_names_the_line_of_a_broken_gapcheck(tmp_path: Path) -> None:
    text = (paths.bundled_pack() / FILE_NAME).read_text(encoding="utf-8")
    assert read_spec(paths.bundled_pack() / FILE_NAME, "x")[1] == []  # the bundled one is clean
    broken = tmp_path / FILE_NAME
    broken.write_text(
        text.replace("factor: trust", "factor: trsut").replace("  - id: strategy", "  - id: usage"), encoding="utf-8"
    )
    result = cli("lint", str(broken))
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert any(":32: error bad-value question 'trust': factor must be one of" in line for line in lines), lines
    assert any("error duplicate-id question id 'usage' is used twice" in line for line in lines), lines


async def test_it_is_offered_again_after_a_level_is_done(pack: Path, tmp_path: Path) -> None:
    from course.catalog import build_catalog

    app, store = make_app(pack, tmp_path / "p.db")
    lid = new_learner(store)
    skip(store, lid, 0)  # skipped at the first start
    catalog = build_catalog([pack])
    first = catalog.levels[0]
    for lesson_id in first.lesson_ids:
        store.mark_read(lid, lesson_id, first.id)
        for ex in catalog.lesson(lesson_id, "de").exercises:
            store.record_attempt(lid, lesson_id, ex.id, ex.kind, "x", 1.0, True, [])
    async with app.run_test(size=SIZE) as pilot:
        from course.screens.levelmap import GapCheckLine

        await pilot.pause()
        assert app.screen.query_one(GapCheckLine).display  # level 1 done: the Gap-Check is due again
