"""`genai-course scan` through the real CLI (click's CliRunner): JSON contract, human output, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from course.cli import main

LEAKY = "Sehr geehrte Frau Müller,\nbitte überweisen Sie auf DE89 3704 0044 0532 0130 00.\nTel. 030 1234567\n"


def run(*args: str, input: str | bytes | None = None):
    return CliRunner().invoke(main, list(args), input=input)


def test_json_output_is_exactly_the_contract(tmp_path: Path) -> None:
    f = tmp_path / "mail.txt"
    f.write_text(LEAKY, encoding="utf-8")
    result = run("scan", str(f), "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert list(data) == ["level", "findings"]
    assert data["level"] == "red"
    assert [list(x) for x in data["findings"]] == [["category", "start", "end", "text"]] * 3
    assert [(x["category"], x["text"]) for x in data["findings"]] == [
        ("name", "Müller"),
        ("iban", "DE89 3704 0044 0532 0130 00"),
        ("phone", "030 1234567"),
    ]
    for x in data["findings"]:
        assert LEAKY[x["start"] : x["end"]] == x["text"]


def test_stdin_dash_and_default_read_standard_input() -> None:
    for args in (["scan", "-", "--json"], ["scan", "--json"]):
        result = run(*args, input="Mail: max@example.com")
        assert result.exit_code == 0
        assert json.loads(result.stdout) == {
            "level": "red",
            "findings": [{"category": "email", "start": 6, "end": 21, "text": "max@example.com"}],
        }


def test_clean_text_is_green_with_exit_zero() -> None:
    result = run("scan", "--json", input="Rechnung 2024-00123 über 1.234,56 € vom 12.03.2024.")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {"level": "green", "findings": []}
    assert run("scan", "--json", input="").stdout.strip() == '{"level": "green", "findings": []}'


@pytest.mark.parametrize("lang,light,label", [("de", "ROT", "IBAN"), ("en", "RED", "IBAN")])
def test_human_output_in_the_learners_language(lang: str, light: str, label: str) -> None:
    result = run("--lang", lang, "scan", input=LEAKY)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert light in lines[0]
    assert len(lines) == 4
    assert ("Zeile 2, Spalte 26" if lang == "de" else "line 2, column 26") in lines[2]
    assert label in lines[2]
    assert ("Telefon" if lang == "de" else "phone") in lines[3]


def test_human_output_yellow_and_green() -> None:
    assert "GELB" in run("--lang", "de", "scan", input="Laut Michael Schneider passt alles.").stdout
    assert "GREEN" in run("--lang", "en", "scan", input="All good.").stdout


def test_terminal_escapes_from_the_input_are_not_printed_raw() -> None:
    text = "Name: Eve \x1b]0;pwned\x07Mallory\nPasswort: \x1b[2Jgeheim\u202eXYZ123"
    result = run("--lang", "en", "scan", input=text)
    assert result.exit_code == 0
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout and "\u202e" not in result.stdout
    assert "\\x1b" in result.stdout
    as_json = run("scan", "--json", input=text).stdout
    assert "\x1b" not in as_json  # JSON escapes control characters
    assert json.loads(as_json)["level"] == "red"


def test_missing_file_exits_2_with_one_line(tmp_path: Path) -> None:
    result = run("--lang", "en", "scan", str(tmp_path / "nope.txt"))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "File not found" in result.stderr
    assert "Traceback" not in result.stderr


def test_directory_exits_2(tmp_path: Path) -> None:
    result = run("--lang", "de", "scan", str(tmp_path))
    assert result.exit_code == 2
    assert "Ordner" in result.stderr and result.stderr.count("\n") == 1


def test_binary_input_exits_2_not_a_text_file(tmp_path: Path) -> None:
    f = tmp_path / "image.png"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe\xfa")
    result = run("--lang", "en", "scan", str(f), "--json")
    assert result.exit_code == 2
    assert result.stderr.strip() == f"Not a text file (not valid UTF-8): {f}"
    piped = run("--lang", "en", "scan", "-", input=b"caf\xe9 latin-1")
    assert piped.exit_code == 2 and "<stdin>" in piped.stderr


def test_unreadable_path_exits_2(tmp_path: Path) -> None:
    f = tmp_path / "notes.txt"
    f.write_text("x", encoding="utf-8")
    result = run("--lang", "en", "scan", str(f / "inside.txt"))  # a file used as a folder
    assert result.exit_code == 2
    assert result.stderr.startswith("Cannot read file:") and result.stderr.count("\n") == 1


def test_large_file_is_scanned(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    f.write_text(("Projektstatus: alles im Plan, Budget 12.500 €.\n" * 20_000) + LEAKY, encoding="utf-8")
    result = run("scan", str(f), "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["level"] == "red"


@pytest.mark.parametrize("lang,label", [("de", "Gesundheitsdaten"), ("en", "health data")])
def test_health_findings_are_named_in_the_learners_language(lang: str, label: str) -> None:
    text = "Frau Berger ist seit Montag krankgeschrieben."
    human = run("--lang", lang, "scan", input=text)
    assert human.exit_code == 0
    assert label in human.stdout.splitlines()[2]
    data = json.loads(run("scan", "--json", input=text).stdout)
    assert data["findings"][1] == {"category": "health", "start": 28, "end": 44, "text": "krankgeschrieben"}


def test_json_offsets_point_into_the_original_text_with_invisible_characters() -> None:
    text = "IBAN:\u00a0DE89\u00a03704\u00a00044\u00a00532\u00a00130\u00a000, Mail max\u200b@example.com"
    data = json.loads(run("scan", "--json", input=text).stdout)
    assert data["level"] == "red"
    assert [x["category"] for x in data["findings"]] == ["iban", "email"]
    for x in data["findings"]:
        assert text[x["start"] : x["end"]] == x["text"]
