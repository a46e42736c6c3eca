"""Names beside the identifiers they belong to: "Levi Steinlechner, Tel. ...", "SSN ... (Jessica Burns)", a
recipient line above an address."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from course.scanner.context import Doc, finding
from course.scanner.firstnames import is_first_name
from course.scanner.namecues import _CAP, _PAIR_AT, _PAIR_BEFORE, _PARTICLE, _person, given_like, person_words
from course.scanner.result import Finding

# What may stand between a name and its identifier: "Levi Steinlechner, Tel. ", "Jessica Davies's NHS number (",
# "Ruben Pucher: IBAN ", "Danielle Hall is ", "Larry Smith at home on ". No digits, no sentence end.
_BETWEEN = re.compile(
    r"(?:['’]s)?[ \t]*[,:(<–—-]?[ \t]*\*?[ \t]*(?:[^\W\d_][^\n\d!?;]{0,34})?$"
)  # also "Name – +43 ..."
# An identifier's holder after it: " (Jessica Burns)", " für Juliette Bär.", " to the personnel file of Wanda Cannon.".
_HOLDER_AFTER = re.compile(
    rf"[ \t]*(?:\(|\)?[ \t]*\(|[,;]?[ \t]*(?:[^\W\d_]+[ \t]+){{1,6}}?)[ \t]*"
    rf"(?P<w1>{_CAP})(?: (?P<w2>{_CAP}))? {_PARTICLE}(?P<last>{_CAP})(?![\w'’-])(?=[ \t]*(?:[.,;:!?)\n]|$))"
)
_CAP_END = re.compile(rf"{_CAP}(?![\w'’-])")
_FIRM_FORM = re.compile(
    r"[ \t]*(?:&|GmbH|gGmbH|AG|KG|KGaA|OHG|SE|UG|mbH|e\.[ \t]?[VK]\.|Inc|LLC|Ltd|PLC|Corp|Co|Group|"
    r"Gruppe|Holding)(?![\w])"
)
_SENTENCE_BREAK = re.compile(r"[^\W\d_]{5,}\.(?:\s|$)|[!?]")

_IDENTIFIERS = frozenset({"email", "phone", "iban", "credit-card", "tax-id", "address", "date-of-birth"})


def _before(doc: Doc, f: Finding) -> Finding | None:
    """A name shortly before an identifier on the same line: "Levi Steinlechner, Tel. +43 ..."."""
    line_start = doc.text.rfind("\n", max(0, f.start - 80), f.start) + 1  # bounded: 1 MB on one line stays linear
    window = doc.text[max(line_start, f.start - 80) : f.start]
    base = f.start - len(window)
    digit = next((i for i in range(len(window) - 1, max(-1, len(window) - 40), -1) if window[i].isdigit()), -1)
    for m in reversed(list(_CAP_END.finditer(window, digit + 1))):  # the nearest name first, after any digit
        tail = window[m.end() :]
        if len(tail) > 36:
            break
        if _FIRM_FORM.match(tail):
            break  # "Muster Bau GmbH, E-Mail: ...": a firm
        if not _BETWEEN.fullmatch(tail) or _SENTENCE_BREAK.search(tail):
            continue
        head = _PAIR_BEFORE.search(window, 0, m.end())
        if not head:
            continue
        drop, ok = _person(person_words(head))
        if ok:
            start = base + (head.start("w2") if drop else head.start())
            return finding("name", doc.text, start, base + m.end(), False)
    return None


# The holder of an identifier named by a given name alone after it: "... – das ist die AHV-Nummer von Mario, bitte
# ...", "... is the NI number of Kiri.".
_GIVEN_HOLDER = re.compile(
    rf"[^\n!?]{{0,50}}?(?<![\w])(?:von|of|für|for|gehört|belongs to)[ \t]+(?P<w>{_CAP})(?=[ \t]*(?:[,.;:!?)\n]|$))"
)


def _given_after(doc: Doc, f: Finding) -> Finding | None:
    m = _GIVEN_HOLDER.match(doc.text, f.end)
    if not m or _SENTENCE_BREAK.search(doc.text, f.end, m.start("w")):
        return None
    w = m.group("w")
    if len(w) <= 4 and doc.text[m.end("w") : m.end("w") + 1] == ".":
        return None  # "for Apr. 14": an abbreviation
    if is_first_name(w) or given_like(w) and not _FIRM_FORM.match(doc.text, m.end("w")):
        return finding("name", doc.text, m.start("w"), m.end("w"), False)
    return None


def _after(doc: Doc, f: Finding) -> Finding | None:
    """A name shortly after an identifier: "SSN: 501-62-2792 (Jessica Burns)", "... to the personnel file of
    Wanda Cannon.", "... 756.3350 für Juliette Bär."."""
    m = _HOLDER_AFTER.match(doc.text, f.end)
    if not m or "\n" in doc.text[f.end : m.start("w1")] or _SENTENCE_BREAK.search(doc.text, f.end, m.start("w1")):
        return None
    drop, ok = _person(person_words(m))
    if not ok or drop:
        return None
    return finding("name", doc.text, m.start("w1"), m.end(), False)


def _line_start(text: str, i: int, limit: int = 80) -> int:
    """Start of the line that holds index `i`, or -1 when it starts more than `limit` characters earlier."""
    j = text.rfind("\n", max(0, i - limit), i)
    return j + 1 if j >= 0 else (0 if i <= limit else -1)


_SHORT_LABEL = re.compile(r"[ \t]*[^\W\d_][^\W\d_ .-]*(?:[ .-]{1,2}[^\W\d_]+){0,2}\.?:?[ \t]*")  # "DOB: ", "Tel. "


def _recipient(doc: Doc, f: Finding) -> Finding | None:
    """The line above an address that holds only a name: "Lieferanschrift:\\nOlga Weller\\nSäuberlichring 5"; or
    above a line that starts with another identifier, maybe after its label: "CV\\nAda Roth\\nDOB: 2/3/1990"."""
    text = doc.text
    line_start = _line_start(text, f.start, 24 if f.category != "address" else 80)
    head = text[line_start : f.start] if line_start >= 0 else "x"
    labelled = f.category != "address" and _SHORT_LABEL.fullmatch(head) is not None
    if f.category != "address" and not labelled and head.strip(" \t"):
        return None
    if head.strip(" \t") and not head.lstrip().lower().startswith("c/o") and not labelled:
        return None
    for _ in range(2):  # the line above, or the one above a "c/o" line
        if line_start <= 0:
            return None
        prev_start = _line_start(text, line_start - 1)
        if prev_start < 0:
            return None
        line = text[prev_start : line_start - 1]
        m = _PAIR_AT.match(line.strip(" \t,"))
        if m and m.end() == len(line.strip(" \t,")):
            drop, ok = _person(person_words(m))
            if ok and not drop:
                offset = prev_start + len(line) - len(line.lstrip(" \t"))
                return finding("name", text, offset + m.start(), offset + m.end(), False)
            return None
        if not line.lstrip().lower().startswith("c/o"):
            return None
        line_start = prev_start
    return None


def beside_identifiers(doc: Doc, found: Iterable[Finding]) -> Iterator[Finding]:
    """Names next to the personal identifiers found in the text (only texts with personal data get these)."""
    for f in found:
        starred = f.category == "date-of-birth" and doc.text[max(0, f.start - 1) : f.start] == "*"  # "(*12.03.1981)"
        if f.category not in _IDENTIFIERS or not f.strong and f.category != "address" and not starred:
            continue
        recipient = _recipient(doc, f)
        for got in (_before(doc, f), _after(doc, f) or _given_after(doc, f), recipient):
            if got:
                yield got
