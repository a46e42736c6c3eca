"""Tax-id category: DE Steuer-ID, Steuernummer, SV-Nr.; AT VNR, St.-Nr.; CH AHV; UK NINO, UTR, NHS; US SSN, ITIN."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import NamedTuple

from course.scanner.context import (
    ID_CUES,
    Block,
    Doc,
    closer_cue,
    compile_words,
    finding,
    free_before,
    window_before,
)
from course.scanner.labels import code_words, typo_label
from course.scanner.replies import answered
from course.scanner.result import Finding

TAX_CUES = compile_words(
    r"steuer-?id\w*|steuer-?idnr\.?|identifikationsnummer|steuer-?identifikationsnummer|idnr\.?|steuernummer|"
    r"st\.-?nr\.?|stnr\.?|steuer-?nr\.?|tin|tax[ -]?id\w*|tax identification number|taxpayer identification number|"
    r"sozialversicherungs\w*|rentenversicherungs\w*|sv[- ]?nummer|sv[- ]?nr\.?|versicherungsnummer|rvnr|ssn|"
    r"social security\w*|soc\. ?sec\.?|itin|nino|national insurance\w*|ahv\w*|avs|svnr|sozialversicherung|"
    r"payroll|lohnabrechnung|lohnsteuer\w*|finanzamt|w-2|w-4|w-9|1099|"
    r"(?:lohn|gehalts?|entgelt)(?:abrechnung|buchhaltung|büro)\w*|"  # the payroll office's words
    r"vnr|vsnr|svnr|versicherungsnr\.?|sv-?nummer|abgabenkonto\w*|utr|unique taxpayer reference|"
    r"(?:hmrc |self[- ]assessment )?tax reference|nhs(?: number| no\.?| nr\.?)?|ni number|ni no\.?|national insurance|"
    r"ss ?#|ss ?no\.?|ss ?number|(?:my|your|his|her|their) social(?! media| club| event)|"
    r"taxpayer (?:id\w*|number|no\.?)|e-card(?:[ -]?(?:nummer|nr\.?|number))?"
    r"|social(?=[\"']?[ \t]*[:=])"  # a key in JSON, YAML or a form: "social": "639910063"
    r"|social(?=[ \t]*#?[ \t]*$)"  # a form's short label right before the number: "2. social 147773950"
    # keys written together in code, XML or JSON: "nhsNumber", "socialSecurityNumber", "niNumber", "taxId"
    r"|nhsnumber|nhsno|socialsecurity\w*|ninumber|nino\w*|nationalinsurance\w*|taxid\w*|taxnumber|steuerid\w*"
    r"|steuer id\w*|steuer nummer|(?:sozial)?versicherungs nummer|rv[- ]?nummer"  # dictated: "steuer id ist ..."
    # abbreviated or written as a key: "tax no", "Tax Ref", "taxNumber", "Identifikationsnr.", "Steueridentnr"
    r"|tax[ -]?(?:no\.?|nr\.?|num\.?|number|#|ref\.?|reference|code)|steuerident\w*|identifikations-?nr\.?"
    r"|(?:steuer|sozialversicherungs|versicherungs|rentenversicherungs|sv|rv|ahv)-?(?:no\.?|num\.?|#)"
)
# The long labels of the ids, for labels written with one typo ("Steur-ID", "Scoial security number").
TAX_LABELS = (
    "steuer-id",
    "steuernummer",
    "identifikationsnummer",
    "steueridentifikationsnummer",
    "sozialversicherungsnummer",
    "sozialversicherung",
    "versicherungsnummer",
    "rentenversicherungsnummer",
    "social security",
    "social security number",
    "national insurance",
    "national insurance number",
    "taxpayer reference",
    "unique taxpayer reference",
    "taxpayer id",
    "tax reference",
)

# A phone's label right before a number: the number is the phone's, whatever tax label came earlier.
_PHONE_LABEL = re.compile(
    r"(?<!\w)(?:tel|telefon|phone|mobil|mobile|handy|cell|fax|natel|rufnummer|whatsapp)"
    r"(?:[ .:#-]*(?:no|nr|number|nummer))?[ \t.:#-]*$"
)
_IDNR = re.compile(r"[1-9]\d(?:[ -]?\d{3}){3}(?![\w/-]|[.,]\d)")
_IDNR_SPACED = re.compile(r"\d{2} \d{3} \d{3} \d{3}")
_STNR = re.compile(r"\d{2,3}/\d{3,4}/\d{4,5}(?![\w/-]|[.,]\d)")
_STNR_PLAIN = re.compile(  # after its label only: "181 815 08155", 13 digits, or Baden-Württemberg's "93815/08152"
    r"\d{3} ?\d{3,4} ?\d{4,5}(?![\w/-]|[.,]\d)|\d{13}(?![\w/-])|\d{5}/\d{5}(?![\w/-]|[.,]\d)"
)
_RVNR = re.compile(r"\d{2} ?\d{6} ?[A-Z] ?\d{2} ?\d(?![\w-])")
_SSN = re.compile(r"\d{3}([- .]?)\d{2}\1\d{4}(?![\w/-]|[.,]\d)")
_AHV = re.compile(r"756[. -]?\d{4}[. -]?\d{4}[. -]?\d{2}(?![\w.])")
_NINO = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][ -]?\d{2}[ -]?\d{2}[ -]?\d{2}[ -]?[A-D](?![\w-])")
_NINO_LOWER = re.compile(_NINO.pattern.lower())  # dictated, written small: "ab 12 34 56 c"
_AT_VNR = re.compile(r"\d{4}[ -]?(?:\d{6}|\d\d([. ])\d\d\1\d\d)(?![\w/-]|[.,]\d)")  # "1234 010280", "1234 01.02.80"
_IDNR_GROUPED = re.compile(r"[1-9]\d(?:[ -]?\d){9}(?![\w/-]|[.,]\d)")  # any grouping: "457 937 801 68"
_AT_TIN = re.compile(r"\d{2}[ -]?\d{3}/\d{4}(?![\w/-]|[.,]\d)")
_UTR = re.compile(r"\d{5}[ -]?\d{5}K?(?![\w/-]|[.,]\d)")
_NHS = re.compile(r"\d{3}[ -]?\d{3}[ -]?\d{4}(?![\w/-]|[.,]\d)")
_AT_TIN_PLAIN = re.compile(r"\d{9}(?![\w/-]|[.,]\d)")
_AT_TIN_SLASHED = re.compile(r"\d{2}/\d{3}/\d{4}(?![\w/-]|[.,]\d)")  # "18/508/5552": only after its label
_NUMBER = re.compile(r"\d{3}")
_IDNR_LABEL = re.compile(r"(?:steuer-?id\w*|steuer-?idnr\.?|identifikationsnummer|idnr\.?|steuerliche id\w*)[ \t:.-]*$")
_STNR_CUE = re.compile(r"steuer-?n|st\.?-?nr")
_RV_WEIGHTS = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)


def rvnr_valid(value: str) -> bool:
    """German Rentenversicherungsnummer: area, birth date DDMMYY, letter, serial and check digit."""
    v = value.replace(" ", "")
    if len(v) != 12 or not (v[:8].isdigit() and v[8].isalpha() and v[9:].isdigit()):
        return False
    day, month = int(v[2:4]), int(v[4:6])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    digits = v[:8] + f"{ord(v[8].upper()) - 64:02d}" + v[9:11]
    total = sum(sum(divmod(int(d) * w, 10)) for d, w in zip(digits, _RV_WEIGHTS, strict=True))
    return total % 10 == int(v[11])


def _free(text: str, i: int) -> bool:
    """Nothing glued before index `i`: no word character, no "/.-", no "," after a digit ("3,1234567")."""
    return free_before(text, i, "/.-") and not (text[i - 1 : i] == "," and text[i - 2 : i - 1].isdigit())


def tax_context(doc: Doc, start: int, end: int) -> bool | None:
    """Where the sentence before a number has no cue: its table column's header ("Name;SV-Nummer" above it),
    a label right after it ("1140-190461 - das ist die VNR von ..."), or one earlier on its line with no
    number between ("what's my UTR again? oh found it 9759652413"). True for a tax cue, False for an id cue."""
    header = doc.column_header(start).lower().replace("_", " ")
    if header:
        return True if TAX_CUES.search(header) else False if ID_CUES.search(header) else None
    lower = code_words(doc)
    after = lower[end : end + 80].split("\n", 1)[0]  # "... is what HMRC shows as Paul's UTR"
    m = TAX_CUES.search(after)
    if m and not any(c.isdigit() for c in after[: m.start()]) and not ID_CUES.search(after, 0, m.start()):
        return True
    line = lower[max(lower.rfind("\n", 0, start) + 1, start - 60) : start]
    cues = list(TAX_CUES.finditer(line))
    if cues and not _NUMBER.search(line, cues[-1].end()) and not ID_CUES.search(line, cues[-1].end()):
        return True
    return None


def _cue(doc: Doc, start: int, end: int) -> bool | None:
    """True for a tax label before the number (or its table header, or the question it answers), False for a
    business id's label, None for neither. Keys in code count ("tax_no"), and a long label with one typo."""
    lower = code_words(doc)
    verdict = closer_cue(TAX_CUES, ID_CUES, lower, start, 60)
    if (
        verdict
        and _PHONE_LABEL.search(window_before(lower, start, 16))
        and not TAX_CUES.search(lower, start - 16, start)
    ):
        return None  # "ITIN 992-74-9948 fax 212-555-0199": a phone's label right before the number is nearer
    verdict = tax_context(doc, start, end) if verdict is None else verdict
    if verdict is None and (answered(doc, start, end, TAX_CUES) or typo_label(doc.lower, start, TAX_LABELS)):
        return True
    return verdict


def _free_blocks(doc: Doc, digits: int) -> list[Block]:
    """Blocks where a match that passes `_free` can start: at the block's start, or after a space in it
    (inside a block every other character follows a digit or one of "./-")."""
    key = ("ids.free", digits)
    found: list[Block] | None = doc.memo.get(key)
    if found is None:
        text = doc.text
        found = doc.memo[key] = [
            b for b in doc.blocks_with(digits) if _free(text, b.start) or text.find(" ", b.start, b.end) != -1
        ]
    return found


def _within(
    doc: Doc,
    pattern: re.Pattern[str],
    before: int = 0,
    after: int = 0,
    digits: int = 8,
    needs: str = "",
) -> Iterator[re.Match[str]]:
    """Matches of `pattern` near digit blocks with enough digits (no pass over the whole text). Without
    `before`/`after` only blocks where a match could pass `_free` are tried (every caller drops the others);
    `needs` is a string every match contains (a block's region without it is skipped)."""
    seen = -1
    text, n = doc.text, len(doc.text)
    if before == after == 0:  # the block itself is the region (most patterns): no widening to compute
        for b in _free_blocks(doc, digits):
            if needs and text.find(needs, b.start, b.end) == -1:
                continue
            for m in pattern.finditer(text, b.start, b.end):
                if m.start() > seen:
                    seen = m.start()
                    yield m
        return
    for b in doc.blocks_with(digits):
        lo, hi = max(0, b.start - before), min(n, b.end + after)
        if needs and text.find(needs, lo, hi) == -1:
            continue
        for m in pattern.finditer(text, lo, hi):
            if m.start() > seen:
                seen = m.start()
                yield m


class _Check(NamedTuple):
    """One stdnum module's is_valid, kept per value (a text being typed brings the same numbers to every scan)."""

    is_valid: Callable[[str], bool]


@lru_cache(maxsize=1)
def _checks() -> tuple[_Check, ...]:
    """The validators of national_ids, imported on first use: AT TIN, AT VNR, CH AHV, DE IdNr, DE StNr, GB NHS,
    GB UTR, US ITIN, US SSN."""
    from stdnum.at import tin, vnr
    from stdnum.ch import ssn as ahv
    from stdnum.de import idnr, stnr
    from stdnum.gb import nhs, utr
    from stdnum.us import itin, ssn

    modules = (tin, vnr, ahv, idnr, stnr, nhs, utr, itin, ssn)
    return tuple(_Check(lru_cache(maxsize=1024)(module.is_valid)) for module in modules)


def national_ids(doc: Doc) -> Iterator[Finding]:
    """Validated national numbers: strong with a cue or a telling format, weak when only the checksum fits."""
    text = doc.text
    if not doc.blocks_with(6):
        return
    at_tin, at_vnr, ahv, idnr, stnr, nhs, utr, itin, ssn = _checks()

    def scan(
        matches: Iterator[re.Match[str]], valid: Callable[[str], bool], telling: Callable[[str], bool]
    ) -> Iterator[Finding]:
        for m in matches:
            if not _free(text, m.start()) or not valid(m.group()):
                continue
            cue = _cue(doc, m.start(), m.end())
            if cue is False and not telling(m.group()):
                continue
            yield finding("tax-id", text, m.start(), m.end(), bool(cue) or telling(m.group()))

    def never(_: str) -> bool:
        return False

    idnrs = list(_within(doc, _IDNR, digits=11))
    yield from scan(iter(idnrs), lambda s: idnr.is_valid(_digits(s)), lambda s: bool(_IDNR_SPACED.fullmatch(s)))
    for m in idnrs:  # a Steuer-ID with a typo after its label: weak, and no phone number
        if (
            _free(text, m.start())
            and not idnr.is_valid(_digits(m.group()))
            and _IDNR_LABEL.search(window_before(doc.lower, m.start(), 30))
        ):
            yield finding("tax-id", text, m.start(), m.end(), False)
    yield from scan(_within(doc, _STNR, digits=10, needs="/"), stnr.is_valid, never)
    if _STNR_CUE.search(doc.lower):
        for m in _within(doc, _STNR_PLAIN, digits=10):
            if (
                _free(text, m.start())
                and stnr.is_valid(m.group())
                and _cue(doc, m.start(), m.end())
                and (
                    _STNR_CUE.search(doc.lower, max(0, m.start() - 40), m.start())
                    or answered(doc, m.start(), m.end(), _STNR_CUE)
                )
            ):
                yield finding("tax-id", text, m.start(), m.end(), True)
    yield from scan(_within(doc, _RVNR, after=9), rvnr_valid, lambda s: True)
    for m in _within(doc, _SSN, digits=9):
        value = m.group()
        if not _free(text, m.start()) or not (ssn.is_valid(_digits(value)) or itin.is_valid(_digits(value))):
            continue
        cue = _cue(doc, m.start(), m.end())
        if cue or ("-" in value and cue is None):
            yield finding("tax-id", text, m.start(), m.end(), True)
    yield from scan(_within(doc, _AHV, digits=13, needs="756"), lambda s: ahv.is_valid(_digits(s)), lambda s: True)
    for m in _within(doc, _NINO, before=4, after=3, digits=6):
        if not _free(text, m.start()):
            continue
        cue = _cue(doc, m.start(), m.end())
        if cue is not False:
            yield finding("tax-id", text, m.start(), m.end(), bool(cue))

    if "ni " in doc.lower or "insurance" in doc.lower or "nino" in doc.lower:
        for m in _within(doc, _NINO_LOWER, before=4, after=3, digits=6):  # written small: only after its label
            if m.group()[0].islower() and _free(text, m.start()) and _cue(doc, m.start(), m.end()):
                yield finding("tax-id", text, m.start(), m.end(), True)

    def cued(matches: Iterator[re.Match[str]], valid: Callable[[str], bool]) -> Iterator[Finding]:
        """Numbers whose checksum is too weak alone (1 in 10 or 11): found only after their label."""
        for m in matches:
            if _free(text, m.start()) and valid(m.group()) and _cue(doc, m.start(), m.end()):
                yield finding("tax-id", text, m.start(), m.end(), True)

    yield from cued(
        _within(doc, _AT_VNR, digits=10), lambda s: at_vnr.is_valid(_digits(s)) and _birth_ok(_digits(s)[4:])
    )
    if any(
        label in doc.lower
        for label in ("steuer", "idnr", "ident", "tin", "tax", "lohn", "gehalt", "entgelt", "payroll")
    ):
        yield from cued(  # grouped other than 2-3-3-3 ("457 937 801 68"); plain runs are _IDNR's
            _within(doc, _IDNR_GROUPED, digits=11), lambda s: (" " in s or "-" in s) and idnr.is_valid(_digits(s))
        )
    yield from cued(_within(doc, _UTR, digits=10), lambda s: utr.is_valid(_digits(s).rstrip("K")))
    yield from cued(_within(doc, _NHS, digits=10), nhs.is_valid)
    yield from cued(_within(doc, _AT_TIN_PLAIN, digits=9), at_tin.is_valid)
    yield from cued(_within(doc, _AT_TIN_SLASHED, digits=9, needs="/"), at_tin.is_valid)
    # "59-119/9013": the Austrian form with hyphen and slash is telling; other spellings need the label
    yield from scan(
        _within(doc, _AT_TIN, digits=9, needs="/"),
        at_tin.is_valid,
        lambda s: bool(re.fullmatch(r"\d\d-\d{3}/\d{4}", s)),
    )


def _birth_ok(ddmmyy: str) -> bool:
    """The six digits of an Austrian VNR are a birth date DDMMYY (months 13-15 mark unknown dates)."""
    day, month = int(ddmmyy[:2]), int(ddmmyy[2:4])
    return 1 <= day <= 31 and 1 <= month <= 15


def _digits(value: str) -> str:
    """A number without its spaces, hyphens and dots ("6684-171165" -> "6684171165")."""
    return value.replace(" ", "").replace("-", "").replace(".", "")
