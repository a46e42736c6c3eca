"""Snapshots of the Promptathon screens at 80x24 and 120x40, in German and English, with a fixed clock."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.app import no_blink
from helpers.promptathon import FakeClock

from course.commands.promptathon import build_app
from course.options import Options

# Snapshot tests render every screen and compare SVGs: seconds each. UI work: run this file on its own.
pytestmark = pytest.mark.slow

SIZES = [(80, 24), (120, 40)]
LANGS = ["de", "en"]


async def _list(pilot) -> None:
    await pilot.press("enter")
    await pilot.pause()


async def _challenge(pilot) -> None:
    await _list(pilot)
    await pilot.press("down", "down", "enter")
    await pilot.pause()
    pilot.app.screen.query_one("#wb-editor").text = "Mach eine FAQ aus den Tickets für Kunden, in Stichpunkten."
    await pilot.press("ctrl+s")
    await pilot.pause()


async def _done(pilot) -> None:
    await _challenge(pilot)
    pilot.app.clock.advance(46 * 60)
    pilot.app.tick()
    await pilot.pause()


SCREENS = {"intro": None, "list": _list, "challenge": _challenge, "done": _done}


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("screen", sorted(SCREENS))
def test_screen(
    snap_compare, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, screen: str, lang: str, size: tuple[int, int]
) -> None:
    monkeypatch.chdir(tmp_path)  # the results path on the end screen is the same on every machine
    app, code = build_app(Options(lang=lang), "Team Blau", None, None, "blau.json", clock=FakeClock())
    assert code == 0 and app is not None
    app.tick_seconds = 3600  # the countdown moves only when the test moves the clock
    action = SCREENS[screen]

    async def run_before(pilot) -> None:
        await pilot.pause()
        if action is not None:
            await action(pilot)
        await pilot.pause()
        no_blink(pilot.app)

    assert snap_compare(app, terminal_size=size, run_before=run_before)
