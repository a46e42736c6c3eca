"""Full rubric (12 structure checks, text checks, no-personal-data) plus a scan on a 2,000-character prompt.

Run: .venv/bin/python benchmarks/bench_grading.py [--no-hostile]
Prints the median per call (target < 5 ms: the workbench grades on every keystroke),
next to the scanner alone and a plain `str.lower()` baseline measured in the same run.
"full" is the rubric (whose no-personal-data check scans) plus the separate scan the
workbench's privacy light runs, so the scanner is counted twice. Timings are wall
clock: on a busy machine run it twice. The first grade in a fresh process (compiling
every cue pattern; the sentence reading needs no tagger or model) is reported apart.

Then `grade()` on 1 MB hostile inputs (what `genai-course grade FILE` may get), each
split into the scanner's share and the grader's own (target: the whole under ~1 s;
the exit code gates the grader's own share < 0.5 s, the scanner is reported).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from course.content import STRUCTURE_CHECKS, CheckSpec, Exercise
from course.grading import grade, grade_checks
from course.scanner import scan

PROMPT = (
    "Du bist Assistenz der Geschäftsführung in einem mittelständischen Maschinenbauunternehmen. "
    "Aus unserem Jour fixe am Montag habe ich nur Stichpunkte. Erstelle daraus ein Ergebnisprotokoll "
    "für die Geschäftsführung als Tabelle mit den Spalten Thema, Beschluss, Verantwortlich, Termin. "
    "Übernimm nur, was in den Notizen steht, und schreib sachlich. Wenn eine Verantwortung fehlt, "
    'schreib "offen". Beispiel: Budget | freigegeben | [VERANTWORTLICH] | 30.06.\n'
    "###\nBudget Q3 freigegeben; Launch verschoben auf Mai; Lieferantenfrage klärt Einkauf; "
    "Messeplanung: Stand ist gut, Standbau bestellt; Rechnung 2024-0117 bezahlt.\n###\n"
)
PROMPT = (PROMPT * (2000 // len(PROMPT) + 1))[:2000]
SPECS = tuple(CheckSpec(n) for n in STRUCTURE_CHECKS) + (
    CheckSpec("icontains-any", ("Protokoll", "minutes")),
    CheckSpec("icontains-all", ("Tabelle", "Spalten")),
    CheckSpec("regex", r"\b\d+\s*(?:Sätze|Wörter)"),
    CheckSpec("min-words", 25),
    CheckSpec("max-words", 400),
    CheckSpec("is-json"),
    CheckSpec("contains", "Passwort", negate=True),
    CheckSpec("no-personal-data"),
)
NAMES = ("Erika Mustermann", "Mustermann")


RUNS = 500
TEXTS = [PROMPT[:-6] + f"{i:06d}" for i in range(RUNS + 1)]
"""A different text per run, so that no cache (of the grader or the scanner) answers."""


def median_ms(fn, runs: int = RUNS, clock=time.perf_counter) -> float:
    """Median time of `fn(text)` in milliseconds over `runs` distinct texts, after a warm-up."""
    fn(TEXTS[-1])
    times = []
    for text in TEXTS[:runs]:
        start = clock()
        fn(text)
        times.append(clock() - start)
    return statistics.median(times) * 1000


MB = 1_000_000
HOSTILE = {
    "'1 ' repeated": "1 " * (MB // 2),
    "'1' repeated": "1" * MB,
    "'Herr ' repeated": "Herr " * (MB // 5),
    "long line, no spaces": ("Abc1-x_" * (MB // 7 + 1))[:MB],
    "100k newlines": "\n" * 100_000,
    "'a@' repeated": "a@" * (MB // 2),
    "prose repeated": ("Du bist Assistenz. Schreibe eine Tabelle für den Vorstand. " * 20_000)[:MB],
}


def _fastest(fn, runs: int = 2) -> float:
    """The fastest of `runs` calls in seconds (a busy machine only ever adds time)."""
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def hostile() -> float:
    """grade() on each hostile input: total, scanner share, grader share; returns the worst grader share (s)."""
    exercise = Exercise(id="bench", kind="prompt", checks=SPECS)
    worst = 0.0
    print(f"\n{'1 MB hostile input':<22}{'grade()':>9}{'scanner':>9}{'grader':>9}   target: grade() ~1 s")
    for name, text in HOSTILE.items():
        scanner = _fastest(lambda text=text: scan(text, names=()))
        fresh = iter(range(1, 10))
        total = _fastest(
            lambda text=text, fresh=fresh: grade(exercise, text + " " * next(fresh), "de")
        )  # new text: no cached scan
        own = max(0.0, total - scanner)
        worst = max(worst, own)
        flag = "" if total < 1.0 else "   over ~1 s (scanner)" if own < 0.5 else "   over ~1 s"
        print(f"{name:<22}{total:>8.3f}s{scanner:>8.3f}s{own:>8.3f}s{flag}")
    return worst


FIRST = """
import sys, time
sys.path.insert(0, {root!r})
start = time.perf_counter()
from course.grading import grade_checks
from course.content import STRUCTURE_CHECKS, CheckSpec
imported = time.perf_counter()
grade_checks(tuple(CheckSpec(n) for n in STRUCTURE_CHECKS) + (CheckSpec("no-personal-data"),), {text!r}, "de")
graded = time.perf_counter()
print(f"{{(imported - start) * 1000:.1f}} {{(graded - imported) * 1000:.1f}}")
"""


def first_grade() -> tuple[float, float]:
    """In a fresh process: importing the grader, then the first grade (cue compiling, no tagger or model to load), in ms."""
    import subprocess

    code = FIRST.format(root=str(Path(__file__).resolve().parent.parent), text=PROMPT)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    return float(out[0]), float(out[1])


def main() -> int:
    """Print medians; exit 1 when the full rubric misses 5 ms (CPU time counts: a busy machine inflates wall clock)."""
    baseline = median_ms(lambda t: t.lower())
    scan_only = median_ms(lambda t: scan(t, names=NAMES))
    rubric = median_ms(lambda t: grade_checks(SPECS, t, "de", names=NAMES))

    def both(t: str) -> None:
        grade_checks(SPECS, t, "de", names=NAMES)
        scan(t, names=NAMES)

    full = median_ms(both)
    cpu = median_ms(both, clock=time.process_time)
    print(f"prompt: {len(PROMPT)} characters, {len(SPECS)} checks")
    print(f"baseline str.lower():        {baseline:8.3f} ms")
    print(f"scan alone:                  {scan_only:8.3f} ms")
    print(f"rubric alone (scan inside):  {rubric:8.3f} ms")
    print(f"full rubric + scan (median): {full:8.3f} ms wall clock   target < 5 ms   ({full / 5:.0%} of budget)")
    print(f"full rubric + scan (median): {cpu:8.3f} ms CPU time     target < 5 ms   ({cpu / 5:.0%} of budget)")
    imported, first = first_grade()
    print(
        f"first grade after start:     {first:8.1f} ms (fresh process; import of the grader {imported:.1f} ms before it)"
    )
    worst_own = hostile() if "--no-hostile" not in sys.argv else 0.0
    return 0 if min(full, cpu) < 5 and worst_own < 0.5 else 1


if __name__ == "__main__":
    sys.exit(main())
