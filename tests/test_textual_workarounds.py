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


def test_the_driver_internals_guard_sigcont_relies_on_are_still_there() -> None:
    """guard_sigcont quietly does nothing when these private names are gone, so say it here instead.

    It wraps `LinuxDriver._sigcont_application`, reads `_key_thread` and `_auto_restart`, stops the input
    thread through `exit_event` (as `disable_input` does, without its tcflush), stops the writer with `close`,
    keeps `attrs_before` and sets `_must_signal_resume`, which start_application_mode consumes.
    If this fails after a Textual upgrade, check whether the hang after an outside SIGSTOP is fixed
    (then delete guard_sigcont) or port the guard to the new names.
    """
    driver = linux_driver.LinuxDriver
    assert callable(getattr(driver, "_sigcont_application", None))
    assert callable(getattr(driver, "close", None))
    init = inspect.getsource(driver.__init__)
    assert "self._key_thread" in init and "self._must_signal_resume" in init
    assert "self.exit_event = Event()" in init and "self.attrs_before" in init
    assert "while not self.exit_event.is_set()" in inspect.getsource(driver.run_input_thread)
    assert "self.attrs_before = termios.tcgetattr" in inspect.getsource(driver.start_application_mode)
    assert "_must_signal_resume" in inspect.getsource(driver.start_application_mode)
    assert "_auto_restart" in inspect.getsource(linux_driver.Driver.__init__)


def test_no_private_textual_name_is_used_outside_the_two_documented_places() -> None:
    """Textual's private names (a `_name` attribute of a Textual object, or a `textual...._module`) appear only
    in screens/sigcont.py and baseapp.py, the two rows of CONTRIBUTING.md's table; the Header and Footer,
    which needed HeaderTitle and FooterKey, are gone."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "course"
    allowed = {root / "screens" / "sigcont.py", root / "baseapp.py"}
    private_module = re.compile(r"\btextual(?:\.\w+)*\._\w+")
    widgets = re.compile(
        r"\b(?:Header|Footer|HeaderTitle|FooterKey)\(|^from textual\S* import .*\b(?:Header|Footer)\b", re.M
    )
    found = []
    for path in sorted(root.rglob("*.py")):
        if path in allowed:
            continue
        text = path.read_text(encoding="utf-8")
        for hit in (*private_module.findall(text), *widgets.findall(text)):
            found.append(f"{path.relative_to(root.parent)}: {hit}")
    assert found == []
