"""Every command that names a file prints its path whole on one line, under a 200-character TMPDIR and an
80-column terminal (Rich wraps at the terminal width otherwise, which breaks the tests and makes the path
uncopyable for users)."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from helpers.progress import complete_first_level
from helpers.promptathon import three_teams
from helpers.team import GOOD

from course.cli import main

Case = Callable[[Path], tuple[list[str], Path]]


@pytest.fixture
def long_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """TMPDIR at least 200 characters long (with a space in it, as in "Team Reports")."""
    folder = tmp_path / "Team Reports"
    while len(str(folder)) < 200:
        folder = folder / ("Team Reports-" + "x" * 30)
    folder.mkdir(parents=True)
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", None)  # tempfile reads TMPDIR again
    assert len(tempfile.gettempdir()) >= 200
    return Path(tempfile.gettempdir())


def run(args: list[str]) -> Result:
    return CliRunner().invoke(main, args, env={"COLUMNS": "80"}, catch_exceptions=False)


def team_html(tmp: Path) -> tuple[list[str], Path]:
    out = tmp / "team-report.html"
    return ["--lang", "en", "team", "report", "--html", str(out), str(GOOD)], out


def team_csv(tmp: Path) -> tuple[list[str], Path]:
    out = tmp / "team-report.csv"
    return ["--lang", "de", "team", "report", "--csv", str(out), str(GOOD)], out


def team_refused(tmp: Path) -> tuple[list[str], Path]:
    bad = tmp / "broken export.json"
    bad.write_text("{", encoding="utf-8")
    return ["--lang", "en", "team", "report", str(GOOD), str(bad)], bad


def board_html(tmp: Path) -> tuple[list[str], Path]:
    three_teams(tmp / "teams")
    out = tmp / "board.html"
    return ["--lang", "de", "promptathon", "board", "--html", str(out), str(tmp / "teams")], out


def board_refused(tmp: Path) -> tuple[list[str], Path]:
    three_teams(tmp / "teams")
    bad = tmp / "broken results.json"
    bad.write_text("{", encoding="utf-8")
    return ["--lang", "en", "promptathon", "board", str(tmp / "teams"), str(bad)], bad


def certificate(tmp: Path) -> tuple[list[str], Path]:
    complete_first_level()
    out = tmp / "record.html"
    return ["--lang", "en", "certificate", "-o", str(out)], out


def export(tmp: Path) -> tuple[list[str], Path]:
    complete_first_level()
    out = tmp / "export.json"
    return ["--lang", "en", "export", "-o", str(out)], out


def xapi_export(tmp: Path) -> tuple[list[str], Path]:
    complete_first_level()
    out = tmp / "statements.json"
    return ["--lang", "en", "xapi", "export", "-o", str(out)], out


def import_refused(tmp: Path) -> tuple[list[str], Path]:
    complete_first_level()
    bad = tmp / "not an export.json"
    bad.write_text("{", encoding="utf-8")
    return ["--lang", "en", "import", str(bad)], bad


def feedback_refused(tmp: Path) -> tuple[list[str], Path]:
    bad = tmp / "broken export.json"
    bad.write_text("{", encoding="utf-8")
    return ["--lang", "en", "feedback", "report", str(bad)], bad


def scan_missing(tmp: Path) -> tuple[list[str], Path]:
    return ["--lang", "en", "scan", str(tmp / "missing letter.txt")], tmp / "missing letter.txt"


def new_lesson(tmp: Path) -> tuple[list[str], Path]:
    from course import paths

    pack = tmp / "course pack"
    shutil.copytree(paths.bundled_pack(), pack)
    return ["--lang", "en", "new", "lesson", "--into", str(pack), "basics", "meeting-notes"], pack


CASES: dict[str, Case] = {
    f.__name__: f
    for f in (
        team_html,
        team_csv,
        team_refused,
        board_html,
        board_refused,
        certificate,
        export,
        xapi_export,
        import_refused,
        feedback_refused,
        scan_missing,
        new_lesson,
    )
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_long_path_is_printed_whole_on_one_line(case: str, long_tmp: Path) -> None:
    args, path = CASES[case](long_tmp)
    result = run(args)
    lines = (result.stdout + "\n" + result.stderr).splitlines()
    assert any(str(path) in line for line in lines), f"exit {result.exit_code}:\n" + "\n".join(lines[-20:])


def test_the_check_sees_a_wrapped_path(long_tmp: Path) -> None:
    """Control: Rich without soft_wrap breaks the same path at 80 columns."""
    import io

    from rich.console import Console

    out = io.StringIO()
    Console(file=out, width=80).print(f"written: {long_tmp / 'x.html'}", markup=False, highlight=False)
    assert not any(str(long_tmp / "x.html") in line for line in out.getvalue().splitlines())
