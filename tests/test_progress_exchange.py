"""`genai-course export`, `import` and `progress` through the real CLI on real files."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from helpers.progress import cli, seed_learner

from course import paths
from course.options import Options
from progress import exchange
from progress.store import Store


def _export(*extra: str) -> dict[str, Any]:
    result = cli(*extra, "export", "--include-prompts")
    assert result.exit_code == 0, result.stderr
    return exchange.loads(result.stdout)


def _progress_part(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k not in ("exported_at", "checksum")}


def test_export_has_the_contract_fields_and_leaves_prompts_out() -> None:
    seeded = seed_learner(paths.default_db())
    result = cli("export")
    assert result.exit_code == 0, result.stderr
    data = exchange.loads(result.stdout)
    assert data["format"] == "genai-course-progress" and data["version"] == exchange.VERSION
    assert data["exported_at"].endswith("+00:00")
    assert set(data["course"]) == {"id", "version", "content_hash"} and data["course"]["content_hash"]
    assert data["learner"] == {"id": seeded["learner"].id, "name": "Anna", "team": "Vertrieb"}
    first = next(ls for ls in data["lessons"] if ls["id"] == seeded["first"].id)
    assert set(first) == {"id", "level", "status", "score", "attempts", "hints_used", "minutes", "completed_at"}
    assert first["status"] == "done" and first["score"] == 0.85 and first["minutes"] == 7.3
    assert first["hints_used"] == len(seeded["first"].exercises) and first["completed_at"]
    attempt = data["attempts"][0]
    assert set(attempt) == {
        "id",
        "exercise",
        "lesson",
        "kind",
        "score",
        "passed",
        "hints_used",
        "failed_checks",
        "model",
        "at",
    }
    assert attempt["failed_checks"] == ["role"]
    assert "erster Versuch" not in result.stdout and "Ümläute" not in result.stdout
    assert data["successes"][0] == {
        "title": "Protokoll in 5 statt 20 Minuten",
        "minutes_saved": 15.0,
        "date": "2026-11-03",
    }
    assert data["policy"]["version"] == "2026-1" and data["policy"]["acknowledged_at"]
    assert {lv["state"] for lv in data["levels"]} <= {"open", "locked", "done"}
    with_prompts = _export()
    assert with_prompts["attempts"][0]["text"] == "erster Versuch"


def test_round_trip_into_an_empty_store_gives_the_same_progress(tmp_path: Path) -> None:
    seed_learner(paths.default_db())
    for flags in ((), ("--include-prompts",)):
        first = cli("export", "-o", str(tmp_path / "a.json"), *flags)
        assert first.exit_code == 0 and "exportiert" in first.stderr  # the learner speaks German
        other = tmp_path / f"other{len(flags)}.db"
        imported = cli("--db", str(other), "import", str(tmp_path / "a.json"))
        assert imported.exit_code == 0, imported.stderr
        a = exchange.read(tmp_path / "a.json")
        b = exchange.loads(cli("--db", str(other), "export", *flags).stdout)
        assert _progress_part(a) == _progress_part(b)
        assert any(ls["status"] == "done" for ls in b["lessons"])


def test_importing_twice_changes_nothing(tmp_path: Path) -> None:
    seed_learner(paths.default_db())
    (tmp_path / "a.json").write_text(cli("export", "--include-prompts").stdout, encoding="utf-8")
    other = tmp_path / "other.db"
    first = cli("--db", str(other), "import", str(tmp_path / "a.json"))
    once = _progress_part(_export("--db", str(other)))
    second = cli("--db", str(other), "import", str(tmp_path / "a.json"))
    assert second.exit_code == 0 and (" 0 new attempts" in second.stdout or " 0 neue Versuche" in second.stdout)
    assert "New profile" in first.stdout or "Neues Profil" in first.stdout
    assert "new attempts (0 already" in first.stdout or "neue Versuche (0 schon" in first.stdout
    assert _progress_part(_export("--db", str(other))) == once
    with Store.open(other) as s:
        assert len(s.learners()) == 1 and len(s.successes(s.learners()[0].id)) == 3


def test_import_merges_best_score_wins_and_nothing_is_deleted(tmp_path: Path) -> None:
    seeded = seed_learner(paths.default_db())
    lid, ex = seeded["learner"].id, seeded["second"].exercises[0].id
    (tmp_path / "a.json").write_text(cli("export").stdout, encoding="utf-8")
    other = tmp_path / "other.db"
    with Store.open(other) as s:  # the same learner on another laptop got further on one exercise
        s.create_learner("Anna", "Vertrieb", "de", learner_id=lid)
        s.record_attempt(lid, seeded["second"].id, ex, "prompt", "besser", 0.95, True, [])
        s.add_success(lid, "Eigener Erfolg", 30, "2026-11-05")
    assert cli("--db", str(other), "import", str(tmp_path / "a.json")).exit_code == 0
    with Store.open(other) as s:
        summary = s.exercise_summary(lid)
        assert summary[ex].best_score == 0.95 and summary[ex].attempts == 2
        assert summary[seeded["first"].exercises[0].id].best_score == 0.85
        assert {x.title for x in s.successes(lid)} == {"Eigener Erfolg", "Protokoll in 5 statt 20 Minuten", "Mail"}
        assert s.get_learner(lid).lang == "de"


def _sealed(data: dict[str, Any], **changes: Any) -> str:
    out = {**data, **changes}
    out["checksum"] = exchange.checksum(out)
    return json.dumps(out)


def _refusals(good: dict[str, Any]) -> dict[str, tuple[bytes | str, str]]:
    text = json.dumps(good)
    edited = dict(good, learner={**good["learner"], "name": "Mallory"})
    bad_attempt = [dict(good["attempts"][0], score="1.0")]
    return {
        "wrong-format": (_sealed(good, format="something-else"), "not a progress export"),
        "not-an-object": ("[1, 2]", "not a progress export"),
        "newer-version": (_sealed(good, version=exchange.VERSION + 1), "newer genai-course"),
        "bad-checksum": (json.dumps(edited), "checksum does not match"),
        "broken-json": (text[: len(text) // 2], "not valid JSON"),
        "not-utf8": (b"\xff\xfe\x00garbage", "not"),
        "bad-attempt-score": (_sealed(good, attempts=bad_attempt), "attempts[0].score is not a number"),
        "bad-learner": (_sealed(good, learner={"id": "", "name": "x"}), "learner.id is empty"),
        "lessons-not-list": (_sealed(good, lessons="all done"), "lessons is not a list"),
        "bad-status": (_sealed(good, lessons=[dict(good["lessons"][0], status="hacked")]), "status"),
    }


@pytest.mark.parametrize(
    "case",
    [
        "wrong-format",
        "not-an-object",
        "newer-version",
        "bad-checksum",
        "broken-json",
        "not-utf8",
        "bad-attempt-score",
        "bad-learner",
        "lessons-not-list",
        "bad-status",
    ],
)
def test_import_refuses_bad_files_with_one_line_and_changes_nothing(tmp_path: Path, case: str) -> None:
    seed_learner(paths.default_db())
    good = json.loads(cli("export").stdout)
    content, reason = _refusals(good)[case]
    path = tmp_path / "in.json"
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    other = tmp_path / "other.db"
    result = cli("--db", str(other), "import", str(path))
    assert result.exit_code == 1 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and reason in lines[0] and str(path) in lines[0], result.stderr
    if other.exists():
        with Store.open(other) as s:
            assert s.learners() == []


def test_import_of_a_missing_file_is_one_line(tmp_path: Path) -> None:
    result = cli("import", str(tmp_path / "nope.json"))
    assert result.exit_code == 1 and len(result.stderr.strip().splitlines()) == 1
    assert not paths.default_db().exists()


def test_csv_export_has_one_row_per_lesson(tmp_path: Path) -> None:
    seeded = seed_learner(paths.default_db())
    result = cli("export", "--format", "csv", "-o", str(tmp_path / "p.csv"))
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO((tmp_path / "p.csv").read_text(encoding="utf-8"))))
    assert len(rows) == len(Options().catalog().lesson_ids)
    first = next(r for r in rows if r["lesson"] == seeded["first"].id)
    assert first["status"] == "done" and first["learner_name"] == "Anna" and float(first["score"]) == 0.85


def test_export_picks_the_current_learner(tmp_path: Path) -> None:
    seeded = seed_learner(paths.default_db())
    with Store.open(paths.default_db()) as s:
        ben = s.create_learner("Ben", "IT", "en")
    assert json.loads(cli("export").stdout)["learner"]["id"] == seeded["learner"].id
    with Store.open(paths.default_db()) as s:
        s.set_current_learner(ben.id)
    assert json.loads(cli("export").stdout)["learner"]["name"] == "Ben"


def test_progress_and_export_without_a_learner_are_friendly(tmp_path: Path) -> None:
    result = cli("--lang", "de", "progress")
    assert result.exit_code == 0 and "genai-course" in result.stdout and len(result.stdout.splitlines()) == 1
    assert not paths.default_db().exists()  # looking creates nothing
    result = cli("--lang", "en", "export")
    assert result.exit_code == 1 and "Nothing to export" in result.stderr and result.stdout == ""
    Store.open(paths.default_db()).close()
    assert "No progress saved yet" in cli("--lang", "en", "progress").stdout


def test_a_store_without_a_learner_gets_one_line_from_each_command_that_reads_the_learner(tmp_path: Path) -> None:
    """progress, export and certificate open the current learner the same way (commands/progress._current)."""
    Store.open(paths.default_db()).close()
    before = paths.default_db().read_bytes()
    for args, code, stream in ((["progress"], 0, "stdout"), (["export"], 1, "stderr"), (["certificate"], 1, "stderr")):
        result = cli("--lang", "en", *args)
        said = getattr(result, stream)
        assert result.exit_code == code and len(said.splitlines()) == 1 and "genai-course" in said, args
        assert (result.stdout if stream == "stderr" else result.stderr) == "", args
    assert paths.default_db().read_bytes() == before  # looking changes nothing


def test_progress_prints_levels_lessons_and_scores_in_the_learners_language() -> None:
    seeded = seed_learner(paths.default_db())
    result = cli("progress")
    assert result.exit_code == 0 and result.stderr == ""
    out = result.stdout
    assert "Anna" in out and "Stufe 1" in out and "Punkte 85 %" in out and "erledigt" in out
    assert seeded["first"].title in out and "Erfolge: 3" in out and "2026-1" in out
    english = cli("--lang", "en", "progress").stdout
    assert "Level 1" in english and "score 85 %" in english and "Successes: 3" in english


def test_a_corrupt_database_gives_one_line_to_every_command(tmp_path: Path) -> None:
    db = paths.default_db()
    db.parent.mkdir(parents=True, exist_ok=True)
    db.write_text("not a database\n" * 50, encoding="utf-8")
    before = db.read_bytes()
    (tmp_path / "x.json").write_text("{}", encoding="utf-8")
    for args in (("progress",), ("export",)):
        result = cli(*args)
        assert result.exit_code == 1 and len(result.stderr.strip().splitlines()) == 1
        assert str(db) in result.stderr
    good = tmp_path / "good.json"
    good.write_text(exchange.dumps({"learner": {"id": "abc", "name": "A", "team": ""}}), encoding="utf-8")
    result = cli("import", str(good))
    assert result.exit_code == 1 and str(db) in result.stderr
    assert db.read_bytes() == before


def test_progress_runs_as_a_real_process_without_a_terminal(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    seed_learner(paths.default_db())
    exe = Path(sys.executable).with_name("genai-course")
    result = subprocess.run(
        [str(exe), "--lang", "en", "progress"],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        env={**os.environ, "TERM": "dumb"},
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "Anna" in result.stdout and "Level 1" in result.stdout and result.stderr == ""
