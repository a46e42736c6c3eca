"""`genai-course promptathon serve`: two browser tabs as two teams, the board at /board."""

from __future__ import annotations

import asyncio
import json
import time
import urllib.request
from pathlib import Path

import pytest
from helpers.cdp import CHROMIUM, Browser, Tab
from helpers.promptathon import MINI
from helpers.serve import start_server, stop_server

from course.serve.server import board_page

PROMPT = "You are an assistant. Summarise the notes below in three bullet points for the team."


async def play(tab: Tab, team: str) -> None:
    """Name the team, open the first challenge, write a prompt, check it (which saves the results)."""
    await tab.wait_for("Team name")
    await asyncio.sleep(1.0)
    await tab.type(team)
    await asyncio.sleep(0.5)
    await tab.mark()
    await tab.press("enter")
    await tab.wait_for(team, "Challenges")
    await asyncio.sleep(1.0)
    await tab.mark()
    await tab.press("enter")
    await tab.wait_for("Lessons learned")  # the challenge's workbench is up
    await asyncio.sleep(1.0)
    await tab.type(PROMPT)
    await asyncio.sleep(0.5)
    await tab.ctrl("s")


async def two_teams(url: str, folder: Path, shot: Path) -> str:
    browser = await Browser().start()
    try:
        red, blue = await browser.tab(url + "/"), await browser.tab(url + "/")
        await asyncio.gather(play(red, "Team Red"), play(blue, "Team Blue"))
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(list(folder.glob("*.json"))) < 2:
            await asyncio.sleep(0.3)
        board = await browser.tab(url + "/board")
        await asyncio.sleep(2.0)
        await board.screenshot(shot)
        return await board.eval("document.body.innerText")
    finally:
        await browser.close()


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (Debian: apt-get install -y chromium)")
def test_two_tabs_are_two_teams_and_both_are_on_the_board(tmp_path: Path) -> None:
    home = tmp_path / "served"
    proc, url = start_server(home, "promptathon", "--pack", str(MINI), "serve")
    try:
        text = asyncio.run(two_teams(url, home / "promptathon", tmp_path / "board.png"))
        html = urllib.request.urlopen(url + "/board", timeout=10).read().decode()
    finally:
        out = stop_server(proc)
    assert "/board" in out
    files = sorted((home / "promptathon").glob("*.json"))
    results = {
        json.loads(p.read_text(encoding="utf-8"))["team"]: json.loads(p.read_text(encoding="utf-8")) for p in files
    }
    assert set(results) == {"Team Red", "Team Blue"}
    for data in results.values():  # each tab's prompt reached its own team's results
        assert [c["prompt"] for c in data["challenges"] if c["touched"]] == [PROMPT]
    assert "Team Red" in text and "Team Blue" in text
    assert "Team Red" in html and "<html" in html.lower()


def test_the_board_page_shows_only_results_written_since_the_server_started(tmp_path: Path) -> None:
    from helpers.promptathon import make_run

    from course.promptathon.pack import load_pack

    pack = load_pack(MINI).pack
    folder = tmp_path / "results"
    folder.mkdir()
    old = make_run(pack, "Last Week", folder / "old.json", lang="en")
    old.finish("finished")
    started = time.time() + 5
    assert "No results yet" in board_page(folder, started, "en")
    assert "Last Week" in board_page(folder, 0, "en")
