"""Keys shown one way everywhere: `Strg+S`/`Ctrl+S`, `Esc`, `F5`, `?`, in the learner's language."""

from __future__ import annotations

NAMES = {
    "escape": "Esc", "enter": "Enter", "tab": "Tab", "question_mark": "?", "backspace": "⌫",
    "up": "↑", "down": "↓", "left": "←", "right": "→", "pageup": "Bild↑", "pagedown": "Bild↓",
    "home": "Pos1", "end": "Ende", "delete": "Entf",
}
NAMES_EN = {**NAMES, "pageup": "PgUp", "pagedown": "PgDn", "home": "Home", "end": "End", "delete": "Del"}
MODIFIERS = {"de": {"ctrl": "Strg", "shift": "Umschalt", "alt": "Alt"},
             "en": {"ctrl": "Ctrl", "shift": "Shift", "alt": "Alt"}}
SPACE = {"de": "Leertaste", "en": "Space"}


def key_label(key: str, lang: str) -> str:
    """One key as a learner reads it: `ctrl+s` -> `Strg+S` (de) / `Ctrl+S` (en), `escape` -> `Esc`."""
    parts = key.strip().split("+")
    base = parts[-1]
    mods = MODIFIERS.get(lang, MODIFIERS["en"])
    names = NAMES if lang == "de" else NAMES_EN
    if base == "space":
        shown = SPACE.get(lang, SPACE["en"])
    elif base in names:
        shown = names[base]
    elif base[:1] == "f" and base[1:].isdigit():
        shown = base.upper()
    elif len(base) == 1:
        shown = base.upper() if parts[:-1] else base
    else:
        shown = base.replace("_", " ").title()
    return "+".join([mods.get(m, m.title()) for m in parts[:-1]] + [shown])


def keys_label(keys: str, lang: str) -> str:
    """A binding's keys (comma-separated) as `Strg+↑ / U`."""
    return " / ".join(key_label(k, lang) for k in keys.split(",") if k.strip())
