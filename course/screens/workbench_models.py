"""The workbench's model side: F5 runs the prompt or, without a model, shows recorded answers; F6 shows them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.screen import Screen
from textual.widgets import TextArea

from course.content import Exercise
from course.i18n import t

if TYPE_CHECKING:  # pragma: no cover - for annotations only
    from textual import getters

    from course.baseapp import BaseApp

UNRESOLVED = object()
"""The model F5 runs has not been looked up yet (that imports llm, so it waits for the first F5)."""


MODEL_ACTIONS = frozenset({"run_model", "examples", "compare"})


class ModelActions(Screen[None]):
    """The base of WorkbenchScreen: its model keys; expects `exercise`, `_model` and the #wb-* widgets."""

    if TYPE_CHECKING:  # the running app, typed (Textual's getters.app); nothing changes at run time
        app = getters.app(BaseApp)

    exercise: Exercise
    _model: object
    """The model F5 runs: a ModelInfo, None when nothing is set up, or UNRESOLVED (not looked up yet)."""

    @property
    def runs_models(self) -> bool:
        """Prompt and improve exercises can be sent to a model and may carry recorded answers."""
        return self.exercise.kind in ("prompt", "improve")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """F5, F6 and Ctrl+K only where a prompt can go to a model (not for redact or reflect)."""
        if action in MODEL_ACTIONS and not self.runs_models:
            return False
        return True

    def action_run_model(self) -> None:
        """Send the prompt to the model that is set up; without one, show recorded answers instead."""
        if not self.runs_models:
            return
        if self._model is UNRESOLVED:
            self._resolve_model()
            return
        if self._model is None:
            self._show_examples(no_model=True)
            return
        from course.screens.modelpanel import ModelPanel

        panel = self.query_one("#wb-model", ModelPanel)
        model_id = getattr(self._model, "id", None)  # a ModelInfo (course.models.registry)
        if panel.model_id is None and isinstance(model_id, str):
            panel.set_model(model_id)
        self.remove_class("-examples")
        self.add_class("-model")
        panel.action_run()

    def _resolve_model(self) -> None:
        """Look up the model once, off the main thread (it imports llm), then run or show answers."""
        from course.models.settings import chosen_model

        session = self.app.current_session()
        chosen = chosen_model(session.store, session.learner.id)

        def find() -> None:
            from course.models import available_models
            from course.models.settings import usable_model

            try:
                model = usable_model(chosen, available_models())
            except Exception:  # noqa: BLE001 - the registry never raises; belt and braces
                model = None
            self.app.call_from_thread(self._resolved, model)

        self.run_worker(find, thread=True, exclusive=True, group="wb-model-lookup", exit_on_error=False)

    def _resolved(self, model: object) -> None:
        self._model = model
        if model is None:
            from course.screens.modelpanel import ModelPanel

            self.query_one("#wb-model", ModelPanel).set_unconfigured()
        self.action_run_model()

    def action_examples(self) -> None:
        """Show or hide the recorded answers ("So antwortet ein Modell")."""
        if not self.runs_models:
            return
        if self.has_class("-examples"):
            self._close_examples()
        else:
            self._show_examples(no_model=self._model is None)

    def _show_examples(self, no_model: bool) -> None:
        from course.screens.examples import ExamplesView

        view = self.query_one("#wb-examples", ExamplesView)
        lang = self.app.lang
        view.show_notice(t(lang, "ex.no_model") + " " + t(lang, "ex.setup") if no_model else "")
        self.remove_class("-model")
        self.add_class("-examples")
        view.scroll_home(animate=False)
        view.focus()

    def _close_examples(self) -> None:
        self.remove_class("-examples")
        self.query_one("#wb-editor", TextArea).focus()

    def _example_score(self, prompt: str) -> int | None:
        """How the exercise's own checklist rates a recorded prompt (shown next to its answer)."""
        try:
            return round(self.app.current_session().check(self.exercise, prompt).score * 100)
        except Exception:  # noqa: BLE001 - a score is a bonus, never a reason to fail
            return None
