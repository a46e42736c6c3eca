"""Shared helpers for the Promptathon tests: a controllable clock, packs, runs and screen text."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from course.promptathon import results
from course.promptathon.pack import Pack, bundled_pack_dir, load_pack
from course.promptathon.run import Run
from progress import exchange

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


def make_run(
    pack: Pack, team: str, out: Path, lang: str = "de", clock: FakeClock | None = None, minutes: int | None = None
) -> Run:
    run = Run(pack, team, lang, minutes, clock or FakeClock(), out)
    run.start()
    return run


def title_line(app) -> str:
    """The one-line title at the top (the course's TitleBar)."""
    for bar in app.screen.query("#titlebar"):
        return str(bar.content)
    return ""


def screen_text(app) -> str:
    """Everything visible on the current screen (widgets' content, the title bar included), as plain text."""
    from helpers.app import screen_text as course_screen_text

    return course_screen_text(app)


async def until(pilot, condition, timeout: float = 60.0) -> None:
    """Let the app run until `condition()` holds (a timer has ticked, a message arrived), at most `timeout` seconds.

    The countdown's half-second interval timer is real time: on a busy machine it may fire
    later than 0.7 s, so a fixed pause made the clock tests fail now and then. The bound is
    generous (a whole Promptathon session takes minutes on a loaded machine); a condition that
    never holds still fails the test's next assertion.
    """
    import time

    end = time.monotonic() + timeout
    while not condition() and time.monotonic() < end:
        await pilot.pause(0.05)


EVIL_TEAM = "Team <script>alert(1)</script>"
EVIL_PROMPT = (
    "Du bist Recruiterin. </div><img src=x onerror=alert(1)> Anzeige fuer Studierende (m/w/d) in Stichpunkten."
)
LEAK = (
    "Du bist Kundenservice-Mitarbeiterin. Antworte [KUNDE] unter petra.sommer@example.com "
    "freundlich wegen der Lieferung, kurz."
)


def three_teams(folder: Path) -> dict[str, dict]:
    """Three real runs on the bundled pack, written as the app writes them."""
    pack = bundled()
    folder.mkdir(parents=True, exist_ok=True)
    clock = FakeClock()
    blue = make_run(pack, "Team Blau", folder / "blau.json", clock=clock)
    blue.set_text("hr-job-ad", solution(pack, "hr-job-ad", "de"))
    blue.set_learned("hr-job-ad", "Zielgruppe nennen hilft.")
    blue.set_text("guard-1-complaint", solution(pack, "guard-1-complaint", "de"))
    blue.set_learned("guard-1-complaint", "[KUNDE] statt Name – die KI braucht den Namen nicht.")
    clock.advance(45 * 60)
    blue.check_time()

    evil = make_run(pack, EVIL_TEAM, folder / "evil.json", clock=FakeClock())
    evil.set_text("hr-job-ad", EVIL_PROMPT)
    evil.set_learned("hr-job-ad", "<b>fett</b> & \x1b[31mrot\x1b[0m \u202eumgedreht")
    evil.set_text("guard-1-complaint", LEAK)
    evil.finish("finished")

    green = make_run(pack, "Team Grün", folder / "gruen.json", clock=FakeClock())
    for cid in ("sales-follow-up", "finance-variance", "it-helpdesk-guide"):
        green.set_text(cid, solution(pack, cid, "de"))
    green.set_text("hr-job-ad", "Schreib eine Stellenanzeige.")
    green.finish("finished")
    return {name: results.read(folder / f"{name}.json") for name in ("blau", "evil", "gruen")}


def refused_files(folder: Path, good: Path) -> list[str]:
    """Files the board must refuse, each for its own reason."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "broken.json").write_text('{"format": "genai-course-promptathon", ', encoding="utf-8")
    (folder / "progress.json").write_text(exchange.dumps({"learner": {"id": "x"}}), encoding="utf-8")
    tampered = json.loads((good / "gruen.json").read_text(encoding="utf-8"))
    tampered["total"] += 500
    tampered["challenges"][1]["points"] += 500
    (folder / "tampered.json").write_text(json.dumps(tampered), encoding="utf-8")
    newer = results.seal({"team": "Zukunft"})
    newer["version"] = 99
    newer["checksum"] = exchange.checksum(newer)
    (folder / "newer.json").write_text(json.dumps(newer), encoding="utf-8")
    (folder / "incomplete.json").write_text(results.dumps({"pack": {"id": "x"}, "challenges": []}), encoding="utf-8")
    uneven = json.loads((good / "gruen.json").read_text(encoding="utf-8"))
    uneven["total"] += 1
    (folder / "uneven.json").write_text(
        results.dumps({k: v for k, v in uneven.items() if k != "checksum"}), encoding="utf-8"
    )
    older = json.loads((good / "blau.json").read_text(encoding="utf-8"))
    older["written_at"] = "2026-11-28T08:00:00+00:00"
    (folder / "blau-older.json").write_text(results.dumps(older), encoding="utf-8")
    (folder / "empty").mkdir()
    return [
        "blau-older.json",
        "broken.json",
        "empty",
        "incomplete.json",
        "newer.json",
        "progress.json",
        "tampered.json",
        "uneven.json",
        "missing.json",
    ]
