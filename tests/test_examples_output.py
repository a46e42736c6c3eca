"""`examples_output:` in a lesson: recorded answers with model and date, or marked illustrative; lint checks them."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from course.catalog import build_catalog, load_catalog
from course.cli import main

LESSON = """---
id: rec
title: Rec
---

# Rec

```exercise
id: rec-ex
kind: improve
task: Verbessere den Prompt.
start: Fasse zusammen.
checks:
  - role
  - min-words: 8
solution: Du bist Assistenz. Fasse die Notizen unten in drei Stichpunkten zusammen.
fails:
  - Fasse zusammen.
  - Fasse das bitte kurz zusammen.
examples_output:
{entries}
```
"""

GOOD = """  - prompt: Fasse zusammen.
    answer: Worum geht es?
    model: SmolLM2
    date: 2026-12-06
  - prompt: Du bist Assistenz. Fasse die Notizen zusammen.
    answer: |
      - Budget frei
      - Launch im Mai
    illustrative: true"""


def _pack(tmp_path: Path, entries: str) -> Path:
    level = tmp_path / "pack" / "01-one"
    level.mkdir(parents=True)
    (tmp_path / "pack" / "course.yaml").write_text('id: t\nversion: "1"\ntitle: {de: T, en: T}\n', encoding="utf-8")
    (level / "level.yaml").write_text("id: one\ntitle: {de: Eins, en: One}\n", encoding="utf-8")
    for lang in ("de", "en"):
        (level / f"01-rec.{lang}.md").write_text(LESSON.format(entries=entries), encoding="utf-8")
    return tmp_path / "pack"


def _lint(path: Path) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["lint", str(path)])
    return result.exit_code, result.stdout


def test_recorded_answers_load_with_model_date_and_the_illustrative_mark(tmp_path: Path) -> None:
    pack = _pack(tmp_path, GOOD)
    code, out = _lint(pack)
    assert code == 0, out
    ex = build_catalog([pack]).exercise("rec-ex", "de")
    real, made_up = ex.examples_output
    assert (real.prompt, real.answer, real.model, real.date, real.illustrative) == (
        "Fasse zusammen.",
        "Worum geht es?",
        "SmolLM2",
        "2026-12-06",
        False,
    )
    assert made_up.illustrative and made_up.answer == "- Budget frei\n- Launch im Mai"


def test_an_answer_without_model_and_date_must_say_it_is_illustrative(tmp_path: Path) -> None:
    pack = _pack(tmp_path, "  - prompt: Fasse zusammen.\n    answer: Worum geht es?")
    code, out = _lint(pack)
    assert code == 1
    assert "01-rec.de.md:21: error missing-key exercise rec-ex: examples_output entry 1 needs the model" in out
    ex = build_catalog([pack]).exercise("rec-ex", "de")
    assert ex is None or all(e.illustrative for e in ex.examples_output)  # never shown as a real answer


def test_lint_finds_missing_answer_bad_date_and_unknown_keys(tmp_path: Path) -> None:
    entries = (
        "  - prompt: A\n    model: m\n    date: 2026-12-06\n"
        "  - prompt: B\n    answer: b\n    model: m\n    date: gestern\n"
        "  - prompt: C\n    answer: c\n    illustrative: true\n    modell: m"
    )
    code, out = _lint(_pack(tmp_path, entries))
    assert code == 1
    assert "examples_output entry 1 needs answer" in out
    assert "examples_output entry 2: date must look like 2026-12-06" in out
    assert "unknown key 'modell' in examples_output, did you mean 'model'?" in out


def test_examples_output_is_only_for_prompt_and_improve(tmp_path: Path) -> None:
    level = tmp_path / "p" / "01-one"
    level.mkdir(parents=True)
    (level / "level.yaml").write_text("id: one\ntitle: {de: Eins, en: One}\n", encoding="utf-8")
    (level / "01-q.de.md").write_text(
        "---\nid: q\ntitle: Q\n---\n\n```exercise\nid: q1\nkind: quiz\nquestion: Was?\noptions: [a, b]\nanswer: 1\n"
        "examples_output:\n  - {prompt: a, answer: b, illustrative: true}\n```\n",
        encoding="utf-8",
    )
    code, out = _lint(tmp_path / "p")
    assert code == 1 and "unknown key 'examples_output' for kind quiz" in out


def test_every_level_of_the_bundled_course_has_recorded_answers_in_both_languages() -> None:
    catalog = load_catalog(use_cache=False)
    for level in catalog.levels:
        for lang in ("de", "en"):
            found = [ex for lid in level.lesson_ids for ex in catalog.lesson(lid, lang).exercises if ex.examples_output]
            assert found, (level.id, lang)
            for ex in found:
                for rec in ex.examples_output:
                    assert rec.illustrative or (rec.model and rec.date), (ex.id, rec)
