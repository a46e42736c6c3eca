"""Turns the YAML of an ```exercise fence into an Exercise, reporting problems."""

from __future__ import annotations

import re
from typing import Any

from course.content import (
    CHECK_NAMES,
    EXERCISE_KINDS,
    MODEL_CHECKS,
    NEGATABLE,
    CheckSpec,
    ExampleOutput,
    Exercise,
    Localized,
    Problem,
)
from course.i18n import Message, msg, msg_n
from course.yamlutil import KeyPath, as_bool, line_of

ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")

COMMON_KEYS = {"id", "kind", "hints", "solution", "fails", "pass"}
KIND_KEYS: dict[str, set[str]] = {
    "prompt": {"task", "material", "checks", "output_checks", "require_model", "library", "examples_output"},
    "improve": {"task", "material", "start", "checks", "output_checks", "require_model", "library", "examples_output"},
    "redact": {"task", "start", "keeps", "checks"},
    "quiz": {"question", "options", "answer", "explain"},
    "order": {"task", "question", "items"},
    "reflect": {"task", "checks", "minutes_saved"},
}
ALL_KEYS = set().union(COMMON_KEYS, *KIND_KEYS.values())
CHECK_MAP_KEYS = {"check", "value", "weight", "must", "message", "threshold"}
EXAMPLE_KEYS = {"prompt", "answer", "model", "date", "illustrative"}
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class _Collector:
    """Collects problems for one fence, with lines mapped into the file."""

    def __init__(self, path: str, lines: dict[KeyPath, int]) -> None:
        self.path = path
        self.lines = lines
        self.problems: list[Problem] = []

    def add(self, severity: str, code: str, message: Message, *key: Any) -> None:
        self.problems.append(Problem(self.path, line_of(self.lines, *key), severity, code, message))


def _ex(ex_id: str, key: str, /, **values: object) -> Message:
    """`exercise <id>: <message>`: a problem inside one exercise."""
    return msg("lint.exercise", id=ex_id, message=msg(key, **values))


def parse_exercise(data: Any, lines: dict[KeyPath, int], path: str) -> tuple[Exercise | None, list[Problem]]:
    """Build an Exercise from fence YAML; None when it cannot be used at all."""
    out = _Collector(path, lines)
    if not isinstance(data, dict):
        out.add("error", "bad-exercise", msg("lint.ex.not_map"))
        return None, out.problems
    ex_id = data.get("id")
    if not isinstance(ex_id, str) or not ID_RE.match(ex_id):
        out.add("error", "bad-id", msg("lint.ex.bad_id", id=repr(ex_id)), "id")
        return None, out.problems
    kind = data.get("kind", "prompt")
    if kind not in EXERCISE_KINDS:
        out.add(
            "error",
            "unknown-kind",
            _ex(ex_id, "lint.ex.unknown_kind", kind=repr(kind), kinds=", ".join(EXERCISE_KINDS)),
            "kind",
        )
        return None, out.problems
    allowed = COMMON_KEYS | KIND_KEYS[kind]
    for key in list(data):
        if key not in allowed:
            found = (
                msg("lint.ex.key_for_kind", key=repr(key), kind=kind)
                if key in ALL_KEYS
                else unknown(msg("lint.unknown_key", key=repr(key)), str(key), ALL_KEYS)
            )
            out.add("error", "unknown-key", msg("lint.exercise", id=ex_id, message=found), key)
            meant = close_key(str(key), allowed)
            if meant and meant not in data:  # read it as meant, so a typo is reported once, not again as "missing"
                data[meant] = data[key]
                out.lines.update({(meant, *k[1:]): v for k, v in list(out.lines.items()) if k[:1] == (key,)})
    fields: dict[str, Any] = {"id": ex_id, "kind": kind, "line": line_of(lines)}
    for key in ("task", "material", "start", "question"):
        if key in data and data[key] is not None:
            fields[key] = _text(data[key], out, ex_id, key)
    fields["hints"] = _texts(data.get("hints"), out, ex_id, "hints")
    pass_score = data.get("pass", 0.7)
    if not isinstance(pass_score, (int, float)) or isinstance(pass_score, bool) or not 0 <= pass_score <= 1:
        out.add("error", "bad-value", _ex(ex_id, "lint.ex.pass"), "pass")
        pass_score = 0.7
    fields["pass_score"] = float(pass_score)
    fields["require_model"] = as_bool(data.get("require_model"))
    fields["minutes_saved"] = as_bool(data.get("minutes_saved"))
    fields["library"] = as_bool(data.get("library"))
    fields["checks"] = parse_checks(data.get("checks"), out, ex_id, "checks", allow_model=False)
    fields["output_checks"] = parse_checks(data.get("output_checks"), out, ex_id, "output_checks", allow_model=True)
    fields["keeps"] = _texts(data.get("keeps"), out, ex_id, "keeps")
    fields["solution"] = data.get("solution")
    fails = data.get("fails")
    if fails is not None and not isinstance(fails, list):
        out.add("error", "bad-value", _ex(ex_id, "lint.must_be_list", key="fails"), "fails")
        fails = []
    fields["fails"] = tuple(fails or ())
    if "examples_output" in data and kind in ("prompt", "improve"):
        fields["examples_output"] = parse_examples(data.get("examples_output"), out, ex_id)
    if kind == "quiz":
        _quiz(data, fields, out, ex_id)
    elif kind == "order":
        fields["items"] = _texts(data.get("items"), out, ex_id, "items")
        if len(fields["items"]) < 2:
            out.add("error", "missing-key", _ex(ex_id, "lint.ex.order_items"), "items")
    elif kind in ("prompt", "improve", "reflect", "redact") and not fields.get("task"):
        out.add("error", "missing-key", _ex(ex_id, "lint.ex.needs_task", kind=kind), "id")
    if kind == "improve" and not fields.get("start"):
        out.add("error", "missing-key", _ex(ex_id, "lint.ex.improve_start"), "id")
    if kind == "redact" and not fields.get("start"):
        out.add("error", "missing-key", _ex(ex_id, "lint.ex.redact_start"), "id")
    fields["fail_lines"] = tuple(line_of(lines, "fails", i) for i in range(len(fields["fails"])))
    fields.setdefault("solution_line", line_of(lines, "solution") if "solution" in data else line_of(lines))
    fields["flawed"] = any(p.severity == "error" for p in out.problems)
    return Exercise(**fields), out.problems


def _quiz(data: dict[str, Any], fields: dict[str, Any], out: _Collector, ex_id: str) -> None:
    """Options, answer and explanations of a quiz."""
    if not fields.get("question"):
        out.add("error", "missing-key", _ex(ex_id, "lint.ex.quiz_question"), "id")
    options = _texts(data.get("options"), out, ex_id, "options")
    if len(options) < 2:
        out.add("error", "missing-key", _ex(ex_id, "lint.ex.quiz_options"), "options")
    fields["options"] = options
    answer = data.get("answer")
    answers = answer if isinstance(answer, list) else [answer]
    good = all(isinstance(a, int) and not isinstance(a, bool) and 1 <= a <= len(options) for a in answers)
    if answer is None or not answers or not good:
        out.add(
            "error",
            "bad-answer",
            _ex(ex_id, "lint.ex.answer", n=len(options)),
            "answer" if answer is not None else "id",
        )
        answers = []
    fields["answer"] = tuple(sorted(set(answers)))
    explain = _texts(data.get("explain"), out, ex_id, "explain")
    if explain and len(explain) != len(options):
        out.add(
            "warning",
            "explain-count",
            msg("lint.exercise", id=ex_id, message=msg_n("lint.ex.explain", len(explain), options=len(options))),
            "explain",
        )
    fields["explain"] = explain
    if fields.get("solution") is None and fields["answer"]:
        fields["solution"] = list(fields["answer"])
        fields["solution_line"] = line_of(out.lines, "answer")


def parse_examples(raw: Any, out: _Collector, ex_id: str) -> tuple[ExampleOutput, ...]:
    """`examples_output:` a list of {prompt, answer, model, date} or {prompt, answer, illustrative: true}."""
    where = "examples_output"
    if raw is None:
        return ()
    if not isinstance(raw, list):
        out.add("error", "bad-value", _ex(ex_id, "lint.ex.examples_list"), where)
        return ()
    found: list[ExampleOutput] = []
    for index, entry in enumerate(raw):
        at = (where, index)
        if not isinstance(entry, dict):
            out.add(
                "error",
                "bad-value",
                _ex(ex_id, "lint.ex.example_map", n=index + 1),
                *at,
            )
            continue
        for key in entry:
            if key not in EXAMPLE_KEYS:
                out.add(
                    "error",
                    "unknown-key",
                    msg(
                        "lint.exercise",
                        id=ex_id,
                        message=unknown(msg("lint.ex.example_key", key=repr(key)), str(key), EXAMPLE_KEYS),
                    ),
                    *at,
                    key,
                )
        texts: dict[str, str] = {}
        for key in ("prompt", "answer", "model"):
            value = entry.get(key)
            if isinstance(value, (str, int, float)) and not isinstance(value, bool) and str(value).strip():
                texts[key] = str(value).strip("\n")
        missing = [key for key in ("prompt", "answer") if key not in texts]
        if missing:
            out.add(
                "error",
                "missing-key",
                _ex(ex_id, "lint.ex.example_needs", n=index + 1, what=joined(missing)),
                *at,
            )
            continue
        illustrative = as_bool(entry.get("illustrative"))
        date: Any = entry.get("date")  # YAML gives a date object or text
        date_text = date.isoformat() if hasattr(date, "isoformat") else ("" if date is None else str(date).strip())
        if date_text and not DATE_RE.match(date_text[:10]):
            out.add(
                "error",
                "bad-value",
                _ex(ex_id, "lint.ex.example_date", n=index + 1),
                *at,
                "date",
            )
            date_text = ""
        if not illustrative and ("model" not in texts or not date_text):
            out.add(
                "error",
                "missing-key",
                _ex(ex_id, "lint.ex.example_model", n=index + 1),
                *at,
            )
            illustrative = True  # never shown as a real model's output
        found.append(
            ExampleOutput(texts["prompt"], texts["answer"], texts.get("model", ""), date_text[:10], illustrative)
        )
    return tuple(found)


def parse_checks(raw: Any, out: _Collector, ex_id: str, key: str, allow_model: bool) -> tuple[CheckSpec, ...]:
    """Parse a `checks:` list: bare names, one-key maps or full maps."""
    if raw is None:
        return ()
    if not isinstance(raw, list):
        out.add("error", "bad-value", _ex(ex_id, "lint.must_be_list", key=key), key)
        return ()
    specs: list[CheckSpec] = []
    for index, entry in enumerate(raw):
        spec = _check(entry, out, ex_id, (key, index), allow_model)
        if spec is not None:
            specs.append(spec)
    return tuple(specs)


def _check(entry: Any, out: _Collector, ex_id: str, where: tuple[Any, ...], allow_model: bool) -> CheckSpec | None:
    """One check entry."""
    line = line_of(out.lines, *where)
    extra: dict[str, Any] = {}
    name: Any  # a check name from the file; validated below
    if isinstance(entry, str):
        name, value = entry, None
    elif isinstance(entry, dict) and "check" in entry:
        name, value = entry.get("check"), entry.get("value")
        for k in entry:
            if k not in CHECK_MAP_KEYS:
                out.add(
                    "error",
                    "unknown-key",
                    _ex(ex_id, "lint.ex.check_key", key=repr(k), keys=", ".join(sorted(CHECK_MAP_KEYS))),
                    *where,
                    k,
                )
        extra = entry
    elif isinstance(entry, dict) and len(entry) == 1:
        name, value = next(iter(entry.items()))
    else:
        out.add("error", "bad-check", _ex(ex_id, "lint.ex.check_form"), *where)
        return None
    if not isinstance(name, str):
        out.add("error", "bad-check", _ex(ex_id, "lint.ex.check_name"), *where)
        return None
    negate = name.startswith("not-")
    base = name[4:] if negate else name
    known = CHECK_NAMES | (set(MODEL_CHECKS) if allow_model else set())
    if base not in known:
        found = (
            msg("lint.ex.model_check", name=repr(name))
            if base in MODEL_CHECKS
            else unknown(msg("lint.unknown_check", name=repr(name)), base, known)
        )
        out.add("error", "unknown-check", msg("lint.exercise", id=ex_id, message=found), *where)
        return None
    if negate and base not in NEGATABLE:
        out.add("error", "bad-check", _ex(ex_id, "lint.not_negatable", name=base), *where)
        return None
    weight = extra.get("weight", 1.0)
    if not isinstance(weight, (int, float)) or isinstance(weight, bool) or weight < 0:
        out.add("error", "bad-value", _ex(ex_id, "lint.weight"), *where)
        weight = 1.0
    threshold = extra.get("threshold")
    if threshold is not None and not isinstance(threshold, (int, float)):
        out.add("error", "bad-value", _ex(ex_id, "lint.ex.threshold"), *where)
        threshold = None
    message = extra.get("message")
    return CheckSpec(
        name=base,
        value=_freeze(value),
        negate=negate,
        weight=float(weight),
        must=as_bool(extra.get("must")),
        message=Localized.of(message) if message is not None else None,
        threshold=float(threshold) if threshold is not None else None,
        line=line,
    )


def _freeze(value: Any) -> Any:
    """Lists to tuples so that specs stay hashable and immutable."""
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    if isinstance(value, dict):
        return tuple((k, _freeze(v)) for k, v in value.items())
    return value


def _text(value: Any, out: _Collector, ex_id: str, key: str) -> str:
    """A text field; numbers are accepted as text."""
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return str(value)
    out.add("error", "bad-value", _ex(ex_id, "lint.ex.must_be_text", key=key), key)
    return ""


def _texts(value: Any, out: _Collector, ex_id: str, key: str) -> tuple[str, ...]:
    """A list of texts (a single text is a list of one)."""
    if value is None:
        return ()
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return (str(value),)
    if isinstance(value, list) and all(isinstance(v, (str, int, float)) and not isinstance(v, bool) for v in value):
        return tuple(str(v) for v in value)
    if isinstance(value, list):
        for index, item in enumerate(value):
            if isinstance(item, dict):
                out.add(
                    "error",
                    "bad-value",
                    _ex(ex_id, "lint.ex.entry_colon", key=key, n=index + 1),
                    key,
                    index,
                )
                return ()
    out.add("error", "bad-value", _ex(ex_id, "lint.ex.texts", key=key), key)
    return ()


def close_key(word: str, choices: set[str] | frozenset[str]) -> str | None:
    """The allowed key closest to a mistyped one ('titel' -> 'title'), if any is close."""
    import difflib

    close = difflib.get_close_matches(word.lower(), sorted(choices), n=1, cutoff=0.75)
    return close[0] if close else None


def unknown(base: Message, word: str, choices: set[str] | frozenset[str]) -> Message:
    """`base`, followed by `, did you mean 'x'?` when one of `choices` is close to `word`."""
    close = close_key(word, choices)
    return msg("lint.meant", message=base, meant=repr(close)) if close else base


def joined(items: list[str]) -> str | Message:
    """`a`, `a and b`, `a and b and c`, with the reader's word for "and"."""
    if len(items) < 2:
        return "".join(items)
    return msg("lint.and", first=joined(items[:-1]), second=items[-1])
