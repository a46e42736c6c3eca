"""The progress store on real SQLite files: API, migrations, fixtures, bad files, isolation."""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.progress import FIXTURES, REPO

from progress import migrations
from progress.store import LAST_LEARNER, Store, StoreError

FIXTURE_LEARNER = "7d1c4b1e-2f0a-4c55-9a55-0c1b6e0f3a01"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_open_creates_folders_wal_and_full_schema(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "progress.db"
    with Store.open(path) as store:
        assert store.schema_version == len(migrations.SCHEMA_NAMES)
        conn = store._conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
        assert {
            "learners",
            "lesson_state",
            "attempts",
            "hints",
            "successes",
            "policy_acks",
            "opened_levels",
            "settings",
            "exercise_state",
        } <= tables
    with Store.open(path) as store:  # reopening applies nothing twice
        assert store.schema_version == len(migrations.SCHEMA_NAMES)


def test_learners_settings_lessons_hints_successes_policy_levels(tmp_path: Path) -> None:
    with Store.open(tmp_path / "p.db") as s:
        anna = s.create_learner("  Anna   K. ", "Vertrieb", "de")
        ben = s.create_learner("Ben", "", "en")
        assert anna.name == "Anna K." and len(anna.id) == 36 and anna.id != ben.id
        assert [lr.id for lr in s.learners()] == [anna.id, ben.id]
        assert s.update_learner(ben.id, team="IT").team == "IT"
        with pytest.raises(ValueError):
            s.update_learner(ben.id, id="x")
        with pytest.raises(ValueError):
            s.create_learner("   ")
        assert s.get_learner("nope") is None

        s.set_setting("theme", "dark")
        s.set_setting("theme", "light", learner_id=anna.id)
        assert s.get_setting("theme") == "dark" and s.get_setting("theme", anna.id) == "light"
        assert s.get_setting("model", anna.id, default="echo") == "echo"
        s.set_setting("theme", None)
        assert s.get_setting("theme") is None
        s.set_current_learner(anna.id)
        assert s.current_learner() == anna

        s.mark_started(anna.id, "les-a", "lv1")
        s.add_time(anna.id, "les-a", 90)
        for bad in (-5, float("nan"), float("inf"), "x"):
            s.add_time(anna.id, "les-a", bad)  # type: ignore[arg-type]
        s.mark_read(anna.id, "les-a")
        row = s.lesson_rows(anna.id)["les-a"]
        assert row.level_id == "lv1" and row.started_at and row.read_at and row.seconds == 90.0

        assert s.use_hint(anna.id, "ex1") == 1 and s.use_hint(anna.id, "ex1") == 2
        assert s.hints_used(anna.id, "ex1") == 2 and s.hints_used(ben.id, "ex1") == 0

        s.add_success(anna.id, "Protokoll", 15, "2026-11-03")
        assert [(x.title, x.minutes_saved, x.date) for x in s.successes(anna.id)] == [("Protokoll", 15.0, "2026-11-03")]
        assert s.policy_ack(anna.id) is None
        s.acknowledge_policy(anna.id, "2026-1", at="2026-11-01T00:00:00+00:00")
        s.acknowledge_policy(anna.id, "2026-1")  # the first acknowledgement counts
        assert s.policy_ack(anna.id).acknowledged_at.startswith("2026-11-01")
        s.open_levels(anna.id, ["lv1", "lv2"])
        s.open_levels(anna.id, ["lv2"])
        assert s.opened_levels(anna.id) == {"lv1", "lv2"} and s.opened_levels(ben.id) == set()


def test_attempts_and_exercise_summary(tmp_path: Path) -> None:
    with Store.open(tmp_path / "p.db") as s:
        lid = s.create_learner("Anna").id
        first = s.record_attempt(
            lid,
            "les",
            "ex1",
            "prompt",
            "Mach was",
            0.4,
            False,
            [{"name": "role", "passed": False}, {"name": "format", "passed": True}],
            hints_used=1,
            model="echo",
            duration_s=3.5,
            tokens_in=10,
            tokens_out=20,
        )
        s.record_attempt(lid, "les", "ex1", "prompt", "Du bist ...", 0.9, True, [{"name": "role", "passed": True}])
        s.record_attempt(lid, "les", "ex1", "prompt", "kürzer", 0.6, False, [])
        s.record_attempt(lid, "les", "ex2", "quiz", "1", 1.7, True, None)  # score is clamped
        again = s.record_attempt(lid, "les", "ex1", "prompt", "dupe", 0.1, False, [], attempt_id=first)
        assert again == first
        attempts = s.attempts(lid, "ex1")
        assert [a.score for a in attempts] == [0.4, 0.9, 0.6]
        assert attempts[0].failed_checks == ["role"] and attempts[0].model == "echo"
        assert attempts[0].tokens_out == 20 and attempts[0].duration_s == 3.5
        s.use_hint(lid, "ex3")
        summary = s.exercise_summary(lid)
        assert summary["ex1"].best_score == 0.9 and summary["ex1"].passed and summary["ex1"].attempts == 3
        assert summary["ex1"].hints_used == 1 and summary["ex1"].first_passed_at == attempts[1].created_at
        assert summary["ex1"].last_at == attempts[2].created_at
        assert summary["ex2"].best_score == 1.0
        assert summary["ex3"].attempts == 0 and summary["ex3"].hints_used == 1 and not summary["ex3"].passed
        with pytest.raises(StoreError):
            s.record_attempt("no-such-learner", "les", "ex1", "quiz", "", 1.0, True, [])


def test_summary_query_uses_indexes(tmp_path: Path) -> None:
    with Store.open(tmp_path / "p.db") as s:
        plan = s._conn.execute(
            "EXPLAIN QUERY PLAN SELECT * FROM exercise_state WHERE learner_id = ?", ("x",)
        ).fetchall()
        assert any("USING INDEX" in str(r[-1]) or "PRIMARY KEY" in str(r[-1]) for r in plan), plan
        plan = s._conn.execute(
            "EXPLAIN QUERY PLAN SELECT * FROM attempts WHERE learner_id = ? AND exercise_id = ?", ("x", "y")
        ).fetchall()
        assert any("attempts_by_exercise" in str(r[-1]) for r in plan), plan


def test_a_failed_write_rolls_back_the_whole_transaction(tmp_path: Path) -> None:
    with Store.open(tmp_path / "p.db") as s:
        lid = s.create_learner("Anna").id
        with pytest.raises(RuntimeError), s.transaction():
            s.record_attempt(lid, "les", "ex1", "quiz", "", 1.0, True, [])
            s.use_hint(lid, "ex1")
            raise RuntimeError("boom")
        assert s.attempts(lid) == [] and s.exercise_summary(lid) == {}


def test_current_learner_falls_back_to_most_recent(tmp_path: Path) -> None:
    with Store.open(tmp_path / "p.db") as s:
        assert s.current_learner() is None
        a = s.create_learner("A", created_at="2026-01-01T00:00:00+00:00")
        b = s.create_learner("B", created_at="2026-02-01T00:00:00+00:00")
        assert s.current_learner() == b
        s.record_attempt(a.id, "l", "e", "quiz", "", 1, True, [], created_at="2026-03-01T00:00:00+00:00")
        assert s.current_learner() == a
        s.set_setting(LAST_LEARNER, "deleted-learner")
        assert s.current_learner() == a


# migrations and schema fixtures ------------------------------------------------


def test_a_fixture_exists_for_every_schema_version() -> None:
    for version in range(1, len(migrations.SCHEMA_NAMES) + 1):
        path = FIXTURES / f"progress-v{version}.db"
        assert path.exists(), f"add {path.name}: python tests/data/progress/make_fixtures.py {version}"
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        names = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid")]
        conn.close()
        assert names == list(migrations.SCHEMA_NAMES[:version])


@pytest.mark.parametrize("version", range(1, len(migrations.SCHEMA_NAMES) + 1))
def test_migrating_a_database_of_each_earlier_schema_keeps_everything(tmp_path: Path, version: int) -> None:
    path = tmp_path / "old.db"
    shutil.copy(FIXTURES / f"progress-v{version}.db", path)
    with Store.open(path) as s:
        assert s.schema_version == len(migrations.SCHEMA_NAMES)
        assert s.integrity_check() == "ok"
        assert s.current_learner().name == "Fixture Anna"
        assert s.get_setting("theme", FIXTURE_LEARNER) == "dark"
        assert len(s.attempts(FIXTURE_LEARNER)) == 3
        summary = s.exercise_summary(FIXTURE_LEARNER)
        assert summary["whatis-quiz-fit"].best_score == 1.0 and summary["whatis-quiz-fit"].passed
        assert summary["whatis-quiz-fit"].attempts == 2
        assert summary["whatis-quiz-fit"].first_passed_at == "2026-11-02T08:02:00.000000+00:00"
        assert summary["whatis-first-prompt"].best_score == 0.55 and summary["whatis-first-prompt"].hints_used == 1
        assert summary["llm-variants"].hints_used == 2 and summary["llm-variants"].attempts == 0
        assert s.lesson_rows(FIXTURE_LEARNER)["what-is-genai"].seconds == 600.0
        assert s.successes(FIXTURE_LEARNER)[0].minutes_saved == 15.0
        assert s.policy_ack(FIXTURE_LEARNER).version == "2026-1"
        assert s.opened_levels(FIXTURE_LEARNER) == {"basics"}
        # the migrated store keeps working: the summary follows new attempts
        s.record_attempt(FIXTURE_LEARNER, "what-is-genai", "whatis-first-prompt", "prompt", "neu", 0.8, True, [])
        assert s.exercise_summary(FIXTURE_LEARNER)["whatis-first-prompt"].attempts == 2


def test_a_newer_schema_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, 'm999_future', 'x')",
        (migrations.MIGRATION_SET,),
    )
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(StoreError) as info:
        Store.open(path)
    assert "newer genai-course" in str(info.value) and str(path) in str(info.value)
    assert "\n" not in str(info.value)
    assert _digest(path) == before


def _truncated(path: Path) -> None:
    with Store.open(path) as s:
        lid = s.create_learner("Anna").id
        with s.transaction():
            for i in range(400):
                s.record_attempt(lid, "les", f"ex{i % 7}", "prompt", "x" * 300, 0.5, False, [])
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


BAD_FILES = {
    "random-bytes": lambda p: p.write_bytes(random.Random(7).randbytes(8192)),
    "text-file": lambda p: p.write_text("Meine Notizen\n" * 200, encoding="utf-8"),
    "short-header": lambda p: p.write_bytes(b"SQLite format 3\x00" + b"\x00" * 20),
    "truncated": _truncated,
    "garbage-after-header": lambda p: p.write_bytes(
        b"SQLite format 3\x00" + bytes([16, 0, 1, 1, 0, 64, 32, 32]) + random.Random(3).randbytes(12000)
    ),
}


@pytest.mark.parametrize("kind", sorted(BAD_FILES))
def test_a_bad_database_file_is_refused_and_never_touched(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "progress.db"
    BAD_FILES[kind](path)
    before = _digest(path)
    listing = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(StoreError) as info:
        Store.open(path)
    message = str(info.value)
    assert "\n" not in message and str(path) in message and "left as it is" in message
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.stat().st_size) == [x for x in listing]


def test_a_folder_or_unreadable_path_gives_one_line(tmp_path: Path) -> None:
    (tmp_path / "dir.db").mkdir()
    with pytest.raises(StoreError, match="folder"):
        Store.open(tmp_path / "dir.db")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot create the folder"):
        Store.open(blocker / "sub" / "p.db")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads every file")
def test_an_unreadable_file_gives_one_line(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    Store.open(path).close()
    path.chmod(0)
    try:
        with pytest.raises(StoreError, match="cannot read"):
            Store.open(path)
    finally:
        path.chmod(0o600)


def test_an_empty_file_is_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    path.write_bytes(b"")
    with Store.open(path) as s:
        assert s.learners() == []


# the package itself ---------------------------------------------------------


def test_progress_is_our_package_and_imports_neither_textual_nor_course(tmp_path: Path) -> None:
    code = f"""
import json, sys
import progress, progress.store, progress.merge, progress.exchange, progress.migrations
from progress.store import Store
s = Store.open({str(tmp_path / "p.db")!r})
lid = s.create_learner('Anna').id
s.record_attempt(lid, 'l', 'e', 'quiz', '1', 1.0, True, [])
progress.merge.merge(s, {{'learner': {{'id': 'x-1', 'name': 'B'}}, 'attempts': []}})
s.close()
bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'course', 'llm', 'rich'))
print(json.dumps({{'file': progress.__file__, 'doc': progress.__doc__, 'bad': bad}}))
"""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tmp_path, check=True
    )
    info = json.loads(out.stdout)
    assert Path(info["file"]).resolve() == (REPO / "progress" / "__init__.py").resolve()
    assert "progress store" in info["doc"]
    assert info["bad"] == []


def test_damage_inside_the_file_gives_one_line_on_use_and_on_a_checked_open(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    with Store.open(path) as s:
        lid = s.create_learner("Anna").id
        with s.transaction():
            for i in range(300):
                s.record_attempt(lid, "les", f"ex{i % 7}", "prompt", "x" * 300, 0.5, False, [])
    data = bytearray(path.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle : middle + 4096] = random.Random(5).randbytes(4096)
    path.write_bytes(bytes(data))
    before = _digest(path)
    with pytest.raises(StoreError) as info:
        Store.open(path, check=True)
    assert "damaged" in str(info.value) and "\n" not in str(info.value)
    with Store.open(path) as s:
        with pytest.raises(StoreError) as info:
            s.attempts(lid)
        assert "malformed" in str(info.value) and str(path) in str(info.value) and "\n" not in str(info.value)
    assert _digest(path) == before
