"""Team figures on the small hand-made team (tests/data/team/good), worked out by hand."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from helpers.team import GOOD, NOW, TEAM, make_team, minimal, write_export

from course.team import load_exports, summarize
from course.team.summary import gap, level_order

ANNA, BEN, CARLA = "Anna Beispiel", "Fuchs", "Carla Muster"


@pytest.fixture(scope="module")
def summary():
    exports, rejected = load_exports([GOOD])
    assert rejected == []
    return summarize(exports, now=NOW)


def by_name(summary):
    return {m.name[:5]: m for m in summary.members}


def test_committed_files_are_what_the_script_writes(tmp_path: Path) -> None:
    make_team().write(tmp_path)
    for sub in ("good", "bad"):
        written = sorted(p.name for p in (tmp_path / sub).iterdir())
        committed = sorted(p.name for p in (TEAM / sub).iterdir())
        assert written == committed
        for name in written:
            assert (tmp_path / sub / name).read_bytes() == (TEAM / sub / name).read_bytes(), name


def test_members_current_state(summary) -> None:
    got = {
        m.name[:5]: (m.level, m.progress, m.lessons_done, m.hints_used, m.minutes_saved, m.policy_current, m.exports)
        for m in summary.members
    }
    assert got == {
        "Panda": ("advanced", 1.0, 8, 0, 65, False, 1),
        "Anna ": ("advanced", 0.875, 7, 2, 45, True, 3),
        "Frank": ("advanced", 0.75, 6, 4, 0, True, 1),
        "Fuchs": ("safe-use", 0.5, 4, 5, 10, True, 2),
        "<scri": ("basics", 0.25, 2, 1, 5, True, 1),
        "Carla": ("basics", 0.125, 1, 3, 0, False, 1),
    }
    assert [m.name[:5] for m in summary.members] == ["Panda", "Anna ", "Frank", "Fuchs", "<scri", "Carla"]
    assert summary.lessons_total == 8
    assert summary.files_read == 9
    assert by_name(summary)["Anna "].mean_score == pytest.approx(5.95 / 7)


def test_genai_gap(summary) -> None:
    g = summary.gap
    assert g.quarter_size == 2  # ceil(6 / 4)
    assert g.leading_mean == pytest.approx((1.0 + 0.875) / 2)
    assert g.trailing_mean == pytest.approx((0.25 + 0.125) / 2)
    assert g.value == pytest.approx(0.75)
    assert g.median == pytest.approx((0.75 + 0.5) / 2)
    assert g.histogram == (0, 1, 1, 0, 0, 1, 0, 1, 1, 1)


def test_levels_in_course_order_with_completion(summary) -> None:
    rows = [(r.id, r.members_here, r.done, r.open, r.locked, r.unknown) for r in summary.levels]
    assert rows == [
        ("basics", 2, 4, 2, 0, 0),
        ("safe-use", 1, 3, 1, 2, 0),
        ("advanced", 3, 1, 2, 3, 0),
    ]
    completion = [r.lesson_completion for r in summary.levels]
    assert completion == pytest.approx([15 / 18, 10 / 18, 3 / 12])


def test_lessons_and_checks_most_often_failed(summary) -> None:
    assert [(r.lesson, r.failed, r.attempts, r.members) for r in summary.failed_lessons] == [
        ("first-prompt", 6, 10, 4),
        ("redact-practice", 3, 6, 3),
        ("few-shot", 1, 3, 1),
    ]
    assert [(r.check, r.count, r.members) for r in summary.failed_checks] == [
        ("role", 5, 4),
        ("no-personal-data", 3, 3),
        ("format", 3, 2),
        ("context", 1, 1),
        ("examples", 1, 1),
        ("keeps", 1, 1),
        ("task", 1, 1),
    ]


def test_hints(summary) -> None:
    assert summary.hints_total == 15
    assert [(r.lesson, r.hints, r.members) for r in summary.hint_lessons] == [
        ("first-prompt", 7, 4),
        ("redact-practice", 3, 2),
        ("data-classes", 2, 1),
        ("policy-check", 2, 1),
        ("what-is-genai", 1, 1),
    ]


def test_minutes_saved_and_use_cases(summary) -> None:
    assert summary.minutes_total == 125
    assert [(u.title[:14], u.minutes, u.name[:5]) for u in summary.use_cases] == [
        ("Monatsbericht ", 45, "Panda"),
        ("Angebotsvorlag", 30, "Anna "),
        ("Übersetzung ge", 20, "Panda"),
        ("Protokoll zusa", 15, "Anna "),
        ("E-Mail-Entwurf", 10, "Fuchs"),
        ("<b>Langer Tite", 5, "<scri"),
    ]
    assert len(summary.use_cases[-1].title) == 1000  # 10,000 characters exported, kept up to 1,000


def test_policy_acknowledgement(summary) -> None:
    p = summary.policy
    assert p.current_version == "2026.1"
    assert p.acknowledged == 4
    assert p.versions == (("2026.1", 4), ("2025.2", 1))
    assert [(g.name, g.version) for g in p.missing] == [(CARLA, ""), ("Panda 🐼", "2025.2")]


def test_history_where_members_exported_more_than_once(summary) -> None:
    hist = {
        h.name: [(p.exported_at.date().isoformat(), p.progress, p.level) for p in h.points] for h in summary.history
    }
    assert hist == {
        ANNA: [("2026-09-15", 0.125, "basics"), ("2026-10-15", 0.5, "safe-use"), ("2026-11-02", 0.875, "advanced")],
        BEN: [("2026-10-01", 0.25, "basics"), ("2026-11-01", 0.5, "safe-use")],
    }
    assert [h.change for h in summary.history] == pytest.approx([0.75, 0.25])


def test_team_timeline_by_day(summary) -> None:
    got = [(p.day, p.members, p.mean_progress) for p in summary.timeline]
    assert got == [
        (date(2026, 9, 15), 1, pytest.approx(0.125)),
        (date(2026, 10, 1), 2, pytest.approx(0.1875)),
        (date(2026, 10, 15), 2, pytest.approx(0.375)),
        (date(2026, 10, 20), 3, pytest.approx(1.75 / 3)),
        (date(2026, 11, 1), 4, pytest.approx(2.125 / 4)),  # Ben's +01:00 export is 14:30 UTC
        (date(2026, 11, 2), 5, pytest.approx(3.25 / 5)),
        (date(2026, 11, 3), 6, pytest.approx(3.5 / 6)),
    ]


def test_latest_export_wins_whatever_the_order(summary) -> None:
    files = sorted(GOOD.glob("*.json"), reverse=True)
    exports, _ = load_exports(files)
    again = summarize(exports, now=NOW)
    assert again.members == summary.members
    assert by_name(again)["Anna "].lessons_done == 7


def test_titles_are_used_where_known() -> None:
    exports, _ = load_exports([GOOD])
    s = summarize(exports, titles={"basics": "Grundlagen", "first-prompt": "Der erste Prompt"}, now=NOW)
    assert s.levels[0].title == "Grundlagen"
    assert s.level_title("basics") == "Grundlagen"
    assert s.level_title("safe-use") == "safe-use"
    assert s.failed_lessons[0].title == "Der erste Prompt"


def test_level_order_merges_different_course_versions(tmp_path: Path) -> None:
    old = minimal(
        "u-1",
        exported_at="2026-10-01T00:00:00Z",
        levels=[{"id": "one", "state": "done"}, {"id": "legacy", "state": "open"}, {"id": "two", "state": "locked"}],
    )
    new = minimal(
        "u-2",
        exported_at="2026-11-01T00:00:00Z",
        levels=[{"id": "zero", "state": "open"}, {"id": "one", "state": "open"}, {"id": "two", "state": "locked"}],
    )
    exports, _ = load_exports([write_export(tmp_path / "a.json", old), write_export(tmp_path / "b.json", new)])
    assert level_order(exports) == ["zero", "one", "legacy", "two"]
    s = summarize(exports)
    assert {m.learner_id: m.level for m in s.members} == {"u-1": "legacy", "u-2": "one"}
    assert [(r.id, r.unknown) for r in s.levels] == [("zero", 1), ("one", 0), ("legacy", 1), ("two", 0)]


@pytest.mark.parametrize(
    "values, k, value",
    [
        ([], 0, 0.0),
        ([0.4], 1, 0.0),
        ([1.0, 0.0], 1, 1.0),
        ([1.0, 0.8, 0.5, 0.2, 0.0], 2, 0.8),  # (1.0+0.8)/2 - (0.2+0.0)/2
        ([0.5] * 8, 2, 0.0),
    ],
)
def test_gap_for_small_teams(values, k, value) -> None:
    g = gap(values)
    assert (g.quarter_size, round(g.value, 9)) == (k, value)
    assert sum(g.histogram) == len(values)


def test_a_member_without_levels_or_lessons_counts_with_zero(tmp_path: Path) -> None:
    bare = minimal("u-9", levels=[], lessons=[])
    exports, rejected = load_exports(
        [write_export(tmp_path / "a.json", minimal()), write_export(tmp_path / "b.json", bare)]
    )
    assert rejected == []
    s = summarize(exports)
    member = {m.learner_id: m for m in s.members}["u-9"]
    assert (member.level, member.progress, member.lessons_done) == (None, 0.0, 0)
    assert s.level_title(member.level) == "–"
