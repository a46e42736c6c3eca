"""Making learner-provided strings safe to show (control characters, length) and team figures readable."""

from __future__ import annotations

from course.i18n import number, t
from progress.safetext import terminal


def clean(text: str) -> str:
    """The text with every escape sequence and control character (newlines, bidi overrides) gone (safetext)."""
    return terminal(text)


def who(name: str, learner_id: str) -> str:
    """The name as exported, or `#` and the start of the learner id when the name is blank."""
    return name if clean(name[:200]) else "#" + clean(learner_id)[:8]


def shorten(text: str, limit: int) -> str:
    """`clean(text)` cut to `limit` characters, with an ellipsis where it was cut."""
    text = clean(text[: limit * 4 + 16])
    return text if len(text) <= limit else text[: max(1, limit - 1)].rstrip() + "…"


def fmt_points(value: float, lang: str) -> str:
    """A difference of shares, 0.75, as percentage points: `75 Pp.` / `75 pp`."""
    return t(lang, "teamreport.points", n=round(value * 100))


def fmt_hours(minutes: int, lang: str) -> str:
    """Minutes as hours with one decimal: `2,1 h` (de) / `2.1 h` (en); 74070 minutes as `1.234,5 h`."""
    return number(lang, minutes / 60, decimals=1) + " h"
