"""The company AI policy in the learner's language, with an acknowledgement button."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.markdown import Markdown as RichMarkdown
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Button

from course.i18n import date, t
from course.policy import field_value
from course.screens.widgets import KeyBar, Plain, TitleBar, clean, localize_bindings

if TYPE_CHECKING:  # pragma: no cover - for annotations only
    from textual import getters

    from course.app import CourseApp


class PolicyScreen(Screen[None]):
    """What is allowed, with which data, and whom to ask."""

    if TYPE_CHECKING:  # the running app, typed (Textual's getters.app); nothing changes at run time
        app = getters.app(CourseApp)

    CSS_PATH = "policy.tcss"

    BINDINGS = [Binding("escape", "app.pop_screen", "Back"), Binding("question_mark", "app.help", "Help")]

    def compose(self) -> ComposeResult:
        lang = self.app.lang
        policy = self.app.catalog.policy
        yield TitleBar()
        with VerticalScroll(id="policy-box"):
            yield Plain(
                Text(t(lang, "policy.title", company=clean(policy.company) or "–"), style="bold"), id="policy-title"
            )
            yield Plain(t(lang, "policy.version", version=clean(policy.version) or "–"), classes="muted")
            contact = t(
                lang,
                "policy.contact",
                name=policy.contact_name or "–",
                channel=policy.contact_channel or "–",
                email=policy.contact_email or "–",
            )
            yield Plain(Text(clean(contact)), classes="muted")
            parts = []
            for key, field in (
                ("policy.tools", "approved_tools"),
                ("policy.classes", "data_classes"),
                ("policy.rules", "rules"),
            ):
                value = field_value(policy, field, lang)
                if value:
                    parts.append(f"### {t(lang, key)}\n\n{value}")
            yield Plain(RichMarkdown(clean("\n\n".join(parts)), hyperlinks=False), id="policy-body")
            yield Plain(id="policy-status")
            yield Button(t(lang, "policy.ack"), id="policy-ack", variant="primary")
        yield KeyBar()

    def on_mount(self) -> None:
        localize_bindings(self, self.app.lang)
        self._show_status()
        box = self.query_one("#policy-box", VerticalScroll)
        box.focus(scroll_visible=False)  # the text starts at the top; arrows scroll, Tab reaches the button
        box.scroll_home(animate=False)

    def _show_status(self) -> None:
        ack = self.app.current_session().policy_ack()
        status = self.query_one("#policy-status", Plain)
        if ack is not None:
            lang = self.app.lang
            status.update(t(lang, "policy.acked", date=date(lang, ack.acknowledged_at), version=ack.version))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "policy-ack":
            self.app.current_session().acknowledge_policy()
            self._show_status()
            self.app.notify(t(self.app.lang, "policy.thanks"), timeout=4, markup=False)
