"""Names completed from those found: a found person's first name used again, the rest of a list of found people."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence

from course.scanner.context import Doc, finding
from course.scanner.firstnames import NOT_FIRST_NAMES, STOP_WORDS, WORD_NAMES, is_first_name
from course.scanner.namecues import NOT_GIVEN, NOT_SURNAMES, given_like, surname_like
from course.scanner.result import Finding

_CAP = r"[A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]*(?:['’-][^\W\d_]+)*"
_PARTICLE = r"(?:(?:von|van) (?:der|den|de) |(?:von|van|de|zu|vom|ten|ter|da|di|du|le|la|del|della|dos|al) )?"
# One listed person: a given name and one or two surnames (a particle before the last, or after it as directories
# sort it: "Dussen van"), then what may follow in a list: a bracket, a dash or a separator.
_ITEM = re.compile(
    rf"(?P<w1>{_CAP})(?: (?P<w2>{_CAP}))?(?: {_PARTICLE}(?P<w3>{_CAP}))?(?: (?:van der|van den|von der|van|von|de))?"
    r"(?=[ \t]*(?:[,;(|\t]|[–—-][ \t]|$|\r?\n)|[ \t]+(?:und|and|&)[ \t])"
)
_FIRM_AFTER = re.compile(
    r"[ \t]*(?:&|\+|GmbH|gGmbH|AG|KG|KGaA|OHG|GbR|GesbR|OG|SE|UG|mbH|e\.[ \t]?[VK]\.|Inc|LLC|Ltd|PLC|Corp|Co|Cie|"
    r"Group|Gruppe|Holding|Partner|Partners|Söhne|Sons)(?![\w])"
)
_SEPARATOR = re.compile(r"[ \t]*(?:\([^()\n]{0,40}\))?[ \t]*(?:,|;|und|and|&)[ \t]*")
_BULLET = re.compile(r"[ \t>]*(?:[-*•·]|\d{1,3}[.)]|[a-z][.)])?[ \t]*")
_MAX_ITEMS = 30  # items read in one list: a long line of names stays linear
_MAX_LINES = 60  # lines read in one list of people, one per line
_MAX_LINE = 400  # a longer line is prose, not a list


def _words(m: re.Match[str]) -> list[str]:
    return [m.group(g) for g in ("w1", "w2", "w3") if m.group(g)]


def _listed_person(words: Sequence[str]) -> bool:
    """Two or three words that make a person's name in a list of people: the first may be a name that is also a
    word ("August Weitzel", "Mai Walter"), since the list says it is a person."""
    if len(words) < 2:
        return False
    first = words[0]
    if first in NOT_GIVEN or first in STOP_WORDS and first not in NOT_FIRST_NAMES or first.isupper():
        return False
    ok_first = is_first_name(first) or given_like(first) or first in NOT_FIRST_NAMES or first in WORD_NAMES
    return ok_first and all(surname_like(w) and w not in NOT_SURNAMES and not w[1:].isupper() for w in words[1:])


def _covered(starts: Sequence[int], names: Sequence[Finding], start: int, end: int) -> bool:
    """True when a found name (sorted by start, `starts` their starts) lies in or around start..end."""
    i = bisect_left(starts, end) - 1
    return i >= 0 and names[i].end > start


def _line_list(text: str, start: int) -> list[Finding] | None:
    """The people listed on one line from `start` ("A B, C D und E F"), or None when an item is no person."""
    items: list[Finding] = []
    pos = start
    for _ in range(_MAX_ITEMS):
        m = _ITEM.match(text, pos)
        if not m or not _listed_person(_words(m)) or _FIRM_AFTER.match(text, m.end()):
            return None
        items.append(finding("name", text, m.start(), m.end(), False))
        sep = _SEPARATOR.match(text, m.end())
        if not sep or sep.end() == m.end() or text[sep.end() : sep.end() + 1] in ("", "\n", "\r"):
            break
        pos = sep.end()
    return items


def _shape(text: str, line: int, m: re.Match[str]) -> tuple[str, str]:
    """A list line's layout: its bullet ("1." and "2." alike), and the first character after the person ("" at the
    line's end)."""
    bullet = text[line : m.start()].strip(" \t>")
    after = text[m.end() : m.end() + 3].lstrip(" \t")[:1]
    if bullet:  # a bulleted or numbered list: the bullets alike, whatever follows the person
        return "1" if bullet[:1].isdigit() else bullet, "*"
    return "", "" if after in ("", "\n", "\r") else after


def _lines_list(text: str, start: int) -> list[Finding]:
    """People one per line from the line at `start` on ("1. Erdal Dussen van (*15.11.1995)", "Ada Roth – 0171 ..."):
    the lines alike (the same bullet, the same separator after the person); plain lines of names only when there are
    three or more (a signature's name and firm are two)."""
    items: list[Finding] = []
    shape: tuple[str, str] | None = None
    pos = start
    for _ in range(_MAX_LINES):
        bullet = _BULLET.match(text, pos)
        m = _ITEM.match(text, bullet.end()) if bullet else None
        if not m or not _listed_person(_words(m)) or _FIRM_AFTER.match(text, m.end()):
            break
        here = _shape(text, pos, m)
        if shape is not None and here != shape:
            break
        shape = here
        items.append(finding("name", text, m.start(), m.end(), False))
        nxt = text.find("\n", m.end())
        if nxt < 0:
            break
        pos = nxt + 1
    if shape == ("", "") and len(items) < 3:
        return []
    return items


def _first_of_block(text: str, line: int, floor: int) -> int:
    """The first line of the run of list lines that holds `line` (going up while lines hold a person first), not
    above `floor`, where the list read before ends."""
    for _ in range(_MAX_LINES):
        if line <= floor:
            return line
        prev = text.rfind("\n", max(0, line - 1 - _MAX_LINE), line - 1) + 1
        if prev == 0 and line - 1 > _MAX_LINE:
            return line
        bullet = _BULLET.match(text, prev)
        m = _ITEM.match(text, bullet.end()) if bullet else None
        if not m or not _listed_person(_words(m)):
            return line
        line = prev
    return line


def completed_lists(doc: Doc, names: Sequence[Finding]) -> Iterator[Finding]:
    """The other people of a list that holds two found names, or one found and the list after a colon:
    "Birthdays this month: Abdul Joyce, Eleni Barton, Ananya Duncan", "1. Erdal Dussen van (*...)\\n2. Leonhard..."."""
    text, lines, read_to, colons = doc.text, -1, 0, set[int]()
    found = sorted((n for n in names if n.category == "name"), key=lambda n: n.start)
    starts = [n.start for n in found]
    for n in found:
        line = text.rfind("\n", max(0, n.start - _MAX_LINE), n.start) + 1
        if line == 0 and n.start > _MAX_LINE:
            continue  # a line longer than a list's: prose (and no look back over a 1 MB line)
        colon = (
            text.rfind(": ", line, n.start) if ", " in text[n.end : n.end + 3] or ", " in text[line : n.start] else -1
        )
        if colon >= 0 and colon not in colons:
            colons.add(colon)
            items = _line_list(text, colon + 2)
            if items and len(items) > 1 and any(_covered(starts, found, f.start, f.end) for f in items):
                yield from items
                continue
        if line <= lines or n.start < read_to or _BULLET.match(text, line).end() != n.start:  # type: ignore[union-attr]
            continue  # a list of people one per line: the person opens its line (after a bullet), not read already
        lines = line
        first = _first_of_block(text, line, read_to)
        items = _lines_list(text, first)
        if items:  # a long list is read once, not once per person in it (1 MB of list lines stays linear)
            read_to = text.find("\n", items[-1].end) + 1 or len(text)
        if len(items) > 1 and any(_covered(starts, found, f.start, f.end) for f in items):
            yield from items


_REPEATABLE = re.compile(rf"{_CAP}")


def repeated_names(doc: Doc, names: Sequence[Finding]) -> Iterator[Finding]:
    """A found person's first name used again alone in the same text: "Attendees: Stewart Ball, ...\\nAction:
    Stewart to email ..."; words that are names only beside a surname ("Mark") are left out."""
    firsts: set[str] = set()
    for n in names:
        if n.category != "name" or " " not in n.text:
            continue
        surname, comma, given = n.text.partition(", ")
        first = (given if comma else surname).split(" ", 1)[0]  # "Okonkwo, Chidera": the given name after the comma
        if (
            len(first) > 1
            and first not in WORD_NAMES
            and first not in NOT_FIRST_NAMES
            and first not in NOT_GIVEN
            and (is_first_name(first) or given_like(first))
        ):
            firsts.add(first)
    if not firsts:
        return
    found = sorted((n.start, n.end) for n in names if n.category == "name")
    starts = [s for s, _ in found]
    for start, end, word in doc.caps:
        if word in firsts:
            i = bisect_left(starts, end) - 1
            if i < 0 or found[i][1] <= start:  # not inside a found name: "Anna" of "Anna Weber" is found already
                yield finding("name", doc.text, start, end, False)
