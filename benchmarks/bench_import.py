"""Export and import of a store with 1,000,000 attempts: time and peak memory of each, vs 1,000 attempts.

Each command runs in its own process (`genai-course export` / `import`, the real CLI); the peak
resident memory is that process's own (VmHWM, Linux). Target: under 60 s and 500 MB each way.
Run: .venv/bin/python benchmarks/bench_import.py [N]
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ATTEMPTS = 1_000_000
BASELINE = 1_000
TARGET_S = 60.0
TARGET_MB = 500.0

_RUN = """
import sys, time
from course.cli import main
t = time.perf_counter()
try:
    main(sys.argv[1:], standalone_mode=False)
finally:
    hwm = next(line.split()[1] for line in open("/proc/self/status") if line.startswith("VmHWM:"))
    print("BENCH", time.perf_counter() - t, hwm, file=sys.stderr)
"""


def _fill(db: Path, n: int) -> None:
    """A learner with `n` attempts spread over 40 exercises, written in bulk through the store."""
    from progress.store import Store

    rng = random.Random(7)
    with Store.open(db) as store:
        lid = store.create_learner("Bench").id
        store.set_current_learner(lid)
        batch = []
        for k in range(n):
            score = rng.random()
            batch.append(
                {
                    "attempt_id": str(uuid.UUID(int=rng.getrandbits(128))),
                    "lesson_id": f"l{k % 8}",
                    "exercise_id": f"ex-{k % 40}",
                    "kind": "prompt",
                    "text": None,
                    "score": score,
                    "passed": score >= 0.7,
                    "hints_used": k % 3,
                    "model": None,
                    "checks": [{"name": "role", "passed": score > 0.3}, {"name": "format", "passed": False}],
                    "created_at": (
                        f"2026-{1 + k % 12:02d}-{1 + k % 28:02d}T10:00:{k % 60:02d}.{k % 1_000_000:06d}+00:00"
                    ),
                }
            )
            if len(batch) == 50_000:
                store.add_attempts(lid, batch)
                batch.clear()
        if batch:
            store.add_attempts(lid, batch)
        store.refresh_exercise_state(lid)


def _cli(home: Path, *args: str) -> tuple[float, float]:
    env = {**os.environ, "GENAI_COURSE_HOME": str(home), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", _RUN, *args], env=env, capture_output=True, text=True, check=False)
    line = next((x for x in done.stderr.splitlines() if x.startswith("BENCH ")), None)
    if done.returncode != 0 or line is None:
        raise SystemExit(f"genai-course {' '.join(args)} failed:\n{done.stderr[-2000:]}")
    _, secs, rss_kb = line.split()
    return float(secs), int(rss_kb) / 1024


def _round_trip(tmp: Path, n: int) -> dict[str, float]:
    src, dst = tmp / f"src-{n}", tmp / f"dst-{n}"
    src.mkdir()
    dst.mkdir()
    _fill(src / "progress.db", n)
    out = tmp / f"export-{n}.json"
    ex_s, ex_mb = _cli(src, "export", "-o", str(out))
    im_s, im_mb = _cli(dst, "import", str(out))
    again_s, again_mb = _cli(dst, "import", str(out))  # everything known already: the dedupe path
    from progress.store import Store

    with Store.open(dst / "progress.db") as store:
        learner = store.current_learner()
        stored = store._one("SELECT count(*) FROM attempts WHERE learner_id = ?", (learner.id,))[0]
    if stored != n:
        raise SystemExit(f"import stored {stored} of {n} attempts")
    return {
        "export_s": ex_s,
        "export_mb": ex_mb,
        "import_s": im_s,
        "import_mb": im_mb,
        "reimport_s": again_s,
        "reimport_mb": again_mb,
        "file_mb": out.stat().st_size / 2**20,
    }


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else ATTEMPTS
    tmp = Path(tempfile.mkdtemp(prefix="bench-import-"))
    try:
        base = _round_trip(tmp, BASELINE)
        big = _round_trip(tmp, n)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)  # a million attempts leave about 500 MB behind
    print(f"{'':24}{BASELINE:>12,}{n:>14,}   per-attempt ratio")
    for key in ("export_s", "import_s", "reimport_s"):
        ratio = (big[key] / n) / (base[key] / BASELINE)
        print(f"{key:24}{base[key]:>12.2f}{big[key]:>14.2f}   {ratio:.2f}")
    for key in ("export_mb", "import_mb", "reimport_mb", "file_mb"):
        print(f"{key:24}{base[key]:>12.1f}{big[key]:>14.1f}")
    ok = all(big[k] < TARGET_S for k in ("export_s", "import_s")) and all(
        big[k] < TARGET_MB for k in ("export_mb", "import_mb")
    )
    print(
        json.dumps(
            {
                "attempts": n,
                **{k: round(v, 2) for k, v in big.items()},
                "target": f"< {TARGET_S:g} s and < {TARGET_MB:g} MB each way",
                "met": ok,
            }
        )
    )


if __name__ == "__main__":
    main()
