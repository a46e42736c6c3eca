"""Instructions per scan() under callgrind: a speed measure that a busy machine does not blur.

Run: .venv/bin/python benchmarks/bench_scan_instructions.py [--ref TREE] [--texts N] [--kinds "business text,..."]
Each text kind of bench_scan (the same 2,000-character texts) is scanned N times (default 30 distinct texts) in a
fresh process under `valgrind --tool=callgrind`, counting only inside the scan loop (it runs in functools.reduce,
which the scanner never calls: --toggle-collect=functools_reduce), after a warm-up scan. With --ref the same is done
for another checkout (e.g. `git archive main | tar -x -C /tmp/ref`) and the ratio this/ref is printed. Counts vary
by well under 1 % between runs; CPU times on a shared machine vary by 20 % and more.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

RUN = """
import functools, json, sys
sys.path.insert(0, {tree!r})
from course.scanner import scan
import course
assert course.__file__.startswith({tree!r}), course.__file__
texts = json.load(open({data!r}, encoding="utf-8"))
scan(texts[-1] + " warm")
functools.reduce(lambda acc, text: (scan(text), acc)[1], texts, None)
"""


def instructions(tree: Path, texts: list[str], tmp: Path) -> int:
    """Instructions callgrind counts for scanning `texts` with the scanner of `tree`."""
    data, out = tmp / "texts.json", tmp / "callgrind.out"
    data.write_text(json.dumps(texts), encoding="utf-8")
    code = RUN.format(tree=str(tree), data=str(data))
    run = subprocess.run(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", "--toggle-collect=functools_reduce"]
        + [sys.executable, "-c", code],
        capture_output=True,
        text=True,
    )
    if run.returncode != 0:
        raise SystemExit(f"bench_scan_instructions: {tree} failed: {run.stderr.strip().splitlines()[-1:]}")
    summary = next(line for line in out.read_text().splitlines() if line.startswith("summary:"))
    return int(summary.split()[1])


def main(argv: list[str]) -> int:
    if shutil.which("valgrind") is None:
        print("bench_scan_instructions: valgrind is not installed (apt-get install valgrind)")
        return 2
    import bench_scan

    n = int(argv[argv.index("--texts") + 1]) if "--texts" in argv else 30
    ref = Path(argv[argv.index("--ref") + 1]).resolve() if "--ref" in argv else None
    if ref is not None and not (ref / "course" / "scanner").is_dir():
        print(f"bench_scan_instructions: no course/scanner in {ref}")
        return 2
    every = bench_scan.kinds()
    wanted = argv[argv.index("--kinds") + 1].split(",") if "--kinds" in argv else list(every)
    print(f"scan() instructions per {bench_scan.SIZE:,}-character text ({n} texts per kind, callgrind)")
    print(f"  {'text kind':<18}{'this':>12}" + (f"{'ref':>12}{'ratio':>8}" if ref else ""))
    with tempfile.TemporaryDirectory() as tmp:
        for kind in wanted:
            texts = every[kind][:n]
            mine = instructions(ROOT, texts, Path(tmp)) / n
            if ref is None:
                print(f"  {kind:<18}{mine:12,.0f}")
                continue
            theirs = instructions(ref, texts, Path(tmp)) / n
            print(f"  {kind:<18}{mine:12,.0f}{theirs:12,.0f}{mine / theirs:8.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
