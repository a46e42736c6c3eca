"""`genai-course grade` through the real CLI (click's CliRunner), with a real course pack."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from course.cli import main

PACK = Path(__file__).parent / "data" / "packs" / "good"
GOOD = (
    "Du bist Assistenz der Geschäftsführung. Fasse die Notizen unten als Stichpunkte für das Team zusammen, "
    "höchstens fünf Punkte."
)


def _run(args: list[str], stdin: str | None = None):
    return CliRunner().invoke(main, args, input=stdin)


def test_checks_list_json_matches_the_contract(tmp_path: Path) -> None:
    prompt = tmp_path / "p.txt"
    prompt.write_text(GOOD, encoding="utf-8")
    result = _run(["--lang", "de", "grade", "--checks", "role,format,no-personal-data", str(prompt), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"score", "passed", "checks"}
    assert data["score"] == 1.0 and data["passed"] is True
    assert [c["name"] for c in data["checks"]] == ["role", "format", "no-personal-data"]
    assert all({"name", "passed", "message"} <= set(c) for c in data["checks"])
    assert data["checks"][0]["message"].startswith("Rolle erkannt")


def test_stdin_and_exit_1_when_not_passed() -> None:
    result = _run(["--lang", "en", "grade", "--checks", "role,format,min-words:25", "-"], stdin="Write minutes.")
    assert result.exit_code == 1
    assert "not passed" in result.stdout and "✗ role" in result.stdout and "Hint:" in result.stdout


def test_human_output_in_german_with_arguments_and_negation() -> None:
    result = _run(
        ["--lang", "de", "grade", "--checks", "format:Steckbrief,not-tone,no-personal-data"],
        stdin="Schreib es als Steckbrief an max.mustermann@example.com.",
    )
    assert result.exit_code == 1
    assert "Punktzahl" in result.stdout and "nicht bestanden" in result.stdout
    assert "E-Mail-Adresse" in result.stdout and "✗!no-personal-data" in result.stdout
    assert "✓ not-tone" in result.stdout


def test_exercise_from_the_catalog() -> None:
    args = ["--lang", "de", "--course", str(PACK), "grade", "--exercise", "first-prompt-ex", "--json"]
    good = _run(args, stdin=GOOD)
    assert good.exit_code == 0, good.output
    assert json.loads(good.stdout)["passed"] is True
    weak = _run(args, stdin="Fasse zusammen.")
    assert weak.exit_code == 1 and json.loads(weak.stdout)["passed"] is False


def test_errors_are_one_line_on_stderr_with_exit_2(tmp_path: Path) -> None:
    cases = [
        ["grade", "--exercise", "no-such-exercise", "-"],
        ["grade", "--checks", "rol", "-"],
        ["grade", "--checks", "regex:(?<=a)b", "-"],
        ["grade", "--checks", "role", str(tmp_path / "missing.txt")],
        ["grade", "--checks", "role", str(tmp_path)],
        ["grade", "-"],
        ["grade", "--checks", "role", "--exercise", "x", "-"],
    ]
    for args in cases:
        result = _run(["--lang", "en", *args], stdin="Du bist Expertin.")
        assert result.exit_code == 2, (args, result.output)
        assert result.stdout == ""
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert "Traceback" not in result.stderr


def test_binary_file_is_rejected(tmp_path: Path) -> None:
    blob = tmp_path / "blob.bin"
    blob.write_bytes(b"\xff\xfe\x00\x81")
    result = _run(["--lang", "de", "grade", "--checks", "role", str(blob)])
    assert result.exit_code == 2 and "UTF-8" in result.stderr


def test_terminal_escapes_in_the_prompt_do_not_reach_the_terminal() -> None:
    result = _run(["--lang", "en", "grade", "--checks", "role"], stdin="\x1b[2J\x1b[31mYou are an editor.\x1b[0m")
    assert result.exit_code == 0 and "\x1b" not in result.stdout
