"""Run one prompt through `llm`, streaming chunks, with cancel, timeout and one-line errors."""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from course.i18n import t
from course.models.oneline import one_line

POLL_S = 0.05


@dataclass(frozen=True)
class RunResult:
    """What a model run produced: the text (partial when cancelled), timing, tokens, error."""

    text: str
    model_id: str
    duration_s: float = 0.0
    tokens_in: int | None = None
    tokens_out: int | None = None
    error: str | None = None
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        """True when the model answered completely."""
        return self.error is None and not self.cancelled


NETWORK_NAMES = (
    "APIConnectionError",
    "ConnectError",
    "ConnectTimeout",
    "ReadTimeout",
    "RemoteProtocolError",
    "ConnectionError",
    "NetworkError",
    "TransportError",
    "APITimeoutError",
    "gaierror",
)
AUTH_NAMES = ("AuthenticationError", "PermissionDeniedError")
RATE_NAMES = ("RateLimitError",)


def _names(exc: BaseException) -> set[str]:
    """Class names of the exception and of its causes (an SDK error wraps the socket error)."""
    names: set[str] = set()
    seen: set[int] = set()
    cur: BaseException | None = exc
    while cur is not None and id(cur) not in seen:
        seen.add(id(cur))
        names.update(k.__name__ for k in type(cur).__mro__)
        cur = cur.__cause__ or cur.__context__
    return names


def describe_error(exc: BaseException, model_id: str, lang: str, model: Any = None) -> str:
    """Turn any failure of a model run into one clear line in the learner's language."""
    names = _names(exc)
    detail = one_line(exc) or type(exc).__name__
    if "NeedsKeyException" in names:
        alias = getattr(model, "needs_key", None) or model_id
        var = getattr(model, "key_env_var", None)
        env = t(lang, "llm.needs_key_env", var=var) if var else ""
        return t(lang, "llm.needs_key", model=model_id, alias=alias, env=env)
    if "UnknownModelError" in names:
        return t(lang, "llm.unknown_model", model=model_id)
    if names & set(AUTH_NAMES):
        return t(lang, "llm.auth", model=model_id, detail=detail)
    if names & set(RATE_NAMES):
        return t(lang, "llm.rate_limit", model=model_id, detail=detail)
    if names & set(NETWORK_NAMES) or isinstance(exc, (ConnectionError, TimeoutError)):
        return t(lang, "llm.network", model=model_id, detail=detail)
    return t(lang, "llm.failed", model=model_id, detail=f"{type(exc).__name__}: {detail}" if str(exc) else detail)


def _usage(response: Any) -> tuple[int | None, int | None]:
    try:
        usage = response.usage()
    except Exception:  # token counts are optional
        return None, None
    tin, tout = getattr(usage, "input", None), getattr(usage, "output", None)
    return (int(tin) if isinstance(tin, int) else None, int(tout) if isinstance(tout, int) else None)


def run_prompt(
    model_id: str | None,
    prompt: str,
    *,
    on_chunk: Callable[[str], None],
    cancel: threading.Event,
    timeout: float = 120.0,
    lang: str = "en",
    system: str | None = None,
) -> RunResult:
    """Send `prompt` to the model, hand every chunk to `on_chunk`, stop on `cancel` or timeout.

    Never raises: every failure becomes `RunResult.error`, one line in `lang`. Runs in a
    thread worker; it touches neither sqlite nor the UI (`on_chunk` must be thread-safe).
    """
    start = time.monotonic()
    name = model_id or "?"

    def done(
        text: str = "",
        error: str | None = None,
        cancelled: bool = False,
        tokens: tuple[int | None, int | None] = (None, None),
    ) -> RunResult:
        return RunResult(text, name, round(time.monotonic() - start, 3), tokens[0], tokens[1], error, cancelled)

    if not prompt.strip():
        return done(error=t(lang, "llm.empty_prompt"))
    if cancel.is_set():
        return done(cancelled=True)
    from course.models.registry import load_llm

    model = None
    try:
        llm = load_llm()
    except ImportError:
        return done(error=t(lang, "llm.no_llm"))
    except Exception as exc:  # every failure is one line for the learner
        return done(error=describe_error(exc, name, lang))
    try:
        model = llm.get_model(model_id or None)
        name = str(model.model_id)
        model.get_key()  # raises NeedsKeyException before anything is sent
        response = model.prompt(prompt, system=system, stream=True)
    except Exception as exc:  # every failure is one line for the learner
        return done(error=describe_error(exc, name, lang, model))
    return _stream(response, model, name, lang, on_chunk, cancel, start + max(0.0, timeout), timeout, done)


def _stream(
    response: Any,
    model: Any,
    name: str,
    lang: str,
    on_chunk: Callable[[str], None],
    cancel: threading.Event,
    deadline: float,
    timeout: float,
    done: Callable[..., RunResult],
) -> RunResult:
    """Iterate the response in a daemon thread so cancel and timeout never wait for the network."""
    chunks: queue.Queue[tuple[str, Any]] = queue.Queue()
    stop = threading.Event()

    def pump() -> None:
        try:
            for chunk in response:
                if stop.is_set():
                    break
                chunks.put(("chunk", chunk))
            chunks.put(("done", None))
        except BaseException as exc:  # handed to the caller as one line
            chunks.put(("error", exc))

    threading.Thread(target=pump, name=f"genai-course-model-{name}", daemon=True).start()
    parts: list[str] = []
    while True:
        if cancel.is_set():
            stop.set()
            return done("".join(parts), cancelled=True)
        left = deadline - time.monotonic()
        if left <= 0:
            stop.set()
            return done("".join(parts), error=t(lang, "llm.timeout", model=name, seconds=f"{timeout:g}"))
        try:
            kind, value = chunks.get(timeout=min(POLL_S, left))
        except queue.Empty:
            continue
        if kind == "error":
            return done("".join(parts), error=describe_error(value, name, lang, model))
        if kind == "done":
            return done("".join(parts), tokens=_usage(response))
        text = str(value)
        parts.append(text)
        try:
            on_chunk(text)
        except Exception:  # the receiver is gone (screen closed): stop quietly
            stop.set()
            return done("".join(parts), cancelled=True)
