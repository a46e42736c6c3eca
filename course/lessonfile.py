"""Parses one lesson file (front matter, Markdown, exercise fences) into a Lesson."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from course.content import Block, Exercise, Lesson, Problem
from course.coursefile import read_text
from course.exercises import ID_RE, close_key, parse_exercise, unknown
from course.i18n import msg
from course.policy import POLICY_RE
from course.yamlutil import YamlError, as_bool, line_of, load

if TYPE_CHECKING:  # pragma: no cover - the parser is imported on first use
    from markdown_it import MarkdownIt

FILE_RE = re.compile(r"^(\d+)[-_]([a-z0-9-]+)\.([a-z]{2})\.md$")
FRONT_KEYS = {"id", "title", "minutes", "required", "objectives", "checkpoint"}
EXERCISE_FENCES = {"exercise", "quiz"}


@dataclass
class ParsedLesson:
    """A lesson file's result: the lesson (None if unusable) and its problems."""

    lesson: Lesson | None
    problems: list[Problem] = field(default_factory=list)
    policy_refs: list[tuple[str, int]] = field(default_factory=list)


def parse_lesson_file(path: Path, level_id: str, shown: str) -> ParsedLesson:
    """Parse `path` (NN-slug.<lang>.md) of level `level_id`; `shown` names it in problems."""
    result = ParsedLesson(None)
    match = FILE_RE.match(path.name)
    if not match:
        result.problems.append(Problem(shown, 1, "error", "bad-filename", msg("lint.lesson.filename")))
        return result
    order, _slug, lang = match.groups()
    text, problem = read_text(path, shown)
    if problem:
        result.problems.append(problem)
        return result
    assert text is not None
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        result.problems.append(Problem(shown, 1, "error", "no-front-matter", msg("lint.lesson.no_front")))
        return result
    end = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), None)
    if end is None:
        result.problems.append(Problem(shown, 1, "error", "no-front-matter", msg("lint.lesson.front_open")))
        return result
    try:
        meta, meta_lines = load("\n".join(lines[1:end]), first_line=2)
    except YamlError as exc:
        result.problems.append(Problem(shown, exc.line, "error", "yaml", exc.msg))
        return result
    if not isinstance(meta, dict):
        result.problems.append(Problem(shown, 2, "error", "no-front-matter", msg("lint.lesson.front_map")))
        return result
    for key in list(meta):
        if key not in FRONT_KEYS:
            result.problems.append(
                Problem(
                    shown,
                    line_of(meta_lines, key),
                    "error",
                    "unknown-key",
                    unknown(msg("lint.lesson.unknown_key", key=repr(key)), str(key), FRONT_KEYS),
                )
            )
            meant = close_key(str(key), FRONT_KEYS)
            if meant and meant not in meta:  # read as meant: one problem, not also "missing title"
                meta[meant] = meta[key]
                meta_lines[(meant,)] = line_of(meta_lines, key)
    lesson_id = meta.get("id")
    if not isinstance(lesson_id, str) or not ID_RE.match(lesson_id):
        result.problems.append(
            Problem(
                shown,
                line_of(meta_lines, "id"),
                "error",
                "bad-id",
                msg("lint.lesson.bad_id", id=repr(lesson_id)),
            )
        )
        return result
    title = meta.get("title")
    if not isinstance(title, (str, int, float)) or not str(title).strip():
        result.problems.append(
            Problem(shown, line_of(meta_lines, "title"), "error", "missing-key", msg("lint.lesson.no_title"))
        )
        title = lesson_id
    minutes = meta.get("minutes", 5)
    if not isinstance(minutes, int) or isinstance(minutes, bool) or minutes < 0:
        result.problems.append(
            Problem(shown, line_of(meta_lines, "minutes"), "error", "bad-value", msg("lint.lesson.minutes"))
        )
        minutes = 5
    objectives = meta.get("objectives") or []
    if not isinstance(objectives, list):
        result.problems.append(
            Problem(shown, line_of(meta_lines, "objectives"), "error", "bad-value", msg("lint.lesson.objectives"))
        )
        objectives = []
    blocks = _blocks(lines, end + 1, shown, result)
    seen: set[str] = set()
    for block in blocks:
        if block.exercise is not None:
            if block.exercise.id in seen:
                result.problems.append(
                    Problem(
                        shown,
                        block.exercise.line,
                        "error",
                        "duplicate-id",
                        msg("lint.lesson.exercise_twice", id=repr(block.exercise.id)),
                    )
                )
            seen.add(block.exercise.id)
    result.lesson = Lesson(
        id=lesson_id,
        level_id=level_id,
        lang=lang,
        title=str(title).strip(),
        minutes=minutes,
        required=as_bool(meta.get("required"), True),
        checkpoint=as_bool(meta.get("checkpoint")),
        objectives=tuple(str(o) for o in objectives),
        blocks=tuple(blocks),
        path=path,
        order=order,
    )
    return result


@functools.lru_cache(maxsize=1)
def _block_parser() -> MarkdownIt:
    """A CommonMark parser that only finds blocks (fences), skipping inline work."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").disable("inline")


def _blocks(lines: list[str], start: int, shown: str, result: ParsedLesson) -> list[Block]:
    """Split the body into Markdown and exercise blocks, in reading order."""
    body = "\n".join(lines[start:])
    for n, line in enumerate(lines[start:]):
        for m in POLICY_RE.finditer(line):
            result.policy_refs.append((m.group(1), start + n + 1))
    tokens = _block_parser().parse(body) if ("```" in body or "~~~" in body) else []
    body_lines = lines[start:]
    blocks: list[Block] = []
    cursor = 0
    for tok in tokens:
        if tok.type != "fence" or not tok.map:
            continue
        name = tok.info.strip().split(" ")[0].lower() if tok.info else ""
        if name not in EXERCISE_FENCES:
            continue
        first, last = tok.map
        fence_line = start + first + 1
        closing = body_lines[last - 1].strip() if last - 1 > first else ""
        if last - first < 2 or not closing.startswith(tok.markup[0] * len(tok.markup)) or closing.strip(tok.markup[0]):
            result.problems.append(
                Problem(
                    shown,
                    fence_line,
                    "error",
                    "unclosed-fence",
                    msg("lint.lesson.unclosed_fence", name=name),
                )
            )
            break
        text = "\n".join(body_lines[cursor:first]).strip("\n")
        if text.strip():
            blocks.append(Block(markdown=text))
        cursor = last
        exercise = _exercise(tok.content, fence_line + 1, shown, result, quiz=name == "quiz")
        if exercise is not None:
            blocks.append(Block(exercise=exercise))
    tail = "\n".join(body_lines[cursor:]).strip("\n")
    if tail.strip():
        blocks.append(Block(markdown=tail))
    return blocks


def _exercise(content: str, first_line: int, shown: str, result: ParsedLesson, quiz: bool) -> Exercise | None:
    """Parse the YAML inside an exercise fence."""
    try:
        data, lines = load(content, first_line=first_line)
    except YamlError as exc:
        result.problems.append(Problem(shown, exc.line, "error", "yaml", exc.msg))
        return None
    if quiz and isinstance(data, dict):
        data.setdefault("kind", "quiz")
    if not lines:
        lines = {(): first_line}
    exercise, problems = parse_exercise(data, lines, shown)
    result.problems.extend(problems)
    return exercise
