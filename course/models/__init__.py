"""The model-access layer: `llm` models, streamed runs, the Ampel guard and output checks.

Importing this package is cheap: `llm` is imported only inside the functions that use it.
"""

from __future__ import annotations

from course.models.guard import Guard, guard
from course.models.output_checks import OutputReport, check_output
from course.models.registry import (
    ModelInfo,
    available_models,
    default_model_id,
    find_model,
)
from course.models.run import RunResult, run_prompt
from course.models.settings import attempt_fields, choose_model, chosen_model

__all__ = [
    "Guard",
    "ModelInfo",
    "OutputReport",
    "RunResult",
    "attempt_fields",
    "available_models",
    "check_output",
    "choose_model",
    "chosen_model",
    "default_model_id",
    "find_model",
    "guard",
    "run_prompt",
]
