"""Shared fixtures: every test gets its own data folder and a hermetic llm setup."""

from __future__ import annotations

import gc
import itertools
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers.folders import new_test_folder

DATA = Path(__file__).parent / "data"

SLOW_KINDS = ("pty", "browser", "lrs")
"""Tests with these markers are slow by nature: they get the `slow` marker too."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark pty, browser and lrs tests as slow, so `pytest -m "not slow"` leaves them out."""
    for item in items:
        if any(item.get_closest_marker(kind) for kind in SLOW_KINDS):
            item.add_marker(pytest.mark.slow)


def _freeze_what_lives_on() -> None:
    """Collect the garbage, then move every object still alive out of the collector's sight (gc.freeze).

    What outlives a test module (imported modules, collected tests, their reports, caches) used to be walked again by
    every full collection: ~30 of them over a heap that kept growing cost ~11 s of the fast run's ~80 s of CPU (5 s
    with this). Reference counting still frees frozen objects; only a cycle among them that dies later would stay
    (memory only). Objects a test makes are collected as before.
    """
    gc.collect()
    gc.freeze()


def pytest_collection_finish(session: pytest.Session) -> None:
    _freeze_what_lives_on()


@pytest.hookimpl(trylast=True)  # after the runner's own teardown: the module's fixtures are gone
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> None:
    """At the end of each test module (any order, pytest-randomly's too), freeze what lives on."""
    if nextitem is None or nextitem.path != item.path:
        _freeze_what_lives_on()


_TMP_NUMBERS = itertools.count()


@pytest.fixture
def tmp_path(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Path:
    """A new empty folder per test under the session's base folder, like pytest's own `tmp_path`, without its cost.

    pytest's fixture finds the next free number by listing the whole base folder, once per test: with ~3,700 tests
    (`isolated_home` asks for a folder for every one) that cost ~8 s of CPU in the fast run, growing with the
    square of the number of tests. A counter of this session gives the same kind of unique folder, named after the
    test, without the listing. Folders are kept, as with pytest's default retention ("all").
    """
    return new_test_folder(tmp_path_factory.getbasetemp(), request.node.name, _TMP_NUMBERS)


@pytest.fixture(scope="session")
def bundled_catalog_cache(tmp_path_factory: pytest.TempPathFactory) -> Path | None:
    """The bundled course's catalog cache, written once a session by the course itself (`load_catalog`).

    Reading the bundled lessons costs about 0.25 s of CPU; with a fresh data folder per test, every
    test that starts the app or a command paid it again (about 20 s of CPU in the fast run).
    """
    from course.catalog import load_catalog

    home = tmp_path_factory.mktemp("catalog-cache-home")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("GENAI_COURSE_HOME", str(home))
        mp.delenv("GENAI_COURSE_PATH", raising=False)
        load_catalog()
    written = sorted((home / "cache").glob("catalog-*.pickle"))
    return written[0] if len(written) == 1 else None


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest, bundled_catalog_cache: Path | None
) -> Path:
    """Point GENAI_COURSE_HOME and llm's user folder into the test's temp folder.

    The folder holds the bundled catalog's cache, as after a first start (a hard link to the session's
    file, which the course never writes in place: it replaces or unlinks it). A test marked
    `no_catalog_cache` starts with no folder at all, as on the very first start.
    """
    home = tmp_path / "home"
    monkeypatch.setenv("GENAI_COURSE_HOME", str(home))
    monkeypatch.setenv("LLM_USER_PATH", str(tmp_path / "llm"))
    monkeypatch.setenv("LLM_LOAD_PLUGINS", "llm-echo")
    monkeypatch.delenv("GENAI_COURSE_PATH", raising=False)
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    if request.node.get_closest_marker("no_catalog_cache") is None:
        _seed_catalog_cache(home, bundled_catalog_cache)
    return home


def _seed_catalog_cache(home: Path, cache_file: Path | None) -> None:
    if cache_file is not None:
        home.mkdir(parents=True, exist_ok=True)  # then cache: two system calls a test, where cache's own
        (home / "cache").mkdir(exist_ok=True)  # mkdir(parents=True) fails once first and takes three
        os.link(cache_file, home / "cache" / cache_file.name)


@pytest.fixture
def with_catalog_cache(bundled_catalog_cache: Path | None) -> Callable[[Path], Path]:
    """Give another data folder the bundled catalog's cache, as `isolated_home` has it; returns the folder."""

    def seed(home: Path) -> Path:
        _seed_catalog_cache(home, bundled_catalog_cache)
        return home

    return seed


@pytest.fixture
def good_pack() -> Path:
    """A small valid pack: two levels, a quiz, a read-only lesson."""
    return DATA / "packs" / "good"


@pytest.fixture
def bad_pack() -> Path:
    """A pack with one mistake of each kind the linter must find."""
    return DATA / "packs" / "bad"
