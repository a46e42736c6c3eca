"""A safe resume for Textual apps after an outside SIGSTOP (used by the Promptathon; fits any CourseApp)."""

from __future__ import annotations

from typing import Any


def guard_sigcont(app: Any) -> None:
    """Make a resume after an outside SIGSTOP (kill -STOP, a debugger) safe, lossless and visible at once.

    Textual's Linux driver (`LinuxDriver._sigcont_application`) restarts application mode on every
    SIGCONT. After a SIGTSTP it handled itself (Ctrl+Z, `action_suspend_process`) that is right: its
    input thread was stopped first. After a SIGSTOP it never saw, the old input thread is still
    running, a second one starts, and the process hangs on exit waiting for the orphan.

    So in that case the old input thread is stopped first. Not with `suspend_application_mode`, as
    this guard once did: its `LinuxDriver.disable_input` flushes the unread input (`tcflush`) and
    `stop_application_mode` puts the terminal back in cooked mode, where Ctrl+Q is XON and the tty
    swallows it; a key pressed in the first ~0.2 s after the resume was lost, so Ctrl+Q did not quit
    (tests/test_sigcont_guard.py). Here only the thread stops: what it has not read stays queued in
    the still-raw terminal, and the new thread reads it.
    That runs from the event loop, not inside the signal handler, so it never waits on a lock (the
    writer's queue) that the interrupted main thread may hold. The resume signal is asked for so the
    countdown shows the right time at once. Other drivers are left alone.

    Upstream: Textual's suspend/resume work (https://github.com/Textualize/textual/issues/1582,
    https://github.com/Textualize/textual/issues/3727) does not cover an outside SIGSTOP; no
    upstream issue for this case exists yet. tests/test_textual_workarounds.py fails once Textual
    handles it, and then this function can go.
    """
    import asyncio
    import signal
    import threading

    driver: Any = getattr(app, "_driver", None)
    original = getattr(driver, "_sigcont_application", None)
    if (
        original is None
        or not hasattr(driver, "_key_thread")
        or threading.current_thread() is not threading.main_thread()
    ):
        return
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:  # not called from the app's running loop: nothing to schedule the restart on
        return
    pending = False

    def reading() -> threading.Thread | None:
        """The input thread, if application mode is on and it still runs (the process was stopped from outside)."""
        thread: threading.Thread | None = getattr(driver, "_key_thread", None)
        if getattr(driver, "_auto_restart", False) and thread is not None and thread.is_alive():
            return thread
        return None

    def restart_input() -> None:
        nonlocal pending
        pending = False
        thread = reading()
        if thread is None:  # stopped meanwhile (the app quit, or Textual's own SIGTSTP suspend)
            return
        modes = driver.attrs_before  # the learner's terminal modes, to restore on exit
        driver.exit_event.set()  # the thread stops; unlike disable_input: no tcflush, no cooked mode
        thread.join()
        driver.exit_event.clear()
        driver.close()  # the writer thread; start_application_mode makes a new one
        driver._must_signal_resume = True
        original()
        driver.attrs_before = modes  # start_application_mode read the (still raw) modes as the "before"

    def on_sigcont(*args: object) -> None:
        nonlocal pending
        if reading() is None:
            original(*args)  # after Textual's own SIGTSTP (or not in application mode): Textual's restart
        elif not pending:
            pending = True
            loop.call_soon_threadsafe(restart_input)

    try:
        signal.signal(signal.SIGCONT, on_sigcont)
    except (ValueError, OSError, AttributeError):  # no SIGCONT here (Windows) or not the main thread
        pass
