"""The one cleaner for text that reaches a terminal and the one defuser for spreadsheet (CSV) cells."""

from __future__ import annotations

import re
from typing import Any

# Whole escape sequences go: CSI (ESC [ or 0x9b), OSC (ESC ] or 0x9d, up to BEL or ST), DCS/SOS/PM/APC
# (ESC P X ^ _ up to ST), and two-character escapes. Each scan stops at the next ESC: linear time.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"
    r"|\x1b\][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[PX^_][^\x1b\x9c]*(?:\x1b\\|\x9c)?"
    r"|\x1b[ -~]?"
    r"|\x9b[0-?]*[ -/]*[@-~]?"
    r"|[\x90\x98\x9d\x9e\x9f][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
)
# Invisible format characters (soft hyphen, zero-width, bidi overrides and isolates, BOM) are dropped;
# control characters (C0, DEL, C1) and line/paragraph separators become a space.
_FORMAT = "\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
_INVISIBLE = "\x7f-\x9f\u2028\u2029" + _FORMAT
_FORMAT_RE = re.compile(f"[{_FORMAT}]+")
_CONTROL_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
_CONTROL_BLOCK = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]+")
_CSV_FORMULA = ("=", "+", "-", "@", "\t", "\r")
_JSON_UNSAFE = re.compile(f"[{_INVISIBLE}]")


def terminal(text: Any, *, multiline: bool = False) -> str:
    """`text` safe to print: escape sequences removed, other control characters made spaces.

    One line (the default) also turns newlines and tabs into spaces and trims the ends;
    `multiline` keeps newlines and tabs (a CR becomes a newline, so nothing can overwrite a line).
    """
    text = "" if text is None else str(text)
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _FORMAT_RE.sub("", _ESCAPES.sub("", text))
    if multiline:
        return _CONTROL_BLOCK.sub(" ", text)
    return _CONTROL_LINE.sub(" ", text).strip()


def csv_cell(value: Any) -> str:
    """A spreadsheet cell: cleaned to one line, and a leading formula character (= + - @ ...) defused with '."""
    text = terminal(value)
    return "'" + text if text.startswith(_CSV_FORMULA) else text


def json_for_terminal(text: str) -> str:
    """Serialised JSON with the characters JSON leaves raw but terminals obey (C1, bidi) \\u-escaped."""
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
