"""IBANs (checked with stdnum.iban) and payment card numbers (Luhn plus issuer prefix and length)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from course.scanner.context import (
    ID_CUES,
    Doc,
    closer_cue,
    compile_words,
    finding,
    free_before,
    has_cue,
)
from course.scanner.refcues import card_grouping, labels_directly
from course.scanner.result import Finding

_IBAN = re.compile(r"[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30}(?![A-Za-z0-9])")
_IBAN_START = re.compile(r"[A-Z]{2}(?=\d)")  # "DE89": where _IBAN can match
IBAN_LENGTHS = {
    "DE": 22,
    "AT": 20,
    "CH": 21,
    "LI": 21,
    "LU": 20,
    "GB": 22,
    "FR": 27,
    "NL": 18,
    "BE": 16,
    "IT": 27,
    "ES": 24,
    "PL": 28,
    "DK": 18,
    "SE": 24,
    "NO": 15,
    "FI": 18,
    "IE": 22,
    "PT": 25,
    "CZ": 24,
    "HU": 28,
}
_DIGITS_ONLY = frozenset(
    {"DE", "AT", "CH", "LI", "LU", "BE", "DK", "NO", "FI", "SE", "PL", "CZ", "HU", "ES", "FR", "IT", "PT"}
)


@lru_cache(maxsize=1)
def _iban_valid() -> Callable[[str], bool]:
    """stdnum's IBAN check, imported on first use (not before a text has an IBAN's start: the import is dear) and
    kept per value (a text being typed brings the same numbers to every scan)."""
    from stdnum import iban

    return lru_cache(maxsize=1024)(iban.is_valid)


@lru_cache(maxsize=1)
def _card_checks() -> tuple[Callable[[str], bool], Callable[[str], bool]]:
    """stdnum's Luhn and EAN checks, imported on first use and kept per value."""
    from stdnum import ean, luhn

    return lru_cache(maxsize=1024)(luhn.is_valid), lru_cache(maxsize=1024)(ean.is_valid)


def iban_starts(doc: Doc) -> list[int]:
    """Where `_IBAN_START` matches (two capitals A-Z before a digit), found from the digit blocks."""
    text = doc.text
    return [
        b.start - 2
        for b in doc.blocks
        if b.start >= 2 and "A" <= text[b.start - 1] <= "Z" and "A" <= text[b.start - 2] <= "Z"
    ]


def ibans(doc: Doc) -> Iterator[Finding]:
    """IBANs with a valid checksum (strong) or the right length for their country but a typo (weak)."""
    text = doc.text
    if not doc.blocks_with(8):
        return
    # an IBAN's check digits follow two capitals: only there can _IBAN match. A digit after a letter opens a digit
    # block, so the starts are read off the blocks (the same as `_IBAN_START.finditer`, without a pass over the text;
    # tests/test_scanner_stems.py compares the two)
    yield from _lower_ibans(doc)
    starts = iban_starts(doc)
    if not starts:
        return
    iban_valid = _iban_valid()
    pos, k = 0, 0
    while True:
        m = None
        while k < len(starts) and m is None:  # the first candidate from `pos` on where an IBAN starts
            if starts[k] >= pos:
                m = _IBAN.match(text, starts[k])
            k += 1
        if not m:
            return
        pos = m.start() + 1  # the greedy match may swallow the start of the next IBAN: search again from here
        if not free_before(text, m.start()):
            continue
        chars = [(i, c) for i, c in enumerate(m.group(), m.start()) if c != " "]
        want = IBAN_LENGTHS.get(m.group()[:2])
        lengths = [want] if want else range(min(len(chars), 34), 14, -1)
        for n in lengths:
            if n > len(chars):
                continue
            compact = "".join(c for _, c in chars[:n])
            end = chars[n - 1][0] + 1
            if iban_valid(compact):
                yield finding("iban", text, m.start(), end, True)
                pos = end
                break
            if want and (compact[4:].isdigit() or compact[:2] not in _DIGITS_ONLY):
                yield finding("iban", text, m.start(), end, False)  # right shape, wrong checksum
                pos = end
                break


def _lower_ibans(doc: Doc) -> Iterator[Finding]:
    """IBANs typed all in lower case ("de89370400440532013000"): only with a valid checksum and their country's
    length (the same letters and digits in capitals are _IBAN's)."""
    text = doc.text
    for b in doc.blocks_with(2):
        s = b.start - 2
        if s < 0 or not ("a" <= text[s] <= "z" and "a" <= text[s + 1] <= "z") or not free_before(text, s):
            continue
        want = IBAN_LENGTHS.get(text[s : s + 2].upper())
        m = _IBAN.match(text[s : s + 45].upper()) if want else None
        if not m or want is None:
            continue
        chars = [i for i, c in enumerate(m.group()) if c != " "]
        if len(chars) >= want and _iban_valid()(m.group().replace(" ", "")[:want]):
            yield finding("iban", text, s, s + chars[want - 1] + 1, True)


_CARD = re.compile(r"\d(?:[ -]?\d){11,18}(?![\w-])")
CARD_CUES = compile_words(
    r"\w*karte\w*|\w*card\w*|visa|mastercard|master card|amex|american express|diners|discover|jcb|"
    r"maestro|kk|cc|credit|debit\w*|charge\w*|belaste\w*|bezahl\w*|zahlung\w*|payment\w*|paid|pay"
    r"|zahl(?:e|t|st|en)|pays|paying"  # the verb: "zahlt die Tickets mit 5147 ...", "pays the fees with ..."
)
# A card's expiry month right after the number: "4263 ... (09/28)", ", exp. 11/27", "gültig bis 08/30".
_EXPIRY_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?:\(|(?:exp\w*|valid(?:[ \t]+(?:thru|through|until|to))?|gültig[ \t]+bis|ablauf\w*)\.?[ \t]*:?)"
    r"[ \t]*(?:0[1-9]|1[0-2])/(?:\d{2}|20\d{2})(?!\d)"
)
_ID_ONLY = compile_words(r"ean|gtin|isbn|tracking|sendung\w*|imei|serial|serien\w*")

# (prefix range low, high, lengths)
_IIN: tuple[tuple[int, int, tuple[int, ...]], ...] = (
    (4, 4, (13, 16, 19)),  # Visa
    (51, 55, (16,)),
    (2221, 2720, (16,)),  # Mastercard
    (34, 34, (15,)),
    (37, 37, (15,)),  # American Express
    (6011, 6011, (16, 19)),
    (644, 649, (16, 19)),
    (65, 65, (16, 19)),  # Discover
    (300, 305, (14, 16, 19)),
    (36, 36, (14, 16, 19)),
    (38, 39, (14, 16, 19)),  # Diners
    (3528, 3589, (16, 17, 18, 19)),
    (1800, 1800, (15,)),
    (2131, 2131, (15,)),  # JCB
    (62, 62, (16, 17, 18, 19)),
    (2200, 2204, (16, 17, 18, 19)),  # UnionPay, Mir
    (5018, 5018, tuple(range(12, 20))),
    (5020, 5020, tuple(range(12, 20))),
    (5038, 5038, tuple(range(12, 20))),
    (56, 58, tuple(range(12, 20))),
    (6304, 6304, tuple(range(12, 20))),
    (6759, 6759, tuple(range(12, 20))),
    (6761, 6763, tuple(range(12, 20))),
    (6390, 6390, tuple(range(12, 20))),
)


def card_issuer_ok(digits: str) -> bool:
    """True when the number's prefix and length belong to a known card network."""
    if digits.startswith("0"):
        return digits.startswith("0604") and 12 <= len(digits) <= 19  # Maestro
    for low, high, lengths in _IIN:
        if len(digits) in lengths and low <= int(digits[: len(str(low))]) <= high:
            return True
    return False


def cards(doc: Doc) -> Iterator[Finding]:
    """Payment card numbers: Luhn-valid with a known issuer prefix and length (any issuer after a card cue)."""
    text = doc.text
    luhn_valid, ean_valid = _card_checks()
    for m in (m for b in doc.blocks_with(12) for m in _CARD.finditer(text, b.start, b.end)):
        if not free_before(text, m.start(), "-+"):  # "+44 113 3341 8320" is a phone number
            continue
        raw = m.group()
        digits = re.sub(r"\D", "", raw)
        if not luhn_valid(digits):
            continue
        if not card_grouping(raw):
            continue  # "850-9130340-9928230": grouped as no card is printed
        cue = closer_cue(CARD_CUES, ID_CUES, doc.lower, m.start(), 45)
        if (
            cue is False
            and has_cue(CARD_CUES, doc.lower, m.start(), 45)
            and not labels_directly(ID_CUES, doc.lower, m.start())
        ):
            cue = True  # "my card for order, number 5289 ...": the order word labels no number here
        if not cue and _EXPIRY_AFTER.match(doc.lower, m.end()):
            cue = True  # an expiry month after it: a card, whatever id word stands before
        if cue is False or has_cue(_ID_ONLY, doc.lower, m.start(), 30):
            continue
        if not (card_issuer_ok(digits) or cue and 12 <= len(digits) <= 19):
            continue
        plain = raw.isdigit()
        if not cue and plain and (len(digits) == 13 and ean_valid(digits) or len(digits) < 15):
            continue
        yield finding("credit-card", text, m.start(), m.end(), True)
