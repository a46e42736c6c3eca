"""Reads one course file (lesson, level, policy, pack) as text: size, binary and encoding checks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from course.content import Problem
from course.i18n import Message, msg

MAX_BYTES = 1024 * 1024


def read_text(path: Path, shown: str) -> tuple[str | None, Problem | None]:
    """Read a course file as UTF-8 text, refusing huge, binary or non-regular files (bytes counted as read)."""
    from progress import bounds

    try:
        raw = bounds.read_bytes(path, MAX_BYTES)
    except bounds.BoundsError as exc:
        if exc.code == "too_large":
            return None, Problem(shown, 1, "error", "too-large", msg("lint.file.too_large", kb=MAX_BYTES // 1024))
        return None, Problem(shown, 1, "error", "unreadable", msg("lint.file.unreadable", error=str(exc)))
    if b"\x00" in raw:
        return None, Problem(shown, 1, "error", "not-text", msg("lint.file.binary"))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, Problem(shown, line, "error", "not-text", msg("lint.file.not_utf8"))
    return text.replace("\r\n", "\n").replace("\r", "\n"), None


def read_mapping(path: Path, shown: str, code: str, refusal: Message) -> tuple[Any, dict[Any, int], str, list[Problem]]:
    """A YAML file that must hold a mapping: (data, key lines, text, problems); data is None when unusable.

    `code` and `refusal` report a file that holds no mapping, e.g. msg("lint.policy.not_map").
    """
    from course.yamlutil import YamlError, load

    text, problem = read_text(path, shown)
    if problem:
        return None, {}, "", [problem]
    try:
        data, lines = load(text or "")
    except YamlError as exc:
        return None, {}, "", [Problem(shown, exc.line, "error", "yaml", exc.msg)]
    if not isinstance(data, dict):
        return None, {}, "", [Problem(shown, 1, "error", code, refusal)]
    return data, lines, text or "", []
