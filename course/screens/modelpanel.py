"""ModelPanel: run a prompt on a model (guarded by the Ampel), stream the answer, cancel, show errors."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.widgets import Button, Static

from course.content import Exercise
from course.i18n import t
from course.screens.widgets import relabel_bindings as label_bindings

CSS_FILE = Path(__file__).with_name("modelpanel.tcss")
"""The panel's styles; the app loads every screens/*.tcss, a test app passes it as CSS_PATH."""


class ModelPanel(Vertical):
    """Runs the prompt on the chosen model in a thread worker and streams the answer.

    Sending is always explicit (Run button, F5 or `action_run`). Posts `ModelPanel.Finished`
    (bubbling) when a run ends, was blocked by the Ampel, cancelled or failed; the host
    records the attempt from it on the main thread.
    """

    BINDINGS = [Binding("f5", "run", "Run"), Binding("f6", "cancel", "Cancel")]

    def _post_chunk(self, text: str) -> None:
        """Hand one piece of the answer to the UI (called from the worker thread)."""
        self.post_message(self.Chunk(text))

    class Chunk(Message):
        """A piece of the answer (posted from the worker thread)."""

        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

    class Guarded(Message):
        """The Ampel decided (posted from the worker thread, before anything is sent)."""

        def __init__(self, guard: Any, model: Any) -> None:
            super().__init__()
            self.guard = guard
            self.model = model

    class Finished(Message):
        """A run ended. `result` is None when the Ampel blocked it; `report` holds output checks."""

        def __init__(self, panel: ModelPanel, prompt: str, model: Any, guard: Any, result: Any, report: Any) -> None:
            super().__init__()
            self.panel = panel
            self.prompt = prompt
            self.model = model
            self.guard = guard
            self.result = result
            self.report = report

        @property
        def control(self) -> ModelPanel:
            return self.panel

    def __init__(
        self,
        *,
        lang: str = "en",
        model_id: str | None = None,
        get_prompt: Callable[[], str] | None = None,
        exercise: Exercise | None = None,
        names: Iterable[str] = (),
        timeout: float = 120.0,
        show_run: bool = True,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.lang = lang
        self.model_id = model_id
        self.get_prompt = get_prompt
        self.exercise = exercise
        self.names = tuple(names)
        self.timeout = timeout
        self.show_run = show_run
        self.running = False
        self.last: ModelPanel.Finished | None = None
        self._cancel = threading.Event()
        self._parts: list[str] = []
        self._model: Any = None
        self.unconfigured = False
        """True when no model is set up: the head says so instead of naming a model."""

    # -- layout ---------------------------------------------------------------
    def compose(self) -> ComposeResult:
        with Horizontal(classes="mp-bar"):
            yield Static(self._head_text(), classes="mp-head")
            if self.show_run:
                yield Button(t(self.lang, "modelpanel.run"), id="mp-run", variant="primary", compact=True)
            yield Button(t(self.lang, "modelpanel.cancel"), id="mp-cancel", disabled=True, compact=True)
        yield Static("", classes="mp-notice")
        with VerticalScroll(classes="mp-answer-box"):
            yield Static(Text(t(self.lang, "modelpanel.idle"), style="dim"), classes="mp-answer")
        yield Static("", classes="mp-checks")

    def _head_text(self, extra: str = "") -> Text:
        m = self._model
        if self.unconfigured and m is None and not self.model_id:
            return (
                Text().append(f"{t(self.lang, 'modelpanel.model')}: ", style="bold").append(t(self.lang, "model.none"))
            )
        label = m.id if m is not None else (self.model_id or t(self.lang, "modelpanel.default"))
        head = Text().append(f"{t(self.lang, 'modelpanel.model')}: ", style="bold")
        head.append(label)
        if m is not None:
            tag = (
                t(self.lang, "llm.label.demo")
                if m.demo
                else t(self.lang, "llm.label.local" if m.local else "llm.label.remote")
            )
            head.append(f" ({tag})", style="dim")
        if extra:
            head.append(f" · {extra}", style="dim")
        return head

    def _set(self, cls: str, content: Any, error: bool = False) -> None:
        widget = self.query_one(f".{cls}", Static)
        widget.update(content)
        widget.set_class(error, "-error")

    def on_mount(self) -> None:
        label_bindings(self, {"run": t(self.lang, "modelpanel.run"), "cancel": t(self.lang, "modelpanel.cancel")})
        self.refresh_bindings()

    def on_unmount(self) -> None:
        self._cancel.set()  # the screen closed or the app quits: stop the request

    # -- public API -------------------------------------------------------------
    def set_unconfigured(self) -> None:
        """No model is set up: the head reads "kein Modell eingerichtet"."""
        self.unconfigured = True
        if self.is_mounted:
            self.query_one(".mp-head", Static).update(self._head_text())

    def set_model(self, model_id: str | None) -> None:
        """Switch the model for the next run (the current run is not affected)."""
        self.model_id = model_id
        self._model = None
        if self.is_mounted:
            self.query_one(".mp-head", Static).update(self._head_text())

    @property
    def answer(self) -> str:
        """The answer streamed so far."""
        return "".join(self._parts)

    def action_run(self, prompt: str | None = None) -> None:
        """Guard and run the prompt (from `get_prompt` unless given); ignored while running."""
        if self.running:
            return
        text = prompt if prompt is not None else (self.get_prompt() if self.get_prompt else "")
        self.running = True
        self._cancel = threading.Event()
        self._parts = []
        self._set("mp-notice", "")
        self._set("mp-checks", "")
        self._set("mp-answer", Text(t(self.lang, "modelpanel.running"), style="dim"))
        self.query_one(".mp-head", Static).update(self._head_text(t(self.lang, "modelpanel.running")))
        self._buttons(running=True)
        cancel = self._cancel
        self.run_worker(
            lambda: self._work(text, cancel),
            thread=True,
            exclusive=True,
            group=f"model-panel-{id(self)}",
            exit_on_error=False,
        )

    def action_cancel(self) -> None:
        """Stop the running request; the partial answer stays visible."""
        self._cancel.set()

    def _buttons(self, running: bool) -> None:
        for button in self.query(Button):
            button.disabled = running if button.id == "mp-run" else not running

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "mp-run":
            self.action_run()
        elif event.button.id == "mp-cancel":
            self.action_cancel()

    # -- worker (thread: no sqlite, no widgets; only post_message) -----------------
    def _work(self, prompt: str, cancel: threading.Event) -> None:
        from course.models import available_models, find_model, guard, run_prompt
        from course.models.registry import ModelInfo

        try:
            models = available_models()
            info = find_model(self.model_id, models)
            if info is None:  # unknown to the registry: treat as remote (fail closed)
                info = ModelInfo(id=self.model_id or "?", name=self.model_id or "?", local=False)
            verdict = guard(prompt, info, self.lang, self.names)
            self.post_message(self.Guarded(verdict, info))
            if not verdict.allowed:
                self.post_message(self.Finished(self, prompt, info, verdict, None, None))
                return
            result = run_prompt(
                self.model_id or (info.id if info.id != "?" else None),
                prompt,
                on_chunk=self._post_chunk,
                cancel=cancel,
                timeout=self.timeout,
                lang=self.lang,
            )
            report = None
            if result.ok and self.exercise is not None and self.exercise.output_checks:
                from course.models import check_output

                report = check_output(
                    self.exercise,
                    result.text,
                    self.lang,
                    result.model_id,
                    names=self.names,
                    cancel=cancel,
                    timeout=self.timeout,
                )
            self.post_message(self.Finished(self, prompt, info, verdict, result, report))
        except Exception as exc:  # a bug must not kill the app: one line
            from course.models.oneline import one_line
            from course.models.run import RunResult

            failed = RunResult(
                "".join(self._parts), self.model_id or "?", error=one_line(f"{type(exc).__name__}: {exc}")
            )
            self.post_message(self.Finished(self, prompt, None, None, failed, None))

    # -- messages (main thread) -------------------------------------------------------
    def on_model_panel_chunk(self, message: Chunk) -> None:
        message.stop()
        self._parts.append(message.text)
        self._set("mp-answer", Text(self.answer))
        self.query_one(".mp-answer-box", VerticalScroll).scroll_end(animate=False)

    def on_model_panel_guarded(self, message: Guarded) -> None:
        message.stop()
        self._model = message.model
        self.query_one(".mp-head", Static).update(self._head_text(t(self.lang, "modelpanel.running")))
        if message.guard.notice:
            self._set("mp-notice", Text(message.guard.notice), error=not message.guard.allowed)

    def on_model_panel_finished(self, message: Finished) -> None:
        if message.panel is not self:
            return
        self.running = False
        self.last = message
        self._buttons(running=False)
        result = message.result
        if result is None:  # blocked by the Ampel: nothing was sent
            self._set("mp-answer", "")
            self.query_one(".mp-head", Static).update(self._head_text())
            return
        extra = f"{result.duration_s:.1f} s"
        if result.tokens_in is not None or result.tokens_out is not None:
            extra += " · " + t(
                self.lang,
                "modelpanel.tokens",
                tin=result.tokens_in if result.tokens_in is not None else "?",
                tout=result.tokens_out if result.tokens_out is not None else "?",
            )
        self.query_one(".mp-head", Static).update(self._head_text(extra))
        self._set("mp-answer", Text(result.text))
        if result.error:
            self._set("mp-notice", Text(result.error), error=True)
        elif result.cancelled:
            self._set("mp-notice", Text(t(self.lang, "llm.cancelled")), error=True)
        if message.report is not None:
            self._set("mp-checks", self._report_text(message.report))

    def _report_text(self, report: Any) -> Text:
        from course.i18n import check_label

        out = Text().append(t(self.lang, "modelpanel.checks"), style="bold")
        if report.decided:  # only model checks (feedback, no gate): no overall verdict
            out.append(": ", style="bold")
            out.append(
                t(self.lang, "modelpanel.passed" if report.passed else "modelpanel.failed"),
                style="bold green" if report.passed else "bold red",
            )
        for res in report.results:
            out.append("\n✓ " if res.passed else "\n✗ ", style="green" if res.passed else "red")
            out.append(check_label(self.lang, res.name))
            if res.message:
                out.append(f" – {res.message}", style="dim" if res.passed else "")
        return out
