"""First start: create a learner profile (name or pseudonym, team, language) or pick one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet

from course.i18n import t
from course.screens.widgets import KeyBar, Plain, localize_bindings

if TYPE_CHECKING:  # pragma: no cover - for annotations only
    from textual import getters

    from course.app import CourseApp


class ProfileScreen(Screen[None]):
    """Who is learning: a new profile, or one of the profiles on this machine."""

    if TYPE_CHECKING:  # the running app, typed (Textual's getters.app); nothing changes at run time
        app = getters.app(CourseApp)

    CSS_PATH = "profile.tcss"

    BINDINGS = [("escape", "app.quit", "Quit")]

    def compose(self) -> ComposeResult:
        lang = self.app.lang
        with VerticalScroll(id="profile-box"):
            yield Plain(t(lang, "profile.title"), id="profile-title")
            served = getattr(self.app, "served", False)
            yield Plain(t(lang, "serve.intro") if served else t(lang, "profile.intro"), id="profile-intro")
            yield Label(t(lang, "profile.name"))
            yield Input(id="name", max_length=60)
            yield Label(t(lang, "profile.team"))
            yield Input(id="team", max_length=60)
            yield Label(t(lang, "profile.lang"))
            with RadioSet(id="lang"):
                for code in ("de", "en"):
                    yield RadioButton(t(code, f"langname.{code}"), value=code == lang, id=f"lang-{code}")
            if served:  # in a browser a profile is opened with its PIN only
                yield Label(t(lang, "serve.pin"))
                yield Input(id="pin", password=True, max_length=12)
            yield Plain("", id="profile-error")
            yield Button(t(lang, "profile.start"), id="start", variant="primary")
            learners = self.app.store.learners()
            if served:
                from progress.pins import with_pins

                protected = with_pins(self.app.store)
                learners = [learner for learner in learners if learner.id in protected]
            if learners:
                yield Plain(t(lang, "profile.existing"), id="profile-existing")
                with Vertical(id="learner-list"):
                    for learner in learners if served else learners[:8]:  # a workshop has more
                        label = learner.name + (f" · {learner.team}" if learner.team else "")
                        yield Button(Content(label), id=f"learner-{learner.id}", classes="learner")  # names as written
        yield KeyBar()

    def on_mount(self) -> None:
        localize_bindings(self, self.app.lang)
        self.query_one("#name", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "name" and event.value.strip():
            self.query_one("#team", Input).focus()
        else:
            self._create()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "start":
            self._create()
        elif event.button.id and event.button.id.startswith("learner-"):
            learner = self.app.store.get_learner(event.button.id.removeprefix("learner-"))
            if learner is not None and getattr(self.app, "served", False):
                from course.screens.pin import PinScreen

                self.app.push_screen(
                    PinScreen(learner.id, learner.name), lambda ok: self.app.start_session(learner) if ok else None
                )
            elif learner is not None:
                self.app.start_session(learner)

    def _create(self) -> None:
        name = self.query_one("#name", Input).value.strip()
        team = self.query_one("#team", Input).value.strip()
        pressed = self.query_one("#lang", RadioSet).pressed_button
        lang = (pressed.id or "lang-en").removeprefix("lang-") if pressed else self.app.lang
        if not name:
            self.query_one("#profile-error", Plain).update(t(lang, "profile.need_name"))
            self.query_one("#name", Input).focus()
            return
        pin = self.query_one("#pin", Input).value.strip() if getattr(self.app, "served", False) else None
        if pin is not None:
            from progress.pins import valid_pin

            if not valid_pin(pin):
                self.query_one("#profile-error", Plain).update(t(lang, "serve.pin.need"))
                self.query_one("#pin", Input).focus()
                return
        learner = self.app.store.create_learner(name, team, lang)
        if pin is not None:
            from progress.pins import set_pin

            set_pin(self.app.store, learner.id, pin)
        self.app.start_session(learner)
