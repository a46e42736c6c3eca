"""What reading the words costs at start: the gettext catalogue against a dict table of the same messages.

Baseline, measured in the same run: the German messages as one Python dict literal, compiled once and
executed (what the old word tables cost as cached .pyc code). Measured: importing course.i18n and the first
t() in a fresh process (gettext, and the German .mo file parsed), against a fresh process that imports the
dict module; both with the standard modules every app process has already imported (pathlib, re, ...).
Target: the catalogue costs less than 5 ms more than the dict (else one message file per language).
"""

from __future__ import annotations

import gettext
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from course import i18n  # noqa: E402

RUNS = 31


def _messages() -> dict[str, str]:
    with open(i18n.mo_path("de"), "rb") as handle:
        catalogue = gettext.GNUTranslations(handle)
    return {str(k): str(v) for k, v in catalogue._catalog.items() if k}  # type: ignore[attr-defined]


def in_process() -> tuple[float, float]:
    """Median ms: executing a compiled dict literal of the messages; parsing the .mo file."""
    code = compile("TABLE = " + repr(_messages()), "<table>", "exec")
    dict_ms, mo_ms = [], []
    for _ in range(RUNS):
        start = time.perf_counter()
        exec(code, {})
        dict_ms.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        with open(i18n.mo_path("de"), "rb") as handle:
            gettext.GNUTranslations(handle)
        mo_ms.append((time.perf_counter() - start) * 1000)
    return statistics.median(dict_ms), statistics.median(mo_ms)


def fresh_process() -> tuple[list[float], list[float]]:
    """Ms in fresh interpreters: a module holding the dict imported from its .pyc; course.i18n + t()."""
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "old_tables.py").write_text("TABLE = " + repr(_messages()) + "\n", encoding="utf-8")
        # what every app process has imported before it reads a word (textual needs them) stays outside the timer
        timer = (
            "import time, pathlib, functools, re, os; s = time.perf_counter(); {}; "
            "print((time.perf_counter() - s) * 1000)"
        )
        old = timer.format("import old_tables; old_tables.TABLE['map.hello'].format(name='x')")
        new = timer.format("from course.i18n import t; t('de', 'map.hello', name='x')")
        subprocess.run([sys.executable, "-c", "import old_tables"], cwd=tmp, check=True)  # writes the .pyc
        old_ms, new_ms = [], []
        for _ in range(RUNS):
            for code, out in ((old, old_ms), (new, new_ms)):
                env_path = f"{tmp}:{ROOT}"
                done = subprocess.run(
                    [sys.executable, "-c", code],
                    cwd=tmp,
                    check=True,
                    capture_output=True,
                    text=True,
                    env={"PYTHONPATH": env_path, "PATH": ""},
                )
                out.append(float(done.stdout.split()[-1]))
        return old_ms, new_ms


def main() -> None:
    dict_ms, mo_ms = in_process()
    print(f"in process: dict of {len(_messages())} messages {dict_ms:.2f} ms, parse de .mo {mo_ms:.2f} ms")
    old, new = fresh_process()
    for name, pick in (("median", statistics.median), ("best", min)):
        old_ms, new_ms = pick(old), pick(new)
        print(
            f"fresh process ({name} of {RUNS}): import dict module {old_ms:.2f} ms, import course.i18n + first t() "
            f"{new_ms:.2f} ms, difference {new_ms - old_ms:+.2f} ms (target < +5 ms)"
        )
    print("On a loaded machine the median carries the scheduler's noise; the best run is the cost itself.")


if __name__ == "__main__":
    main()
