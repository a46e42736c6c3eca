"""The bundled challenge pack and the pack format: loading, lint, the Datenschutz-Wächter ladder."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.promptathon import BROKEN, MINI, bundled

from course.content import LANGUAGES
from course.grading import grade
from course.promptathon.lint import lint_pack
from course.promptathon.pack import bundled_pack_dir, count_words, load_pack

DEPARTMENTS = {"hr", "sales", "service", "finance", "marketing", "it", "management"}
GUARDS = ["guard-1-complaint", "guard-2-reminder", "guard-3-return"]


def test_bundled_pack_is_lint_clean() -> None:
    """Every challenge's solution passes and every fail fails, in both languages, through the real grader."""
    problems = lint_pack(bundled_pack_dir())
    assert [p.format() for p in problems] == []


def test_bundled_pack_covers_departments_and_languages() -> None:
    pack = bundled()
    assert pack.id == "office-promptathon" and pack.minutes == 45
    assert len(pack.challenges) >= 8
    assert {c.department for c in pack.challenges} >= DEPARTMENTS
    for challenge in pack.challenges:
        assert [lang for lang, _ in challenge.lessons] == list(LANGUAGES), challenge.id
        for lang in LANGUAGES:
            ex = challenge.exercise(lang)
            assert isinstance(ex.solution, str) and ex.solution.strip(), challenge.id
            assert len(ex.fails) >= 2, challenge.id
            assert grade(ex, ex.solution, lang).passed, (challenge.id, lang)
            assert not any(grade(ex, fail, lang).passed for fail in ex.fails), (challenge.id, lang)
            assert challenge.target(lang) == count_words(ex.solution)
    assert pack.title.get("de") != pack.title.get("en")


def _musts(challenge, lang: str) -> dict[str, object]:
    """The privacy rules of a level: must-checks that forbid something or demand a safeguard (not the task checks)."""
    return {
        c.label: c.value
        for c in challenge.exercise(lang).checks
        if c.must and (c.negate or c.name in ("no-personal-data", "no-secrets", "keeps", "out"))
    }


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_guard_ladder_tightens_level_by_level(lang: str) -> None:
    pack = bundled()
    ladder = [pack.challenge(cid) for cid in GUARDS]
    assert all(c is not None for c in ladder)
    previous: set[str] = set()
    for level, challenge in enumerate(ladder, start=1):
        musts = _musts(challenge, lang)
        assert "no-personal-data" in musts and "keeps" in musts, challenge.id
        assert challenge.exercise(lang).material.strip(), "the record is in the material"
        names = set(musts)
        assert previous <= names and (level == 1 or len(names) > len(previous)), f"level {level} is not stricter"
        previous = names
    weights = [c.weight for c in ladder]
    assert weights == sorted(weights) and weights[0] > 1
    # more placeholders to keep on the higher levels, and a way out on the top level
    assert len(_musts(ladder[1], lang)["keeps"]) > len(_musts(ladder[0], lang)["keeps"])
    assert "out" in _musts(ladder[2], lang)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_leaking_the_record_fails_every_guard(lang: str) -> None:
    """Pasting the customer record into an otherwise good prompt never passes."""
    pack = bundled()
    for cid in GUARDS:
        ex = pack.challenge(cid).exercise(lang)
        leaked = f"{ex.solution}\n{ex.material}"
        result = grade(ex, leaked, lang)
        assert not result.passed, cid
        assert any(r.name == "no-personal-data" and not r.passed for r in result.results), cid


def test_mini_pack_reads_weights_targets_and_scoring() -> None:
    result = load_pack(MINI)
    assert result.problems == [] and result.left_out == []
    pack = result.pack
    assert pack is not None and pack.minutes == 10
    assert (pack.scoring.rubric, pack.scoring.concise_bonus, pack.scoring.personal_data_penalty) == (100, 10, 40)
    summary, guard = pack.challenges
    assert (summary.id, summary.department, summary.words, summary.target("de")) == (
        "mini-summary",
        "management",
        20,
        20,
    )
    assert (guard.weight, guard.target("en")) == (2.0, count_words(str(guard.exercise("en").solution)))
    assert summary.title("en") == "Summary" and summary.title("fr") == "Zusammenfassung"


def test_broken_pack_problems_point_to_the_line() -> None:
    problems = {(Path(p.path).name, p.line, p.severity, p.code) for p in lint_pack(BROKEN)}
    expected = {
        ("promptathon.yaml", 3, "error", "bad-value"),  # minutes: 0
        ("promptathon.yaml", 4, "error", "unknown-key"),  # scorin
        ("promptathon.yaml", 7, "error", "unknown-challenge"),
        ("promptathon.yaml", 10, "error", "unknown-challenge"),
        ("promptathon.yaml", 11, "error", "duplicate-id"),
        ("promptathon.yaml", 12, "error", "bad-value"),  # department kitchen
        ("02-two.de.md", 1, "error", "one-exercise"),
        ("03-quiz.de.md", 7, "error", "bad-kind"),
        ("04-wrong.de.md", 11, "error", "solution-fails"),  # the solution line
        ("04-wrong.de.md", 13, "error", "fail-passes"),  # the fails entry line
        ("05-unlisted.de.md", 1, "warning", "not-listed"),
        ("01-good.de.md", 1, "warning", "missing-language"),
    }
    assert expected <= problems
    loaded = load_pack(BROKEN)
    assert loaded.pack is not None and [c.id for c in loaded.pack.challenges] == [
        "good-one",
        "wrong-solution",
        "bad-dept",
    ]
    assert sorted(Path(p).name for p in loaded.left_out) == ["02-two.de.md", "03-quiz.de.md", "05-unlisted.de.md"]


def test_unusable_packs_say_why_in_one_problem(tmp_path: Path) -> None:
    assert [p.code for p in load_pack(tmp_path).problems] == ["no-pack"]
    (tmp_path / "promptathon.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    assert [p.code for p in load_pack(tmp_path).problems] == ["yaml"]
    (tmp_path / "promptathon.yaml").write_text("id: empty-pack\ntitle: {de: Leer, en: Empty}\n", encoding="utf-8")
    result = load_pack(tmp_path)
    assert result.pack is None and [p.code for p in result.problems] == ["no-challenges"]
    (tmp_path / "promptathon.yaml").write_bytes(b"\x00\x01binary")
    assert [p.code for p in load_pack(tmp_path).problems] == ["not-text"]


def test_challenge_order_follows_the_files_when_the_list_is_missing(tmp_path: Path) -> None:
    for src in MINI.glob("*.md"):
        (tmp_path / src.name).write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "promptathon.yaml").write_text("id: no-list\ntitle: {de: Ohne Liste, en: No list}\n", encoding="utf-8")
    result = load_pack(tmp_path)
    assert result.pack is not None and [c.id for c in result.pack.challenges] == ["mini-summary", "mini-guard"]
    assert result.pack.minutes == 45 and result.pack.challenges[0].weight == 1.0


def test_the_course_catalog_does_not_read_the_challenge_pack() -> None:
    """The challenges live beside the lessons but are not lessons."""
    from course.catalog import build_catalog
    from course.paths import bundled_pack

    catalog = build_catalog([bundled_pack()])
    ids = set(catalog.lesson_ids)
    assert not ids & {c.id for c in bundled().challenges}
    assert all(not i.startswith("pt-") for i in ids)


def test_lint_finds_the_challenge_packs_inside_a_course_pack() -> None:
    from course.paths import bundled_pack
    from course.promptathon.lint import packs_in

    assert packs_in(bundled_pack()) == [bundled_pack_dir()]
    assert packs_in(BROKEN.parent) == [BROKEN, MINI] and packs_in(BROKEN / "missing") == []


def test_the_course_catalog_does_not_warn_about_the_challenge_pack() -> None:
    from course.catalog import build_catalog
    from course.paths import bundled_pack

    assert not [p for p in build_catalog([bundled_pack()]).problems if "promptathon" in p.path]


def test_genai_course_lint_checks_a_challenge_pack(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from course.cli import main

    result = CliRunner().invoke(main, ["lint", str(BROKEN)], env={"GENAI_COURSE_HOME": str(tmp_path)})
    assert result.exit_code == 1 and "unknown-challenge" in result.stdout and "solution-fails" in result.stdout
