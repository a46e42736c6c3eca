"""`genai-course lint` reports each mistake once, at the right file and line."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from course.cli import main

EXPECTED = {
    ("01-one/01-yaml.de.md", 3, "error", "yaml"),
    ("01-one/02-key.de.md", 4, "error", "unknown-key"),
    ("01-one/03-check.de.md", 12, "error", "unknown-check"),
    ("01-one/04-dup.de.md", 2, "error", "duplicate-id"),
    ("02-two/01-dupex.de.md", 8, "error", "duplicate-id"),
    ("02-two/02-policy.de.md", 5, "error", "unresolved-policy"),
    ("02-two/level.yaml", 4, "error", "unknown-level"),
    ("03-three/level.yaml", 3, "error", "unknown-key"),
    ("03-three/01-fence.de.md", 6, "error", "unclosed-fence"),
    ("03-three/02-nofront.de.md", 1, "error", "no-front-matter"),
    ("03-three/03-binary.de.md", 1, "error", "not-text"),
    ("03-three/04-kind.de.md", 7, "error", "unknown-kind"),
    ("01-one/02-key.de.md", 1, "warning", "missing-language"),
    ("01-one/03-check.de.md", 19, "error", "bad-check"),
    ("01-one/05-selftest.de.md", 13, "error", "solution-fails"),
    ("01-one/05-selftest.de.md", 15, "error", "fail-passes"),
}


def _parse(output: str, root: Path) -> set[tuple[str, int, str, str]]:
    found = set()
    for line in output.splitlines():
        path, lineno, rest = line.split(":", 2)
        severity, code, _ = rest.strip().split(" ", 2)
        found.add((Path(path).resolve().relative_to(root.resolve()).as_posix(), int(lineno), severity, code))
    return found


def test_bad_pack_gets_one_line_per_mistake(bad_pack: Path) -> None:
    result = CliRunner().invoke(main, ["lint", str(bad_pack)])
    assert result.exit_code == 1
    found = _parse(result.stdout, bad_pack)
    assert EXPECTED <= found, EXPECTED - found
    errors = {f for f in found if f[2] == "error"}
    assert errors == {e for e in EXPECTED if e[2] == "error"} | {
        f for f in errors if f[3].startswith(("solution", "fail", "few", "no-solution"))
    }


def test_good_pack_is_clean(good_pack: Path) -> None:
    result = CliRunner().invoke(main, ["lint", str(good_pack)])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""


def test_single_file_and_missing_path(bad_pack: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["lint", str(bad_pack / "01-one" / "03-check.de.md")])
    assert result.exit_code == 1 and "unknown-check" in result.stdout
    result = CliRunner().invoke(main, ["lint", str(tmp_path / "nope")])
    assert result.exit_code == 1 and "not-found" in result.stdout


def test_bundled_pack_lints_clean() -> None:
    result = CliRunner().invoke(main, ["lint", "course/lessons"])
    assert result.exit_code == 0, result.stdout[-3000:]


def _level(root: Path, folder: str, text: str) -> Path:
    (root / folder).mkdir(parents=True)
    (root / folder / "level.yaml").write_text(text, encoding="utf-8")
    return root


def test_a_pack_is_linted_together_with_the_packs_given(tmp_path: Path) -> None:
    base = _level(tmp_path / "base", "07-acme", "id: acme-level\ntitle: {de: Acme, en: Acme}\n")
    extra = _level(
        tmp_path / "extra", "08-more", "id: more\ntitle: {de: Mehr, en: More}\nunlock:\n  after: acme-level\n"
    )
    alone = CliRunner().invoke(main, ["lint", "--lang", "en", str(extra)])
    assert alone.exit_code == 1 and "unknown-level unlock.after names no level: 'acme-level'" in alone.stdout
    together = CliRunner().invoke(main, ["--course", str(base), "lint", str(extra)])
    assert together.exit_code == 0 and together.stdout == ""


def test_a_policy_that_drops_a_field_is_reported_at_the_policy_not_the_bundled_lessons(tmp_path: Path) -> None:
    bundled = (Path(__file__).parents[1] / "course" / "lessons" / "policy.yaml").read_text(encoding="utf-8")
    pack = tmp_path / "acme"
    pack.mkdir()
    (pack / "policy.yaml").write_text(bundled.replace('  channel: "#ki-fragen"\n', ""), encoding="utf-8")
    result = CliRunner().invoke(main, ["lint", "--lang", "en", str(pack)])
    lines = result.stdout.splitlines()
    assert result.exit_code == 1 and len(lines) == 1, result.stdout
    path, line, rest = lines[0].split(":", 2)
    assert Path(path).resolve() == (pack / "policy.yaml").resolve()
    assert bundled.split("\n")[int(line) - 1] == "contact:"
    assert rest.startswith(" error policy-field contact.channel is missing or empty, but 10 lesson files")
    app_view = CliRunner().invoke(main, ["--course", str(pack), "lint", "--lang", "de"])
    assert (
        "policy.yaml:" in app_view.stdout
        and "site-packages" not in app_view.stdout
        and "course/lessons/02" not in app_view.stdout
    )


def test_a_pack_with_its_own_course_yaml_says_so(tmp_path: Path) -> None:
    pack = tmp_path / "own"
    pack.mkdir()
    (pack / "course.yaml").write_text('id: acme-course\nversion: "1"\ntitle: {de: Acme, en: Acme}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["lint", "--lang", "en", str(pack)])
    assert result.exit_code == 0 and result.stdout == ""
    assert "defines its own course 'acme-course'" in result.stderr
    plain = tmp_path / "adds"
    plain.mkdir()
    assert "own course" not in CliRunner().invoke(main, ["lint", str(plain)]).stderr


def test_a_single_lesson_file_is_checked_inside_its_pack() -> None:
    pack = Path(__file__).parent / "data" / "packs" / "mistakes" / "01-mistakes"
    result = CliRunner().invoke(
        main, ["lint", "--lang", "en", str(pack / "20-mismatch.en.md"), str(pack / "21-policy.de.md")]
    )
    codes = [line.split(" ")[2] for line in result.stdout.splitlines()]
    assert result.exit_code == 1 and codes == ["exercise-mismatch", "unresolved-policy"], result.stdout


def test_a_broken_level_yaml_does_not_hide_its_lessons_failing_solutions(tmp_path: Path) -> None:
    pack = _level(tmp_path / "p", "01-x", "id: x\ntitle: {de: X, en: X\n")
    lesson = (
        "---\nid: inside\ntitle: Drin\n---\n\n```exercise\nid: inside-ex\ntask: Schreib was.\nchecks:\n  - role\n"
        "solution: Mach das.\nfails:\n  - Schreib.\n  - Los.\n```\n"
    )
    for lang in ("de", "en"):
        (pack / "01-x" / f"01-inside.{lang}.md").write_text(lesson, encoding="utf-8")
    result = CliRunner().invoke(main, ["lint", "--lang", "en", str(pack)])
    found = sorted(
        (Path(row.split(":")[0]).name, int(row.split(":")[1]), row.split(" ")[2]) for row in result.stdout.splitlines()
    )
    assert found == [
        ("01-inside.de.md", 11, "solution-fails"),
        ("01-inside.en.md", 11, "solution-fails"),
        ("level.yaml", 2, "yaml"),
    ]


def test_a_lesson_file_outside_any_pack_is_linted_on_its_own(tmp_path: Path) -> None:
    lesson = tmp_path / "01-loose.de.md"
    lesson.write_text("---\nid: loose\ntitel: Lose\n---\n\nText.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["lint", "--lang", "de", str(lesson)])
    assert result.exit_code == 1
    assert result.stdout.strip().endswith(
        ":3: error unknown-key unbekannter Schlüssel 'titel' im Kopf – meintest du 'title'?"
    )
