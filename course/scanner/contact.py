"""Email addresses and phone numbers (phone numbers found and checked with `phonenumbers`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from types import ModuleType

from course.scanner.context import ID_CUES, Doc, closer_cue, compile_words, finding, starting, window_before
from course.scanner.dates import BIRTH_AFTER, BIRTH_CUES
from course.scanner.ids import TAX_CUES
from course.scanner.labels import code_words
from course.scanner.postal import US_STATE_NAMES
from course.scanner.refcues import REF_CUES, REF_HINTS
from course.scanner.replies import answered
from course.scanner.result import Finding
from course.scanner.spaceddates import spaced_birth
from course.scanner.timestamps import inside, stamps

_LOCAL = re.compile(r"[\w.%+'-]{1,64}\Z")
_DOMAIN = re.compile(r"(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.){1,8}[^\W\d_]{2,24}(?![\w-])")
ROLE_LOCALS = frozenset(
    "info kontakt contact support service sales vertrieb buchhaltung billing accounting invoice invoices "
    "rechnung rechnungen orders order bestellung shop office hello hallo team noreply no-reply mail post "
    "presse press jobs karriere career careers hr bewerbung datenschutz privacy webmaster admin helpdesk "
    "it einkauf purchasing marketing newsletter zentrale empfang reception kundenservice customerservice "
    "hotline service-team mailbox postmaster abuse security".split()
)


# A machine sender that nobody reads ("noreply@", "mailer-daemon@"): no one's mailbox, so no personal data at all.
MACHINE_LOCALS = frozenset(
    "noreply no-reply no_reply donotreply do-not-reply do_not_reply dontreply mailer-daemon bounce bounces "
    "keine-antwort nicht-antworten".split()
)


def emails(doc: Doc) -> Iterator[Finding]:
    """Addresses around each `@`; role mailboxes (info@, support@ ...) are weak findings, machine senders
    (noreply@) none."""
    text = doc.text
    pos = text.find("@")
    while pos != -1:
        left = _LOCAL.search(text, max(0, pos - 64), pos)
        right = _DOMAIN.match(text, pos + 1)
        if left and right:
            start = left.start()
            while start < pos and text[start] in ".'-":
                start += 1
            local = text[start:pos]
            if local and not local.endswith(".") and local.lower() not in MACHINE_LOCALS:
                yield finding("email", text, start, right.end(), local.lower() not in ROLE_LOCALS)
                pos = text.find("@", right.end())
                continue
        pos = text.find("@", pos + 1)


PHONE_CUES = compile_words(
    r"tel\.?|telefon\w*|fon|phone\w*|ph\.|mobil\w*|handy\w*|cell\w*|fax\w*|rufnummer\w*|telefonnummer\w*|"
    r"durchwahl|call\w*|ruf\w*|anruf\w*|zurückruf\w*|rückruf\w*|erreichbar\w*|reach\w*|text|sms|whatsapp|signal|"
    r"kontakt\w*|contact\w*|nummer|number|hotline|notfallkontakt|dial\w*|☎|📞|ring|rang|direct line|landline|extension|"
    r"festnetz\w*|privatnummer|privat|natel"  # "Natel": the Swiss word for a mobile phone
)
_AFTER_CUES = compile_words(r"anrufen|angerufen|zurückrufen|erreichbar|call|calling")
_RUN = re.compile(r"[+(\d][\d \t()./-]{5,40}[\d)](?:[ \t]?(?:x|ext\.?|Durchwahl)[ \t]?\d{1,6})?")
MATCHER_BUDGET = 200
_SHAPE = re.compile(
    r"(?<![\w+#/-])(?:\+|00)?(?:\(\s?\+?\d{1,5}\s?\)"
    r"|\d)[\d \t()./-]{4,22}\d(?:\s?(?:x|ext\.?|Durchwahl|-)\s?\d{1,6})?(?![\w])"
)
_DATE = re.compile(  # also "07-03-1985": day, month and a year of this or the last century, with hyphens
    r"\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}/\d{1,2}/\d{1,2}"
    r"|(?:0?[1-9]|[12]\d|3[01])-(?:0?[1-9]|1[0-2])-(?:19|20)\d\d|(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])-(?:19|20)\d\d"
)
_THOUSANDS = re.compile(r"\d{1,3}(?:[.,]\d{3})+(?:,\d{1,2})?")
_PHONE_FORMAT = re.compile(  # "0 89 ...", "01/565 ..." (Vienna), "1-913-744-7375" (the US long-distance form)
    r"^(?:\+|00|\(|0\d{1,5}[ /-]|\d{3}[ .-]\d{3}[ .-]\d{4}|1-\d{3}-\d{3}-\d{4}$|1\.\d{3}\.\d{3}\.\d{4}$)|\)"
)
_EXT = re.compile(r"\s?(?:x|ext\.?|Durchwahl)\s?\d{1,6}$")
_US_DOTTED = re.compile(r"1\.[2-9]\d{2}\.\d{3}\.\d{4}")  # the US long-distance form with dots: no version number
_VERSION = re.compile(r"v?(?:19|20)\d\d\.\d{1,2}\.\d{1,3}|v?\d{1,3}\.\d{1,3}\.\d{1,3}(?:\.\d{1,4})?")
# Numbers that belong to a company, not a person: freephone, shared-cost and premium-rate ranges.
_SERVICE = re.compile(
    r"(?:\+49[ \t/-]*\(?0?\)?[ \t]*|0049[ \t]*|0)(?:800|180[1-7]?|137|900|700)(?!\d)"  # DE
    r"|(?:\+43[ \t]*|0)(?:800|810|820|821|900|901|930|931|939)(?!\d)"  # AT
    r"|(?:\+41[ \t]*|0)(?:800|840|842|844|848|900|901|906)(?!\d)"  # CH
    r"|(?:\+44[ \t]*|0)(?:800|808|84[2-5]|87[0-3]|900)(?!\d)"  # UK
    # UK 03 numbers (national rate, only organisations have them); 0331, 0345 ... are also German area codes,
    # so those count only in the UK grouping "0345 123 4567"
    r"|\+44[ \t]*3[0-7]\d(?!\d)|030[0-6](?!\d)|03(?:3[0-3]|4[3-5]|7[0-3])(?=[ \t]\d{3}[ \t]\d{4}(?!\d))"
    r"|(?:\+?1[ \t.-]*)?\(?8(?:00|33|44|55|66|77|88)\)?(?=[ \t.-]*\d{3})"  # US toll-free
)
# Words that say a number is a company's line: "Zentrale", "Hotline", "switchboard", "head office".
COMPANY_CUES = compile_words(
    r"zentrale|telefonzentrale|hotline\w*|service-?hotline|servicenummer|service-?telefon|kundenservice|kundendienst|"
    r"helpline|help desk|helpdesk|switchboard|head office|main office|reception|empfang|customer service|"
    r"customer (?:care|support)|support line|infoline|info-?telefon|hauptnummer|firmennummer|sammelnummer"
)
# Speed only: every match of COMPANY_CUES starts with one of these (tests/test_scanner_stems.py checks it).
COMPANY_STEMS = (
    *("zentrale", "telefonzentrale", "hotline", "service", "kundenservice", "kundendienst", "helpline", "help desk"),
    *("helpdesk", "switchboard", "head office", "main office", "reception", "empfang", "customer", "support line"),
    *("infoline", "info", "hauptnummer", "firmennummer", "sammelnummer"),
)
# "+49 89 1234-0": the company's switchboard, by German convention; "040 8899 0000": a last group of zeros too;
# the round main lines of US and Swiss firms as a group of their own: "+1 512 785 1000", "044 310 10 00", "00 00"
_SWITCHBOARD_END = re.compile(r"[ -](?:0|000+|1000|10 00|00 00)$")
_AFTER_NUMBER = re.compile(r"[ \t]*[(\[–-]?[ \t]*")  # what may stand between a number and a word about it
# Words that make even a company-range number a person's own line: "ring her at home on 1-877-...".
_PRIVATE_CUES = compile_words(
    r"at home|zu hause|zuhause|daheim|privat|privatnummer|privathandy|private (?:number|line|phone|mobile|cell)"
    r"|personal (?:number|line|phone|mobile|cell)"
    # the writer's own line, or one labelled a mobile ("ring me on ...", "M: ...", "Handy: ..."): a person's
    r"|(?:ring|call|text|reach|phone) me(?: on| at)?|ruf(?:en sie)? mich|mobil\w*|mob|cell\w*|handy\w*|(?<![^\n])m(?=:)"
)
# A VAT number before its digits: "VAT reg. GB 591 3975 80", "USt-IdNr.: DE 123 456 789", "UID ATU 1234 5678".
_VAT_BEFORE = re.compile(
    r"(?<!\w)(?:vat|ust|mwst|uid|tva|iva)(?:[ .-]*(?:reg(?:istration)?|id|idnr|nr|no|number|nummer)\.?)*"
    r"[ \t:.#-]*(?:[a-z]{2,3}[ \t-]?)?$"
)
# A parcel's or an online meeting's number right before the digits (the id words of context.ID_CUES lack them).
_PARCEL_OR_MEETING_BEFORE = re.compile(
    r"(?<!\w)(?:paket\w*|parcel|package|shipment|consignment|meeting[- ]?id|konferenz[- ]?id|webinar[- ]?id"
    r"|zoom[- ]?id|sitzungs?-?id|kenncode|passcode)[ \t:#.-]*(?:nr\.?|no\.?|nummer|number|id)?[ \t:#.-]*$"
)
# A decimal number: one point or comma, no leading 0 ("48.137154", a coordinate; phones start with 0, + or "(").
_DECIMAL = re.compile(r"[1-9]\d{0,2}[.,]\d{4,}")
# One digit other than 1, then a separator: no market writes a phone number so ("+1-", "1-800-" are US forms).
_LONE_DIGIT = re.compile(r"[2-9][-./]\d")
# A date at the start of a run: the digits after it are a time or another number ("05.10.2025 16:00").
_DATE_START = re.compile(
    r"(?:\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})"
    r"|\d{1,2}-\d{1,2}-(?:19|20)\d\d)(?!\d)"
)


# An upper-case code word right before the digits: "Produktcode DE65 KONF 3663 8285", "SKU ABX 4410 2231".
_CODE_BEFORE = re.compile(r"(?<![\w-])[A-Z]{3,6}[ \t]+$")


def _code_part(doc: Doc, start: int) -> bool:
    """True when the digits continue an upper-case product or reference code (not a phone cue like "TEL")."""
    m = _CODE_BEFORE.search(doc.text, max(0, start - 8), start)
    return m is not None and not PHONE_CUES.match(doc.lower, m.start()) and not COMPANY_CUES.match(doc.lower, m.start())


def _dateish(raw: str) -> bool:
    """A date or a version number, perhaps in brackets: "(12.03.2025)", "[2025-03-12]", "2025.34.7"."""
    core = raw.strip("()[] \t")
    if _VERSION.fullmatch(core):  # but "079.382.61.40": a whole national number (0 and 9 digits) written with dots
        return not (core[0] == "0" and _digits(core) >= 10 or _US_DOTTED.fullmatch(core))  # nor "1.312.555.0187"
    return bool(_DATE.fullmatch(core) or _THOUSANDS.fullmatch(core))


def company_number(doc: Doc, start: int, end: int, cues: bool = True) -> bool:
    """True for a company's hotline, switchboard or service number (not personal data); `cues` False when the
    text has no company cue word at all (saves the look-back)."""
    raw = doc.text[start:end].lstrip("( ")
    if _SERVICE.match(raw) or _SWITCHBOARD_END.search(doc.text[start:end]):
        line = max(doc.lower.rfind("\n", 0, start) + 1, start - 30)
        return not _PRIVATE_CUES.search(doc.lower, line, start)
    if not cues:
        return False
    gap = _AFTER_NUMBER.match(doc.lower, end)
    after = COMPANY_CUES.match(doc.lower, gap.end()) if gap else None
    if after and not any(c.isdigit() or c == ":" for c in doc.lower[after.end() : after.end() + 12]):
        return True  # "089 1234567 (Zentrale)"; not "0171 2345678 (Zentrale: 089 ...)", a label of the next number
    chunk = window_before(doc.lower, start, 50)
    found = list(COMPANY_CUES.finditer(chunk))
    last = found[-1] if found else None
    # "Hotline 0800 1234567, Frau Kern direkt: 0171 ...": a cue counts only up to the next number
    return last is not None and not any(c.isdigit() for c in chunk[last.end() :])


@lru_cache(maxsize=1)
def _phonenumbers() -> ModuleType:
    import phonenumbers

    return phonenumbers


def _digits(s: str) -> int:
    return sum(map(str.isdigit, s))


def _plausible_shape(raw: str) -> bool:
    """Rule out dates, amounts and runs that are too short or long to be phone numbers."""
    core = _EXT.sub("", raw).strip()
    n = _digits(core)
    if n < 7 or n > 15:
        return False
    return not (_DATE.fullmatch(core) or _THOUSANDS.fullmatch(core))


def _cue(lower: str, start: int, end: int) -> bool | None:
    verdict = closer_cue(PHONE_CUES, ID_CUES, lower, start, 50)
    if verdict is None and _AFTER_CUES.search(lower[end : end + 25].split("\n", 1)[0]):
        return True  # "... von 0621 123456 angerufen"
    return verdict


def _attached(text: str, start: int, end: int) -> bool:
    """True when the digits are glued to a word, an id prefix or a currency sign."""
    before = text[max(0, start - 2) : start]
    after = text[end : end + 2]
    if before.endswith(("-", "#", "/", "$", "€", "£")) or before[-1:].isalnum():
        return True
    return after[:1] in ("%", "€", "$") or after.startswith((" %", " €", " $")) or after[:1].isalnum()


@lru_cache(maxsize=512)
def _matches(snippet: str) -> tuple[tuple[int, int, bool], ...]:
    """Spans in `snippet` with `valid`, from PhoneNumberMatcher (regions DE and US, leniency POSSIBLE).

    Kept per snippet: the matcher is the scanner's dearest call (up to a millisecond), and a text being
    typed brings the same numbers to every scan."""
    pn = _phonenumbers()
    spans: dict[tuple[int, int], bool] = {}
    for region in ("DE", "US"):
        for m in pn.PhoneNumberMatcher(snippet, region, leniency=pn.Leniency.POSSIBLE, max_tries=50):
            key = (m.start, m.end)
            spans[key] = spans.get(key, False) or pn.is_valid_number(m.number)
    for (s, e), v in spans.items():  # a national number the DE and US plans lack: Vienna's "01/565 97 86"
        if not v and snippet[s] == "0":
            spans[(s, e)] = _valid_in(snippet[s:e], ("AT", "CH"))
    return tuple(sorted((s, e, v) for (s, e), v in spans.items()))


def _valid_in(number: str, regions: tuple[str, ...]) -> bool:
    """True when `number`, written in national form, is a valid number of one of `regions`."""
    pn = _phonenumbers()
    for region in regions:
        try:
            if pn.is_valid_number(pn.parse(number, region)):
                return True
        except pn.NumberParseException:
            continue
    return False


def _judge(
    doc: Doc, start: int, end: int, valid: bool | None, companies: bool = True, cue: bool | None = None
) -> bool | None:
    """Strong (True), weak (False) or not a phone number (None); `valid` None means phonenumbers had no match."""
    raw = doc.text[start:end]
    if (
        not _plausible_shape(raw)
        or _attached(doc.text, start, end)
        or _dateish(raw)
        or ("/" in raw and raw[0] not in "0+(")  # "2025/1975": a year and a serial; phones with "/" start with 0
        or _code_part(doc, start)
        or company_number(doc, start, end, companies)
    ):
        return None
    if cue is None:
        cue = _cue(doc.lower, start, end)
    if cue is False:
        return None
    if valid is None:
        return True if cue else None
    formatted = bool(_PHONE_FORMAT.search(raw))
    if cue or (valid and formatted):
        return True
    if valid or formatted:
        return False
    return None


def _header_cue(doc: Doc, start: int) -> bool | None:
    """The column header above a number in a pasted table: "Telefon" (True), "Artikel", "SV-Nummer" (False)."""
    header = doc.column_header(start).lower().replace("_", " ")
    if not header:
        return None
    if PHONE_CUES.search(header):
        return True
    return False if ID_CUES.search(header) or TAX_CUES.search(header) else None


_REF_HINT = re.compile("|".join(map(re.escape, REF_HINTS)))  # one search for `any(hint in near ...)`
_ZIP4 = re.compile(r"\d{5}-\d{4}")
_STATE_BEFORE = re.compile(r"(?:(?<![A-Za-z])[A-Z]{2}|(?<![\w])(?:" + US_STATE_NAMES + r"))[ \t]+$")
_DACH_MOBILE = re.compile(r"07[5-9]\d{7}|06(?:5\d|6\d|7\d|8\d|99)\d{6,8}")


# A letter OCR misreads at the start of a word: "l" for "I" before a consonant ("lnvoice", "ltem"), "0" for "O"
# and "1" for "I" before letters ("0rder", "1tem").
_OCR_START = re.compile(r"(?<![\w])(?:l(?=[b-df-hj-km-np-tv-xz])|0(?=[a-z]{2})|1(?=[a-z]{2}))")
_OCR_FIXED = {"l": "i", "0": "o", "1": "i"}


def _ocr_id_cue(lower: str, start: int) -> bool:
    """True when an id word with a letter misread by OCR labels the number at `start` (on its line)."""
    chunk = window_before(lower, start, 30)
    if not _OCR_START.search(chunk):
        return False
    fixed = _OCR_START.sub(lambda m: _OCR_FIXED[m.group()], chunk)
    return closer_cue(ID_CUES, PHONE_CUES, fixed, len(fixed), 30) is True


def _dach_mobile(raw: str) -> bool:
    """A Swiss (07x) or Austrian (06xx) mobile number written without spaces, which the DE and US matchers miss."""
    raw = re.sub(r"[ ./-]", "", raw)  # "079 123 45 67": the Swiss grouping; "079.382.61.40", "0664/7382915"
    if not _DACH_MOBILE.fullmatch(raw):
        return False
    pn = _phonenumbers()
    region = "CH" if raw.startswith("07") else "AT"
    try:
        return bool(pn.is_valid_number(pn.parse(raw, region)))
    except pn.NumberParseException:
        return False


def phones(doc: Doc) -> Iterator[Finding]:
    """Phone numbers: strong with a phone cue or in a phone's typical format, weak when only plausible.

    Digit runs are found first; only runs with enough digits and no id word before them go to
    phonenumbers (at most MATCHER_BUDGET runs per text, so 1 MB of digits stays bounded).
    """
    text, budget = doc.text, MATCHER_BUDGET
    # whether the text has company or tax cue words at all: looked up once, when first needed
    companies: bool | None = None
    taxes: bool | None = None
    looked = 0  # runs that got as far as the tax look-back
    timed = stamps(doc)  # "[21.09.27, 08:40]", "2026-03-17 08:30": a date and a time, no phone in it
    for run in _RUN.finditer(text):
        digits = _digits(run.group())
        if digits < 7 or _dateish(run.group()):
            continue
        if timed and inside(timed, run.start(), run.end()):
            continue
        if digits == 8 and spaced_birth(doc, run.start(), run.end(), BIRTH_CUES, BIRTH_AFTER):
            continue  # "geb. 24 12 1950": a birth date typed with spaces
        if _ZIP4.fullmatch(run.group()) and _STATE_BEFORE.search(text, max(0, run.start() - 24), run.start()):
            continue  # "Providence, RI 02964-2367": a ZIP+4 code after its state
        if _DECIMAL.fullmatch(run.group()) or _LONE_DIGIT.match(run.group()):
            continue  # "48.137154, 11.576124": coordinates; "2-306-983-78": an article number (no phone starts so)
        date = _DATE_START.match(run.group())
        if date and _digits(run.group()[date.end() :]) < 7:
            continue  # "Gesendet: Mittwoch, 05.10.2025 16:00": a date and a time
        verdict = closer_cue(PHONE_CUES, ID_CUES, doc.lower, run.start(), 50)
        if verdict is None:
            verdict = _header_cue(doc, run.start())
        if verdict is None and _ocr_id_cue(doc.lower, run.start()):
            continue  # "lnvoice no. 624-26173": an id word with a letter misread by OCR
        if verdict is False:
            continue
        if (
            _REF_HINT.search(doc.lower, max(0, run.start() - 50), run.start())
            and closer_cue(PHONE_CUES, REF_CUES, doc.lower, run.start(), 50) is False
        ):
            continue  # "Meeting ID: 8633 218 1873", "Claim S 07/233132", "part no. 48-29268"
        if companies is None:
            companies = next(starting(COMPANY_CUES, doc.lower, COMPANY_STEMS), None) is not None
        if digits <= 15 and company_number(doc, run.start(), run.end(), companies):
            continue  # a hotline or switchboard: no part of it is a personal number either
        # a tax cue anywhere in the text: TAX_CUES' long alternation over all of it costs as much as dozens of
        # short look-backs, so it is run only after a look-back found a cue, or once many runs got this far
        looked += 1
        if taxes is None and looked > 8:
            taxes = TAX_CUES.search(code_words(doc)) is not None
        if taxes is not False and closer_cue(TAX_CUES, PHONE_CUES, code_words(doc), run.start(), 50):
            if taxes is None:
                taxes = TAX_CUES.search(code_words(doc)) is not None
            if taxes:
                continue  # "SV-Nummer 6492 190177", "NHS number 943 476 5919": a national id, not a phone
        if _VAT_BEFORE.search(doc.lower, max(0, run.start() - 30), run.start()):
            continue  # a VAT number: the company's tax registration, not a phone
        if verdict is not True and _PARCEL_OR_MEETING_BEFORE.search(doc.lower, max(0, run.start() - 30), run.start()):
            continue  # "Paket 4500123456", "Meeting-ID 987 6543 2109": a parcel's or a meeting's number
        if verdict is None and answered(doc, run.start(), run.end(), ID_CUES):
            continue  # "Bot: Bitte Bestellnummer eingeben.\nKunde: 4500782913": the order number asked for
        found = False
        whole = _SHAPE.fullmatch(text, run.start(), run.end())
        if (
            whole
            and (verdict or _cue(doc.lower, run.start(), run.end()))
            and _judge(doc, run.start(), run.end(), None, companies, True)
        ):
            # a cued run in a phone's shape is taken whole, even where phonenumbers knows only a part of it
            yield finding("phone", text, run.start(), run.end(), True)
            continue
        if budget > 0:
            budget -= 1
            for s, e, valid in _matches(run.group()):
                strong = _judge(doc, run.start() + s, run.start() + e, valid, companies)
                if strong is not None:
                    found = True
                    yield finding("phone", text, run.start() + s, run.start() + e, strong)
            if not found and _dach_mobile(run.group()):  # "0798779641": a Swiss or Austrian mobile, unspaced
                strong = _judge(doc, run.start(), run.end(), True, companies)
                if strong is not None:
                    found = True
                    yield finding("phone", text, run.start(), run.end(), strong)
        if not found:
            for m in _SHAPE.finditer(text, run.start(), run.end()):
                if _judge(doc, m.start(), m.end(), None, companies):
                    yield finding("phone", text, m.start(), m.end(), True)
