"""The countdown keeps real time across a suspend (Ctrl+Z / SIGSTOP, then SIGCONT) and fires on resume."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_promptathon_common import MINI, FakeClock, screen_text, solution

from course.commands.promptathon import build_app
from course.options import Options
from course.promptathon import results


def _app(tmp_path: Path, clock: FakeClock):
    app, code = build_app(Options(lang="en"), "Night Owls", 10, str(MINI), str(tmp_path / "owls.json"), clock=clock)
    assert code == 0 and app is not None
    return app


def _header(app) -> str:
    from textual.widgets._header import HeaderTitle

    return str(app.screen.query_one(HeaderTitle).render())


async def test_resume_shows_the_time_left_at_once(tmp_path: Path) -> None:
    """While stopped, the clock jumps; the first thing after SIGCONT is the right time, not the stale one."""
    clock = FakeClock()
    app = _app(tmp_path, clock)
    app.tick_seconds = 3600  # only the resume signal can update the display in this test
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert "⏱ 10:00 · Night Owls" in _header(app)
        clock.advance(3 * 60 + 20.4)           # the process was stopped for 3:20.4
        app.app_resume_signal.publish(app)      # what Textual does on SIGCONT
        await pilot.pause()                     # no timer tick needed
        assert "⏱ 06:40 · Night Owls" in _header(app)
        assert "⏱ 06:40" in screen_text(app)   # the status line on the list too
        assert app.run_state.running


async def test_deadline_passed_while_suspended_ends_the_run_on_resume(tmp_path: Path) -> None:
    clock = FakeClock()
    app = _app(tmp_path, clock)
    app.tick_seconds = 3600
    async with app.run_test(size=(80, 24)) as pilot:
        from course.screens.promptathon import DoneScreen

        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        app.screen.query_one("#wb-editor").text = solution(app.pack, "mini-summary", "en")
        clock.advance(4 * 60)
        app.app_resume_signal.publish(app)
        await pilot.pause()
        assert "⏱ 06:00" in _header(app) and app.run_state.running
        clock.advance(25 * 60)                  # stopped again, far past the deadline
        app.app_resume_signal.publish(app)
        await pilot.pause()
        assert isinstance(app.screen, DoneScreen) and "Time is up!" in screen_text(app)
        assert not app.run_state.set_text("mini-summary", "late")
    data = results.read(tmp_path / "owls.json")
    assert data["ended"] == "time-up" and data["used_seconds"] == 600  # the time box, not the 29 minutes
    assert data["challenges"][0]["prompt"] == solution(app.pack, "mini-summary", "en")
    assert data["ended_at"] == "2026-11-28T09:29:00+00:00"  # when it was noticed, on the wall clock


async def test_the_ticking_timer_catches_a_jump_without_a_resume_signal(tmp_path: Path) -> None:
    """A machine that slept sends no SIGCONT: the next tick of the half-second timer still sees the deadline."""
    clock = FakeClock()
    app = _app(tmp_path, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        from course.screens.promptathon import DoneScreen

        await pilot.press("enter")
        await pilot.pause()
        clock.advance(9 * 60 + 30)
        await pilot.pause(0.7)
        assert "⏱ 00:30" in _header(app)
        clock.advance(31)
        await pilot.pause(0.7)
        assert isinstance(app.screen, DoneScreen)
    assert results.read(tmp_path / "owls.json")["ended"] == "time-up"


async def test_warnings_at_five_and_one_minute_left(tmp_path: Path) -> None:
    clock = FakeClock()
    app = _app(tmp_path, clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        clock.advance(5 * 60 + 5)
        app.tick()
        clock.advance(4 * 60)
        app.tick()
        await pilot.pause()
        assert [n.message for n in app._notifications] == ["5 minutes left!", "1 minute left!"]


@pytest.mark.skipif(not hasattr(signal, "SIGSTOP"), reason="needs POSIX job control")
def test_system_clock_counts_the_time_a_process_is_stopped() -> None:
    """The real clock behind the countdown keeps running while the process is stopped (SIGSTOP ... SIGCONT)."""
    code = ("import sys\nfrom course.promptathon.clock import SystemClock\nc = SystemClock()\nt = c.monotonic()\n"
            "print('ready', flush=True)\nsys.stdin.readline()\nprint(c.monotonic() - t, flush=True)\n")
    proc = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                            cwd=Path(__file__).parent.parent)
    try:
        assert proc.stdout is not None and proc.stdin is not None
        assert proc.stdout.readline().strip() == "ready"
        os.kill(proc.pid, signal.SIGSTOP)
        time.sleep(1.0)
        os.kill(proc.pid, signal.SIGCONT)
        proc.stdin.write("\n")
        proc.stdin.flush()
        elapsed = float(proc.stdout.readline())
    finally:
        proc.kill()
        proc.wait(timeout=10)
    assert elapsed >= 1.0
