"""The twelve prompt-structure checks: find the first cue in a TextView, German or English."""

from __future__ import annotations

import re
from collections.abc import Callable

from course.grading import sentenceroles, sentences, situation
from course.grading.cleantext import TextView
from course.grading.cuefilters import FILTERS
from course.grading.cuefinders import addressee, examples, infinitive_order, medium, readers, steps
from course.grading.cuematch import Span, check_pattern, cue_words, earliest, first_match
from course.grading.material import MATERIAL_BLIND, delimiters, masked, placeholders
from course.grading.repeats import squeeze

SPECIAL: dict[str, Callable[[str], Span | None]] = {
    "delimiters": delimiters,
    "placeholders": placeholders,
    "steps": steps,
    "examples": examples,
}
PROHIBITION_BLIND = ("role", "audience", "format", "examples", "steps")
"""Checks for which a word inside a prohibition ('kein Anwalt', 'nicht für Kunden') is no use."""
FORBIDDEN_BLIND = ("tone",)
"""Checks that do not read the items a prohibition lists ('vermeide Floskeln wie „jung und dynamisch“')."""
_NOUN_NEGATION = re.compile(r"(?i)(?:kein\w*|no)\b")


def prepared(name: str, view: str, copied: tuple[Span, ...] = ()) -> str:
    """The view a check reads: empty labels, stuffed keyword lists and copied task sentences blanked, same length."""
    if name in MATERIAL_BLIND:
        return view
    reading = sentenceroles.read(view)
    spans = list(reading.empty_labels) + list(copied)
    if name != "task":
        spans += reading.stuffed  # 'Erkläre das Format, den Ton, die Rolle …' is still a request
    if name in PROHIBITION_BLIND:
        spans += reading.prohibitions
    elif name in FORBIDDEN_BLIND:
        spans += reading.forbidden
        spans += [s for s in reading.prohibitions if _NOUN_NEGATION.match(view, s[0])]  # 'Kein lockerer Ton' is a rule
    result = sentences.blank(view, spans)
    if result is not view:
        sentences.alias(result, view)
    return result


def find(name: str, tv: TextView, extra: tuple[str, ...] = (), task_text: str = "") -> Span | None:
    """The first cue of structure check `name` in the view, or None.

    `task_text` is the exercise's own task: sentences copied from it earn nothing.
    """
    cut = squeeze(tv.view)
    view = cut.text if name in MATERIAL_BLIND else masked(cut.text)
    copied = situation.copied_spans(view, task_text) if task_text and name not in MATERIAL_BLIND else ()
    base = view
    view = prepared(name, view, copied)
    special = SPECIAL.get(name)
    if special is not None:
        found = special(view)
    else:
        keep = FILTERS[name](view) if name in FILTERS else None
        found = first_match(check_pattern(name), view, keep)
    if name == "task" and found is None:
        found = infinitive_order(view)
    if name == "format" and found is None:
        found = medium(view)
    if name == "audience" and found is None:
        found = readers(view) or addressee(view)
    if name == "context" and found is None:
        found = situation.situation(view, sentenceroles.read(base), copied)
    if extra:
        pattern = cue_words(extra)
        if pattern is not None:
            found = earliest([found, first_match(pattern, view)])
    if found is not None and found[0] < found[1] and view[found[0]].isspace():
        start = found[0]
        while start < found[1] and view[start].isspace():
            start += 1  # a match that began in blanked text starts at its first word
        found = (start, found[1])
    return cut.span(*found) if found is not None and cut.starts else found


def warm_up() -> None:
    """Compile every cue pattern now (about 0.3 s), e.g. in a worker at start-up, not on the first keystroke."""
    for name in ("role", "task", "context", "audience", "format", "constraints", "examples", "tone", "steps", "out"):
        check_pattern(name)
    for name in ("role", "delimiters", "placeholders", "steps", "format", "tone", "constraints", "examples"):
        find(name, TextView("Du bist [X]. Schreib 1. eine Tabelle 2. freundlich, z. B. so, nur kurz."))
