"""Offline grading: structure, text and safety checks with bilingual feedback, per exercise kind."""

from course.grading.exercisekinds import grade
from course.grading.result import CheckResult, Evidence, Grade
from course.grading.rubric import grade_checks
from course.grading.selftest import selftest
from course.grading.spec import parse_check_list, validate_spec
from course.grading.structure import warm_up

__all__ = [
    "CheckResult",
    "Evidence",
    "Grade",
    "grade",
    "grade_checks",
    "parse_check_list",
    "selftest",
    "validate_spec",
    "warm_up",
]
