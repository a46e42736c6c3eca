"""Attacks through export files, learner names and CSV cells: one line each, never a traceback, nothing lost."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from helpers.progress import cli
from helpers.team import GOOD, minimal, write_export

from course import paths
from course.cli import main
from progress import bigexport, bounds, exchange
from progress.safetext import csv_cell, terminal
from progress.store import Store

ESCAPES = "\x1b]0;pwned\x07\x1b[2J\x1b[31mEvil\x9b1m\u202eName"
"""OSC (window title), CSI (clear screen, colour), an 8-bit CSI and a bidi override."""


def _export(path: Path, **extra: Any) -> Path:
    return write_export(path, minimal(**extra))


def _learner_export(tmp_path: Path, name: str, team: str = "T", **extra: Any) -> Path:
    data = minimal(name=name, **extra)
    data["learner"]["team"] = team
    return write_export(tmp_path / "in.json", data)


def _one_line_refusal(result, *parts: str) -> None:
    assert result.exit_code == 1 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    for part in parts:
        assert part in lines[0], lines[0]


# -- numbers and times: explicit ranges, one line -----------------------------------
def test_import_of_a_400_digit_score_is_refused_in_one_line(tmp_path: Path) -> None:
    attempt = {
        "id": "a1",
        "exercise": "e",
        "lesson": None,
        "kind": "prompt",
        "score": 10**400,
        "passed": True,
        "hints_used": 0,
        "failed_checks": [],
        "model": None,
        "at": "2026-11-01T10:00:00Z",
    }
    path = _export(tmp_path / "in.json", attempts=[attempt])
    _one_line_refusal(cli("import", str(path)), "attempts[0].score is out of range")


def test_import_of_400_digit_minutes_is_refused_in_one_line(tmp_path: Path) -> None:
    data = minimal()
    data["lessons"][0]["minutes"] = -(10**400)
    path = write_export(tmp_path / "in.json", data)
    _one_line_refusal(cli("import", str(path)), "lessons[0].minutes")


def test_import_of_a_5000_digit_literal_is_refused_in_one_line(tmp_path: Path) -> None:
    text = exchange.dumps(minimal()).replace('"minutes": 3', '"minutes": ' + "7" * 5000)
    path = tmp_path / "in.json"
    path.write_text(text, encoding="utf-8")
    _one_line_refusal(cli("import", str(path)), "not usable JSON")
    with pytest.raises(exchange.ExportError, match="not usable JSON"):
        exchange.loads(text)  # the team report's reader


def test_import_of_a_timestamp_at_the_end_of_time_is_refused_in_one_line(tmp_path: Path) -> None:
    path = _export(tmp_path / "in.json", exported_at="9999-12-31T23:59:59-05:00")
    _one_line_refusal(cli("import", str(path)), "exported_at is not a valid time")


def test_bounds_give_none_for_huge_and_odd_numbers_and_times() -> None:
    assert bounds.number(10**400, 0, 1e7) is None and bounds.number(-(10**400), -1e9, 1e9) is None
    assert bounds.number(float("nan"), 0, 1) is None and bounds.number(float("inf"), 0, float("inf")) is None
    assert bounds.number(True, 0, 1) is None and bounds.number(0.5, 0, 1) == 0.5
    assert bounds.whole(10**400, 0, 10**500) is None and bounds.whole(2.6, 0, 10) == 3
    assert (
        bounds.parse_time("9999-12-31T23:59:59-05:00") is None
        and bounds.parse_time("0001-01-01T00:00:00+05:00") is None
    )
    assert bounds.utc_iso("2026-11-01T10:00:00+01:00") == "2026-11-01T09:00:00.000000+00:00"


def test_team_report_refuses_files_with_huge_numbers_or_a_far_future_date_and_reads_the_rest(tmp_path: Path) -> None:
    folder = tmp_path / "team"
    data = minimal(learner_id="u-big")
    data["lessons"][0]["minutes"] = 10**400
    data["lessons"][0]["score"] = 10**400
    data["levels"][0]["id"] = 10**400
    data["successes"] = [{"title": "x", "minutes_saved": 10**400, "date": "9999-12-31T23:59:59-05:00"}]
    write_export(folder / "big.json", data)
    write_export(folder / "future.json", minimal(learner_id="u-future", exported_at="9999-12-31T23:59:59-05:00"))
    (folder / "digits.json").write_text(
        exchange.dumps(minimal(learner_id="u-digits")).replace('"minutes": 3', '"minutes": ' + "7" * 5000),
        encoding="utf-8",
    )
    for name in ("anna.json", "ben.json"):
        (folder / name).write_bytes((GOOD / name).read_bytes())
    result = cli("--lang", "en", "team", "report", str(folder))
    assert result.exit_code == 2 and "Traceback" not in result.stderr + result.stdout  # 2: some files refused
    assert "Members: 2" in result.stdout  # the report is still made from the usable files
    for name in ("future.json", "digits.json", "big.json"):  # refused, each on its own line (same limits as import)
        assert name in result.stderr
    assert "big.json: levels[0].id is not a text" in result.stderr


def test_promptathon_board_refuses_a_5000_digit_literal_and_400_digit_points(tmp_path: Path) -> None:
    from course.promptathon import results

    folder = tmp_path / "boards"
    folder.mkdir()
    good = results.seal(
        {
            "team": "A",
            "pack": {"id": "p", "title": "P"},
            "challenges": [],
            "total": 0,
            "ended": "finished",
            "used_seconds": 10**400,
            "written_at": "2026-11-28T09:00:00+00:00",
        }
    )
    (folder / "a.json").write_text(json.dumps(good), encoding="utf-8")
    (folder / "digits.json").write_text(
        json.dumps(good).replace('"total": 0', '"total": ' + "9" * 5000), encoding="utf-8"
    )
    big = results.seal(
        {**{k: v for k, v in good.items() if k not in ("format", "version", "checksum")}, "team": "B", "total": 10**400}
    )
    (folder / "big.json").write_text(json.dumps(big), encoding="utf-8")
    result = CliRunner().invoke(main, ["--lang", "en", "promptathon", "board", str(folder)], catch_exceptions=False)
    assert "Traceback" not in result.stderr + result.stdout
    assert "digits.json" in result.stderr and "big.json" in result.stderr
    assert result.exit_code == 0


# -- one size policy ------------------------------------------------------------------
def test_a_1_mb_prompt_round_trips_through_export_and_import_cut_with_a_marker(tmp_path: Path) -> None:
    db = paths.default_db()
    with Store.open(db) as store:
        learner = store.create_learner("Anna", "T", "en")
        store.set_current_learner(learner.id)
        store.record_attempt(learner.id, "l", "e", "prompt", "x" * 1_000_000, 0.9, True, [])
    out = tmp_path / "export.json"
    assert cli("export", "--include-prompts", "-o", str(out)).exit_code == 0
    raw = out.read_text(encoding="utf-8")
    assert "\n  " not in raw  # compact, not pretty-printed
    result = cli("import", str(out))  # into the same store: nothing new, nothing refused
    assert result.exit_code == 0 and "0 new attempts (1 already there)" in result.stdout
    fresh = tmp_path / "fresh.db"
    assert cli("--db", str(fresh), "import", str(out)).exit_code == 0
    with Store.open(fresh) as store:
        text = store.attempts(learner.id)[0].text
    assert len(text) == bigexport.MAX_TEXT and text.endswith(bigexport.TRUNCATED)


def test_an_export_streams_attempt_by_attempt_and_keeps_the_checksum_of_the_whole(tmp_path: Path) -> None:
    data = minimal(
        attempts=[
            {
                "id": f"a{i}",
                "exercise": "e",
                "lesson": None,
                "kind": "quiz",
                "score": 0.5,
                "passed": False,
                "hints_used": 0,
                "failed_checks": ["x"],
                "model": None,
                "at": "2026-11-01T10:00:00Z",
            }
            for i in range(3)
        ]
    )
    text = bigexport.dumps({k: v for k, v in data.items() if k != "attempts"}, data["attempts"])
    assert exchange.loads(text)["checksum"] == exchange.seal(data)["checksum"]
    path = tmp_path / "e.json"
    path.write_text(text, encoding="utf-8")
    seen: list[Any] = []
    assert bigexport.scan(path, seen.append)["learner"]["id"] == "u-1" and len(seen) == 3
    path.write_text(text.replace('"a1"', '"a9"'), encoding="utf-8")
    with pytest.raises(exchange.ExportError, match="checksum"):
        bigexport.scan(path, seen.append)


def test_an_attempt_larger_than_the_limit_is_refused_in_one_line(tmp_path: Path) -> None:
    text = exchange.dumps(
        minimal(
            attempts=[
                {
                    "id": "a",
                    "exercise": "e",
                    "kind": "prompt",
                    "score": 0.5,
                    "passed": False,
                    "text": "y" * (bigexport.MAX_ATTEMPT_CHARS + 10),
                }
            ]
        )
    )
    path = tmp_path / "in.json"
    path.write_text(text, encoding="utf-8")
    _one_line_refusal(cli("import", str(path)), "attempts[0] is larger than")


def test_a_refused_import_changes_nothing_even_after_attempts_were_streamed_in(tmp_path: Path) -> None:
    data = minimal(attempts=[{"id": "a1", "exercise": "e", "kind": "quiz", "score": 0.5, "passed": False}])
    data["successes"] = [{"title": "", "minutes_saved": 1, "date": "2026-11-01"}]  # bad, and after the attempts
    path = write_export(tmp_path / "in.json", data)
    db = tmp_path / "other.db"
    _one_line_refusal(cli("--db", str(db), "import", str(path)), "successes[0].title is empty")
    with Store.open(db) as store:
        assert store.learners() == [] and store._one("SELECT count(*) FROM attempts")[0] == 0


# -- terminal escapes: one cleaning function, every output ------------------------------
def test_a_learner_name_with_osc_and_csi_is_printed_clean_by_import_and_progress(tmp_path: Path) -> None:
    path = _learner_export(tmp_path, ESCAPES, team=ESCAPES)
    result = cli("--lang", "en", "import", str(path))
    assert result.exit_code == 0, result.stderr
    shown = cli("--lang", "en", "progress")
    for out in (result.stdout, shown.stdout):
        assert "Evil" in out
        assert not any(ch in out for ch in "\x1b\x07\x9b\u202e") and "pwned" not in out


def test_export_json_on_a_terminal_escapes_c1_and_bidi_characters(tmp_path: Path) -> None:
    path = _learner_export(tmp_path, "A\x9b2J\u202eB")
    assert cli("import", str(path)).exit_code == 0
    out = cli("export").stdout
    assert "\x9b" not in out and "\u202e" not in out and "\\u009b" in out
    assert exchange.loads(out)["learner"]["name"] == "A\x9b2J\u202eB"  # the data itself is unchanged


def test_terminal_cleaner_removes_whole_escape_sequences_and_keeps_text() -> None:
    assert terminal(ESCAPES) == "EvilName" or terminal(ESCAPES) == "Evil Name"
    assert terminal("a\rb\nc", multiline=True) == "a\nb\nc"
    assert terminal("line1\n\x1b[1Aline0") == "line1 line0"


def test_lint_output_is_cleaned_of_escape_sequences(tmp_path: Path) -> None:
    pack = tmp_path / "pack" / "01-x"
    pack.mkdir(parents=True)
    (pack / "level.yaml").write_text("id: x\ntitle: X\n", encoding="utf-8")
    (pack / "01-a.de.md").write_text('---\nid: "\x1b]0;pwned\x07a"\ntitle: A\n---\n\nText.\n', encoding="utf-8")
    result = cli("lint", str(tmp_path / "pack"))
    assert "\x1b" not in result.stdout + result.stderr and "\x07" not in result.stdout + result.stderr


def test_scan_json_output_escapes_bidi_and_c1(tmp_path: Path) -> None:
    result = cli("scan", "--json", "-", input="Mail an anna\u202e@example.com \x9b2J")
    assert "\u202e" not in result.stdout and "\x9b" not in result.stdout


# -- CSV formula injection: one defusing function, every CSV -----------------------------
def test_export_csv_defuses_formulas_in_name_and_team(tmp_path: Path) -> None:
    path = _learner_export(tmp_path, '=HYPERLINK("http://x","klick")', team="+1+cmd|' /C calc'!A0")
    assert cli("import", str(path)).exit_code == 0
    rows = list(csv.reader(io.StringIO(cli("export", "--format", "csv").stdout)))
    header, first = rows[0], rows[1]
    assert first[header.index("learner_name")].startswith("'=")
    assert first[header.index("team")].startswith("'+")


def test_team_csv_defuses_a_formula_in_the_level_column(tmp_path: Path) -> None:
    data = minimal(learner_id="u-f")
    data["levels"] = [{"id": "=1+1", "state": "done", "score": 1.0}]
    folder = tmp_path / "team"
    write_export(folder / "f.json", data)
    out = tmp_path / "team.csv"
    assert cli("--lang", "en", "team", "report", str(folder), "--csv", str(out)).exit_code == 0
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    cells = [cell for row in rows[1:] for cell in row]
    assert not any(cell.startswith(("=", "+", "@")) for cell in cells)
    assert not any(cell.startswith("-") and not cell[1:2].isdigit() for cell in cells)


def test_csv_cell_defuses_every_formula_start() -> None:
    for raw in ("=1", "+1", "-1+1", "@SUM(A1)", "\t=1", "\r=1"):
        assert csv_cell(raw).startswith("'"), raw
    assert csv_cell("Anna") == "Anna"


def test_the_readme_says_the_checksum_detects_damage_not_forgery() -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    assert "damage, not forgery" in readme
