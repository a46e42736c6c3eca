"""A prompt's anatomy: each sentence with the building blocks the grader read in it, or why it earned nothing."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from course.content import STRUCTURE_CHECKS
from course.grading import material, sentenceroles, sentences, situation, structure
from course.grading.cleantext import TextView

ANATOMY_LIMIT = 6000
"""Only the first characters are dissected (the view is for prompts, not pasted books)."""


@dataclass(frozen=True)
class Part:
    """One sentence: original offsets, the blocks read in it, and a note when it earned nothing on purpose."""

    start: int
    end: int
    blocks: tuple[str, ...]
    note: str = ""
    """'empty-label', 'stuffed', 'copied', 'rule' (a prohibition), 'material' or ''."""


@lru_cache(maxsize=8)
def dissect(text: str, task_text: str = "") -> tuple[Part, ...]:
    """Every sentence of `text` with what the grader reads in it (cached: the view redraws on each keystroke)."""
    tv = TextView(text[:ANATOMY_LIMIT])
    view = tv.view
    masked = material.masked(view)
    reading = sentenceroles.read(masked)
    copied = situation.copied_spans(masked, task_text) if task_text else ()
    firsts: dict[str, tuple[int, int]] = {}
    for name in STRUCTURE_CHECKS:
        found = structure.find(name, tv, task_text=task_text)
        if found is not None:
            a, b = found
            while a < b and not view[a].isalnum():
                a += 1  # '. Summarise' starts at the request, not at the full stop before it
            firsts[name] = (a, b)
    parts: list[Part] = []
    for start, end in sentences.split(view):
        blocks: list[str] = [name for name, (a, _) in firsts.items() if start <= a < end]
        alone = TextView(view[start:end])
        for name in STRUCTURE_CHECKS:
            if (
                name not in blocks
                and name not in material.MATERIAL_BLIND
                and structure.find(name, alone, task_text=task_text)
            ):
                blocks.append(name)
        note = ""
        if masked[start:end].strip() == "" and view[start:end].strip():
            note = "material"
        elif (
            any(sentences.inside((s,), start, end) or (s[0] <= start and end <= s[1]) for s in reading.empty_labels)
            and not blocks
        ):
            note = "empty-label"
        elif _overlaps(reading.stuffed, start, end):
            note = "stuffed"
        elif _overlaps(copied, start, end):
            note = "copied"
        elif _overlaps(reading.prohibitions, start, end):
            note = "rule"
        if note in ("empty-label", "stuffed", "copied"):
            blocks = (
                [b for b in blocks if b in ("task", "delimiters", "placeholders")]
                if note != "copied"
                else [b for b in blocks if b == "task"]
            )
        ordered = tuple(name for name in STRUCTURE_CHECKS if name in blocks)
        a, b = tv.span(start, end)
        parts.append(Part(a, b, ordered, note))
    return tuple(parts)


def _overlaps(spans: tuple[tuple[int, int], ...], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in spans)
