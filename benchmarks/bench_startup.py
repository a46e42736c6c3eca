"""Start-up to the level map against a bare Textual app, and the longest lesson's render time."""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BARE = """
from textual.app import App
from textual.widgets import Static

class Bare(App):
    def compose(self):
        yield Static("hello")
    def on_mount(self):
        self.call_after_refresh(self.exit)

Bare().run(headless=True, size=(100, 30))
"""

COURSE = """
import sys
from course.options import Options
from course.screens.levelmap import LevelMapScreen

original = LevelMapScreen.on_mount
def on_mount(self):
    original(self)
    self.app.call_after_refresh(self.app.exit)
LevelMapScreen.on_mount = on_mount

from progress.store import Store
from course.app import CourseApp
opts = Options()
store = Store.open(opts.db_path)
CourseApp(opts.catalog(), store, opts).run(headless=True, size=(100, 30))
store.close()
"""


def run(code: str, env: dict[str, str]) -> float:
    """Wall time of a fresh Python process running `code`."""
    return timed(code, env)[0]


def timed(code: str, env: dict[str, str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system, all its threads) of a fresh Python process running `code`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], env=env, check=True, cwd=ROOT, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


# The breakdown: the same two scripts with marks on the main thread's CPU clock (a busy machine
# stretches wall time, not this), printed at the end as "name=milliseconds".
MARKS = """
import time
_marks = {}
def mark(name):
    _marks[name] = time.thread_time()
"""
REPORT = """
mark("end")
print(" ".join(f"{k}={v * 1000:.1f}" for k, v in _marks.items()))
"""
BARE_MARKED = (
    MARKS
    + BARE.replace("class Bare", 'mark("imported")\nclass Bare')
    .replace("    def on_mount(self):\n", '    def on_mount(self):\n        mark("mounted")\n')
    .replace("self.call_after_refresh(self.exit)", 'self.call_after_refresh(lambda: (mark("drawn"), self.exit()))')
    + REPORT
)
COURSE_MARKED = (
    MARKS
    + COURSE.replace("opts = Options()", 'mark("imported")\nopts = Options()')
    .replace("    original(self)\n", '    mark("mounted")\n    original(self)\n')
    .replace(
        "self.app.call_after_refresh(self.app.exit)",
        'self.app.call_after_refresh(lambda: (mark("drawn"), self.app.exit()))',
    )
    .replace(
        "CourseApp(opts.catalog(), store, opts)",
        'catalog = opts.catalog()\nmark("catalog")\nCourseApp(catalog, store, opts)',
    )
    + REPORT
)
assert BARE_MARKED.count('mark("') == 4 and COURSE_MARKED.count('mark("') == 5, "the scripts changed: update the marks"


def phases(code: str, env: dict[str, str], runs: int) -> dict[str, float]:
    """Median main-thread CPU milliseconds at each mark over `runs` processes."""
    seen: dict[str, list[float]] = {}
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", code], env=env, check=True, cwd=ROOT, capture_output=True, text=True
        )
        for item in out.stdout.split():
            name, value = item.split("=")
            seen.setdefault(name, []).append(float(value))
    return {name: statistics.median(values) for name, values in seen.items()}


def own_imports(env: dict[str, str]) -> list[tuple[float, str]]:
    """Self time (ms) of every module the course imports on the way to the level map that the bare app does not."""

    def import_times(code: str) -> dict[str, float]:
        err = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", code],
            env=env,
            check=True,
            cwd=ROOT,
            capture_output=True,
            text=True,
        ).stderr
        times = {}
        for line in err.splitlines():
            if line.startswith("import time:") and "self [us]" not in line:
                own, _, name = line[len("import time:") :].split("|")
                times[name.strip()] = int(own) / 1000
        return times

    bare = import_times(BARE)
    return sorted(((ms, name) for name, ms in import_times(COURSE).items() if name not in bare), reverse=True)


def breakdown(env: dict[str, str], runs: int) -> None:
    """Where the course's start-up goes, phase by phase, next to the bare app's."""
    bare, course = phases(BARE_MARKED, env, runs), phases(COURSE_MARKED, env, runs)
    print(f'breakdown (main-thread CPU ms, median of {runs}; "imports" includes the interpreter start):')
    print(
        f"  bare:   imports {bare['imported']:.0f}, to mounted {bare['mounted'] - bare['imported']:.0f}, "
        f"to first frame {bare['drawn'] - bare['mounted']:.0f}, exit {bare['end'] - bare['drawn']:.0f}; "
        f"total {bare['end']:.0f}"
    )
    c = course
    print(
        f"  course: imports {c['imported']:.0f}, store + catalog {c['catalog'] - c['imported']:.0f}, "
        f"to mounted {c['mounted'] - c['catalog']:.0f}, to first frame {c['drawn'] - c['mounted']:.0f}, "
        f"exit {c['end'] - c['drawn']:.0f}; total {c['end']:.0f} (ratio {c['end'] / bare['end']:.2f})"
    )
    mine = own_imports(env)
    print(
        f"  modules only the course imports at start: {len(mine)}, {sum(ms for ms, _ in mine):.1f} ms "
        "of import time; most: " + ", ".join(f"{name} {ms:.1f}" for ms, name in mine[:8])
    )


async def lesson_render_ms(env_home: str) -> tuple[float, float, str]:
    """Median time from opening the longest bundled lesson to it being rendered, and a baseline."""
    from textual.screen import Screen
    from textual.widgets import Static

    from course.app import CourseApp
    from course.catalog import load_catalog
    from course.screens.lesson import LessonScreen
    from progress.store import Store

    catalog = load_catalog()
    longest = max(
        ((lid, lang) for lid in catalog.lesson_ids for lang in catalog.languages(lid)),
        key=lambda key: len(catalog.lesson(*key).path.read_text(encoding="utf-8").splitlines()),
    )
    store = Store.open(Path(env_home) / "render.db")
    learner = store.create_learner("Bench", "", longest[1])
    store.set_current_learner(learner.id)
    app = CourseApp(catalog, store)
    lesson_times, bare_times = [], []

    async def time_push(screen) -> float:
        """Seconds from push_screen to the first frame after the screen has mounted."""
        done = asyncio.Event()
        start = time.perf_counter()
        app.push_screen(screen)
        await pilot.pause(0)
        while not screen.is_mounted:
            await asyncio.sleep(0.001)
        screen.call_after_refresh(done.set)
        await done.wait()
        elapsed = time.perf_counter() - start
        app.pop_screen()
        await pilot.pause()
        return elapsed

    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()

        class One(Screen):
            def compose(self):
                yield Static("x")

        for _ in range(9):
            lesson_times.append(await time_push(LessonScreen(longest[0])))
            bare_times.append(await time_push(One()))
    store.close()
    lines = len(catalog.lesson(*longest).path.read_text(encoding="utf-8").splitlines())
    return (
        statistics.median(lesson_times) * 1000,
        statistics.median(bare_times) * 1000,
        f"{longest[0]} ({longest[1]}, {lines} lines)",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15, help="interleaved pairs of start-ups (default 15)")
    parser.add_argument("--breakdown", action="store_true", help="also print where the start-up time goes")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "GENAI_COURSE_HOME": home, "PYTHONPATH": str(ROOT)}
        os.environ["GENAI_COURSE_HOME"] = home
        sys.path.insert(0, str(ROOT))
        # An installed package has its bytecode compiled by pip; an editable checkout on a
        # machine with PYTHONDONTWRITEBYTECODE set would recompile every module on every start.
        subprocess.run(
            [sys.executable, "-m", "compileall", "-q", "course", "progress"], cwd=ROOT, check=True, capture_output=True
        )
        # a learner who has been here before: the level map is the first screen
        from progress.store import Store

        store = Store.open(Path(home) / "progress.db")
        store.set_current_learner(store.create_learner("Bench", "Team", "de").id)
        store.close()
        run(COURSE, env)  # warm the catalog cache and the OS file cache
        run(BARE, env)
        load = os.getloadavg()[0]
        bare, course, bare_cpu, course_cpu = [], [], [], []
        for _ in range(args.runs):  # interleaved, so that load on the machine hits both alike
            wall, cpu = timed(BARE, env)
            bare.append(wall)
            bare_cpu.append(cpu)
            wall, cpu = timed(COURSE, env)
            course.append(wall)
            course_cpu.append(cpu)
        b, c = statistics.median(bare), statistics.median(course)
        print(
            f"start-up: bare Textual app {b * 1000:.0f} ms, genai-course to level map {c * 1000:.0f} ms, "
            f"ratio {c / b:.2f} (target < 1.3); best runs {min(bare) * 1000:.0f} vs {min(course) * 1000:.0f} ms, "
            f"ratio {min(course) / min(bare):.2f}"
        )
        bc, cc = statistics.median(bare_cpu), statistics.median(course_cpu)
        print(
            f"  {args.runs} pairs; load average {load:.2f} before, {os.getloadavg()[0]:.2f} after; "
            f"CPU time (all threads) {bc * 1000:.0f} vs {cc * 1000:.0f} ms, ratio {cc / bc:.2f}"
        )
        if args.breakdown:
            breakdown(env, args.runs)
        lesson, baseline, which = asyncio.run(lesson_render_ms(home))
        print(
            f"longest lesson {which}: open to rendered {lesson:.0f} ms (target < 100 ms); "
            f"a one-Static screen {baseline:.0f} ms in the same app"
        )


if __name__ == "__main__":
    main()
