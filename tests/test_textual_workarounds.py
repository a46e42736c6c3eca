"""Our workarounds for Textual behaviour, each with a test that fails once Textual changes, so we can drop it."""

from __future__ import annotations

import inspect
import threading

import pytest

linux_driver = pytest.importorskip("textual.drivers.linux_driver")


def test_textual_still_restarts_input_on_sigcont_while_its_input_thread_runs() -> None:
    """The reason for course/screens/sigcont.py (guard_sigcont).

    Textual's LinuxDriver answers every SIGCONT by starting application mode again, also when the
    process was stopped from outside (SIGSTOP) and its input thread never stopped; a second input
    thread then starts and the app hangs on exit. If this test fails, Textual checks for the running
    thread itself: delete guard_sigcont, its calls, and this test.
    """
    calls: list[str] = []
    stop = threading.Event()
    still_reading = threading.Thread(target=stop.wait, daemon=True)
    still_reading.start()

    class StoppedFromOutside:
        _auto_restart = True
        _key_thread = still_reading

        def resume_application_mode(self) -> None:
            calls.append("resume")

    try:
        linux_driver.LinuxDriver._sigcont_application(StoppedFromOutside())  # type: ignore[arg-type]
    finally:
        stop.set()
    assert calls == ["resume"], "Textual no longer restarts on SIGCONT with input running: drop guard_sigcont"
    start = inspect.getsource(linux_driver.LinuxDriver.start_application_mode)
    assert "_key_thread.is_alive" not in start, "Textual now checks its input thread: drop guard_sigcont"
