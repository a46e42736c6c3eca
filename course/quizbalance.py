"""Quiz hygiene for authors: the right option should not give itself away by its length."""

from __future__ import annotations

from course.content import Exercise
from course.i18n import Message, msg

MARGIN = 1.2
MIN_GAP = 8


def longest_answer_gap(ex: Exercise) -> tuple[int, int] | None:
    """(right length, next longest) when a single-choice quiz's right option is the longest by a clear margin."""
    if ex.kind != "quiz" or len(ex.answer) != 1 or len(ex.options) < 3:
        return None
    index = ex.answer[0] - 1
    if not 0 <= index < len(ex.options):
        return None
    right = len(ex.options[index].strip())
    others = [len(o.strip()) for i, o in enumerate(ex.options) if i != index]
    longest_other = max(others)
    if right >= longest_other * MARGIN and right - longest_other >= MIN_GAP:
        return right, longest_other
    return None


def quiz_warning(ex: Exercise) -> Message | None:
    """The lint message for a give-away quiz (said in the author's language when printed), or None."""
    gap = longest_answer_gap(ex)
    if gap is None:
        return None
    right, other = gap
    return msg("lint.quiz_giveaway", id=ex.id, right=right, other=other)
