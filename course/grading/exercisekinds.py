"""`grade(exercise, answer, lang)`: the rules of each exercise kind (prompt, quiz, order ...)."""

from __future__ import annotations

import re
from typing import Any, Mapping

from course.content import CheckSpec, Exercise
from course.grading import safety
from course.grading.cleantext import printable
from course.grading.result import CheckResult, Evidence, Grade, decide
from course.grading.rubric import Context, grade_text
from course.grading.spec import has_check
from course.i18n import lang_of, t

DEFAULT_CHECKS = {
    "prompt": (CheckSpec("task"),),
    "improve": (CheckSpec("task"),),
    "reflect": (CheckSpec("min-words", 15),),
}


def answer_text(answer: Any) -> str:
    """A written answer as text: str as is, a mapping's 'text' (reflect: {"text", "minutes"}), None as ''."""
    if answer is None:
        return ""
    if isinstance(answer, Mapping):
        return str(answer.get("text") or "")
    return answer if isinstance(answer, str) else str(answer)


def _names(exercise: Exercise) -> tuple[str, ...]:
    """Names in the exercise's material and start text count as personal names."""
    try:
        return safety.names_in("\n".join(t for t in (exercise.material, exercise.start) if t))
    except ImportError:
        return ()


def grade(exercise: Exercise, answer: Any, lang: str) -> Grade:
    """Grade a learner's answer to `exercise`; never raises on odd input."""
    lang = lang_of(lang)
    if exercise.kind == "quiz":
        return grade_quiz(exercise, answer, lang)
    if exercise.kind == "order":
        return grade_order(exercise, answer, lang)
    text = answer_text(answer)
    ctx = Context(
        lang,
        _names(exercise),
        exercise.keeps,
        strict=exercise.kind == "redact",
        task=exercise.task or "",
        material=exercise.material or "",
    )
    specs = tuple(exercise.checks) or DEFAULT_CHECKS.get(exercise.kind, ())
    if exercise.kind == "redact":
        specs = _redact_specs(exercise, specs)
    result = grade_text(specs, text, ctx, exercise.pass_score)
    extra: list[CheckResult] = []
    if exercise.kind == "improve" and _same(text, exercise.start):
        extra.append(
            CheckResult(
                "changed",
                False,
                0.0,
                True,
                Evidence(missing=t(lang, "grading.unchanged")),
                t(lang, "grading.unchanged"),
                t(lang, "grading.unchanged-hint"),
            )
        )
    if exercise.kind == "reflect" and exercise.minutes_saved and isinstance(answer, Mapping):
        extra.append(_minutes(answer, lang))
    if not extra:
        return result
    final = decide(result.results + tuple(extra), exercise.pass_score)
    return Grade(final.score, final.passed and result.passed, final.results)


def _redact_specs(exercise: Exercise, specs: tuple[CheckSpec, ...]) -> tuple[CheckSpec, ...]:
    """A redact rubric always holds no-personal-data, no-secrets and keeps (when there are keeps)."""
    specs = tuple(s for s in specs if s.name != "task" or s.negate)
    add = [CheckSpec(name, must=True) for name in ("no-personal-data", "no-secrets") if not has_check(specs, name)]
    if exercise.keeps and not has_check(specs, "keeps"):
        add.append(CheckSpec("keeps", tuple(exercise.keeps), must=True))
    return tuple(add) + specs


def _same(a: str, b: str) -> bool:
    """Equal but for white space and case."""
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _minutes(answer: Mapping[str, Any], lang: str) -> CheckResult:
    """The minutes saved, from an answer given as {"text": ..., "minutes": N}."""
    try:
        minutes = float(answer.get("minutes"))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        minutes = -1.0
    if not 0 <= minutes <= 100_000:
        return CheckResult(
            "minutes-saved",
            False,
            1.0,
            True,
            Evidence(missing=t(lang, "grading.minutes-missing")),
            t(lang, "grading.minutes-missing"),
            t(lang, "grading.minutes-hint"),
        )
    return CheckResult("minutes-saved", True, 1.0, True, None, t(lang, "grading.minutes", minutes=round(minutes)), "")


def parse_choice(answer: Any) -> tuple[int, ...] | None:
    """1-based option numbers from 2, [1, 3], "2", "1,3", "1 3" or "[1, 3]"; None when unreadable."""
    if isinstance(answer, bool):
        return None
    if isinstance(answer, int):
        return (answer,)
    if isinstance(answer, (list, tuple, set, frozenset)):
        if all(isinstance(a, int) and not isinstance(a, bool) for a in answer):
            return tuple(answer)
        answer = ",".join(str(a) for a in answer)
    if isinstance(answer, str) and len(answer) <= 200:
        stripped = answer.strip().strip("[]()")
        if re.fullmatch(r"\s*\d{1,3}(?:\s*[,;\s]\s*\d{1,3})*\s*", stripped):
            return tuple(int(x) for x in re.findall(r"\d+", stripped))
    return None


def grade_quiz(exercise: Exercise, answer: Any, lang: str) -> Grade:
    """Right when exactly the answer options are chosen; partial score for multi-answer quizzes."""
    n = len(exercise.options)
    chosen = parse_choice(answer)
    right = set(exercise.answer)
    if chosen is None or not chosen or any(not 1 <= c <= n for c in chosen) or not right:
        msg = t(lang, "grading.answer-bad", n=n)
        return Grade(
            0.0,
            False,
            (CheckResult("answer", False, 1.0, True, Evidence(missing=msg), msg, t(lang, "grading.answer-bad-hint")),),
        )
    picked = set(chosen)
    results = []
    for i in range(1, n + 1):
        if i not in picked and i not in right:
            continue
        explain = exercise.explain[i - 1] if i - 1 < len(exercise.explain) else ""
        key = (
            "grading.option-right"
            if i in picked and i in right
            else "grading.option-wrong"
            if i in picked
            else "grading.option-missed"
        )
        ok = key == "grading.option-right"
        results.append(
            CheckResult(
                f"option-{i}",
                ok,
                1.0,
                False,
                None,
                t(lang, key, n=i, explain=explain).strip(),
                "" if ok else t(lang, "grading.option-hint"),
            )
        )
    score = max(0.0, (len(picked & right) - len(picked - right)) / len(right))
    return Grade(score, picked == right, tuple(results))


def grade_order(exercise: Exercise, answer: Any, lang: str) -> Grade:
    """Exact order passes; otherwise partial credit by how far items are from their place."""
    n = len(exercise.items)
    order = parse_choice(answer)
    if order is None or sorted(order) != list(range(1, n + 1)):
        msg = t(lang, "grading.order-bad", n=n)
        return Grade(
            0.0,
            False,
            (CheckResult("order", False, 1.0, True, Evidence(missing=msg), msg, t(lang, "grading.order-hint")),),
        )
    results = []
    distance = 0
    for pos, item in enumerate(order, start=1):
        distance += abs(pos - item)
        text = printable(exercise.items[item - 1], 60)
        key = "grading.order-right" if pos == item else "grading.order-wrong"
        results.append(
            CheckResult(
                f"item-{item}",
                pos == item,
                1.0,
                False,
                None,
                t(lang, key, item=text, pos=pos, want=item),
                "" if pos == item else t(lang, "grading.order-hint"),
            )
        )
    worst = (n * n) // 2
    score = 1.0 - distance / worst if worst else 1.0
    return Grade(score, distance == 0, tuple(results))
