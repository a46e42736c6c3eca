"""guard_sigcont with Textual's real LinuxDriver on a real pseudo-terminal: a resume after an outside SIGSTOP restarts
the input thread without losing a key typed meanwhile, and the learner's terminal modes still come back on exit."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import threading
import time
from collections.abc import Callable

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs a Linux pseudo-terminal")


async def _until(done: Callable[[], bool], seconds: float = 20) -> bool:
    """Let the event loop run until `done()` holds, however slow the machine is."""
    end = time.monotonic() + seconds
    while not done() and time.monotonic() < end:
        await asyncio.sleep(0.01)
    return done()


class _KeysApp:
    """What the driver needs of an app: somewhere to post events. Keeps the keys."""

    def __init__(self) -> None:
        self.keys: list[str] = []
        self._driver: object = None

    async def _post_message(self, message: object) -> bool:
        key = getattr(message, "key", None)
        if isinstance(key, str):
            self.keys.append(key)
        return True


async def test_a_key_typed_just_as_the_input_restarts_after_an_outside_stop_is_read() -> None:
    """The race behind "Ctrl+Q does not quit right after a resume": SIGCONT after `kill -STOP` finds Textual's input
    thread still running, so the guard stops it before Textual starts a new one. A key that arrives once the old
    thread has stopped reading (here: exactly then, when the driver clears its exit event) must reach the app. The
    guard's first version stopped the thread with suspend_application_mode, whose tcflush dropped that key and whose
    cooked mode made Ctrl+Q an XON the terminal swallowed: this test failed on it every time."""
    import pty
    import termios

    from textual.drivers.linux_driver import LinuxDriver

    from course.screens.sigcont import guard_sigcont

    master, slave = pty.openpty()
    handlers = {s: signal.getsignal(s) for s in (signal.SIGTSTP, signal.SIGCONT, signal.SIGWINCH)}
    learners_modes = termios.tcgetattr(slave)
    app = _KeysApp()
    driver = LinuxDriver(app)  # type: ignore[arg-type]
    driver.fileno, driver.input_tty = slave, True
    driver._file = os.fdopen(os.dup(slave), "w", encoding="utf-8")  # not the test run's own stderr
    output = bytearray()
    stop_reading = threading.Event()

    def read_output() -> None:  # the terminal's side: take what the app writes so the pty never fills up
        while not stop_reading.is_set():
            try:
                output.extend(os.read(master, 65536))
            except OSError:
                return

    reader = threading.Thread(target=read_output, daemon=True)
    reader.start()
    typed = False

    class TypeWhenTheOldThreadHasStopped(threading.Event):
        def clear(self) -> None:
            nonlocal typed
            if not typed:
                typed = True
                os.write(master, b"\x11")  # Ctrl+Q, after the old input thread's last read
            super().clear()

    try:
        driver.start_application_mode()
        app._driver = driver
        first_thread = driver._key_thread
        assert first_thread is not None and first_thread.is_alive()
        guard_sigcont(app)
        driver.exit_event = TypeWhenTheOldThreadHasStopped()
        os.kill(os.getpid(), signal.SIGCONT)  # as after `kill -STOP ... kill -CONT`: the input thread still runs
        assert await _until(lambda: "ctrl+q" in app.keys), f"the key typed during the restart was lost: {app.keys}"
        assert typed
        assert driver._key_thread is not first_thread and not first_thread.is_alive()
        assert [t for t in threading.enumerate() if t.name == "textual-input"] == [driver._key_thread]
        assert driver.attrs_before == learners_modes, "on exit the learner's terminal would stay raw"
    finally:
        driver.stop_application_mode()
        driver.close()
        stop_reading.set()
        for signum, handler in handlers.items():
            signal.signal(signum, handler)
        os.close(slave)
        os.close(master)
    assert termios.ICANON & learners_modes[3]  # the pty started cooked, so the check above means something


async def test_after_textuals_own_sigtstp_the_guard_leaves_the_restart_to_textual() -> None:
    """Ctrl+Z: Textual stopped its input thread before stopping the process; on SIGCONT the guard only passes on."""
    from course.screens.sigcont import guard_sigcont

    calls: list[str] = []

    class SuspendedByTextual:
        _auto_restart = True
        _key_thread = threading.Thread(target=lambda: None)  # joined: never alive

        def _sigcont_application(self, *args: object) -> None:
            calls.append("textual restarts")

    class App:
        _driver = SuspendedByTextual()

    before = signal.getsignal(signal.SIGCONT)
    try:
        guard_sigcont(App())
        os.kill(os.getpid(), signal.SIGCONT)
        assert await _until(lambda: bool(calls))
        assert calls == ["textual restarts"]
    finally:
        signal.signal(signal.SIGCONT, before)
