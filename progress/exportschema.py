"""The progress export's one typed schema: its fields, limits and status words, checked by msgspec.

Every reader of an export goes through this module: `genai-course import` (attempt by attempt,
see progress.importfile), the team report (course.team.parse) and, for the sealed envelope and
its JSON, the Promptathon results (course.promptathon.results). A value outside the limits
below refuses the whole file with an ExportError whose `code` and `params` let a report say
why in its own language (codes "field_*", see `field_error`).

Versions: 1 (no Gap-Check) and 2 (optional `gap_check`) are read; a newer one is refused.
"""

from __future__ import annotations

import hashlib
import re
import types
import typing
from pathlib import Path
from typing import Annotated, Any

import msgspec
from msgspec import UNSET, Meta, UnsetType

from progress import exchange
from progress.exchange import FORMAT, VERSION, ExportError, _coded
from progress.statuswords import LessonStatus as LessonStatus  # re-exported: the schema's status words
from progress.statuswords import LevelState as LevelState

# -- the limits: one table for every reader ---------------------------------------------
MAX_ID = 200
"""Ids (learner, lesson, level, exercise, attempt) and check names, in characters."""
MAX_NAME = 200
"""Learner name and team, course id/version/hash, model name."""
MAX_TITLE = 10_000
"""A success's title (it may be the whole reflection a learner wrote)."""
MAX_KIND = 40
MAX_POLICY_VERSION = 100
MAX_TEXT = 100_000
"""A prompt text (only with --include-prompts); progress.bigexport cuts longer ones on export."""
MAX_TIME = 64
MAX_MINUTES = 1_000_000
"""Minutes spent on a lesson or saved by a success."""
MAX_HINTS = 10_000
MAX_TRIES = 1_000_000
"""A lesson's attempt counter."""
MAX_LEVELS = 1_000
MAX_LESSONS = 10_000
MAX_SUCCESSES = 10_000
MAX_HINT_ITEMS = 10_000
MAX_FAILED_CHECKS = 100
MAX_GAP_CHECKS = 1_000
MAX_ANSWERS = 50
MAX_QUESTION = 64
ANSWER_RANGE = (1, 9)
MAX_DISPUTES = 10_000

LIMITS: dict[str, int | tuple[int, int]] = {
    "id characters": MAX_ID,
    "name/team/course/model characters": MAX_NAME,
    "success title characters": MAX_TITLE,
    "attempt kind characters": MAX_KIND,
    "policy version characters": MAX_POLICY_VERSION,
    "prompt text characters": MAX_TEXT,
    "time characters": MAX_TIME,
    "minutes": MAX_MINUTES,
    "hints per exercise": MAX_HINTS,
    "attempts per lesson": MAX_TRIES,
    "levels": MAX_LEVELS,
    "lessons": MAX_LESSONS,
    "successes": MAX_SUCCESSES,
    "hint items": MAX_HINT_ITEMS,
    "failed checks per attempt": MAX_FAILED_CHECKS,
    "Gap-Checks": MAX_GAP_CHECKS,
    "answers per Gap-Check": MAX_ANSWERS,
    "question id characters": MAX_QUESTION,
    "answer range": ANSWER_RANGE,
    "disputes": MAX_DISPUTES,
}
"""The limits above by name (for docs and the report to the team lead)."""


# Patterns (msgspec runs them with `re.search`): an id has no NUL or line break (the learner's id is also
# not only white space); a time is ISO 8601 between the years 1970 and 2999 (a date alone, or date and
# time, with or without zone).
ID_PATTERN = r"^[^\x00\n\r]+\Z"
LEARNER_ID_PATTERN = r"^(?=[^\x00\n\r]*\S)[^\x00\n\r]+\Z"
NONBLANK_PATTERN = r"\S"
TIME_PATTERN = (
    r"^(?:19[7-9]\d|2\d\d\d)-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)"
    r"|(?:0[13578]|1[02])-31|02-29)"
    r"(?:[T ](?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,6})?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?\Z"
)
_PATTERN_CODES = {
    repr(p)[1:-1]: code
    for p, code in (
        (ID_PATTERN, "field_id"),
        (LEARNER_ID_PATTERN, "field_id"),
        (NONBLANK_PATTERN, "field_empty"),
        (TIME_PATTERN, "field_time"),
    )
}

Id = Annotated[str, Meta(min_length=1, max_length=MAX_ID, pattern=ID_PATTERN)]
LearnerId = Annotated[str, Meta(min_length=1, max_length=MAX_ID, pattern=LEARNER_ID_PATTERN)]
Name = Annotated[str, Meta(max_length=MAX_NAME)]
Time = Annotated[str, Meta(max_length=MAX_TIME, pattern=TIME_PATTERN)]
# Numbers keep whether they were written as int or float, so a decoded export encodes to the same JSON.
Score = Annotated[int, Meta(ge=0, le=1)] | Annotated[float, Meta(ge=0.0, le=1.0)]
Minutes = Annotated[int, Meta(ge=0, le=MAX_MINUTES)] | Annotated[float, Meta(ge=0, le=MAX_MINUTES)]
Hints = Annotated[int, Meta(ge=0, le=MAX_HINTS)]


class Course(msgspec.Struct, kw_only=True, gc=False):
    id: Name = ""
    version: Name = ""
    content_hash: Name = ""


class Learner(msgspec.Struct, kw_only=True, gc=False):
    id: LearnerId
    name: Name = ""
    team: Name = ""


class Level(msgspec.Struct, kw_only=True, gc=False):
    id: Id
    state: LevelState
    score: Score | None = None


class Lesson(msgspec.Struct, kw_only=True, gc=False):
    id: Id
    level: Id | None = None
    status: LessonStatus
    score: Score | None = None
    attempts: Annotated[int, Meta(ge=0, le=MAX_TRIES)] = 0
    hints_used: Hints = 0
    minutes: Minutes = 0.0
    completed_at: Time | None = None


class Attempt(msgspec.Struct, kw_only=True, gc=False):
    id: Id
    exercise: Id
    lesson: Id | None = None
    kind: Annotated[str, Meta(max_length=MAX_KIND)] = ""
    score: Score
    passed: bool
    hints_used: Hints | None = None
    failed_checks: Annotated[list[Id], Meta(max_length=MAX_FAILED_CHECKS)] | None = None
    model: Name | None = None
    text: Annotated[str, Meta(max_length=MAX_TEXT)] | None | UnsetType = UNSET  # only with --include-prompts
    at: Time | None = None


class Hint(msgspec.Struct, kw_only=True, gc=False):
    exercise: Id
    n: Hints


class SuccessItem(msgspec.Struct, kw_only=True, gc=False):
    title: Annotated[str, Meta(max_length=MAX_TITLE, pattern=NONBLANK_PATTERN)]
    minutes_saved: Minutes | None = None
    date: Time | None = None


class Policy(msgspec.Struct, kw_only=True, gc=False):
    version: Annotated[str, Meta(max_length=MAX_POLICY_VERSION)] | None = None
    acknowledged_at: Time | None = None


Answer = Annotated[int, Meta(ge=ANSWER_RANGE[0], le=ANSWER_RANGE[1])]
Question = Annotated[str, Meta(min_length=1, max_length=MAX_QUESTION)]


class GapCheck(msgspec.Struct, kw_only=True, gc=False):
    at: Time
    answers: Annotated[dict[Question, Answer], Meta(max_length=MAX_ANSWERS)]


class Header(msgspec.Struct, kw_only=True):
    """Everything of an export but the attempts (format, version and checksum are checked before)."""

    format: str = FORMAT  # format, version and checksum: see progress.exchange.check_sealed
    version: int = VERSION
    exported_at: Time | None = None  # the course always writes it; the team report needs it, import uses now
    course: Course = msgspec.field(default_factory=Course)
    learner: Learner
    levels: Annotated[list[Level], Meta(max_length=MAX_LEVELS)] = msgspec.field(default_factory=list)
    lessons: Annotated[list[Lesson], Meta(max_length=MAX_LESSONS)] = msgspec.field(default_factory=list)
    hints: Annotated[list[Hint], Meta(max_length=MAX_HINT_ITEMS)] = msgspec.field(default_factory=list)
    successes: Annotated[list[SuccessItem], Meta(max_length=MAX_SUCCESSES)] = msgspec.field(default_factory=list)
    policy: Policy | None = None
    gap_check: Annotated[list[GapCheck], Meta(max_length=MAX_GAP_CHECKS)] | UnsetType = UNSET  # only if agreed
    disputes: Annotated[list[dict[str, Any]], Meta(max_length=MAX_DISPUTES)] | UnsetType = UNSET
    checksum: str | UnsetType = UNSET


class Export(Header, kw_only=True):
    """A whole export, attempts included (the team report reads it so; import streams the attempts)."""

    attempts: list[Attempt] = msgspec.field(default_factory=list)


# -- decoding --------------------------------------------------------------------------
def read(path: str | Path) -> Export:
    """Read, verify and check an export file (at most exchange.MAX_BYTES); ExportError with a one-line reason."""
    raw = exchange.read_raw(path)
    quick = _quick(raw)
    if quick is not None:
        return quick
    return typed(exchange.parse_sealed(raw, FORMAT, VERSION, noun="a progress export"), raw)


def _quick(raw: bytes) -> Export | None:
    """The whole check in one typed decode, if the file's checksum is that of the decoded export encoded
    back (so for every file the course writes); None otherwise, and `read` takes the general path,
    which also gives the reason. Unknown fields, absent defaults or floats written another way change
    that encoding, so such a file only costs the general path."""
    body = raw[3:] if raw.startswith(b"\xef\xbb\xbf") else raw
    try:
        doc: Export = (_STRICT_DECODE if _CONTROL_ESCAPE.search(body) else _FAST_DECODE)(body)
    except (msgspec.DecodeError, msgspec.ValidationError, RecursionError):
        return None
    stored = doc.checksum
    if doc.format != FORMAT or not 1 <= doc.version <= VERSION or not isinstance(stored, str):
        return None
    try:
        canon = _SORTED(msgspec.structs.replace(doc, checksum=UNSET))
    except (msgspec.EncodeError, TypeError, ValueError, OverflowError):
        return None
    return doc if "sha256:" + hashlib.sha256(canon).hexdigest() == stored else None


# -- the same schema without the id pattern, for files that cannot hold what it refuses ---------
_CONTROL_ESCAPE = re.compile(rb"\\(?:[nr]|u000[0aAdD])")
"""JSON escapes of NUL, LF, CR (a raw control character inside a string is not valid JSON); an escaped
backslash before n or r also matches, which only costs the slower check."""


def _relaxed(tp: Any, made: dict[type, type]) -> Any:
    """`tp` with every `Id` made a plain length-checked string (nested Structs, lists and unions too)."""
    if tp == Id:
        return Annotated[str, Meta(min_length=1, max_length=MAX_ID)]
    if isinstance(tp, type) and issubclass(tp, msgspec.Struct):
        if tp not in made:
            fields = [
                (
                    f.name,
                    _relaxed(f.type, made),
                    msgspec.field(default_factory=f.default_factory)
                    if f.default_factory is not msgspec.NODEFAULT
                    else f.default,
                )
                for f in msgspec.structs.fields(tp)
            ]
            made[tp] = msgspec.defstruct(
                tp.__name__, [f if f[2] is not msgspec.NODEFAULT else f[:2] for f in fields], kw_only=True, gc=False
            )
        return made[tp]
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin is Annotated:
        return Annotated[(_relaxed(args[0], made), *tp.__metadata__)]
    if origin in (typing.Union, types.UnionType):
        return typing.Union[tuple(_relaxed(a, made) for a in args)]
    if origin in (list, dict):
        return origin[tuple(_relaxed(a, made) for a in args)]
    return tp


_MADE: dict[type, type] = {}
_FastExport = _relaxed(Export, _MADE)
_FastAttempt = _MADE[Attempt]
_FAST_DECODE = msgspec.json.Decoder(_FastExport).decode
_STRICT_DECODE = msgspec.json.Decoder(Export).decode
_SORTED = msgspec.json.Encoder(order="sorted").encode


def typed(data: dict[str, Any], raw: bytes | None = None) -> Export:
    """A verified export's fields checked against the schema; ExportError naming the first bad field.

    With the file's `raw` bytes, a file whose JSON has no escaped NUL, CR or LF anywhere (so no
    string in it holds one) skips the per-id pattern, the one check that rules them out: the same
    result, in a third of the time for the team report's thousands of files.
    """
    try:
        doc: Export = msgspec.convert(data, Export if raw is None or _CONTROL_ESCAPE.search(raw) else _FastExport)
        return doc
    except msgspec.ValidationError as exc:
        raise field_error(exc) from None


def header(data: dict[str, Any]) -> Header:
    """The fields but the attempts (which `genai-course import` checks one by one with `attempt`)."""
    try:
        return msgspec.convert(data, Header)
    except msgspec.ValidationError as exc:
        raise field_error(exc) from None


def attempt(item: Any, index: int, plain: bool = False) -> Attempt:
    """One attempt of an export, checked; ExportError naming the field as attempts[index].field.

    `plain`: its JSON text has no escaped NUL, CR or LF, so the id pattern can be skipped (see `typed`).
    """
    try:
        found: Attempt = msgspec.convert(item, _FastAttempt if plain else Attempt)
        return found
    except msgspec.ValidationError as exc:
        raise field_error(exc, f"attempts[{index}]") from None


# -- one-line reasons with a code, so each reader can say them in its language ------------------
_AT = re.compile(r" - at `\$(.*)`$")
_MISSING = re.compile(r"Object missing required field `([^`]*)`")
_LONGER = re.compile(r"Expected `(?:str|array|object)` of length <= (\d+)")
_SHORTER = re.compile(r"Expected `str` of length >= (\d+)")
_RANGE = re.compile(r"Expected `(?:int|float)` ([<>]=) (\S+)|Number out of range|Integer value out of range")
_REGEX = re.compile(r"Expected `str` matching regex '(.*)'$")
_TYPE = re.compile(r"Expected `([^`]*)`, got `([^`]*)`")
_ENUM = re.compile(r"Invalid enum value")
_TYPES = {
    "str": "a text",
    "int": "a whole number",
    "float": "a number",
    "int | float": "a number",
    "bool": "true or false",
    "array": "a list",
    "object": "an object",
}


def field_error(exc: msgspec.ValidationError, prefix: str = "") -> ExportError:
    """An ExportError for a schema violation: "lessons[0].minutes is out of range (0 to 1000000)".

    Codes and params (for translations): field_missing, field_too_long(limit), field_range(low, high),
    field_id, field_empty, field_time, field_type(expected), field_value(allowed), field_bad.
    """
    text = str(exc)
    at = _AT.search(text)
    path = at.group(1) if at else ""
    text = text[: at.start()] if at else text
    missing = _MISSING.match(text)
    if missing:
        path += "." + missing.group(1)
    field = (prefix + path).lstrip(".") or "the export"
    code, message, params = _describe(text, field)
    return _coded(ExportError, code, message, field=field, **params)  # type: ignore[return-value]


def _describe(text: str, field: str) -> tuple[str, str, dict[str, Any]]:
    if _MISSING.match(text):
        return "field_missing", f"{field} is missing", {}
    if m := _LONGER.match(text):
        return "field_too_long", f"{field} is too long (at most {m.group(1)})", {"limit": m.group(1)}
    if m := _SHORTER.match(text):
        return "field_empty", f"{field} is empty", {}
    if m := _RANGE.match(text):
        low, high = _range_of(field)
        return "field_range", f"{field} is out of range ({low} to {high})", {"low": low, "high": high}
    if m := _REGEX.match(text):
        code = _PATTERN_CODES.get(m.group(1), "field_bad")
        word = {"field_id": "is not a valid id", "field_empty": "is empty", "field_time": "is not a valid time"}
        return code, f"{field} {word.get(code, 'is not valid')}", {}
    if m := _TYPE.match(text):
        wanted = m.group(1).replace(" | null", "")
        what = _TYPES.get(wanted, wanted)
        return "field_type", f"{field} is not {what}", {"expected": wanted, "what": what}
    if _ENUM.match(text):
        allowed = ", ".join(_allowed(field))
        return "field_value", f"{field} is not one of {allowed}", {"allowed": allowed}
    return "field_bad", f"{field} is not valid ({text[:80]})", {}


_RANGES = {
    "score": (0, 1),
    "minutes": (0, MAX_MINUTES),
    "minutes_saved": (0, MAX_MINUTES),
    "hints_used": (0, MAX_HINTS),
    "n": (0, MAX_HINTS),
    "attempts": (0, MAX_TRIES),
    "version": (1, VERSION),
}


def _range_of(field: str) -> tuple[int, int]:
    last = field.rsplit(".", 1)[-1]
    if "answers" in field:
        return ANSWER_RANGE
    return _RANGES.get(last, (0, 0))


def _allowed(field: str) -> list[str]:
    states = LevelState if field.startswith("levels") else LessonStatus
    return [s.value for s in states]
