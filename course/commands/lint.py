"""`genai-course lint`: every problem in course packs as `path:line: severity CODE message`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable, Iterable

import click

from course import paths
from course.catalog import build_catalog
from course.lessonfile import parse_lesson_file
from course.model import Exercise, Lesson, Problem
from course.options import Options
from course.packfiles import shown_path
from course.quizbalance import quiz_warning


def _selftest() -> Callable[[Exercise, str], list[tuple]] | None:
    """The grader's solution/fails self-test, when the grader is installed."""
    try:
        from course.grading import selftest
    except ImportError:
        return None
    return selftest


def exercise_problems(lessons: Iterable[Lesson]) -> list[Problem]:
    """Run every exercise's solution and fails through the real grader."""
    test = _selftest()
    if test is None:
        return []
    from course.grading.authorregex import regex_warning

    try:
        from course.grading import validate_spec
    except ImportError:  # pragma: no cover - the grader ships with the package
        validate_spec = None
    found: list[Problem] = []
    for lesson in lessons:
        shown = shown_path(lesson.path) if lesson.path else lesson.id
        for ex in lesson.exercises:
            if validate_spec is not None:
                for specs, output in ((ex.checks, False), (ex.output_checks, True)):
                    for spec in specs:
                        trouble = validate_spec(spec, output=output)
                        if trouble:
                            found.append(Problem(shown, spec.line or ex.line, "error", "bad-check", f"exercise {ex.id}: {spec.label}: {trouble}"))
                        elif spec.name == "regex" and regex_warning(spec.value):
                            found.append(Problem(shown, spec.line or ex.line, "warning", "regex-ascii-boundary",
                                                 f"exercise {ex.id}: {spec.label}: {regex_warning(spec.value)}"))
            give_away = quiz_warning(ex, lesson.lang)
            if give_away:
                found.append(Problem(shown, ex.line, "warning", "quiz-longest-answer", give_away))
            try:
                results = test(ex, lesson.lang)
            except Exception as exc:  # a grader bug must not hide the other problems
                found.append(Problem(shown, ex.line, "error", "selftest-crash", f"exercise {ex.id}: the grader failed: {exc!r}"[:300]))
                continue
            for item in results:
                if len(item) == 4:
                    line, severity, code, message = item
                else:
                    (line, code, message), severity = item, "error"
                found.append(Problem(shown, line or ex.line, severity, code, message))
    return found


def _under(shown: str, roots: list[Path]) -> bool:
    """True when the problem's file lies in one of `roots`."""
    p = Path(shown).resolve()
    return any(p == r or r in p.parents for r in roots)


def lint_paths(targets: list[Path], extra: list[Path]) -> list[Problem]:
    """Problems in `targets` (pack folders or lesson files); all active packs when empty."""
    from course.promptathon.lint import lint_pack, packs_in
    from course.promptathon.pack import is_pack

    bundled = paths.bundled_pack().resolve()
    if not targets:
        catalog = build_catalog([bundled, *extra])
        lessons = [catalog.lesson(i, lang) for i in catalog.lesson_ids for lang in catalog.languages(i)]
        challenges = [p for root in (bundled, *extra) for d in packs_in(root) for p in lint_pack(d)]
        return list(catalog.problems) + exercise_problems(lessons) + challenges
    problems: list[Problem] = []
    for target in targets:
        resolved = target.resolve()
        if not target.exists():
            problems.append(Problem(str(target), 1, "error", "not-found", "no such file or folder"))
        elif target.is_file() and target.suffix in (".yaml", ".yml"):
            root = target.parent.parent if target.name == "level.yaml" else target.parent
            roots = [bundled] if root.resolve() == bundled else [bundled, root.resolve()]
            problems.extend(p for p in build_catalog(roots).problems if Path(p.path).resolve() == resolved)
        elif target.is_file():
            problems.extend(_lint_file(target))
        elif is_pack(target):
            problems.extend(lint_pack(target))
        else:
            roots = [bundled] if resolved == bundled else [bundled, resolved]
            catalog = build_catalog(roots)
            problems.extend(p for p in catalog.problems if _under(p.path, [resolved]))
            lessons = [
                catalog.lesson(i, lang) for i in catalog.lesson_ids for lang in catalog.languages(i)
            ]
            mine = [l for l in lessons if l.path is not None and l.fallback_from is None and _under(str(l.path), [resolved])]
            problems.extend(exercise_problems(mine))
            problems.extend(p for d in packs_in(resolved) for p in lint_pack(d))
    return problems


def _lint_file(path: Path) -> list[Problem]:
    """A single lesson file, outside any pack context."""
    level_id = "level"
    level_file = path.parent / "level.yaml"
    if level_file.is_file():
        from course.lessonfile import read_text
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


def run_lint(opts: Options, targets: tuple[str, ...]) -> int:
    """Print problems sorted by file and line; exit 1 on any error."""
    problems = lint_paths([Path(t) for t in targets], paths.extra_packs(opts.course_dirs) if not targets else [])
    unique = sorted(set(problems), key=lambda p: (p.path, p.line, p.severity, p.code, p.message))
    for problem in unique:
        click.echo(_clean(problem.format()))
    errors = sum(1 for p in unique if p.severity == "error")
    warnings = len(unique) - errors
    if unique:
        click.echo(f"{errors} error(s), {warnings} warning(s)", err=True)
    return 1 if errors else 0


def _clean(text: str) -> str:
    """Keep escape sequences and control characters from file content out of the terminal."""
    from course.safetext import terminal

    return terminal(text)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run_lint(Options(), tuple(sys.argv[1:])))
