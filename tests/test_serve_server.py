"""The server of `genai-course serve`: its lines, the proxy-aware page, websockets only from its own page."""

from __future__ import annotations

import asyncio
import re
import socket
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers.serve import start_server, stop_server

from course.cli import main
from course.serve.server import is_loopback, tab_command


def test_host_0000_prints_the_network_warning_and_a_busy_port_is_one_line() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        port = sock.getsockname()[1]
        result = CliRunner().invoke(main, ["--lang", "en", "serve", "--port", str(port)])
    assert result.exit_code == 1
    assert result.output.startswith(f"Cannot start on 127.0.0.1:{port}:") and result.output.count("\n") == 1
    assert not is_loopback("0.0.0.0") and is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")


@pytest.mark.slow
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


@pytest.mark.slow
def test_the_page_takes_its_websocket_address_from_the_proxy_and_loads_nothing_from_third_parties(
    tmp_path: Path,
) -> None:
    proc, url = start_server(tmp_path / "served", "serve")
    try:
        plain = urllib.request.urlopen(url + "/", timeout=10).read().decode()
        request = urllib.request.Request(
            url + "/",
            headers={
                "X-Forwarded-Proto": "https",
                "X-Forwarded-Host": "kurs.example.com",
                "X-Forwarded-Prefix": "/genai/",
            },
        )
        proxied = urllib.request.urlopen(request, timeout=10).read().decode()
    finally:
        stop_server(proc)
    assert f'data-session-websocket-url="ws://{url.split("://", 1)[1]}/ws"' in plain
    assert 'data-session-websocket-url="wss://kurs.example.com/genai/ws"' in proxied
    assert "https://kurs.example.com/genai/static/js/textual.js" in proxied
    hosts = set(re.findall(r'(?:src|href)="https?://([^/"]+)', plain))
    assert hosts == {url.split("://", 1)[1]}  # no web fonts or scripts from elsewhere


async def _ws_status(url: str, origin: str) -> int:
    import aiohttp

    async with aiohttp.ClientSession() as session:
        try:
            async with session.ws_connect(
                url.replace("http", "ws", 1) + "/ws?width=80&height=24", headers={"Origin": origin}
            ) as ws:
                await ws.close()
                return 101
        except aiohttp.WSServerHandshakeError as exc:
            return exc.status


@pytest.mark.slow
def test_a_websocket_from_another_website_is_refused(tmp_path: Path) -> None:
    proc, url = start_server(tmp_path / "served", "serve")
    try:
        evil = asyncio.run(_ws_status(url, "https://evil.example"))
        own = asyncio.run(_ws_status(url, url))
    finally:
        stop_server(proc)
    assert evil == 403
    assert own == 101


def test_promptathon_serve_refuses_the_one_team_options() -> None:
    result = CliRunner().invoke(main, ["promptathon", "--team", "Blau", "serve"])
    assert result.exit_code == 2 and "each tab asks for its team" in result.output
