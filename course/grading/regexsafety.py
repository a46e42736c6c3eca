"""Static checks that keep an author's regex from backtracking for ages, and a bounded search."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from itertools import pairwise
from typing import Any

REGEX_LIMIT = 20_000
"""Regex checks look at most at this many characters ..."""
LINE_LIMIT = 2_000
"""... line by line, long lines cut into pieces of this size."""
MAX_PATTERN = 1_000

_PROBES = "aAzZäÄß09 \t\n.,;:-_!?/()\"'@#€+*[]{}<>"
_ALL = frozenset(_PROBES)
_NESTED = "nested quantifiers such as (a+)+ can take forever; rewrite without the outer or inner repeat"
_ALTERNATION = "a repeated alternation such as (a|aa)* can take forever; make the alternatives single characters or drop the repeat"
_OVERLAP = ("two repeats that can match the same characters, such as .*a.*b, can take very long; "
            "keep one .* (regex checks already search anywhere), put a distinct separator between them, or use icontains-all for several words")


@lru_cache(maxsize=256)
def regex_problem(value: Any) -> str | None:
    """Why an author's regex must not run (syntax, length, slow backtracking), or None."""
    if not isinstance(value, str) or not value:
        return "the pattern must be non-empty text"
    if len(value) > MAX_PATTERN:
        return f"the pattern is longer than {MAX_PATTERN} characters"
    try:
        from re import _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(value)
        re.compile(value)
    except (re.error, RecursionError, OverflowError, ValueError) as exc:
        return f"not a valid regular expression: {exc}"
    return _nested(parsed, _parser, inside=False) or _overlapping(parsed, _parser)


@lru_cache(maxsize=256)
def compiled(pattern: str) -> re.Pattern[str]:
    """The author's pattern, compiled (call regex_problem first)."""
    return re.compile(pattern)


def search(pattern: str, text: str) -> re.Match[str] | None:
    """The first match within the first REGEX_LIMIT characters, searched line by line."""
    rx = compiled(pattern)
    text = text[:REGEX_LIMIT]
    start = 0
    while start < len(text):
        newline = text.find("\n", start)
        end = len(text) if newline < 0 else newline
        for piece in range(start, end if end > start else start + 1, LINE_LIMIT):
            m = rx.search(text, piece, min(end, piece + LINE_LIMIT))
            if m:
                return m
        start = end + 1
    return None


def _repeats(p: Any) -> set[Any]:
    return {p.MAX_REPEAT, p.MIN_REPEAT, getattr(p, "POSSESSIVE_REPEAT", p.MAX_REPEAT)}


def _nested(items: Any, p: Any, inside: bool) -> str | None:
    """Nested unbounded quantifiers like (a+)+ or (a|aa)*: exponential backtracking."""
    for op, av in items:
        subs: list[Any] = []
        if op in _repeats(p):
            low, high, body = av
            if inside and high > 1:
                return _NESTED
            found = _nested(body, p, inside or high == p.MAXREPEAT or high > 100)
            if found:
                return found
            continue
        if op is p.BRANCH:
            if inside and any(b.getwidth() != (1, 1) for b in av[1]):
                return _ALTERNATION
            subs = list(av[1])
        elif op is p.SUBPATTERN:
            subs = [av[-1]]
        elif op in (p.ASSERT, p.ASSERT_NOT):
            subs = [av[1]]
        elif op is p.GROUPREF_EXISTS:
            subs = [s for s in av[1:] if s is not None]
        for sub in subs:
            found = _nested(sub, p, inside)
            if found:
                return found
    return None


def _charset(op: Any, av: Any, p: Any) -> frozenset[str]:
    """Which probe characters a single-character item can match (approximate, generous)."""
    if op is p.LITERAL:
        c = chr(av)
        return frozenset({c, c.lower(), c.upper()}) & _ALL or frozenset({"a"})
    if op is p.NOT_LITERAL:
        return _ALL - {chr(av)}
    if op is p.IN:
        got: set[str] = set()
        negate = False
        for sub_op, sub_av in av:
            if sub_op is p.NEGATE:
                negate = True
            elif sub_op is p.LITERAL:
                got |= {chr(sub_av), chr(sub_av).lower(), chr(sub_av).upper()}
            elif sub_op is p.RANGE:
                got |= {c for c in _PROBES if sub_av[0] <= ord(c) <= sub_av[1] or sub_av[0] <= ord(c.lower()) <= sub_av[1]}
            elif sub_op is p.CATEGORY:
                got |= _category(sub_av, p)
            else:
                got |= _ALL
        got &= _ALL
        return frozenset(_ALL - got) if negate else frozenset(got)
    return _ALL


def _category(cat: Any, p: Any) -> set[str]:
    tests: dict[Any, Callable[[str], bool]] = {
        p.CATEGORY_DIGIT: str.isdigit, p.CATEGORY_SPACE: str.isspace,
        p.CATEGORY_WORD: lambda c: c.isalnum() or c == "_",
    }
    for positive, negative in ((p.CATEGORY_DIGIT, p.CATEGORY_NOT_DIGIT), (p.CATEGORY_SPACE, p.CATEGORY_NOT_SPACE), (p.CATEGORY_WORD, p.CATEGORY_NOT_WORD)):
        if cat is positive:
            return {c for c in _PROBES if tests[positive](c)}
        if cat is negative:
            return {c for c in _PROBES if not tests[positive](c)}
    return set(_ALL)


def _flatten(items: Any, p: Any, out: list[tuple[str, frozenset[str]]]) -> None:
    """The pattern as a sequence of ('rep', set) unbounded repeats and ('req', set) required items."""
    for op, av in items:
        if op in _repeats(p):
            low, high, body = av
            width = body.getwidth()
            if width == (1, 1) and len(body) == 1:
                item_op, item_av = body[0]
                chars = _charset(item_op, item_av, p)
            else:
                chars = _ALL
            if high == p.MAXREPEAT or high > 100:
                out.append(("rep", chars))
            elif low >= 1:
                out.append(("req", chars))
        elif op is p.SUBPATTERN:
            _flatten(av[-1], p, out)
        elif op is p.BRANCH:
            out.append(("req" if min(b.getwidth()[0] for b in av[1]) > 0 else "opt", _ALL))
        elif op in (p.LITERAL, p.NOT_LITERAL, p.IN, p.ANY):
            out.append(("req", _charset(op, av, p)))


def _overlapping(parsed: Any, p: Any) -> str | None:
    """Two unbounded repeats that can eat the same text with nothing distinct between them."""
    seq: list[tuple[str, frozenset[str]]] = []
    _flatten(parsed, p, seq)
    reps = [i for i, (kind, _) in enumerate(seq) if kind == "rep"]
    for a, b in pairwise(reps):
        first, second = seq[a][1], seq[b][1]
        if not first & second:
            continue
        separated = any(kind == "req" and not (chars & first) for kind, chars in seq[a + 1:b])
        if not separated:
            return _OVERLAP
    return None
