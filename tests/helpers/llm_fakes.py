"""Test helpers: a slow streaming `llm` model registered through llm's real plugin manager."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


def make_slow_model(
    model_id: str = "slow-test",
    chunks: tuple[str, ...] = ("Hallo ", "liebe ", "Welt!"),
    block_after: int | None = None,
    error: BaseException | None = None,
) -> Any:
    """An llm.Model that yields `chunks` one by one; after `block_after` chunks it waits for
    `model.gate` (so cancel and timeout can be tested); `error` is raised after the chunks.
    It records every prompt it receives in `model.prompts` (to prove what was sent)."""
    import llm

    class Slow(llm.Model):
        can_stream = True

        def __init__(self) -> None:
            self.model_id = model_id
            self.gate = threading.Event()
            self.prompts: list[str] = []
            self.closed = threading.Event()

        def __str__(self) -> str:
            return f"Slow test model: {self.model_id}"

        def execute(self, prompt, stream, response, conversation=None):  # type: ignore[no-untyped-def]
            self.prompts.append(prompt.prompt)
            try:
                for i, chunk in enumerate(chunks):
                    if block_after is not None and i >= block_after:
                        self.gate.wait(10)
                    yield chunk
                if error is not None:
                    raise error
                response.set_usage(input=len(prompt.prompt.split()), output=len(chunks))
            finally:
                self.closed.set()

    return Slow()


@contextmanager
def registered(*models: Any, name: str = "genai-test-models") -> Iterator[None]:
    """Register models as an llm plugin for the duration of the block."""
    import llm

    class Plugin:
        @llm.hookimpl
        def register_models(self, register):  # type: ignore[no-untyped-def]
            for model in models:
                register(model)

    llm.pm.register(Plugin(), name=name)
    try:
        yield
    finally:
        llm.pm.unregister(name=name)
        for model in models:
            gate = getattr(model, "gate", None)
            if gate is not None:
                gate.set()  # release a blocked daemon thread
