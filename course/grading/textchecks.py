"""The promptfoo-named text checks (contains, regex, min-words, is-json ...) and regex safety."""

from __future__ import annotations

import json
import re
from typing import Any

from course.grading.authorregex import regex_problem, search
from course.grading.cleantext import TextView
from course.grading.result import Outcome


def _texts(value: Any) -> list[str]:
    """A check argument as a list of non-empty strings."""
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value if str(v)]
    return [str(value)] if value is not None and str(value) else []


def _span(tv: TextView, m: re.Match[str] | None) -> tuple[int, int] | None:
    """A view match as an original span."""
    return tv.span(m.start(), m.end()) if m else None


def contains(tv: TextView, value: Any) -> Outcome:
    """The exact string occurs (case matters)."""
    needle = str(value)
    i = tv.original.find(needle)
    return Outcome(i >= 0 and bool(needle), (i, i + len(needle)) if i >= 0 else None, needle, (("value", needle),))


def icontains(tv: TextView, value: Any) -> Outcome:
    """The string occurs, ignoring case."""
    needle = str(value)
    m = re.search(re.escape(needle), tv.original, re.IGNORECASE) if needle else None
    return Outcome(m is not None, (m.start(), m.end()) if m else None, needle, (("value", needle),))


def icontains_any(tv: TextView, value: Any) -> Outcome:
    """At least one of the strings occurs, ignoring case; evidence is the first in the text."""
    needles = _texts(value)
    best: tuple[int, int] | None = None
    for needle in needles:
        m = re.search(re.escape(needle), tv.original, re.IGNORECASE)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), m.end())
    return Outcome(best is not None, best, ", ".join(needles))


def icontains_all(tv: TextView, value: Any) -> Outcome:
    """Every string occurs, ignoring case; `missing` lists those that do not."""
    needles = _texts(value)
    missing = [n for n in needles if not re.search(re.escape(n), tv.original, re.IGNORECASE)]
    first = None
    if needles and not missing:
        m = re.search(re.escape(needles[0]), tv.original, re.IGNORECASE)
        first = (m.start(), m.end()) if m else None
    return Outcome(bool(needles) and not missing, first, ", ".join(missing))


def equals(tv: TextView, value: Any) -> Outcome:
    """The whole text equals the value (surrounding white space ignored)."""
    want = str(value).strip()
    got = tv.original.strip()
    start = len(tv.original) - len(tv.original.lstrip())
    return Outcome(got == want, (start, start + len(got)) if got == want else None, want, (("value", want),))


def min_words(tv: TextView, value: Any) -> Outcome:
    """At least `value` words."""
    return Outcome(tv.words >= int(value), None, str(value), (("value", int(value)), ("count", tv.words)))


def max_words(tv: TextView, value: Any) -> Outcome:
    """At most `value` words."""
    return Outcome(tv.words <= int(value), None, str(value), (("value", int(value)), ("count", tv.words)))


def regex(tv: TextView, value: Any) -> Outcome:
    """The author's pattern matches (RE2, linear time; see authorregex); unsafe patterns are refused."""
    problem = regex_problem(value)
    if problem:
        return Outcome(False, broken=str(problem))
    m = search(str(value), tv.view)
    return Outcome(m is not None, _span(tv, m), str(value))


def is_json(tv: TextView, value: Any = None) -> Outcome:
    """Valid JSON somewhere: a fenced ```json block or a braced object or array with content."""
    view = tv.view
    decoder = json.JSONDecoder()
    tried = 0
    for m in re.finditer(r"[\[{]", view):
        tried += 1
        if tried > 200:
            break
        try:
            obj, end = decoder.raw_decode(view, m.start())
        except ValueError:
            continue
        if (isinstance(obj, dict) and obj) or (
            isinstance(obj, list) and (len(obj) >= 2 or any(isinstance(x, (dict, list)) for x in obj))
        ):
            return Outcome(True, tv.span(m.start(), end))
    return Outcome(False)
