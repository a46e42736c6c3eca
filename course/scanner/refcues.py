"""Words that name a number as a meeting id, claim, policy or part number (no phone number), and whether a label or a
grouping makes a number a card number."""

from __future__ import annotations

import re
from re import Pattern

from course.scanner.context import compile_words

# "Meeting ID: 8633 218 1873", "Besprechungs-ID", "Konferenzkennung", "Claim S 07/233132", "Schadennummer",
# "Policy no.", "part no. 48-29268", "VAT reg. GB ...": a reference of a thing, a case or a company.
# Membership, booking, meter, asset and flight numbers too. ("Caller ID" is a person's number.)
REF_CUES = compile_words(
    r"(?<=[^\W\d_][- ])(?<!caller[- ])id|"
    r"(?:meeting|besprechungs|konferenz|webinar|einwahl)-?(?:kennung|code|nummer|number)|"
    r"kennung|claim\w*|schaden\w*|versicherungsschein\w*|police\w*|polizze\w*|policy\w*|"
    r"(?:part|teile|model|modell|product|produkt)[ -]?(?:no\.?|nr\.?|number|nummer|#)|teilenummer|"
    r"aktenzeichen|geschäftszeichen|case (?:no\.?|number|ref\w*)|booking (?:no\.?|number|ref\w*)|buchungs\w*|"
    r"vat\w*|ust-?id\w*|uid(?:-?nr\.?)?|mwst\w*|umsatzsteuer\w*|"
    r"mitglieds\w*|membership|reservierung\w*|reservation\w*|confirmation|bestätigungs\w*|zähler\w*|meter|"
    r"objekt\w*|inventar\w*|asset|imei|flug\w*|flight|personalnummer|employee (?:no\.?|number|id)|"
    r"zoom\w*|webex|kassenbon\w*|beleg\w*|receipt\w*|quittung\w*"
)

# Substrings one of REF_CUES needs: a window before a number without any of them is not looked through.
REF_HINTS = (
    "id",
    "kennung",
    "claim",
    "schaden",
    "versicherungsschein",
    "polic",
    "polizze",
    "part",
    "teil",
    "model",
    "product",
    "produkt",
    "aktenzeichen",
    "geschäftszeichen",
    "case",
    "booking",
    "buchung",
    "vat",
    "ust",
    "mwst",
    "umsatzsteuer",
    "mitglied",
    "membership",
    "reserv",
    "confirmation",
    "bestätigung",
    "zähler",
    "meter",
    "objekt",
    "inventar",
    "asset",
    "imei",
    "flug",
    "flight",
    "personalnummer",
    "employee",
    "zoom",
    "webex",
    "kassenbon",
    "beleg",
    "receipt",
    "quittung",
    "meeting",
    "besprechung",
    "konferenz",
    "webinar",
    "einwahl",
)


# What may stand between a label and the number it labels: separators, and "no.", "Nr.", "number", "#", "id".
_LABEL_GAP = re.compile(r"[ \t:#.=(-]*(?:(?:no|nr|number|nummer|num|id|#)\.?[ \t:#.=(-]*)?$")


def labels_directly(cues: Pattern[str], lower: str, start: int, size: int = 30) -> bool:
    """True when a cue of `cues` is the label of the number at `start`: only separators (and "no.", "number")
    between them. "Order no. 4111 ..." is labelled; "my card for order, number 4111 ..." is not (a comma and a
    clause between: the order is what the card was used for)."""
    chunk = lower[max(0, start - size) : start].rsplit("\n", 1)[-1]
    found = list(cues.finditer(chunk))
    return bool(found) and _LABEL_GAP.match(chunk, found[-1].end()) is not None


# Card numbers are printed in groups of four (the last may be shorter), or as American Express and Diners print
# them: 4-6-5 and 4-6-4. A number grouped otherwise ("850-9130340-9928230", a job card's) is no card number.
def card_grouping(raw: str) -> bool:
    """True when `raw` has no separators or is grouped the way card numbers are printed."""
    groups = [len(g) for g in re.split(r"[ -]", raw) if g]
    if len(groups) == 1:
        return True
    if groups in ([4, 6, 5], [4, 6, 4]):
        return True
    return all(g == 4 for g in groups[:-1]) and 1 <= groups[-1] <= 4
