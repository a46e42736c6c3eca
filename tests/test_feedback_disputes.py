"""Self-explaining feedback in the workbench: anatomy view, disputes stored and reported for authors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from helpers.app import screen_text
from rich.console import Console

from course.app import CourseApp
from course.catalog import build_catalog
from course.options import Options
from course.paths import bundled_pack
from course.screens.anatomy import render_anatomy
from progress import exchange
from progress.store import Store

CASE = (
    "Our two managing directors will read this on their phones just before Monday's board meeting, "
    "where they decide whether to keep the new night shift. Summarise the quarterly report below in five bullet points."
)


def _plain(text) -> str:
    console = Console(width=100, color_system=None, force_terminal=False)
    with console.capture() as cap:
        console.print(text)
    return cap.get()


def test_anatomy_tags_each_sentence_with_what_the_grader_read_without_colour() -> None:
    shown = _plain(render_anatomy(CASE, "en"))
    lines = [line for line in shown.splitlines() if line.startswith("[")]
    assert lines[0].startswith("[situation · reader] Our two managing directors")
    assert lines[1].startswith("[request · form] Summarise the quarterly report")
    german = _plain(
        render_anatomy("Kontext: . Zielgruppe: . Schreib eine Mail an den Kunden. Vermeide Fachbegriffe.", "de")
    )
    assert "[Etikett ohne Inhalt] Kontext: ." in german
    assert "[Auftrag · Leser · Form] Schreib eine Mail an den Kunden." in german
    assert "[Regel · Verbot] Vermeide Fachbegriffe." in german


def _open(tmp_path: Path, lang: str = "en"):
    catalog = build_catalog([bundled_pack()])
    store = Store.open(tmp_path / "p.db")
    learner = store.create_learner("Rae", "", lang)
    store.set_current_learner(learner.id)
    return catalog, store, learner, CourseApp(catalog, store, Options(lang=lang, db=tmp_path / "p.db"))


async def test_f8_shows_the_anatomy_and_the_feedback_names_the_failed_must_check_first(tmp_path: Path) -> None:
    catalog, store, learner, app = _open(tmp_path, "de")
    exercise = catalog.exercise("roletask-jobad", "de")
    async with app.run_test(size=(80, 24)) as pilot:
        app.open_exercise(catalog.lesson_of(exercise.id), exercise.id)
        await pilot.pause()
        app.screen.query_one("#wb-editor").text = (
            "Du bist ein Genie. Schreibe eine Stellenanzeige für eine/n Servicetechniker/in "
            "bei der Brenner Haustechnik GmbH, mit Firmenwagen, Notdienst und 30 Tagen Urlaub."
        )
        await pilot.press("ctrl+s")
        await pilot.pause()
        feedback = str(app.screen.query_one("#wb-feedback").content)
        assert feedback.startswith("Pflicht: Rolle fehlt\nNoch nicht bestanden")
        assert "→ Nächster Schritt (Rolle)" in feedback
        assert "„Du bist ein Genie“ nennt keine Funktion" in feedback
        await pilot.press("f8")
        await pilot.pause()
        shown = screen_text(app)
        assert "So liest der Prüfer deinen Prompt" in shown and "[Rolle] Du bist ein Genie." in shown
        assert not app.screen.query_one("#wb-feedback").display
    store.close()


async def test_f9_stores_a_dispute_with_the_prompt_only_when_shared(tmp_path: Path) -> None:
    catalog, store, learner, app = _open(tmp_path, "en")
    exercise = catalog.exercise("roletask-jobad", "en")
    async with app.run_test(size=(80, 24)) as pilot:
        app.open_exercise(catalog.lesson_of(exercise.id), exercise.id)
        await pilot.pause()
        app.screen.query_one("#wb-editor").text = "You are a genius. Write a job ad."
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("f9")
        await pilot.pause()
        assert "Which check misread you?" in screen_text(app)
        await pilot.press("enter")  # the first check (role), prompt not shared
        await pilot.pause()
        await pilot.press("f9")
        await pilot.pause()
        await pilot.press("down", "tab", "space", "shift+tab", "enter")  # the second check, prompt shared
        await pilot.pause()
    disputes = store.disputes(learner.id)
    assert [(d.exercise_id, d.check, d.passed, d.prompt) for d in disputes] == [
        ("roletask-jobad", "role", False, None),
        ("roletask-jobad", "task", True, "You are a genius. Write a job ad."),
    ]
    store.close()


def _cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GENAI_COURSE_HOME": str(home), "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "course.cli", "--lang", "en", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_feedback_report_reads_the_local_store_and_exports(tmp_path: Path, monkeypatch) -> None:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)  # conftest may have made it (the catalog cache)
    assert "No local database yet" in _cli(home, "feedback", "report").stdout
    monkeypatch.setenv("GENAI_COURSE_HOME", str(home))
    db = Options().db_path  # where the CLI finds the store under GENAI_COURSE_HOME
    db.parent.mkdir(parents=True, exist_ok=True)
    with Store.open(db) as store:
        a = store.create_learner("A", "", "en")
        b = store.create_learner("B", "", "de")
        store.add_dispute(a.id, "roletask-jobad", "role", False, "no role", None, "en")
        store.add_dispute(b.id, "roletask-jobad", "role", False, "keine Rolle", "Du bist Disponent.", "de")
        store.add_dispute(b.id, "bias-improve-jobad", "not-icontains-any", False, "Soll nicht vorkommen", None, "de")
    out = _cli(home, "feedback", "report")
    assert out.returncode == 0, out.stderr
    assert "Disputed checks – disputes: 3, learners: 2" in out.stdout
    assert "roletask-jobad\n  role" in out.stdout and "2×" in out.stdout
    assert "shared prompt: Du bist Disponent." in out.stdout
    as_json = json.loads(_cli(home, "feedback", "report", "--json").stdout)
    assert as_json[0] == {
        "exercise": "roletask-jobad",
        "check": "role",
        "disputes": 2,
        "on_passed": 0,
        "on_failed": 2,
        "learners": 2,
        "prompts": ["Du bist Disponent."],
    }
    # exports: the optional field, prompts only with --include-prompts
    export = _cli(home, "export", "-o", str(tmp_path / "x.json"))
    assert export.returncode == 0, export.stderr
    data = exchange.read(tmp_path / "x.json")
    assert all("prompt" not in d for d in data.get("disputes", []))
    (tmp_path / "bad.json").write_text("{broken", encoding="utf-8")
    report = _cli(home, "feedback", "report", str(tmp_path / "x.json"), str(tmp_path / "bad.json"))
    assert report.returncode == 0 and "not read:" in report.stderr and "bad.json" in report.stderr
    assert "Traceback" not in report.stderr
    nothing = _cli(home, "feedback", "report", str(tmp_path / "missing.json"))
    assert nothing.returncode == 1 and "not found" in nothing.stderr


def test_a_store_of_every_earlier_schema_gains_the_disputes_table(tmp_path: Path) -> None:
    import shutil

    for version in (1, 2):
        path = tmp_path / f"v{version}.db"
        shutil.copy(Path(__file__).parent / "data" / "progress" / f"progress-v{version}.db", path)
        with Store.open(path) as store:
            learner = store.current_learner()
            store.add_dispute(learner.id, "x", "context", True, "", None, "de")
            assert len(store.disputes()) == 1
