"""The bundled curriculum: six levels, enough practice of every kind, matching languages."""

from __future__ import annotations

import functools
from collections import Counter
from itertools import pairwise

from course.catalog import build_catalog
from course.paths import bundled_pack

LEVELS = ["basics", "safe-use", "prompt-craft", "team", "advanced", "automate"]


@functools.cache
def _catalog():
    """The bundled course, read once for the module (the tests only read it)."""
    return build_catalog([bundled_pack()])


def test_six_levels_in_order_with_unlock_rules() -> None:
    cat = _catalog()
    assert [lv.id for lv in cat.levels] == LEVELS
    for previous, level in pairwise(cat.levels):
        assert level.after == previous.id and level.min_score >= 0.5 and level.checkpoint


def test_numbers_of_lessons_exercises_and_kinds() -> None:
    cat = _catalog()
    lessons = cat.lesson_ids
    assert len(lessons) >= 46
    kinds: Counter[str] = Counter()
    per_level: dict[str, int] = {}
    for level in cat.levels:
        exercises = [ex for lid in level.lesson_ids for ex in cat.lesson(lid, "de").exercises]
        per_level[level.id] = len(exercises)
        kinds.update(ex.kind for ex in exercises)
        last = cat.lesson(level.lesson_ids[-1], "de")
        assert last.checkpoint and last.exercises, f"{level.id} must end with a checkpoint"
        assert any(ex.kind in ("quiz", "order") for ex in last.exercises)
    assert sum(per_level.values()) >= 60, per_level
    assert set(kinds) == {"prompt", "improve", "redact", "quiz", "order", "reflect"}, kinds


def test_german_and_english_have_the_same_ids_kinds_and_checks() -> None:
    cat = _catalog()
    for lesson_id in cat.lesson_ids:
        assert cat.languages(lesson_id) == ("de", "en"), lesson_id
        de, en = cat.lesson(lesson_id, "de"), cat.lesson(lesson_id, "en")
        assert [(e.id, e.kind) for e in de.exercises] == [(e.id, e.kind) for e in en.exercises], lesson_id
        assert [[c.label for c in e.checks] for e in de.exercises] == [
            [c.label for c in e.checks] for e in en.exercises
        ], lesson_id


def test_every_exercise_has_a_solution_and_two_fails() -> None:
    cat = _catalog()
    for lesson_id in cat.lesson_ids:
        for ex in cat.lesson(lesson_id, "en").exercises:
            assert ex.solution is not None, ex.id
            assert len(ex.fails) >= 2, ex.id


def _reading_lines(text: str) -> list[str]:
    """The lines a learner reads: recorded answers (`examples_output:` up to the fence's end) are data."""
    out, skipping = [], False
    for line in text.splitlines():
        if line.startswith("examples_output:"):
            skipping = True
        elif skipping and line.startswith("```"):
            skipping = False
        if not skipping:
            out.append(line)
    return out


def test_lessons_stay_short() -> None:
    """About 60 lines of reading (outside exercise blocks) and 150 lines in all, checkpoints included."""
    cat = _catalog()
    for lesson_id in cat.lesson_ids:
        for lang in ("de", "en"):
            path = cat.lesson(lesson_id, lang).path
            lines = _reading_lines(path.read_text(encoding="utf-8"))  # recorded answers are data, not reading
            inside, prose = False, 0
            for line in lines:
                if line.startswith("```"):
                    inside = not inside
                elif not inside and line.strip():
                    prose += 1
            assert prose <= 60 and len(lines) <= 150, (path, prose, len(lines))


def test_safe_use_lessons_quote_the_policy_through_fields() -> None:
    cat = _catalog()
    level = cat.level("safe-use")
    raw = "".join(cat.lesson(lid, "de").path.read_text(encoding="utf-8") for lid in level.lesson_ids)
    assert "{{ policy.approved_tools }}" in raw and "{{ policy.contact" in raw
    assert "Beispiel GmbH" not in raw and "ki@example.com" not in raw
