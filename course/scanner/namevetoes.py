"""Name findings that are no person: a greeting to a group ("Liebe Eltern,"), a stage role ("Frau Holle im Theater")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from course.scanner.context import Doc
from course.scanner.firstnames import is_first_name
from course.scanner.result import Finding

# A greeting or letter opening right before the finding ("Liebe Eltern", "Dear Parents", "Hallo Kolleginnen").
_GREETING_BEFORE = re.compile(
    r"(?:^|(?<=[^\w]))(?:liebe[rs]?|dear|hallo|hello|hi|hey|moin|servus|grüezi|grüß gott|"
    r"sehr geehrte[rs]?|guten (?:tag|morgen|abend)|good (?:morning|afternoon|evening))"
    r"(?:[ \t]+(?:alle|all|liebe|dear))?[ \t]+$"
)
# Nouns for a group of people, not one person: who a letter to many is written to.
_GROUP_WORDS = frozenset(
    "alle allerseits zusammen eltern elternteile erziehungsberechtigte familien team teams kollegen kollegium "
    "mitarbeiter mitarbeitende belegschaft kunden mitglieder freunde nachbarn nachbarinnen mieter mieterschaft "
    "bewohner damen herren leute gäste teilnehmer schüler studierende azubis auszubildende kinder abteilung runde "
    "vorstand crew welt "
    "all everyone everybody folks team colleagues parents carers guardians families guests members residents "
    "tenants neighbours neighbors customers clients friends students pupils staff attendees participants ladies "
    "gentlemen guys people partners volunteers employees coworkers co-workers readers subscribers committee board "
    "community world".split()
)
# One person by role, the noun a greeting's adjective stands before: "Dear Valued Customer", "Dear Hiring Manager".
_ROLE_WORDS = frozenset(
    "customer client manager colleague member holder user applicant candidate partner friend supporter guest reader "
    "subscriber tenant resident parent neighbour neighbor officer director recruiter sir madam "
    "kunde kundin kollege kollegin mitglied nutzer nutzerin bewerber bewerberin mieter mieterin leser leserin".split()
)
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")
# German group forms by their ending: "Kolleginnen", "Mitarbeiter:innen", "KundInnen", "Teilnehmende", and
# compounds ending in a group word ("Kita-Eltern", "Vereinsmitglieder", "Projektteam").
_GROUP_FORM = re.compile(
    r".+(?:innen|[:*_/]innen|ende|eltern|mitglieder|kollegen|team|leute|freunde|kunden|bewohner|familien)",
    re.IGNORECASE,
)
# A role in a play, film or tale right after the name: "Frau Holle im Kindertheater", "Mr Bean on stage".
_STAGE_AFTER = re.compile(
    r"[ \t]+(?:im|ins|in der|auf der|als)[ \t]+(?:\w+-)?(?:\w*theater|kino|märchen|puppenspiel|musical|bühne|oper)\w*"
    r"|[ \t]+(?:on|at the|in the)[ \t]+(?:stage|theatre|theater|cinema|panto|pantomime|musical)",
    re.IGNORECASE,
)
# ... or right before it: "das Märchen von Frau Holle", "the fairy tale of Mr Fox".
_STAGE_BEFORE = re.compile(
    r"(?:märchen|theaterstück|puppenspiel|kinderbuch|fairy ?tale|nursery rhyme|pantomime|panto)"
    r"(?:[ \t]+(?:von|vom|of|about|über))?[ \t]+(?:(?:frau|herr|mr|mrs|ms|miss)\.?[ \t]+)?$",
    re.IGNORECASE,
)


# Substrings one of the stage patterns needs: without any of them in the text, no pattern is tried.
_STAGE_HINTS = (
    "theat",
    "kino",
    "märchen",
    "puppen",
    "musical",
    "bühne",
    "oper",
    "stage",
    "cinema",
    "panto",
    "fairy",
    "nursery",
    "kinderbuch",
)


def group_word(word: str) -> bool:
    """True for a noun that names a group of people ("Eltern", "Kolleg:innen", "Teilnehmende", "folks")."""
    low = word.lower()
    return low in _GROUP_WORDS or bool(_GROUP_FORM.fullmatch(low))


def _greets_a_group(doc: Doc, f: Finding) -> bool:
    """A greeting to a group ("Liebe Eltern") or to a role ("Dear Valued Customer"), not to a person."""
    words = f.text.split()
    first = words[0].strip(",:!") if words else ""
    if not group_word(first):
        if is_first_name(first):
            return False
        nxt = _NEXT_WORD.match(doc.lower, f.end) if len(words) == 1 else None
        role = nxt.group(1) if nxt else words[-1].lower().strip(",:!")  # "Valued Customer", "Esteemed Colleague"
        if not (role in _ROLE_WORDS or group_word(role)):
            return False
    return _GREETING_BEFORE.search(doc.lower, max(0, f.start - 30), f.start) is not None


def _stage_role(doc: Doc, f: Finding) -> bool:
    if _STAGE_AFTER.match(doc.text, f.end):
        return True
    return _STAGE_BEFORE.search(doc.lower, max(0, f.start - 40), f.start) is not None


def vetoed(doc: Doc, found: Sequence[Finding]) -> list[Finding]:
    """`found` without the name findings that address a group or name a stage role."""
    stage = any(hint in doc.lower for hint in _STAGE_HINTS)
    return [
        f for f in found if not (_greets_a_group(doc, f) or (stage and _stage_role(doc, f)) or _month_heading(doc, f))
    ]


_MONTHS = frozenset(
    "Januar Jänner Februar März April Mai Juni Juli August September Oktober November Dezember January February "
    "March May June July October December".split()
)


def _month_heading(doc: Doc, f: Finding) -> bool:
    """A heading of a thing and its month before a colon ("Fahrgeld Mai:", "Jobticket-Zuschuss Juni:"), not a
    person: the last word is a month and the first no known first name."""
    if f.category != "name" or doc.text[f.end : f.end + 1] != ":":
        return False
    words = f.text.split()
    return len(words) == 2 and words[1] in _MONTHS and not is_first_name(words[0])
