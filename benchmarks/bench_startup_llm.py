"""What the model layer costs at start-up (nothing: llm stays unimported) and on the first run."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

LAYER = (
    "import sys, course.models, course.screens.modelpanel, course.screens.compare\n"
    "assert 'llm' not in sys.modules, 'llm imported at start-up'"
)
TEXTUAL = (
    "import textual.app\nfrom textual.widgets import Button, Footer, Header, Select, Static\n"
    "from textual.containers import Horizontal, Vertical, VerticalScroll"
)
FIRST_RUN = """
import threading
from course.models import available_models, find_model, guard, run_prompt
info = find_model("echo", available_models())
assert guard("Hallo", info, "de").allowed
r = run_prompt("echo", "Hallo", on_chunk=lambda c: None, cancel=threading.Event())
assert r.ok, r.error
"""


def run(code: str, env: dict[str, str]) -> float:
    """Wall time of a fresh Python process running `code`."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], env=env, check=True, cwd=ROOT, capture_output=True)
    return time.perf_counter() - start


def paired_ms(a: str, b: str, env: dict[str, str], n: int = 11) -> tuple[float, float]:
    """Median wall times of `a` and `b`, run alternately so that load from other work hits both."""
    run(a, env)  # warm the OS file cache
    run(b, env)
    ta, tb = [], []
    for _ in range(n):
        ta.append(run(a, env))
        tb.append(run(b, env))
    return statistics.median(ta) * 1000, statistics.median(tb) * 1000


def app_imports_llm(env: dict[str, str]) -> bool | None:
    """Start the app to its level map (bench_startup's script) and report whether llm got imported."""
    try:
        from bench_startup import COURSE
    except ImportError:
        return None
    from progress.store import Store

    store = Store.open(Path(env["GENAI_COURSE_HOME"]) / "progress.db")  # a returning learner: level map first
    store.set_current_learner(store.create_learner("Bench", "Team", "de").id)
    store.close()
    code = COURSE + "\nprint('LLM-IMPORTED' if 'llm' in sys.modules else 'LLM-NOT-IMPORTED')\n"
    try:
        out = subprocess.run(
            [sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
        )
    except subprocess.TimeoutExpired:
        return None
    return "LLM-IMPORTED" in out.stdout if out.returncode == 0 else None


def main() -> None:
    with tempfile.TemporaryDirectory() as home:
        env = {
            **os.environ,
            "GENAI_COURSE_HOME": home,
            "PYTHONPATH": str(ROOT),
            "LLM_USER_PATH": str(Path(home) / "llm"),
            "LLM_LOAD_PLUGINS": "llm-echo",
        }
        base, layer = paired_ms("pass", "import course.models", env)
        textual, ui = paired_ms(TEXTUAL, LAYER, env)
        base2, llm = paired_ms("pass", "import llm", env)
        base3, first = paired_ms("pass", FIRST_RUN, env, n=5)
        llm, first = llm - base2 + base, first - base3 + base
        print(f"python -c pass: {base:.0f} ms (baseline)")
        print(f"import course.models (no llm): {layer:.0f} ms, +{layer - base:.0f} ms over the baseline")
        print(
            f"course.models + ModelPanel + CompareScreen: {ui:.0f} ms vs textual.app + the same widgets "
            f"{textual:.0f} ms: ratio {ui / textual:.2f} (target < 1.1)"
        )
        print(
            f"import llm: +{llm - base:.0f} ms; first echo run (import llm, registry, guard, run): "
            f"+{first - base:.0f} ms, paid in a thread worker on the first Run, never at start-up"
        )
        imported = app_imports_llm(env)
        if imported is not None:
            print(f"app start-up to the level map imports llm: {'YES (regression)' if imported else 'no'}")


if __name__ == "__main__":
    main()
