"""The workbench's prompt anatomy (each sentence tagged with the block the grader read) and the dispute dialog."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Checkbox, OptionList
from textual.widgets.option_list import Option

from course.i18n import check_label, has, t
from course.screens.widgets import Plain, clean

if TYPE_CHECKING:  # pragma: no cover - for annotations only
    from course.grading.result import CheckResult, Grade

STYLE = {
    "role": "magenta",
    "task": "bold cyan",
    "context": "green",
    "audience": "yellow",
    "format": "blue",
    "constraints": "red",
    "examples": "bright_magenta",
    "tone": "bright_cyan",
    "steps": "bright_blue",
    "delimiters": "dim",
    "placeholders": "bright_yellow",
    "out": "bright_green",
}


def _tag(lang: str, key: str, raw: str) -> str:
    """A reading tag in the learner's words, or the grader's raw name when it has none."""
    return t(lang, key) if has(key) else raw


def render_anatomy(text: str, lang: str, task_text: str = "") -> Text:
    """The learner's prompt, one sentence a line, each led by the tags the grader read: '[Lage · Leser] …'."""
    from course.grading.anatomy import dissect

    lang = "de" if lang == "de" else "en"
    out = Text()
    out.append(t(lang, "wb.anatomy_title") + "\n", style="bold")
    parts = dissect(text, task_text)
    if not parts:
        out.append(t(lang, "wb.anatomy_empty"), style="italic")
        return out
    for part in parts:
        out.append("[")
        if part.blocks:
            for i, block in enumerate(part.blocks):
                if i:
                    out.append(" · ")
                out.append(_tag(lang, "anatomy.short." + block, block), style=STYLE.get(block, ""))
            if part.note in ("rule",):
                out.append(" · " + t(lang, "anatomy.note." + part.note), style="red")
        else:
            out.append(
                _tag(lang, "anatomy.note." + (part.note or "none"), part.note),
                style="dim" if not part.note else "bold red",
            )
        out.append("] ")
        sentence = clean(" ".join(text[part.start : part.end].split()))
        out.append(sentence[:300] + ("…" if len(sentence) > 300 else ""), style="dim" if not part.blocks else "")
        out.append("\n")
    return out


class AnatomyView(Plain):
    """Shows `render_anatomy` of a text; the workbench updates it while it is visible."""

    def show(self, text: str, lang: str, task_text: str = "") -> None:
        self.update(render_anatomy(text, lang, task_text))


class DisputeScreen(ModalScreen[tuple[str, bool, str, bool] | None]):
    """'Diese Rückmeldung stimmt nicht': pick the check, maybe share the prompt; (check, passed, message, share)."""

    DEFAULT_CSS = """
    DisputeScreen { align: center middle; }
    #dispute-box {
        width: 72; max-width: 100%; height: auto; max-height: 90%;
        border: round $warning; padding: 0 1; background: $surface;
    }
    #dispute-list { height: auto; max-height: 12; }
    """
    BINDINGS = [Binding("escape", "cancel", "Back", priority=True)]

    def __init__(self, results: list[CheckResult], lang: str) -> None:
        super().__init__()
        self.results = results
        self.lang = lang

    def compose(self) -> ComposeResult:
        lang = self.lang
        with Vertical(id="dispute-box"):
            yield Plain(Text(t(lang, "wb.dispute_title"), style="bold"), id="dispute-title")
            yield Plain(t(lang, "wb.dispute_ask"))
            options = []
            for i, result in enumerate(self.results):
                mark = "✓" if result.passed else "✗"
                options.append(Option(f"{mark} {check_label(lang, result.name)}", id=str(i)))
            yield OptionList(*options, id="dispute-list")
            yield Checkbox(self._share_label(False), False, id="dispute-share")
            yield Plain(Text(t(lang, "wb.dispute_keys"), style="dim"))

    def on_mount(self) -> None:
        self.query_one("#dispute-box").border_title = t(self.lang, "key.dispute")
        self.query_one(OptionList).focus()

    def _share_label(self, on: bool) -> str:
        """The consent box says its state in words, so it reads without colour too."""
        return t(self.lang, "wb.dispute_share") + ": " + t(self.lang, "wb.yes" if on else "wb.no")

    def on_checkbox_changed(self, event: Checkbox.Changed) -> None:
        event.checkbox.label = self._share_label(event.value)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        result = self.results[int(event.option.id or 0)]
        share = self.query_one("#dispute-share", Checkbox).value
        self.dismiss((result.name, result.passed, result.message, share))

    def action_cancel(self) -> None:
        self.dismiss(None)


def first_failing(grade: Grade) -> CheckResult | None:
    """The check to fix first: a failed `must` check, else the first failed one in rubric order."""
    failed = [r for r in grade.results if not r.passed]
    musts = [r for r in failed if r.must]
    first = musts or failed
    return first[0] if first else None


def feedback_text(grade: Grade, lang: str, need: int) -> Text:
    """The verdict explained: failed required checks named first, then the score, ✗ with what would satisfy
    them, ✓ with the words they rest on, and one next step aimed at the first failing check."""
    out = Text()
    failed_musts = [r for r in grade.results if r.must and not r.passed]
    for result in failed_musts:
        key = "wb.must_failed_neg" if result.name.startswith("not-") else "wb.must_failed"
        out.append(t(lang, key, check=check_label(lang, result.name)) + "\n", style="bold red")
    if grade.passed:
        out.append(t(lang, "wb.passed", score=round(grade.score * 100)) + "\n", style="bold green")
    else:
        out.append(t(lang, "wb.failed", score=round(grade.score * 100), need=need) + "\n", style="bold red")
    first = first_failing(grade)
    if first is not None and first.hint:
        out.append(
            "→ " + t(lang, "wb.next_step", check=check_label(lang, first.name), hint=clean(first.hint)) + "\n",
            style="italic",
        )
    ordered = sorted(grade.results, key=lambda r: (r.passed, not r.must))
    for result in ordered:
        mark, style = ("✓ ", "green") if result.passed else ("✗ ", "red")
        out.append(mark, style=style)
        out.append(
            check_label(lang, result.name) + (t(lang, "anatomy.required") if result.must else "") + ": ", style="bold"
        )
        out.append(clean(result.message))
        if not result.passed and result.hint and result is not first:
            out.append("\n   → " + clean(result.hint), style="italic")
        out.append("\n")
    out.append(t(lang, "wb.feedback_keys"), style="dim")
    return out
