"""Helpers shared by the screens: binding labels in the learner's language, the key bar, safe text."""

from __future__ import annotations

from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from textual.binding import Binding
from textual.dom import DOMNode
from textual.widgets import Static

from course.i18n import t

if TYPE_CHECKING:  # pragma: no cover - for annotations only
    from textual.app import App
    from textual.visual import VisualType

KEY_LABELS = {
    "continue": "key.continue",
    "app.progress": "key.progress",
    "app.policy": "key.policy",
    "app.settings": "key.settings",
    "app.help": "key.help",
    "app.quit": "key.quit",
    "app.pop_screen": "key.back",
    "back": "key.back",
    "next": "key.next",
    "previous": "key.prev",
    "submit": "wb.submit",
    "hint": "wb.hint",
    "solution": "wb.solution",
    "history": "wb.history",
    "move_up": "order.up",
    "move_down": "order.down",
    "app.command_palette": "key.palette",
    "app.team": "key.team",
    "run_model": "wb.run",
    "save": "key.save",
    "quit": "key.quit",
    "help": "key.help",
    "gap_check": "key.gapcheck",
    "skip": "gap.skip",
    "examples": "wb.examples",
    "compare": "wb.compare",
    "select_all": "wb.select_all",
    "clear_text": "wb.clear",
    "undo": "wb.undo",
    "redo": "wb.redo",
    "press": "key.continue",
    "choose": "key.practise",
    "practise": "key.practise",
    "dismiss": "key.back",
    "app.focus_next": "key.focus",
    "anatomy": "key.anatomy",
    "dispute": "key.dispute",
}


_LABELS: WeakKeyDictionary[DOMNode, dict[str, str]] = WeakKeyDictionary()
"""The descriptions each node's bindings are shown with, by action (the bindings themselves stay as declared)."""


def relabel_bindings(node: DOMNode, labels: dict[str, str]) -> None:
    """Show `node`'s bindings with these descriptions (by action) in the key bar and the footer, and redraw them."""
    _LABELS[node] = {**_LABELS.get(node, {}), **labels}
    node.refresh_bindings()
    for bar in node.query(KeyBar):
        bar.refresh_keys()


def binding_label(node: DOMNode, binding: Binding) -> str:
    """The description `binding` of `node` is shown with: its label from relabel_bindings, else as declared."""
    return _LABELS.get(node, {}).get(binding.action, binding.description)


def localize_bindings(node: DOMNode, lang: str, extra: dict[str, str] | None = None) -> None:
    """Show the key descriptions in `lang` (i18n keys by action)."""
    keys = {**KEY_LABELS, **(extra or {})}
    relabel_bindings(node, {action: t(lang, key) for action, key in keys.items()})


def clean(text: str) -> str:
    """Text from lessons or learners without terminal control characters."""
    return "".join(ch if ch.isprintable() or ch in "\n\t" else "\ufffd" for ch in text)


class Plain(Static):
    """A Static that never reads its text as markup: lessons and learners may write '[x]'."""

    def __init__(self, content: VisualType = "", *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(content, markup=False, id=id, classes=classes)


def reflow(text: str) -> str:
    """Join the hard-wrapped lines of a paragraph; keep blank lines and list items."""
    paragraphs = []
    for block in text.strip().split("\n\n"):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        out: list[str] = []
        for line in lines:
            if (
                out
                and not line.startswith(("- ", "* ", "• "))
                and not out[-1].endswith(":")
                and not line[:2].rstrip(".").isdigit()
            ):
                out[-1] += " " + line
            else:
                out.append(line)
        paragraphs.append("\n".join(out))
    return "\n\n".join(paragraphs)


def strip_title(markdown: str, title: str) -> str:
    """Drop a leading `# Title` that repeats the lesson title shown above it."""
    lines = markdown.lstrip().splitlines()
    if lines and lines[0].startswith("# ") and lines[0][2:].strip() == title.strip():
        return "\n".join(lines[1:]).lstrip("\n")
    return markdown


class KeyBar(Static):
    """The screen's keys as `key description`, clickable; wraps between keys, never inside one.

    Much cheaper to mount than Footer. F1 (help) is added where the screen shows no help key.
    """

    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        width: 100%;
        background: $panel;
        color: $foreground;
        padding: 0 1;
    }
    """

    def __init__(self) -> None:
        super().__init__("", id="keybar", markup=True)
        self._parts: list[tuple[str, int]] = []
        self._shown: str | None = None

    def on_mount(self) -> None:
        self.refresh_keys()

    def on_resize(self) -> None:
        self._layout()

    def refresh_keys(self) -> None:
        """Collect every shown binding of the screen as `key description`, clickable."""
        from textual.markup import escape

        screen = self.screen
        parts: list[tuple[str, int]] = []
        seen: set[str] = set()
        # The screen's own keys, in the order it declares them; active_bindings leaves out
        # the ones the screen switched off here (check_action False, e.g. F5 on a redact exercise).
        for active in screen.active_bindings.values():
            binding = active.binding
            if active.node is not screen or not binding.show or binding.action in seen:
                continue
            seen.add(binding.action)
            action = binding.action if "." in binding.action else f"screen.{binding.action}"
            key = self.app.get_key_display(binding)
            description = binding_label(screen, binding)
            markup = f"[@click={action}][b $accent]{escape(key)}[/] {escape(description)}[/]"
            parts.append((markup, len(key) + 1 + len(description)))
        if not seen & {"app.help", "help"} and _app_binds_help(self.app):
            label = t(getattr(self.app, "lang", "en"), "key.help")
            key = self.app.get_key_display(Binding("f1", "app.help", label))
            parts.append(
                (f"[@click=app.help][b $accent]{escape(key)}[/] {escape(label)}[/]", len(key) + 1 + len(label))
            )
        self._parts = parts
        self._layout()

    def _layout(self) -> None:
        """Pack the keys into as few lines as the width allows."""
        width = max(10, self.size.width or self.app.size.width - 2)
        lines: list[list[str]] = [[]]
        used = 0
        for markup, length in self._parts:
            if lines[-1] and used + 2 + length > width:
                lines.append([])
                used = 0
            used += (2 if lines[-1] else 0) + length
            lines[-1].append(markup)
        shown = "\n".join("  ".join(line) for line in lines)
        if shown != self._shown:  # a resize that packs the keys as before redraws nothing
            self._shown = shown
            self.update(shown)
            self.styles.height = min(3, len(lines))


def _app_binds_help(app: App[object]) -> bool:
    """Whether the app has a help key (F1 in the course; the Promptathon has none, so none is shown)."""
    return any(isinstance(b, Binding) and b.action == "help" for b in type(app).BINDINGS)


class TitleBar(Static):
    """The app's title on one line at the top: a lighter stand-in for Textual's Header."""

    DEFAULT_CSS = """
    TitleBar {
        dock: top;
        height: 1;
        width: 100%;
        background: $panel;
        color: $foreground;
        text-align: center;
        text-style: bold;
    }
    """

    def __init__(self) -> None:
        super().__init__("", id="titlebar", markup=False)

    def on_mount(self) -> None:
        self.show_title()

    def show_title(self) -> None:
        """The screen's (else the app's) title, and the app's sub_title after a dash when it has one."""
        title = self.screen.title or self.app.title
        sub = self.app.sub_title
        self.update(f"{title} — {sub}" if sub else title)
