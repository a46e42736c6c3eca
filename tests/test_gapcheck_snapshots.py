"""Snapshots of the Gap-Check: the offer on the level map and the questions screen, de and en at 80x24."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from course import paths
from course.app import CourseApp
from course.catalog import build_catalog
from course.gapcheck import FILE_NAME
from course.options import Options
from progress.store import Store

DATA = Path(__file__).parent / "data"


def _app(tmp_path: Path, lang: str) -> CourseApp:
    pack = tmp_path / "pack"
    shutil.copytree(DATA / "packs" / "good", pack)
    shutil.copy(paths.bundled_pack() / FILE_NAME, pack / FILE_NAME)
    store = Store.open(tmp_path / f"snap-{lang}.db")
    person = store.create_learner("Anna", "Vertrieb", lang)
    store.set_current_learner(person.id)
    return CourseApp(build_catalog([pack]), store, Options(lang=lang))


async def _open_gap_check(pilot) -> None:
    await pilot.pause()
    await pilot.press("g")
    await pilot.pause()


@pytest.mark.parametrize("lang", ["de", "en"])
def test_level_map_offers_the_gap_check(snap_compare, tmp_path: Path, lang: str) -> None:
    assert snap_compare(_app(tmp_path, lang), terminal_size=(80, 24))


@pytest.mark.parametrize("lang", ["de", "en"])
def test_gap_check_screen(snap_compare, tmp_path: Path, lang: str) -> None:
    assert snap_compare(_app(tmp_path, lang), terminal_size=(80, 24), run_before=_open_gap_check)
