"""Which levels are open: a pure function over plain data (no course, no database)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

EPSILON = 1e-9

# Why a level is open or locked (status.py turns these into sentences).
FIRST = "first"  # the first level is always open
STICKY = "sticky"  # opened before; stays open whatever changed in the course
REACHED = "reached"  # the `after` level's required lessons are done with the score
CHECKPOINT = "checkpoint"  # the `after` level's checkpoint lesson was passed ("test out")
LOCKED = "locked"


class LessonFacts(NamedTuple):
    """A required lesson as unlocking sees it; score None for lessons without exercises."""

    id: str
    done: bool
    score: float | None = None


class LevelFacts(NamedTuple):
    """A level as unlocking sees it: its rule and the state of its own lessons."""

    id: str
    after: str | None = None
    min_score: float = 0.0
    checkpoint: bool = False
    required: tuple[LessonFacts, ...] = ()
    checkpoint_passed: bool = False
    """A checkpoint ("test out") lesson of THIS level was passed; opens the next level early."""


class Unlock(NamedTuple):
    """The verdict for one level, with what is missing when it is locked."""

    level_id: str
    open: bool
    reason: str
    after: str | None = None
    min_score: float = 0.0
    score: float | None = None
    missing: tuple[str, ...] = ()
    checkpoint: bool = False
    """The level can be opened early by passing the `after` level's checkpoint lesson."""
    newly_opened: bool = False


class UnlockResult(NamedTuple):
    """Verdicts in course order, and the levels that opened just now (to persist)."""

    levels: tuple[Unlock, ...] = ()
    newly_opened: tuple[str, ...] = ()

    @property
    def open_ids(self) -> set[str]:
        """Ids of every open level."""
        return {u.level_id for u in self.levels if u.open}

    def get(self, level_id: str) -> Unlock | None:
        """The verdict for one level, or None."""
        return next((u for u in self.levels if u.level_id == level_id), None)


def average(lessons: Iterable[LessonFacts]) -> float | None:
    """Mean score over lessons that have one; None when none has."""
    scores = [ls.score for ls in lessons if ls.score is not None]
    return sum(scores) / len(scores) if scores else None


def _condition(level: LevelFacts, prev: LevelFacts) -> tuple[bool, float | None, tuple[str, ...]]:
    """Are `prev`'s required lessons all done with the average `level` asks for?"""
    missing = tuple(ls.id for ls in prev.required if not ls.done)
    score = average(prev.required)
    enough = score is None or score + EPSILON >= level.min_score
    return (not missing and enough), score, missing


def compute(levels: Sequence[LevelFacts], opened: Iterable[str] = ()) -> UnlockResult:
    """Decide for every level whether it is open.

    The first level is always open. A level opens when its `after` level (default:
    the level before it; also when `after` names no earlier level) is open, every
    required lesson of that level is done, and their average score reaches this
    level's `min_score`; lessons without a score do not count in the average. A
    level with `checkpoint` also opens when the open `after` level's checkpoint
    lesson was passed. A level in `opened` stays open ("sticky"), so a course
    change never relocks it.
    """
    before = set(opened)
    position = {lv.id: i for i, lv in enumerate(levels)}
    verdicts: list[Unlock] = []
    newly: list[str] = []
    open_now: set[str] = set()
    for pos, level in enumerate(levels):
        if pos == 0:
            verdict = Unlock(level.id, True, FIRST)
        else:
            at = position.get(level.after or "", pos)
            prev = levels[at] if at < pos else levels[pos - 1]
            ok, score, missing = _condition(level, prev)
            prev_open = prev.id in open_now
            can_test_out = level.checkpoint
            if ok and prev_open:
                reason = REACHED
            elif can_test_out and prev_open and prev.checkpoint_passed:
                reason = CHECKPOINT
            elif level.id in before:
                reason = STICKY
            else:
                reason = LOCKED
            verdict = Unlock(level.id, reason != LOCKED, reason, prev.id, level.min_score, score, missing, can_test_out)
        if verdict.open:
            open_now.add(level.id)
        if verdict.open and verdict.level_id not in before:
            verdict = verdict._replace(newly_opened=True)
            newly.append(level.id)
        verdicts.append(verdict)
    return UnlockResult(tuple(verdicts), tuple(newly))
