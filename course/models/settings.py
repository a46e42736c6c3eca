"""The learner's chosen model (stored per learner) and a run's fields for the attempt record."""

from __future__ import annotations

from typing import Any

MODEL_KEY = "model"


def chosen_model(store: Any, learner_id: str) -> str | None:
    """The model id the learner chose, or None (then `llm`'s default model is used)."""
    value = store.get_setting(MODEL_KEY, learner_id)
    return (value.strip() or None) if isinstance(value, str) else None


def choose_model(store: Any, learner_id: str, model_id: str | None) -> None:
    """Store the learner's model choice (None or "" goes back to `llm`'s default)."""
    value = (model_id or "").strip()
    store.set_setting(MODEL_KEY, value or None, learner_id)


def usable_model(chosen: str | None, models: list[Any]) -> Any:
    """The model F5 runs, or None when nothing is set up.

    A model the learner chose is used as chosen (a missing key then shows as a clear error).
    Without a choice: `llm`'s default model when its key is there, else the offline demo model
    when installed, else None (the workbench then shows recorded answers and how to connect one).
    """
    from course.models.registry import ModelInfo, find_model

    if chosen:
        return find_model(chosen, models) or ModelInfo(id=chosen, name=chosen, local=False)
    default = next((m for m in models if m.default), None)
    if default is not None and default.key_present:
        return default
    return next((m for m in models if m.demo), None)


def offered_models(models: list[Any], chosen: str | None = None) -> list[Any]:
    """What Settings offers: models that can run here (demo first, then local, then with a key).

    Remote models whose key is missing are left out, except the learner's current choice.
    """
    ready = [m for m in models if m.key_present or (chosen and m.matches(chosen))]
    order = {id(m): i for i, m in enumerate(ready)}
    return sorted(ready, key=lambda m: (not m.demo, not m.local, order[id(m)]))


def attempt_fields(result: Any) -> dict[str, Any]:
    """Keyword arguments for `Store.record_attempt` from a RunResult (model, duration, tokens)."""
    if result is None:
        return {}
    return {
        "model": result.model_id,
        "duration_s": float(result.duration_s or 0.0),
        "tokens_in": result.tokens_in,
        "tokens_out": result.tokens_out,
    }
