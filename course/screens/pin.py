"""Served mode: the PIN prompt that opens an existing profile (wrong PINs count towards a lock-out)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input

from course.i18n import t, tn
from course.screens.widgets import Plain

if TYPE_CHECKING:  # pragma: no cover - for annotations only
    from textual import getters

    from course.app import CourseApp


class PinScreen(ModalScreen[bool]):
    """Asks for a learner's PIN; dismisses with True only for the right one."""

    if TYPE_CHECKING:  # the running app, typed (Textual's getters.app); nothing changes at run time
        app = getters.app(CourseApp)

    DEFAULT_CSS = """
    PinScreen { align: center middle; }
    #pin-box { width: 56; max-width: 100%; height: auto; border: round $primary; padding: 0 2; background: $surface; }
    #pin-title { text-style: bold; color: $primary; margin-bottom: 1; }
    #pin-error { color: $error; height: auto; }
    #pin-buttons { height: auto; }
    """
    BINDINGS = [("escape", "cancel", "Cancel")]

    def __init__(self, learner_id: str, name: str) -> None:
        super().__init__()
        self.learner_id = learner_id
        self.learner_name = name

    def compose(self) -> ComposeResult:
        lang = self.app.lang
        with Vertical(id="pin-box"):
            yield Plain(t(lang, "serve.pin.title", name=self.learner_name), id="pin-title")
            yield Input(id="pin-input", password=True, max_length=12)
            yield Plain("", id="pin-error")
            with Horizontal(id="pin-buttons"):
                yield Button(t(lang, "serve.pin.open"), id="pin-open", variant="primary")
                yield Button(t(lang, "serve.pin.cancel"), id="pin-cancel")

    def on_mount(self) -> None:
        self.query_one("#pin-input", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self._try(event.value)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "pin-open":
            self._try(self.query_one("#pin-input", Input).value)
        else:
            self.dismiss(False)

    def action_cancel(self) -> None:
        self.dismiss(False)

    def _try(self, pin: str) -> None:
        from progress.pins import check_pin

        lang = self.app.lang
        result = check_pin(self.app.store, self.learner_id, pin.strip())
        box = self.query_one("#pin-input", Input)
        box.value = ""
        if result.outcome == "ok":
            self.dismiss(True)
            return
        text = {
            "wrong": tn(lang, "serve.pin.wrong", result.tries_left),
            "locked": t(lang, "serve.pin.locked", n=result.seconds_left),
        }.get(result.outcome, t(lang, "serve.pin.none"))
        self.query_one("#pin-error", Plain).update(text)
        box.focus()
