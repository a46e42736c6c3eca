"""A whole Promptathon session in the real app: start with a team, solve two challenges, time runs out."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers.app import type_text
from helpers.promptathon import (
    MINI,
    FakeClock,
    bundled,
    screen_text,
    solution,
    until,
)

from course.cli import main
from course.commands.promptathon import build_app, report_end
from course.options import Options
from course.promptathon import results

SIZE = (100, 34)
HR_PROMPT = "Du bist Recruiterin. Anzeige fuer Studierende, geschlechtergerecht (m/w/d), in Stichpunkten, freundlich."


def _app(tmp_path: Path, team: str | None = "Team Blau", lang: str = "de", pack: Path | None = None, clock=None):
    app, code = build_app(
        Options(lang=lang),
        team,
        None,
        str(pack) if pack else None,
        str(tmp_path / "blau.json"),
        clock=clock or FakeClock(),
    )
    assert code == 0 and app is not None
    return app


@pytest.mark.slow
async def test_whole_session_two_challenges_then_time_runs_out(tmp_path: Path) -> None:
    from course.screens.promptathon import ChallengeListScreen, DoneScreen, IntroScreen
    from course.screens.promptathon_challenge import ChallengeScreen

    clock = FakeClock()
    app = _app(tmp_path, clock=clock)
    pack = bundled()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, IntroScreen)
        assert app.screen.query_one("#pt-team").value == "Team Blau"
        assert "10 Challenges · 45 Min." in screen_text(app)
        clock.advance(120)  # reading the rules does not use up the time box
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ChallengeListScreen)
        text = screen_text(app)
        assert "⏱ 45:00 · Team Blau" in text and "0 Punkte · 0/10 bestanden" in text

        # challenge 1 (HR), typed key by key, checked, with lessons learned
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ChallengeScreen)
        await type_text(pilot, HR_PROMPT)
        await pilot.press("ctrl+s")
        await pilot.pause()
        text = screen_text(app)
        assert "Bestanden! 100 %" in text and "Punkte = 100 + 20 Kürze-Bonus" in text
        await pilot.press("ctrl+l")
        await type_text(pilot, "m/w/d ist Pflicht.")
        # each key's Input.Changed reaches the screen some messages later than the key (see below)
        await until(pilot, lambda: app.run_state.states["hr-job-ad"].learned == "m/w/d ist Pflicht.")
        await pilot.press("ctrl+l", "escape")
        await pilot.pause()
        assert isinstance(app.screen, ChallengeListScreen)
        assert "✓  1. HR: Stellenanzeige für Studierende  120 P." in screen_text(app)

        # ten minutes pass: the countdown follows the clock
        clock.advance(600)
        await until(pilot, lambda: "⏱ 35:00" in screen_text(app))
        assert "⏱ 35:00" in screen_text(app)

        # challenge 8: Datenschutz-Wächter 1 - first a leak (penalty), then the clean prompt
        await pilot.press(*["down"] * 7, "enter")
        await pilot.pause()
        assert app.screen.title == "Datenschutz-Wächter 1: die Beschwerde"
        editor = app.screen.query_one("#wb-editor")
        editor.text = (
            "Du bist Kundenservice-Mitarbeiterin. Antworte Frau Petra Sommer (petra.sommer@example.com) "
            "auf die Beschwerde zur Lieferung."
        )
        await pilot.press("ctrl+s")
        await pilot.pause()
        text = screen_text(app)
        assert "Noch nicht bestanden" in text and "Datenschutz" in text and "rot – persönliche Daten" in text
        assert app.run_state.score("guard-1-complaint").penalty == 50
        editor.text = solution(pack, "guard-1-complaint", "de")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "Bestanden!" in screen_text(app)
        await pilot.press("ctrl+l")
        await type_text(pilot, "Platzhalter reicht.")
        await until(pilot, lambda: app.run_state.states["guard-1-complaint"].learned == "Platzhalter reicht.")
        # a last edit just before the whistle is kept, though the live check has not run yet
        clock.advance(35 * 60 - 2)
        editor.focus()
        editor.move_cursor(editor.document.end)
        await pilot.press("X")
        # The key is typed; its TextArea.Changed still travels editor -> container -> screen, which hands
        # the text to the run. pilot.press() does not wait for that hop by hop, and on a busy machine the
        # whistle (the clock moved on below) came first, so the run refused the X. Blow the whistle once
        # the run holds the edit, as it would a moment after a real key press.
        await until(pilot, lambda: app.run_state.text("guard-1-complaint").endswith("X"))
        clock.advance(2)
        await until(pilot, lambda: isinstance(app.screen, DoneScreen) and "⏱ 00:00" in screen_text(app))

        # time is up: editing stops, the result shows, the file is written
        assert isinstance(app.screen, DoneScreen)
        assert all(not isinstance(s, ChallengeScreen) for s in app.screen_stack)
        text = screen_text(app)
        assert (
            "Die Zeit ist um!" in text
            and "⏱ 00:00" in text
            and f"Ergebnisse gespeichert: {tmp_path / 'blau.json'}" in text
        )
        run = app.run_state
        assert not run.set_text("guard-1-complaint", "zu spät")
        await pilot.press("a", "b")
        assert run.text("guard-1-complaint").endswith("X")
        await pilot.press("q")
    assert report_end(app, "de") == 0

    data = results.read(tmp_path / "blau.json")
    assert data["team"] == "Team Blau" and data["ended"] == "time-up" and data["used_seconds"] == 45 * 60
    passed = [c for c in data["challenges"] if c["passed"]]
    assert [c["id"] for c in passed] == ["hr-job-ad", "guard-1-complaint"]
    hr, guard = passed
    assert hr["prompt"] == HR_PROMPT and hr["lessons_learned"] == "m/w/d ist Pflicht."
    assert hr["points"] == 120 and hr["attempts"] == 1
    assert guard["attempts"] == 2 and guard["penalty"] == 0 and guard["prompt"].endswith("X")
    assert guard["lessons_learned"] == "Platzhalter reicht."
    assert data["total"] == sum(c["points"] for c in data["challenges"]) == hr["points"] + guard["points"]
    assert "petra.sommer" not in (tmp_path / "blau.json").read_text(encoding="utf-8")


@pytest.mark.slow
async def test_team_name_is_asked_when_missing_and_hand_in_early(tmp_path: Path) -> None:
    from course.screens.promptathon import ChallengeListScreen, DoneScreen, IntroScreen

    clock = FakeClock()
    app = _app(tmp_path, team=None, lang="en", pack=MINI, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, IntroScreen) and app.focused.id == "pt-team"
        await pilot.press("space", "enter")
        await pilot.pause()
        assert isinstance(app.screen, IntroScreen) and "Please enter a team name." in screen_text(app)
        await type_text(pilot, "Red Team")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ChallengeListScreen) and "⏱ 10:00 · Red Team" in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        app.screen.query_one("#wb-editor").text = solution(app.pack, "mini-summary", "en")
        await pilot.pause(0.4)
        await pilot.press("ctrl+l")  # no sample solution in a competition: the key goes to lessons learned
        assert app.focused.id == "pt-learned"
        await pilot.press("escape")
        clock.advance(125)
        await pilot.press("ctrl+e")
        await pilot.pause()
        assert "Hand in now?" in screen_text(app)
        await pilot.press("escape")  # keep working
        await pilot.pause()
        assert isinstance(app.screen, ChallengeListScreen) and app.run_state.running
        await pilot.press("ctrl+e")
        await pilot.pause()
        await pilot.click("#pt-yes")
        await pilot.pause()
        assert isinstance(app.screen, DoneScreen) and "Handed in!" in screen_text(app)
    data = results.read(tmp_path / "blau.json")
    assert (data["team"], data["ended"], data["used_seconds"], data["total"]) == ("Red Team", "finished", 125, 110)


@pytest.mark.slow
async def test_quitting_mid_run_keeps_the_results(tmp_path: Path) -> None:
    app = _app(tmp_path, pack=MINI)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await type_text(pilot, "Du bist Assistenz.")
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert report_end(app, "de") == 0
    data = results.read(tmp_path / "blau.json")
    assert data["ended"] == "quit" and data["challenges"][0]["prompt"] == "Du bist Assistenz."


async def test_quitting_before_the_start_saves_nothing(tmp_path: Path, capsys) -> None:
    app = _app(tmp_path, pack=MINI)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+q")
    assert report_end(app, "en") == 0
    assert capsys.readouterr().out.strip() == "The Promptathon was not started; nothing was saved."
    assert not (tmp_path / "blau.json").exists()


def test_command_line_refusals_are_one_line(tmp_path: Path) -> None:
    env = {"GENAI_COURSE_HOME": str(tmp_path / "home")}
    runner = CliRunner()
    no_tty = runner.invoke(main, ["--lang", "en", "promptathon", "--team", "Blau"], env=env)
    assert no_tty.exit_code == 1 and no_tty.stderr.strip().splitlines() == [
        "genai-course promptathon needs a terminal. The board works without one: genai-course promptathon board FOLDER"
    ]
    app, code = build_app(Options(lang="en"), "x" * 61, None, None, None)
    assert (app, code) == (None, 2)
    app, code = build_app(Options(lang="de"), "Blau", None, str(tmp_path), None)
    assert (app, code) == (None, 1)
    app, code = build_app(Options(lang="de"), "  Team\x1b[31m  Rot ", 5, str(MINI), None)
    assert code == 0 and app.team == "Team [31m Rot" and app.minutes == 5


def test_promptathon_without_terminal_message_is_on_stderr_only(tmp_path: Path, capsys) -> None:
    from course.commands.promptathon import build_app as build

    build(Options(lang="de"), "Blau", None, str(tmp_path), None)
    err = capsys.readouterr().err
    assert err.startswith("Der Challenge-Pack ist nicht nutzbar: ") and "no-pack" in err and err.count("\n") == 1


@pytest.mark.slow
async def test_a_prompt_can_be_tried_on_a_model(tmp_path: Path) -> None:
    """Optional: F5 runs the current prompt through the workbench's model panel (here the offline echo model)."""
    from course.screens.promptathon_challenge import ChallengeScreen

    app = _app(tmp_path, pack=MINI)
    app.model_id = "echo"
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ChallengeScreen)
        app.screen.query_one("#wb-editor").text = "Du bist Kundenservice. Antworte [KUNDE] freundlich."
        await pilot.press("f5")
        panel = app.screen.query_one("#wb-model")
        for _ in range(200):
            await app.workers.wait_for_complete()
            await pilot.pause()
            if panel.last is not None:
                break
        assert panel.last is not None and panel.last.result.ok and panel.last.model.id == "echo"
        assert '"prompt": "Du bist Kundenservice. Antworte [KUNDE] freundlich."' in screen_text(app)
        versions = app.run_state.states["mini-guard"].versions
        assert [v.text for v in versions] == ["Du bist Kundenservice. Antworte [KUNDE] freundlich."]


async def test_tab_then_enter_starts_from_the_intro(tmp_path: Path) -> None:
    from course.screens.promptathon import ChallengeListScreen

    app = _app(tmp_path, team="Team Blau", lang="de", pack=MINI)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for _ in range(4):  # wherever Tab leaves the focus, Enter starts
            await pilot.press("tab")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ChallengeListScreen)
