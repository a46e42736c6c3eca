"""Keys shown one way everywhere: `Strg+S`/`Ctrl+S`, `Esc`, `F5`, `?`, in the learner's language."""

from __future__ import annotations

from textual.binding import Binding

from course.i18n import t

APP_BINDINGS = [
    Binding("ctrl+q", "quit", "Quit", show=False, priority=True),
    Binding("f1", "help", "Help", show=False),
]
"""The app-wide keys (CourseApp.BINDINGS), here so that the help screen lists them without importing the app."""

NAMES = {
    "escape": "Esc",
    "enter": "Enter",
    "tab": "Tab",
    "question_mark": "?",
    "backspace": "⌫",
    "up": "↑",
    "down": "↓",
    "left": "←",
    "right": "→",
}
"""Keys shown the same in every language; the others (Strg/Ctrl, Bild↑/PgUp, Leertaste/Space) are keys.* messages."""
WORDED = frozenset({"pageup", "pagedown", "home", "end", "delete", "space"})
MODIFIERS = frozenset({"ctrl", "shift", "alt"})


def key_label(key: str, lang: str) -> str:
    """One key as a learner reads it: `ctrl+s` -> `Strg+S` (de) / `Ctrl+S` (en), `escape` -> `Esc`."""
    parts = key.strip().split("+")
    base = parts[-1]
    if base in WORDED:
        shown = t(lang, f"keys.{base}")
    elif base in NAMES:
        shown = NAMES[base]
    elif base[:1] == "f" and base[1:].isdigit():
        shown = base.upper()
    elif len(base) == 1:
        shown = base.upper() if parts[:-1] else base
    else:
        shown = base.replace("_", " ").title()
    return "+".join([t(lang, f"keys.{m}") if m in MODIFIERS else m.title() for m in parts[:-1]] + [shown])


def keys_label(keys: str, lang: str) -> str:
    """A binding's keys (comma-separated) as `Strg+↑ / U`."""
    return " / ".join(key_label(k, lang) for k in keys.split(",") if k.strip())
