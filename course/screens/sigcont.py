"""A safe resume for Textual apps after an outside SIGSTOP (used by the Promptathon; fits any CourseApp)."""

from __future__ import annotations

from typing import Any


def guard_sigcont(app: Any) -> None:
    """Make a resume after an outside SIGSTOP (kill -STOP, a debugger) safe and visible at once.

    Textual's Linux driver restarts application mode on every SIGCONT. After a SIGTSTP it
    handled itself, that is right; after a SIGSTOP it never saw, the old input thread is
    still running, a second one starts, and the process hangs on exit waiting for the
    orphan. So in that case suspend first (stopping the old thread), and ask for the resume
    signal so the countdown shows the right time at once. Other drivers are left alone.

    Upstream: Textual's suspend/resume work (https://github.com/Textualize/textual/issues/1582,
    https://github.com/Textualize/textual/issues/3727) does not cover an outside SIGSTOP; no
    upstream issue for this case exists yet. tests/test_textual_workarounds.py fails once Textual
    handles it, and then this function can go.
    """
    import signal
    import threading

    driver = getattr(app, "_driver", None)
    original = getattr(driver, "_sigcont_application", None)
    if (
        original is None
        or not hasattr(driver, "_key_thread")
        or threading.current_thread() is not threading.main_thread()
    ):
        return

    def on_sigcont(*args: object) -> None:
        thread = getattr(driver, "_key_thread", None)
        if getattr(driver, "_auto_restart", False) and thread is not None and thread.is_alive():
            driver.suspend_application_mode()  # type: ignore[union-attr]
            driver._must_signal_resume = True  # type: ignore[union-attr]
        original(*args)

    try:
        signal.signal(signal.SIGCONT, on_sigcont)
    except (ValueError, OSError, AttributeError):  # no SIGCONT here (Windows) or not the main thread
        pass
