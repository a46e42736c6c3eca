"""`genai-course lint`: every problem in course packs as `path:line: severity CODE message`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NamedTuple

import click

from course import paths
from course.catalog import build_catalog
from course.content import Problem
from course.grading.authorcheck import exercise_problems
from course.i18n import Message, msg, t, tn
from course.lessonfile import parse_lesson_file
from course.options import Options
from course.packfiles import shown_path


class LintResult(NamedTuple):
    """What lint found: the problems, and notes that are not problems (a pack's own course)."""

    problems: list[Problem]
    notes: list[Message]


def lint_paths(targets: list[Path], extra: list[Path]) -> list[Problem]:
    """Problems in `targets` (pack folders or lesson files); all active packs when empty."""
    return lint_run(targets, extra).problems


def lint_run(targets: list[Path], extra: list[Path]) -> LintResult:
    """Lint `targets` as the app loads them: after the bundled pack and the `extra` packs.

    A pack folder is checked together with the course it joins, so that what it
    breaks elsewhere (a policy field the bundled lessons need) is reported too,
    at the pack's own file.
    """
    from course.commands.lintpacks import (
        caused_elsewhere,
        is_under,
        lint_in_pack,
        orphan_lessons,
        own_course_notes,
        pack_roots,
    )
    from course.promptathon.lint import lint_pack, packs_in
    from course.promptathon.pack import is_pack

    bundled = paths.bundled_pack().resolve()
    extra = [e.resolve() for e in extra]
    notes: list[Message] = []
    if not targets:
        catalog = build_catalog([bundled, *extra])
        lessons = [catalog.lesson(i, lang) for i in catalog.lesson_ids for lang in catalog.languages(i)]
        challenges = [p for root in (bundled, *extra) for d in packs_in(root) for p in lint_pack(d)]
        notes.extend(own_course_notes(catalog, extra))
        orphans = orphan_lessons([bundled, *extra], catalog.problems)
        return LintResult(list(catalog.problems) + exercise_problems([*lessons, *orphans]) + challenges, notes)
    problems: list[Problem] = []
    for target in targets:
        resolved = target.resolve()
        if not target.exists():
            problems.append(Problem(str(target), 1, "error", "not-found", msg("lint.not_found")))
        elif target.is_file() and target.suffix in (".yaml", ".yml"):
            root = target.parent.parent if target.name == "level.yaml" else target.parent
            problems.extend(
                p
                for p in build_catalog(pack_roots(bundled, extra, root.resolve())).problems
                if Path(p.path).resolve() == resolved
            )
        elif target.is_file() and (target.parent / "level.yaml").is_file() and not is_pack(target.parent):
            problems.extend(lint_in_pack(target.resolve(), bundled, extra))
        elif target.is_file():
            problems.extend(_lint_file(target))
        elif is_pack(target):
            problems.extend(lint_pack(target))
        else:
            roots = pack_roots(bundled, extra, resolved)
            catalog = build_catalog(roots)
            problems.extend(p for p in catalog.problems if is_under(p.path, [resolved]))
            if len(roots) > 1:
                problems.extend(caused_elsewhere(catalog.problems, [r for r in roots if r != resolved], resolved))
            lessons = [catalog.lesson(i, lang) for i in catalog.lesson_ids for lang in catalog.languages(i)]
            mine = [
                lesson
                for lesson in [*lessons, *orphan_lessons([resolved], catalog.problems)]
                if lesson.path is not None and lesson.fallback_from is None and is_under(str(lesson.path), [resolved])
            ]
            problems.extend(exercise_problems(mine))
            problems.extend(p for d in packs_in(resolved) for p in lint_pack(d))
            notes.extend(own_course_notes(catalog, [resolved] if resolved != bundled else []))
    return LintResult(problems, notes)


def _lint_file(path: Path) -> list[Problem]:
    """A single lesson file, outside any pack context."""
    level_id = "level"
    level_file = path.parent / "level.yaml"
    if level_file.is_file():
        from course.coursefile import read_text
        from course.yamlutil import YamlError, load

        text, _problem = read_text(level_file, shown_path(level_file))
        try:
            data = load(text or "")[0]
        except YamlError:
            data = None
        found = data.get("id") if isinstance(data, dict) else None
        level_id = found if isinstance(found, str) and found else level_id
    parsed = parse_lesson_file(path, level_id, shown_path(path))
    problems = list(parsed.problems)
    if parsed.lesson is not None:
        problems.extend(exercise_problems([parsed.lesson]))
    return problems


def run_lint(opts: Options, targets: tuple[str, ...], lang: str | None = None, listing: bool = False) -> int:
    """Print problems sorted by file and line, in the author's language; exit 1 on any error."""
    lang = lang or opts.language()
    extra = paths.extra_packs(opts.course_dirs)
    if listing:
        from course.commands.lintlist import print_listing

        return print_listing([Path(t) for t in targets], extra, lang)
    result = lint_run([Path(t) for t in targets], extra)
    unique = sorted(set(result.problems), key=lambda p: (p.path, p.line, p.severity, p.code, p.message))
    for problem in unique:
        click.echo(_clean(problem.format(lang)))
    for note in result.notes:
        click.echo(_clean(t(lang, "cli.lint.note", note=note.text(lang))), err=True)
    errors = sum(1 for p in unique if p.severity == "error")
    warnings = len(unique) - errors
    if unique:
        click.echo(
            t(
                lang,
                "cli.lint.summary",
                errors=tn(lang, "cli.lint.errors", errors),
                warnings=tn(lang, "cli.lint.warnings", warnings),
            ),
            err=True,
        )
    return 1 if errors else 0


def _clean(text: str) -> str:
    """Keep escape sequences and control characters from file content out of the terminal."""
    from progress.safetext import terminal

    return terminal(text)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run_lint(Options(), tuple(sys.argv[1:])))
