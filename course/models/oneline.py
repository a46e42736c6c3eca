"""Model output and errors squeezed onto one line for messages."""

from __future__ import annotations


def one_line(text: object, limit: int = 200) -> str:
    """Collapse whitespace to single spaces and cut to `limit` characters."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"
