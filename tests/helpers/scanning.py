"""What the scanner finds in a text, shaped for assertions: by category, or one category's texts."""

from __future__ import annotations

from course.scanner import scan


def found(text: str) -> dict[str, list[str]]:
    """The texts of the findings, grouped by category."""
    out: dict[str, list[str]] = {}
    for f in scan(text).findings:
        out.setdefault(f.category, []).append(f.text)
    return out


def texts_of(category: str, text: str) -> list[str]:
    """The texts of the findings of one category, in order."""
    return [f.text for f in scan(text).findings if f.category == category]


def names(text: str) -> list[str]:
    """The name findings' texts."""
    return texts_of("name", text)


def health(text: str) -> list[str]:
    """The health findings' texts."""
    return texts_of("health", text)
