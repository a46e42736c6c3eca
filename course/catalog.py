"""The catalog: every active course pack merged by id, cached between starts."""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import pickle
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from course import paths
from course.content import LANGUAGES, CourseInfo, Exercise, Lesson, Level, Localized, Policy, Problem
from course.coursechecks import check_course, check_policy_fields
from course.i18n import msg

if TYPE_CHECKING:  # pragma: no cover - for annotations only (start-up imports neither)
    from course.gapcheck import GapCheckSpec
    from course.packs import PackData

CACHE_FORMAT = 5  # 5: Problem carries a Message (key and values), not an English text
_SOURCES = (
    "catalog.py",
    "packs.py",
    "packfiles.py",
    "lessonfile.py",
    "exercises.py",
    "policy.py",
    "content.py",
    "yamlutil.py",
    "gapcheck.py",
    "coursechecks.py",
)


class Catalog:
    """The merged course: levels in order, lessons per language, the policy."""

    gapcheck: GapCheckSpec | None = None  # the Gap-Check of the packs, set by build_catalog

    def __init__(
        self,
        course: CourseInfo,
        levels: tuple[Level, ...],
        lessons: dict[str, dict[str, Lesson]],
        policy: Policy | None,
        problems: tuple[Problem, ...],
    ) -> None:
        self.course = course
        self.levels = levels
        self._lessons = lessons
        self.policy = policy or Policy()
        self.problems = problems
        self._level_index = {lv.id: lv for lv in levels}
        self._exercise_lesson: dict[str, str] = {}
        for lesson_id, variants in lessons.items():
            for lesson in variants.values():
                for ex in lesson.exercises:
                    self._exercise_lesson.setdefault(ex.id, lesson_id)
        self._rendered: dict[tuple[str, str], Lesson] = {}

    @property
    def lesson_ids(self) -> tuple[str, ...]:
        """Every lesson id in course order."""
        return tuple(i for lv in self.levels for i in lv.lesson_ids)

    def level(self, level_id: str) -> Level:
        """The level with this id (KeyError if none)."""
        return self._level_index[level_id]

    def languages(self, lesson_id: str) -> tuple[str, ...]:
        """The languages a lesson exists in."""
        return tuple(sorted(self._lessons.get(lesson_id, {})))

    def lesson(self, lesson_id: str, lang: str) -> Lesson:
        """The lesson in `lang` (or another language, with `fallback_from` set), policy filled in."""
        key = (lesson_id, lang)
        if key not in self._rendered:
            variants = self._lessons[lesson_id]
            chosen = variants.get(lang) or next(variants[x] for x in (*LANGUAGES, *sorted(variants)) if x in variants)
            self._rendered[key] = self._fill(chosen, fallback_from=None if chosen.lang == lang else lang)
        return self._rendered[key]

    def outline(self, lesson_id: str, lang: str) -> Lesson:
        """The lesson in `lang` (or its fallback) without policy fields filled: for titles and ids."""
        variants = self._lessons[lesson_id]
        chosen = variants.get(lang) or next(variants[x] for x in (*LANGUAGES, *sorted(variants)) if x in variants)
        return chosen

    def exercise(self, exercise_id: str, lang: str) -> Exercise | None:
        """The exercise with this id in `lang` (falls back like `lesson`)."""
        lesson_id = self._exercise_lesson.get(exercise_id)
        if lesson_id is None:
            return None
        return next((e for e in self.lesson(lesson_id, lang).exercises if e.id == exercise_id), None)

    def lesson_of(self, exercise_id: str) -> str | None:
        """The id of the lesson holding this exercise."""
        return self._exercise_lesson.get(exercise_id)

    def _fill(self, lesson: Lesson, fallback_from: str | None) -> Lesson:
        """Fill policy fields into prose and exercise texts."""
        from course.policy import fill, fill_any

        if not _has_fields(lesson):
            return lesson._replace(fallback_from=fallback_from)
        lang = lesson.lang
        blocks = []
        for block in lesson.blocks:
            if block.exercise is not None:
                ex = block.exercise
                changes = {
                    f: fill_any(getattr(ex, f), self.policy, lang)
                    for f in ("task", "material", "start", "question", "options", "explain", "hints", "items")
                }
                blocks.append(block._replace(exercise=ex._replace(**changes)))
            else:
                blocks.append(block._replace(markdown=fill(block.markdown, self.policy, lang)))
        return lesson._replace(blocks=tuple(blocks), fallback_from=fallback_from)


def _has_fields(lesson: Lesson) -> bool:
    """Whether any text of the lesson holds a `{{ ... }}` field to fill."""
    for block in lesson.blocks:
        ex = block.exercise
        if ex is None:
            if "{{" in block.markdown:
                return True
            continue
        texts = (ex.task, ex.material, ex.start, ex.question, *ex.options, *ex.explain, *ex.hints, *ex.items)
        if any("{{" in text for text in texts):
            return True
    return False


def load_catalog(extra_dirs: Sequence[Path] = (), use_cache: bool = True, bundled: Path | None = None) -> Catalog:
    """Load the bundled pack plus `extra_dirs`; reuse the cache when no file changed."""
    roots = [bundled or paths.bundled_pack(), *[Path(d) for d in extra_dirs]]
    if not use_cache:
        return build_catalog(roots)
    key = _cache_key(roots)
    cache_file = paths.cache_dir() / f"catalog-{key[:32]}.pickle"
    collecting = gc.isenabled()
    gc.disable()  # the cache unpickles to thousands of tuples that all stay: no garbage to look for
    try:
        with cache_file.open("rb") as fh:
            cached = pickle.load(fh)
        if isinstance(cached, Catalog):
            return cached
    except Exception:  # a missing, stale or damaged cache is simply rebuilt
        pass
    finally:
        if collecting:
            gc.enable()
    catalog = build_catalog(roots)
    _write_cache(cache_file, catalog)
    return catalog


def _write_cache(cache_file: Path, catalog: Catalog) -> None:
    """Best effort: a full disk or read-only folder leaves no cache and no temporary file behind."""
    import tempfile

    tmp: str | None = None
    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        for old in cache_file.parent.glob("catalog-*.pickle"):
            old.unlink(missing_ok=True)
        for stale in cache_file.parent.glob("catalog-*.tmp"):  # left by a version before this one
            stale.unlink(missing_ok=True)
        fd, tmp = tempfile.mkstemp(prefix="catalog-", suffix=".tmp", dir=cache_file.parent)
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(catalog, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, cache_file)
        tmp = None
    except OSError:
        pass
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def _cache_key(roots: Iterable[Path]) -> str:
    """A hash of every pack file's path, size and mtime, and of the loader's code."""
    from course.packfiles import pack_files

    h = hashlib.sha256(f"{CACHE_FORMAT}".encode())
    here = Path(__file__).parent
    for name in _SOURCES:
        try:
            st = (here / name).stat()
            h.update(f"{name}:{st.st_mtime_ns}:{st.st_size}".encode())
        except OSError:
            pass
    for root in roots:
        h.update(str(root.resolve()).encode() + b"\0")
        for path in pack_files(root) if root.is_dir() else ():
            try:
                st = path.stat()
                h.update(f"{path}:{st.st_mtime_ns}:{st.st_size}\0".encode())
            except OSError:
                pass
    return h.hexdigest()


def build_catalog(roots: Sequence[Path]) -> Catalog:
    """Read and merge packs in order: later packs add levels and replace lessons."""
    from course.packs import read_pack

    packs = [read_pack(root) for root in roots]
    problems: list[Problem] = [p for pack in packs for p in pack.problems]
    course_fields: dict[str, Any] = {"id": "course", "version": "", "title": Localized.of("Course")}
    policy: Policy | None = None
    policy_pack = -1
    for index, pack in enumerate(packs):
        if pack.course:
            course_fields = pack.course
        if pack.policy is not None:
            policy, policy_pack = pack.policy, index
    digest = hashlib.sha256("".join(p.digest for p in packs).encode()).hexdigest()
    course = CourseInfo(
        course_fields["id"],
        course_fields["version"],
        course_fields["title"],
        "sha256:" + digest,
        course_fields.get("xapi"),
    )
    levels, lessons, refs = _merge_levels(packs, problems)
    checked = check_policy_fields(refs, policy, policy_pack, problems)
    check_course(lessons, checked, policy, problems)
    catalog = Catalog(course, levels, lessons, policy, tuple(problems))
    from course.gapcheck import load_spec

    catalog.gapcheck = load_spec(roots)  # the last pack's gapcheck.yaml (its problems are in `problems`)
    return catalog


def _merge_levels(
    packs: list[PackData],
    problems: list[Problem],
) -> tuple[tuple[Level, ...], dict[str, dict[str, Lesson]], list[tuple[str, int, str, int]]]:
    """Merge levels by id and lessons by id across packs, in folder order.

    Returns the levels, the lessons by id and language, and every `{{ policy.* }}`
    reference as (file, line, field) for the course-wide check.
    """
    from course.packfiles import shown_path

    level_fields: dict[str, dict[str, Any]] = {}
    level_order: dict[str, tuple[str, int]] = {}
    level_path: dict[str, Path] = {}
    lessons: dict[str, dict[str, Lesson]] = {}
    owner: dict[str, tuple[str, tuple[str, int], int]] = {}
    refs: list[tuple[str, int, str, int]] = []
    for index, pack in enumerate(packs):
        seen_here: dict[tuple[str, str], str] = {}
        for level in pack.levels:
            if level.id in level_fields and level_order[level.id][1] == index:
                problems.append(
                    Problem(
                        shown_path(level.path),
                        1,
                        "error",
                        "duplicate-id",
                        msg("lint.level.duplicate", id=repr(level.id), folder=level_order[level.id][0]),
                    )
                )
                continue
            if level.id not in level_fields:
                level_fields[level.id] = {}
                level_order[level.id] = (level.folder, index)
                level_path[level.id] = level.path
            level_fields[level.id].update(level.fields)
            level_fields[level.id].setdefault("_after_line", (level.path, level.after_line))
            if "after" in level.fields:
                level_fields[level.id]["_after_line"] = (level.path, level.after_line)
            for parsed in level.lessons:
                lesson = parsed.lesson
                if lesson is None:
                    continue
                shown = shown_path(lesson.path) if lesson.path else "?"
                key = (lesson.id, lesson.lang)
                if key in seen_here:
                    problems.append(
                        Problem(
                            shown,
                            2,
                            "error",
                            "duplicate-id",
                            msg("lint.lesson.duplicate", id=repr(lesson.id), lang=lesson.lang, file=seen_here[key]),
                        )
                    )
                    continue
                seen_here[key] = shown
                prior = owner.get(lesson.id)
                if prior is not None and prior[2] != index:
                    lessons.pop(lesson.id, None)  # a later pack replaces the whole lesson
                lessons.setdefault(lesson.id, {})[lesson.lang] = lesson
                owner[lesson.id] = (level.id, (lesson.order, index), index)
                refs.extend((shown, line, ref, index) for ref, line in parsed.policy_refs)
    ordered = sorted(level_fields, key=lambda lid: level_order[lid])
    levels: list[Level] = []
    for position, level_id in enumerate(ordered):
        f = level_fields[level_id]
        ids = sorted((lid for lid, o in owner.items() if o[0] == level_id), key=lambda lid: owner[lid][1])
        after = f.get("after", ordered[position - 1] if position else None)
        levels.append(
            Level(
                id=level_id,
                title=f.get("title", Localized.of(level_id)),
                summary=f.get("summary", Localized()),
                order=level_order[level_id][0],
                lesson_ids=tuple(ids),
                after=after,
                min_score=f.get("min_score", 0.0),
                checkpoint=f.get("checkpoint", False),
                path=level_path[level_id],
            )
        )
    for merged in levels:
        f = level_fields[merged.id]
        path, line = f["_after_line"]
        index = ordered.index(merged.id)
        if merged.after is not None and merged.after not in level_fields:
            problems.append(
                Problem(
                    shown_path(path),
                    line,
                    "error",
                    "unknown-level",
                    msg("lint.level.after_unknown", id=repr(merged.after)),
                )
            )
        elif merged.after is not None and ordered.index(merged.after) >= index:
            problems.append(
                Problem(
                    shown_path(path),
                    line,
                    "error",
                    "bad-unlock",
                    msg("lint.level.after_later", id=repr(merged.after)),
                )
            )
    return tuple(levels), lessons, refs
