"""Helpers for tests that drive the real course app: build it on a pack, read its screen, type, stop the blinking."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from course.app import CourseApp
from course.catalog import build_catalog
from course.options import Options
from progress.store import Store

SIZE = (100, 34)


def make_app(pack: Path, db: Path, lang: str = "de") -> tuple[CourseApp, Store]:
    store = Store.open(db)
    return CourseApp(build_catalog([pack]), store, Options(db=db, lang=lang)), store


def screen_text(app: CourseApp) -> str:
    """Everything visible on the current screen, as plain text."""
    from rich.console import Console
    from rich.text import Text
    from textual.widgets import Button, OptionList, Static

    console = Console(width=200, color_system=None, force_terminal=False)
    parts = []
    for widget in app.screen.query("*"):
        if isinstance(widget, Static):
            content = widget.content
            if isinstance(content, str):
                parts.append(content)
            elif isinstance(content, Text):
                parts.append(content.plain)
            else:
                with console.capture() as cap:
                    console.print(content)
                parts.append(cap.get())
        elif isinstance(widget, Button):
            parts.append(str(widget.label))
        elif isinstance(widget, OptionList):
            for i in range(widget.option_count):
                prompt = widget.get_option_at_index(i).prompt
                if isinstance(prompt, (str, Text)):
                    parts.append(str(prompt))
                else:  # a row laid out as a table: as the terminal shows it
                    with console.capture() as cap:
                        console.print(prompt)
                    parts.append(" ".join(cap.get().split()))
    return "\n".join(parts)


async def type_text(pilot, text: str) -> None:
    for ch in text:
        await pilot.press("space" if ch == " " else ch)


def no_blink(app: Any) -> None:
    """Stop the cursor blinking in every Input and TextArea on the screen, so snapshots are stable."""
    from textual.widgets import Input, TextArea

    for widget in app.screen.query("Input, TextArea"):
        if isinstance(widget, (Input, TextArea)):
            widget.cursor_blink = False
        if isinstance(widget, TextArea):
            # TextArea caches rendered lines under a key that holds the cursor only while it blinks, so a
            # line drawn in the blink's "off" half (more than 0.5 s after the last key: a busy machine) and a
            # line with the steady cursor share a key, and the cursor stayed missing from the snapshot. Drop
            # the cache (public: it is what a style change does) so the steady cursor is drawn.
            widget.notify_style_update()
            widget.refresh()


def navigate(action: Any) -> Any:
    """A snapshot's `run_before`: call `action(app)` (awaited if a coroutine), let workers finish, stop blinking."""

    async def run_before(pilot: Any) -> None:
        await pilot.pause()
        result = action(pilot.app)
        if result is not None:
            await result
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        no_blink(pilot.app)

    return run_before
