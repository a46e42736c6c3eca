"""The labelled prompts2 set: schema, unique ids, valid check names and the fixed tune/test split."""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import shutil
from pathlib import Path

import pytest
import yaml

from course.content import STRUCTURE_CHECKS

ROOT = Path(__file__).resolve().parent / "data" / "prompts2"


def _split_module():
    spec = importlib.util.spec_from_file_location("prompts2_split", ROOT / "split.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


split = _split_module()


@functools.cache
def _data() -> dict:
    """The set as stored, loaded once for all tests (tests must not change it)."""
    return split.load(ROOT)


def _entries() -> list[dict]:
    return [e for items in _data().values() for _, e in items]


def test_the_split_script_knows_exactly_the_course_structure_checks():
    assert split.CHECKS == STRUCTURE_CHECKS


def test_the_set_has_no_schema_problem_duplicate_id_or_misplaced_entry():
    assert split.check(ROOT) == []


def test_every_entry_has_the_schema_fields_and_only_known_check_names():
    entries = _entries()
    assert entries
    for e in entries:
        assert set(e) == {"id", "lang", "department", "voice", "present", "text"}, e.get("id")
        assert e["lang"] in ("de", "en")
        assert set(e["present"]) <= set(STRUCTURE_CHECKS), e["id"]
        assert e["text"].strip()


def test_ids_are_unique_across_tune_test_and_adversarial():
    ids = [e["id"] for e in _entries()]
    ids += [e["id"] for e in yaml.safe_load((ROOT / "adversarial.yaml").read_text(encoding="utf-8"))]
    assert len(ids) == len(set(ids))


def test_each_entry_sits_in_the_part_its_id_hash_gives():
    for part, items in _data().items():
        for path, e in items:
            expected = "test" if int(hashlib.sha256(e["id"].encode()).hexdigest(), 16) % 10 < 3 else "tune"
            assert part == expected, f"{path.name}: {e['id']}"


@pytest.mark.slow
def test_the_split_check_reports_an_entry_moved_to_the_wrong_part(tmp_path):
    for part in ("tune", "test"):
        shutil.copytree(ROOT / part, tmp_path / part)
    victim = next(f for f in sorted((tmp_path / "test").glob("*.yaml")))
    entries = split.load_file(victim)
    moved = entries.pop(0)
    victim.write_text(split.dump(entries, "# test part"), encoding="utf-8")
    (tmp_path / "tune" / victim.name).write_text(
        split.dump(split.load_file(tmp_path / "tune" / victim.name) + [moved], "# tune part"), encoding="utf-8"
    )
    problems = split.check(tmp_path)
    assert any(moved["id"] in p and "belongs to test" in p for p in problems)
    assert split.fix(tmp_path) == 1
    assert split.check(tmp_path) == []


def test_the_split_check_reports_an_unknown_check_name_and_a_duplicate_id(tmp_path):
    for part in ("tune", "test"):
        (tmp_path / part).mkdir()
    entry = {
        "id": "x-1",
        "lang": "de",
        "department": "demo",
        "voice": "terse",
        "present": ["task", "rolle"],
        "text": "Schreib was.",
    }
    part = split.part_of("x-1")
    (tmp_path / part / "demo.yaml").write_text(
        split.dump([entry, {**entry, "present": ["task"]}], "#"), encoding="utf-8"
    )
    problems = split.check(tmp_path)
    assert any("unknown check 'rolle'" in p for p in problems)
    assert any("duplicate id x-1" in p for p in problems)


def test_the_test_part_is_about_thirty_percent_and_the_set_is_large_enough():
    c = split.counts(ROOT, _data())
    total = sum(c[(p, lang, "n")] for p in split.PARTS for lang in split.LANGS)
    test = sum(c[("test", lang, "n")] for lang in split.LANGS)
    assert total >= 1500
    assert 0.25 <= test / total <= 0.35
    de = c[("tune", "de", "n")] + c[("test", "de", "n")]
    assert 0.4 <= de / total <= 0.6


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_check_is_present_and_absent_often_in_each_language(lang):
    c = split.counts(ROOT, _data())
    n = c[("tune", lang, "n")] + c[("test", lang, "n")]
    for check in STRUCTURE_CHECKS:
        present = c[("tune", lang, check)] + c[("test", lang, check)]
        assert present >= 40, (lang, check, present)
        assert n - present >= 40, (lang, check, n - present)


def test_the_adversarial_file_has_tasks_and_valid_labels():
    entries = yaml.safe_load((ROOT / "adversarial.yaml").read_text(encoding="utf-8"))
    assert len(entries) >= 60
    assert {e["lang"] for e in entries} == {"de", "en"}
    for e in entries:
        assert split.schema_problems(e, "adversarial.yaml", allow_task=True) == []
    assert sum("task" in e for e in entries) >= 10


def test_the_readme_count_table_matches_the_data():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert split.table(split.counts(ROOT, _data())) in readme
