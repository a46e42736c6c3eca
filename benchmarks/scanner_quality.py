"""Scanner quality on the labelled corpus: per-category precision/recall and the share of clean texts flagged red.

Run: .venv/bin/python benchmarks/scanner_quality.py [--misses] [CORPUS]
A label counts as found when findings of its category cover at least 80% of its span; a finding counts
as correct when it overlaps a label of its category. Targets (issue 4): recall >= 0.95 per category,
at most 2% of clean business texts red.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from course.scanner import CATEGORIES, scan

CORPUS = ROOT / "tests" / "data" / "pii" / "corpus.jsonl"
RECALL_TARGET = 0.95
CLEAN_RED_LIMIT = 0.02
COVERAGE = 0.8


@dataclass
class Counts:
    labels: int = 0
    found: int = 0
    exact: int = 0
    findings: int = 0
    correct: int = 0

    @property
    def recall(self) -> float:
        return self.found / self.labels if self.labels else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.findings if self.findings else 1.0


@dataclass
class Report:
    per_category: dict[str, Counts]
    clean_total: int = 0
    clean_red: int = 0
    clean_yellow: int = 0
    pii_not_red: int = 0
    pii_total: int = 0
    misses: list[tuple[str, str, str]] = field(default_factory=list)
    false_alarms: list[tuple[str, str, str, bool]] = field(default_factory=list)

    @property
    def clean_red_share(self) -> float:
        return self.clean_red / self.clean_total if self.clean_total else 0.0

    @property
    def passed(self) -> bool:
        return (all(c.recall >= RECALL_TARGET for c in self.per_category.values() if c.labels)
                and self.clean_red_share <= CLEAN_RED_LIMIT)


def load(path: Path = CORPUS) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def evaluate(rows: list[dict] | None = None) -> Report:
    """Scan every corpus text and compare with its labels."""
    rows = load() if rows is None else rows
    report = Report({c: Counts() for c in CATEGORIES})
    for row in rows:
        text, labels = row["text"], row["expected"]
        result = scan(text, row.get("names", ()))
        if row["kind"] == "clean":
            report.clean_total += 1
            report.clean_red += result.level == "red"
            report.clean_yellow += result.level == "yellow"
        else:
            report.pii_total += 1
            report.pii_not_red += result.level != "red"
        for lab in labels:
            counts = report.per_category[lab["category"]]
            counts.labels += 1
            same = [f for f in result.findings if f.category == lab["category"]]
            covered = sum(max(0, min(f.end, lab["end"]) - max(f.start, lab["start"])) for f in same)
            if covered >= COVERAGE * (lab["end"] - lab["start"]):
                counts.found += 1
                counts.exact += any(f.start == lab["start"] and f.end == lab["end"] for f in same)
            else:
                report.misses.append((row["id"], lab["category"], lab["text"]))
        for f in result.findings:
            counts = report.per_category[f.category]
            counts.findings += 1
            if any(lab["category"] == f.category and f.start < lab["end"] and lab["start"] < f.end for lab in labels):
                counts.correct += 1
            else:
                report.false_alarms.append((row["id"], f.category, f.text, f.strong))
    return report


def render(report: Report) -> str:
    lines = [f"{'category':<14} {'labels':>6} {'recall':>7} {'exact':>6} {'findings':>8} {'precision':>9}"]
    for name, c in report.per_category.items():
        mark = "" if c.recall >= RECALL_TARGET else "  <- below target"
        exact = c.exact / c.found if c.found else 1.0
        lines.append(f"{name:<14} {c.labels:>6} {c.recall:>7.3f} {exact:>6.2f} {c.findings:>8} {c.precision:>9.3f}{mark}")
    lines.append(f"clean texts: {report.clean_total}, red {report.clean_red} ({report.clean_red_share:.1%}, "
                 f"limit {CLEAN_RED_LIMIT:.0%}), yellow {report.clean_yellow}, green "
                 f"{report.clean_total - report.clean_red - report.clean_yellow}")
    lines.append(f"texts with personal data not red: {report.pii_not_red} of {report.pii_total}")
    lines.append("targets met" if report.passed else "TARGETS NOT MET")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    show = "--misses" in argv
    paths = [a for a in argv if not a.startswith("--")]
    report = evaluate(load(Path(paths[0])) if paths else None)
    print(render(report))
    if show:
        for item in report.misses:
            print("MISS", *item, sep="  ")
        for item in report.false_alarms:
            print("FALSE", *item, sep="  ")
    return 0 if report.passed else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
