"""The real command in a pseudo-terminal, driven like a learner's terminal: read what it draws, send keys and signals,
and wait for conditions (drawn, stopped, raw again, exited) instead of fixed times."""

from __future__ import annotations

import os
import re
import select
import signal
import sys
import termios
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
COUNTDOWN = re.compile(rb"\xe2\x8f\xb1 (\d\d):(\d\d)")
CTRL_Q = b"\x11"


class PtyApp:
    """One run of `python -m course.cli ARGS` in a pseudo-terminal (Linux only); use as a context manager."""

    def __init__(self, args: list[str], home: Path) -> None:
        import pty

        env = {**os.environ, "GENAI_COURSE_HOME": str(home), "TERM": "xterm-256color", "PYTHONFAULTHANDLER": "1"}
        self.buf = bytearray()
        self.code: int | None = None
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # the child: become the app
            os.chdir(ROOT)
            os.execve(sys.executable, [sys.executable, "-m", "course.cli", *args], env)

    def __enter__(self) -> PtyApp:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.code is None:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        os.close(self.fd)

    def pump(self, seconds: float = 0.05) -> None:
        """Read what the app draws for `seconds`."""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            if select.select([self.fd], [], [], 0.05)[0]:
                try:
                    self.buf.extend(os.read(self.fd, 65536))
                except OSError:
                    time.sleep(0.05)

    def until(self, done: Callable[[], bool], what: str, seconds: float = 60) -> None:
        """Read until `done()` holds, however slow the machine is; fail with `what` if it never does."""
        end = time.monotonic() + seconds
        while not done() and time.monotonic() < end:
            self.pump()
        assert done(), f"never {what}\n{self.diagnosis()}"

    def diagnosis(self) -> str:
        """Where the app is stuck: its state, the terminal's mode, and every thread's stack (faulthandler)."""
        if self.exited():
            return f"exited with {self.code}"
        state = "stopped" if self.stopped() else "running"
        mode = "raw" if self.raw() else "cooked"
        self.signal(signal.SIGCONT)
        self.signal(signal.SIGABRT)  # PYTHONFAULTHANDLER: the stacks of all threads on the terminal
        self.drain()
        start = len(self.buf)
        self.pump(3)
        stacks = bytes(self.buf[start:]).decode("utf-8", "replace")
        return f"{state}, terminal {mode}; stacks:\n{stacks[-6000:]}"

    def drain(self) -> None:
        """Take everything written so far (of a stopped app: all it will write until it continues)."""
        while select.select([self.fd], [], [], 0)[0]:
            try:
                self.buf.extend(os.read(self.fd, 65536))
            except OSError:
                return

    def write(self, keys: bytes) -> None:
        os.write(self.fd, keys)

    def signal(self, signum: int) -> None:
        os.kill(self.pid, signum)

    def stopped(self) -> bool:
        """The process is stopped (/proc says T): a SIGTSTP has been handled, a SIGSTOP has arrived."""
        with open(f"/proc/{self.pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] in ("T", "t")

    def raw(self) -> bool:
        """The terminal is in the app's raw mode (in cooked mode Ctrl+Q is XON and the tty itself swallows it)."""
        iflag, _, _, lflag, *_ = termios.tcgetattr(self.fd)  # the master reports the terminal's modes
        return not iflag & termios.IXON and not lflag & termios.ICANON

    def countdowns(self) -> list[int]:
        """Every countdown the app has drawn, in seconds left."""
        return [int(m) * 60 + int(s) for m, s in COUNTDOWN.findall(bytes(self.buf))]

    def exited(self) -> bool:
        if self.code is None:
            done, status = os.waitpid(self.pid, os.WNOHANG)
            if done:
                self.code = os.waitstatus_to_exitcode(status)
        return self.code is not None
