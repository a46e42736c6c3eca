"""Injuries by the body part they happen to: an injury word with a body part ("bruised shoulder", "a cut to the
head", "twisted my ankle", "done my back in", "die Achillessehne gezerrt", "Knie verdreht"); one match attempt at
each injury word, which the word loop finds by a set lookup."""

from __future__ import annotations

import re

_BODY_EN = (
    r"(?:head|face|eye|ear|nose|jaw|neck|shoulder|arm|elbow|wrist|hand|finger|thumb|back|spine|rib|ribs|chest|hip"
    r"|leg|knee|ankle|foot|toe|heel|hamstring|calf|thigh|groin|achilles|tendon|ligament|muscle|collarbone|pelvis)s?"
)
_BODY_DE = (
    r"(?:kopf|gesicht|auge|ohr|nase|kiefer|nacken|hals|schulter|arm|ellbogen|ellenbogen|hand|finger|daumen|rücken"
    r"|wirbelsäule|rippe|rippen|brust|hüfte|bein|knie|knöchel|fuß|fuss|zeh|zehe|ferse|wade|oberschenkel|leiste"
    r"|schlüsselbein|becken|[a-zäöü]*(?:sehne|gelenk|muskel)|bänder|[a-zäöü]+(?<!ver)band)"
)
_INJURED_EN = re.compile(
    r"(?:cut|bruised?|sprained|twisted|pulled|torn|tore|strained|dislocated|hurt|injured|swollen|burnt|burned"
    r"|broke|broken|fractured|cracked|jarred|wrenched|banged)[ \t]+(?:a|an|his|her|my|their|the|to the|to his"
    r"|to her|to my|in (?:his|her|my|the))[ \t]+(?:left |right |lower |upper )?" + _BODY_EN + r"(?![\w-])"
    # without a determiner only an injured part ("a bruised shoulder"), never "cut back" or "pulled back"
    r"|(?:bruised|sprained|torn|broken|fractured|swollen|dislocated|strained)[ \t]+(?:left |right )?(?!back)"
    + _BODY_EN
    + r"(?![\w-])|done (?:my|his|her|their) "
    + _BODY_EN
    + r" in(?![\w-])"
)
_INJURED_DE = re.compile(
    r"(?<![\w-])(?:(?:die|den|das|der|sein\w*|ihr\w*|mein\w*|am|an der|im)[ \t]+)?" + _BODY_DE + r"[ \t]+(?:\w+[ \t]+)?"
    r"(?:gezerrt|geprellt|verstaucht|gerissen|angerissen|verletzt|ausgerenkt|verdreht|ausgekugelt|angebrochen"
    r"|gebrochen|geschwollen|entzündet|überdehnt)$"
)
INJURY_WORDS = frozenset(
    "cut bruised bruise sprained twisted pulled torn tore strained dislocated hurt injured swollen burnt burned broke "
    "broken fractured cracked jarred wrenched banged done".split()
)
_SENSE_LOST = re.compile(
    r"(?:auf (?:einem|dem (?:linken|rechten)) (?:auge|ohr) |(?:ist|bin|war|sind|wurde)"
    r" (?:fast |nahezu |völlig |seit \w+ )?)(?:blind|taub)$"
    r"|(?:is|am|was|are|went|gone|going) (?:almost |nearly |partially |completely |totally )?blind$"
)
_NOT_AN_IDIOM_AFTER = re.compile(r"[ \t]+(?:für|gegenüber|vor|to|spot|date|copy|test|review)\b")
SENSES = frozenset({"blind", "taub"})
PARTICIPLES = frozenset(
    "gezerrt geprellt verstaucht gerissen angerissen verletzt ausgerenkt verdreht ausgekugelt angebrochen gebrochen "
    "geschwollen entzündet überdehnt".split()
)


def injury_at(lower: str, pos: int, word: str) -> tuple[int, int] | None:
    """The span of an injury whose injury word (English) or participle (German) is `word` at `pos`."""
    if word in SENSES:
        end = pos + len(word)
        m = _SENSE_LOST.search(lower, max(0, pos - 40), end)
        return m.span() if m and not _NOT_AN_IDIOM_AFTER.match(lower, end) else None
    if word in INJURY_WORDS:
        m = _INJURED_EN.match(lower, pos)
        return m.span() if m else None
    end = pos + len(word)
    m = _INJURED_DE.search(lower, max(0, pos - 50), end)
    return m.span() if m else None
