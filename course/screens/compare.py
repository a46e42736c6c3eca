"""Compare view: one prompt on two or three models (or three times on one) side by side."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Button, Select, Static

from course.i18n import t
from course.screens.modelpanel import ModelPanel
from course.screens.widgets import KeyBar, TitleBar, relabel_bindings

if TYPE_CHECKING:  # pragma: no cover - for annotations only
    from textual import getters

    from course.baseapp import BaseApp

MAX_COLUMNS = 3


def columns_for(model_ids: Sequence[str | None]) -> list[str | None]:
    """Two or three columns: one model thrice, two or three models once each, else the default thrice."""
    ids = [m for m in model_ids if m][:MAX_COLUMNS]
    if len(ids) >= 2:
        return list(ids)
    return [ids[0] if ids else None] * MAX_COLUMNS


def option_label(model: Any, lang: str) -> str:
    """`echo (local)`, `SmolLM2 (tiny demo model, offline)`, `gpt-4o (remote, key missing)`."""
    tags = [
        t(lang, "llm.label.demo") if model.demo else t(lang, "llm.label.local" if model.local else "llm.label.remote")
    ]
    if not model.key_present:
        tags.append(t(lang, "llm.label.no_key"))
    if model.default:
        tags.append(t(lang, "llm.label.default"))
    return f"{model.id} ({', '.join(tags)})"


class CompareScreen(Screen[None]):
    """Side-by-side ModelPanels; each column picks its model and is guarded by the Ampel itself."""

    if TYPE_CHECKING:  # the running app, typed (Textual's getters.app); nothing changes at run time
        app = getters.app(BaseApp)

    CSS_PATH = ["compare.tcss", "modelpanel.tcss"]

    BINDINGS = [
        Binding("f5", "run_all", "Run all", priority=True),
        Binding("f6", "cancel_all", "Cancel", priority=True),
        Binding("escape", "app.pop_screen", "Back"),
    ]

    class ModelsLoaded(Message):
        """The models llm knows (posted from the loading thread)."""

        def __init__(self, models: list[Any]) -> None:
            super().__init__()
            self.models = models

    def __init__(
        self,
        prompt: str,
        model_ids: Sequence[str | None] = (),
        *,
        lang: str | None = None,
        names: Iterable[str] = (),
        timeout: float = 120.0,
    ) -> None:
        super().__init__()
        self.prompt = prompt
        self.columns = columns_for(model_ids)
        self._lang = lang
        self.names = tuple(names)
        self.timeout = timeout
        self.models: list[Any] = []

    @property
    def lang(self) -> str:
        """The learner's language (given, else the app's, else English)."""
        return self._lang or str(getattr(self.app, "lang", "") or "en")

    def compose(self) -> ComposeResult:
        lang = self.lang
        yield TitleBar()
        head = Text().append(t(lang, "compare.title"), style="bold")
        head.append("\n" + t(lang, "compare.intro"), style="dim")
        yield Static(head, id="cmp-head")
        prompt = Text().append(f"{t(lang, 'compare.prompt')}: ", style="bold")
        prompt.append(self.prompt.strip())
        yield Static(prompt, id="cmp-prompt", markup=False)
        with Horizontal(id="cmp-bar"):
            yield Button(t(lang, "compare.run_all"), id="cmp-run", variant="primary", compact=True)
            yield Button(t(lang, "compare.cancel_all"), id="cmp-cancel", compact=True)
            yield Static("", id="cmp-notice")
        with Horizontal(id="cmp-columns"):
            for i, model_id in enumerate(self.columns):
                with Vertical(classes="cmp-col"):
                    yield Select([], prompt=model_id or t(lang, "compare.default"), id=f"cmp-model-{i}", compact=True)
                    yield ModelPanel(
                        lang=lang,
                        model_id=model_id,
                        get_prompt=lambda: self.prompt,
                        names=self.names,
                        timeout=self.timeout,
                        show_run=False,
                        id=f"cmp-panel-{i}",
                    )
        yield KeyBar()

    def on_mount(self) -> None:
        from course.models import available_models

        relabel_bindings(
            self,
            {
                "run_all": t(self.lang, "compare.run_all"),
                "cancel_all": t(self.lang, "compare.cancel_all"),
                "app.pop_screen": t(self.lang, "compare.back"),
            },
        )
        self.refresh_bindings()
        self.run_worker(
            lambda: self.post_message(self.ModelsLoaded(available_models())),
            thread=True,
            group="compare-models",
            exit_on_error=False,
        )

    def on_compare_screen_models_loaded(self, message: ModelsLoaded) -> None:
        from course.models import find_model

        self.models = message.models
        if not self.models:
            self.query_one("#cmp-notice", Static).update(Text(t(self.lang, "compare.no_models")))
        options = [(option_label(m, self.lang), m.id) for m in self.models]
        for i, model_id in enumerate(self.columns):
            select = self.query_one(f"#cmp-model-{i}", Select)
            info = find_model(model_id, self.models)
            extra = [] if info is not None or not model_id else [(model_id, model_id)]
            select.set_options(options + extra)
            chosen = info.id if info is not None else model_id
            if chosen:
                select.value = chosen

    def on_select_changed(self, event: Select.Changed) -> None:
        index = int((event.select.id or "cmp-model-0").rsplit("-", 1)[1])
        value = None if event.value is Select.BLANK else str(event.value)
        self.columns[index] = value
        self.query_one(f"#cmp-panel-{index}", ModelPanel).set_model(value)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "cmp-run":
            self.action_run_all()
        elif event.button.id == "cmp-cancel":
            self.action_cancel_all()

    def action_run_all(self) -> None:
        """Run the prompt in every column (each column is guarded on its own)."""
        for panel in self.query(ModelPanel):
            panel.action_run()

    def action_cancel_all(self) -> None:
        """Cancel every running column."""
        for panel in self.query(ModelPanel):
            panel.action_cancel()
