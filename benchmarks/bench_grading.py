"""Full rubric (12 structure checks, text checks, no-personal-data) plus a scan on a 2,000-character prompt.

Run: .venv/bin/python benchmarks/bench_grading.py [--no-hostile] [--ref TREE [--rounds N]]
Prints the median per call (target < 5 ms: the workbench grades on every keystroke),
next to the scanner alone and a plain `str.lower()` baseline measured in the same run.
"full" is the rubric (whose no-personal-data check scans) plus the separate scan the
workbench's privacy light runs; the scanner keeps its last few results, so that second scan of
the same text is answered from them (each run's text is new, so the first scan is real). Timings are wall
clock: on a busy machine run it twice. The first grade in a fresh process (compiling
every cue pattern; the sentence reading needs no tagger or model) is reported apart.

Then `grade()` on 1 MB hostile inputs (what `genai-course grade FILE` may get), each
split into the scanner's share and the grader's own (target: the whole under ~1 s;
the exit code gates the grader's own share < 0.5 s, the scanner is reported).

`--ref TREE` instead compares this checkout with another one (e.g. `git worktree add /tmp/ref-12637e4
12637e4`): each tree's own copy of this script supplies the texts and checks, each is measured in a
fresh subprocess with that tree first on sys.path, the two alternate (A B A B, N rounds, default 5),
and the ratio this/ref of the median full grade is printed (exit 1 when it is above 1.00).
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
        fresh = iter(range(1, 10))  # a new text per call: the scanner keeps its last results
        scanner = _fastest(lambda text=text, fresh=fresh: scan(text + " " * next(fresh), names=()))
        total = _fastest(lambda text=text, fresh=fresh: grade(exercise, text + " " * next(fresh), "de"))
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
    """In a fresh process: importing the grader, then the first grade (cue compiling, no tagger or model), in ms."""
    import subprocess

    code = FIRST.format(root=str(Path(__file__).resolve().parent.parent), text=PROMPT)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    return float(out[0]), float(out[1])


AB = """
import importlib.util, statistics, sys, time
sys.path.insert(0, {root!r})
spec = importlib.util.spec_from_file_location("bench_grading_tree", {script!r})
bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench)
assert bench.grade_checks.__module__.startswith("course.") and bench.__file__ == {script!r}
def both(t):
    bench.grade_checks(bench.SPECS, t, "de", names=bench.NAMES)
    bench.scan(t, names=bench.NAMES)
both(bench.TEXTS[-1])
wall, cpu = [], []
for text in bench.TEXTS[: bench.RUNS]:
    w, c = time.perf_counter(), time.process_time()
    both(text)
    cpu.append(time.process_time() - c)
    wall.append(time.perf_counter() - w)
print(statistics.median(wall) * 1000, statistics.median(cpu) * 1000)
"""


def _tree_full(tree: Path) -> tuple[float, float]:
    """(wall, CPU) median ms of a full grade (rubric + scan) in `tree`, measured in a fresh process."""
    import os
    import subprocess

    script = tree / "benchmarks" / "bench_grading.py"
    code = AB.format(root=str(tree), script=str(script))
    env = {**os.environ, "PYTHONPATH": str(tree)}
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tree, env=env)
    if run.returncode != 0:
        raise SystemExit(f"bench_grading --ref: measuring {tree} failed: {run.stderr.strip().splitlines()[-1:]}")
    wall, cpu = run.stdout.split()
    return float(wall), float(cpu)


def compare(ref: Path, rounds: int) -> int:
    """This tree and `ref` alternately (A B A B ...); print each round and the ratio of the medians."""
    here = Path(__file__).resolve().parent.parent
    ref = ref.resolve()
    if not (ref / "benchmarks" / "bench_grading.py").is_file():
        print(f"bench_grading --ref: no benchmarks/bench_grading.py in {ref}")
        return 2
    print(f"full rubric + scan, median of {RUNS} texts per round; this tree {here}, ref {ref}")
    print(f"{'round':<7}{'this wall':>10}{'ref wall':>10}{'this CPU':>10}{'ref CPU':>10}   (ms)")
    mine: list[tuple[float, float]] = []
    theirs: list[tuple[float, float]] = []
    for n in range(rounds):
        first, second = (here, ref) if n % 2 == 0 else (ref, here)  # A B, then B A: drift hits both
        a, b = _tree_full(first), _tree_full(second)
        mine.append(a if first == here else b)
        theirs.append(b if first == here else a)
        print(f"{n + 1:<7}{mine[-1][0]:>10.3f}{theirs[-1][0]:>10.3f}{mine[-1][1]:>10.3f}{theirs[-1][1]:>10.3f}")
    wall = statistics.median(m[0] for m in mine) / statistics.median(t[0] for t in theirs)
    cpu = statistics.median(m[1] for m in mine) / statistics.median(t[1] for t in theirs)
    print(f"ratio this/ref (medians over rounds): wall clock {wall:.2f}, CPU time {cpu:.2f}   target <= 1.00")
    return 0 if min(wall, cpu) <= 1.0 else 1


def main() -> int:
    """Print medians; exit 1 when the full rubric misses 5 ms (CPU time counts: a busy machine inflates wall clock)."""
    if "--ref" in sys.argv:
        at = sys.argv.index("--ref")
        if at + 1 >= len(sys.argv):
            print("bench_grading --ref: give the path of the reference checkout")
            return 2
        rounds = int(sys.argv[sys.argv.index("--rounds") + 1]) if "--rounds" in sys.argv else 5
        return compare(Path(sys.argv[at + 1]), rounds)
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
    print(f"first grade after start:     {first:8.1f} ms (fresh process; grader imported in {imported:.1f} ms before)")
    worst_own = hostile() if "--no-hostile" not in sys.argv else 0.0
    return 0 if min(full, cpu) < 5 and worst_own < 0.5 else 1


if __name__ == "__main__":
    sys.exit(main())
