"""Agreement of each structure check with hand labels: prompts2 test part (the measure), tune, adversarial, old set.

Run: .venv/bin/python benchmarks/grading_quality.py [--part test|tune|adversarial|old|all] [-v]

The measure is the untouched test part of tests/data/prompts2 (targets: overall
>= 0.95, every check >= 0.90 in both languages); only its aggregate numbers are
ever printed. `-v` lists disagreements for the tune part, the adversarial file
and the old set (tests/data/prompts), never for the test part.
The scanner is measured apart (benchmarks/scanner_quality.py): running this never scans its held-out test part.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "prompts"
PROMPTS2 = ROOT / "tests" / "data" / "prompts2"
TARGET = 0.90
OVERALL = 0.95


def load_prompts(folder: Path = DATA) -> list[dict]:
    """Every labelled prompt: id, lang, set, present (a set of check names), text, scenario."""
    entries: list[dict] = []
    for path in sorted(folder.glob("*.yaml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            entries.append({**item, "present": set(item.get("present") or ()), "scenario": path.stem})
    return entries


def load_part(name: str) -> list[dict]:
    """One part of prompts2: 'tune', 'test' (folders) or 'adversarial' (one file); [] when missing."""
    if name == "adversarial":
        path = PROMPTS2 / "adversarial.yaml"
        items = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else []
        return [{**i, "present": set(i.get("present") or ()), "scenario": "adversarial"} for i in items or []]
    folder = PROMPTS2 / name
    return load_prompts(folder) if folder.is_dir() else []


def verdicts(entries: list[dict]) -> dict[str, set[str]]:
    """The structure checks the grader finds in each prompt (with the exercise's task text where given)."""
    from course.content import STRUCTURE_CHECKS
    from course.grading.cleantext import TextView
    from course.grading.structure import find

    seen: dict[str, set[str]] = {}
    for e in entries:
        tv = TextView(e["text"])
        task = str(e.get("task") or "")
        seen[e["id"]] = {c for c in STRUCTURE_CHECKS if find(c, tv, task_text=task) is not None}
    return seen


def agreement(entries: list[dict]) -> dict[str, tuple[float, list[str], list[str]]]:
    """Per structure check: (agreement, false positives, false negatives) by prompt id."""
    from course.content import STRUCTURE_CHECKS

    seen = verdicts(entries)
    report: dict[str, tuple[float, list[str], list[str]]] = {}
    for check in STRUCTURE_CHECKS:
        fp = [e["id"] for e in entries if check in seen[e["id"]] and check not in e["present"]]
        fn = [e["id"] for e in entries if check not in seen[e["id"]] and check in e["present"]]
        report[check] = (1 - (len(fp) + len(fn)) / len(entries) if entries else 0.0, fp, fn)
    return report


def by_language(entries: list[dict]) -> dict[str, dict[str, float]]:
    """Per language, per check: agreement (and 'overall', the share of all check verdicts that agree)."""
    out: dict[str, dict[str, float]] = {}
    for lang in ("de", "en"):
        part = [e for e in entries if e.get("lang") == lang]
        if not part:
            continue
        report = agreement(part)
        values = {check: value for check, (value, _, _) in report.items()}
        values["overall"] = sum(values.values()) / len(values)
        out[lang] = values
    return out


def _table(title: str, entries: list[dict], verbose: bool, gate: bool) -> bool:
    """Print agreement per check: all, de, en (+ FP/FN counts); disagreements only when `verbose`."""
    if not entries:
        print(f"\n{title}: no prompts found")
        return not gate
    report = agreement(entries)
    langs = by_language(entries)
    n_de = sum(e.get("lang") == "de" for e in entries)
    print(f"\n{title}: {len(entries)} prompts ({n_de} de, {len(entries) - n_de} en)")
    print(f"{'check':<14}{'all':>8}{'de':>8}{'en':>8}{'FP':>5}{'FN':>5}  present")
    ok = True
    for check, (value, fp, fn) in report.items():
        present = sum(check in e["present"] for e in entries)
        de, en = langs.get("de", {}).get(check), langs.get("en", {}).get(check)
        low = [v for v in (value, de, en) if v is not None and v < TARGET]
        ok &= not low
        flag = "  < 0.90" if low else ""
        print(f"{check:<14}{value:>8.3f}{_num(de)}{_num(en)}{len(fp):>5}{len(fn):>5}  {present:>4}{flag}")
        if verbose and (fp or fn):
            print(f"{'':<14}FP: {', '.join(fp)}\n{'':<14}FN: {', '.join(fn)}")
    overall = sum(v for v, _, _ in report.values()) / len(report)
    ok &= overall >= OVERALL
    print(
        f"{'overall':<14}{overall:>8.3f}"
        f"{_num(langs.get('de', {}).get('overall'))}{_num(langs.get('en', {}).get('overall'))}"
        f"{'' if overall >= OVERALL else '  < 0.95'}"
    )
    return ok or not gate


def _num(value: float | None) -> str:
    return f"{value:>8.3f}" if value is not None else f"{'-':>8}"


def main(argv: list[str] | None = None) -> int:
    """Print the tables; exit 1 when the test part misses a target (or a chosen part when it is the only one)."""
    argv = sys.argv[1:] if argv is None else argv
    verbose = "-v" in argv
    part = argv[argv.index("--part") + 1] if "--part" in argv and argv.index("--part") + 1 < len(argv) else "all"
    sys.path.insert(0, str(ROOT))
    ok = True
    if part in ("all", "test"):
        ok &= _table(
            "prompts2 TEST part (untouched; aggregate only, never listed)", load_part("test"), False, gate=True
        )
    if part in ("all", "tune"):
        ok &= _table("prompts2 tune part", load_part("tune"), verbose, gate=part == "tune")
    if part in ("all", "adversarial"):
        ok &= _table("prompts2 adversarial", load_part("adversarial"), verbose, gate=part == "adversarial")
    if part in ("all", "old"):
        ok &= _table("tests/data/prompts (old set, fitted)", load_prompts(), verbose, gate=part == "old")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
