"""Measures xAPI statements for a learner with 1,000 attempts: built, sent to a local Ralph, sent again.

Baseline in the same run: the same statements posted raw (http.client, batches of 100) to a second
fresh Ralph, i.e. what the LRS itself costs; three rounds on fresh LRSs, medians. Needs `pip install -e '.[test,lrs]'`.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

ATTEMPTS = 1_000
ROUNDS = 3


def _fill(store, learner_id: str, catalog, n: int) -> None:
    rng = random.Random(20)
    pairs = [(i, e.id, e.kind) for i in catalog.lesson_ids for e in catalog.lesson(i, "en").exercises]
    with store.transaction():
        for lesson_id in catalog.lesson_ids:
            store.mark_started(learner_id, lesson_id)
        for k in range(n):
            lesson_id, ex_id, kind = pairs[k % len(pairs)]
            score = rng.random()
            store.record_attempt(
                learner_id,
                lesson_id,
                ex_id,
                kind,
                f"prompt text {k}",
                score,
                score >= 0.7,
                [{"name": "role", "passed": score > 0.3}],
                duration_s=20.0,
            )
        store.acknowledge_policy(learner_id, "2026-1")


def _raw_post(url: str, auth: str, statements: list[dict]) -> float:
    import http.client
    from base64 import b64encode
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    headers = {
        "Content-Type": "application/json",
        "X-Experience-API-Version": "1.0.3",
        "Authorization": "Basic " + b64encode(auth.encode()).decode(),
    }
    start = time.perf_counter()
    for i in range(0, len(statements), 100):
        conn.request("POST", parts.path.rstrip("/") + "/statements", json.dumps(statements[i : i + 100]), headers)
        response = conn.getresponse()
        response.read()
        assert response.status in (200, 204), response.status
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def main() -> None:
    from helpers.ralph_lrs import Ralph, ralph_missing

    missing = ralph_missing()
    if missing:
        print(f"cannot measure: {missing}")
        return
    tmp = Path(tempfile.mkdtemp(prefix="bench-xapi-"))
    os.environ["GENAI_COURSE_HOME"] = str(tmp / "home")
    from course.catalog import load_catalog
    from course.xapi.lrs import Lrs, auth_header, send
    from course.xapi.statements import build_statements
    from progress.store import Store

    catalog = load_catalog()
    store = Store.open(tmp / "progress.db")
    learner = store.create_learner("Bench", "", "en")
    _fill(store, learner.id, catalog, ATTEMPTS)

    start = time.perf_counter()
    statements = build_statements(catalog, store, learner, "en")
    build_s = time.perf_counter() - start
    n = len(statements)
    print(
        f"{ATTEMPTS:,} attempts -> {n:,} statements built in {build_s * 1000:.0f} ms ({n / build_s:,.0f} statements/s)"
    )

    base_runs, send_runs, again_runs = [], [], []
    for round_no in range(ROUNDS):  # fresh LRSs each round, the order alternating, medians reported
        baseline_lrs = Ralph(tmp / f"ralph-baseline-{round_no}").start()
        ours_lrs = Ralph(tmp / f"ralph-ours-{round_no}").start()
        try:
            for warm in (baseline_lrs, ours_lrs):  # the first request of a fresh Ralph pays its start-up
                _raw_post(warm.url, warm.auth, [dict(statements[0], id=str(uuid.uuid4()))])
            raw = statements  # the same statements and ids: the baseline LRS is another fresh Ralph
            lrs = Lrs(ours_lrs.url, auth_header(ours_lrs.auth))
            if round_no % 2:
                base_runs.append(_raw_post(baseline_lrs.url, baseline_lrs.auth, raw))
            start = time.perf_counter()
            first = send(lrs, statements)
            send_runs.append(time.perf_counter() - start)
            start = time.perf_counter()
            again = send(lrs, statements)
            again_runs.append(time.perf_counter() - start)
            if not round_no % 2:
                base_runs.append(_raw_post(baseline_lrs.url, baseline_lrs.auth, raw))
            lrs.close()
        finally:
            baseline_lrs.stop()
            ours_lrs.stop()
        assert first.error is None and first.stored == n, first
        assert again.error is None and again.known == n and again.stored == 0, again
    base_s, send_s, again_s = (statistics.median(r) for r in (base_runs, send_runs, again_runs))
    print(f"medians of {ROUNDS} rounds, each on fresh Ralphs (fs backend):")
    print(f"baseline, raw POST of the same statements: {n / base_s:,.0f} statements/s ({base_s:.2f} s)")
    print(f"xapi send, first time (all stored):        {n / send_s:,.0f} statements/s ({send_s:.2f} s)")
    print(f"xapi send, again (all known, 0 new):       {n / again_s:,.0f} statements/s ({again_s:.2f} s)")
    print(f"build + send, end to end:                  {n / (build_s + send_s):,.0f} statements/s")
    print(f"ratio xapi send / raw POST (time): {send_s / base_s:.2f} (1.0 = no cost beyond the LRS)")
    store.close()


if __name__ == "__main__":
    main()
