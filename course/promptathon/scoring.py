"""Points for one challenge: rubric score × points × weight, a concise bonus, a personal-data penalty."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from course.promptathon.pack import Challenge, Scoring, count_words

if TYPE_CHECKING:  # pragma: no cover - for annotations only
    from course.scanner.result import ScanResult


@dataclass(frozen=True)
class ChallengeScore:
    """How a challenge's text scores right now."""

    touched: bool = False
    score: float = 0.0
    passed: bool = False
    words: int = 0
    rubric: int = 0
    bonus: int = 0
    penalty: int = 0
    ampel: str = "green"
    found: tuple[str, ...] = ()
    """Scanner categories found in the text (for the penalty's reason)."""

    @property
    def points(self) -> int:
        return self.rubric + self.bonus - self.penalty


def concise_share(words: int, target: int) -> float:
    """1 up to `target` words, falling in a straight line to 0 at twice the target."""
    if target <= 0 or words <= 0:
        return 0.0
    if words <= target:
        return 1.0
    return max(0.0, (2 * target - words) / target)


def privacy_scan(text: str, exercise: Any) -> ScanResult:
    """The Datenschutz-Ampel for `text`, knowing the names in the exercise's material (as the grader does)."""
    from course.grading.safety import names_in
    from course.scanner import scan

    names = names_in("\n".join(t for t in (exercise.material, exercise.start) if t))
    return scan(text[:100_000], names)


def score_challenge(
    challenge: Challenge, lang: str, scoring: Scoring, text: str, grade: Any, touched: bool
) -> ChallengeScore:
    """Points for `text` with its `grade` (course.grading.Grade); an untouched challenge scores nothing."""
    if not touched or not text.strip():
        return ChallengeScore()
    exercise = challenge.exercise(lang)
    words = count_words(text)
    rubric = round(grade.score * scoring.rubric * challenge.weight)
    bonus = 0
    if grade.passed:
        bonus = round(scoring.concise_bonus * challenge.weight * concise_share(words, challenge.target(lang)))
    result = privacy_scan(text, exercise)
    penalty = scoring.personal_data_penalty if result.level == "red" else 0
    found = tuple(dict.fromkeys(f.category for f in result.findings))
    return ChallengeScore(True, grade.score, grade.passed, words, rubric, bonus, penalty, result.level, found)
