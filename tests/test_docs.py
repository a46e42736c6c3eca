"""Every example in docs/authoring.md and docs/promptathon.md lints clean, extracted from the docs themselves.

A YAML example that is only part of a file starts with a `# excerpt ...` comment; it must
still be valid YAML.

The commands the guides give work from an installed package: the 15-minute walk-through
runs here step by step, and no command names a path inside a source checkout.
"""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from course import paths
from course.catalog import build_catalog
from course.cli import main

DOCS = Path(__file__).resolve().parents[1] / "docs"
AUTHORING = (DOCS / "authoring.md").read_text(encoding="utf-8")
PROMPTATHON = (DOCS / "promptathon.md").read_text(encoding="utf-8")


def _blocks(text: str) -> list[tuple[str, str]]:
    """(info, body) of every top-level fenced block (``` or ~~~)."""
    found, lines, i = [], text.split("\n"), 0
    while i < len(lines):
        m = re.match(r"^(\s*)(```|~~~)(\S*)", lines[i])
        if not m:
            i += 1
            continue
        indent, fence, info = m.groups()
        body, i = [], i + 1
        while i < len(lines) and lines[i].strip() != fence:
            body.append(lines[i][len(indent) :])
            i += 1
        found.append((info, "\n".join(body)))
        i += 1
    return found


def _lint(pack: Path) -> str:
    result = CliRunner().invoke(main, ["lint", "--lang", "en", str(pack)])
    assert result.exit_code == 0, result.output
    return result.stdout


BASE_LESSON = """---
id: docs-fragment
title: Beispiel
---

Text.

```exercise
id: docs-fragment-ex
kind: prompt
task: Schreibe einen Prompt für eine E-Mail an einen Kunden.
checks:
  - role
  - format
solution: Du bist Assistenz im Vertrieb. Schreibe eine E-Mail an den Kunden mit drei Stichpunkten.
fails:
  - Schreib was.
  - Mail.
{extra}
```"""


def _exercise_keys(body: str) -> bool:
    """Whether a YAML example holds only keys that belong inside an exercise block."""
    import yaml

    from course.exercises import ALL_KEYS

    data = yaml.safe_load(body)
    return (
        isinstance(data, dict)
        and bool(data)
        and set(data) <= ALL_KEYS - {"id", "kind", "task", "checks", "solution", "fails"}
    )


def _file_name(body: str, doc: str) -> str:
    """Which pack file a YAML example is: by a `# name.yaml` comment, its keys, or the heading above it."""
    import yaml

    from course.packs import LEVEL_KEYS
    from course.policy import POLICY_KEYS

    first = body.lstrip().split("\n", 1)[0]
    if re.fullmatch(r"# [a-z]+\.yaml", first):
        return first[2:]
    keys = set(yaml.safe_load(body) or {})
    if keys and keys <= POLICY_KEYS and "id" not in keys:
        return "policy.yaml"
    if keys and keys <= LEVEL_KEYS:
        return "level.yaml"
    before = doc[: doc.index(body)]
    heading = re.findall(r"^#+ .*$", before, re.M)[-1]
    named = re.search(r"([a-z]+\.yaml)", heading)
    assert named, f"cannot tell which file this example is: {first!r}"
    return named.group(1)


def _lesson_pack(tmp_path: Path, name: str, text: str) -> Path:
    """A pack with the example as a lesson, in German and English (same text)."""
    pack = tmp_path / name
    level = pack / "01-docs"
    level.mkdir(parents=True)
    (level / "level.yaml").write_text("id: docs-examples\ntitle: {de: Beispiele, en: Examples}\n", encoding="utf-8")
    for lang in ("de", "en"):
        (level / f"01-example.{lang}.md").write_text(text + "\n", encoding="utf-8")
    return pack


def test_authoring_guide_markdown_examples_lint_clean(tmp_path: Path) -> None:
    lessons = [body for info, body in _blocks(AUTHORING) if info == "markdown"]
    assert len(lessons) == 3
    for index, body in enumerate(lessons):
        if body.startswith("```exercise"):
            body = f"---\nid: docs-exercise-{index}\ntitle: Beispiel\n---\n\nText.\n\n{body}"
        assert _lint(_lesson_pack(tmp_path, f"pack{index}", body)) == ""


def test_authoring_guide_yaml_examples_lint_clean(tmp_path: Path) -> None:
    from course.exercises import _Collector, parse_checks
    from course.yamlutil import load

    yamls = [body for info, body in _blocks(AUTHORING) if info == "yaml"]
    kinds = set()
    for index, body in enumerate(yamls):
        pack = tmp_path / f"y{index}"
        if body.lstrip().startswith("- {check:"):
            data, lines = load(body)
            out = _Collector("doc", lines)
            assert parse_checks(data, out, "doc", "checks", allow_model=False) and out.problems == []
            kinds.add("check")
            continue
        if body.lstrip().startswith("# excerpt"):  # a part of a file, said so to the reader: valid YAML at least
            load(body)
            kinds.add("excerpt")
            continue
        if _exercise_keys(body):  # keys of an exercise (e.g. examples_output): inside a valid exercise
            kinds.add("exercise")
            assert _lint(_lesson_pack(tmp_path, f"ex{index}", BASE_LESSON.format(extra=body))) == ""
            continue
        name = _file_name(body, AUTHORING)
        kinds.add(name)
        target = pack / ("02-safe-use" if name == "level.yaml" else "") / name
        target.parent.mkdir(parents=True)
        target.write_text(body + "\n", encoding="utf-8")
        result = CliRunner().invoke(main, ["lint", "--lang", "en", str(pack)])
        assert result.exit_code == 0 and result.stdout == "", (name, result.output)
        if name == "course.yaml":
            assert "defines its own course 'genai-basics'" in result.stderr
    assert {"course.yaml", "level.yaml", "policy.yaml", "check"} <= kinds


def test_authoring_guide_lists_the_bundled_level_ids() -> None:
    catalog = build_catalog([paths.bundled_pack()])
    table = re.findall(r"^\| `([a-z-]+)` \| (.+?) / (.+?) \|$", AUTHORING, re.M)
    assert [(i, de, en) for i, de, en in table] == [
        (lv.id, lv.title.get("de"), lv.title.get("en")) for lv in catalog.levels
    ]


def test_promptathon_guide_examples_lint_clean(tmp_path: Path) -> None:
    blocks = _blocks(PROMPTATHON)
    pack_yaml = next(body for info, body in blocks if info == "yaml" and "challenges:" in body)
    challenge = next(body for info, body in blocks if info == "markdown")
    pack = tmp_path / "our-challenges"
    pack.mkdir()
    (pack / "promptathon.yaml").write_text(pack_yaml + "\n", encoding="utf-8")
    for lang in ("de", "en"):
        (pack / f"01-complaint.{lang}.md").write_text(challenge + "\n", encoding="utf-8")
    assert _lint(pack) == ""


def _commands(text: str) -> list[list[str]]:
    """Every `genai-course ...` command in code spans and shell blocks."""
    found = re.findall(r"`(genai-course[^`]*)`", text)
    for info, body in _blocks(text):
        if info == "sh":
            found += [line.split("#")[0] for line in body.split("\n") if "genai-course" in line]
    return [shlex.split(c[c.index("genai-course") :].replace("<", "").replace(">", ""))[1:] for c in found]


@pytest.mark.parametrize("doc", ["authoring.md", "promptathon.md"])
def test_every_command_in_the_guides_exists_and_needs_no_source_checkout(doc: str) -> None:
    commands = _commands((DOCS / doc).read_text(encoding="utf-8"))
    assert commands
    for words in commands:
        assert not any("course/lessons" in w for w in words), words
        args = list(words)
        while args and args[0] in ("--course", "--lang", "--db"):
            args = args[2:]
        if not args or args[0].startswith("-"):
            continue
        context = main.make_context("genai-course", [], resilient_parsing=True)
        command = main.get_command(context, args[0])
        assert command is not None, words
        if (
            hasattr(command, "commands")
            and len(args) > 1
            and not args[1].startswith("-")
            and args[1] in command.commands
        ):
            assert command.get_command(context, args[1]) is not None


def test_company_pack_in_fifteen_minutes_works_step_by_step(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    section = AUTHORING.split("## 8. Your company's pack in 15 minutes", 1)[1].split("\n## ", 1)[0]
    (tmp_path / "acme-pack").mkdir()
    copy = next(body for info, body in _blocks(section) if info == "sh").strip()
    subprocess.run([sys.executable, "-c", shlex.split(copy)[2]], check=True, cwd=tmp_path)
    assert (tmp_path / "acme-pack" / "policy.yaml").is_file()
    steps = re.findall(r"`(genai-course (?:lint|new|--course)[^`]*)`", section)
    runner = CliRunner()
    for step in steps:
        args = shlex.split(step)[1:]
        if "preview" in args or "//share" in step:
            continue  # needs a terminal / a share; preview has its own tests
        result = runner.invoke(main, args)
        assert result.exit_code == 0, (step, result.output)
    assert (tmp_path / "acme-pack" / "02-safe-use" / "01-acme-tools.en.md").is_file()
    listing = runner.invoke(main, ["--course", "acme-pack", "lint", "--list", "--lang", "en"]).stdout
    assert "acme-tools (de,en)" in listing and "EMPTY" not in listing
