"""Runs one check spec against a text and scores a list of them (weights, must, not-)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable, Sequence

from course.content import STRUCTURE_CHECKS, CheckSpec
from course.grading import gaming, safety, structure, textchecks
from course.grading.cleantext import TextView, printable
from course.grading.result import CheckResult, Evidence, Grade, Outcome, decide
from course.grading.spec import argument_problem
from course.i18n import has, lang_of, t

SAFETY = ("no-personal-data", "no-secrets")
"""Safety checks always gate passing, as if marked `must`."""


@dataclass(frozen=True)
class Context:
    """What checks need besides the text: language, names from the material, default keeps."""

    lang: str
    names: tuple[str, ...] = ()
    keeps: tuple[str, ...] = ()
    strict: bool = False
    """Redact exercises: any scanner finding fails, not only strong ones."""
    task: str = ""
    """The exercise's task text: building blocks copied from it earn nothing."""
    material: str = ""
    """The exercise's material: its words still count inside a prohibition (naming a fact is passing it on)."""


_TEXT: dict[str, Callable[[TextView, Any], Outcome]] = {
    "contains": textchecks.contains,
    "icontains": textchecks.icontains,
    "icontains-any": textchecks.icontains_any,
    "icontains-all": textchecks.icontains_all,
    "regex": textchecks.regex,
    "equals": textchecks.equals,
    "min-words": textchecks.min_words,
    "max-words": textchecks.max_words,
    "is-json": textchecks.is_json,
}


def _cue_words(value: Any) -> tuple[str, ...]:
    """A structure check's list argument as extra cue words."""
    if isinstance(value, (list, tuple)):
        return tuple(str(v) for v in value if not isinstance(v, tuple) and str(v).strip())
    if isinstance(value, (str, int, float)) and not isinstance(value, bool) and str(value).strip():
        return (str(value),)
    return ()


def _trim(tv: TextView, start: int, end: int) -> tuple[int, int]:
    """Drop punctuation and spaces at the edges of a view span."""
    view = tv.view
    while start < end and not (view[start].isalnum() or view[start] in "\"'`#<[{_-=*$%"):
        start += 1
    while end > start and view[end - 1].isspace():
        end -= 1
    return start, end


def _outcome(spec: CheckSpec, tv: TextView, ctx: Context) -> Outcome:
    """Evaluate the check without negation or messages."""
    problem = argument_problem(spec.name, spec.value)
    if problem:
        return Outcome(False, broken=problem.text(ctx.lang))
    if spec.name in STRUCTURE_CHECKS:
        extra = _cue_words(spec.value)
        found = structure.find(spec.name, tv, extra, task_text=ctx.task)
        if found is None:
            reason = gaming.why_not(spec.name, tv, extra, ctx.task, ctx.lang)
            return Outcome(False, fields=(("why", reason),) if reason else ())
        span = tv.span(*_trim(tv, *found))
        if spec.name == "role" and gaming.wants_function(spec.value):
            generic = gaming.generic_role(tv.original, span)
            if generic:
                return Outcome(
                    False, span, fields=(("why", t(ctx.lang, "gaming.generic-role", ev=generic)),), broken=""
                )
        return Outcome(True, span)
    if spec.name in _TEXT:
        out = _TEXT[spec.name](tv, spec.value)
        if not out.held and spec.name == "regex" and not out.broken:
            counted = gaming.with_number_digits(tv)
            if counted is not None:
                again = _TEXT[spec.name](counted, spec.value)
                if again.held and again.span is not None:
                    start, end = tv.span(*again.span)
                    while start > 0 and tv.original[start - 1].isalpha():
                        start -= 1  # show 'sieben Varianten', not 'n Varianten'
                    return Outcome(True, (start, end), again.missing, again.fields)
        if out.held and spec.negate and spec.name in gaming.RULE_AWARE:
            excused = gaming.without_rules(tv, ctx.material)
            still = _TEXT[spec.name](excused, spec.value) if excused is not None else out
            if still.held:
                return still
            if excused is not None:
                return Outcome(
                    False,
                    out.span,
                    out.missing,
                    out.fields + (("rule", printable(tv.original[out.span[0] : out.span[1]], 40) if out.span else ""),),
                )
        return out
    if spec.name == "keeps":
        return safety.keeps(tv, spec.value if spec.value is not None else ctx.keeps, ctx.lang)
    if spec.name == "no-personal-data":
        out = safety.no_personal_data(tv, ctx.names, ctx.lang)
    else:
        out = safety.no_secrets(tv, ctx.names, ctx.lang)
    fields = dict(out.fields)
    if ctx.strict and out.held and fields.get("possible"):
        return Outcome(False, None, fields["possible"], (("found", fields["possible"]), ("possible", "")))
    return out


def _snippet(text: str, start: int, end: int) -> str:
    """The evidence plus the rest of its clause, for messages (one line, <= 60 chars)."""
    tail = text[end : end + 60]
    cut = re.search(r"[.!?;\n]", tail)
    shown = text[start:end] + (tail[: cut.start()] if cut else tail)
    return printable(shown, 60)


def run_check(spec: CheckSpec, tv: TextView, ctx: Context) -> CheckResult:
    """One check's verdict with evidence, message and hint in the learner's language."""
    lang = lang_of(ctx.lang)
    must = spec.must or spec.name in SAFETY
    try:
        out = _outcome(spec, tv, ctx)
    except ImportError:
        out = Outcome(False, broken=t(lang, "grading.no-scanner"))
    base = f"rubric.{spec.name}" if has(f"rubric.{spec.name}.found") else "rubric.regex"
    found_msg, missing_msg, hint = (t(lang, f"{base}.{part}") for part in ("found", "missing", "hint"))
    fields = {"ev": "", "value": "", "missing": "", "count": "", "found": "", "possible": "", "why": "", "rule": ""}
    fields.update({k: v for k, v in out.fields})
    if out.span is not None:
        start, end = out.span
        # structure cues show their clause ('Du bist Assistenz …'); text checks exactly what matched ('Mail')
        fields["ev"] = (
            _snippet(tv.original, start, end)
            if spec.name in STRUCTURE_CHECKS
            else printable(tv.original[start:end], 60)
        )
        evidence: Evidence | None = Evidence(start, end, printable(tv.original[start:end], 200))
    else:
        evidence = None
    fields["value"] = (
        printable(str(fields["value"]), 80) if fields["value"] != "" else printable(str(spec.value or ""), 80)
    )
    fields["missing"] = printable(str(fields["missing"] or out.missing), 200)
    if out.broken:
        key = "grading.bad-regex" if spec.name == "regex" else "grading.bad-arg"
        message = t(lang, key, reason=out.broken)
        return CheckResult(
            spec.label, False, spec.weight, must, Evidence(missing=out.broken), message, hint.format(**fields)
        )
    message = (found_msg if out.held else missing_msg).format(**fields)
    if not out.held and fields["why"]:
        message = fields["why"] if out.span is not None else message + " " + fields["why"]
    if out.held and fields["possible"]:
        message += t(lang, "grading.possible", found=fields["possible"])
    passed = out.held != spec.negate
    if spec.negate:
        message = t(lang, "rubric.negated.found" if passed else "rubric.negated.missing", message=message)
        hint = t(lang, "rubric.negated.hint")
    if fields["rule"]:
        message = t(lang, "gaming.in-rule", ev=fields["rule"])
    if evidence is None and not out.held:
        evidence = Evidence(missing=printable(missing_msg.format(**fields), 200))
    if not passed and spec.message:
        message = spec.message.get(lang, message)
    return CheckResult(spec.label, passed, spec.weight, must, evidence, message, hint.format(**fields))


def grade_text(specs: Sequence[CheckSpec], text: str, ctx: Context, pass_score: float) -> Grade:
    """Every check on `text`; a blank text never passes."""
    tv = TextView(text if isinstance(text, str) else str(text))
    results = tuple(run_check(spec, tv, ctx) for spec in specs)
    grade = decide(results, pass_score)
    if tv.blank and grade.passed:
        return Grade(grade.score, False, results)
    return grade


def grade_checks(
    specs: Sequence[CheckSpec],
    text: str,
    lang: str,
    names: Sequence[str] = (),
    *,
    pass_score: float = 0.7,
    keeps: Sequence[str] = (),
) -> Grade:
    """Grade `text` against an ad-hoc list of checks (the CLI's --checks, the workbench)."""
    ctx = Context(lang_of(lang), tuple(names), tuple(keeps))
    return grade_text(specs, text, ctx, pass_score)
