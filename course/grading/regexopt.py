"""Faster cue alternations, same language: `(?:freundlich|frech|höflich)` -> `(?:f(?:reundlich|rech)|höflich)`."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import pairwise

_MIN = 6
"""Groups with fewer alternatives are left alone."""


def _walk(text: str, start: int) -> Iterator[tuple[int, int]]:
    """(index, depth) for every character outside escapes and [classes]; depth counts open groups."""
    depth, i, in_class = 0, start, False
    while i < len(text):
        c = text[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
            i += 1
            continue
        if c == "[":
            in_class = True
            i += 1
            i += text[i : i + 1] == "^"
            i += text[i : i + 1] == "]"
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        yield i, depth
        i += 1


def _split(body: str) -> list[str]:
    """Top-level alternatives of a group body (respects nesting, escapes and classes)."""
    cuts = [i for i, depth in _walk(body, 0) if depth == 0 and body[i] == "|"]
    bounds = [-1, *cuts, len(body)]
    return [body[a + 1 : b] for a, b in pairwise(bounds)]


def _end(pattern: str, open_at: int) -> int:
    """Index of the ')' closing the group that opens at `open_at`, or -1."""
    return next((i for i, depth in _walk(pattern, open_at) if depth == 0 and pattern[i] == ")"), -1)


def _groupable(part: str) -> bool:
    """Starts with a plain letter that no quantifier binds."""
    return len(part) >= 2 and part[0].isalpha() and part[1] not in "?*+{"


def _regroup(parts: list[str]) -> str:
    """Alternatives grouped by their first letter (order within a letter kept)."""
    groups: dict[str, list[str]] = {}
    others: list[str] = []
    for part in parts:
        if _groupable(part):
            groups.setdefault(part[0].lower(), []).append(part[1:])
        else:
            others.append(part)
    out = []
    for first, rests in groups.items():
        rests = sorted(rests, key=lambda r: r == "")
        out.append(first + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")"))
    return "|".join(out + others)


def optimize(pattern: str) -> str:
    """Regroup every `(?:...)` with many alternatives, recursively; the language matched is unchanged."""
    out, i = [], 0
    while i < len(pattern):
        if pattern.startswith("(?:", i):
            end = _end(pattern, i)
            if end < 0:
                return pattern
            body = optimize(pattern[i + 3 : end])
            parts = _split(body)
            if len(parts) >= _MIN and sum(_groupable(p) for p in parts) >= _MIN:
                body = _regroup(parts)
            out.append("(?:" + body + ")")
            i = end + 1
        elif pattern[i] == "\\":
            out.append(pattern[i : i + 2])
            i += 2
        elif pattern[i] == "[":
            j = i + 1
            if pattern[j : j + 1] == "^":
                j += 1
            if pattern[j : j + 1] == "]":
                j += 1
            while j < len(pattern) and pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            out.append(pattern[i : j + 1])
            i = j + 1
        else:
            out.append(pattern[i])
            i += 1
    return "".join(out)


def _starts_with_boundary(part: str) -> bool:
    """`\\b` opens the part, unquantified, and the part has no top-level `|` (it then binds every branch)."""
    return part.startswith("\\b") and part[2:3] not in ("?", "*", "+", "{") and len(_split(part)) == 1


def factor_boundaries(parts: Sequence[str]) -> str:
    """The alternation of `parts`, with a run of neighbours that all open with `\\b` testing it once.

    `\\bA`, `\\bB`, `C` -> `\\b(?:(?:A)|(?:B))|(?:C)`: the same language and the same branch tried first
    at every position (the order is kept), but a position inside a word fails once instead of once per cue.
    """
    out: list[str] = []
    run: list[str] = []
    for part in (*parts, None):
        if part is not None and _starts_with_boundary(part):
            run.append(part[2:])
            continue
        if len(run) > 1:
            out.append("\\b(?:" + "|".join(f"(?:{r})" for r in run) + ")")
        elif run:
            out.append(f"(?:\\b{run[0]})")
        run = []
        if part is not None:
            out.append(f"(?:{part})")
    return "|".join(out)
