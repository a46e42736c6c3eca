"""Lint messages come from the gettext catalogues: every key the linters build exists in German and English with
the placeholders its caller fills, `genai-course lint` speaks the author's language, and no English message text
reaches German output."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers.catalogues import messages
from helpers.sources import course_nodes

from course.cli import main
from course.i18n import Message, msg, msg_n
from course.yamlutil import YamlError, load

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data"
BUILDERS = {"msg": 0, "msg_n": 0, "_ex": 1, "_said": 1}
"""Functions that make a Message, and the position of the key among their arguments."""

BROKEN = [
    DATA / "packs" / "bad",
    DATA / "packs" / "mistakes",
    DATA / "packs" / "layout",
    DATA / "promptathon" / "broken",
]


def _fields(text: str) -> set[str]:
    return {f.split(".")[0].split("[")[0] for _, f, _, _ in string.Formatter().parse(text) if f}


def _built_messages() -> list[tuple[str, str, frozenset[str], bool]]:
    """(where, key, keyword names, plural) for every Message built with a literal key in course/."""
    found = []
    for path, nodes in course_nodes():
        for node in nodes:
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in BUILDERS):
                continue
            at = BUILDERS[node.func.id]
            if len(node.args) <= at or not isinstance(node.args[at], ast.Constant):
                continue
            if any(k.arg is None for k in node.keywords):
                continue  # **values: a helper passing its own caller's values on, checked at that caller
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            names = frozenset(str(k.arg) for k in node.keywords)
            found.append((where, str(node.args[at].value), names, node.func.id == "msg_n"))
    return found


BUILT = _built_messages()


def test_every_lint_message_key_exists_in_both_catalogues_with_the_placeholders_its_caller_fills() -> None:
    assert len({key for _w, key, _n, _p in BUILT}) > 180  # the search is not blind
    wrong = []
    for where, key, names, plural in BUILT:
        expected = set(names) | ({"n"} if plural else set())
        for lang in ("de", "en"):
            forms = messages(lang).get(key)
            if forms is None:
                wrong.append((where, key, lang, "missing"))
                continue
            if (len(forms) > 1) != plural:
                wrong.append((where, key, lang, "plural form mismatch: use msg_n for plural entries"))
            for text in forms:
                if _fields(text) != expected:
                    wrong.append((where, key, lang, f"fills {sorted(expected)}, text has {sorted(_fields(text))}"))
    assert wrong == []


def test_regex_reasons_are_keys_of_the_catalogues() -> None:
    from course.grading.authorregex import _UNSUPPORTED

    for _marker, key in _UNSUPPORTED:
        assert key in messages("en") and key in messages("de")


def test_a_message_is_said_in_each_language_with_nested_messages_and_plurals() -> None:
    inner = msg("lint.unknown_key", key="'titel'")
    outer = msg("lint.meant", message=inner, meant="'title'")
    assert outer.text("en") == "unknown key 'titel', did you mean 'title'?" == str(outer)
    assert outer.text("de") == "unbekannter Schlüssel 'titel' – meintest du 'title'?"
    one = msg_n("lint.policy.rule_count", 1, lang="en", other="de", most=2)
    assert one.text("en").startswith("rules en has 1 rule, de has 2")
    assert (
        msg_n("lint.policy.rule_count", 3, lang="de", other="en", most=4).text("de").startswith("Regeln de: 3 Regeln")
    )
    assert hash(outer) == hash(msg("lint.meant", message=inner, meant="'title'"))  # problems are deduplicated in sets


def test_a_value_that_cannot_be_hashed_is_kept_as_its_text() -> None:
    said = msg("lint.lesson.bad_id", id=["a", "b"])
    assert (
        hash(said) and said.text("en") == "lesson id ['a', 'b'] is missing or not lowercase letters, digits and dashes"
    )


def test_a_yaml_error_carries_its_message_for_either_language() -> None:
    with pytest.raises(YamlError) as caught:
        load("a: 1\n\tb: 2\n")
    assert isinstance(caught.value.msg, Message)
    assert str(caught.value) == "column 1: a tab character; indent with spaces only"
    assert caught.value.msg.text("de") == "Spalte 1: ein Tabulator; rücke nur mit Leerzeichen ein"


BROKEN_LESSON = """---
id: kaputt
titel: Eine kaputte Lektion
minutes: drei
---
Etwas Text.

```exercise
id: kaputt-ex
kind: essay
```
"""


def _lint(args: list[str]) -> tuple[int, list[str], str]:
    result = CliRunner().invoke(main, ["lint", *args])
    return result.exit_code, result.stdout.splitlines(), result.stderr


def test_lint_prints_a_broken_lesson_in_german_and_in_english(tmp_path: Path) -> None:
    lesson = tmp_path / "01-kaputt.de.md"
    lesson.write_text(BROKEN_LESSON, encoding="utf-8")
    code, de, de_summary = _lint(["--lang", "de", str(lesson)])
    assert code == 1
    assert de == [
        f"{lesson}:3: error unknown-key unbekannter Schlüssel 'titel' im Kopf – meintest du 'title'?",
        f"{lesson}:4: error bad-value minutes muss eine ganze Zahl sein",
        f"{lesson}:10: error unknown-kind Übung kaputt-ex: unbekannte Art (kind) 'essay' "
        "(erlaubt: prompt, improve, redact, quiz, order, reflect)",
    ]
    assert de_summary.strip() == "3 Fehler, 0 Warnungen"
    code, en, en_summary = _lint(["--lang", "en", str(lesson)])
    assert code == 1
    assert en == [
        f"{lesson}:3: error unknown-key unknown front matter key 'titel', did you mean 'title'?",
        f"{lesson}:4: error bad-value minutes must be a whole number",
        f"{lesson}:10: error unknown-kind exercise kaputt-ex: unknown kind 'essay' "
        "(use one of prompt, improve, redact, quiz, order, reflect)",
    ]
    assert en_summary.strip() == "3 errors, 0 warnings"


def test_lint_follows_the_course_language_when_no_lang_is_given(tmp_path: Path) -> None:
    lesson = tmp_path / "01-kaputt.de.md"
    lesson.write_text(BROKEN_LESSON, encoding="utf-8")
    result = CliRunner().invoke(main, ["--lang", "de", "lint", str(lesson)])
    assert "minutes muss eine ganze Zahl sein" in result.stdout
    result = CliRunner().invoke(main, ["--lang", "en", "lint", str(lesson)])
    assert "minutes must be a whole number" in result.stdout


def _english_fragments() -> dict[str, str]:
    """The fixed words of every English lint text (between its placeholders) that its German text does not share.

    Only runs of at least two words and ten characters count, so that a check name or a YAML key that both
    languages print ('role', 'minutes:') is not mistaken for English.
    """
    en, de = messages("en"), messages("de")
    fragments: dict[str, str] = {}
    for key, forms in en.items():
        if not key.startswith(("lint.", "cli.lint.")):
            continue
        german = " ".join(de.get(key, ()))
        for text in forms:
            for literal, *_rest in string.Formatter().parse(text):
                for piece in re.split(r"[();:,?]", literal):
                    piece = piece.strip()
                    if len(piece) >= 10 and " " in piece and piece not in german:
                        fragments[piece] = key
    return fragments


FRAGMENTS = _english_fragments()
SAID_ALIKE = {"lint.check", "lint.re.unsupported", "lint.spec.regex"}
"""Lint texts that are only placeholders and punctuation, the same in both languages."""


def test_every_german_lint_text_is_german() -> None:
    en, de = messages("en"), messages("de")
    keys = [key for key in en if key.startswith("lint.")]
    assert len(keys) > 180
    alike = sorted(key for key in keys if de[key] == en[key])
    assert alike == sorted(SAID_ALIKE)


SINK_LESSON = """---
id: sink
title: Sink
objectives: viele
---
```exercise
id: sink-ex
kind: prompt
task: Schreibe.
checks:
  - {check: role, weight: -1, colour: 2}
  - 3
  - {a: 1, b: 2}
  - not-role
examples_output:
  - {prompt: a}
  - 7
  - {prompt: a, answer: b, date: gestern, colour: 1}
solution: Schreib was.
fails: nope
```

```exercise
id: sink-args
task: Schreibe.
checks:
  - regex: "(?=a)b"
  - regex: "(?<=a)b"
  - regex: "(a)\\\\1"
  - regex: "("
  - min-words: viele
  - contains: [a, b]
  - icontains-any: 5
  - is-json: ja
  - role: 5
  - format: 5
  - keeps: {a: 1}
output_checks:
  - llm-rubric: [a]
solution: Schreib was.
```

```exercise
id: sink-warn
task: Schreibe.
checks:
  - regex: "\\\\bär"
solution: Schreib was.
fails: [Schreib was.]
```

```quiz
id: sink-quiz
question: Welche?
options: [a, b]
answer: 9
explain: [x]
```

```exercise
id: sink-order
kind: order
items: [eins]
hints: {a: b}
pass: 2
```

```exercise
id: sink-improve
kind: improve
task: Verbessere.
```
"""


def _kitchen_sink(root: Path) -> Path:
    """A pack with mistakes the fixtures lack: gapcheck, policy, course.yaml, checks, examples, a challenge pack."""
    pack = root / "sink"
    level = pack / "01-level"
    level.mkdir(parents=True)
    (pack / "course.yaml").write_text("id: Sink\nxapi: 3\n", encoding="utf-8")
    (pack / "policy.yaml").write_text(
        "company: [a, b]\nversion: true\ncontact: x\nfirma: y\napproved_tools: [{data: [x]}, {name: T, data: [nope]}]\n"
        "data_classes: [{id: a, de: A, en: A}, 3]\nrules: {de: [a, b], en: a}\n",
        encoding="utf-8",
    )
    (pack / "gapcheck.yaml").write_text(
        "minutes: 99\nsize: 3\nscales: {s: {de: [a], en: x}, t: 4}\n"
        "questions: [{id: Q, factor: usage}, {id: q2, factor: nope, scale: s, text: {de: a}}, 5,"
        " {id: q3, factor: usage, scale: zz, colour: 1}]\n",
        encoding="utf-8",
    )
    (level / "level.yaml").write_text("id: lvl\nunlock: 5\n", encoding="utf-8")
    (level / "01-sink.de.md").write_text(SINK_LESSON, encoding="utf-8")
    bomb = "".join(f"a{i}: &a{i} [{', '.join([f'*a{i - 1}' if i else 'x'] * 10)}]\n" for i in range(6))
    (level / "02-bomb.de.md").write_text(f"---\nid: bomb\n{bomb}---\n", encoding="utf-8")
    (level / "03-self.de.md").write_text("---\nid: self\ntitle: &t [*t]\n---\n", encoding="utf-8")
    (level / "04-latin.de.md").write_bytes("---\nid: latin\ntitle: Käse\n---\n".encode("latin-1"))
    (level / "05-huge.de.md").write_text("---\nid: huge\ntitle: Huge\n---\n" + "x" * (1024 * 1024), encoding="utf-8")
    challenges = pack / "challenges"
    challenges.mkdir()
    (challenges / "promptathon.yaml").write_text(
        "id: bad-pack\nminutes: 0\nscoring: {rubric: -1, speed: 2}\n"
        "challenges: [{id: two, colour: 1}, two, two, {department: x}, {id: nope}, {id: one, department: kitchen,"
        " weight: 99, words: 0}]\n",
        encoding="utf-8",
    )
    (challenges / "01-two.de.md").write_text(
        "---\nid: two\ntitle: Zwei\n---\n{{ policy.company }}\n\n```exercise\nid: a\ntask: a\nsolution: a\n```\n\n"
        "```exercise\nid: b\ntask: b\nsolution: b\n```\n",
        encoding="utf-8",
    )
    (challenges / "02-one.de.md").write_text(
        "---\nid: one\ntitle: Eins\n---\n```quiz\nid: q\nquestion: Q?\noptions: [a, b, c]\nanswer: 1\n```\n",
        encoding="utf-8",
    )
    return pack


def test_no_english_lint_message_reaches_german_output(tmp_path: Path) -> None:
    """Linted once, said in both languages the way `genai-course lint` says them (Problem.format, note.text)."""
    from course.commands.lint import lint_run

    result = lint_run([*BROKEN, _kitchen_sink(tmp_path)], [])
    said = {
        lang: [p.format(lang) for p in result.problems] + [note.text(lang) for note in result.notes]
        for lang in ("en", "de")
    }
    seen = {piece for piece in FRAGMENTS if any(piece in line for line in said["en"])}
    assert len(said["en"]) > 150 and len(seen) > 130  # the English run shows the words the German one must not
    assert "minutes must be a whole number" in seen and "is missing or empty" in seen
    leaked = sorted((FRAGMENTS[piece], piece, line) for line in said["de"] for piece in FRAGMENTS if piece in line)
    assert leaked == []


def test_the_preview_lists_a_lessons_problems_in_the_authors_language(tmp_path: Path) -> None:
    from course.catalog import build_catalog
    from course.previewapp import lesson_problems

    level = tmp_path / "pack" / "01-level"
    level.mkdir(parents=True)
    (level / "level.yaml").write_text("id: lvl\n", encoding="utf-8")
    (level / "01-alone.de.md").write_text("---\nid: alone\ntitle: Allein\n---\nText.\n", encoding="utf-8")
    catalog = build_catalog([tmp_path / "pack"])
    assert lesson_problems(catalog, "alone", "de") == [
        "01-alone.de.md Zeile 1: warning missing-language die Lektion 'alone' gibt es nicht auf en"
    ]
    assert lesson_problems(catalog, "alone", "en") == [
        "01-alone.de.md line 1: warning missing-language lesson 'alone' has no en version"
    ]


def test_preview_names_a_missing_file_or_lesson_in_either_language(tmp_path: Path) -> None:
    from course.commands.preview import resolve_target
    from course.options import Options

    missing = str(tmp_path / "01-nope.de.md")
    assert resolve_target(Options(lang="de"), missing) == (None, f"{missing}: Datei nicht gefunden")
    assert resolve_target(Options(lang="en"), missing) == (None, f"{missing}: no such file")
    assert resolve_target(Options(lang="de"), "nope")[1].startswith("Keine Lektion 'nope' (genai-course lint --list")
    assert resolve_target(Options(lang="en"), "nope")[1].startswith("No lesson 'nope' (genai-course lint --list")
