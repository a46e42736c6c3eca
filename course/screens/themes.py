"""The app's colour themes and the screens' stylesheets (shared by the course and the Promptathon)."""

from __future__ import annotations

from pathlib import Path, PurePath

from textual.theme import Theme

SCREENS_DIR = Path(__file__).parent


def all_css() -> list[str | PurePath]:
    """Every screen's stylesheet, for apps that want them all up front."""
    return [str(p) for p in sorted(SCREENS_DIR.glob("*.tcss"))]


HIGH_CONTRAST = Theme(
    name="genai-contrast",
    primary="#ffff00",
    secondary="#00ffff",
    accent="#ffffff",
    foreground="#ffffff",
    background="#000000",
    surface="#000000",
    panel="#1a1a1a",
    success="#00ff00",
    warning="#ffff00",
    error="#ff5555",
    dark=True,
)
THEMES = {"dark": "textual-dark", "light": "textual-light", "contrast": "genai-contrast"}
