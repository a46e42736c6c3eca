"""Plain, immutable records that the progress store hands out."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import NamedTuple

_LEFT = " (the file was left as it is)"

STORE_MESSAGES: dict[str, str] = {
    # key: the English one-line text; course shows t(lang, "store." + key, **values) (same text in its en catalogue)
    "error": "progress database error ({detail}): {path}",
    "busy": "progress database is busy or unwritable ({detail}): {path}",
    "commit": "progress database error on commit ({detail}): {path}",
    "read_only": "the progress database is read-only, nothing was saved: {path} "
    "(make the file and its folder writable)",
    "no_folder": "cannot create the folder for the progress database ({detail}): {path}",
    "is_folder": "the progress database path is a folder: {path}" + _LEFT,
    "unreadable": "cannot read the progress database ({detail}): {path}" + _LEFT,
    "not_database": "not a progress database (not an SQLite file, or damaged): {path}" + _LEFT,
    "truncated": "the progress database is truncated (damaged): {path}" + _LEFT,
    "locked": "cannot use the progress database (database is locked): {path}" + _LEFT,
    "cannot_open": "cannot open the progress database ({detail}): {path}" + _LEFT,
    "cannot_use": "cannot use the progress database ({detail}): {path}" + _LEFT,
    "read_only_open": "cannot open the read-only progress database ({detail}): {path}",
    "needs_update": "the progress database is read-only and needs an update by this genai-course; "
    "make it writable once: {path}" + _LEFT,
    "newer": "the progress database was written by a newer genai-course (schema {schema}); "
    "please update genai-course: {path}" + _LEFT,
    "damaged": "the progress database is damaged ({detail}): {path}" + _LEFT,
    "no_learner": "no learner with id {learner}: {path}",
}


class StoreError(Exception):
    """The progress database cannot be used; str() is one English line naming the file.

    `key` (one of STORE_MESSAGES) and `values` let a user interface say the same in the learner's language;
    progress itself stays free of translations. An unknown key is taken as the message itself (key "").
    """

    def __init__(self, key: str, /, **values: object) -> None:
        self.values: dict[str, str] = {name: " ".join(str(value).split()) for name, value in values.items()}
        template = STORE_MESSAGES.get(key)
        self.key = key if template is not None else ""
        super().__init__(template.format_map(_Given(self.values)) if template is not None else " ".join(key.split()))

    def __reduce__(self) -> tuple[object, ...]:  # picklable (multiprocessing) with its key and values
        return (_rebuild, (self.key or str(self), self.values))


class _Given(dict[str, str]):
    """The values given; a field the raiser left out shows as `?` rather than failing while failing."""

    def __missing__(self, key: str) -> str:
        return "?"


def _rebuild(key: str, values: dict[str, str]) -> StoreError:
    return StoreError(key, **values)


def sqlite_detail(exc: BaseException) -> str:
    """SQLite's complaint on one line (its type name when it says nothing)."""
    return " ".join(str(exc).split()) or type(exc).__name__


def now_utc() -> str:
    """The current time as a UTC ISO string with microseconds (sorts as text)."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def normalize_time(value: object) -> str | None:
    """An ISO time in any offset as our UTC format; None if it is not a valid time in range (see bounds)."""
    from progress.bounds import utc_iso

    return utc_iso(value)


class Learner(NamedTuple):
    """A learner profile; several may share one machine."""

    id: str
    name: str
    team: str = ""
    lang: str = ""
    created_at: str = ""


class CheckResult(NamedTuple):
    """One check of one attempt: its name and whether it held."""

    name: str
    passed: bool


class Attempt(NamedTuple):
    """One graded answer to an exercise or quiz."""

    id: str
    learner_id: str
    lesson_id: str
    exercise_id: str
    kind: str
    text: str | None
    checks: tuple[CheckResult, ...]
    score: float
    passed: bool
    hints_used: int = 0
    model: str | None = None
    duration_s: float = 0.0
    tokens_in: int | None = None
    tokens_out: int | None = None
    created_at: str = ""

    @property
    def failed_checks(self) -> list[str]:
        """Names of the checks that did not hold, in rubric order."""
        return [c.name for c in self.checks if not c.passed]


class ExerciseState(NamedTuple):
    """A learner's summary for one exercise (best score, passed, counts); a tuple for speed."""

    best_score: float = 0.0
    passed: int = 0
    """1 once any attempt passed (truthy), else 0."""
    attempts: int = 0
    hints_used: int = 0
    last_at: str | None = None
    first_passed_at: str | None = None
    exercise_id: str = ""


class LessonRow(NamedTuple):
    """What the store knows about a lesson for a learner (reading and time)."""

    lesson_id: str
    level_id: str | None
    started_at: str | None
    read_at: str | None
    seconds: float = 0.0


class Success(NamedTuple):
    """An entry in the success log: an own use case with the minutes it saved."""

    id: str
    learner_id: str
    title: str
    minutes_saved: float | None
    date: str
    exercise_id: str | None = None
    created_at: str = ""


class PolicyAck(NamedTuple):
    """The policy version a learner acknowledged, and when."""

    version: str
    acknowledged_at: str
