"""Promptathon costs: the twice-a-second countdown tick, and the board for 30 teams against reading their files."""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


class Clock:
    def __init__(self) -> None:
        self.t = 0.0

    def monotonic(self) -> float:
        return self.t

    def now(self):
        from datetime import datetime

        return datetime(2026, 11, 28, 9, 0, tzinfo=UTC)


def best(fn, repeat: int = 7, number: int = 1) -> float:
    """Median seconds per call over `repeat` rounds of `number` calls."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            fn()
        times.append((time.perf_counter() - start) / number)
    return statistics.median(times)


def main() -> None:
    os.environ.setdefault("GENAI_COURSE_HOME", tempfile.mkdtemp(prefix="bench-pt-"))
    from course.promptathon.board import build_board, load_results
    from course.promptathon.htmlboard import render_html
    from course.promptathon.pack import bundled_pack_dir, load_pack
    from course.promptathon.run import Run

    pack = load_pack(bundled_pack_dir()).pack
    assert pack is not None
    folder = Path(tempfile.mkdtemp(prefix="bench-pt-teams-"))
    run = None
    for n in range(30):
        run = Run(pack, f"Team {n:02d}", "de", clock=Clock(), output=folder / f"team-{n:02d}.json")
        run.start()
        for i, challenge in enumerate(pack.challenges):
            text = str(challenge.exercise("de").solution)
            run.set_text(
                challenge.id, text if (n + i) % 3 else text[: len(text) // 2] + f" Team {n} petra.sommer@example.com"
            )
            run.set_learned(challenge.id, f"Gelernt von Team {n}: Rolle und Format zuerst.")
        run.finish("finished")
    assert run is not None

    # the countdown tick: every challenge's points for the status line (texts unchanged since the last tick)
    tick = best(lambda: sum(s.points for s in run.scores().values()), number=200)

    def fresh() -> None:  # one changed text: grade and scan again
        run._grades.clear()
        run._scores.clear()
        run.score(pack.challenges[0].id)

    one_grade = best(fresh, number=20)
    print(f"countdown tick (10 challenges, cached): {tick * 1e6:8.1f} µs")
    print(f"one changed text (grade + Ampel):      {one_grade * 1e6:8.1f} µs")
    print(f"tick / one grading:                    {tick / one_grade:8.3f}  (target < 0.1)")

    paths = sorted(folder.glob("*.json"))
    read_only = best(lambda: [json.loads(p.read_text(encoding="utf-8")) for p in paths])

    def board() -> None:
        teams, rejected = load_results([folder], "de")
        render_html(build_board(teams, rejected, "de"), "de")

    whole = best(board, repeat=5)
    print(f"read 30 results files (json only):     {read_only * 1e3:8.1f} ms")
    print(f"board for 30 teams (verify, redact, HTML): {whole * 1e3:6.1f} ms")
    print(f"board / reading:                       {whole / read_only:8.1f}x")


if __name__ == "__main__":
    main()
