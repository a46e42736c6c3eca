"""Scanner quality on the committed Faker corpus: recall >= 0.95 per category, <= 2% of clean texts red."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "pii" / "corpus.jsonl"


@pytest.fixture(scope="module")
def quality():
    spec = importlib.util.spec_from_file_location("scanner_quality", ROOT / "benchmarks" / "scanner_quality.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_corpus_is_big_enough_and_well_formed(rows: list[dict]) -> None:
    labels = Counter(span["category"] for row in rows for span in row["expected"])
    assert set(labels) == {"email", "phone", "iban", "credit-card", "tax-id", "address", "date-of-birth", "name", "secret"}
    assert min(labels.values()) >= 100, labels
    clean = [r for r in rows if r["kind"] == "clean"]
    assert len(clean) >= 300 and all(not r["expected"] for r in clean)
    assert {r["lang"] for r in rows} == {"de", "en"}
    for row in rows:
        for span in row["expected"]:
            assert row["text"][span["start"]:span["end"]] == span["text"]


def test_recall_and_clean_red_share_meet_the_targets(quality, rows: list[dict]) -> None:
    report = quality.evaluate(rows)
    low = {name: round(c.recall, 3) for name, c in report.per_category.items() if c.recall < quality.RECALL_TARGET}
    assert not low, f"recall below {quality.RECALL_TARGET}: {low}; misses: {report.misses[:10]}"
    assert report.clean_red_share <= quality.CLEAN_RED_LIMIT, [a for a in report.false_alarms if a[3]][:10]


def test_the_report_prints_every_category(quality, rows: list[dict], capsys) -> None:
    assert quality.main([str(CORPUS)]) == 0
    out = capsys.readouterr().out
    for name in ("email", "phone", "iban", "credit-card", "tax-id", "address", "date-of-birth", "name", "secret"):
        assert name in out
    assert "clean texts:" in out and "targets met" in out


def test_first_name_list_is_available() -> None:
    from course.scanner.firstnames import first_names

    names = first_names()
    assert len(names) > 40_000, "gender-guesser is missing: bare names ('Anna Schmidt hat angerufen') go unseen"
    assert {"Anna", "Jörg", "Murat", "Emily"} <= names
    assert not {"Tage", "Grant", "Bitte", "The"} & names
