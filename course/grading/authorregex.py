"""Author regexes on RE2 (google-re2): linear time whatever the pattern, with the reason when one is not supported."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

MAX_PATTERN = 1_000
REGEX_LIMIT = 200_000
"""Regex checks look at most at this many characters of a prompt (RE2 runs in linear time)."""

# Python's \w, \W and \s know every script; RE2's only ASCII. Rewritten so that "Ärger" is a word.
_WORD = r"\p{L}\p{N}_"
_SPACE = r"\s\x{0B}\x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}"
_OUTSIDE = {"w": f"[{_WORD}]", "W": f"[^{_WORD}]", "s": f"[{_SPACE}]", "S": f"[^{_SPACE}]", "Z": r"\z"}
_INSIDE = {"w": _WORD, "s": _SPACE}
_UNSUPPORTED = (
    ("(?<=", "lookbehind (?<=...) is not supported"),
    ("(?<!", "negative lookbehind (?<!...) is not supported"),
    ("(?=", "lookahead (?=...) is not supported"),
    ("(?!", "negative lookahead (?!...) is not supported"),
    ("(?P=", "backreferences such as (?P=name) are not supported"),
    ("(?>", "atomic groups (?>...) are not supported"),
)
_SURROGATES = re.compile("[\ud800-\udfff]")
_WHY = (
    "regex checks run on RE2, which never takes long but has no lookaround or backreferences; "
    "rewrite the pattern, or use icontains-any / icontains-all"
)


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


def _reason(pattern: str, message: str) -> str:
    for marker, text in _UNSUPPORTED:
        if marker in pattern:
            return f"{text}: {_WHY}"
    if "invalid escape sequence: \\" in message and message.rstrip()[-1:].isdigit():
        return f"backreferences such as \\1 are not supported: {_WHY}"
    return f"not a valid regular expression (RE2: {message})"


@lru_cache(maxsize=512)
def _compile(pattern: str) -> tuple[Any, str | None]:
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


def regex_problem(value: Any) -> str | None:
    """Why an author's regex cannot run (not text, too long, not supported by RE2, invalid), or None."""
    if not isinstance(value, str) or not value:
        return "the pattern must be non-empty text"
    if len(value) > MAX_PATTERN:
        return f"the pattern is longer than {MAX_PATTERN} characters"
    return _compile(value)[1]


def regex_warning(value: Any) -> str | None:
    """A pattern that runs but may not do what the author means: \\b next to ä, ö, ü, ß and the like."""
    if not isinstance(value, str):
        return None
    for i in range(len(value) - 1):
        if value[i : i + 2] == "\\b":
            around = value[i - 1 : i] + value[i + 2 : i + 3]
            if any(ord(ch) > 127 and ch.isalpha() for ch in around):
                return (
                    "\\b counts only ASCII letters as word characters on RE2, so it does not match next to "
                    "ä, ö, ü or ß; use (?:^|[^\\p{L}]) or drop the \\b"
                )
    return None


def search(pattern: str, text: str) -> Any:
    """The first match (with start() and end()) within the first REGEX_LIMIT characters, or None."""
    rx, problem = _compile(pattern)
    if rx is None:
        raise ValueError(problem)
    text = text[:REGEX_LIMIT]
    if not text.isascii():  # RE2 reads UTF-8: a lone surrogate becomes U+FFFD (same length, same offsets)
        text = _SURROGATES.sub("\ufffd", text)
    return rx.search(text)
