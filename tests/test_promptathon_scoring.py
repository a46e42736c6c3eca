"""Scoring, the team run and the results file: points, penalties, refusal after time-up, checksum."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers.promptathon import START, FakeClock, bundled, make_run, mini, solution

from course.promptathon import results
from course.promptathon.clock import Countdown, mmss
from course.promptathon.run import Run
from course.promptathon.scoring import concise_share


def test_concise_share_is_full_up_to_the_target_and_zero_at_twice() -> None:
    assert [concise_share(w, 20) for w in (0, 1, 20, 30, 40, 80)] == [0.0, 1.0, 1.0, 0.5, 0.0, 0.0]
    assert concise_share(10, 0) == 0.0


def test_points_rubric_bonus_and_penalty(tmp_path: Path) -> None:
    pack = mini()
    run = make_run(pack, "Blau", tmp_path / "r.json")
    assert run.score("mini-summary").points == 0 and not run.score("mini-summary").touched

    run.set_text("mini-summary", solution(pack, "mini-summary", "de"))  # 13 words, target 20
    s = run.score("mini-summary")
    assert (s.passed, s.rubric, s.bonus, s.penalty, s.points) == (True, 100, 10, 0, 110)

    weak = "Fasse zusammen."
    run.set_text("mini-summary", weak)
    s = run.score("mini-summary")
    assert not s.passed and s.bonus == 0 and s.rubric == round(s.score * 100)

    # weight 2; the record's email in the prompt: no pass, no bonus, the penalty
    leak = "Du bist Kundenservice-Mitarbeiterin. Antworte [KUNDE] an petra.sommer@example.com wegen der Lieferung."
    run.set_text("mini-guard", leak)
    s = run.score("mini-guard")
    assert (s.passed, s.bonus, s.penalty, s.ampel) == (False, 0, 40, "red") and "email" in s.found
    assert s.rubric == round(s.score * 100 * 2) and s.points == s.rubric - 40

    # the surname alone is caught too, because the material names her
    run.set_text("mini-guard", "Du bist Kundenservice-Mitarbeiterin. Antworte [KUNDE] Sommer wegen der Lieferung.")
    assert run.score("mini-guard").penalty == 40

    run.set_text("mini-guard", solution(pack, "mini-guard", "de"))
    s = run.score("mini-guard")
    assert (s.passed, s.rubric, s.penalty) == (True, 200, 0) and s.bonus == 20
    assert run.total() == run.score("mini-summary").points + 220


def test_unchanged_start_text_scores_nothing(tmp_path: Path) -> None:
    pack = bundled()
    run = make_run(pack, "Rot", tmp_path / "r.json")
    start = run.exercise("service-faq").start
    assert run.text("service-faq") == start
    run.set_text("service-faq", start)
    assert not run.touched("service-faq") and run.score("service-faq").points == 0


def test_texts_are_refused_once_time_is_up(tmp_path: Path) -> None:
    clock = FakeClock()
    run = make_run(mini(), "Grün", tmp_path / "r.json", clock=clock, minutes=1)
    assert run.set_text("mini-summary", "Du bist Assistenz.") and run.set_learned("mini-summary", "Rolle hilft")
    clock.advance(60)
    assert not run.set_text("mini-summary", "zu spät") and not run.set_learned("mini-summary", "zu spät")
    assert run.text("mini-summary") == "Du bist Assistenz." and run.states["mini-summary"].learned == "Rolle hilft"
    assert run.check_time() and run.ended == "time-up" and not run.check_time()
    data = results.read(tmp_path / "r.json")
    assert data["ended"] == "time-up" and data["used_seconds"] == 60


def test_submit_records_versions_and_saves(tmp_path: Path) -> None:
    clock = FakeClock()
    out = tmp_path / "sub" / "team.json"
    run = make_run(mini(), "Gelb", out, clock=clock)
    run.submit("mini-summary", "Fasse zusammen.")
    clock.advance(90)
    run.submit("mini-summary", solution(mini(), "mini-summary", "de"))
    versions = run.states["mini-summary"].versions
    assert [v.passed for v in versions] == [False, True] and versions[1].at == "2026-11-28T09:01:30+00:00"
    data = results.read(out)  # saved after every check
    assert data["ended"] is None and data["challenges"][0]["attempts"] == 2
    assert run.next_hint("mini-summary") is None  # the mini challenge has no hints


def test_results_file_contents(tmp_path: Path) -> None:
    pack = mini()
    clock = FakeClock()
    run = make_run(pack, "Team <Blau>", tmp_path / "r.json", lang="en", clock=clock)
    run.set_text("mini-summary", solution(pack, "mini-summary", "en"))
    run.set_learned("mini-summary", "A role and a format do most of the work.")
    clock.advance(300)
    run.finish("finished")
    data = results.read(tmp_path / "r.json")
    assert (data["format"], data["version"], data["team"], data["lang"]) == (
        "genai-course-promptathon",
        1,
        "Team <Blau>",
        "en",
    )
    assert data["pack"]["id"] == "mini-promptathon" and data["pack"]["content_hash"].startswith("sha256:")
    assert (data["started_at"], data["ended_at"], data["used_seconds"]) == (
        "2026-11-28T09:00:00+00:00",
        "2026-11-28T09:05:00+00:00",
        300,
    )
    first, second = data["challenges"]
    assert first["prompt"] == solution(pack, "mini-summary", "en") and first["lessons_learned"].startswith("A role")
    assert first["points"] == first["rubric"] + first["bonus"] - first["penalty"] == 110
    assert {c["name"] for c in first["checks"]} == {"role", "format", "audience"}
    assert second == {**second, "touched": False, "prompt": "", "points": 0, "checks": []}
    assert data["total"] == 110 and data["scoring"] == {"rubric": 100, "concise_bonus": 10, "personal_data_penalty": 40}
    assert run.finish("quit") == tmp_path / "r.json" and run.ended == "finished"  # idempotent


@pytest.mark.parametrize(
    "edit, reason",
    [
        (lambda d: d.update(total=d["total"] + 100), "checksum does not match"),
        (lambda d: d.update(version=99), "newer genai-course"),
        (lambda d: d.update(format="something-else"), "not Promptathon results"),
        (lambda d: d.update(format="genai-course-progress"), "a progress export"),
        (lambda d: d.update(version="1"), "no valid version"),
    ],
)
def test_reader_refuses_with_one_line(tmp_path: Path, edit, reason: str) -> None:
    run = make_run(mini(), "Blau", tmp_path / "r.json")
    run.finish("finished")
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    edit(data)
    (tmp_path / "r.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(results.ResultsError) as err:
        results.read(tmp_path / "r.json")
    assert reason in str(err.value) and "\n" not in str(err.value)


def test_reader_refuses_broken_files(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    for raw, reason in (
        (b"{not json", "not valid JSON"),
        (b"[1, 2]", "not a JSON object"),
        (b"\xff\xfe\x00", "not UTF-8"),
        (b"[" * 100_000, "not valid JSON"),
    ):
        bad.write_bytes(raw)
        with pytest.raises(results.ResultsError, match=reason):
            results.read(bad)
    with pytest.raises(results.ResultsError, match="cannot read"):
        results.read(tmp_path / "missing.json")


def test_default_path_never_overwrites_and_is_file_name_safe(tmp_path: Path, isolated_home: Path) -> None:
    assert results.slug("Team Grün / Süd!") == "team-gruen-sued"
    assert results.slug("../../etc") == "etc" and results.slug("🙂") == "team"
    first = results.default_path("Team Grün", START)
    assert first == isolated_home / "promptathon" / "team-gruen-2026-11-28.json"
    first.parent.mkdir(parents=True)
    first.write_text("{}", encoding="utf-8")
    assert results.default_path("Team Grün", START).name == "team-gruen-2026-11-28-2.json"
    run = Run(mini(), "Team Grün", "de", clock=FakeClock())
    run.start()
    assert run.output == first.parent / "team-gruen-2026-11-28-2.json"


def test_an_unwritable_results_file_falls_back_to_the_default_folder(tmp_path: Path, isolated_home: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    run = make_run(mini(), "Blau", blocker / "r.json")
    run.set_text("mini-summary", "Du bist Assistenz.")
    run.finish("finished")
    assert run.save_error is None and run.output == isolated_home / "promptathon" / "blau-2026-11-28.json"
    assert run.moved_from.startswith(f"{blocker / 'r.json'}: ") and "\n" not in run.moved_from
    assert results.read(run.output)["challenges"][0]["prompt"] == "Du bist Assistenz."


def test_when_nothing_can_be_written_the_error_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("GENAI_COURSE_HOME", str(blocker / "home"))
    run = make_run(mini(), "Blau", blocker / "r.json")
    run.set_text("mini-summary", "Du bist Assistenz.")
    run.finish("finished")
    assert run.save_error.startswith(f"{blocker / 'r.json'}: ") and "\n" not in run.save_error
    assert run.text("mini-summary") == "Du bist Assistenz."


def test_countdown_reads_mm_ss_rounded_up() -> None:
    clock = FakeClock()
    countdown = Countdown(clock, 45 * 60)
    assert countdown.display() == "45:00"
    clock.advance(0.3)
    assert countdown.display() == "45:00"
    clock.advance(0.8)
    assert countdown.display() == "44:59"
    clock.advance(45 * 60 - 1.6)
    assert countdown.display() == "00:01" and not countdown.expired
    clock.advance(0.5)
    assert countdown.display() == "00:00" and countdown.expired and countdown.elapsed() == 45 * 60
    assert mmss(120 * 60) == "120:00" and mmss(-5) == "00:00"
