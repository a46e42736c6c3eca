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


def _pty_session(tmp_path: Path, stop_signal: int) -> tuple[int | None, int | None, int | None, Path]:
    """The real command in a pseudo-terminal: start, stop the process for 3 s, continue, quit with Ctrl+Q.

    Every step waits for a condition the test can see, not for a fixed time (on a busy machine the
    app may need seconds for each): the process is really stopped (/proc says "T") before the 3 s
    start, everything it wrote before the stop is read away before SIGCONT, the countdown shown is
    one a tick drew after the resume, and Ctrl+Q goes out only once the terminal is raw again (in
    the cooked mode of a suspended app, Ctrl+Q is XON and the tty swallows it: the app never quit).
    """
    import pty
    import re
    import select
    import termios

    out = tmp_path / "pty.json"
    env = {**os.environ, "GENAI_COURSE_HOME": str(tmp_path / "home"), "TERM": "xterm-256color"}
    args = [
        sys.executable,
        "-m",
        "course.cli",
        "--lang",
        "en",
        "promptathon",
        "--team",
        "PTY",
        "--minutes",
        "1",
        "--pack",
        str(MINI),
        "-o",
        str(out),
    ]
    code: int | None = None
    before: int | None = None
    shown: list[int] = []
    countdown = re.compile(rb"\xe2\x8f\xb1 (\d\d):(\d\d)")
    pid, fd = pty.fork()
    if pid == 0:  # the child: become the app
        os.chdir(Path(__file__).parent.parent)
        os.execve(sys.executable, args, env)
    buf = bytearray()

    def pump(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            if select.select([fd], [], [], 0.1)[0]:
                try:
                    buf.extend(os.read(fd, 65536))
                except OSError:
                    time.sleep(0.1)

    def pump_until(done, seconds: float = 60) -> None:
        """Read until `done()` holds (the app got there), however slow the machine is."""
        end = time.monotonic() + seconds
        while not done() and time.monotonic() < end:
            pump(0.1)

    def seconds_shown() -> list[int]:
        return [int(m) * 60 + int(s) for m, s in countdown.findall(bytes(buf))]

    def stopped() -> bool:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] in ("T", "t")

    def raw() -> bool:
        iflag, _, _, lflag, *_ = termios.tcgetattr(fd)  # the master reports the terminal's (the app's) modes
        return not iflag & termios.IXON and not lflag & termios.ICANON

    try:
        pump_until(lambda: b"Let" in buf)  # the intro screen is up
        os.write(fd, b"\r")  # Let's go
        pump_until(lambda: bool(seconds_shown()))  # the countdown runs
        pump(2)
        os.kill(pid, stop_signal)
        pump_until(stopped)  # SIGTSTP: Textual leaves application mode first, then stops itself
        while select.select([fd], [], [], 0)[0]:  # what it wrote before the stop; it writes nothing more now
            buf.extend(os.read(fd, 65536))
        before = seconds_shown()[-1]
        time.sleep(3)
        del buf[:]
        os.kill(pid, signal.SIGCONT)
        # The first repaint after the resume shows the value from before the stop (or one tick later, if
        # the stop came between a tick and its repaint); a value below both was drawn by a tick after it.
        pump_until(lambda: any(left < before - 1 for left in seconds_shown()))
        shown = [left for left in seconds_shown() if left < before - 1]
        pump_until(raw)
        os.write(fd, b"\x11")  # Ctrl+Q
        for _ in range(300):
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                code = os.waitstatus_to_exitcode(status)
                break
            pump(0.2)
    finally:
        if code is None:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        os.close(fd)
    return code, before, shown[0] if shown else None, out


@pytest.mark.pty
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs a Linux pseudo-terminal")
@pytest.mark.parametrize(
    "stop_signal", [signal.SIGSTOP, signal.SIGTSTP] if hasattr(signal, "SIGTSTP") else [], ids=["SIGSTOP", "SIGTSTP"]
)
def test_the_real_app_survives_stop_and_continue(tmp_path: Path, stop_signal: int) -> None:
    """Stopped from outside for 3 s: the countdown counts it, shows it at once, and the app still quits cleanly."""
    code, before, left, results_file = _pty_session(tmp_path, stop_signal)
    assert code == 0, "the app must exit after Ctrl+Q (no orphaned input thread)"
    assert before is not None and left is not None, "no countdown was drawn before the stop or after the resume"
    assert left <= before - 3, f"the 3 s stopped are not counted: {before} s left before, {left} s after"
    assert left <= 60 - 2 - 3  # at least 2 s running + 3 s stopped are gone
    data = results.read(results_file)
    assert data["ended"] == "quit" and data["used_seconds"] >= 5


@pytest.mark.skipif(not hasattr(signal, "SIGCONT"), reason="needs POSIX signals")
def test_sigcont_after_an_outside_stop_suspends_before_restarting() -> None:
    """The guard around Textual's SIGCONT handler: an input thread still running is stopped first, then restarted.

    (Without it, a second input thread starts beside the first and the process may hang on exit;
    the pseudo-terminal test above shows the whole path but catches that race only sometimes.)
    """
    import threading

    from course.screens.sigcont import guard_sigcont

    calls: list[str] = []
    stop = threading.Event()

    class FakeDriver:
        _auto_restart = True
        _must_signal_resume = False

        def __init__(self) -> None:
            self._key_thread = threading.Thread(target=stop.wait, daemon=True)
            self._key_thread.start()

        def suspend_application_mode(self) -> None:
            calls.append("suspend")
            stop.set()
            self._key_thread.join()

        def _sigcont_application(self, *args: object) -> None:
            calls.append(f"resume (signal resume {self._must_signal_resume})")

    class FakeApp:
        _driver = FakeDriver()

    before = signal.getsignal(signal.SIGCONT)
    try:
        guard_sigcont(FakeApp())  # type: ignore[arg-type]
        os.kill(os.getpid(), signal.SIGCONT)  # as after `kill -STOP`: the input thread is still alive
        assert calls == ["suspend", "resume (signal resume True)"]
        FakeApp._driver._must_signal_resume = False
        os.kill(os.getpid(), signal.SIGCONT)  # as after Textual's own SIGTSTP: the thread was already stopped
        assert calls[2:] == ["resume (signal resume False)"]
    finally:
        signal.signal(signal.SIGCONT, before)


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
