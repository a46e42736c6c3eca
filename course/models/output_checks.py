"""`output_checks` on a model's answer: deterministic checks decide, the judge adds feedback."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from course.content import MODEL_CHECKS, Exercise


@dataclass(frozen=True)
class OutputReport:
    """The output checks' results in rubric order, the score and whether the output passed.

    Deterministic checks decide `passed`; model checks (llm-rubric) count only when the
    exercise sets `require_model`. Iterating yields the CheckResults.
    """

    results: tuple[Any, ...]
    score: float
    passed: bool
    judged: bool = False
    decided: bool = True
    """False when no check could decide (only model checks, without require_model)."""

    def __iter__(self) -> Iterator[Any]:
        return iter(self.results)

    def __len__(self) -> int:
        return len(self.results)

    def to_json(self) -> dict[str, Any]:
        """`{"score", "passed", "checks": [...]}` like the grader's JSON."""
        return {"score": round(self.score, 2), "passed": self.passed, "checks": [r.to_json() for r in self.results]}


def is_model_check(spec: Any) -> bool:
    """True for checks that need a model (llm-rubric)."""
    return spec.name in MODEL_CHECKS


def check_output(
    exercise: Exercise,
    output: str,
    lang: str,
    model_id: str | None = None,
    *,
    names: Iterable[str] = (),
    cancel: threading.Event | None = None,
    timeout: float = 60.0,
) -> OutputReport:
    """Run the exercise's output_checks on `output`; llm-rubric asks `model_id` to judge.

    Blocking when a judge runs (network): call it from a thread worker, like run_prompt.
    """
    from course.grading.result import score_of
    from course.models.judge import judge

    specs = tuple(exercise.output_checks)
    plain = tuple(s for s in specs if not is_model_check(s))
    grade = None
    if plain:
        from course.grading import grade_checks

        grade = grade_checks(
            plain, output, lang, names=tuple(names), pass_score=exercise.pass_score, keeps=tuple(exercise.keeps)
        )
    by_spec: dict[int, Any] = {}
    if grade is not None:
        for spec, res in zip(plain, grade.results, strict=False):
            by_spec[id(spec)] = res
    model_results = []
    for spec in specs:
        if is_model_check(spec):
            res = judge(
                spec, output, lang, model_id, task=exercise.task, names=tuple(names), cancel=cancel, timeout=timeout
            )
            by_spec[id(spec)] = res
            model_results.append(res)
    results = tuple(by_spec[id(s)] for s in specs if id(s) in by_spec)
    judged = any(r.evidence is not None and r.evidence.text for r in model_results)
    det_passed = grade.passed if grade is not None else True
    det_score = grade.score if grade is not None else 1.0
    if exercise.require_model and model_results:
        passed = det_passed and all(r.passed for r in model_results)
        score = score_of(results)
    else:
        passed, score = det_passed, det_score
    decided = grade is not None or (exercise.require_model and bool(model_results))
    return OutputReport(results, score, passed, judged, decided)
