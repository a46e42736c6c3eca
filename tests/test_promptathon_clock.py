"""The countdown keeps real time across a suspend (Ctrl+Z / SIGSTOP, then SIGCONT) and fires on resume."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers.promptathon import MINI, FakeClock, screen_text, solution, title_line, until
from helpers.ptyapp import CTRL_Q, PtyApp

from course.commands.promptathon import build_app
from course.options import Options
from course.promptathon import results


def _app(tmp_path: Path, clock: FakeClock):
    app, code = build_app(Options(lang="en"), "Night Owls", 10, str(MINI), str(tmp_path / "owls.json"), clock=clock)
    assert code == 0 and app is not None
    return app


def _header(app) -> str:
    return title_line(app)


async def test_resume_shows_the_time_left_at_once(tmp_path: Path) -> None:
    """While stopped, the clock jumps; the first thing after SIGCONT is the right time, not the stale one."""
    clock = FakeClock()
    app = _app(tmp_path, clock)
    app.tick_seconds = 3600  # only the resume signal can update the display in this test
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert "⏱ 10:00 · Night Owls" in _header(app)
        clock.advance(3 * 60 + 20.4)  # the process was stopped for 3:20.4
        app.app_resume_signal.publish(app)  # what Textual does on SIGCONT
        await pilot.pause()  # no timer tick needed
        assert "⏱ 06:40 · Night Owls" in _header(app)
        assert "⏱ 06:40" in screen_text(app)  # the status line on the list too
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
        clock.advance(25 * 60)  # stopped again, far past the deadline
        app.app_resume_signal.publish(app)
        await pilot.pause()
        assert isinstance(app.screen, DoneScreen) and "Time is up!" in screen_text(app)
        assert not app.run_state.set_text("mini-summary", "late")
    data = results.read(tmp_path / "owls.json")
    assert data["ended"] == "time-up" and data["used_seconds"] == 600  # the time box, not the 29 minutes
    assert data["challenges"][0]["prompt"] == solution(app.pack, "mini-summary", "en")
    assert data["ended_at"] == "2026-11-28T09:29:00+00:00"  # when it was noticed, on the wall clock


@pytest.mark.slow
async def test_the_ticking_timer_catches_a_jump_without_a_resume_signal(tmp_path: Path) -> None:
    """A machine that slept sends no SIGCONT: the next tick of the half-second timer still sees the deadline."""
    clock = FakeClock()
    app = _app(tmp_path, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        from course.screens.promptathon import DoneScreen

        await pilot.press("enter")
        await pilot.pause()
        clock.advance(9 * 60 + 30)
        await until(pilot, lambda: "⏱ 00:30" in _header(app))  # the interval timer, no resume signal
        assert "⏱ 00:30" in _header(app)
        clock.advance(31)
        await until(pilot, lambda: isinstance(app.screen, DoneScreen))
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
@pytest.mark.slow
def test_system_clock_counts_the_time_a_process_is_stopped() -> None:
    """The real clock behind the countdown keeps running while the process is stopped (SIGSTOP ... SIGCONT)."""
    code = (
        "import sys\nfrom course.promptathon.clock import SystemClock\nc = SystemClock()\nt = c.monotonic()\n"
        "print('ready', flush=True)\nsys.stdin.readline()\nprint(c.monotonic() - t, flush=True)\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parent.parent,
    )
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


def _promptathon(tmp_path: Path) -> PtyApp:
    pack = ["--pack", str(MINI), "-o", str(tmp_path / "pty.json")]
    return PtyApp(["--lang", "en", "promptathon", "--team", "PTY", "--minutes", "1", *pack], tmp_path / "home")


def _running(app: PtyApp) -> None:
    """Start the run and wait until the countdown has ticked (a value below the first one drawn)."""
    app.until(lambda: b"Let" in app.buf, "showed the intro screen")
    app.write(b"\r")  # Let's go
    app.until(lambda: len(set(app.countdowns())) >= 2, "ticked")


STOPS = [signal.SIGSTOP, signal.SIGTSTP] if hasattr(signal, "SIGTSTP") else []


@pytest.mark.pty
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs a Linux pseudo-terminal")
@pytest.mark.parametrize("stop_signal", STOPS, ids=["SIGSTOP", "SIGTSTP"])
def test_the_real_app_survives_stop_and_continue(tmp_path: Path, stop_signal: int) -> None:
    """Stopped from outside for 3 s: the countdown counts it, shows it at once, and the app still quits cleanly.

    Every step waits for a condition it can see: the process is really stopped (/proc) before the 3 s start,
    what it wrote before the stop is read away, the countdown checked is one a tick drew after the resume,
    and Ctrl+Q goes out once the terminal is raw again."""
    with _promptathon(tmp_path) as app:
        _running(app)
        app.signal(stop_signal)
        app.until(app.stopped, "stopped")  # SIGTSTP: Textual leaves application mode first, then stops itself
        app.drain()
        before = app.countdowns()[-1]
        time.sleep(3)  # the time stopped, which the countdown must count
        del app.buf[:]
        app.signal(signal.SIGCONT)
        # The first repaint after the resume shows the value from before the stop (or one tick later, if the
        # stop came between a tick and its repaint); a value below both was drawn by a tick after it.
        app.until(lambda: any(left < before - 1 for left in app.countdowns()), "drew a tick after the resume")
        after = next(left for left in app.countdowns() if left < before - 1)
        app.until(app.raw, "made the terminal raw again")
        app.write(CTRL_Q)
        app.until(app.exited, "quit after Ctrl+Q (an orphaned input thread?)")
    assert app.code == 0
    assert after <= before - 3, f"the 3 s stopped are not counted: {before} s left before, {after} s after"
    data = results.read(tmp_path / "pty.json")
    assert data["ended"] == "quit" and data["used_seconds"] >= 60 - after - 1  # the stop is in the results too


@pytest.mark.pty
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs a Linux pseudo-terminal")
@pytest.mark.parametrize("stop_signal", STOPS, ids=["SIGSTOP", "SIGTSTP"])
def test_ctrl_q_pressed_the_moment_the_app_continues_quits_it(tmp_path: Path, stop_signal: int) -> None:
    """The learner resumes (fg, or kill -CONT) and presses Ctrl+Q at once: the app quits.

    After an outside SIGSTOP the terminal is still raw, so Ctrl+Q goes out as soon as the process runs again,
    while course/screens/sigcont.py replaces Textual's input thread; its first version dropped a key typed in
    that ~0.2 s (under load: 26 of 40 runs passed when Ctrl+Q came 0-270 ms after the SIGCONT). The
    deterministic check of that race is tests/test_sigcont_guard.py; this is the whole path. After SIGTSTP,
    Ctrl+Q waits for raw mode: before that the tty itself takes it as XON, as for any full-screen program."""
    with _promptathon(tmp_path) as app:
        _running(app)
        app.signal(stop_signal)
        app.until(app.stopped, "stopped")
        app.signal(signal.SIGCONT)
        app.until(lambda: not app.stopped() and app.raw(), "ran again in raw mode")
        app.write(CTRL_Q)
        app.until(app.exited, "quit after Ctrl+Q right after the resume")
    assert app.code == 0
    assert results.read(tmp_path / "pty.json")["ended"] == "quit"


async def test_countdown_tick_while_the_title_bar_is_being_removed_does_not_raise() -> None:
    """The old flake (NoMatches 'HeaderTitle' at teardown) came from Textual's Header, whose title watcher
    may run after its title child is gone. The Promptathon now shows its title in the course's TitleBar, a
    single Static the app updates itself: a tick while the bar is being removed finds no bar and does nothing."""
    from textual.app import App

    from course.screens.widgets import TitleBar

    class One(App[None]):
        def compose(self):
            yield TitleBar()

    app = One()
    async with app.run_test() as pilot:
        bar = app.screen.query_one(TitleBar)
        removing = bar.remove()  # a screen switch removes its widgets while the clock keeps ticking
        app.sub_title = "00:30 left"
        for still in app.screen.query(TitleBar):
            still.show_title()
        await removing
        await pilot.pause()
        assert not app.screen.query(TitleBar)
