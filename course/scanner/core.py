"""scan(): run every detector and keep one finding per stretch of text (strongest, most specific first)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from functools import lru_cache

from course.scanner.contact import emails, phones
from course.scanner.context import Doc
from course.scanner.dates import birth_dates
from course.scanner.health import health
from course.scanner.ids import national_ids
from course.scanner.money import cards, ibans
from course.scanner.names import people
from course.scanner.normalize import Normalized, normalize
from course.scanner.places import addresses
from course.scanner.result import Finding, ScanResult
from course.scanner.secretforms import more_secrets
from course.scanner.secrets import secrets

PRIORITY = {
    "secret": 0,
    "iban": 1,
    "credit-card": 2,
    "tax-id": 3,
    "email": 4,
    "phone": 5,
    "date-of-birth": 6,
    "address": 7,
    "name": 8,
    "health": 9,
}


def resolve(candidates: Iterable[Finding]) -> tuple[Finding, ...]:
    """Drop findings that overlap a stronger, more specific or longer one; return the rest in text order."""
    order = sorted(candidates, key=lambda f: (not f.strong, PRIORITY[f.category], f.start - f.end, f.start))
    starts: list[int] = []
    kept: list[Finding] = []
    for f in order:
        if f.end <= f.start:
            continue
        i = bisect_left(starts, f.start)
        if i > 0 and kept[i - 1].end > f.start:
            continue
        if i < len(kept) and kept[i].start < f.end:
            continue
        starts.insert(i, f.start)
        kept.insert(i, f)
    return tuple(kept)


def _original(norm: Normalized, text: str, findings: tuple[Finding, ...]) -> tuple[Finding, ...]:
    """Findings on the normalised text moved back to offsets (and text) of the original input."""
    if norm.starts is None:
        return findings
    out: list[Finding] = []
    for f in findings:
        start, end = norm.span(f.start, f.end)
        if out and start < out[-1].end:  # two findings inside one expanded character (NFKC "ﬁ" -> "fi")
            continue
        out.append(Finding(f.category, start, end, text[start:end], f.strong))
    return tuple(out)


def scan(text: str, names: Sequence[str] = ()) -> ScanResult:
    """Find personal data and secrets in `text`; `names` are extra personal names (e.g. from exercise material).

    The detectors see a normalised copy (NFKC, zero-width and other format characters removed, odd
    spaces as spaces), so "DE89\u00a03704 ..." or "max\u200b@firma.de" are found; offsets and texts of
    the findings are those of the original input. The last few results are kept: the workbench's
    grade (whose no-personal-data check scans) and its privacy light scan the same text once.
    """
    if not isinstance(text, str):
        raise TypeError("scan() needs a str")
    plain = str.__str__  # an exact str of a str subclass (whatever its own __str__, __eq__ or __hash__ say)
    return _scan(plain(text), tuple(plain(n) for n in names if isinstance(n, str) and n.strip()))


def forget() -> None:
    """Drop the kept results: for tools that swap the scanner's word lists between scans of one text."""
    _scan.cache_clear()


@lru_cache(maxsize=8)
def _scan(text: str, names: tuple[str, ...]) -> ScanResult:
    """scan() of a plain str with its names cleaned; the result is immutable, so it may be shared."""
    norm = normalize(text)
    if not norm.text.strip():
        return ScanResult("green", ())
    doc = Doc.of(norm.text)
    found: list[Finding] = []
    for detector in (secrets, more_secrets, ibans, cards, national_ids, emails, phones, birth_dates, addresses):
        found.extend(detector(doc))
    found.extend(people(doc, names, found))
    found.extend(health(doc, found))
    return ScanResult.of(_original(norm, text, resolve(found)))
