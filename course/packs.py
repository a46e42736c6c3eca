"""Reads one course-pack folder: course.yaml, policy.yaml, level folders and lesson files."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from course.content import Lesson, Localized, Policy, Problem
from course.coursefile import read_text
from course.exercises import ID_RE, unknown
from course.i18n import msg
from course.lessonfile import ParsedLesson, parse_lesson_file
from course.packfiles import pack_files, shown_path
from course.policy import load_policy
from course.yamlutil import KeyPath, YamlError, as_bool, line_of, load

LEVEL_KEYS = {"id", "title", "summary", "unlock", "checkpoint"}
UNLOCK_KEYS = {"after", "min_score"}
COURSE_KEYS = {"id", "title", "version", "xapi"}
XAPI_KEYS = {"activity_base", "home_page"}


@dataclass
class LevelData:
    """A level.yaml as read, before merging."""

    id: str
    folder: str
    fields: dict[str, Any]
    path: Path
    after_line: int = 1
    lessons: list[ParsedLesson] = field(default_factory=list)


@dataclass
class PackData:
    """Everything read from one pack folder."""

    root: Path
    course: dict[str, Any] | None = None
    policy: Policy | None = None
    levels: list[LevelData] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    digest: str = ""
    orphans: list[Lesson] = field(default_factory=list)
    """Lessons of a level whose level.yaml is unusable: left out of the course, still linted."""


def read_pack(root: Path) -> PackData:
    """Parse every file of the pack at `root`; problems instead of exceptions."""
    pack = PackData(root)
    digest = hashlib.sha256()
    if not root.is_dir():
        pack.problems.append(Problem(shown_path(root), 1, "error", "no-pack", msg("lint.pack.not_found")))
        return pack
    for path in pack_files(root):
        try:
            digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
        except OSError:
            pass
    pack.digest = digest.hexdigest()
    if (root / "course.yaml").is_file():
        pack.course = _read_course(root / "course.yaml", pack.problems)
    if (root / "policy.yaml").is_file():
        policy, problems = load_policy(root / "policy.yaml", shown_path(root / "policy.yaml"))
        pack.policy = policy
        pack.problems.extend(problems)
    if (root / "gapcheck.yaml").is_file():  # the Gap-Check's questions (course.gapcheck); linted here
        from course.gapcheck import read_spec

        pack.problems.extend(read_spec(root / "gapcheck.yaml", shown_path(root / "gapcheck.yaml"))[1])
    for sub in sorted(p for p in root.iterdir() if p.is_dir()):
        level_file = sub / "level.yaml"
        if not level_file.is_file():
            if (sub / "promptathon.yaml").is_file():
                continue  # a Promptathon challenge pack, read by course.promptathon
            if any(p.name.endswith(".md") for p in sub.iterdir()):
                pack.problems.append(
                    Problem(
                        shown_path(sub),
                        1,
                        "warning",
                        "no-level",
                        msg("lint.pack.no_level"),
                    )
                )
            continue
        level = _read_level(level_file, pack.problems)
        for md in sorted(p for p in sub.iterdir() if p.name.endswith(".md") and p.is_file()):
            if md.name.lower() == "readme.md":
                continue
            parsed = parse_lesson_file(md, level.id if level else sub.name, shown_path(md))
            pack.problems.extend(parsed.problems)
            if level is not None:
                level.lessons.append(parsed)
            elif parsed.lesson is not None:
                pack.orphans.append(parsed.lesson)  # the level is left out, but lint still checks its lessons
        if level is not None:
            pack.levels.append(level)
    return pack


def _read_yaml_map(path: Path, problems: list[Problem]) -> tuple[dict[str, Any] | None, dict[KeyPath, int]]:
    """A YAML file that must hold a mapping."""
    shown = shown_path(path)
    text, problem = read_text(path, shown)
    if problem:
        problems.append(problem)
        return None, {}
    try:
        data, lines = load(text or "")
    except YamlError as exc:
        problems.append(Problem(shown, exc.line, "error", "yaml", exc.msg))
        return None, {}
    if not isinstance(data, dict):
        problems.append(Problem(shown, 1, "error", "bad-file", msg("lint.file.not_map", file=path.name)))
        return None, {}
    return data, lines


def _unknown(
    data: dict[str, Any],
    allowed: set[str],
    lines: dict[KeyPath, int],
    shown: str,
    problems: list[Problem],
    *prefix: str,
) -> None:
    """Report keys that are not in `allowed`."""
    for key in data:
        if key not in allowed:
            problems.append(
                Problem(
                    shown,
                    line_of(lines, *prefix, key),
                    "error",
                    "unknown-key",
                    unknown(msg("lint.unknown_key", key=repr(key)), str(key), allowed),
                )
            )


def _read_course(path: Path, problems: list[Problem]) -> dict[str, Any] | None:
    """course.yaml: id, version, title."""
    data, lines = _read_yaml_map(path, problems)
    if data is None:
        return None
    shown = shown_path(path)
    _unknown(data, COURSE_KEYS, lines, shown, problems)
    if data.get("version") is not None:  # 2026.10 would be read as 2026.1: reported, and kept as written
        from course.policy import plain_text

        data["version"] = plain_text(
            data["version"], "version", read_text(path, shown)[0] or "", lines, shown, problems, "version"
        )

    if not isinstance(data.get("id"), str) or not ID_RE.match(data["id"]):
        problems.append(
            Problem(
                shown,
                line_of(lines, "id"),
                "error",
                "bad-id",
                msg("lint.course.bad_id"),
            )
        )
        return None
    fields = {
        "id": data["id"],
        "version": str(data.get("version", "")),
        "title": Localized.of(data.get("title") or data["id"]),
    }
    if "xapi" in data:
        fields["xapi"] = _read_xapi(data["xapi"], lines, shown, problems)
    return fields


def _read_xapi(value: Any, lines: dict[KeyPath, int], shown: str, problems: list[Problem]) -> tuple[str, str] | None:
    """course.yaml `xapi: {activity_base: IRI, home_page: URL}`: where learning records point (xAPI)."""
    if not isinstance(value, dict):
        problems.append(
            Problem(
                shown,
                line_of(lines, "xapi"),
                "error",
                "bad-xapi",
                msg("lint.xapi.map"),
            )
        )
        return None
    _unknown(value, XAPI_KEYS, lines, shown, problems, "xapi")
    found = []
    for key in ("activity_base", "home_page"):
        iri = value.get(key)
        if not isinstance(iri, str) or not re.match(r"^https?://[^\s/?#]+[^\s]*$", iri) or len(iri) > 300:
            problems.append(
                Problem(
                    shown,
                    line_of(lines, "xapi", key),
                    "error",
                    "bad-xapi",
                    msg("lint.xapi.iri", key=key, scheme="http(s)"),
                )
            )
            return None
        found.append(iri.rstrip("/"))
    return found[0], found[1]


def _read_level(path: Path, problems: list[Problem]) -> LevelData | None:
    """level.yaml: id, title, summary, unlock, checkpoint."""
    data, lines = _read_yaml_map(path, problems)
    if data is None:
        return None
    shown = shown_path(path)
    _unknown(data, LEVEL_KEYS, lines, shown, problems)
    level_id = data.get("id")
    if not isinstance(level_id, str) or not ID_RE.match(level_id):
        problems.append(
            Problem(
                shown,
                line_of(lines, "id"),
                "error",
                "bad-id",
                msg("lint.level.bad_id", id=repr(level_id)),
            )
        )
        return None
    fields: dict[str, Any] = {}
    for key in ("title", "summary"):
        if key in data:
            fields[key] = Localized.of(data[key])
    if "checkpoint" in data:
        fields["checkpoint"] = as_bool(data["checkpoint"])
    unlock = data.get("unlock")
    if unlock is not None:
        if not isinstance(unlock, dict):
            problems.append(
                Problem(
                    shown,
                    line_of(lines, "unlock"),
                    "error",
                    "bad-value",
                    msg("lint.level.unlock"),
                )
            )
        else:
            _unknown(unlock, UNLOCK_KEYS, lines, shown, problems, "unlock")
            if "after" in unlock:
                fields["after"] = str(unlock["after"]) if unlock["after"] is not None else None
            score = unlock.get("min_score", 0.0)
            if not isinstance(score, (int, float)) or isinstance(score, bool) or not 0 <= score <= 1:
                problems.append(
                    Problem(
                        shown,
                        line_of(lines, "unlock", "min_score"),
                        "error",
                        "bad-value",
                        msg("lint.level.min_score"),
                    )
                )
            elif "min_score" in unlock:
                fields["min_score"] = float(score)
    return LevelData(level_id, path.parent.name, fields, path, line_of(lines, "unlock", "after"))
