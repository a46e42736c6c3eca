"""The structure checks agree with the hand labels in tests/data/prompts at least 90 % per check."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _quality():
    spec = importlib.util.spec_from_file_location("grading_quality", ROOT / "benchmarks" / "grading_quality.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_labelled_prompts_cover_the_brief() -> None:
    entries = _quality().load_prompts()
    assert len(entries) >= 200
    assert {e["lang"] for e in entries} == {"de", "en"}
    assert len({e["scenario"] for e in entries}) >= 6 or len({e["id"].split("-")[0] for e in entries}) >= 6
    assert len({e["id"] for e in entries}) == len(entries)
    weak = [e for e in entries if len(e["present"]) <= 2]
    good = [e for e in entries if len(e["present"]) >= 5]
    assert len(weak) >= 30 and len(good) >= 30


def test_every_structure_check_agrees_with_the_labels() -> None:
    quality = _quality()
    report = quality.agreement(quality.load_prompts())
    low = {check: round(value, 3) for check, (value, _fp, _fn) in report.items() if value < 0.90}
    assert not low, f"checks below 0.90 agreement: {low}"


def test_the_test_part_is_reported_in_aggregate_only(capsys, tmp_path) -> None:
    """On a stand-in test part (the real one is measured by hand, a few times): no id, no disagreement listed."""
    quality = _quality()
    (tmp_path / "test").mkdir()
    (tmp_path / "test" / "x.yaml").write_text(
        "- {id: fake-de-1, lang: de, present: [task, role], text: 'Schreib eine Mail.'}\n"
        "- {id: fake-en-1, lang: en, present: [], text: 'You are a lawyer. Write a letter.'}\n",
        encoding="utf-8",
    )
    quality.PROMPTS2 = tmp_path
    quality.main(["--part", "test", "-v", "--no-scanner"])
    out = capsys.readouterr().out
    assert "TEST part" in out and ": 2 prompts" in out and "overall" in out
    assert "fake-" not in out and "FP:" not in out
