"""Immutable, typed objects that the catalog hands to the rest of the app.

They are NamedTuples rather than frozen dataclasses: defining a dataclass costs
about 1 ms at import, and these are imported on every start.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

from course.i18n import Message

LANGUAGES: tuple[str, ...] = ("de", "en")
"""Languages every lesson should exist in; the first is the default."""

EXERCISE_KINDS: tuple[str, ...] = ("prompt", "improve", "redact", "quiz", "order", "reflect")

STRUCTURE_CHECKS: tuple[str, ...] = (
    "role",
    "task",
    "context",
    "audience",
    "format",
    "constraints",
    "examples",
    "tone",
    "steps",
    "delimiters",
    "placeholders",
    "out",
)
TEXT_CHECKS: tuple[str, ...] = (
    "contains",
    "icontains",
    "icontains-any",
    "icontains-all",
    "regex",
    "equals",
    "min-words",
    "max-words",
    "is-json",
)
SAFETY_CHECKS: tuple[str, ...] = ("no-personal-data", "no-secrets", "keeps")
MODEL_CHECKS: tuple[str, ...] = ("llm-rubric",)
CHECK_NAMES: frozenset[str] = frozenset(STRUCTURE_CHECKS + TEXT_CHECKS + SAFETY_CHECKS)
"""Check names valid in `checks:`; `output_checks:` also allow MODEL_CHECKS."""
NEGATABLE: frozenset[str] = frozenset(STRUCTURE_CHECKS + TEXT_CHECKS)


class Localized(NamedTuple):
    """A text in several languages; `get` falls back to any language present."""

    values: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, value: Any) -> "Localized":
        """Build from a `{de: .., en: ..}` map or a plain string (all languages)."""
        if isinstance(value, Localized):
            return value
        if isinstance(value, dict):
            return cls(tuple((str(k), str(v)) for k, v in value.items() if v is not None))
        if value is None:
            return cls()
        return cls((("*", str(value)),))

    def get(self, lang: str, default: str = "") -> str:
        """The text in `lang`, else the first language present."""
        for key, text in self.values:
            if key == lang:
                return text
        for key, text in self.values:
            if key == "*":
                return text
        return self.values[0][1] if self.values else default

    def __bool__(self) -> bool:
        return bool(self.values)


class CheckSpec(NamedTuple):
    """One rubric entry: a check name, its argument and how it counts."""

    name: str
    value: Any = None
    negate: bool = False
    weight: float = 1.0
    must: bool = False
    message: Localized | None = None
    threshold: float | None = None
    line: int = 0

    @property
    def label(self) -> str:
        """The name as the author wrote it, with the `not-` prefix."""
        return ("not-" if self.negate else "") + self.name


class ExampleOutput(NamedTuple):
    """A recorded answer: what a model answered to a prompt (`examples_output:` in a lesson)."""

    prompt: str
    answer: str
    model: str = ""
    date: str = ""
    illustrative: bool = False
    """True when no model produced the answer: the app says so plainly."""


class Exercise(NamedTuple):
    """An exercise or quiz inside a lesson; fields unused by a kind stay empty."""

    id: str
    kind: str
    task: str = ""
    material: str = ""
    start: str = ""
    checks: tuple[CheckSpec, ...] = ()
    output_checks: tuple[CheckSpec, ...] = ()
    pass_score: float = 0.7
    hints: tuple[str, ...] = ()
    solution: Any = None
    fails: tuple[Any, ...] = ()
    question: str = ""
    options: tuple[str, ...] = ()
    answer: tuple[int, ...] = ()
    explain: tuple[str, ...] = ()
    items: tuple[str, ...] = ()
    keeps: tuple[str, ...] = ()
    require_model: bool = False
    minutes_saved: bool = False
    library: bool = False
    solution_line: int = 0
    """File line of `solution` (of `answer` for a quiz): where lint reports a failing solution."""
    fail_lines: tuple[int, ...] = ()
    """File line of each `fails` entry."""
    flawed: bool = False
    """The exercise has errors of its own, so lint does not also run its self-test."""
    line: int = 0
    examples_output: tuple[ExampleOutput, ...] = ()


class Block(NamedTuple):
    """A piece of a lesson body: Markdown text or an exercise, in reading order."""

    markdown: str = ""
    exercise: Exercise | None = None


class Lesson(NamedTuple):
    """One lesson in one language."""

    id: str
    level_id: str
    lang: str
    title: str
    minutes: int = 5
    required: bool = True
    checkpoint: bool = False
    objectives: tuple[str, ...] = ()
    blocks: tuple[Block, ...] = ()
    path: Path | None = None
    order: str = ""
    fallback_from: str | None = None
    """Set when the learner's language was missing: the language asked for."""

    @property
    def exercises(self) -> tuple[Exercise, ...]:
        """Every exercise and quiz, in reading order."""
        return tuple(b.exercise for b in self.blocks if b.exercise is not None)

    @property
    def markdown(self) -> str:
        """The prose of the lesson, exercises left out."""
        return "\n\n".join(b.markdown for b in self.blocks if b.exercise is None)


class Level(NamedTuple):
    """A level: an ordered group of lessons with an unlock rule."""

    id: str
    title: Localized
    summary: Localized
    order: str
    lesson_ids: tuple[str, ...] = ()
    after: str | None = None
    min_score: float = 0.0
    checkpoint: bool = False
    path: Path | None = None


class ApprovedTool(NamedTuple):
    """A tool the company allows, with the data classes it may receive."""

    name: str
    data: tuple[str, ...] = ()


class DataClass(NamedTuple):
    """A class of data (public, internal, ...) with its names per language."""

    id: str
    names: Localized = Localized()


class Policy(NamedTuple):
    """The company AI policy that lessons quote."""

    company: str = ""
    version: str = ""
    contact_name: str = ""
    contact_channel: str = ""
    contact_email: str = ""
    approved_tools: tuple[ApprovedTool, ...] = ()
    data_classes: tuple[DataClass, ...] = ()
    rules: tuple[tuple[str, tuple[str, ...]], ...] = ()
    path: Path | None = None
    field_lines: tuple[tuple[str, int], ...] = ()
    """File line of each field (`contact.channel`, or `contact` when the key is missing)."""

    def rules_for(self, lang: str) -> tuple[str, ...]:
        """The rules in `lang`, else in the first language present."""
        for key, rules in self.rules:
            if key == lang:
                return rules
        return self.rules[0][1] if self.rules else ()


class CourseInfo(NamedTuple):
    """The course's id, version, title and a hash of all its files."""

    id: str
    version: str
    title: Localized
    content_hash: str = ""
    xapi: tuple[str, str] | None = None
    """(activity base IRI, account home page) from course.yaml's `xapi`, or None when it has none."""


class Problem(NamedTuple):
    """Something wrong in a course file, with the line to fix (1-based); `msg` is said in the reader's language."""

    path: str
    line: int
    severity: str  # "error" or "warning"
    code: str
    msg: Message

    @property
    def message(self) -> str:
        """The message in English (sorting, tests, logs)."""
        return self.msg.text("en")

    def format(self, lang: str = "en") -> str:
        """`path:line: error|warning CODE message`, as lint prints it, the message in `lang`."""
        return f"{self.path}:{self.line}: {self.severity} {self.code} {self.msg.text(lang)}"
