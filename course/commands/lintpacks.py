"""How lint sees a pack as the app loads it: with the course it joins, what it breaks there, its own course."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from course.catalog import Catalog, build_catalog
from course.content import Lesson, Problem
from course.i18n import Message, msg
from course.packfiles import shown_path


def is_under(shown: str, roots: list[Path]) -> bool:
    """True when the problem's file lies in one of `roots`."""
    p = Path(shown).resolve()
    return any(p == r or r in p.parents for r in roots)


def lint_in_pack(path: Path, bundled: Path, extra: list[Path]) -> list[Problem]:
    """One lesson file, checked inside its pack and the course (ids, policy fields), problems of that file only."""
    catalog = build_catalog(pack_roots(bundled, extra, path.parent.parent))
    found = [p for p in catalog.problems if Path(p.path).resolve() == path]
    lessons = [catalog.lesson(i, lang) for i in catalog.lesson_ids for lang in catalog.languages(i)]
    mine = [
        lesson
        for lesson in [*lessons, *orphan_lessons([path.parent.parent.resolve()], catalog.problems)]
        if lesson.path is not None and lesson.fallback_from is None and lesson.path.resolve() == path
    ]
    from course.grading.authorcheck import exercise_problems

    return found + exercise_problems(mine)


def pack_roots(bundled: Path, extra: list[Path], target: Path) -> list[Path]:
    """The packs the app would load, with `target` last (where it adds to and replaces the others)."""
    if target == bundled:
        return [bundled]
    return [bundled, *(e for e in extra if e != target and e != bundled), target]


def caused_elsewhere(found: tuple[Problem, ...], others: list[Path], target: Path) -> list[Problem]:
    """Problems in other packs' files that appear only once `target` joins them."""
    before = set(build_catalog(others).problems)
    return [
        p._replace(msg=msg("lint.with_pack", message=p.msg))
        for p in found
        if p not in before and not is_under(p.path, [target])
    ]


def own_course_notes(catalog: Catalog, roots: list[Path]) -> list[Message]:
    """A note per pack in `roots` that brings a course.yaml, which replaces the course's id, title and version."""
    return [
        msg(
            "lint.note.own_course",
            file=shown_path(root / "course.yaml"),
            id=repr(catalog.course.id),
            version=catalog.course.version or "-",
        )
        for root in roots
        if (root / "course.yaml").is_file()
    ]


def orphan_lessons(roots: list[Path], problems: Iterable[Problem]) -> list[Lesson]:
    """Lessons of levels whose level.yaml is unusable: left out of the course, still linted.

    Only a pack with such a level.yaml is read again.
    """
    from course.packs import read_pack

    broken = [Path(p.path).resolve() for p in problems if p.severity == "error" and Path(p.path).name == "level.yaml"]
    found: list[Lesson] = []
    for root in roots:
        if any(root in path.parents for path in broken):
            found.extend(read_pack(root).orphans)
    return found
