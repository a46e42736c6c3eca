"""The scanner on 2,000-character texts (every keystroke, debounced) and on 1 MB inputs (bounded).

Run: .venv/bin/python benchmarks/bench_scan.py [--quick] [--ref TREE [--rounds N]]
Prints per text kind the median CPU time of `scan()` (target: well under 2 ms) and its ratio to a
baseline measured in the same run (one regex pass that splits the same text into words), the
first call of a fresh process (loads phonenumbers and the first-name list), and the time for
1 MB inputs, hostile ones included. CPU time (thread_time) keeps a busy machine from
inflating the numbers; wall clock is printed for the 1 MB cases.

`--ref TREE` instead compares this checkout's scanner with another checkout's (e.g. `git worktree add
/tmp/ref-12637e4 12637e4`) on the same 2,000-character texts: each tree is measured in a fresh subprocess
with that tree first on sys.path, the two alternate (A B A B, N rounds, default 4), and the ratio
this/ref of the median per text kind is printed.
"""

from __future__ import annotations

import json
import random
import re
import statistics
import string
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from course.scanner import scan

CORPUS = ROOT / "tests" / "data" / "pii" / "corpus.jsonl"
TUNE = ROOT / "tests" / "data" / "pii2" / "tune.jsonl"  # texts of the second corpus' tuning part only
TARGET_MS = 2.0
SIZE = 2000

PROMPT = (
    "Du bist eine erfahrene Assistenz im Vertrieb. Schreibe eine freundliche, kurze Antwort an einen Kunden, "
    "der nach dem Liefertermin seiner Bestellung fragt. Nenne keinen konkreten Tag, sondern verweise auf die "
    "Auftragsbestätigung. Ton: höflich, klar, per Sie. Format: drei Absätze, höchstens 120 Wörter. "
    "Kontext: Wir sind ein mittelständischer Großhändler für Büromaterial mit Lager in Kassel. "
)


def _rows(path: Path = CORPUS) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _fill(parts: list[str], size: int = SIZE) -> str:
    out, i = "", 0
    while len(out) < size:
        out += parts[i % len(parts)] + "\n\n"
        i += 1
    return out[:size]


def kinds() -> dict[str, list[str]]:
    """Texts of 2,000 characters: a prompt, clean business text, and text full of personal data."""
    rows = _rows()
    clean = [r["text"] for r in rows if r["kind"] == "clean"]
    pii = [r["text"] for r in rows if r["kind"] == "pii"]
    rows2 = _rows(TUNE)
    clean2 = [r["text"] for r in rows2 if r["kind"] == "clean"]
    pii2 = [r["text"] for r in rows2 if r["kind"] == "pii"]
    rnd = random.Random(7)
    out: dict[str, list[str]] = {
        "prompt (prose)": [],
        "business text": [],
        "business DACH/UK": [],
        "personal data": [],
        "personal DACH/UK": [],
    }
    for i in range(200):  # a different text per run, so that no cache answers
        out["prompt (prose)"].append(_fill([PROMPT + f" Ticket {i}."]))
        out["business text"].append(_fill(rnd.sample(clean, 12)))
        out["business DACH/UK"].append(_fill(rnd.sample(clean2, 14)))
        out["personal data"].append(_fill(rnd.sample(pii, 20)))
        out["personal DACH/UK"].append(_fill(rnd.sample(pii2, 20)))
    return out


def median_ms(fn, texts: list[str]) -> float:
    fn(texts[-1])
    times = []
    for text in texts:
        start = time.thread_time()
        fn(text)
        times.append(time.thread_time() - start)
    return statistics.median(times) * 1000


_WORDS = re.compile(r"[^\W\d_]+")


def baseline(text: str) -> None:
    _WORDS.findall(text)


def first_call_ms() -> float:
    code = (
        "import time; t=time.perf_counter(); from course.scanner import scan; "
        "scan('Herr Weber, Tel. 030 1234567'); print((time.perf_counter()-t)*1000)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def megabyte_cases() -> dict[str, str]:
    m = 1_000_000
    rnd = random.Random(1)
    rows = _rows()
    return {
        "business + personal data": ("\n\n".join(r["text"] for r in rows) * 3)[:m],
        "random printable": "".join(rnd.choice(string.printable) for _ in range(m)),
        "digits only": "".join(rnd.choice(string.digits) for _ in range(m)),
        "'Herr ' repeated": "Herr " * (m // 5),
        "phone lines repeated": "Tel. 030 1234567 " * (m // 17),
        "emoji, RTL marks, escapes": "😀\u202e\x1b[31m\x00\u200b" * (m // 8),
        "NBSP/ZWSP between digits": "DE89\u00a03704\u200b" * (m // 11),
        "full-width text": "Ｔｅｌ. ０３０ １２３４５６７ ＠ " * (m // 22),
        "UK postcodes repeated": "Flat 1, 2 Mill Lane, Bristol BS1 4DJ " * (m // 37),
        "4-digit towns repeated": "Hauptstraße 1 1010 Wien 2020 Graz " * (m // 34),
        "health words repeated": "Anna Weber ist krankgeschrieben, diagnosed with " * (m // 47),
        "password words repeated": "Passwort für den Zugang lautet " * (m // 31),
        "Postfach and c/o repeated": "c/o Postfach 1 c/o " * (m // 19),
    }


AB = """
import json, statistics, sys, time
sys.path.insert(0, {root!r})
from course.scanner import scan
assert scan.__module__.startswith("course.") and sys.modules["course"].__file__.startswith({root!r})
texts = json.load(open({data!r}, encoding="utf-8"))
out = {{}}
for name, group in texts.items():
    scan(group[-1] + " warm")
    times = []
    for text in group:
        start = time.thread_time()
        scan(text)
        times.append(time.thread_time() - start)
    out[name] = statistics.median(times) * 1000
print(json.dumps(out))
"""


def _tree_medians(tree: Path, data: Path) -> dict[str, float]:
    """Median CPU ms of scan() per text kind in `tree`, measured in a fresh process."""
    import os

    env = {**os.environ, "PYTHONPATH": str(tree)}
    code = AB.format(root=str(tree), data=str(data))
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tree, env=env)
    if run.returncode != 0:
        raise SystemExit(f"bench_scan --ref: measuring {tree} failed: {run.stderr.strip().splitlines()[-1:]}")
    return json.loads(run.stdout)


def compare(ref: Path, rounds: int) -> int:
    """This checkout's scanner and `ref`'s alternately on the same texts; print the ratio per text kind."""
    import tempfile

    ref = ref.resolve()
    if not (ref / "course" / "scanner").is_dir():
        print(f"bench_scan --ref: no course/scanner in {ref}")
        return 2
    texts = kinds()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "texts.json"
        data.write_text(json.dumps(texts), encoding="utf-8")
        mine: list[dict[str, float]] = []
        theirs: list[dict[str, float]] = []
        for n in range(rounds):
            order = (ROOT, ref) if n % 2 == 0 else (ref, ROOT)  # A B, then B A: drift hits both
            got = {tree: _tree_medians(tree, data) for tree in order}
            mine.append(got[ROOT])
            theirs.append(got[ref])
    print(f"scan() median CPU ms per {SIZE:,}-character text, {rounds} rounds; this tree {ROOT}, ref {ref}")
    print(f"  {'text kind':<18}{'this':>8}{'ref':>8}{'ratio':>8}")
    for name in texts:
        a = statistics.median(m[name] for m in mine)
        b = statistics.median(t[name] for t in theirs)
        print(f"  {name:<18}{a:8.3f}{b:8.3f}{a / b:8.2f}")
    return 0


def main(argv: list[str]) -> int:
    if "--ref" in argv:
        at = argv.index("--ref")
        if at + 1 >= len(argv):
            print("bench_scan --ref: give the path of the reference checkout")
            return 2
        rounds = int(argv[argv.index("--rounds") + 1]) if "--rounds" in argv else 4
        return compare(Path(argv[at + 1]), rounds)
    quick = "--quick" in argv
    texts = kinds()
    base = median_ms(baseline, texts["business text"])
    print(f"scan() on {SIZE:,}-character texts (median CPU time, {len(texts['business text'])} distinct texts each)")
    print(f"baseline (one regex word split of the same text): {base:.3f} ms")
    worst_typical = 0.0
    for name, group in texts.items():
        ms = median_ms(scan, group)
        if not name.startswith("personal"):
            worst_typical = max(worst_typical, ms)
        print(f"  {name:<16} {ms:6.3f} ms  = {ms / base:5.1f} x baseline")
    print(
        f"target: median under {TARGET_MS} ms for prompts and business text -> "
        f"{'met' if worst_typical < TARGET_MS else 'NOT MET'} ({worst_typical:.3f} ms)"
    )
    print(f"first call in a fresh process (imports, first-name list): {first_call_ms():.0f} ms")
    if quick:
        return 0
    print("1 MB inputs (wall clock, bounded: no catastrophic patterns)")
    slowest = ("", 0.0)
    for name, text in megabyte_cases().items():
        start = time.perf_counter()
        result = scan(text)
        took = time.perf_counter() - start
        slowest = max(slowest, (name, took), key=lambda x: x[1])
        print(f"  {name:<26} {took:6.2f} s  {result.level:<6} {len(result.findings)} findings")
    print(f"slowest 1 MB case: {slowest[0]} ({slowest[1]:.2f} s)")
    return 0 if worst_typical < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
