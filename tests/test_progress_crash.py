"""Writes that survive: SIGKILL at random moments, and two processes writing at once."""

from __future__ import annotations

import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers.progress import REPO

from progress.store import Store

LEARNER = "c0ffee00-0000-4000-8000-000000000001"
KILLS = 50


def _writer(db: Path, fd: int) -> None:
    """The child: open (maybe creating the file), then record attempts until killed."""
    store = Store.open(db)
    if store.get_learner(LEARNER) is None:
        store.create_learner("Crash", learner_id=LEARNER)
    i = 0
    while True:
        aid = store.record_attempt(
            LEARNER,
            "les",
            f"ex{i % 5}",
            "prompt",
            "Du bist … " * 20,
            (i % 10) / 10,
            i % 3 == 0,
            [{"name": "role", "passed": i % 2 == 0}],
            hints_used=i % 2,
        )
        os.write(fd, (aid + "\n").encode())  # only after record_attempt returned (committed)
        i += 1


def _run_and_kill(db: Path, after: int, delay: float) -> tuple[list[str], int]:
    """Fork a writer, kill it once it has reported `after` committed attempts plus `delay` seconds; its ids and status.

    The kill moment is counted in the child's own progress, not in wall-clock time: on a busy
    machine a child may not even be scheduled within a fixed delay (the old 0-40 ms sleep left
    every child of a run unscheduled under load, and the test failed with 0 attempts written).
    """
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - child
        os.close(read_end)
        try:
            _writer(db, write_end)
        finally:
            os._exit(3)
    os.close(write_end)
    chunks: list[bytes] = []
    seen = 0
    deadline = time.monotonic() + 120  # a child that stops writing still ends the test (by the status check)
    while seen < after and time.monotonic() < deadline:
        if select.select([read_end], [], [], 1.0)[0]:
            chunk = os.read(read_end, 65536)
            if not chunk:  # the child ended by itself: the status check below says so
                break
            chunks.append(chunk)
            seen += chunk.count(b"\n")
    time.sleep(delay)
    os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    while chunk := os.read(read_end, 65536):
        chunks.append(chunk)
    os.close(read_end)
    return b"".join(chunks).decode().split(), status


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")
@pytest.mark.slow
def test_sigkill_at_random_moments_loses_no_committed_attempt(tmp_path: Path) -> None:
    db = tmp_path / "progress.db"
    Store.open(tmp_path / "warm-up.db").close()  # import sqlite-utils before forking, not in every child
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    reported: list[str] = []
    for n in range(KILLS):
        # after 0-4 committed attempts (0: while the first child creates the file and its schema), then 0-10 ms more
        ids, status = _run_and_kill(db, n % 5, rng.uniform(0.0, 0.01))
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, f"child ended by itself (seed {seed})"
        reported.extend(ids)
    assert len(reported) > KILLS, f"the children hardly wrote anything (seed {seed})"
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", f"seed {seed}"
    stored = {r[0] for r in conn.execute("SELECT id FROM attempts")}
    missing = set(reported) - stored
    assert not missing, f"{len(missing)} committed attempts lost (seed {seed})"
    # the per-exercise summary moved in step with the attempts in every transaction
    counts = dict(conn.execute("SELECT exercise_id, count(*) FROM attempts GROUP BY exercise_id").fetchall())
    summary = dict(conn.execute("SELECT exercise_id, attempts FROM exercise_state").fetchall())
    assert counts == summary
    conn.close()
    with Store.open(db) as s:
        assert len(s.attempts(LEARNER)) == len(stored)


CHILD = """
import os, sys, time
from progress.store import Store
db, go, name, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
while not os.path.exists(go):
    time.sleep(0.001)
store = Store.open(db)
lid = store.create_learner(name).id
for i in range(n):
    if i % 10 == 0:  # read, then write in one transaction, as import's merge does
        with store.transaction():
            store.exercise_summary(lid)
            store.record_attempt(lid, "les", f"ex{i % 5}", "prompt", "text", (i % 10) / 10, i % 2 == 0, [])
    else:
        store.record_attempt(lid, "les", f"ex{i % 5}", "prompt", "text", (i % 10) / 10, i % 2 == 0, [])
    if i % 50 == 0:
        store.exercise_summary(lid)
        store.use_hint(lid, "ex0")
print(len(store.attempts(lid)))
"""


@pytest.mark.slow
def test_two_processes_writing_at_once_both_get_through(tmp_path: Path) -> None:
    db, go = tmp_path / "progress.db", tmp_path / "go"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", CHILD, str(db), str(go), name, "500"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("Anna", "Ben")
    ]
    time.sleep(0.3)  # both interpreters are up and waiting; the file does not exist yet
    go.touch()
    outputs = [p.communicate(timeout=120) for p in procs]
    for proc, (out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0 and out.strip() == "500", err
    with Store.open(db) as s:
        learners = s.learners()
        assert sorted(lr.name for lr in learners) == ["Anna", "Ben"]
        assert sum(len(s.attempts(lr.id)) for lr in learners) == 1000
        assert all(sum(st.attempts for st in s.exercise_summary(lr.id).values()) == 500 for lr in learners)
        assert all(s.hints_used(lr.id, "ex0") == 10 for lr in learners)
        assert s.integrity_check() == "ok"
