"""Bad input: every unusable file gets a one-line reason and the rest is still read."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pytest
from helpers.team import BAD, GOOD, minimal, write_export

from course.team import Rejected, load_exports, pool, render_html, summarize, to_json
from progress import exchange

EXPECTED_BAD = {
    "array.json": "not a progress export (the top level is not a JSON object)",
    "bad-checksum.json": "checksum does not match",
    "bad-date.json": "no valid time (exported_at)",
    "broken.json": "not valid JSON",
    "duplicate-of-carla.json": "duplicate of " + str(GOOD / "carla.json") + ": same learner and export time",
    "empty.json": "not valid JSON",
    "latin1.json": "not a text file (not UTF-8)",
    "newer-version.json": "made by a newer genai-course (export version 99",
    "no-learner.json": "the export has no learner id",
    "other-format.json": "not a progress export (format is 'some-other-tool'",
}


def test_every_bad_file_is_listed_with_its_reason_and_the_rest_is_read() -> None:
    exports, rejected = load_exports([GOOD, BAD])
    assert len(exports) == 9
    reasons = {Path(r.path).name: r.reason for r in rejected}
    assert set(reasons) == set(EXPECTED_BAD)
    for name, expected in EXPECTED_BAD.items():
        assert expected in reasons[name], name
    for reason in reasons.values():
        assert "\n" not in reason and len(reason) < 200


def test_the_same_file_twice_is_refused_once(tmp_path: Path) -> None:
    anna = GOOD / "anna.json"
    link = tmp_path / "link.json"
    link.symlink_to(anna)
    exports, rejected = load_exports([anna, GOOD, link])
    assert len(exports) == 9
    assert [(Path(r.path).name, r.reason) for r in rejected] == [
        ("anna.json", "the same file was already read"),
        ("link.json", "the same file was already read"),
    ]


def test_a_copy_with_the_same_learner_and_time_is_a_duplicate(tmp_path: Path) -> None:
    copy = tmp_path / "copy.json"
    shutil.copy(GOOD / "ben.json", copy)
    exports, rejected = load_exports([GOOD / "ben.json", copy])
    assert len(exports) == 1
    assert rejected[0].path == str(copy)
    assert rejected[0].reason == f"duplicate of {GOOD / 'ben.json'}: same learner and export time"


def test_same_learner_at_another_time_is_history_not_a_duplicate(tmp_path: Path) -> None:
    a = write_export(tmp_path / "a.json", minimal(exported_at="2026-11-01T10:00:00Z"))
    b = write_export(tmp_path / "b.json", minimal(exported_at="2026-11-01T11:00:00+01:00"))  # same instant
    c = write_export(tmp_path / "c.json", minimal(exported_at="2026-11-02T10:00:00Z"))
    exports, rejected = load_exports([a, b, c])
    assert [Path(r.path).name for r in rejected] == ["b.json"]
    assert summarize(exports).members[0].exports == 2


def test_paths_that_are_not_export_files(tmp_path: Path) -> None:
    folder = tmp_path / "team"
    (folder / "sub.json").mkdir(parents=True)  # a folder named like an export
    write_export(folder / "ok.json", minimal())
    (folder / "notes.txt").write_text("not considered")
    (folder / "dangling.json").symlink_to(tmp_path / "gone.json")
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)  # reading it would block forever
    empty = tmp_path / "empty"
    empty.mkdir()
    exports, rejected = load_exports([folder, fifo, empty, tmp_path / "missing.json"])
    assert len(exports) == 1
    assert [(Path(r.path).name, r.reason) for r in rejected] == [
        ("dangling.json", "not a regular file"),
        ("sub.json", "not a regular file"),
        ("pipe.json", "not a regular file"),
        ("empty", "no *.json files in this folder"),
        ("missing.json", "no such file or folder"),
    ]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read files without permission")
def test_a_file_without_read_permission(tmp_path: Path) -> None:
    locked = write_export(tmp_path / "locked.json", minimal())
    locked.chmod(0)
    try:
        exports, rejected = load_exports([locked])
    finally:
        locked.chmod(0o600)
    assert exports == []
    assert rejected[0].reason == "cannot read the file (Permission denied)"


def test_reasons_in_german(tmp_path: Path) -> None:
    _, rejected = load_exports([tmp_path / "fehlt.json", GOOD / "anna.json", GOOD / "anna.json"], lang="de")
    assert [r.reason for r in rejected] == ["Datei oder Ordner gibt es nicht", "dieselbe Datei wurde schon gelesen"]


@pytest.mark.parametrize(
    "learner, exported_at, reason",
    [
        ({"id": ""}, "2026-11-01T10:00:00Z", "the export has no learner id"),
        ({"id": 42}, "2026-11-01T10:00:00Z", "the export has no learner id"),
        ("anna", "2026-11-01T10:00:00Z", "the export has no learner id"),
        ({"id": "u"}, None, "the export has no valid time (exported_at)"),
        ({"id": "u"}, 1730000000, "the export has no valid time (exported_at)"),
        ({"id": "u"}, "2026-13-45", "the export has no valid time (exported_at)"),
    ],
)
def test_exports_without_learner_or_time_are_refused(tmp_path: Path, learner, exported_at, reason) -> None:
    path = write_export(tmp_path / "x.json", minimal(learner=learner, exported_at=exported_at))
    assert load_exports([path])[1][0].reason == reason


def test_wrong_types_refuse_the_file_with_the_field_named_and_the_rest_is_read(tmp_path: Path) -> None:
    hostile = minimal(
        "u-2",
        levels=[{"id": "one", "state": "weird"}],
        successes=[{"title": "fine", "minutes_saved": 12.6, "date": "2026-11-01"}],
    )
    path = write_export(tmp_path / "hostile.json", hostile)
    exports, rejected = load_exports([path, write_export(tmp_path / "ok.json", minimal())])
    assert [e.learner_id for e in exports] == ["u-1"]
    assert rejected == [Rejected(str(path), "levels[0].state is not one of open, locked, done")]
    _, rejected = load_exports([path], lang="de")
    assert rejected[0].reason == "Feld levels[0].state ist keiner von: open, locked, done"
    s = summarize(exports)
    json.dumps(to_json(s))
    assert "<!DOCTYPE html>" in render_html(s, "en")


def test_deeply_nested_json_is_refused_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 200_000 + "]" * 200_000)
    exports, rejected = load_exports([path])
    assert exports == [] and rejected[0].reason.startswith("not valid JSON")


def test_a_newer_version_is_refused_even_with_a_right_checksum(tmp_path: Path) -> None:
    data = exchange.seal(minimal())
    data["version"] = exchange.VERSION + 1
    data["checksum"] = exchange.checksum(data)
    path = tmp_path / "new.json"
    path.write_text(json.dumps(data))
    assert "newer genai-course" in load_exports([path])[1][0].reason


def test_reading_in_worker_processes_gives_the_same_result() -> None:
    one = load_exports([GOOD, BAD, GOOD / "anna.json"], workers=1)
    two = load_exports([GOOD, BAD, GOOD / "anna.json"], workers=2)
    assert two == one
    assert len(two[0]) == 9 and len(two[1]) == 11
    files = sorted(str(p) for p in GOOD.glob("*.json")) + [str(BAD / "broken.json")]
    direct = list(pool._parallel(files, "en", 2))  # no fallback to one process: workers really ran
    assert direct == [pool.read_one(f, "en") for f in files]


def test_worker_processes_only_where_they_can_start(monkeypatch: pytest.MonkeyPatch) -> None:
    assert pool.default_workers(100) == 1
    main = sys.modules["__main__"]
    monkeypatch.setattr(main, "__file__", "<stdin>", raising=False)  # `python - < script`: spawn would fail
    assert pool.default_workers(pool.PARALLEL_FROM) == 1


def test_worker_processes_only_for_very_many_files_and_spare_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    """On two CPUs one process reads 10,000 exports faster than two workers (bench_team), so it stays one."""
    monkeypatch.setattr(pool.os, "sched_getaffinity", lambda _pid: {0, 1}, raising=False)
    assert pool.default_workers(pool.PARALLEL_FROM * 5) == 1
    monkeypatch.setattr(pool.os, "sched_getaffinity", lambda _pid: set(range(6)), raising=False)
    assert pool.default_workers(10_000) == 1
    assert pool.default_workers(pool.PARALLEL_FROM) == 6
