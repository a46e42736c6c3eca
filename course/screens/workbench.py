"""The prompt workbench: task, editor, live checklist, Datenschutz-Ampel, feedback, hints, model answers."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.widgets import Input, TextArea

from course.content import Exercise
from course.i18n import category_label, check_label, t
from course.screens.widgets import KeyBar, Plain, TitleBar, clean, localize_bindings, reflow
from course.screens.workbench_models import UNRESOLVED, ModelActions

if TYPE_CHECKING:  # pragma: no cover - for annotations only
    from textual import getters
    from textual.timer import Timer
    from textual.visual import VisualType

    from course.content import CheckSpec
    from course.grading.result import CheckResult, Grade
    from course.screens.modelpanel import ModelPanel

if TYPE_CHECKING:  # pragma: no cover - for annotations only
    from course.baseapp import BaseApp

LIVE_DELAY = 0.25
AMPEL_STYLE = {"green": "bold green", "yellow": "bold yellow", "red": "bold red"}
NARROW_BELOW = 70
"""Terminals narrower than this get a slimmer side panel."""
SHORT_BELOW = 24
"""Terminals shorter than this give the task and the feedback fewer lines."""


class PromptEditor(TextArea):
    """The learner's text box: Ctrl+A selects all, Ctrl+N clears (Ctrl+Z brings the text back)."""

    BINDINGS = [
        Binding("ctrl+a", "select_all", "Select all", show=False),
        Binding("ctrl+n", "clear_text", "Clear", show=False),
        Binding("ctrl+z", "undo", "Undo", show=False),
        Binding("ctrl+y", "redo", "Redo", show=False),
    ]

    class Cleared(Message):
        """The learner cleared the box on purpose."""

    def action_clear_text(self) -> None:
        """Empty the box as one undoable edit."""
        if self.text and not self.read_only:
            self.clear()
            self.post_message(self.Cleared())


class WorkbenchScreen(ModelActions):
    """Write, check and improve a text for a prompt, improve, redact or reflect exercise."""

    if TYPE_CHECKING:  # the running app, typed (Textual's getters.app); nothing changes at run time
        app = getters.app(BaseApp)

    CSS_PATH = ["workbench.tcss", "modelpanel.tcss"]

    BINDINGS = [
        Binding("ctrl+s", "submit", "Check", priority=True),
        Binding("ctrl+t", "hint", "Hint", priority=True),
        Binding("ctrl+l", "solution", "Solution", priority=True),
        Binding("ctrl+r", "history", "History", priority=True),
        Binding("f5", "run_model", "Run", priority=True),
        Binding("f6", "examples", "Sample answers", priority=True),
        Binding("ctrl+k", "compare", "Compare", show=False, priority=True),
        Binding("f8", "anatomy", "Anatomy", priority=True),
        Binding("f9", "dispute", "Disagree", priority=True),
        Binding("escape", "back", "Back", priority=True),
    ]

    def __init__(self, exercise: Exercise) -> None:
        super().__init__()
        self.exercise = exercise
        self._started = time.monotonic()
        self._timer: Timer | None = None
        self._last_grade: Grade | None = None
        self._showing_result = False
        self._anatomy = False
        self._model: object = UNRESOLVED
        """The model F5 runs: a ModelInfo, None when nothing is set up, or not looked up yet."""

    # -- layout ---------------------------------------------------------------
    def compose(self) -> ComposeResult:
        ex = self.exercise
        lang = self.app.lang
        yield TitleBar()
        with VerticalScroll(id="wb-task"):
            head = Text().append(t(lang, f"kind.{ex.kind}") + ": ", style="bold")
            head.append(clean(reflow(ex.task)))
            yield Plain(head, id="wb-task-text")
            if ex.material.strip():
                yield Plain(Text(clean(ex.material.rstrip())), id="wb-material")
        with Horizontal(id="wb-main"):
            draft = self.app.current_session().draft(ex.id)
            start = draft if draft is not None else ex.start
            editor = PromptEditor(start, id="wb-editor", soft_wrap=True, show_line_numbers=False, tab_behavior="focus")
            editor.border_title = t(lang, "wb.editor")
            yield editor
            if self.runs_models:
                from course.screens.examples import ExamplesView

                yield ExamplesView(ex, lang, score=self._example_score, id="wb-examples")
            with Vertical(id="wb-side-col"):
                with VerticalScroll(id="wb-side"):
                    yield Plain(id="wb-checklist")
                yield Plain(id="wb-ampel")
        if self.runs_models:
            from course.grading.safety import names_in
            from course.models.settings import chosen_model
            from course.screens.modelpanel import ModelPanel

            session = self.app.current_session()
            yield ModelPanel(
                lang=lang,
                model_id=chosen_model(session.store, session.learner.id),
                get_prompt=self._text,
                exercise=ex,
                id="wb-model",
                names=names_in("\n".join(x for x in (ex.material, ex.start) if x)),
            )
        if ex.kind == "reflect" and ex.minutes_saved:
            yield Input(placeholder=t(lang, "wb.minutes"), id="wb-minutes", type="integer", max_length=5)
        with VerticalScroll(id="wb-feedback-box"):
            yield Plain(id="wb-feedback")
            from course.screens.anatomy import AnatomyView

            yield AnatomyView(id="wb-anatomy")
        yield KeyBar()

    def on_resize(self, event: events.Resize) -> None:
        self.set_class(event.size.width < NARROW_BELOW, "-narrow")
        self.set_class(event.size.height < SHORT_BELOW, "-short")

    @property
    def _draft_key(self) -> str:
        return f"draft:{self.exercise.id}"

    def on_mount(self) -> None:
        lang = self.app.lang
        localize_bindings(self, lang, {"anatomy": "key.anatomy", "dispute": "key.dispute"})
        self.query_one("#wb-anatomy").display = False
        self.query_one("#wb-side-col").border_title = t(lang, "wb.checklist")
        self.query_one("#wb-ampel").border_title = t(lang, "wb.ampel")
        hints = self.app.current_session().shown_hints(self.exercise)
        if hints:
            self._show_hints(hints)
        else:
            self._feedback(t(lang, "wb.empty"))
        self._live_update()
        editor = self.query_one("#wb-editor", TextArea)
        editor.focus()
        editor.move_cursor(editor.document.end)

    # -- live checklist ---------------------------------------------------------
    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        if self._showing_result:  # a verdict on the old text must not stand next to the new one
            self._feedback(t(self.app.lang, "wb.changed"))
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(LIVE_DELAY, self._live_update)

    def on_prompt_editor_cleared(self, event: PromptEditor.Cleared) -> None:
        self._feedback(t(self.app.lang, "wb.cleared"))

    def _text(self) -> str:
        return self.query_one("#wb-editor", TextArea).text

    def _feedback(self, content: VisualType, result: bool = False) -> None:
        """Show `content` in the feedback pane; `result` marks a verdict on the current text."""
        self._showing_result = result
        self.query_one("#wb-feedback", Plain).update(content)
        self.query_one("#wb-feedback-box", VerticalScroll).scroll_home(animate=False)

    def _live_update(self) -> None:
        """Grade the text as it stands and show the checklist and the Ampel; save a draft."""
        text = self._text()
        session = self.app.current_session()
        session.save_draft(self.exercise.id, text)  # never raises: a busy store gets it later
        grade = session.check(self.exercise, text)
        self._last_grade = grade
        lang = session.lang
        lines = Text()
        specs = {spec.label: spec for spec in self.exercise.checks}
        for n, result in enumerate(grade.results):
            spec = specs.get(result.name)
            lines.append("\n" if n else "")
            lines.append("✓ " if result.passed else "✗ ", style="green" if result.passed else "red")
            lines.append(check_label(lang, result.name) + _argument(spec))
        self.query_one("#wb-checklist", Plain).update(lines)
        self.query_one("#wb-side-col").border_title = t(
            lang, "wb.score", title=t(lang, "wb.checklist"), score=round(grade.score * 100)
        )
        self._show_ampel(text)
        if self._anatomy:
            self._show_anatomy(text)

    def _show_ampel(self, text: str) -> None:
        """The Datenschutz-Ampel: its light on the first line, then where the first findings are."""
        from course.scanner import scan

        lang = self.app.lang
        result = scan(text[:100_000])
        ampel = Text().append("● " + t(lang, f"wb.{result.level}"), style=AMPEL_STYLE.get(result.level, ""))
        for finding in result.findings[:3]:
            line_no = text.count("\n", 0, finding.start) + 1
            ampel.append(f"\n{t(lang, 'wb.line', n=line_no)}: {category_label(lang, finding.category)} ", style="dim")
            shown = clean(" ".join(finding.text.split()))
            shown = shown if len(shown) <= 14 else shown[:13] + "…"
            ampel.append(shown, style="reverse red" if finding.strong else "reverse yellow")
        if len(result.findings) > 3:
            ampel.append(f"\n+ {len(result.findings) - 3} …", style="dim")
        widget = self.query_one("#wb-ampel", Plain)
        widget.update(ampel)
        for level in AMPEL_STYLE:
            widget.set_class(level == result.level, f"-{level}")

    # -- actions ----------------------------------------------------------------
    def action_submit(self) -> None:
        text = self._text()
        minutes = None
        answer: object = text
        if self.exercise.kind == "reflect" and self.exercise.minutes_saved:
            raw = self.query_one("#wb-minutes", Input).value.strip()
            minutes = int(raw) if raw.isdigit() else None
            answer = {"text": text, "minutes": minutes}  # the grader says when the minutes are missing
        outcome = self.app.current_session().submit(self.exercise, answer, self._started, minutes_saved=minutes)
        self._started = time.monotonic()
        self._show_feedback(outcome.grade, saved=outcome.saved)
        self._live_update()  # checklist and Ampel agree with the verdict at once
        for level_id in outcome.newly_opened:
            title = self.app.current_session().level_title(level_id)
            self.app.notify(t(self.app.lang, "map.unlocked", title=title), timeout=8, markup=False)

    def _show_feedback(self, grade: Grade, saved: bool = True) -> None:
        from course.screens.anatomy import feedback_text

        self._set_anatomy(False)
        need = round(self.exercise.pass_score * 100)
        out = feedback_text(grade, self.app.lang, need)
        if not saved:  # the store was busy: the attempt waits in the pending queue (see course/pending.py)
            out = Text("⏳ " + t(self.app.lang, "save.pending") + "\n", style="bold yellow") + out
        self._feedback(out, result=True)

    # -- anatomy and disputes (issue 13) ----------------------------------------
    def _set_anatomy(self, on: bool) -> None:
        self._anatomy = on
        self.query_one("#wb-anatomy").display = on
        self.query_one("#wb-feedback").display = not on

    def _show_anatomy(self, text: str) -> None:
        from course.screens.anatomy import AnatomyView

        self.query_one("#wb-anatomy", AnatomyView).show(text, self.app.lang, self.exercise.task or "")

    def action_anatomy(self) -> None:
        """Show or hide how the grader reads each sentence of the prompt."""
        self._set_anatomy(not self._anatomy)
        if self._anatomy:
            self._show_anatomy(self._text())
            self.query_one("#wb-feedback-box", VerticalScroll).scroll_home(animate=False)

    def action_dispute(self) -> None:
        """'Diese Rückmeldung stimmt nicht': record the learner's disagreement with one check."""
        from course.screens.anatomy import DisputeScreen

        grade = self._last_grade or self.app.current_session().check(self.exercise, self._text())
        results = [r for r in grade.results] if grade is not None else []
        if not results:
            self.app.notify(t(self.app.lang, "wb.dispute_none"), timeout=4)
            return
        text = self._text()

        def save(choice: tuple[str, bool, str, bool] | None) -> None:
            if choice is None:
                return
            check, passed, message, share = choice
            session = self.app.current_session()
            if session.add_dispute(self.exercise.id, check, passed, message, text if share else None):
                self.app.notify(t(session.lang, "wb.dispute_saved", check=check_label(session.lang, check)), timeout=5)
            else:
                self.app.notify(t(session.lang, "wb.dispute_not_kept"), timeout=5)

        self.app.push_screen(DisputeScreen(results, self.app.lang), save)

    def action_hint(self) -> None:
        hint = self.app.current_session().next_hint(self.exercise)
        if hint is None and self._first_failing() is None:
            self.app.notify(t(self.app.lang, "wb.no_hints"), timeout=3, markup=False)
            return
        self._show_hints(self.app.current_session().shown_hints(self.exercise))

    def _first_failing(self) -> CheckResult | None:
        from course.screens.anatomy import first_failing

        return first_failing(self._last_grade) if self._last_grade is not None else None

    def _show_hints(self, hints: list[str]) -> None:
        lang = self.app.lang
        total = len(self.exercise.hints)
        out = Text()
        first = self._first_failing()
        if first is not None and first.hint:  # the next step aims at the first failing check, not at one that passes
            out.append(
                "→ " + t(lang, "wb.next_step", check=check_label(lang, first.name), hint=clean(first.hint)) + "\n",
                style="bold italic",
            )
        self._set_anatomy(False)
        for n, hint in enumerate(hints, start=1):
            out.append(t(lang, "wb.hint_n", n=n, total=total, text=clean(hint)) + "\n", style="italic")
        self._feedback(out)

    def action_solution(self) -> None:
        lang = self.app.lang
        if not self.app.current_session().solution_available(self.exercise):
            self._feedback(t(lang, "wb.solution_locked"))
            return
        solution = self.exercise.solution
        text = solution if isinstance(solution, str) else str(solution)
        out = Text().append(t(lang, "wb.solution_title") + "\n", style="bold")
        out.append(clean(text.strip()))
        self._feedback(out)

    def action_history(self) -> None:
        from course.screens.history import HistoryScreen

        self.app.push_screen(HistoryScreen(self.exercise, self._text()))

    def action_compare(self) -> None:
        from course.models.settings import chosen_model
        from course.screens.compare import CompareScreen

        if self.exercise.kind in ("prompt", "improve"):
            session = self.app.current_session()
            model = chosen_model(session.store, session.learner.id)
            self.app.push_screen(CompareScreen(self._text(), [model], lang=self.app.lang))

    def on_model_panel_finished(self, message: ModelPanel.Finished) -> None:
        """A finished run is recorded as an attempt with model, duration and tokens."""
        result = message.result
        if result is not None and getattr(result, "ok", False):
            outcome = self.app.current_session().submit(self.exercise, message.prompt, self._started, run=result)
            self._started = time.monotonic()
            self._show_feedback(outcome.grade, saved=outcome.saved)

    def action_back(self) -> None:
        """Esc closes the innermost thing first: a running model, the answers, the model panel, then the exercise."""
        from course.screens.modelpanel import ModelPanel

        panel = next(iter(self.query("#wb-model").results(ModelPanel)), None)
        if panel is not None and panel.running:
            panel.action_cancel()
            return
        if self.has_class("-examples"):
            self._close_examples()
            return
        if self.has_class("-model"):
            self.remove_class("-model")
            self.query_one("#wb-editor", TextArea).focus()
            return
        self.leave()

    def leave(self) -> None:
        """Save the draft and the time spent, and go back to the lesson."""
        self._live_update()
        session = self.app.current_session()
        session.add_time(session.lesson_of(self.exercise.id) or "", time.monotonic() - self._started)
        self.app.pop_screen()


def _argument(spec: CheckSpec | None) -> str:
    """A short view of a check's argument where it helps: ' ≥ 25' words or a single word."""
    if spec is None or spec.value is None:
        return ""
    if spec.name == "min-words":
        return f" ≥ {spec.value}"
    if spec.name == "max-words":
        return f" ≤ {spec.value}"
    if spec.name in ("contains", "icontains") and isinstance(spec.value, str):
        return f": {clean(spec.value)[:18]}"
    return ""
