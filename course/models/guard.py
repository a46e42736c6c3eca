"""The Datenschutz-Ampel as a guard: red findings never go to a remote model."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from course.i18n import t
from course.models.registry import ModelInfo

MAX_LISTED = 6


@dataclass(frozen=True)
class Guard:
    """Whether the prompt may be sent to the model, a one-line notice, and what was found."""

    allowed: bool
    notice: str
    findings: tuple[Any, ...] = ()
    level: str = "green"


def line_of(text: str, offset: int) -> int:
    """The 1-based line number of a character offset."""
    return text.count("\n", 0, max(0, offset)) + 1


def where(text: str, findings: Iterable[Any], lang: str) -> str:
    """`e-mail (line 2), IBAN (line 5)`: each category once per line, in text order."""
    from course.i18n import category_label

    seen: list[tuple[str, int]] = []
    for f in sorted(findings, key=lambda f: f.start):
        key = (f.category, line_of(text, f.start))
        if key not in seen:
            seen.append(key)
    parts = [t(lang, "llm.guard.line", what=category_label(lang, c), line=n) for c, n in seen[:MAX_LISTED]]
    if len(seen) > MAX_LISTED:
        parts.append("…")
    return ", ".join(parts)


def guard(prompt: str, model: ModelInfo, lang: str, names: Iterable[str] = ()) -> Guard:
    """Scan the prompt; red findings block a remote model, a local model only gets a notice.

    Guarding never sends anything: running the model stays an explicit action of the learner.
    """
    from course.scanner import scan

    result = scan(prompt, names=tuple(names))
    findings = tuple(result.findings)
    strong = tuple(f for f in findings if getattr(f, "strong", True))
    if model.local:
        key = "llm.guard.local_red" if findings else "llm.guard.local"
        return Guard(True, t(lang, key, where=where(prompt, findings, lang)), findings, result.level)
    if result.level == "red":
        return Guard(False, t(lang, "llm.guard.blocked", where=where(prompt, strong, lang)), findings, result.level)
    if findings:
        return Guard(True, t(lang, "llm.guard.yellow", where=where(prompt, findings, lang)), findings, result.level)
    return Guard(True, t(lang, "llm.guard.remote"), findings, result.level)
