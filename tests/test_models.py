"""The model layer with real `llm` (llm-echo loaded hermetically): registry, runs, errors, guard, settings."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from helpers.llm_fakes import make_slow_model, registered

from course.models import (
    ModelInfo,
    RunResult,
    attempt_fields,
    available_models,
    choose_model,
    chosen_model,
    find_model,
    guard,
    run_prompt,
)

RED = "Bitte schreib an Herrn Max Mustermann.\nSeine IBAN: DE89 3704 0044 0532 0130 00\nMail: max@example.com"


def llm_dir() -> Path:
    path = Path(os.environ["LLM_USER_PATH"])
    path.mkdir(parents=True, exist_ok=True)
    return path


def run(model_id: str | None, prompt: str, **kw) -> tuple[RunResult, list[str]]:
    chunks: list[str] = []
    kw.setdefault("cancel", threading.Event())
    return run_prompt(model_id, prompt, on_chunk=chunks.append, **kw), chunks


# -- registry -------------------------------------------------------------------------


def test_available_models_lists_echo_as_local_and_openai_as_remote_without_key() -> None:
    models = {m.id: m for m in available_models()}
    assert models["echo"].local and models["echo"].needs_key is None and models["echo"].key_present
    assert models["echo-needs-key"].local and not models["echo-needs-key"].key_present
    mini = models["gpt-4o-mini"]
    assert not mini.local and mini.needs_key == "openai" and not mini.key_present
    assert "4o-mini" in mini.aliases


def test_keys_json_and_default_model_from_the_users_llm_setup() -> None:
    (llm_dir() / "keys.json").write_text(json.dumps({"openai": "sk-test"}))
    (llm_dir() / "default_model.txt").write_text("echo")
    models = available_models()
    assert models[0].id == "echo" and models[0].default
    assert sum(m.default for m in models) == 1
    assert next(m for m in models if m.id == "gpt-4o-mini").key_present
    assert find_model(None, models).id == "echo"
    assert find_model("4o-mini", models).id == "gpt-4o-mini"
    assert find_model("no-such-model", models) is None


def test_environment_key_counts_as_present(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-env")
    assert find_model("gpt-4o-mini").key_present


def test_openai_compatible_server_on_localhost_is_local() -> None:
    (llm_dir() / "extra-openai-models.yaml").write_text(
        "- model_id: office-llama\n  model_name: llama3\n  api_base: http://localhost:11434/v1\n"
        "- model_id: company-gateway\n  model_name: gpt-4o\n  api_base: https://ai.example.com/v1\n"
    )
    models = {m.id: m for m in available_models()}
    assert models["office-llama"].local
    assert not models["company-gateway"].local


def test_broken_llm_setup_gives_an_empty_list_not_a_crash() -> None:
    (llm_dir() / "aliases.json").write_text("{not json")
    assert available_models() == []


@pytest.mark.parametrize("plugins, echo", [("", False), ("llm-echo", True)])
@pytest.mark.slow
def test_registry_without_plugins_in_a_fresh_process(tmp_path: Path, plugins: str, echo: bool) -> None:
    env = dict(os.environ, LLM_LOAD_PLUGINS=plugins, LLM_USER_PATH=str(tmp_path / "fresh"))
    code = "from course.models import available_models as a; print(','.join(m.id for m in a()))"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60, check=False)
    assert out.returncode == 0, out.stderr
    ids = out.stdout.strip().split(",")
    assert "gpt-4o-mini" in ids
    assert ("echo" in ids) is echo


@pytest.mark.slow
def test_first_use_from_three_threads_sees_the_whole_registry(tmp_path: Path) -> None:
    code = (
        "import threading\n"
        "from course.models import available_models, run_prompt\n"
        "seen, runs = [], []\n"
        "def work():\n"
        "    seen.append({m.id for m in available_models()})\n"
        "    runs.append(run_prompt('echo', 'hi', on_chunk=lambda c: None, cancel=threading.Event()).error)\n"
        "threads = [threading.Thread(target=work) for _ in range(3)]\n"
        "[t.start() for t in threads]; [t.join() for t in threads]\n"
        "print(all('echo' in s and 'gpt-4o-mini' in s for s in seen), runs)\n"
    )
    env = dict(os.environ, LLM_USER_PATH=str(tmp_path / "fresh"))
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60, check=False)
    assert out.stdout.strip() == "True [None, None, None]", out.stderr


def test_importing_the_layer_does_not_import_llm_or_textual() -> None:
    code = "import sys, course.models; print('llm' in sys.modules, 'textual' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert out.stdout.split() == ["False", "False"], out.stderr


# -- run_prompt -----------------------------------------------------------------------


def test_echo_run_streams_the_answer_and_counts_tokens() -> None:
    result, chunks = run("echo", "Fasse die Notizen zusammen")
    assert result.ok and result.model_id == "echo"
    assert json.loads(result.text)["prompt"] == "Fasse die Notizen zusammen"
    assert "".join(chunks) == result.text
    assert result.tokens_in == 4 and result.tokens_out and result.tokens_out > 0
    assert result.duration_s >= 0


def test_raw_echo_and_default_model() -> None:
    (llm_dir() / "default_model.txt").write_text("echo")
    result, _ = run(None, json.dumps({"raw": "Genau so."}))
    assert result.text == "Genau so." and result.model_id == "echo"


def test_multi_chunk_streaming_arrives_in_order() -> None:
    slow = make_slow_model()
    with registered(slow):
        result, chunks = run("slow-test", "Sag Hallo")
    assert chunks == ["Hallo ", "liebe ", "Welt!"]
    assert result.text == "Hallo liebe Welt!" and result.tokens_in == 2 and result.tokens_out == 3
    assert slow.prompts == ["Sag Hallo"]


def test_cancel_keeps_the_partial_answer_and_returns_at_once() -> None:
    slow = make_slow_model(block_after=1)
    cancel = threading.Event()
    chunks: list[str] = []

    def on_chunk(c: str) -> None:
        chunks.append(c)
        cancel.set()  # the learner presses Cancel after the first chunk

    with registered(slow):
        started = time.monotonic()
        result = run_prompt("slow-test", "Sag Hallo", on_chunk=on_chunk, cancel=cancel)
        took = time.monotonic() - started
    assert result.cancelled and result.error is None and not result.ok
    assert result.text == "Hallo " and chunks == ["Hallo "]
    assert took < 5  # the model was still blocked: cancel did not wait for it
    assert slow.closed.wait(5)  # the stream was closed after release


def test_cancel_before_start_sends_nothing() -> None:
    slow = make_slow_model()
    cancel = threading.Event()
    cancel.set()
    with registered(slow):
        result, _ = run("slow-test", "Hallo", cancel=cancel)
    assert result.cancelled and slow.prompts == []


def test_timeout_is_one_clear_line_in_the_learners_language() -> None:
    slow = make_slow_model(block_after=1)
    with registered(slow):
        result, _ = run("slow-test", "Hallo", timeout=0.3, lang="de")
    assert result.error == (
        "slow-test hat nach 0.3 s nicht geantwortet – versuch es noch einmal oder wähle ein anderes Modell."
    )
    assert result.text == "Hallo " and not result.cancelled


def test_missing_key_for_openai_model() -> None:
    result, chunks = run("gpt-4o-mini", "Hallo", lang="en")
    assert result.error == (
        "No API key for gpt-4o-mini: set one with `llm keys set openai` or the OPENAI_API_KEY environment variable."
    )
    assert chunks == [] and "\n" not in result.error
    de, _ = run("4o-mini", "Hallo", lang="de")
    assert de.error.startswith("Kein API-Schlüssel für gpt-4o-mini: setze einen mit `llm keys set openai`")


def test_missing_key_for_plugin_model() -> None:
    result, _ = run("echo-needs-key", "Hallo")
    assert result.error.startswith("No API key for echo-needs-key: set one with `llm keys set echo-needs-key`")


def test_unknown_model() -> None:
    result, _ = run("gpt-99-imaginary", "Hallo", lang="en")
    assert result.error == "Unknown model 'gpt-99-imaginary': choose another one (`llm models` lists them)."
    assert not result.ok


def test_empty_prompt_is_refused_before_anything_is_sent() -> None:
    result, _ = run("echo", "  \n ")
    assert result.error == "The prompt is empty – write something first."


@pytest.mark.slow
def test_network_error_from_the_real_openai_client(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-not-real")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")  # nothing listens on port 9
    result, _ = run("gpt-4o-mini", "Hallo", lang="en", timeout=60)
    assert result.error is not None and result.error.startswith("Cannot reach gpt-4o-mini (network): ")
    assert "\n" not in result.error and "Traceback" not in result.error


def test_any_other_exception_is_one_line() -> None:
    slow = make_slow_model(error=RuntimeError("the server said:\n  something\n  odd"))
    with registered(slow):
        result, _ = run("slow-test", "Hallo")
    assert result.error == "slow-test failed: RuntimeError: the server said: something odd"
    assert result.text == "Hallo liebe Welt!"


def test_a_receiver_that_is_gone_stops_the_run() -> None:
    def broken(_chunk: str) -> None:
        raise RuntimeError("widget gone")

    result = run_prompt("echo", "Hallo", on_chunk=broken, cancel=threading.Event())
    assert result.cancelled and result.error is None


# -- guard ------------------------------------------------------------------------------

REMOTE = ModelInfo(id="gpt-4o-mini", name="OpenAI Chat: gpt-4o-mini", needs_key="openai", local=False)
LOCAL = ModelInfo(id="SmolLM2", name="SmolLM2", local=True, demo=True)


def test_red_prompt_is_blocked_for_a_remote_model_with_what_and_where() -> None:
    g = guard(RED, REMOTE, "en")
    assert not g.allowed and g.level == "red"
    assert g.notice == (
        "Not sent: personal data for a remote model – name (line 1), IBAN (line 2), "
        "e-mail (line 3). Remove it or choose a local model."
    )
    assert {f.category for f in g.findings} == {"name", "iban", "email"}
    de = guard(RED, REMOTE, "de")
    assert "E-Mail (Zeile 3)" in de.notice and de.notice.startswith("Nicht gesendet")


def test_red_prompt_is_allowed_for_a_local_model_with_a_notice() -> None:
    g = guard(RED, LOCAL, "en")
    assert g.allowed and g.notice.startswith("Local model: your text stays on this machine (found: name (line 1)")


def test_clean_prompt_goes_to_a_remote_model_with_a_notice() -> None:
    g = guard("Fasse das Protokoll in drei Stichpunkten zusammen.", REMOTE, "de")
    assert g.allowed and g.level == "green" and g.notice == "Externes Modell: dein Text verlässt diesen Rechner."


def test_names_from_the_material_count() -> None:
    text = "Schreib eine Antwort an Kowalczyk wegen der Lieferung."
    assert guard(text, REMOTE, "en", names=("Kowalczyk",)).allowed is False


def test_removing_the_findings_unblocks() -> None:
    fixed = "Bitte schreib an [KUNDE].\nSeine IBAN: [IBAN]\nMail: [E-MAIL]"
    assert guard(fixed, REMOTE, "en").allowed


# -- settings and the attempt record ----------------------------------------------------


def test_model_choice_is_stored_per_learner_and_goes_into_the_attempt(tmp_path: Path) -> None:
    from progress.store import Store

    with Store.open(tmp_path / "p.db") as store:
        ada = store.create_learner("Ada")
        bob = store.create_learner("Bob")
        assert chosen_model(store, ada.id) is None
        choose_model(store, ada.id, "echo")
        assert chosen_model(store, ada.id) == "echo" and chosen_model(store, bob.id) is None
        result, _ = run(chosen_model(store, ada.id), "Hallo Welt")
        store.record_attempt(ada.id, "l1", "ex1", "prompt", "Hallo Welt", 1.0, True, [], **attempt_fields(result))
        choose_model(store, ada.id, None)
        assert chosen_model(store, ada.id) is None
    with Store.open(tmp_path / "p.db") as store:
        (attempt,) = store.attempts(ada.id, "ex1")
    assert attempt.model == "echo" and attempt.tokens_in == 2 and attempt.tokens_out == result.tokens_out
    assert attempt.duration_s == pytest.approx(result.duration_s)
