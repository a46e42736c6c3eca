"""Unlocking at each learner's pace: the pure rules, and status over a real pack and store."""

from __future__ import annotations

import shutil
from pathlib import Path

from helpers.progress import load_pack, pass_lesson, write_pack

from course.status import DONE, NOT_STARTED, READ, STARTED, overview
from course.unlock import (
    CHECKPOINT,
    FIRST,
    LOCKED,
    REACHED,
    STICKY,
    LessonFacts,
    LevelFacts,
    compute,
)
from progress.store import Store


def _lv(
    level_id: str,
    after: str | None = None,
    min_score: float = 0.7,
    checkpoint: bool = False,
    lessons: tuple[tuple[bool, float | None], ...] = (),
    checkpoint_passed: bool = False,
) -> LevelFacts:
    return LevelFacts(
        level_id,
        after,
        min_score,
        checkpoint,
        tuple(LessonFacts(f"{level_id}-{i}", done, score) for i, (done, score) in enumerate(lessons)),
        checkpoint_passed,
    )


def test_first_level_always_open_the_rest_locked_at_the_start() -> None:
    result = compute([_lv("a", lessons=((False, None),)), _lv("b", "a"), _lv("c", "b")])
    assert [(u.level_id, u.open, u.reason) for u in result.levels] == [
        ("a", True, FIRST),
        ("b", False, LOCKED),
        ("c", False, LOCKED),
    ]
    assert result.newly_opened == ("a",)
    assert result.get("b").missing == ("a-0",)


def test_a_level_opens_when_after_is_done_with_the_average() -> None:
    below = compute([_lv("a", lessons=((True, 0.9), (True, 0.4))), _lv("b", "a", 0.7)])
    assert not below.get("b").open and below.get("b").score == 0.65 and below.get("b").missing == ()
    reached = compute([_lv("a", lessons=((True, 0.9), (True, 0.5))), _lv("b", "a", 0.7)])
    assert reached.get("b").open and reached.get("b").reason == REACHED
    # lessons without a score (reading only) do not pull the average down
    reading = compute([_lv("a", lessons=((True, None), (True, 0.8))), _lv("b", "a", 0.7)])
    assert reading.get("b").open


def test_after_names_the_level_and_defaults_to_the_previous_one() -> None:
    levels = [_lv("a", lessons=((True, 1.0),)), _lv("b", lessons=((False, None),)), _lv("c", after="a")]
    result = compute(levels)
    assert result.get("c").open and result.get("c").after == "a"
    assert result.get("b").open and result.get("b").after == "a"  # b follows a by default
    unknown = compute([_lv("a", lessons=((True, 1.0),)), _lv("b", after="gone")])
    assert unknown.get("b").open and unknown.get("b").after == "a"


def test_a_level_never_opens_before_its_after_level() -> None:
    # b has no required lessons (vacuously done) but is locked itself, so c stays locked
    result = compute([_lv("a", lessons=((False, None),)), _lv("b", "a"), _lv("c", "b")])
    assert not result.get("c").open


def test_a_passed_checkpoint_opens_only_levels_that_allow_it() -> None:
    a = _lv("a", lessons=((False, None),), checkpoint_passed=True)
    assert compute([a, _lv("b", "a", checkpoint=True)]).get("b").reason == CHECKPOINT
    assert not compute([a, _lv("b", "a", checkpoint=False)]).get("b").open
    not_passed = _lv("a", lessons=((False, None),), checkpoint_passed=False)
    verdict = compute([not_passed, _lv("b", "a", checkpoint=True)]).get("b")
    assert not verdict.open and verdict.checkpoint


def test_opened_levels_stay_open_after_the_course_changed() -> None:
    levels = [_lv("a", lessons=((True, 1.0), (False, None))), _lv("b", "a")]  # a lesson was added to a
    result = compute(levels, opened={"a", "b"})
    assert result.get("b").open and result.get("b").reason == STICKY and result.newly_opened == ()


# status over a real pack ------------------------------------------------------

PACK = [
    {
        "id": "one",
        "lessons": [
            {"id": "l1", "exercises": 2},
            {"id": "l2", "exercises": 0},
            {"id": "opt", "required": False},
            {"id": "one-check", "required": False, "checkpoint": True, "exercises": 2},
        ],
    },
    {"id": "two", "min_score": 0.7, "checkpoint": True, "lessons": [{"id": "l3"}]},
    {"id": "three", "min_score": 0.9, "lessons": [{"id": "l4"}]},
]


def test_lesson_and_level_status_from_the_store(tmp_path: Path) -> None:
    cat = load_pack(write_pack(tmp_path / "pack", PACK))
    with Store.open(tmp_path / "p.db") as s:
        lid = s.create_learner("Anna").id
        view = overview(cat, s, lid, "en")
        assert [lv.state for lv in view.levels] == ["open", "locked", "locked"]
        assert view.lesson("l1").status == NOT_STARTED and view.continue_lesson == "l1"
        assert "Level one" in view.level("two").lock_text("en") and "70 %" in view.level("two").lock_text("en")
        assert "Pflichtlektionen" in view.level("two").lock_text("de")
        assert "Stufe one" in overview(cat, s, lid, "de").level("two").lock_text("de")

        s.mark_started(lid, "l1", "one")
        s.add_time(lid, "l1", 150)
        s.use_hint(lid, "l1-q1")
        s.record_attempt(lid, "l1", "l1-q1", "quiz", "1", 0.0, False, [])
        s.record_attempt(lid, "l1", "l1-q1", "quiz", "2", 1.0, True, [])
        view = overview(cat, s, lid, "en")
        l1 = view.lesson("l1")
        assert (l1.status, l1.score, l1.attempts, l1.hints_used, l1.minutes) == (STARTED, 0.5, 2, 1, 2.5)
        assert l1.completed_at is None

        s.record_attempt(lid, "l1", "l1-q2", "quiz", "2", 0.8, True, [])
        s.mark_read(lid, "l2", "one")
        view = overview(cat, s, lid, "en")
        assert view.lesson("l1").status == DONE and view.lesson("l1").score == 0.9
        assert view.lesson("l1").completed_at == s.attempts(lid, "l1-q2")[0].created_at
        assert view.lesson("l2").status == DONE and view.lesson("l2").score is None
        assert view.lesson("opt").status == NOT_STARTED
        one = view.level("one")
        assert one.done and one.progress == 1.0 and one.score == 0.9 and one.state == "done"
        assert view.level("two").open and view.level("two").reason == REACHED
        assert view.newly_opened == ("two",) and s.opened_levels(lid) == {"one", "two"}
        assert view.continue_lesson == "l3"


def test_read_status_and_checkpoint_test_out(tmp_path: Path) -> None:
    cat = load_pack(write_pack(tmp_path / "pack", PACK))
    with Store.open(tmp_path / "p.db") as s:
        lid = s.create_learner("Anna").id
        s.mark_read(lid, "l1", "one")
        assert overview(cat, s, lid, "de").lesson("l1").status == READ
        pass_lesson(s, lid, "one-check", n=2)
        view = overview(cat, s, lid, "de")
        assert view.level("two").open and view.level("two").reason == CHECKPOINT
        assert not view.level("one").done  # testing out opens the next level, it does not finish this one
        assert not view.level("three").open  # three has no checkpoint rule
        assert "Abschlusstest" not in view.level("three").lock_text("de")


def test_sticky_unlock_survives_a_lesson_added_to_the_course(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "pack", PACK)
    with Store.open(tmp_path / "p.db") as s:
        lid = s.create_learner("Anna").id
        pass_lesson(s, lid, "l1", n=2)
        s.mark_read(lid, "l2")
        assert overview(load_pack(pack), s, lid, "en").level("two").open
        changed = tmp_path / "changed"
        shutil.copytree(pack, changed)
        for lang in ("de", "en"):
            (changed / "01-one" / f"09-new.{lang}.md").write_text(
                "---\nid: new\ntitle: New\n---\nRead me.\n", encoding="utf-8"
            )
        view = overview(load_pack(changed), s, lid, "en")
        assert view.lesson("new").status == NOT_STARTED and not view.level("one").done
        assert view.level("two").open and view.level("two").reason == STICKY
        # a fresh learner on the changed course sees level two locked
        other = s.create_learner("Ben").id
        assert not overview(load_pack(changed), s, other, "en").level("two").open


def test_overview_without_persist_writes_nothing(tmp_path: Path) -> None:
    cat = load_pack(write_pack(tmp_path / "pack", PACK))
    with Store.open(tmp_path / "p.db") as s:
        lid = s.create_learner("Anna").id
        overview(cat, s, lid, "en", persist=False)
        assert s.opened_levels(lid) == set()
        overview(cat, s, lid, "en")
        assert s.opened_levels(lid) == {"one"}


def test_continue_prefers_the_last_unfinished_lesson(tmp_path: Path) -> None:
    cat = load_pack(write_pack(tmp_path / "pack", PACK))
    with Store.open(tmp_path / "p.db") as s:
        lid = s.create_learner("Anna").id
        s.set_setting("last_lesson", "opt", lid)
        assert overview(cat, s, lid, "en").continue_lesson == "opt"
        s.set_setting("last_lesson", "l4", lid)  # locked: ignored
        assert overview(cat, s, lid, "en").continue_lesson == "l1"
