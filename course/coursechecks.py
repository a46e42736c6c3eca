"""Course-wide lint checks over the merged packs: languages, exercise ids across lessons, policy fields."""

from __future__ import annotations

from course.content import LANGUAGES, Lesson, Policy, Problem
from course.i18n import msg, msg_n


def _shown(lesson: Lesson) -> str:
    """The lesson's file as problems name it (its id when it has no file)."""
    from course.packfiles import shown_path

    return shown_path(lesson.path) if lesson.path else lesson.id


def check_course(
    lessons: dict[str, dict[str, Lesson]],
    refs: list[tuple[str, int, str]],
    policy: Policy | None,
    problems: list[Problem],
) -> None:
    """Course-wide checks: languages, exercise ids, policy fields."""
    from course.packfiles import shown_path
    from course.policy import missing_fields

    exercise_home: dict[str, str] = {}
    broken = {p.path for p in problems if p.severity == "error"}  # their own errors come first
    for lesson_id, variants in lessons.items():
        langs = set(variants)
        some = next(iter(variants.values()))
        for lang in LANGUAGES:
            if lang not in langs and not _sibling_exists(some, lang):
                problems.append(
                    Problem(
                        _shown(some),
                        1,
                        "warning",
                        "missing-language",
                        msg("lint.lesson.no_lang", id=repr(lesson_id), lang=lang),
                    )
                )
        if not any(shown_path(v.path) in broken for v in variants.values() if v.path):
            _compare_ids(lesson_id, variants, problems)
        for lesson in variants.values():
            for ex in lesson.exercises:
                home = exercise_home.setdefault(ex.id, lesson_id)
                if home != lesson_id:
                    problems.append(
                        Problem(
                            _shown(lesson),
                            ex.line,
                            "error",
                            "duplicate-id",
                            msg("lint.ex.used_elsewhere", id=repr(ex.id), lesson=repr(home)),
                        )
                    )
    for shown, line, ref in refs:
        if missing_fields(policy, ref):
            problems.append(
                Problem(
                    shown,
                    line,
                    "error",
                    "unresolved-policy",
                    msg("lint.policy.unresolved", field=ref),
                )
            )


def check_policy_fields(
    refs: list[tuple[str, int, str, int]], policy: Policy | None, policy_pack: int, problems: list[Problem]
) -> list[tuple[str, int, str]]:
    """A policy.yaml that replaces an earlier pack's must still fill the fields those lessons use.

    Reported once per field at the policy file, the one an author must change; the
    references it covers are left out of the lesson-level check. Returns the
    remaining references as (file, line, field).
    """
    from course.packfiles import shown_path
    from course.policy import FIELDS, missing_fields

    users: dict[str, set[str]] = {}
    rest: list[tuple[str, int, str]] = []
    for shown, line, ref, index in refs:
        if (
            policy is not None
            and policy.path is not None
            and index < policy_pack
            and ref in FIELDS
            and missing_fields(policy, ref)
        ):
            users.setdefault(ref, set()).add(shown)
        else:
            rest.append((shown, line, ref))
    lines = dict(policy.field_lines) if policy is not None else {}
    for ref, files in sorted(users.items()):
        assert policy is not None and policy.path is not None
        problems.append(
            Problem(
                shown_path(policy.path),
                lines.get(ref, 1),
                "error",
                "policy-field",
                msg_n("lint.policy.field_users", len(files), field=ref),
            )
        )
    return rest


def _compare_ids(lesson_id: str, variants: dict[str, Lesson], problems: list[Problem]) -> None:
    """Each exercise id that one language of a lesson has and another lacks, named, once."""
    from course.packfiles import shown_path

    ref_lang = sorted(variants)[0]
    reference = {e.id: e for e in variants[ref_lang].exercises}
    for lang, lesson in sorted(variants.items()):
        if lang == ref_lang:
            continue
        mine = {e.id: e for e in lesson.exercises}
        extra = [e for i, e in mine.items() if i not in reference]
        missing = [i for i in reference if i not in mine]
        shown = shown_path(lesson.path) if lesson.path else lesson_id
        for ex in extra:
            if missing:  # most likely the same exercise under another id
                other = missing.pop(0)
                problems.append(
                    Problem(
                        shown,
                        ex.line,
                        "error",
                        "exercise-mismatch",
                        msg(
                            "lint.lesson.ex_renamed",
                            lesson=repr(lesson_id),
                            id=repr(ex.id),
                            lang=lang,
                            other=repr(other),
                            ref=ref_lang,
                        ),
                    )
                )
            else:
                problems.append(
                    Problem(
                        shown,
                        ex.line,
                        "error",
                        "exercise-mismatch",
                        msg("lint.lesson.ex_only", lesson=repr(lesson_id), id=repr(ex.id), lang=lang, ref=ref_lang),
                    )
                )
        for other in missing:
            problems.append(
                Problem(
                    shown,
                    1,
                    "error",
                    "exercise-mismatch",
                    msg(
                        "lint.lesson.ex_missing",
                        lesson=repr(lesson_id),
                        id=repr(other),
                        ref=ref_lang,
                        line=reference[other].line,
                        lang=lang,
                    ),
                )
            )


def _sibling_exists(lesson: Lesson, lang: str) -> bool:
    """Whether the lesson's file in `lang` exists (then it is broken, and reported as such)."""
    if lesson.path is None or not lesson.path.name.endswith(f".{lesson.lang}.md"):
        return False
    name = lesson.path.name[: -len(f".{lesson.lang}.md")] + f".{lang}.md"
    return (lesson.path.parent / name).is_file()
