"""Author regexes on RE2 (google-re2): linear time whatever the pattern, with the reason when one is not supported."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from course.i18n import Message, msg

MAX_PATTERN = 1_000
REGEX_LIMIT = 200_000
"""Regex checks look at most at this many characters of a prompt (RE2 runs in linear time)."""

# Python's \w, \W and \s know every script; RE2's only ASCII. Rewritten so that "Ärger" is a word.
_WORD = r"\p{L}\p{N}_"
_SPACE = r"\s\x{0B}\x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}"
_OUTSIDE = {"w": f"[{_WORD}]", "W": f"[^{_WORD}]", "s": f"[{_SPACE}]", "S": f"[^{_SPACE}]", "Z": r"\z"}
_INSIDE = {"w": _WORD, "s": _SPACE}
_UNSUPPORTED = (  # (marker, message key)
    ("(?<=", "lint.re.lookbehind"),
    ("(?<!", "lint.re.negative_lookbehind"),
    ("(?=", "lint.re.lookahead"),
    ("(?!", "lint.re.negative_lookahead"),
    ("(?P=", "lint.re.named_backreference"),
    ("(?>", "lint.re.atomic"),
)
_SURROGATES = re.compile("[\ud800-\udfff]")


def translate(pattern: str) -> str:
    """The pattern with Python's Unicode \\w, \\W, \\s, \\S and \\Z written out for RE2."""
    out: list[str] = []
    i, in_class = 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and i + 1 < len(pattern):
            nxt = pattern[i + 1]
            table = _INSIDE if in_class else _OUTSIDE
            out.append(table.get(nxt, c + nxt))
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
            out.append(c)
            i += 1
            for lead in ("^", "]"):
                if pattern[i : i + 1] == lead:
                    out.append(lead)
                    i += 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


def _reason(pattern: str, message: str) -> Message:
    for marker, key in _UNSUPPORTED:
        if marker in pattern:
            return msg("lint.re.unsupported", what=msg(key), why=msg("lint.re.why"))
    if "invalid escape sequence: \\" in message and message.rstrip()[-1:].isdigit():
        return msg("lint.re.unsupported", what=msg("lint.re.backreference"), why=msg("lint.re.why"))
    return msg("lint.re.invalid", detail=message)


@lru_cache(maxsize=512)
def _compile(pattern: str) -> tuple[Any, Message | None]:
    import re2  # type: ignore[import-untyped]

    options = re2.Options()
    options.log_errors = False
    options.max_mem = 32 << 20
    try:
        return re2.compile(translate(pattern), options), None
    except Exception as exc:  # noqa: BLE001 - re2.error and its C++ messages
        detail = exc.args[0] if exc.args else exc
        message = detail.decode("utf-8", "replace") if isinstance(detail, bytes) else str(detail)
        return None, _reason(pattern, message)


def regex_problem(value: Any) -> Message | None:
    """Why an author's regex cannot run (not text, too long, not supported by RE2, invalid), or None."""
    if not isinstance(value, str) or not value:
        return msg("lint.re.empty")
    if len(value) > MAX_PATTERN:
        return msg("lint.re.long", n=MAX_PATTERN)
    return _compile(value)[1]


def regex_warning(value: Any) -> Message | None:
    """A pattern that runs but may not do what the author means: \\b next to ä, ö, ü, ß and the like."""
    if not isinstance(value, str):
        return None
    for i in range(len(value) - 1):
        if value[i : i + 2] == "\\b":
            around = value[i - 1 : i] + value[i + 2 : i + 3]
            if any(ord(ch) > 127 and ch.isalpha() for ch in around):
                return msg("lint.re.ascii_boundary")
    return None


def search(pattern: str, text: str) -> Any:
    """The first match (with start() and end()) within the first REGEX_LIMIT characters, or None."""
    rx, problem = _compile(pattern)
    if rx is None:
        raise ValueError(str(problem))
    text = text[:REGEX_LIMIT]
    if not text.isascii():  # RE2 reads UTF-8: a lone surrogate becomes U+FFFD (same length, same offsets)
        text = _SURROGATES.sub("\ufffd", text)
    return rx.search(text)
