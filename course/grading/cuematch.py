"""Matching cues: each structure check's cue patterns compiled into one regex, cached patterns, the first kept match."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

from course.grading import audiencecues, contextcues, cues, outputcues, taskcues, tonecues, wayoutcues
from course.grading.regexopt import factor_boundaries, optimize

Span = tuple[int, int]
"""A match in view offsets."""

CHECK_CUES: dict[str, tuple[str, ...]] = {
    "role": cues.ROLE,
    "task": taskcues.TASK,
    "context": contextcues.CONTEXT,
    "audience": audiencecues.AUDIENCE,
    "format": outputcues.FORMAT,
    "constraints": outputcues.CONSTRAINTS,
    "examples": outputcues.EXAMPLES,
    "tone": tonecues.TONE,
    "steps": wayoutcues.STEPS,
    "out": wayoutcues.OUT,
}
"""The cue patterns of each check that is matched by patterns (delimiters and placeholders are found by code)."""


@cache
def check_pattern(name: str) -> re.Pattern[str]:
    """One regex per check: the alternation of its cue patterns (compiled on first use)."""
    return re.compile(optimize(factor_boundaries(CHECK_CUES[name])), cues.FLAGS)


@cache
def cached_pattern(source: str, flags: int = cues.FLAGS) -> re.Pattern[str]:
    """A cached compile for the special-case patterns of the filters and finders."""
    return re.compile(source, flags)


def first_match(
    pattern: re.Pattern[str], view: str, keep: Callable[[re.Match[str]], bool] | None = None
) -> Span | None:
    """The first match that `keep` accepts (at most 200 tried)."""
    for count, m in enumerate(pattern.finditer(view)):
        if count >= 200:
            return None
        if m.end() > m.start() and (keep is None or keep(m)):
            return m.start(), m.end()
    return None


def earliest(spans: Iterable[Span | None]) -> Span | None:
    """The span that starts first."""
    found = [s for s in spans if s is not None]
    return min(found) if found else None


@cache
def cue_words(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """An author's extra cue words as one pattern: whole words, up to 3 letters of inflection."""
    parts = [r"\s+".join(re.escape(p) for p in str(w).split()) for w in words if str(w).strip()]
    if not parts:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")\w{0,3}(?!\w)", re.IGNORECASE)
