"""Settings: name, team, language and theme (dark, light, high contrast)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Checkbox, Input, Label, RadioButton, RadioSet, Select

from course.i18n import t
from course.screens.themes import THEMES
from course.screens.widgets import KeyBar, Plain, TitleBar, localize_bindings

if TYPE_CHECKING:  # pragma: no cover - for annotations only
    from textual import getters

    from course.app import CourseApp


class SettingsScreen(Screen[None]):
    """Changes take effect when saved; language and theme apply at once."""

    if TYPE_CHECKING:  # the running app, typed (Textual's getters.app); nothing changes at run time
        app = getters.app(CourseApp)

    CSS_PATH = "settings.tcss"

    BINDINGS = [Binding("escape", "app.pop_screen", "Back"), Binding("ctrl+s", "save", "Save", priority=True)]

    def compose(self) -> ComposeResult:
        session = self.app.current_session()
        lang = session.lang
        theme = self.app.store.get_setting("theme", session.learner.id) or "dark"
        yield TitleBar()
        with VerticalScroll(id="settings-box"):
            yield Plain(Text(t(lang, "settings.title"), style="bold"), id="settings-title")
            yield Label(t(lang, "settings.name"))
            yield Input(session.learner.name, id="settings-name", max_length=60)
            yield Label(t(lang, "settings.team"))
            yield Input(session.learner.team or "", id="settings-team", max_length=60)
            yield Label(t(lang, "settings.lang"))
            with RadioSet(id="settings-lang"):
                for code in ("de", "en"):
                    yield RadioButton(t(code, f"langname.{code}"), value=code == lang, id=f"lang-{code}")
            yield Label(t(lang, "settings.theme"))
            with RadioSet(id="settings-theme"):
                for code in ("dark", "light", "contrast"):
                    yield RadioButton(t(lang, f"theme.{code}"), value=code == theme, id=f"theme-{code}")
            yield Label(t(lang, "settings.model"), markup=False)
            yield Select([], prompt=t(lang, "settings.model_loading"), id="settings-model", allow_blank=True)
            yield Plain(t(lang, "settings.model_help"), id="settings-model-help")
            if getattr(self.app.catalog, "gapcheck", None) is not None:  # only when the pack has a Gap-Check
                from progress.gapchecks import sharing

                shared = bool(sharing(self.app.store, session.learner.id))
                yield Checkbox(t(lang, "settings.gap_share"), shared, id="settings-gap-share")
                yield Plain(t(lang, "gap.share_help"), id="settings-gap-help")
            yield Button("OK", id="settings-save", variant="primary")
        yield KeyBar()

    def on_mount(self) -> None:
        from course.models.settings import chosen_model

        localize_bindings(self, self.app.lang)
        self.query_one("#settings-name", Input).focus()
        self._load_models(self.app.lang, chosen_model(self.app.store, self.app.current_session().learner.id))

    @work(thread=True, exclusive=True, group="models")
    def _load_models(self, lang: str, chosen: str | None) -> None:
        """Ask llm which models can run here, demo model first (importing llm: off the main thread)."""
        from course.models import available_models
        from course.models.settings import offered_models
        from course.screens.compare import option_label

        options = [(option_label(m, lang), m.id) for m in offered_models(available_models(), chosen)]
        self.app.call_from_thread(self._show_models, options)

    def _show_models(self, options: list[tuple[str, str]]) -> None:
        from course.models.settings import chosen_model

        select = self.query_one("#settings-model", Select)
        select.set_options(options)
        select.prompt = (
            t(self.app.lang, "settings.model_none") if not options else t(self.app.lang, "settings.model_pick")
        )
        current = chosen_model(self.app.store, self.app.current_session().learner.id)
        if current in {value for _, value in options}:
            select.value = current

    def on_resize(self, event: events.Resize) -> None:
        self.set_class(event.size.width < 70, "-narrow")  # choices one below the other, never cut

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        if event.radio_set.id == "settings-theme" and event.pressed.id:
            self.app.theme = THEMES[event.pressed.id.removeprefix("theme-")]

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "settings-save":
            self.save()

    def action_save(self) -> None:
        self.save()

    def save(self) -> None:
        session = self.app.current_session()
        store = self.app.store
        name = self.query_one("#settings-name", Input).value.strip() or session.learner.name
        team = self.query_one("#settings-team", Input).value.strip()
        lang_button = self.query_one("#settings-lang", RadioSet).pressed_button
        theme_button = self.query_one("#settings-theme", RadioSet).pressed_button
        session.learner = store.update_learner(session.learner.id, name=name, team=team)
        model = self.query_one("#settings-model", Select).value
        if isinstance(model, str):
            from course.models.settings import choose_model

            choose_model(store, session.learner.id, model)
        for box in self.query("#settings-gap-share").results(Checkbox):
            from progress.gapchecks import set_sharing, sharing

            if box.value or sharing(store, session.learner.id) is not None:  # untouched: still "not asked"
                set_sharing(store, session.learner.id, box.value)
        if theme_button is not None and theme_button.id:
            store.set_setting("theme", theme_button.id.removeprefix("theme-"), session.learner.id)
        if lang_button is not None and lang_button.id:
            session.set_language(lang_button.id.removeprefix("lang-"))
        self.app.notify(t(session.lang, "settings.saved"), timeout=3, markup=False)
        self.app.start_session(session.learner)
