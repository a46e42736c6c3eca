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


def attempt_fields(result: Any) -> dict[str, Any]:
    """Keyword arguments for `Store.record_attempt` from a RunResult (model, duration, tokens)."""
    if result is None:
        return {}
    return {"model": result.model_id, "duration_s": float(result.duration_s or 0.0),
            "tokens_in": result.tokens_in, "tokens_out": result.tokens_out}
