"""`genai-course promptathon board` with three teams: terminal, JSON figures, HTML escaping, refused files."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers.promptathon import (
    EVIL_TEAM,
    make_run,
    mini,
    refused_files,
    three_teams,
)

from course.cli import main
from course.promptathon import results
from course.promptathon.board import load_results


def _run(tmp_path: Path, *args: str):
    env = {"GENAI_COURSE_HOME": str(tmp_path / "home"), "COLUMNS": "110"}
    return CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)


@pytest.fixture
def teams(tmp_path: Path) -> tuple[Path, Path, dict[str, dict]]:
    good, bad = tmp_path / "teams", tmp_path / "bad"
    data = three_teams(good)
    refused_files(bad, good)
    return good, bad, data


def test_the_three_results_files_hold_the_expected_points(teams) -> None:
    _good, _bad, data = teams
    blue, evil, green = data["blau"], data["evil"], data["gruen"]

    def by_id(d):
        return {c["id"]: c for c in d["challenges"]}

    assert (by_id(blue)["hr-job-ad"]["points"], by_id(blue)["guard-1-complaint"]["points"]) == (120, 144)
    assert blue["total"] == 264 and blue["ended"] == "time-up"
    leak = by_id(evil)["guard-1-complaint"]
    assert (leak["passed"], leak["penalty"], leak["ampel"]) == (False, 50, "red")
    assert by_id(green)["hr-job-ad"]["passed"] is False
    assert sum(c["passed"] for c in green["challenges"]) == 3


def test_json_board_figures(tmp_path: Path, teams) -> None:
    good, bad, data = teams
    result = _run(
        tmp_path,
        "--lang",
        "en",
        "promptathon",
        "board",
        "--json",
        str(good),
        str(bad),
        str(bad / "empty"),
        str(tmp_path / "missing.json"),
    )
    assert result.exit_code == 0
    board = json.loads(result.stdout)
    assert board["format"] == "genai-course-promptathon-board" and board["files_read"] == 3
    rows = [(t["rank"], t["team"], t["total"], t["passed"], t["penalties"], t["ended"]) for t in board["teams"]]
    assert rows[0] == (1, "Team Grün", data["gruen"]["total"], 3, 0, "finished")
    assert rows[1] == (2, "Team Blau", 264, 2, 0, "time-up")
    assert rows[2][1:] == (EVIL_TEAM, data["evil"]["total"], 1, 1, "finished")
    assert data["gruen"]["total"] > 264 > data["evil"]["total"]
    assert [t["used_seconds"] for t in board["teams"]][1] == 2700
    gallery = {g["id"]: g for g in board["gallery"]}
    assert len(gallery) == 10 and gallery["marketing-launch-post"]["entries"] == []
    hr = gallery["hr-job-ad"]["entries"]
    assert [e["team"] for e in hr] == ["Team Blau", EVIL_TEAM, "Team Grün"] and [e["best"] for e in hr] == [
        True,
        False,
        False,
    ]
    assert hr[0]["lessons_learned"] == "Zielgruppe nennen hilft." and hr[0]["points"] == 120
    guard = gallery["guard-1-complaint"]["entries"]
    assert guard[1]["team"] == EVIL_TEAM and guard[1]["penalty"] == 50
    assert "petra.sommer@example.com" not in result.stdout and "[███ e-mail]" in guard[1]["prompt"]
    reasons = {Path(r["path"]).name: r["reason"] for r in board["rejected"]}
    assert reasons["broken.json"].startswith("not valid JSON")
    assert reasons["progress.json"].startswith("a progress export, not Promptathon results")
    assert reasons["tampered.json"] == "checksum does not match: the file was damaged or edited"
    assert reasons["newer.json"].startswith("made by a newer genai-course")
    assert reasons["incomplete.json"] == "results file incomplete: team is missing or not text"
    assert reasons["uneven.json"] == "results file incomplete: the total does not match the challenges' points"
    assert reasons["blau-older.json"].startswith("older results of the same team (newer: ")
    assert reasons["empty"] == "folder holds no .json files" and reasons["missing.json"] == "not found"
    assert len(board["rejected"]) == 9
    assert len(result.stderr.strip().splitlines()) == 9 and all(
        line.startswith("not read: ") for line in result.stderr.splitlines()
    )


def test_terminal_board(tmp_path: Path, teams) -> None:
    good, bad, _data = teams
    result = _run(tmp_path, "--lang", "de", "promptathon", "board", str(good), str(bad))
    assert result.exit_code == 0
    out = result.stdout
    assert "Promptathon-Board" in out and "Teams: 3" in out and "abgelehnt: 7" in out
    ranks = [
        re.search(rf"^\s*(\d)\s+{re.escape(name)}", out, re.MULTILINE)
        for name in ("Team Grün", "Team Blau", "Team <script>")
    ]
    assert [m.group(1) if m else None for m in ranks] == ["1", "2", "3"]
    assert "Galerie der finalen Prompts" in out and "★ Team Blau · 120 Punkte" in out
    assert "Gelernt: Zielgruppe nennen hilft." in out and "(keine Lessons learned notiert)" in out
    assert "Abzug −50" in out and "petra.sommer@example.com" not in out and "███ E-Mail" in out
    assert "\x1b" not in out and "\u202e" not in out
    assert "nicht gelesen: " in result.stderr and "Traceback" not in out + result.stderr


def test_html_board_is_self_contained_and_escaped(tmp_path: Path, teams) -> None:
    good, bad, _data = teams
    page_path = tmp_path / "board.html"
    result = _run(tmp_path, "--lang", "en", "promptathon", "board", str(good), str(bad), "--html", str(page_path))
    assert result.exit_code == 0 and f"HTML board written: {page_path}" in result.stdout
    page = page_path.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<meta name="viewport" content="width=device-width' in page
    assert "default-src 'none'" in page and "<script" not in page and "<img" not in page
    assert not re.search(r"(?:src|href)\s*=\s*[\"']?(?:https?:)?//", page) and "@import" not in page
    assert "Team &lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;/div&gt;&lt;img src=x onerror=alert(1)&gt;" in page
    assert "&lt;b&gt;fett&lt;/b&gt; &amp; " in page and "\x1b" not in page and "\u202e" not in page
    assert "petra.sommer@example.com" not in page
    assert page.index("Team Grün") < page.index("Team Blau") < page.index("Team &lt;script&gt;")
    assert 'id="refused"' in page and "checksum does not match" in page
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["board.html"]  # no temp files left


def test_nothing_readable_is_exit_1_and_one_line_per_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    good = tmp_path / "good"
    three_teams(good)
    refused_files(bad, good)
    result = _run(
        tmp_path, "--lang", "en", "promptathon", "board", str(bad / "broken.json"), str(bad / "tampered.json")
    )
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.strip().splitlines()[-1] == "No results file could be read (2 refused)."


def test_the_same_file_twice_and_an_unwritable_html(tmp_path: Path) -> None:
    good = tmp_path / "good"
    three_teams(good)
    (tmp_path / "link.json").symlink_to(good / "blau.json")
    blocked = tmp_path / "no-such-folder" / "board.html"
    result = _run(
        tmp_path,
        "--lang",
        "en",
        "promptathon",
        "board",
        "--json",
        str(good),
        str(tmp_path / "link.json"),
        "--html",
        str(blocked),
    )
    assert result.exit_code == 1
    board = json.loads(result.stdout)
    assert board["files_read"] == 3 and board["rejected"] == [
        {"path": str(tmp_path / "link.json"), "reason": "the same file was already read"}
    ]
    assert f"Cannot write {blocked}: No such file or directory" in result.stderr


def test_a_copied_folder_of_a_team_keeps_the_newest(tmp_path: Path) -> None:
    good = tmp_path / "good"
    three_teams(good)
    again = tmp_path / "again"
    again.mkdir()
    newer = json.loads((good / "blau.json").read_text(encoding="utf-8"))
    newer["written_at"] = "2026-11-28T23:00:00+00:00"
    (again / "blau-rerun.json").write_text(results.dumps(newer), encoding="utf-8")
    shutil.copy(good / "gruen.json", again / "gruen-copy.json")
    result = _run(tmp_path, "--lang", "en", "promptathon", "board", "--json", str(good), str(again))
    board = json.loads(result.stdout)
    teams = {t["team"]: t["path"] for t in board["teams"]}
    assert teams["Team Blau"] == str(again / "blau-rerun.json")
    reasons = {Path(r["path"]).name: r["reason"] for r in board["rejected"]}
    assert reasons["blau.json"] == f"older results of the same team (newer: {again / 'blau-rerun.json'})"
    assert "gruen-copy.json" in reasons or "gruen.json" in reasons


def test_a_long_board_path_is_printed_on_one_line(tmp_path: Path, teams) -> None:
    """The 'HTML board written' note keeps a 150-character path whole instead of wrapping it at 80 columns."""
    good, _bad, _data = teams
    deep = tmp_path / ("a-very-long-folder-name-" * 6)
    deep.mkdir()
    page_path = deep / "promptathon-board-for-the-whole-company.html"
    assert len(str(page_path)) > 150
    result = _run(tmp_path, "--lang", "en", "promptathon", "board", str(good), "--html", str(page_path))
    assert result.exit_code == 0
    assert f"HTML board written: {page_path}\n" in result.stdout


@pytest.mark.parametrize("ending", results.ENDINGS)
def test_every_ending_and_the_longest_text_a_run_writes_are_read_back_by_the_board(tmp_path: Path, ending) -> None:
    """The run and the board share one contract (results.py): what the one writes, the other reads whole."""
    pack = mini()
    cid = pack.challenges[0].id
    run = make_run(pack, "Blau", tmp_path / "blau.json")
    assert run.set_text(cid, "Schreibe " * 5_000) and run.set_learned(cid, "y" * (results.MAX_TEXT + 5))
    run.finish(ending)
    teams, rejected = load_results([tmp_path / "blau.json"])
    assert not rejected and teams[0].ended == ending
    entry = next(e for e in teams[0].entries if e.challenge_id == cid)
    assert entry.prompt == run.text(cid) and len(entry.prompt) == results.MAX_TEXT
    assert entry.learned == "y" * results.MAX_TEXT
