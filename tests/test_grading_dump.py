"""benchmarks/grading_dump.py: every grading and scan result on the tuning data, the same lines run after run."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _dump_module():
    spec = importlib.util.spec_from_file_location("grading_dump", ROOT / "benchmarks" / "grading_dump.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_dump_never_reads_a_test_part() -> None:
    module = _dump_module()
    for path in (*module.PROMPT_FILES, *module.SCAN_FILES):
        assert not any(part.startswith("test") for part in path.relative_to(ROOT / "tests" / "data").parts), path
    assert any(p.parent.name == "tune" for p in module.PROMPT_FILES)


@pytest.mark.slow
def test_two_dumps_of_one_checkout_are_identical_and_cover_every_kind(tmp_path: Path, monkeypatch) -> None:
    module = _dump_module()
    rows = [json.loads(line) for line in module.SCAN_FILES[0].read_text(encoding="utf-8").splitlines()[:40]]
    small = tmp_path / "tune.jsonl"
    small.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    monkeypatch.setattr(module, "PROMPT_FILES", [ROOT / "tests/data/prompts2/adversarial.yaml"])
    monkeypatch.setattr(module, "SCAN_FILES", (small,))
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    with open(first, "w", encoding="utf-8") as out:
        counts = module.dump(out)
    with open(second, "w", encoding="utf-8") as out:
        module.dump(out)
    assert first.read_bytes() == second.read_bytes()
    assert counts["prompts"] > 50 and counts["exercise grades"] > 1000 and counts["scans"] == 40
    kinds = {line.split(" ", 1)[0] for line in first.read_text(encoding="utf-8").splitlines()}
    assert kinds == {"P", "P2", "S", "E", "PII"}
    assert module.main([str(tmp_path / "c.txt"), "--code"]) == 2
