"""Stress the suspend/resume/quit path: a Promptathon in a pseudo-terminal is stopped, continued and quit N times.

Run: .venv/bin/python tools/pty_resume_stress.py MODE N [--tree TREE] [--log FILE]
  MODE  stop   kill -STOP, kill -CONT, Ctrl+Q as soon as the terminal is raw (after an outside stop: at once)
        tstp   kill -TSTP (Textual suspends itself), kill -CONT, Ctrl+Q once the terminal is raw again
        key    Ctrl+Z (the app's suspend key), kill -CONT, Ctrl+Q once raw again
        stopd, tstpd, keyd   the same, with Ctrl+Q (i % 10) * 30 ms later: a sweep across the restart
  --tree  the checkout to run (default: this one; e.g. `git archive main | tar -x -C /tmp/ref` with .venv linked)
  --log   where the screen and the thread stacks (faulthandler) of a run that did not quit are appended
Prints one line per run and `RESULT MODE: quit/N`. Linux only. Run it under load (e.g. two
`python -c 'while True: pass' &`): the race it found (a key lost during the input restart after an outside stop)
showed only then. Deterministic checks are tests/test_sigcont_guard.py and the pty tests.
"""

from __future__ import annotations

import os
import pty
import select
import signal
import sys
import tempfile
import termios
import time
from collections.abc import Callable
from pathlib import Path

STOPS = {"stop": signal.SIGSTOP, "tstp": signal.SIGTSTP}


class Run:
    """One app in a pseudo-terminal."""

    def __init__(self, tree: Path) -> None:
        home = Path(tempfile.mkdtemp(prefix="pty-stress-"))
        python = str(tree / ".venv" / "bin" / "python")
        pack = str(tree / "tests" / "data" / "promptathon" / "mini")
        args = ["--lang", "en", "promptathon", "--team", "PTY", "--minutes", "1", "--pack", pack]
        env = {**os.environ, "GENAI_COURSE_HOME": str(home / "home"), "TERM": "xterm-256color"}
        env["PYTHONFAULTHANDLER"] = "1"
        self.buf = bytearray()
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.chdir(tree)
            os.execve(python, [python, "-m", "course.cli", *args, "-o", str(home / "out.json")], env)

    def pump(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            if select.select([self.fd], [], [], 0.05)[0]:
                try:
                    self.buf.extend(os.read(self.fd, 65536))
                except OSError:
                    time.sleep(0.05)

    def until(self, done: Callable[[], bool], seconds: float = 60) -> bool:
        end = time.monotonic() + seconds
        while not done() and time.monotonic() < end:
            self.pump(0.05)
        return done()

    def stopped(self) -> bool:
        with open(f"/proc/{self.pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] in ("T", "t")

    def raw(self) -> bool:
        iflag, _, _, lflag, *_ = termios.tcgetattr(self.fd)
        return not iflag & termios.IXON and not lflag & termios.ICANON

    def exited(self, seconds: float) -> bool:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            if os.waitpid(self.pid, os.WNOHANG)[0]:
                return True
            self.pump(0.1)
        return False


def once(tree: Path, mode: str, i: int, log: Path) -> bool:
    run = Run(tree)
    phase, quit_ = "start", False
    try:
        if not run.until(lambda: b"Let" in run.buf):
            return False
        os.write(run.fd, b"\r")
        if not run.until(lambda: "\u23f1".encode() in run.buf):
            return False
        run.pump(1.0)
        phase = "stop"
        if mode.startswith("key"):
            os.write(run.fd, b"\x1a")
        else:
            os.kill(run.pid, STOPS[mode.rstrip("d")])
        if not run.until(run.stopped):
            return False
        time.sleep(0.5)
        phase = "continue"
        os.kill(run.pid, signal.SIGCONT)
        if not run.until(run.raw):
            return False
        if mode.endswith("d"):
            time.sleep((i % 10) * 0.03)  # sweep the moment of Ctrl+Q across the restart
        phase = "quit"
        os.write(run.fd, b"\x11")
        quit_ = run.exited(30)
        return quit_
    finally:
        if not quit_:
            try:
                os.kill(run.pid, signal.SIGCONT)
                os.kill(run.pid, signal.SIGABRT)
                run.pump(3)
                os.kill(run.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            os.waitpid(run.pid, 0)
            with log.open("ab") as out:
                out.write(f"\n===== run {i} {mode}: no quit (phase {phase}) =====\n".encode())
                out.write(bytes(run.buf[-20000:]))
        os.close(run.fd)


def main(argv: list[str]) -> int:
    tree, log, args = Path(__file__).resolve().parents[1], Path("pty_resume_stress.log"), []
    rest = iter(argv)
    for arg in rest:
        if arg == "--tree":
            tree = Path(next(rest, ""))
        elif arg == "--log":
            log = Path(next(rest, ""))
        else:
            args.append(arg)
    if len(args) != 2 or args[0].rstrip("d") not in ("stop", "tstp", "key") or not args[1].isdigit():
        print(__doc__, file=sys.stderr)
        return 2
    mode, n = args[0], int(args[1])
    quit_ = 0
    for i in range(n):
        start = time.monotonic()
        ok = once(tree, mode, i, log)
        quit_ += ok
        print(f"{i} {'ok' if ok else 'NO QUIT'} {time.monotonic() - start:.1f}s", flush=True)
    print(f"RESULT {mode}: {quit_}/{n} quit")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
