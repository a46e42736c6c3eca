"""Name findings the layout shows to be no person: a street or venue word, a firm's form, an article or a title."""

from __future__ import annotations

import re
from collections.abc import Sequence

from course.scanner.context import Doc
from course.scanner.firstnames import NOT_FIRST_NAMES, WORD_NAMES, common_first_name
from course.scanner.namecues import NOT_GIVEN
from course.scanner.result import Finding

# A street or venue word as the last word of the finding itself: "on Meadow Park;", "Willow Close".
_PLACE_WORDS = frozenset(
    "Street Road Avenue Lane Drive Way Close Crescent Row Gardens Terrace Place Square Park Grove Mews Court Bowl "
    "Arena Stadium Bridge Station Airport Centre Center Straße Strasse Weg Platz Allee Gasse Ring Damm Ufer Markt "
    "Bahnhof".split()
)
# A firm's legal form in or after the finding: "Wagner Reichmann GbR", "Ruppert GbR".
_FIRM_FORMS = frozenset("GmbH gGmbH AG KG KGaA OHG GbR GesbR OG SE UG mbH Inc LLC Ltd PLC Corp LLP".split())
# up to three more name words (a particle, a suffix) may stand between: "Lutz Wüthrich & Cie.", "Naser Dussen van AG".
_FIRM_AFTER = re.compile(
    r"(?:[ \t]+[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:-[^\W\d_]+)?){0,3}(?:[ \t]+(?:van|von|de|II|III))?[ \t]*"
    r"(?:&|\+|GmbH|gGmbH|AG|KG|KGaA|OHG|GbR|GesbR|OG|SE|UG|mbH|Inc|LLC|Ltd|PLC|Corp|LLP|Cie|Stiftung|"
    r"(?:and|und)[ \t]+(?:Sons|Söhne|Partners?|Co))(?![\w])"
)
# A surname that opens a firm named after its partners: "with Jones, Thornton and Scott!".
_PARTNERS_AFTER = re.compile(r",[ \t]+(?P<b>[A-Z][\w-]+)[ \t]+(?:and|und|&)[ \t]+(?P<c>[A-Z][\w-]+)(?![\w])")
# A month's short form before a day: "Meeting minutes Jan. 14, 2026", "Mar 3".
_MONTHS = frozenset("Jan Feb Mar Mär Apr Jun Jul Aug Sep Sept Oct Okt Nov Dec Dez".split())
_DAY_AFTER = re.compile(r"\.?[ \t]?\d{1,2}(?!\d)")
# Header cells of a column of places or firms: a name-like cell under them is a place or a firm ("site").
_PLACE_COLUMN = re.compile(
    r"site|ort\b|stadt|city|town|location|standort|filiale|branch|office|niederlassung|land\b|country|region|"
    r"firma|company|unternehmen|lieferant|supplier|produkt|product|artikel|item"
)


_PLACE_NEXT = frozenset(
    _PLACE_WORDS
    | set(
        "office branch campus site store shop plant warehouse depot headquarters area "
        "region county district airport station".split()
    )
)
_FIRM_START = frozenset(_FIRM_FORMS | {"&", "+", "Cie", "Cie.", "Stiftung", "and", "und"})
_NOBLE = frozenset(
    "graf gräfin herzog herzogin fürst fürstin prinz prinzessin könig königin kaiser kaiserin baron baronin count "
    "countess duke duchess earl prince princess king queen lord lady bishop bischof".split()
)
_AT = frozenset("on at in near auf am im zur zum nach der".split())
# Words that open the name of an institution or a venue, not a person's: "Kita Regenbogen", "Café Linde".
_INSTITUTIONS = frozenset(
    "Kita Kindergarten Krippe Hort Schule Grundschule Gymnasium Hotel Pension Gasthof Gasthaus Café Cafe Bistro "
    "Restaurant Bar Pub Praxis Klinik Apotheke Autohaus Bäckerei Metzgerei Salon Studio Kanzlei Haus Villa Hostel "
    "Inn Clinic Surgery Pharmacy School Academy College Gallery Museum Theater Theatre Kino Cinema".split()
)
# A word joined to the finding by "&": two partners of a firm ("Marks & Spencer", "Harper & Lowe's"), unless both
# are first names ("Anna & Ben").
_AMPERSAND_BEFORE = re.compile(r"(?P<w>[A-ZÀ-ÖØ-Þ][^\W\d_]+)[ \t]*&[ \t]*$")
_AMPERSAND_AFTER = re.compile(r"[ \t]*&[ \t]*(?P<w>[A-ZÀ-ÖØ-Þ][^\W\d_]+)")
_IN_VERBS = frozenset("loop looped copy copied bring brought keep kept let fill filled cc cc'd".split())
_GERMAN_ARTICLES = frozenset("die der das den dem des".split())


def _no_person(doc: Doc, f: Finding) -> bool:
    text, words = doc.text, f.text.split()
    if not words:
        return False
    after = [w.rstrip(".,;:!?)") for w in text[f.end : f.end + 40].split(None, 4)]
    if after and (after[0] in _PLACE_NEXT or len(after) > 1 and after[0][:1].isupper() and after[1] in _PLACE_NEXT):
        return True  # "Victoria Park", "the Ann Arbor office"
    if _FIRM_START.intersection(after[:4]) and _FIRM_AFTER.match(text, f.end):
        return True  # "Ruppert GbR", "Lutz Wüthrich & Cie.", "Wagner Reichmann GbR" found as "Wagner"
    if words[0] in _INSTITUTIONS or words[-1] in _INSTITUTIONS or len(words) == 1 and _partner(text, f):
        return True  # "die Kita Regenbogen", "Sunny Side Café", "Marks & Spencer"
    if words[-1] in _FIRM_FORMS or f.text in _MONTHS and _DAY_AFTER.match(text, f.end):
        return True  # "Hein Koch II KG"; "Jan. 14"
    if len(words) == 1 and text[f.end : f.end + 1] == ",":
        partners = _PARTNERS_AFTER.match(text, f.end)
        if partners and not all(common_first_name(w) for w in (words[0], partners.group("b"), partners.group("c"))):
            return True  # "with Jones, Thornton and Scott!"
    before = text[max(0, f.start - 24) : f.start].split()[-2:]
    last = before[-1].lower() if before else ""
    prev = before[0].lower() if len(before) > 1 else ""
    if len(words) > 1 and words[-1] in _PLACE_WORDS and last in _AT:
        return True  # "on Meadow Park", "in der Linden Allee"; but "Justin Park" or "Kavya Ring" is a person
    if last in ("the", "our") or before and before[-1] == "in" and prev not in _IN_VERBS:
        return True  # "the Rose Bowl", "an assistant in Milton Keynes"; not "loop in Anahera Smith"
    if last in ("von", "of", "zu") and prev in _NOBLE:
        return True  # "der Graf von Monte Christo"
    if before and before[-1] in _GERMAN_ARTICLES and (words[0] in WORD_NAMES or words[0] in NOT_FIRST_NAMES):
        return True  # "die Mark Brandenburg"; but "die Anna ist krank"
    return _cell(text, f.start) and _PLACE_COLUMN.search(doc.column_header(f.start).strip().lower()) is not None


def _partner(text: str, f: Finding) -> bool:
    """True when a one-word finding is joined by "&" to a capitalised word and the two are not both first names."""
    before = _AMPERSAND_BEFORE.search(text, max(0, f.start - 24), f.start)
    other = before or _AMPERSAND_AFTER.match(text, f.end)
    if other is None:
        return False
    name = f.text[:-2] if f.text.endswith(("'s", "’s")) else f.text
    return not (common_first_name(name) and common_first_name(other.group("w")))


def _cell(text: str, i: int) -> bool:
    """True when `i` opens a table cell: at a line's start or after a delimiter, in a line with a table's delimiter
    (a cheap test before looking for the column's header)."""
    if i > 0 and text[i - 1] not in ";\t|,\n" and not (text[i - 1] == " " and text[i - 2 : i - 1] in (";", "|", ",")):
        return False
    start = text.rfind("\n", max(0, i - 200), i) + 1
    end = text.find("\n", i, i + 200)
    line = text[start : end if end >= 0 else i + 200]
    return any(d in line for d in ";\t|") or "," in line and ", " not in line


def persons_only(doc: Doc, found: Sequence[Finding]) -> list[Finding]:
    """`found` without the weak name findings whose surroundings show a place, a venue, a firm or a date: "on
    Albert Crescent", "the Rose Bowl", "Ruppert GbR", "die Mark Brandenburg", "der Graf von Monte Christo"."""
    text = doc.text
    return [
        f for f in found if f.category != "name" or not (_addressed_team(text, f) if f.strong else _no_person(doc, f))
    ]


_GREETING_BEFORE = re.compile(r"(?<![\w])(?:Dear|Hello|Hi|Hey|Liebe[rs]?|Hallo)[ \t]+$")


def _addressed_team(text: str, f: Finding) -> bool:
    """A team or a department greeted like a person: "Dear Accounts,", "Hallo Vertrieb,"."""
    return f.text in NOT_GIVEN and _GREETING_BEFORE.search(text, max(0, f.start - 12), f.start) is not None
