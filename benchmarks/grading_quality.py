"""Agreement of each structure check with the hand labels in tests/data/prompts (target >= 0.90).

Run: .venv/bin/python benchmarks/grading_quality.py [-v]   (-v lists every disagreement)
Also prints the scanner's quality report when benchmarks/scanner_quality.py exists.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "prompts"
TARGET = 0.90


def load_prompts(folder: Path = DATA) -> list[dict]:
    """Every labelled prompt: id, lang, set, present (a set of check names), text, scenario."""
    entries: list[dict] = []
    for path in sorted(folder.glob("*.yaml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            entries.append({**item, "present": set(item.get("present") or ()), "scenario": path.stem})
    return entries


def agreement(entries: list[dict]) -> dict[str, tuple[float, list[str], list[str]]]:
    """Per structure check: (agreement, false positives, false negatives) by prompt id."""
    from course.grading.structure import find
    from course.grading.textview import TextView
    from course.model import STRUCTURE_CHECKS

    seen = {e["id"]: {c for c in STRUCTURE_CHECKS if find(c, TextView(e["text"])) is not None} for e in entries}
    report: dict[str, tuple[float, list[str], list[str]]] = {}
    for check in STRUCTURE_CHECKS:
        fp = [e["id"] for e in entries if check in seen[e["id"]] and check not in e["present"]]
        fn = [e["id"] for e in entries if check not in seen[e["id"]] and check in e["present"]]
        report[check] = (1 - (len(fp) + len(fn)) / len(entries) if entries else 0.0, fp, fn)
    return report


def _print(title: str, entries: list[dict], verbose: bool) -> bool:
    report = agreement(entries)
    print(f"\n{title}: {len(entries)} prompts ({sum(e['lang'] == 'de' for e in entries)} de, {sum(e['lang'] == 'en' for e in entries)} en)")
    print(f"{'check':<14}{'agreement':>10}{'FP':>5}{'FN':>5}  present")
    ok = True
    for check, (value, fp, fn) in report.items():
        present = sum(check in e["present"] for e in entries)
        flag = "" if value >= TARGET else "  < target"
        ok &= value >= TARGET
        print(f"{check:<14}{value:>10.3f}{len(fp):>5}{len(fn):>5}  {present:>4}{flag}")
        if verbose and (fp or fn):
            print(f"{'':<14}FP: {', '.join(fp)}\n{'':<14}FN: {', '.join(fn)}")
    mean = sum(v for v, _, _ in report.values()) / len(report)
    print(f"{'mean':<14}{mean:>10.3f}")
    return ok


def _scanner_report() -> bool:
    path = ROOT / "benchmarks" / "scanner_quality.py"
    if not path.exists():
        print("\n(benchmarks/scanner_quality.py not found: no scanner report)")
        return True
    spec = importlib.util.spec_from_file_location("scanner_quality", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses in the module look themselves up here
    spec.loader.exec_module(module)
    print("\nScanner quality (benchmarks/scanner_quality.py):")
    return module.main([]) == 0


def main(argv: list[str] | None = None) -> int:
    """Print the agreement tables (all and per set) and the scanner report; 1 if a target is missed."""
    argv = sys.argv[1:] if argv is None else argv
    verbose = "-v" in argv
    sys.path.insert(0, str(ROOT))
    entries = load_prompts()
    ok = _print("All labelled prompts", entries, verbose)
    for name in sorted({str(e.get("set", "dev")) for e in entries}):
        part = [e for e in entries if str(e.get("set", "dev")) == name]
        _print(f"Set {name}", part, verbose and name != "dev")
    if "--no-scanner" not in argv:
        ok &= _scanner_report()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
