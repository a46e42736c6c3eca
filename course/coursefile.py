"""Reads one course file (lesson, level, policy, pack) as text: size, binary and encoding checks."""

from __future__ import annotations

from pathlib import Path

from course.model import Problem

MAX_BYTES = 1024 * 1024


def read_text(path: Path, shown: str) -> tuple[str | None, Problem | None]:
    """Read a course file as UTF-8 text, refusing huge, binary or non-regular files (bytes counted as read)."""
    from progress import bounds

    try:
        raw = bounds.read_bytes(path, MAX_BYTES)
    except bounds.BoundsError as exc:
        if str(exc).startswith("file is larger"):
            return None, Problem(shown, 1, "error", "too-large", f"a course file may be at most {MAX_BYTES // 1024} KB")
        return None, Problem(shown, 1, "error", "unreadable", f"cannot read the file: {exc}")
    if b"\x00" in raw:
        return None, Problem(shown, 1, "error", "not-text", "file is binary, not UTF-8 text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, Problem(shown, line, "error", "not-text", "file is not valid UTF-8 text")
    return text.replace("\r\n", "\n").replace("\r", "\n"), None
