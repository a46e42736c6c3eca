"""A pack with over 20 kinds of mistakes: one message each, at the line that must change, in German and English.

Every mistake in tests/data/packs/mistakes is marked on the line an author must
change (`# LINT: code` in YAML, `<!-- LINT: code -->` in Markdown, `LINT@1:` for
line 1); the expected lines come from those markers, not from the linter.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from course.cli import main

PACK = Path(__file__).parent / "data" / "packs" / "mistakes"
MARK = re.compile(r"LINT(@1)?: ([a-z-]+)")


def _marked() -> list[tuple[str, int, str]]:
    found = []
    for path in sorted(PACK.rglob("*")):
        if not path.is_file():
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
            for m in MARK.finditer(line):
                found.append((path.relative_to(PACK).as_posix(), 1 if m.group(1) else number, m.group(2)))
    return found


@functools.cache
def _lint(lang: str) -> tuple[tuple[str, int, str, str, str], ...]:
    """The pack linted in `lang`, once per language for the whole module: the tests only read its lines."""
    result = CliRunner().invoke(main, ["lint", "--lang", lang, str(PACK)])
    assert result.exit_code == 1
    rows = []
    for line in result.stdout.splitlines():
        path, number, rest = line.split(":", 2)
        severity, code, message = rest.strip().split(" ", 2)
        rows.append((Path(path).resolve().relative_to(PACK.resolve()).as_posix(), int(number), code, severity, message))
    return tuple(rows)


def test_the_mistakes_pack_holds_over_twenty_kinds_of_mistakes() -> None:
    marked = _marked()
    kinds = {(code, Path(path).name.split(".")[0]) for path, _line, code in marked}
    assert len(marked) >= 30 and len(kinds) >= 20
    assert len({code for _p, _l, code in marked}) >= 18


@pytest.mark.parametrize("lang", ["en", "de"])
def test_each_mistake_gets_one_message_at_the_line_that_must_change(lang: str) -> None:
    rows = _lint(lang)
    found = [(path, line, code) for path, line, code, _s, _m in rows]
    assert sorted(found) == sorted(_marked())  # nothing missing, nothing extra: no cascade
    assert len(found) == len(set(found))


def test_german_and_english_messages_say_the_same_in_each_language() -> None:
    en, de = _lint("en"), _lint("de")
    assert [r[:4] for r in en] == [r[:4] for r in de]
    for (path, line, code, _s, english), (*_rest, german) in zip(en, de, strict=True):
        assert german != english, f"{path}:{line} {code}: no German for {english!r}"
    assert any("Einrückung passt nicht zur Zeile davor" in r[4] for r in de)
    assert any("meintest du 'title'?" in r[4] for r in de)


def test_messages_name_what_to_change() -> None:
    rows = _lint("en")
    messages = {(p, code): m for p, _l, code, _s, m in rows}
    assert (
        messages[("01-mistakes/04-titel.de.md", "unknown-key")]
        == "unknown front matter key 'titel', did you mean 'title'?"
    )
    assert (
        "'id-mismatch-exercise' (en) is 'id-mismatch-ex' in the de file"
        in messages[("01-mistakes/20-mismatch.en.md", "exercise-mismatch")]
    )
    assert "contact.channel is missing or empty, but 10 lesson files" in messages[("policy.yaml", "policy-field")]
    assert any(
        m.startswith("version 2026.10 is read as the number 2026.1")
        for p, line, c, s, m in rows
        if p == "policy.yaml" and line == 2
    )
    assert (
        messages[("01-mistakes/22-indent.de.md", "yaml")] == "column 2: the indentation does not match the line before"
    )
