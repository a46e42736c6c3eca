"""Attacks through files and the environment: alias bombs, pipes, devices, closed stdin, full disk, read-only store."""

from __future__ import annotations

import os
import resource
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.progress import cli

from course import paths
from progress.store import Store

REPO = Path(__file__).resolve().parent.parent
POSIX = pytest.mark.skipif(os.name != "posix", reason="needs POSIX files and limits")


def _pack(root: Path, front: str, body: str = "Text.\n") -> Path:
    level = root / "01-x"
    level.mkdir(parents=True)
    (level / "level.yaml").write_text("id: x\ntitle: X\n", encoding="utf-8")
    (level / "01-a.de.md").write_text(f"---\n{front}---\n\n{body}", encoding="utf-8")
    return root


def _genai(
    *args: str,
    stdin=subprocess.DEVNULL,
    env: dict[str, str] | None = None,
    limit_bytes: int | None = None,
    timeout: float = 60,
) -> subprocess.CompletedProcess[str]:
    def limits() -> None:
        if limit_bytes is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))

    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "course.cli", *args],
        stdin=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=REPO,
        env=full_env,
        preexec_fn=limits,
    )


# -- YAML alias bomb ----------------------------------------------------------------------
BOMB = "objectives:\n  - &a0 [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"  - &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]\n" for n in range(1, 9)
)


def test_yaml_alias_bomb_under_objectives_is_a_lint_error_not_gigabytes(tmp_path: Path) -> None:
    pack = _pack(tmp_path / "pack", f"id: a\ntitle: A\n{BOMB}")
    result = cli("lint", str(pack))
    assert result.exit_code == 1
    assert "01-a.de.md" in result.stdout and "aliases" in result.stdout and "100,000" in result.stdout


def test_yaml_alias_that_contains_itself_is_a_lint_error(tmp_path: Path) -> None:
    pack = _pack(tmp_path / "pack", "id: a\ntitle: A\nobjectives: &loop [x, *loop]\n")
    result = cli("lint", str(pack))
    assert result.exit_code == 1 and "refers to itself" in result.stdout


def test_a_few_honest_yaml_aliases_still_load() -> None:
    from course.yamlutil import load

    data, _lines = load("base: &b {a: 1}\none: *b\ntwo: *b\n")
    assert data["one"] == data["two"] == {"a": 1}


# -- author regexes: the reason in lint ------------------------------------------------------
def test_lint_names_lookbehind_and_backreference_as_unsupported_by_re2(tmp_path: Path) -> None:
    body = (
        "```exercise\nid: ex\nkind: prompt\ntask: Schreib.\nchecks:\n  - regex: '(?<=Sehr )geehrte'\n"
        "  - regex: '(\\w)\\1'\n  - regex: '\\bÄrger'\nsolution: Sehr geehrte Frau Ärger\n```\n"
    )
    pack = _pack(tmp_path / "pack", "id: a\ntitle: A\n", body)
    out = cli("lint", str(pack)).stdout
    assert "lookbehind (?<=...) is not supported" in out and "RE2" in out
    assert "backreferences such as \\1 are not supported" in out
    assert "warning regex-ascii-boundary" in out


# -- pipes, devices, sizes ----------------------------------------------------------------------
@POSIX
def test_import_of_a_fifo_is_refused_at_once_instead_of_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "export.json"
    os.mkfifo(fifo)
    result = _genai("import", str(fifo), env={"GENAI_COURSE_HOME": str(tmp_path / "home")}, timeout=30)
    assert result.returncode == 1 and "not a regular file (a pipe)" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "home" / "progress.db").exists()


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_import_of_dev_zero_is_refused_not_read_into_memory() -> None:
    result = cli("import", "/dev/zero")
    assert result.exit_code == 1 and "not a regular file (a device)" in result.stderr


@POSIX
def test_scan_of_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "text.txt"
    os.mkfifo(fifo)
    result = _genai("--lang", "en", "scan", str(fifo), env={"GENAI_COURSE_HOME": str(tmp_path / "home")}, timeout=30)
    assert result.returncode == 2 and "not a regular file (a pipe)" in result.stderr


def test_reads_count_the_bytes_actually_read(tmp_path: Path) -> None:
    from progress import bounds

    path = tmp_path / "f.txt"
    path.write_bytes(b"x" * 2000)
    assert len(bounds.read_bytes(path, 2000)) == 2000
    with pytest.raises(bounds.BoundsError, match="larger than"):
        bounds.read_bytes(path, 1999)


def test_scan_text_output_places_every_finding_on_its_line_in_a_large_input() -> None:
    lines = [
        f"Zeile {n}: bitte an person{n}@example.com schreiben" if n % 50 == 0 else f"Zeile {n} ohne Daten"
        for n in range(20_000)
    ]
    result = cli("--lang", "en", "scan", "-", input="\n".join(lines))
    found = [line for line in result.stdout.splitlines() if line.startswith("  line ")]
    assert len(found) == 400
    assert found[0].startswith("  line 1, column 19:") and found[-1].startswith("  line 19951, column 23:")


# -- closed stdin, full disk, read-only store --------------------------------------------------------
@POSIX
def test_closed_stdin_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    env = {"GENAI_COURSE_HOME": str(tmp_path / "home")}
    for args, code in ((("--lang", "en"), 1), (("--lang", "en", "promptathon"), 1), (("--lang", "en", "scan", "-"), 0)):
        result = subprocess.run(
            [
                sys.executable,
                "-c",
                "import os, sys; os.close(0); from course.cli import main; sys.stdin = None; main()",
                *args,
            ],
            capture_output=True,
            text=True,
            timeout=60,
            cwd=REPO,
            env={**os.environ, **env},
        )
        assert result.returncode == code, (args, result.stderr)
        assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) <= 1


@POSIX
@pytest.mark.no_catalog_cache  # the first start writes the cache onto the full disk
def test_full_disk_leaves_no_catalog_temp_file_behind(tmp_path: Path) -> None:
    home = tmp_path / "home"
    result = _genai("--lang", "en", "progress", env={"GENAI_COURSE_HOME": str(home)}, limit_bytes=4096)
    assert "Traceback" not in result.stderr
    cache = home / "cache"
    assert not list(cache.glob("*.tmp")) and not list(cache.glob("*.pickle"))


@POSIX
def test_export_to_a_full_disk_is_one_line_and_leaves_no_temp_file(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with Store.open(home / "progress.db") as store:
        learner = store.create_learner("Anna", "T", "en")
        store.set_current_learner(learner.id)
        for n in range(10):  # 20 KB each in the store, 120 KB each as JSON (\u0001)
            store.record_attempt(learner.id, "l", f"e{n}", "prompt", "\x01" * 20_000, 0.5, False, [])
    out = tmp_path / "out"
    out.mkdir()
    _genai("progress", env={"GENAI_COURSE_HOME": str(home)})  # the catalog cache, written without a limit
    result = _genai(
        "--lang",
        "en",
        "export",
        "--include-prompts",
        "-o",
        str(out / "e.json"),
        env={"GENAI_COURSE_HOME": str(home)},
        limit_bytes=600_000,
    )
    assert result.returncode == 1 and result.stderr.startswith("Cannot write")
    assert len(result.stderr.strip().splitlines()) == 1 and list(out.iterdir()) == []


@POSIX
def test_read_only_store_can_be_read_and_writes_say_why(tmp_path: Path) -> None:
    db = paths.default_db()
    with Store.open(db) as store:
        learner = store.create_learner("Anna", "T", "en")
        store.set_current_learner(learner.id)
        store.record_attempt(learner.id, "l", "e", "prompt", "x", 0.5, False, [])
    good = tmp_path / "in.json"
    assert cli("export", "-o", str(good)).exit_code == 0
    os.chmod(db, stat.S_IRUSR | stat.S_IRGRP)
    try:
        shown = cli("--lang", "en", "progress")
        assert shown.exit_code == 0 and "Anna" in shown.stdout
        exported = cli("export")
        assert exported.exit_code == 0 and '"name":"Anna"' in exported.stdout
        refused = cli("--lang", "en", "import", str(good))
        assert refused.exit_code == 1 and "read-only" in refused.stderr
        assert len(refused.stderr.strip().splitlines()) == 1
    finally:
        os.chmod(db, stat.S_IRUSR | stat.S_IWUSR)
