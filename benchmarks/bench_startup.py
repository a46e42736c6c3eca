"""Start-up to the level map against a bare Textual app, and the longest lesson's render time."""

from __future__ import annotations

import asyncio
import os
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
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], env=env, check=True, cwd=ROOT, capture_output=True)
    return time.perf_counter() - start


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
        bare, course = [], []
        for _ in range(15):  # interleaved, so that load on the machine hits both alike
            bare.append(run(BARE, env))
            course.append(run(COURSE, env))
        b, c = statistics.median(bare), statistics.median(course)
        print(
            f"start-up: bare Textual app {b * 1000:.0f} ms, genai-course to level map {c * 1000:.0f} ms, "
            f"ratio {c / b:.2f} (target < 1.3); best runs {min(bare) * 1000:.0f} vs {min(course) * 1000:.0f} ms, "
            f"ratio {min(course) / min(bare):.2f}"
        )
        lesson, baseline, which = asyncio.run(lesson_render_ms(home))
        print(
            f"longest lesson {which}: open to rendered {lesson:.0f} ms (target < 100 ms); "
            f"a one-Static screen {baseline:.0f} ms in the same app"
        )


if __name__ == "__main__":
    main()
