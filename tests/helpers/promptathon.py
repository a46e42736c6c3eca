"""Shared helpers for the Promptathon tests: a controllable clock, packs, runs and screen text."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from course.promptathon.pack import Pack, bundled_pack_dir, load_pack
from course.promptathon.run import Run

DATA = Path(__file__).parents[1] / "data" / "promptathon"
MINI = DATA / "mini"
BROKEN = DATA / "broken"
START = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)


class FakeClock:
    """A clock the test moves by hand; a suspended process is a jump of both readings."""

    def __init__(self, at: datetime = START) -> None:
        self.t = 5_000.0
        self._start_t = self.t
        self._start = at

    def monotonic(self) -> float:
        return self.t

    def now(self) -> datetime:
        return self._start + timedelta(seconds=round(self.t - self._start_t))

    def advance(self, seconds: float) -> None:
        self.t += seconds


def bundled() -> Pack:
    pack = load_pack(bundled_pack_dir()).pack
    assert pack is not None
    return pack


def mini() -> Pack:
    pack = load_pack(MINI).pack
    assert pack is not None
    return pack


def solution(pack: Pack, challenge_id: str, lang: str) -> str:
    return str(pack.challenge(challenge_id).exercise(lang).solution)  # type: ignore[union-attr]


def make_run(pack: Pack, team: str, out: Path, lang: str = "de", clock: FakeClock | None = None,
             minutes: int | None = None) -> Run:
    run = Run(pack, team, lang, minutes, clock or FakeClock(), out)
    run.start()
    return run


def title_line(app) -> str:
    """The one-line title at the top: Textual's Header or the course's TitleBar."""
    from textual.widgets._header import HeaderTitle

    for title in app.screen.query(HeaderTitle):
        return str(title.render())
    for bar in app.screen.query("#titlebar"):
        return str(bar.content)
    return ""


def screen_text(app) -> str:
    """Everything visible on the current screen (widgets' content and the header), as plain text."""
    from textual.widgets._header import HeaderTitle

    from helpers.app import screen_text as course_screen_text

    parts = [course_screen_text(app)]
    for title in app.screen.query(HeaderTitle):
        parts.append(str(title.render()))
    return "\n".join(parts)


async def until(pilot, condition, timeout: float = 15.0) -> None:
    """Let the app run until `condition()` holds (a timer has ticked), at most `timeout` seconds.

    The countdown's half-second interval timer is real time: on a busy machine it may fire
    later than 0.7 s, so a fixed pause made the clock tests fail now and then.
    """
    import time

    end = time.monotonic() + timeout
    while not condition() and time.monotonic() < end:
        await pilot.pause(0.05)
