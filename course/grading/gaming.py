"""Why a building block earned nothing (empty label, stuffed list, copied task, prohibition, generic role), in words."""

from __future__ import annotations

import re
from typing import Any

from course.grading import numberwords, sentenceroles, sentences, situation, structure
from course.grading.cleantext import TextView, printable
from course.grading.cuematch import check_pattern, cue_words, first_match
from course.grading.material import MATERIAL_BLIND, masked
from course.grading.repeats import squeeze
from course.i18n import t

RULE_AWARE = ("contains", "icontains", "icontains-any", "icontains-all", "regex")
"""Text checks whose `not-` form does not count a word that only stands inside a prohibition."""


def why_not(name: str, tv: TextView, extra: tuple[str, ...], task_text: str, lang: str) -> str:
    """Why check `name` found nothing although a cue stands in the text (gaming), or ''.

    Only the stretches the reading took away are searched (labels, keyword lists,
    copied task sentences, prohibitions), so a long text costs no second full pass.
    """
    if name in MATERIAL_BLIND:
        return ""
    cut = squeeze(tv.view)
    view = masked(cut.text)
    reading = sentenceroles.read(view)
    copied = situation.copied_spans(view, task_text) if task_text else ()
    groups = (
        ("gaming.empty-label", reading.empty_labels),
        ("gaming.stuffed", reading.stuffed),
        ("gaming.copied", copied),
        ("gaming.prohibition", reading.prohibitions),
    )
    for key, spans in groups:
        for start, end in spans[:50]:
            if _raw_find(name, view[start:end], extra) is not None:
                return t(lang, key, ev=printable(view[start:end], 40))
    return ""


def _raw_find(name: str, view: str, extra: tuple[str, ...]) -> tuple[int, int] | None:
    """A cue of check `name` in `view` before any reading or filter (the words the reading took away)."""
    special = structure.SPECIAL.get(name)
    if special is not None:
        found = special(view)
    else:
        found = first_match(check_pattern(name), view)
    if extra and found is None:
        pattern = cue_words(extra)
        if pattern is not None:
            found = first_match(pattern, view)
    return found


def wants_function(value: Any) -> bool:
    """`role: {function: true}`: the exercise asks for a role that names a function or a field."""
    from course.grading.spec import function_flag

    return bool(function_flag(value))


_EMPTY_ROLE = frozenset(
    "genie genius superhirn mastermind ki ai künstliche kuenstliche intelligenz intelligence chatbot bot sprachmodell "
    "language model llm assistent assistentin assistant helfer helper hilfreich hilfreicher hilfreiche helpful "
    "super großartig grossartig großartiger great amazing brilliant brillant brillanter brillante rockstar ninja "
    "wizard zauberer magier guru profi pro experte expertin expert weltklasse world-class world class best beste "
    "bester besten smart smarter kluger kluge klug intelligent intelligenter intelligente allwissend allwissender "
    "all-knowing allknowing perfect perfekt perfekter perfekte talented talentiert talentierter unglaublich incredible "
    "top erfahrener erfahrene erfahren experienced senior professional professioneller professionelle kreativ "
    "kreativer kreative creative sehr very really wirklich echter echte ein eine einer der die das a an the my mein "
    "meine unser unsere our du bist sie sind you are you're act as als agiere imagine stell dir vor".split()
)
_ROLE_CLAUSE = re.compile(r"[^.!?\n,;:]*")


def generic_role(text: str, span: tuple[int, int]) -> str:
    """The role clause when it names no function or field ('Du bist ein Genie', 'You are a helpful AI'), else ''."""
    start = span[0]
    clause = text[start : start + 120]
    role = _ROLE_CLAUSE.match(clause)
    clause = role.group(0) if role else clause
    content = [w for w in sentences.words(clause)]
    if content and all(w in _EMPTY_ROLE for w in content):
        return printable(clause.strip(), 50)
    return ""


def with_number_digits(tv: TextView) -> TextView | None:
    """The view (not the original: it is bounded) with number words as digits
    ('sieben Varianten' -> '     7 Varianten'), or None if it has none.
    Offsets of the result are view offsets of `tv`."""
    changed = numberwords.with_digits(tv.view)
    return TextView(changed) if changed != tv.view else None


def without_rules(tv: TextView, material: str = "") -> TextView | None:
    """The text with every word inside a prohibition blanked, except words from the exercise's material."""
    cut = squeeze(tv.view)
    if cut.starts:
        return None
    reading = sentenceroles.read(masked(cut.text))
    if not reading.prohibitions:
        return None
    keep = {w for w in sentences.words(material)} if material else set()
    chars = list(tv.original)
    for start, end in reading.prohibitions:
        for m in re.finditer(r"[^\W_]+", tv.view[start:end]):
            if m.group(0).lower() in keep:
                continue
            a, b = tv.span(start + m.start(), start + m.end())
            for i in range(a, min(b, len(chars))):
                chars[i] = " "
    return TextView("".join(chars))
