"""Email addresses and phone numbers (phone numbers found and checked with `phonenumbers`)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from course.scanner.context import ID_CUES, closer_cue, compile_words, finding
from course.scanner.result import Finding

_LOCAL = re.compile(r"[\w.%+'-]{1,64}\Z")
_DOMAIN = re.compile(r"(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.){1,8}[^\W\d_]{2,24}(?![\w-])")
ROLE_LOCALS = frozenset(
    "info kontakt contact support service sales vertrieb buchhaltung billing accounting invoice invoices "
    "rechnung rechnungen orders order bestellung shop office hello hallo team noreply no-reply mail post "
    "presse press jobs karriere career careers hr bewerbung datenschutz privacy webmaster admin helpdesk "
    "it einkauf purchasing marketing newsletter zentrale empfang reception kundenservice customerservice "
    "hotline service-team mailbox postmaster abuse security".split()
)


def emails(text: str) -> Iterator[Finding]:
    """Addresses around each `@`; role mailboxes (info@, support@ ...) are weak findings."""
    pos = text.find("@")
    while pos != -1:
        left = _LOCAL.search(text, max(0, pos - 64), pos)
        right = _DOMAIN.match(text, pos + 1)
        if left and right:
            start = left.start()
            while start < pos and text[start] in ".'-":
                start += 1
            local = text[start:pos]
            if local and not local.endswith("."):
                yield finding("email", text, start, right.end(), local.lower() not in ROLE_LOCALS)
                pos = text.find("@", right.end())
                continue
        pos = text.find("@", pos + 1)


PHONE_CUES = compile_words(
    r"tel\.?|telefon\w*|fon|phone\w*|ph\.|mobil\w*|handy\w*|cell\w*|fax\w*|rufnummer\w*|telefonnummer\w*|"
    r"durchwahl|call\w*|ruf\w*|anruf\w*|zurückruf\w*|rückruf\w*|erreichbar\w*|reach\w*|text|sms|whatsapp|signal|"
    r"kontakt\w*|contact\w*|nummer|number|hotline|notfallkontakt|dial\w*|☎|📞"
)
_AFTER_CUES = compile_words(r"anrufen|angerufen|zurückrufen|erreichbar|call|calling")
_ANY_DIGIT = re.compile(r"\d")
_SHAPE = re.compile(
    r"(?<![\w+#/-])(?:\+|00)?(?:\(\s?\+?\d{1,5}\s?\)|\d)[\d \t()./-]{4,22}\d(?:\s?(?:x|ext\.?|Durchwahl|-)\s?\d{1,6})?(?![\w])"
)
_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}/\d{1,2}/\d{1,2}")
_THOUSANDS = re.compile(r"\d{1,3}(?:[.,]\d{3})+(?:,\d{1,2})?")
_PHONE_FORMAT = re.compile(r"^(?:\+|00|\(|0\d{2,5}[ /-]|\d{3}[ .-]\d{3}[ .-]\d{4})|\)")
_EXT = re.compile(r"\s?(?:x|ext\.?|Durchwahl)\s?\d{1,6}$")


@lru_cache(maxsize=1)
def _phonenumbers():  # -> module
    import phonenumbers

    return phonenumbers


def _digits(s: str) -> int:
    return sum(c.isdigit() for c in s)


def _plausible_shape(raw: str) -> bool:
    """Rule out dates, amounts and runs that are too short or long to be phone numbers."""
    core = _EXT.sub("", raw).strip()
    n = _digits(core)
    if n < 7 or n > 15:
        return False
    if _DATE.fullmatch(core) or _THOUSANDS.fullmatch(core):
        return False
    return True


def _cue(text: str, start: int, end: int) -> bool | None:
    verdict = closer_cue(PHONE_CUES, ID_CUES, text, start, 50)
    if verdict is None:
        if _AFTER_CUES.search(text[end:end + 25].split("\n", 1)[0]):
            return True
    return verdict


def _attached(text: str, start: int, end: int) -> bool:
    """True when the digits are glued to a word, an id prefix or a currency sign."""
    before = text[max(0, start - 2):start]
    after = text[end:end + 2]
    if before.endswith(("-", "#", "/", "$", "€", "£")) or (before[-1:].isalnum()):
        return True
    if after[:1] in ("%", "€", "$") or after.startswith((" %", " €", " $")) or after[:1].isalnum():
        return True
    return False


def _numbers(text: str) -> list[tuple[int, int, bool]]:
    """Candidate spans with `valid` from PhoneNumberMatcher (regions DE and US, leniency POSSIBLE)."""
    pn = _phonenumbers()
    spans: dict[tuple[int, int], bool] = {}
    for region in ("DE", "US"):
        for m in pn.PhoneNumberMatcher(text, region, leniency=pn.Leniency.POSSIBLE, max_tries=20000):
            valid = pn.is_valid_number(m.number)
            key = (m.start, m.end)
            spans[key] = spans.get(key, False) or valid
    return sorted((s, e, v) for (s, e), v in spans.items())


def phones(text: str) -> Iterator[Finding]:
    """Phone numbers: strong with a phone cue or in a phone's typical format, weak when only plausible."""
    if not _ANY_DIGIT.search(text):
        return
    taken: list[tuple[int, int]] = []
    for start, end, valid in _numbers(text):
        raw = text[start:end]
        if not _plausible_shape(raw) or _attached(text, start, end):
            continue
        cue = _cue(text, start, end)
        if cue is False:
            continue
        formatted = bool(_PHONE_FORMAT.search(raw))
        if cue or (valid and formatted):
            strong = True
        elif valid or formatted:
            strong = False
        else:
            continue
        taken.append((start, end))
        yield finding("phone", text, start, end, strong)
    for m in _SHAPE.finditer(text):
        start, end = m.span()
        if any(s < end and start < e for s, e in taken):
            continue
        if _plausible_shape(m.group()) and not _attached(text, start, end) and _cue(text, start, end):
            yield finding("phone", text, start, end, True)

