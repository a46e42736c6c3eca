"""`genai-course serve` in headless Chromium: the level map on screen, two tabs as two learners in one database."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from pathlib import Path

import pytest
from helpers.cdp import CHROMIUM, Browser, Tab
from helpers.serve import start_server, stop_server

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (Debian: apt-get install -y chromium)"),
]


def rows(db: Path, sql: str) -> list[tuple]:
    if not db.exists():
        return []
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    except sqlite3.OperationalError:
        return []
    finally:
        conn.close()


async def wait_rows(db: Path, sql: str, n: int, timeout: float = 60) -> list[tuple]:
    deadline = time.monotonic() + timeout
    found: list[tuple] = []
    while time.monotonic() < deadline:
        found = rows(db, sql)
        if len(found) >= n:
            return found
        await asyncio.sleep(0.3)
    raise AssertionError(f"expected {n} rows of {sql!r}, found {found}")


async def pause(seconds: float = 0.6) -> None:
    await asyncio.sleep(seconds)


async def new_profile(tab: Tab, name: str, pin: str) -> None:
    """Fill the served profile form: name, team (empty), language (kept), PIN; then Enter."""
    await tab.wait_for("Who is learning")
    await pause(1.0)
    await tab.type(name)
    await pause()
    await tab.press("tab")  # team
    await pause()
    await tab.press("tab")  # language
    await pause()
    await tab.press("tab")  # PIN
    await pause()
    await tab.type(pin)
    await pause()
    await tab.mark()
    await tab.press("enter")
    await tab.wait_for("Foundations", "Continue")


async def answer_first_quiz(tab: Tab) -> None:
    """From the level map: continue into the first lesson, open its quiz, pick option 2, check."""
    await pause(1.0)
    await tab.mark()
    await tab.type("c")
    await tab.wait_for("Back", "Next", "Previous")
    await pause(1.0)
    await tab.press("tab")
    await pause()
    await tab.mark()
    await tab.press("enter")
    await tab.wait_for("Check")  # the quiz is up
    await pause(1.0)
    await tab.press("down")
    await pause()
    await tab.press("space")
    await pause()
    await tab.ctrl("s")


async def two_learners(url: str, db: Path, shot: Path) -> None:
    browser = await Browser().start()
    try:
        first = await browser.tab(url + "/")
        second = await browser.tab(url + "/")
        await asyncio.gather(new_profile(first, "Anna", "4829"), new_profile(second, "Ben", "7310"))
        await pause(1.0)
        png = await first.screenshot(shot)
        assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 20_000  # a drawn page, not a blank one
        await asyncio.gather(answer_first_quiz(first), answer_first_quiz(second))
        await wait_rows(db, "SELECT DISTINCT learner_id FROM attempts", 2)
    finally:
        await browser.close()


def test_two_browser_tabs_are_two_learners_whose_attempts_land_in_one_database(tmp_path: Path) -> None:
    home = tmp_path / "served"
    proc, url = start_server(home, "serve")
    try:
        asyncio.run(two_learners(url, home / "progress.db", tmp_path / "levelmap.png"))
    finally:
        out = stop_server(proc)
    assert "served on http://127.0.0.1:" in out
    db = home / "progress.db"
    learners = dict(rows(db, "SELECT name, id FROM learners"))
    assert set(learners) == {"Anna", "Ben"}
    attempts = rows(db, "SELECT learner_id, exercise_id, passed FROM attempts")
    assert {a[0] for a in attempts} == set(learners.values())
    assert len(rows(db, "SELECT learner_id FROM learner_pins")) == 2
    print(f"level map screenshot: {tmp_path / 'levelmap.png'}")
