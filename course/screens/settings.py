"""Settings: name, team, language and theme (dark, light, high contrast)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Footer, Header, Input, Label, RadioButton, RadioSet

from course.i18n import lang_name, t
from course.screens.common import Plain, localize_bindings


class SettingsScreen(Screen[None]):
    """Changes take effect when saved; language and theme apply at once."""

    BINDINGS = [Binding("escape", "app.pop_screen", "Back")]

    def compose(self) -> ComposeResult:
        session = self.app.session
        lang = session.lang
        theme = self.app.store.get_setting("theme", session.learner.id) or "dark"
        yield Header(icon="")
        with VerticalScroll(id="settings-box"):
            yield Plain(Text(t(lang, "settings.title"), style="bold"), id="settings-title")
            yield Label(t(lang, "settings.name"))
            yield Input(session.learner.name, id="settings-name", max_length=60)
            yield Label(t(lang, "settings.team"))
            yield Input(session.learner.team or "", id="settings-team", max_length=60)
            yield Label(t(lang, "settings.lang"))
            with RadioSet(id="settings-lang"):
                for code in ("de", "en"):
                    yield RadioButton(lang_name(code, code), value=code == lang, id=f"lang-{code}")
            yield Label(t(lang, "settings.theme"))
            with RadioSet(id="settings-theme"):
                for code in ("dark", "light", "contrast"):
                    yield RadioButton(t(lang, f"theme.{code}"), value=code == theme, id=f"theme-{code}")
            yield Button("OK", id="settings-save", variant="primary")
        yield Footer()

    def on_mount(self) -> None:
        localize_bindings(self, self.app.lang)
        self.query_one("#settings-name", Input).focus()

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        if event.radio_set.id == "settings-theme" and event.pressed.id:
            from course.app import THEMES

            self.app.theme = THEMES[event.pressed.id.removeprefix("theme-")]

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "settings-save":
            self.save()

    def save(self) -> None:
        session = self.app.session
        store = self.app.store
        name = self.query_one("#settings-name", Input).value.strip() or session.learner.name
        team = self.query_one("#settings-team", Input).value.strip()
        lang_button = self.query_one("#settings-lang", RadioSet).pressed_button
        theme_button = self.query_one("#settings-theme", RadioSet).pressed_button
        session.learner = store.update_learner(session.learner.id, name=name, team=team)
        if theme_button is not None and theme_button.id:
            store.set_setting("theme", theme_button.id.removeprefix("theme-"), session.learner.id)
        if lang_button is not None and lang_button.id:
            session.set_language(lang_button.id.removeprefix("lang-"))
        self.app.notify(t(session.lang, "settings.saved"), timeout=3)
        self.app.start_session(session.learner)
