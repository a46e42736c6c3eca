"""Validating check specs (for lint and at grading time) and parsing ad-hoc check lists."""

from __future__ import annotations

import difflib
from typing import Any, Sequence

from course.content import CHECK_NAMES, MODEL_CHECKS, NEGATABLE, STRUCTURE_CHECKS, CheckSpec
from course.grading.authorregex import regex_problem
from course.i18n import Message, msg

NO_ARGUMENT = ("is-json", "no-personal-data", "no-secrets")
ONE_TEXT = ("contains", "icontains", "equals")
TEXT_LIST = ("icontains-any", "icontains-all")
COUNTS = ("min-words", "max-words")


def _is_text(value: Any) -> bool:
    return isinstance(value, (str, int, float)) and not isinstance(value, bool) and str(value).strip() != ""


def _texts(value: Any) -> bool:
    return _is_text(value) or (isinstance(value, (list, tuple)) and bool(value) and all(_is_text(v) for v in value))


def function_flag(value: Any) -> bool | None:
    """`{function: true}` (a dict, or the frozen pairs a lesson file gives) as a bool; None when it is not that form."""
    pairs = (
        value.items()
        if isinstance(value, dict)
        else value
        if isinstance(value, tuple) and value and all(isinstance(p, tuple) and len(p) == 2 for p in value)
        else None
    )
    if pairs is None:
        return None
    data = dict(pairs)
    if set(data) != {"function"} or not isinstance(data["function"], bool):
        return None
    return data["function"]


def argument_problem(name: str, value: Any) -> Message | None:
    """What is wrong with a check's argument, or None."""
    if name in STRUCTURE_CHECKS:
        if value is None or value is True or _texts(value):
            return None
        if name == "role" and function_flag(value) is not None:
            return None
        if name == "role":
            return msg("lint.spec.role")
        return msg("lint.spec.cues", name=name)
    if name in NO_ARGUMENT:
        return None if value in (None, True) else msg("lint.spec.no_argument", name=name)
    if name in ONE_TEXT:
        return None if _is_text(value) else msg("lint.spec.text", name=name)
    if name in TEXT_LIST:
        return None if _texts(value) else msg("lint.spec.texts", name=name)
    if name in COUNTS:
        ok = isinstance(value, int) and not isinstance(value, bool) and value >= 0
        return None if ok else msg("lint.spec.count", name=name)
    if name == "regex":
        problem = regex_problem(value)
        return msg("lint.spec.regex", pattern=repr(value), problem=problem) if problem else None
    if name == "keeps":
        return None if value is None or _texts(value) else msg("lint.spec.keeps")
    if name == "llm-rubric":
        return None if _is_text(value) else msg("lint.spec.rubric")
    return msg("lint.unknown_check", name=repr(name))


def validate_spec(spec: CheckSpec, *, output: bool = False) -> Message | None:
    """Why `spec` cannot be graded (unknown name, bad argument, unsafe regex), or None.

    `output=True` also allows the model checks of `output_checks:` (llm-rubric).
    """
    known = CHECK_NAMES | (set(MODEL_CHECKS) if output else set())
    if spec.name not in known:
        close = difflib.get_close_matches(spec.name, sorted(known), n=1)
        if close:
            return msg("lint.spec.unknown_meant", name=repr(spec.label), meant=close[0])
        return msg("lint.unknown_check", name=repr(spec.label))
    if spec.negate and spec.name not in NEGATABLE:
        return msg("lint.not_negatable", name=spec.name)
    if not isinstance(spec.weight, (int, float)) or spec.weight < 0:
        return msg("lint.check", check=spec.label, message=msg("lint.weight"))
    return argument_problem(spec.name, spec.value)


def parse_check_list(text: str) -> list[CheckSpec]:
    """Parse `role,format:Tabelle|table,min-words:25,not-role` into specs; ValueError when bad."""
    specs: list[CheckSpec] = []
    for raw in (part.strip() for part in text.split(",")):
        if not raw:
            continue
        name, sep, arg = raw.partition(":")
        name = name.strip()
        negate = name.startswith("not-")
        base = name[4:] if negate else name
        value: Any = None
        if sep:
            arg = arg.strip()
            if base in COUNTS:
                try:
                    value = int(arg)
                except ValueError:
                    raise ValueError(f"{name} needs a whole number, e.g. {name}:25") from None
            elif base in TEXT_LIST or base in STRUCTURE_CHECKS or base == "keeps":
                value = tuple(a.strip() for a in arg.split("|") if a.strip())
            else:
                value = arg
        spec = CheckSpec(name=base, value=value, negate=negate)
        problem = validate_spec(spec)
        if problem:
            raise ValueError(str(problem))
        specs.append(spec)
    if not specs:
        raise ValueError("no checks given, e.g. --checks role,format,no-personal-data")
    return specs


def has_check(specs: Sequence[CheckSpec], name: str) -> bool:
    """True when a (non-negated) check of this name is in the list."""
    return any(s.name == name and not s.negate for s in specs)
