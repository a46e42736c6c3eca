"""`genai-course lint --list`: the active levels, lesson ids and the policy fields in use."""

from __future__ import annotations

from pathlib import Path

import click

from course import paths
from course.catalog import Catalog, build_catalog
from course.i18n import t
from course.packfiles import shown_path


def catalog_for(targets: list[Path], extra: list[Path]) -> Catalog:
    """The course as the app loads it with these packs (bundled first)."""
    bundled = paths.bundled_pack().resolve()
    roots = [bundled]
    for root in [*extra, *targets]:
        resolved = root.resolve()
        if resolved.is_dir() and resolved not in roots:
            roots.append(resolved)
    return build_catalog(roots)


def field_users(catalog: Catalog) -> dict[str, set[str]]:
    """For each `{{ policy.* }}` field: the lesson files that use it."""
    from course.coursefile import read_text
    from course.policy import POLICY_RE

    users: dict[str, set[str]] = {}
    for lesson_id in catalog.lesson_ids:
        for lang in catalog.languages(lesson_id):
            path = catalog.outline(lesson_id, lang).path
            if path is None:
                continue
            text, _ = read_text(path, shown_path(path))
            for name in POLICY_RE.findall(text or ""):
                users.setdefault(name, set()).add(shown_path(path))
    return users


def print_listing(targets: list[Path], extra: list[Path], lang: str) -> int:
    """Print levels with their lessons, and the policy fields the lessons use."""
    from course.policy import field_value

    catalog = catalog_for(targets, extra)
    course = catalog.course
    click.echo(f"{t(lang, 'cli.lintlist.course')}: {course.id} {course.version} – {course.title.get(lang)}")
    policy = catalog.policy
    where = shown_path(policy.path) if policy.path else t(lang, "cli.lintlist.none")
    click.echo(f"{t(lang, 'cli.lintlist.policy')}: {where} ({policy.version or '-'})")
    click.echo("")
    click.echo(t(lang, "cli.lintlist.levels"))
    for level in catalog.levels:
        after = f"; unlock.after: {level.after}" if level.after else ""
        click.echo(f"  {level.id} – {level.title.get(lang)} – {level.order}{after}")
        for lesson_id in level.lesson_ids:
            outline = catalog.outline(lesson_id, lang)
            langs = ",".join(catalog.languages(lesson_id))
            click.echo(f"      {lesson_id} ({langs}) – {outline.title}")
    click.echo("")
    click.echo(t(lang, "cli.lintlist.fields"))
    for name, files in sorted(field_users(catalog).items()):
        value = field_value(policy, name, lang)
        shown = (value or t(lang, "cli.lintlist.empty")).replace("\n", " ")
        click.echo(f"  {name} – {len(files)} – {shown[:60] + ('…' if len(shown) > 60 else '')}")
    return 0
