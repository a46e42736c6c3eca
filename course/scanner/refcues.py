"""Words that name a number as a meeting id, claim, policy or part number: such a number is no phone number."""

from __future__ import annotations

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
