"""`genai-course promptathon serve`: two browser tabs as two teams, the board at /board; the server's own lines."""

from __future__ import annotations

import asyncio
import json
import re
import socket
import time
import urllib.request
from pathlib import Path

import pytest
from cdp import CHROMIUM, Browser, Tab
from click.testing import CliRunner
from serve_common import start_server, stop_server
from test_promptathon_common import MINI

from course.cli import main
from course.serve.server import board_page, is_loopback, tab_command

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
    results = {json.loads(p.read_text(encoding="utf-8"))["team"]: json.loads(p.read_text(encoding="utf-8"))
               for p in files}
    assert set(results) == {"Team Red", "Team Blue"}
    for data in results.values():  # each tab's prompt reached its own team's results
        assert [c["prompt"] for c in data["challenges"] if c["touched"]] == [PROMPT]
    assert "Team Red" in text and "Team Blue" in text
    assert "Team Red" in html and "<html" in html.lower()


def test_the_board_page_shows_only_results_written_since_the_server_started(tmp_path: Path) -> None:
    from test_promptathon_common import make_run

    from course.promptathon.pack import load_pack

    pack = load_pack(MINI).pack
    folder = tmp_path / "results"
    folder.mkdir()
    old = make_run(pack, "Last Week", folder / "old.json", lang="en")
    old.finish("finished")
    started = time.time() + 5
    assert "No results yet" in board_page(folder, started, "en")
    assert "Last Week" in board_page(folder, 0, "en")


def test_host_0000_prints_the_network_warning_and_a_busy_port_is_one_line() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        port = sock.getsockname()[1]
        result = CliRunner().invoke(main, ["--lang", "en", "serve", "--port", str(port)])
    assert result.exit_code == 1
    assert result.output.startswith(f"Cannot start on 127.0.0.1:{port}:") and result.output.count("\n") == 1
    assert not is_loopback("0.0.0.0") and is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")


def test_the_network_warning_is_printed_for_0000(tmp_path: Path) -> None:
    proc, url = start_server(tmp_path / "served", "serve", "--host", "0.0.0.0")
    out = stop_server(proc)
    lines = [line for line in out.splitlines() if "reachable on the network" in line]
    assert len(lines) == 1 and "0.0.0.0" in lines[0] and "PIN" in lines[0]


def test_the_tab_command_carries_the_store_language_and_packs(tmp_path: Path) -> None:
    from course.options import Options

    command = tab_command("course", Options(db=tmp_path / "my db.sqlite", lang="de", course_dirs=("extra",)))
    assert "course.serve.tab course --db" in command and "'" in command  # the space is quoted
    assert "--lang de" in command and "--course" in command


def test_the_page_takes_its_websocket_address_from_the_proxy_and_loads_nothing_from_third_parties(
        tmp_path: Path) -> None:
    proc, url = start_server(tmp_path / "served", "serve")
    try:
        plain = urllib.request.urlopen(url + "/", timeout=10).read().decode()
        request = urllib.request.Request(url + "/", headers={
            "X-Forwarded-Proto": "https", "X-Forwarded-Host": "kurs.example.com", "X-Forwarded-Prefix": "/genai/"})
        proxied = urllib.request.urlopen(request, timeout=10).read().decode()
    finally:
        stop_server(proc)
    assert f'data-session-websocket-url="ws://{url.split("://", 1)[1]}/ws"' in plain
    assert 'data-session-websocket-url="wss://kurs.example.com/genai/ws"' in proxied
    assert "https://kurs.example.com/genai/static/js/textual.js" in proxied
    hosts = set(re.findall(r'(?:src|href)="https?://([^/"]+)', plain))
    assert hosts == {url.split("://", 1)[1]}  # no web fonts or scripts from elsewhere
