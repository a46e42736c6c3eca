"""The outcome of grading: Evidence, CheckResult and Grade, with the contract's JSON form."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Evidence:
    """What a check saw: the span that matched (offsets into the answer), or what was missing."""

    start: int | None = None
    end: int | None = None
    text: str = ""
    missing: str = ""

    def to_json(self) -> dict[str, Any]:
        """`{start, end, text}` for a match, `{missing}` otherwise."""
        if self.start is not None:
            return {"start": self.start, "end": self.end, "text": self.text}
        if self.text and not self.missing:
            return {"text": self.text}
        return {"missing": self.missing}


@dataclass(frozen=True)
class CheckResult:
    """One check's verdict, with the learner-language message and a next-step hint."""

    name: str
    passed: bool
    weight: float = 1.0
    must: bool = False
    evidence: Evidence | None = None
    message: str = ""
    hint: str = ""

    def to_json(self) -> dict[str, Any]:
        """The contract's `{"name", "passed", "message"}` plus weight, must, hint, evidence."""
        data: dict[str, Any] = {"name": self.name, "passed": self.passed, "message": self.message}
        if self.hint and not self.passed:
            data["hint"] = self.hint
        data["weight"] = self.weight
        data["must"] = self.must
        if self.evidence is not None:
            data["evidence"] = self.evidence.to_json()
        return data


@dataclass(frozen=True)
class Grade:
    """A score from 0 to 1, whether it passed, and every check's result in rubric order."""

    score: float
    passed: bool
    results: tuple[CheckResult, ...] = ()

    @property
    def failed(self) -> tuple[CheckResult, ...]:
        """The results that did not pass."""
        return tuple(r for r in self.results if not r.passed)

    def to_json(self) -> dict[str, Any]:
        """`{"score": 0.83, "passed": true, "checks": [...]}` as in the contract."""
        return {
            "score": round(self.score, 2),
            "passed": self.passed,
            "checks": [r.to_json() for r in self.results],
        }


def score_of(results: tuple[CheckResult, ...] | list[CheckResult]) -> float:
    """Weighted share of passed checks; with no weight at all, the unweighted share."""
    if not results:
        return 0.0
    total = sum(r.weight for r in results)
    if total <= 0:
        return sum(1 for r in results if r.passed) / len(results)
    return sum(r.weight for r in results if r.passed) / total


def decide(results: tuple[CheckResult, ...], pass_score: float) -> Grade:
    """Score the results; passing needs `pass_score` and every `must` check held."""
    score = score_of(results)
    passed = bool(results) and score + 1e-9 >= pass_score and all(r.passed for r in results if r.must)
    return Grade(score=score, passed=passed, results=results)


@dataclass(frozen=True)
class Outcome:
    """A check's raw finding before messages: held or not, where, and values for the message."""

    held: bool
    span: tuple[int, int] | None = None
    missing: str = ""
    fields: tuple[tuple[str, Any], ...] = ()
    broken: str = ""
    """Set when the check itself is unusable (bad pattern or argument): it then fails."""
