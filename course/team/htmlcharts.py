"""The numbers behind the team report's bars and inline SVG charts (markup: course/templates/macros.html.j2)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import ClassVar

from course.i18n import date as day_label


@dataclass(frozen=True)
class Short:
    """Learner text shortened for a cell, the longer (cleaned) original shown as a tooltip."""

    text: str
    full: str
    kind: ClassVar[str] = "short"


@dataclass(frozen=True)
class Bar:
    """A horizontal bar `width` percent full, optionally followed by a figure."""

    width: float
    cls: str = ""
    after: str = ""
    kind: ClassVar[str] = "bar"


@dataclass(frozen=True)
class Stack:
    """Stacked shares in one bar: (css class, width in percent, tooltip) each."""

    parts: tuple[tuple[str, float, str], ...]
    kind: ClassVar[str] = "stack"


@dataclass(frozen=True)
class Histogram:
    """Vertical bars: (x, y, height, count, band label) each, and the axis ticks (x, label)."""

    label: str
    bars: tuple[tuple[int, float, float, int, str], ...]
    ticks: tuple[tuple[int, int], ...]
    kind: ClassVar[str] = "histogram"


@dataclass(frozen=True)
class Sparkline:
    """A small polyline; `points` is the SVG points list."""

    points: str
    kind: ClassVar[str] = "sparkline"


@dataclass(frozen=True)
class Timeline:
    """Team mean progress by day: the line, the dots (x, y, tooltip), grid lines (y, label) and the end dates."""

    label: str
    line: str
    dots: tuple[tuple[float, float, str], ...]
    grid: tuple[tuple[float, str], ...]
    first: str
    last: str
    kind: ClassVar[str] = "timeline"


def bar(share: float | None, cls: str = "", after: str = "") -> Bar:
    """A bar for a share 0..1 (None: empty), clamped."""
    width = 0.0 if share is None else min(100.0, max(0.0, share * 100))
    return Bar(round(width, 1), cls, after)


def histogram(counts: tuple[int, ...] | list[int], unit: str) -> Histogram:
    """Members per 10 % band of progress, axis labelled 0 to 100 (%)."""
    top = max(counts) if counts and max(counts) else 1
    bars = []
    for i, count in enumerate(counts):
        h = 100 * count / top
        bars.append((20 + i * 36, round(120 - h, 1), round(h, 1), count, f"{i * 10}–{i * 10 + 10} %"))
    return Histogram(unit, tuple(bars), tuple((20 + i * 36, i * 10) for i in range(11)))


def sparkline(values: list[float]) -> Sparkline | str:
    """A small line of progress values (0..1) over a learner's exports; "" for fewer than two."""
    if len(values) < 2:
        return ""
    step = 76 / (len(values) - 1)
    return Sparkline(
        " ".join(f"{2 + i * step:.1f},{18 - 16 * min(1.0, max(0.0, v)):.1f}" for i, v in enumerate(values))
    )


def timeline(points: list[tuple[date, float, int]], title: str, lang: str) -> Timeline | None:
    """Team mean progress by day, positioned by date, days labelled in `lang`; None without points."""
    if not points:
        return None
    first, last = points[0][0].toordinal(), points[-1][0].toordinal()
    span = max(1, last - first)
    xy = [
        (50 + 530 * (d.toordinal() - first) / span if last > first else 315, 170 - 150 * v, d, v, n)
        for d, v, n in points
    ]
    return Timeline(
        label=title,
        line=" ".join(f"{x:.1f},{y:.1f}" for x, y, *_ in xy),
        dots=tuple(
            (round(x, 1), round(y, 1), f"{day_label(lang, d)}: {round(v * 100)} % ({n})") for x, y, d, v, n in xy[-200:]
        ),
        grid=tuple((170 - 150 * f, f"{round(f * 100)} %") for f in (0, 0.5, 1)),
        first=day_label(lang, points[0][0]),
        last=day_label(lang, points[-1][0]) if last > first else "",
    )
