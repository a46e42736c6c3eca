"""policy.yaml and course.yaml: texts YAML reads as something else are reported, and shown as written meanwhile."""

from __future__ import annotations

from pathlib import Path

from course.catalog import build_catalog
from course.policy import field_value, load_policy


def _policy(tmp_path: Path, text: str):
    path = tmp_path / "policy.yaml"
    path.write_text(text, encoding="utf-8")
    return load_policy(path, "policy.yaml")


def test_a_version_read_as_a_number_is_reported_and_kept_as_written(tmp_path: Path) -> None:
    policy, problems = _policy(tmp_path, "company: Acme\nversion: 2026.10  # October\n")
    assert [(p.line, p.code) for p in problems] == [(2, "not-text")]
    assert 'put it in quotes: "2026.10"' in problems[0].message
    assert policy.version == "2026.10"


def test_a_rule_with_a_colon_is_reported_and_shown_as_written(tmp_path: Path) -> None:
    policy, problems = _policy(tmp_path, "rules:\n  de:\n    - Tipp: frag vorher\n  en:\n    - Ask first\n")
    assert [(p.line, p.code) for p in problems] == [(3, "not-text")]
    assert field_value(policy, "rules", "de") == "- Tipp: frag vorher"
    assert "{" not in field_value(policy, "rules", "de")


def test_missing_translations_and_uneven_rule_lists_are_reported_at_their_lines(tmp_path: Path) -> None:
    text = (
        "data_classes:\n  - {id: public, de: öffentlich}\n  - {id: internal}\n"
        "rules:\n  de:\n    - Eins\n    - Zwei\n  en:\n    - One\n"
    )
    _policy_obj, problems = _policy(tmp_path, text)
    assert sorted((p.line, p.code) for p in problems) == [
        (2, "missing-translation"),
        (3, "missing-translation"),
        (8, "rule-count"),
    ]
    _policy_obj, problems = _policy(tmp_path, "rules:\n  de:\n    - Eins\n")
    assert [(p.line, p.code) for p in problems] == [(1, "missing-translation")]


def test_a_course_version_read_as_a_number_is_reported(tmp_path: Path) -> None:
    pack = tmp_path / "own"
    pack.mkdir()
    (pack / "course.yaml").write_text("id: acme\nversion: 2026.10\ntitle: Acme\n", encoding="utf-8")
    catalog = build_catalog([pack])
    assert [(p.line, p.code) for p in catalog.problems] == [(2, "not-text")]
    assert catalog.course.version == "2026.10"
