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


# Categories of identifiers: what a clean look-alike must not be found as (tests/test_scanner_ids_unseen*.py).
IDENTIFIERS = ("tax-id", "date-of-birth", "secret", "address", "phone")


def covered(text: str, category: str, value: str) -> bool:
    """At least 80 % of `value` (its first place in `text`) lies inside findings of `category`, as
    benchmarks/scanner_quality.py counts a label as found."""
    start = text.index(value)
    end = start + len(value)
    spans = [f for f in scan(text).findings if f.category == category]
    covered = sum(max(0, min(f.end, end) - max(f.start, start)) for f in spans)
    return covered >= 0.8 * len(value)


def identifiers(text: str) -> list[tuple[str, str]]:
    """(category, text) of the findings of IDENTIFIERS."""
    return [(f.category, f.text) for f in scan(text).findings if f.category in IDENTIFIERS]


def flagged(text: str) -> list[tuple[str, str]]:
    """(category, text) of the findings of IDENTIFIERS and cards: what a clean look-alike must not have."""
    return [(f.category, f.text) for f in scan(text).findings if f.category in (*IDENTIFIERS, "credit-card")]


def case_id(case: tuple[str, ...]) -> str:
    """A short test id for (lang, category, text, value) or (lang, text)."""
    return f"{case[0]}-{case[1]}-{case[3][:16]}" if len(case) == 4 else f"{case[0]}-{case[1][:20]}"
