"""`genai-course new lesson LEVEL_ID SLUG`: a German and an English lesson skeleton that lints clean."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import click

from course import paths
from course.i18n import t
from course.options import Options

SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
NUMBER_RE = re.compile(r"^(\d+)[-_]")

_TEXT: dict[str, dict[str, Any]] = {
    "de": {
        "intro": (
            "Hier steht, was die Lernenden wissen sollen: kurz, konkret, mit einem Beispiel aus dem Arbeitsalltag."
        ),
        "objective": "Einen Prompt mit Rolle, Aufgabe und Format schreiben",
        "task": (
            "Schreibe einen Prompt, der eine kurze E-Mail an eine Kundin erzeugt: "
            "Der Liefertermin verschiebt sich um eine Woche."
        ),
        "hints": ["Wer soll die KI sein? Sag es ihr.", "In welcher Form willst du das Ergebnis?"],
        "solution": (
            "Du bist Assistenz im Kundenservice. Schreibe eine freundliche E-Mail an unsere Kundin: "
            "Ihre Lieferung kommt eine Woche später als geplant. Entschuldige dich kurz und nenne den neuen "
            "Termin als Platzhalter [DATUM]. Höchstens 80 Wörter, drei kurze Absätze."
        ),
        "fails": ["Schreib eine Mail.", "Mail wegen Lieferung"],
    },
    "en": {
        "intro": "Say here what learners should know: short, concrete, with an example from everyday work.",
        "objective": "Write a prompt with a role, a task and a format",
        "task": "Write a prompt that produces a short email to a customer: the delivery date moves by one week.",
        "hints": ["Who should the AI be? Tell it.", "In what form do you want the result?"],
        "solution": (
            "You are a customer service assistant. Write a friendly email to our customer: her delivery arrives "
            "one week later than planned. Apologise briefly and give the new date as the placeholder [DATE]. "
            "At most 80 words, three short paragraphs."
        ),
        "fails": ["Write an email.", "email about delivery"],
    },
}


def skeleton(slug: str, lang: str) -> str:
    """The text of a lesson file that lints clean: front matter, prose, one prompt exercise."""
    words = _TEXT[lang]
    title = slug.replace("-", " ").strip().capitalize()
    hints = "\n".join(f"  - {_quote(h)}" for h in words["hints"])
    fails = "\n".join(f"  - {_quote(f)}" for f in words["fails"])
    return f"""---
id: {slug}
title: {_quote(title)}
minutes: 10
objectives:
  - {_quote(words["objective"])}
---

# {title}

{words["intro"]}

```exercise
id: {slug}-practice
kind: prompt
task: |
  {words["task"]}
checks:
  - {{check: role, must: true}}
  - task
  - format
  - no-personal-data
pass: 0.75
hints:
{hints}
solution: |
  {words["solution"]}
fails:
{fails}
```
"""


def _quote(text: str) -> str:
    """A YAML double-quoted string."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def run_new_lesson(opts: Options, level_id: str, slug: str, into: str | None) -> int:
    """Write NN-slug.de.md and NN-slug.en.md into the level's folder of the target pack."""
    from course.catalog import build_catalog

    lang = opts.language()
    if not SLUG_RE.match(slug):
        click.echo(t(lang, "cli.new.bad_slug", slug=repr(slug)), err=True)
        return 1
    extra = paths.extra_packs(opts.course_dirs)
    pack = Path(into) if into else (extra[-1] if extra else Path.cwd())
    roots = [paths.bundled_pack().resolve()]
    roots += [p.resolve() for p in (*extra, pack) if p.is_dir() and p.resolve() not in roots]
    catalog = build_catalog(roots)
    levels = {lv.id: lv for lv in catalog.levels}
    if level_id not in levels:
        known = ", ".join(levels)
        click.echo(t(lang, "cli.new.no_level", level=repr(level_id), known=known), err=True)
        return 1
    if slug in catalog.lesson_ids:
        click.echo(t(lang, "cli.new.id_exists", slug=repr(slug)), err=True)
        return 1
    folder = _level_folder(pack, level_id, levels[level_id].order)
    try:
        created_level = not (folder / "level.yaml").exists()
        folder.mkdir(parents=True, exist_ok=True)
        if created_level:
            (folder / "level.yaml").write_text(
                f"# Adds lessons to the level {level_id!r} of the course (same id).\nid: {level_id}\n", encoding="utf-8"
            )
        number = _next_number(folder)
        written = []
        for code in ("de", "en"):
            target = folder / f"{number:02d}-{slug}.{code}.md"
            if target.exists():
                click.echo(t(lang, "cli.new.file_exists", path=target), err=True)
                return 1
            target.write_text(skeleton(slug, code), encoding="utf-8")
            written.append(target)
    except OSError as exc:
        click.echo(f"{folder}: {exc.strerror or exc}", err=True)
        return 1
    for path in written:
        click.echo(str(path))
    course_opt = f"--course {pack}"
    click.echo(t(lang, "cli.new.next", course_opt=course_opt, slug=slug, pack=pack), err=True)
    return 0


def _level_folder(pack: Path, level_id: str, bundled_name: str) -> Path:
    """The folder of `level_id` inside `pack`: an existing one, else one named like the course's."""
    import yaml

    if pack.is_dir():
        for sub in sorted(p for p in pack.iterdir() if (p / "level.yaml").is_file()):
            try:
                data = yaml.safe_load((sub / "level.yaml").read_text(encoding="utf-8"))
            except (yaml.YAMLError, OSError, UnicodeDecodeError):
                continue
            if isinstance(data, dict) and data.get("id") == level_id:
                return sub
    return pack / (bundled_name or level_id)


def _next_number(folder: Path) -> int:
    """One more than the highest lesson number in `folder` (1 when empty)."""
    numbers = [int(m.group(1)) for p in folder.glob("*.md") if (m := NUMBER_RE.match(p.name))]
    return max(numbers, default=0) + 1
