"""The challenge files of a Promptathon pack: one exercise each, of a challenge kind, one file per language."""

from __future__ import annotations

from pathlib import Path

from course.content import LANGUAGES, Lesson, Problem
from course.i18n import msg
from course.lessonfile import parse_lesson_file
from course.packfiles import shown_path

KINDS = ("prompt", "improve", "redact")


def challenge_files(root: Path, problems: list[Problem]) -> dict[str, dict[str, Lesson]]:
    """Every challenge file, parsed: challenge id -> language -> lesson."""
    found: dict[str, dict[str, Lesson]] = {}
    try:
        names = sorted(p for p in root.iterdir() if p.is_file() and p.name.endswith(".md"))
    except OSError as exc:
        problems.append(
            Problem(
                shown_path(root), 1, "error", "unreadable", msg("lint.pa.unlistable", error=str(exc.strerror or exc))
            )
        )
        return found
    for path in names:
        if path.name.lower() == "readme.md":
            continue
        shown = shown_path(path)
        parsed = parse_lesson_file(path, "promptathon", shown)
        problems.extend(parsed.problems)
        lesson = parsed.lesson
        if lesson is None:
            continue
        for name, line in parsed.policy_refs:
            problems.append(
                Problem(
                    shown,
                    line,
                    "error",
                    "policy-field",
                    msg("lint.pa.policy", field=name),
                )
            )
        usable = [ex for ex in lesson.exercises]
        if len(usable) != 1:
            problems.append(
                Problem(
                    shown,
                    1,
                    "error",
                    "one-exercise",
                    msg("lint.pa.one_exercise", n=len(usable)),
                )
            )
            continue
        exercise = usable[0]
        if exercise.kind not in KINDS:
            problems.append(
                Problem(
                    shown,
                    exercise.line,
                    "error",
                    "bad-kind",
                    msg("lint.pa.kind", kinds=", ".join(KINDS), kind=repr(exercise.kind)),
                )
            )
            continue
        by_lang = found.setdefault(lesson.id, {})
        if lesson.lang in by_lang:
            problems.append(
                Problem(
                    shown,
                    2,
                    "error",
                    "duplicate-id",
                    msg(
                        "lint.pa.duplicate",
                        id=repr(lesson.id),
                        lang=lesson.lang,
                        file=shown_path(by_lang[lesson.lang].path or path),
                    ),
                )
            )
            continue
        other = next(iter(by_lang.values()), None)
        if other is not None and other.exercises[0].id != exercise.id:
            problems.append(
                Problem(
                    shown,
                    exercise.line,
                    "error",
                    "id-mismatch",
                    msg("lint.pa.id_mismatch", id=repr(exercise.id), other=repr(other.exercises[0].id)),
                )
            )
        by_lang[lesson.lang] = lesson
    for challenge_id, by_lang in found.items():
        for lang in LANGUAGES:
            if lang not in by_lang:
                first = next(iter(by_lang.values())).path
                problems.append(
                    Problem(
                        shown_path(first) if first else challenge_id,
                        1,
                        "warning",
                        "missing-language",
                        msg("lint.pa.missing_lang", id=repr(challenge_id), lang=lang),
                    )
                )
    return found
