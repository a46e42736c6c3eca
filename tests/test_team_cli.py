"""`genai-course team report` through the real CLI (click's CliRunner) on real files."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers.team import BAD, GOOD, make_team

from course.cli import main

MT = make_team()


def run(tmp_path: Path, *args: str):
    env = {"GENAI_COURSE_HOME": str(tmp_path / "home"), "COLUMNS": "100"}
    return CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)


def test_terminal_report_with_refused_files_on_stderr(tmp_path: Path) -> None:
    result = run(tmp_path, "--lang", "en", "team", "report", str(GOOD), str(BAD))
    assert result.exit_code == 2  # refused files: exit 2, after the report was written
    assert "Progress spread: 75 pp" in result.stdout
    assert "Members: 6" in result.stdout and "Files refused: 10" in result.stdout
    lines = result.stderr.splitlines()
    assert len(lines) == 11 and all(line.startswith("not read: ") for line in lines[:10])
    assert lines[10] == "10 files refused – reasons above; exit code 2."
    assert f"not read: {BAD / 'broken.json'}: not valid JSON" in result.stderr
    assert "\x1b" not in result.stdout and MT.SECRET not in result.stdout + result.stderr


def test_json_output_is_pure_json(tmp_path: Path) -> None:
    result = run(tmp_path, "team", "report", "--json", str(GOOD), str(BAD / "broken.json"))
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert len(data["members"]) == 6 and data["files_read"] == 9
    assert data["rejected"] == [
        {"path": str(BAD / "broken.json"), "reason": "not valid JSON (the file ends too early, line 13)"}
    ]
    assert MT.SECRET not in result.stdout


def test_csv_and_html_files(tmp_path: Path) -> None:
    html, table = tmp_path / "out" / "team.html", tmp_path / "out" / "team.csv"
    html.parent.mkdir()
    result = run(tmp_path, "--lang", "de", "team", "report", str(GOOD), "--html", str(html), "--csv", str(table))
    assert result.exit_code == 0
    assert f"HTML-Bericht geschrieben: {html}" in result.stdout and f"CSV geschrieben: {table}" in result.stdout
    page = html.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "GenAI-Lücke" in page and MT.SECRET not in page
    rows = list(csv.DictReader(io.StringIO(table.read_text(encoding="utf-8-sig"))))
    assert len(rows) == 6 and MT.SECRET not in table.read_text(encoding="utf-8-sig")
    assert sorted(p.name for p in html.parent.iterdir()) == [
        "team.csv",
        "team.groups.csv",
        "team.html",
    ]  # no temp files left
    mask = os.umask(0)
    os.umask(mask)
    assert html.stat().st_mode & 0o777 == 0o666 & ~mask  # like any new file, not mkstemp's 0600


def test_json_mode_reports_written_files_on_stderr(tmp_path: Path) -> None:
    html = tmp_path / "t.html"
    result = run(tmp_path, "--lang", "en", "team", "report", "--json", "--html", str(html), str(GOOD))
    assert result.exit_code == 0
    json.loads(result.stdout)
    assert f"HTML report written: {html}" in result.stderr


def test_nothing_readable_exits_1_with_one_line_why(tmp_path: Path) -> None:
    result = run(tmp_path, "--lang", "en", "team", "report", str(BAD / "broken.json"), str(tmp_path / "nope"))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines()[-1] == "No export could be read (2 paths refused)."
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run(tmp_path, "--lang", "de", "team", "report", str(empty))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"nicht gelesen: {empty}: keine *.json-Dateien in diesem Ordner",
        "Kein Export konnte gelesen werden (1 Pfade abgelehnt).",
    ]


def test_an_unwritable_output_is_one_line_and_exit_1(tmp_path: Path) -> None:
    result = run(
        tmp_path, "--lang", "en", "team", "report", str(GOOD), "--html", str(tmp_path / "no" / "dir" / "r.html")
    )
    assert result.exit_code == 1
    assert "Team progress" in result.stdout  # the report itself is still shown
    assert result.stderr.strip().startswith(f"Cannot write {tmp_path / 'no' / 'dir' / 'r.html'}: ")
    assert len(result.stderr.strip().splitlines()) == 1


def test_reads_an_export_written_by_the_real_exporter(tmp_path: Path) -> None:
    """Round trip: import a team file into a fresh store, export it with `genai-course export`, report on it."""
    imported = run(tmp_path, "import", str(GOOD / "anna.json"))
    assert imported.exit_code == 0, imported.stderr  # a skip here made the suite's skip count vary
    out = tmp_path / "exports" / "anna.json"
    out.parent.mkdir()
    assert run(tmp_path, "export", "-o", str(out), "--include-prompts").exit_code == 0
    result = run(tmp_path, "--lang", "en", "team", "report", "--json", str(out.parent))
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert [m["name"] for m in data["members"]] == ["Anna Beispiel"]
    assert data["minutes_total"] == 45
    assert {r["check"] for r in data["failed_checks"]} == {"role", "format", "no-personal-data"}


def test_hostile_file_names_are_cleaned_on_stderr(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(BAD / "broken.json", folder / "evil\x1b[2J.json")
    shutil.copy(GOOD / "ben.json", folder / "ben.json")
    result = run(tmp_path, "--lang", "en", "team", "report", str(folder))
    assert result.exit_code == 2
    assert "\x1b" not in result.stderr and "[2J" not in result.stderr and "evil.json" in result.stderr


@pytest.mark.skipif(os.name != "posix", reason="uses a POSIX path")
def test_default_language_follows_the_locale(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["team", "report", str(GOOD)], env={"GENAI_COURSE_HOME": str(tmp_path), "LC_ALL": "de_DE.UTF-8"}
    )
    assert result.exit_code == 0 and "GenAI-Lücke" in result.stdout


def test_a_long_written_path_is_printed_on_one_line(tmp_path: Path) -> None:
    """Rich wraps at the terminal width; the 'written' note keeps a 150-character path whole (copyable)."""
    deep = tmp_path / ("a-very-long-folder-name-" * 6) / "reports"
    deep.mkdir(parents=True)
    html = deep / "team-report-for-the-whole-department.html"
    assert len(str(html)) > 150
    result = run(tmp_path, "--lang", "en", "team", "report", "--html", str(html), str(GOOD))
    assert result.exit_code == 0
    assert f"HTML report written: {html}\n" in result.stdout
