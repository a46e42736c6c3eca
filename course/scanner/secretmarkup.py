"""Secrets in two forms of their own: a value wrapped in inline markup, a code on a line about a door or key safe."""

from __future__ import annotations

import re
from collections.abc import Iterator

from course.scanner.context import Doc, finding, free_before, positions
from course.scanner.result import Finding

# An inline tag that wraps a value in an HTML mail or page: "Ihr Kennwort lautet: <b>Xy7!...</b>".
_INLINE_TAG = re.compile(r"<(?:b|strong|code|em|i|u|tt|kbd|mark|samp|span)>")


def unwrap(text: str, start: int, end: int) -> tuple[int, int]:
    """The value inside an inline tag at `start` ("<b>value</b>..."): its start and end; else (start, end)."""
    tag = _INLINE_TAG.match(text, start, end)
    if not tag:
        return start, end
    close = text.find("<", tag.end(), end)
    return tag.end(), close if close != -1 else end


# A door, gate, key safe or strongbox named earlier on the line, then "Code", "PIN" or "combo" with the digits:
# "Schlüsseltresor Frau X: Code 4821", "Key safe at the back door – code 90731", "keysafe code is 2846".
_PLACE = r"(?:schlüssel\w*|key[ -]?(?:safe|box)|keysafe|lock[ -]?box|tresor\w*|door\w*|tür\w*|gate|tor)"
_PLACE_BEFORE = re.compile(rf"(?<![^\W\d_]){_PLACE}(?![^\W\d_])")
_CODE_VALUE = re.compile(
    r"(?:code|pin|combo|combination|kombination)(?:[ \t]+(?:is|ist|lautet))?[ \t]*[:=]?[ \t]*"
    r"(?P<v>\d{4,8})(?![\d.,/-]?\d)"
)
_CODE_WORDS = ("code", "pin", "combo", "combination", "kombination")
# Or the code named first, what it opens (and from when) after it, then ":" and the digits: "Door code for the
# side entrance from next week: 2468", "Code vom Schlüsselkasten an der Garage: 1408".
_DOOR_BEFORE = re.compile(r"(?<![^\W\d_])(?:door|gate|tür|tor|tresor|safe)[ -]?$")
_CODE_LATER = re.compile(r"code[^\n:]{1,50}:[ \t]*(?P<v>\d{4,8})(?![\d.,/-]?\d)")


def place_codes(doc: Doc) -> Iterator[Finding]:
    """Digit codes after "Code"/"PIN" on a line that names a door, gate, key safe or strongbox around them."""
    lower = doc.lower
    if not doc.blocks_with(4):
        return  # every code here has 4 to 8 digits
    for i in sorted({i for word in _CODE_WORDS for i in positions(lower, word)}):
        line = max(lower.rfind("\n", 0, i) + 1, i - 50)
        m = _CODE_VALUE.match(lower, i) if free_before(lower, i) else None
        if m and _PLACE_BEFORE.search(lower, line, i):
            yield finding("secret", doc.text, m.start("v"), m.end("v"), True)
        elif lower.startswith("code", i):
            later = _CODE_LATER.match(lower, i)
            if later and (
                _DOOR_BEFORE.search(lower, max(line, i - 8), i)
                or free_before(lower, i)
                and _PLACE_BEFORE.search(lower, i + 4, later.start("v"))
            ):
                yield finding("secret", doc.text, later.start("v"), later.end("v"), True)
