"""Material fenced off in a prompt: the delimiters and placeholders checks, and the view with that material blanked."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from course.grading.cuematch import Span, cached_pattern, earliest, first_match

_TAG = r"<([^\W\d][\w\- ]{0,30})>"
_QUOTE = r'(?:(?<=[\s(:\[])|^)"(?=\S)[^"]{40,}?(?<=\S)"'
"""A quotation of 40+ characters: opens after a space, closes after text (so „Hub 2“ … „Montag“ is no pair)."""
_FENCES = r'```[\s\S]*?```|"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|~~~[\s\S]*?~~~|<<<[\s\S]*?>>>|' + _QUOTE
_MARKERS = r"^[ \t]*###|^[ ]*(?:-{3,}|={3,})[ ]*$"
"""Fence lines: '###' at the start of a line (not '### ' mentioned inside a sentence), '---', '==='."""
_NOT_NEWLINE = re.compile(r"[^\n]")
MATERIAL_BLIND = ("delimiters", "placeholders")
"""Checks that look inside fenced material too; the others see it blanked out."""


def delimiters(view: str) -> Span | None:
    """Material fenced off by ```, \"\"\", ###, <tag>...</tag>, --- lines or a long quotation."""
    spans: list[Span | None] = []
    for fence in ("```", '"""', "'''", "###", "<<<", "~~~"):
        i = view.find(fence)
        if i >= 0 and (fence == "###" or view.find(fence, i + 3) >= 0 or fence == "<<<"):
            spans.append((i, i + 3))
    spans.append(first_match(cached_pattern(r"^[ ]*(?:-{3,}|={3,}|\*{3,}|_{3,})[ ]*$"), view))
    spans.append(first_match(cached_pattern(_QUOTE), view))
    lower = view.lower()
    for count, m in enumerate(cached_pattern(_TAG).finditer(view)):
        if count >= 30:
            break
        name = m.group(1).strip().lower()
        if f"</{name}>" in lower[m.end() :] or f"[/{name}]" in lower[m.end() :]:
            spans.append((m.start(), m.end()))
            break
    tag = cached_pattern(r"\[([^\W\d]\w{1,20})\][^\n]?").search(view)
    if tag and f"[/{tag.group(1).lower()}]" in lower[tag.end() :]:
        spans.append((tag.start(), tag.start() + len(tag.group(1)) + 2))
    return earliest(spans)


def placeholders(view: str) -> Span | None:
    """Template variables: {{name}}, {text}, [KUNDE], <Name>, $VAR, %VAR%, XXX, ___."""
    lower = view.lower()
    spans: list[Span | None] = [
        first_match(cached_pattern(r"\{\{\s*[^{}\n]{1,40}?\s*\}\}"), view),
        first_match(cached_pattern(r"(?<!\{)\{[^\W\d][^{}\n\":]{0,40}\}(?!\})"), view),
        first_match(
            cached_pattern(r"\[[^\W\d][^\[\]\n\"]{1,40}\](?![(:])"),
            view,
            lambda m: f"[/{m.group(0)[1:]}".lower() not in lower,
        ),
    ]
    if any(mark in view for mark in ("$", "%", "XX", "XY", "NN", "___")):
        spans.append(
            first_match(
                cached_pattern(
                    r"(?-i:\$[A-Z][A-Z_]{1,30}\b|%[A-Za-z_]{2,30}%|\bX{3,}\b|\bXY\b|\bNN\b|_{3,}(?!\s*$))", re.MULTILINE
                ),
                view,
            )
        )
    for count, m in enumerate(cached_pattern(_TAG).finditer(view)):
        if count >= 30:
            break
        if f"</{m.group(1).strip().lower()}>" not in lower[m.end() :]:
            spans.append((m.start(), m.end()))
            break
    return earliest(spans)


@lru_cache(maxsize=64)
def masked(view: str) -> str:
    """`view` with fenced material (quotes, ``` ```, ### ### ..., <tag></tag>) blanked, same length.

    Material is the learner's data, not instructions: 'we are hiring' inside the
    quoted job ad is no context. Left as is when little text remains outside.
    """
    spans: list[tuple[int, int]] = []
    for count, m in enumerate(cached_pattern(_FENCES).finditer(view)):
        if count >= 50:
            break
        spans.append(
            (
                m.start() + 3 if m.group(0)[0] != '"' or m.group(0).startswith('"""') else m.start() + 1,
                m.end() - (1 if m.group(0)[-2:] != '""' and m.group(0)[0] == '"' else 3),
            )
        )
    markers = list(islice(cached_pattern(_MARKERS).finditer(view), 50))
    spans.extend((a.end(), b.start()) for a, b in zip(markers[::2], markers[1::2], strict=False))
    lower = view.lower()
    for count, m in enumerate(cached_pattern(_TAG).finditer(view)):
        if count >= 30:
            break
        name = m.group(1).strip().lower()
        close = lower.find(f"</{name}>", m.end())
        if close >= 0:
            start = lower.rfind(f"<{name}>", m.start(), close)
            spans.append((start + len(name) + 2, close))
    if not spans:
        return view
    pieces, cursor = [], 0
    for start, end in sorted(spans):
        start = max(start, cursor)
        if end <= start:
            continue
        pieces.append(view[cursor:start])
        pieces.append(_NOT_NEWLINE.sub(" ", view[start:end]))
        cursor = end
    pieces.append(view[cursor:])
    blanked = "".join(pieces)
    return blanked if len(blanked.split()) >= 3 else view
