"""Helpers for the progress tests: small real course packs and a CLI runner (no tests here)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from click.testing import CliRunner, Result

from course import paths
from course.catalog import load_catalog
from course.cli import main
from course.options import Options
from progress.store import Store

REPO = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parents[1] / "data" / "progress"


def _quiz(ex_id: str) -> str:
    return (
        "```exercise\n"
        f"id: {ex_id}\nkind: quiz\nquestion: Which is right?\noptions: [One, Two]\n"
        "answer: 2\nexplain: [No, Yes]\nfails: [1]\n```\n"
    )


def write_pack(root: Path, levels: list[dict[str, Any]], course_id: str = "test-course") -> Path:
    """Write a real course pack: levels of lessons holding `exercises` quizzes each.

    A level: {id, after?, min_score?, checkpoint?, lessons: [{id, exercises?, required?, checkpoint?}]}.
    Exercise ids are `<lesson>-q<n>`.
    """
    root.mkdir(parents=True, exist_ok=True)
    (root / "course.yaml").write_text(
        f"id: {course_id}\nversion: '1'\ntitle: {{de: Testkurs, en: Test course}}\n", encoding="utf-8"
    )
    for n, level in enumerate(levels, 1):
        folder = root / f"{n:02d}-{level['id']}"
        folder.mkdir(exist_ok=True)
        lines = [f"id: {level['id']}", f"title: {{de: 'Stufe {level['id']}', en: 'Level {level['id']}'}}"]
        if n > 1:
            lines.append(
                f"unlock: {{after: {level.get('after') or levels[n - 2]['id']}, "
                f"min_score: {level.get('min_score', 0.7)}}}"
            )
        if level.get("checkpoint"):
            lines.append("checkpoint: true")
        (folder / "level.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
        for m, lesson in enumerate(level["lessons"], 1):
            front = [f"id: {lesson['id']}", f"title: Lesson {lesson['id']}", "minutes: 5"]
            if lesson.get("required") is False:
                front.append("required: false")
            if lesson.get("checkpoint"):
                front.append("checkpoint: true")
            body = "".join(_quiz(f"{lesson['id']}-q{k}") for k in range(1, lesson.get("exercises", 1) + 1))
            for lang in ("de", "en"):
                (folder / f"{m:02d}-{lesson['id']}.{lang}.md").write_text(
                    "---\n" + "\n".join(front) + f"\n---\n\n# {lesson['id']}\n\nText.\n\n{body}", encoding="utf-8"
                )
    return root


def load_pack(root: Path):  # -> course.catalog.Catalog
    """The pack as the only course (no bundled lessons), uncached."""
    from course.catalog import load_catalog

    cat = load_catalog(bundled=root, use_cache=False)
    errors = [p.format() for p in cat.problems if p.severity == "error"]
    assert not errors, errors
    return cat


def cli(*args: str, input: str | None = None) -> Result:
    """Run `genai-course ARGS` in-process; stdout and stderr stay apart."""
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def pass_lesson(store: Any, learner_id: str, lesson_id: str, n: int = 1, score: float = 1.0) -> None:
    """Answer every quiz of a `write_pack` lesson with `score` (passed when >= 0.7)."""
    for k in range(1, n + 1):
        store.record_attempt(
            learner_id,
            lesson_id,
            f"{lesson_id}-q{k}",
            "quiz",
            "2",
            score,
            score >= 0.7,
            [{"name": "answer", "passed": score >= 0.7}],
        )


CERT_DAY = "2026-10-14T09:30:00+00:00"


def complete_first_level(name: str = "Ada <Lovelace>") -> tuple[str, list[str]]:
    """A learner who read and passed every lesson of the first level; returns the level id and its lessons."""
    catalog = load_catalog()
    level = catalog.levels[0]
    lessons = list(level.lesson_ids)
    with Store.open(paths.default_db()) as store:
        learner = store.create_learner(name, "Vertrieb", "de")
        store.set_current_learner(learner.id)
        for lesson_id in lessons:
            lesson = catalog.lesson(lesson_id, "de")
            store.mark_read(learner.id, lesson_id, level.id, at=CERT_DAY)
            for ex in lesson.exercises:
                store.record_attempt(learner.id, lesson_id, ex.id, ex.kind, "x", 1.0, True, [], created_at=CERT_DAY)
        store.acknowledge_policy(learner.id, "2026-11", at="2026-10-01T08:00:00+00:00")
    return level.id, lessons


def seed_learner(db: Path) -> dict[str, Any]:
    """A learner with attempts, hints, reading, time, successes, a policy ack, on real lesson ids."""
    cat = Options().catalog()
    lessons = [cat.lesson(i, "de") for i in cat.lesson_ids]
    with_ex = [ls for ls in lessons if ls.exercises]
    without = [ls for ls in lessons if not ls.exercises]
    assert len(with_ex) >= 3
    with Store.open(db) as s:
        learner = s.create_learner("Anna", "Vertrieb", "de")
        lid = learner.id
        first = with_ex[0]
        s.mark_started(lid, first.id, first.level_id)
        s.add_time(lid, first.id, 437)
        for ex in first.exercises:
            s.record_attempt(
                lid,
                first.id,
                ex.id,
                ex.kind,
                "erster Versuch",
                0.3,
                False,
                [{"name": "role", "passed": False}, {"name": "format", "passed": True}],
            )
            s.use_hint(lid, ex.id)
            s.record_attempt(
                lid,
                first.id,
                ex.id,
                ex.kind,
                "Du bist …",
                0.85,
                True,
                [{"name": "role", "passed": True}],
                hints_used=1,
                model="echo",
            )
        s.mark_read(lid, first.id)
        second = with_ex[1]
        s.mark_started(lid, second.id, second.level_id)
        s.record_attempt(
            lid,
            second.id,
            second.exercises[0].id,
            second.exercises[0].kind,
            'Ümläute ✓ "quoted"',
            0.5,
            False,
            [{"name": "no-personal-data", "passed": False}],
        )
        s.use_hint(lid, second.exercises[-1].id)  # a hint without any attempt
        s.use_hint(lid, second.exercises[-1].id)
        if without:
            s.mark_read(lid, without[0].id, without[0].level_id)
        s.add_success(lid, "Protokoll in 5 statt 20 Minuten", 15, "2026-11-03")
        s.add_success(lid, "Protokoll in 5 statt 20 Minuten", 15, "2026-11-03")  # really twice
        s.add_success(lid, "Mail", None, "2026-11-04")
        s.acknowledge_policy(lid, "2026-1")
        s.set_current_learner(lid)
    return {"learner": learner, "first": first, "second": second}
