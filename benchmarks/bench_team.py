"""Benchmark the team report: load + summarize + render_html over 1,000 to 10,000 generated exports.

Run: `.venv/bin/python benchmarks/bench_team.py [--keep DIR] [--repeat N]`. Each size runs in a
fresh process (so peak memory is that size's alone), N times; the fastest run counts, since other
load on the machine only ever adds time. Prints seconds, peak RSS, two baselines measured in the same
process (`exchange.read` of every file, the floor the file format sets, msgspec since issue 19; and
the json-module read + canonical checksum it replaced) and the growth 1k -> 10k.
Targets (issue 8, again in issue 17 with Gap-Check answers: four in five learners share one or two):
10,000 exports in under 5 s and under 500 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SIZES = (1_000, 2_000, 5_000, 10_000)
TARGET_S, TARGET_MB = 5.0, 500.0
LEVELS = {f"level-{i}": [f"l{i}-lesson-{j}" for j in range(6)] for i in range(1, 7)}  # 6 x 6 like the course
CHECKS = ("role", "task", "context", "format", "audience", "no-personal-data", "keeps", "examples", "min-words")
GAP_QUESTIONS = ("usage", "confidence", "trust", "motivation", "own-use-case", "allowed", "whom-to-ask", "strategy")


def generate(folder: Path, count: int, seed: int = 8) -> None:
    """`count` sealed exports; about one learner in five exported two or three times."""
    from faker import Faker

    from progress import exchange

    rnd = random.Random(seed)
    fake = Faker("de_DE")
    fake.seed_instance(seed)
    written = 0
    learner = 0
    while written < count:
        learner += 1
        lid = f"{learner:08d}-0000-4000-8000-{rnd.randrange(16**12):012x}"
        name, team = fake.name(), rnd.choice(["Vertrieb", "Einkauf", "Controlling", "HR", "IT", "Marketing"])
        final = rnd.random()
        snapshots = min(count - written, rnd.choice((1, 1, 1, 1, 2, 3)))
        for snap in range(snapshots):
            share = final * (snap + 1) / snapshots
            day = 1 + snap * 9 + rnd.randrange(8)
            data = export_data(rnd, lid, name, team, share, f"2026-10-{day:02d}T{rnd.randrange(24):02d}:00:00+00:00")
            (folder / f"{learner:06d}-{snap}.json").write_text(exchange.dumps(data), encoding="utf-8")
            written += 1


def export_data(rnd: random.Random, lid: str, name: str, team: str, share: float, at: str) -> dict:
    lessons, levels, attempts, n_done = [], [], [], 0
    total = sum(len(v) for v in LEVELS.values())
    target = round(share * total)
    for level, ids in LEVELS.items():
        before = n_done
        for lesson in ids:
            done = n_done < target
            n_done += done
            status = "done" if done else rnd.choice(("not-started", "not-started", "started"))
            tries = rnd.randrange(4) if status != "not-started" else 0
            for t in range(tries):
                passed = done and t == tries - 1
                attempts.append(
                    {
                        "id": f"{lid}-{len(attempts)}",
                        "exercise": f"{lesson}-ex",
                        "lesson": lesson,
                        "kind": "prompt",
                        "score": round(rnd.random(), 2),
                        "passed": passed,
                        "hints_used": rnd.randrange(2),
                        "failed_checks": [] if passed else rnd.sample(CHECKS, rnd.randrange(1, 3)),
                        "model": None,
                        "at": at,
                    }
                )
            lessons.append(
                {
                    "id": lesson,
                    "level": level,
                    "status": status,
                    "score": round(0.6 + 0.4 * rnd.random(), 2) if done else None,
                    "attempts": tries,
                    "hints_used": rnd.randrange(3),
                    "minutes": rnd.randrange(1, 15),
                    "completed_at": at if done else None,
                }
            )
        opened = not levels or levels[-1]["state"] == "done"
        state = "done" if n_done - before == len(ids) else "open" if opened else "locked"
        levels.append({"id": level, "state": state, "score": None})
    return {
        "exported_at": at,
        "course": {"id": "genai-basics", "version": "2026.11", "content_hash": "sha256:bench"},
        "learner": {"id": lid, "name": name, "team": team},
        "levels": levels,
        "lessons": lessons,
        "attempts": attempts,
        "hints": [{"exercise": f"{lessons[0]['id']}-ex", "n": 1}],
        "successes": [
            {
                "title": f"Anwendungsfall {i}: {rnd.choice(['Protokoll', 'Angebot', 'E-Mail', 'Bericht'])}",
                "minutes_saved": rnd.randrange(5, 90),
                "date": at[:10],
            }
            for i in range(rnd.randrange(4))
        ],
        "policy": {"version": "2026.1", "acknowledged_at": at if rnd.random() < 0.8 else None},
        **(
            {
                "gap_check": [
                    {
                        "at": f"2026-{9 + k:02d}-01T10:00:00+00:00",
                        "answers": {q: rnd.randrange(1, 6) for q in GAP_QUESTIONS},
                    }
                    for k in range(1 + (share > 0.5))
                ]
            }
            if rnd.random() < 0.8
            else {}
        ),
    }


def worker(folder: Path, memory: bool, workers: int | None) -> dict:
    """Time load + summarize + render_html on one folder, in a fresh process."""
    from course.team import load_exports, render_html, summarize
    from course.team.pool import default_workers

    if memory:
        import tracemalloc

        tracemalloc.start()
    c0 = time.process_time()
    t0 = time.perf_counter()
    exports, rejected = load_exports([folder], workers=workers)  # None: as the CLI does
    t1 = time.perf_counter()
    summary = summarize(exports, rejected=rejected)
    t2 = time.perf_counter()
    page = render_html(summary, "de")
    t3 = time.perf_counter()
    cpu = time.process_time() - c0
    used = default_workers(len(exports)) if workers is None else workers
    out = {
        "exports": len(exports),
        "rejected": len(rejected),
        "load": t1 - t0,
        "summarize": t2 - t1,
        "cpu": cpu,
        "workers": used,
        "render": t3 - t2,
        "total": t3 - t0,
        "html_mb": len(page.encode()) / 1e6,
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "child_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }
    if memory:
        out["traced_mb"] = tracemalloc.get_traced_memory()[1] / 1e6
    else:
        out["floor"] = floor(folder)
        out["json_floor"] = json_floor(folder)
    return out


def floor(folder: Path) -> float:
    """Baseline in the same process: only `progress.exchange.read` (msgspec parse + checksum) of every file."""
    from course.team.load import gc_paused
    from progress import exchange

    files = sorted(str(p) for p in folder.glob("*.json"))
    with gc_paused():
        t = time.perf_counter()
        for name in files:
            exchange.read(name)
        return time.perf_counter() - t


def json_floor(folder: Path) -> float:
    """The baseline before issue 19: the standard library's json.loads and canonical json.dumps + sha256."""
    import hashlib

    from course.team.load import gc_paused

    files = sorted(str(p) for p in folder.glob("*.json"))
    with gc_paused():
        t = time.perf_counter()
        for name in files:
            with open(name, "rb") as fh:
                data = json.loads(fh.read())
            body = {k: v for k, v in data.items() if k != "checksum"}
            canon = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
            assert "sha256:" + hashlib.sha256(canon.encode()).hexdigest() == data["checksum"]
        return time.perf_counter() - t


def run_worker(folder: Path, memory: bool = False, workers: int | None = None) -> dict:
    cmd = [sys.executable, __file__, "--worker", str(folder)] + (["--memory"] if memory else [])
    cmd += ["--workers", str(workers)] if workers else []
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--memory", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--workers", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--keep", type=Path, help="generate into (or reuse) this folder instead of a temp one")
    parser.add_argument("--repeat", type=int, default=3, help="runs per size; the fastest counts (default 3)")
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker, args.memory, args.workers)))
        return 0
    with tempfile.TemporaryDirectory(prefix="bench-team-") as tmp:
        root = args.keep or Path(tmp)
        full = root / "all"
        if not (full.is_dir() and len(list(full.glob("*.json"))) == SIZES[-1]):
            full.mkdir(parents=True, exist_ok=True)
            t = time.perf_counter()
            generate(full, SIZES[-1])
            print(
                f"generated {SIZES[-1]:,} exports in {time.perf_counter() - t:.1f} s "
                f"({sum(p.stat().st_size for p in full.iterdir()) / 1e6:.0f} MB)"
            )
        files = sorted(full.glob("*.json"))
        results = {}
        for size in SIZES:
            sub = root / f"n{size}"
            if not sub.is_dir():
                sub.mkdir()
                for f in files[:size]:
                    try:
                        os.link(f, sub / f.name)
                    except OSError:
                        shutil.copyfile(f, sub / f.name)
            runs = [run_worker(sub) for _ in range(args.repeat)]
            results[size] = r = min(runs, key=lambda x: x["total"])
            r["floor"] = min(x["floor"] for x in runs)
            r["json_floor"] = min(x["json_floor"] for x in runs)
            workers = f" + {r['workers']} workers x {r['child_rss_mb']:.0f} MB" if r["workers"] > 1 else ""
            print(
                f"{size:>6,} exports: {r['total']:.2f} s (load {r['load']:.2f} with {r['workers']} process(es), "
                f"summarize {r['summarize']:.2f}, render_html {r['render']:.2f}); peak RSS {r['rss_mb']:.0f} MB"
                f"{workers}; HTML {r['html_mb']:.1f} MB | baseline, exchange.read of every file in one process: "
                f"{r['floor']:.2f} s -> {r['total'] / r['floor']:.2f}x; the json-module read of before issue 19: "
                f"{r['json_floor']:.2f} s -> {r['total'] / r['json_floor']:.2f}x"
            )
        single = min(
            (run_worker(root / f"n{SIZES[-1]}", workers=1) for _ in range(args.repeat)), key=lambda x: x["total"]
        )
        print(
            f"{SIZES[-1]:>6,} exports in one process: {single['total']:.2f} s (load {single['load']:.2f}, "
            f"summarize {single['summarize']:.2f}, render_html {single['render']:.2f}; CPU {single['cpu']:.2f} s); "
            f"peak RSS {single['rss_mb']:.0f} MB | json-module read baseline {single['json_floor']:.2f} s -> "
            f"{single['total'] / single['json_floor']:.2f}x"
        )
        traced = run_worker(root / f"n{SIZES[-1]}", memory=True, workers=1)["traced_mb"]
        big, small = results[SIZES[-1]], results[SIZES[0]]
        ratio = big["total"] / small["total"]
        print(
            f"growth 10k/1k: {ratio:.1f}x time for 10x exports "
            f"({small['total'] / SIZES[0] * 1e6:.0f} -> {big['total'] / SIZES[-1] * 1e6:.0f} µs per export); "
            f"in one process {single['total'] / small['total']:.1f}x"
        )
        print(
            f"peak Python memory (tracemalloc, 10k, one process): {traced:.0f} MB; "
            f"load {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs while measuring"
        )
        memory = big["rss_mb"] + (big["workers"] * big["child_rss_mb"] if big["workers"] > 1 else 0)
        ok = big["total"] < TARGET_S and memory < TARGET_MB
        print(
            f"target 10k < {TARGET_S:.0f} s and < {TARGET_MB:.0f} MB: {'PASS' if ok else 'FAIL'} "
            f"({big['total']:.2f} s; {memory:.0f} MB RSS, main process plus workers)"
        )
        return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
