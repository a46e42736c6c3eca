"""Dates shown to people go through course.i18n.date: `06.12.2026` in German, `6 Dec 2026` in English, in every
place that shows one (screens, CLI, certificate, team report, Promptathon board); machine formats (CSV, JSON,
export files, xAPI, file names) stay ISO, and no hand-cut ISO date is left for people to read."""

from __future__ import annotations

import io
import json
import re
from datetime import UTC, datetime
from datetime import date as Day
from pathlib import Path

import pytest
from helpers.app import SIZE, make_app, screen_text
from helpers.gapteam import DAY1, DAY2, PEOPLE, TITLES, person_export
from helpers.progress import cli, complete_first_level
from helpers.team import NOW, write_export
from rich.console import Console

from course.i18n import date

ROOT = Path(__file__).resolve().parents[1]
ISO_DAY = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
DE_DAY = re.compile(r"\b\d{2}\.\d{2}\.\d{4}\b")
EN_DAY = re.compile(r"\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b")


# the helper -------------------------------------------------------------------------------------------------


def test_a_day_reads_06_12_2026_in_german_and_6_dec_2026_in_english() -> None:
    assert date("de", "2026-12-06") == "06.12.2026" and date("en", "2026-12-06") == "6 Dec 2026"
    assert date("de", Day(2026, 3, 16)) == "16.03.2026" and date("en", Day(2026, 3, 16)) == "16 Mar 2026"
    assert date("de-AT", "2026-05-01") == "01.05.2026" and date("fr", "2026-05-01") == "1 May 2026"


def test_a_stored_time_shows_its_own_day_and_with_time_its_clock() -> None:
    stored = "2026-12-06T23:59:59.999999+00:00"  # the store's UTC format
    assert date("de", stored) == "06.12.2026" and date("en", stored) == "6 Dec 2026"
    assert date("de", stored, time=True) == "06.12.2026 23:59" and date("en", "2026-01-02T03:04Z", time=True) == (
        "2 Jan 2026 03:04"
    )
    moment = datetime(2026, 11, 5, 12, 30, tzinfo=UTC)
    assert date("de", moment) == "05.11.2026" and date("en", moment, time=True) == "5 Nov 2026 12:30"
    assert date("de", "2026-12-06", time=True) == "06.12.2026"  # a bare day gets no made-up 00:00


def test_nothing_is_a_dash_and_a_non_date_is_left_as_it_is() -> None:
    assert date("de", None) == "–" and date("en", "") == "–"
    assert date("de", "gestern") == "gestern" and date("en", "2026-02-30") == "2026-02-30"


# the places that show a date ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "day", "ack"), [("de", "14.10.2026", "01.10.2026"), ("en", "14 Oct 2026", "1 Oct 2026")]
)
def test_the_certificate_shows_every_date_in_the_learners_language(lang: str, day: str, ack: str) -> None:
    from course.catalog import load_catalog
    from course.commands.certificate import render_certificate
    from course.commands.progress import build_export
    from course.options import Options
    from progress.store import Store

    _, lessons = complete_first_level()
    with Store.open(Options().db_path) as store:
        learner = store.current_learner()
        assert learner is not None
        data = build_export(load_catalog(), store, learner, lang)
    page = render_certificate(data, load_catalog(), lang, now=datetime(2026, 12, 6, 9, 0, tzinfo=UTC))
    assert page.count(day) >= len(lessons) + 1  # every lesson and the level
    assert f"{'am' if lang == 'de' else 'on'} {ack}" in page  # the policy acknowledgement
    assert date(lang, "2026-12-06") in page  # issued
    assert not ISO_DAY.search(page)


@pytest.mark.parametrize(
    ("lang", "line"), [("de", "Version 2026-11 am 01.10.2026"), ("en", "version 2026-11 on 1 Oct 2026")]
)
def test_genai_course_progress_shows_the_policy_date_in_the_learners_language(lang: str, line: str) -> None:
    complete_first_level()
    result = cli("--lang", lang, "progress")
    assert result.exit_code == 0, result.stderr
    assert line in result.stdout and "2026-10-01" not in result.stdout


@pytest.mark.parametrize(("lang", "text"), [("de", "erster (01.10.2026) → letzter (01.11.2026)"), ("en", "1 Oct 2026")])
async def test_the_progress_screen_shows_gap_check_dates_per_language(
    good_pack: Path, tmp_path: Path, lang: str, text: str
) -> None:
    import shutil

    from course import paths
    from course.gapcheck import FILE_NAME
    from progress.gapchecks import add_gap_check

    pack = tmp_path / "pack"
    shutil.copytree(good_pack, pack)
    shutil.copy(paths.bundled_pack() / FILE_NAME, pack / FILE_NAME)
    app, store = make_app(pack, tmp_path / "p.db", lang=lang)
    learner = store.create_learner("Anna", "", lang)
    store.set_current_learner(learner.id)
    add_gap_check(store, learner.id, {"usage": 2}, 0, at="2026-10-01T10:00:00Z")
    add_gap_check(store, learner.id, {"usage": 4}, 1, at="2026-11-01T10:00:00Z")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p")
        await pilot.pause()
        shown = screen_text(app)
    assert text in shown and (lang == "de" or "1 Nov 2026" in shown)
    assert not ISO_DAY.search(shown)


@pytest.mark.parametrize(("lang", "text"), [("de", "Bestätigt am 06.12.2026"), ("en", "Acknowledged on 6 Dec 2026")])
async def test_the_policy_screen_shows_the_acknowledgement_date_per_language(
    good_pack: Path, tmp_path: Path, lang: str, text: str
) -> None:
    app, store = make_app(good_pack, tmp_path / "p.db", lang=lang)
    learner = store.create_learner("Anna", "", lang)
    store.set_current_learner(learner.id)
    store.acknowledge_policy(learner.id, "7", at="2026-12-06T08:00:00+00:00")
    async with app.run_test(size=SIZE) as pilot:
        app.action_policy()
        await pilot.pause()
        shown = screen_text(app)
    assert text in shown and "2026-12-06" not in shown


@pytest.mark.parametrize(("lang", "text"), [("de", "06.12.2026 09:30"), ("en", "6 Dec 2026 09:30")])
async def test_the_history_shows_when_each_attempt_was_made_per_language(
    good_pack: Path, tmp_path: Path, lang: str, text: str
) -> None:
    from course.screens.history import HistoryScreen

    app, store = make_app(good_pack, tmp_path / "p.db", lang=lang)
    learner = store.create_learner("Anna", "", lang)
    store.set_current_learner(learner.id)
    lesson_id, exercise = next(
        (lid, e)
        for lid in app.catalog.lesson_ids
        for e in app.catalog.lesson(lid, lang).exercises
        if e.kind == "prompt"
    )
    at = "2026-12-06T09:30:00+00:00"
    store.record_attempt(learner.id, lesson_id, exercise.id, "prompt", "Du bist", 0.5, False, [], created_at=at)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.push_screen(HistoryScreen(exercise, ""))
        await pilot.pause()
        shown = screen_text(app)
    assert text in shown and "2026-12-06" not in shown


@pytest.mark.parametrize(("lang", "text"), [("de", "am 06.12.2026"), ("en", "on 6 Dec 2026")])
def test_a_recorded_example_answer_shows_its_date_per_language(lang: str, text: str) -> None:
    from course.content import ExampleOutput
    from course.screens.examples import example_text

    shown = example_text(ExampleOutput("Fasse zusammen.", "Worum geht es?", "SmolLM2", "2026-12-06"), 1, lang, None)
    assert text in shown.plain and "2026-12-06" not in shown.plain


@pytest.fixture(scope="module")
def team_summary(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from course.team import load_exports, summarize

    root = tmp_path_factory.mktemp("dates-team")
    for i in range(len(PEOPLE)):
        write_export(root / f"{i:02d}-1.json", person_export(i, DAY1, False))
        write_export(root / f"{i:02d}-2.json", person_export(i, DAY2, True))
    exports, _ = load_exports([root])
    return summarize(exports, titles=TITLES, now=NOW)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_team_report_in_the_terminal_shows_days_per_language(team_summary, lang: str) -> None:  # type: ignore[no-untyped-def]
    from course.team import render_terminal

    buf = io.StringIO()
    render_terminal(team_summary, lang, Console(file=buf, width=100))
    out = buf.getvalue()
    generated = "erstellt 05.11.2026" if lang == "de" else "generated 5 Nov 2026"
    assert generated in out  # the head line
    assert date(lang, "2026-09-20") in out and date(lang, "2026-10-30") in out  # policy and last activity
    assert date(lang, "2026-11-01") in out  # the history / trend days
    assert not ISO_DAY.search(out)
    assert not (EN_DAY if lang == "de" else DE_DAY).search(out)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_team_report_page_shows_days_per_language(team_summary, lang: str) -> None:  # type: ignore[no-untyped-def]
    from course.team import render_html

    page = render_html(team_summary, lang)
    for day in ("2026-11-05", "2026-09-20", "2026-10-30", "2026-10-01", "2026-11-01"):
        assert date(lang, day) in page, day  # generated, policy, completed/last activity, trend and chart axis
    assert not ISO_DAY.search(page)
    assert not (EN_DAY if lang == "de" else DE_DAY).search(page)


def test_team_json_and_csv_keep_iso_dates(team_summary) -> None:  # type: ignore[no-untyped-def]
    from course.team.jsoncsv import csv_rows, dumps

    data = json.loads(dumps(team_summary))
    assert ISO_DAY.search(json.dumps(data)) and not DE_DAY.search(json.dumps(data))
    text = "\n".join(",".join(map(str, row)) for row in csv_rows(team_summary))
    assert "2026-09-20" in text and not DE_DAY.search(text) and not EN_DAY.search(text)


@pytest.mark.parametrize(("lang", "text"), [("de", "erstellt 06.12.2026"), ("en", "generated 6 Dec 2026")])
def test_the_promptathon_board_shows_its_day_per_language(lang: str, text: str) -> None:
    from course.promptathon.board import Board
    from course.promptathon.htmlboard import render_html
    from course.promptathon.render import render_terminal

    board = Board((), (), (), (), 0, generated_at=datetime(2026, 12, 6, 18, 0, tzinfo=UTC))
    buf = io.StringIO()
    render_terminal(board, lang, Console(file=buf, width=100))
    assert text in buf.getvalue() and "2026-12-06" not in buf.getvalue()
    page = render_html(board, lang)
    assert date(lang, "2026-12-06") in page and "2026-12-06" not in page


# no hand-cut date left ----------------------------------------------------------------------------------------

DATE_CUTS = re.compile(r"\[:(?:10|16|19)\]|%Y-%m-%d|%d\.%m\.%Y|:%Y")  # an ISO day, minute, second cut
MACHINE = {
    # (file, the line's code): why this cut or ISO format is not shown to people as a date
    ("course/exercises.py", "if date_text and not DATE_RE.match(date_text[:10]):"): "validates a lesson's date",
    ("course/exercises.py", "ExampleOutput(texts["): "the example's ISO day, shown through i18n.date",
    ("course/promptathon/board.py", 'ampel=str(item.get("ampel", "green"))[:10],'): "a length cap, no date",
    ("course/promptathon/results.py", "base = f\"{slug(team)}-{when.strftime('%Y-%m-%d')}\""): "a file name",
    ("course/team/parse.py", 'ls.completed_at[:10] if ls.completed_at else "",'): "the ISO day in the record",
    ("course/team/parse.py", "done = tuple((lv.id, by_level[lv.id][:10])"): "the ISO day in the record",
    ("course/team/nextsteps.py", '(e.policy_acknowledged_at or "")[:10],'): "the ISO day in the JSON record",
}


def test_no_date_is_cut_by_hand_for_people() -> None:
    found = {}
    for path in sorted((ROOT / "course").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if DATE_CUTS.search(line):
                code = line.strip()
                if not any(rel == f and code.startswith(c) for f, c in MACHINE):
                    found[f"{rel}:{number}"] = code
    for path in sorted((ROOT / "course" / "templates").iterdir()):
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r"\[:(?:10|16|19)\]|strftime|\|\s*truncate\(10", text):
            found[f"{path.relative_to(ROOT).as_posix()}:{text.count(chr(10), 0, match.start()) + 1}"] = match.group()
    assert found == {}, "show dates with course.i18n.date(lang, value); machine formats: list them in MACHINE"
    used = {
        (f, c)
        for f, c in MACHINE
        if any(line.strip().startswith(c) for line in (ROOT / f).read_text(encoding="utf-8").splitlines())
    }
    assert used == set(MACHINE)  # no stale exception
