"""Authors' tools: `new lesson`, `preview` (any level, reload on save), `lint --list`, Ctrl+P on locked lessons."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from course import paths
from course.cli import main
from course.previewapp import PreviewApp
from course.screens.lesson import LessonScreen
from progress.store import Store


def _new_lesson(tmp_path: Path, *args: str) -> tuple[Path, object]:
    pack = tmp_path / "acme"
    result = CliRunner().invoke(main, ["--lang", "en", "new", "lesson", *args, "--into", str(pack)])
    return pack, result


def test_new_lesson_writes_de_and_en_skeletons_that_lint_clean(tmp_path: Path) -> None:
    pack, result = _new_lesson(tmp_path, "safe-use", "meeting-notes")
    assert result.exit_code == 0, result.output
    folder = pack / "02-safe-use"
    assert sorted(p.name for p in folder.iterdir()) == [
        "01-meeting-notes.de.md",
        "01-meeting-notes.en.md",
        "level.yaml",
    ]
    assert "id: safe-use" in (folder / "level.yaml").read_text(encoding="utf-8")
    lint = CliRunner().invoke(main, ["lint", str(pack)])
    assert lint.exit_code == 0 and lint.stdout == "", lint.output
    again = CliRunner().invoke(main, ["--lang", "en", "new", "lesson", "safe-use", "second", "--into", str(pack)])
    assert again.exit_code == 0 and (folder / "02-second.en.md").is_file()


def test_new_lesson_refuses_unknown_level_taken_id_and_bad_slug(tmp_path: Path) -> None:
    _pack, result = _new_lesson(tmp_path, "nowhere", "x")
    assert result.exit_code == 1 and "No level 'nowhere'. Levels: basics, safe-use" in result.output
    _pack, result = _new_lesson(tmp_path, "basics", "bias")
    assert result.exit_code == 1 and "exists already" in result.output
    _pack, result = _new_lesson(tmp_path, "basics", "Meeting Notes")
    assert result.exit_code == 1 and "lowercase" in result.output


def test_lint_list_shows_levels_lesson_ids_and_policy_fields(tmp_path: Path) -> None:
    pack, _ = _new_lesson(tmp_path, "team", "acme-wins")
    result = CliRunner().invoke(main, ["lint", "--list", "--lang", "en", str(pack)])
    assert result.exit_code == 0
    out = result.stdout
    assert "  safe-use – Using AI safely – 02-safe-use; unlock.after: basics" in out
    assert "      never-share (de,en) – " in out and "      acme-wins (de,en) – Acme wins" in out
    assert "  contact.channel – " in out and "#ki-fragen" in out


async def test_preview_opens_a_lesson_of_a_locked_level_and_reloads_on_save(tmp_path: Path) -> None:
    pack, _ = _new_lesson(tmp_path, "automate", "my-workflow")
    lesson_file = next(pack.glob("*/01-my-workflow.en.md"))
    store = Store.open(tmp_path / "preview.db")
    app = PreviewApp("my-workflow", [paths.bundled_pack(), pack.resolve()], store, poll_seconds=60)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LessonScreen) and app.screen.lesson_id == "my-workflow"
        assert not next(
            lv for lv in app.session.overview().levels if lv.id == "automate"
        ).open  # locked for this learner
        assert app.check_files() is False
        text = lesson_file.read_text(encoding="utf-8").replace(
            "# My workflow", "# My workflow\n\nA brand new paragraph."
        )
        lesson_file.write_text(text, encoding="utf-8")
        os.utime(lesson_file, ns=(1, 1))
        assert app.check_files() is True
        await pilot.pause()
        assert isinstance(app.screen, LessonScreen)
        assert any("A brand new paragraph." in b.markdown for b in app.catalog.lesson("my-workflow", app.lang).blocks)
        assert len(app.screen_stack) == 2
    store.close()


async def test_preview_keeps_the_last_version_when_the_lesson_breaks(tmp_path: Path) -> None:
    pack, _ = _new_lesson(tmp_path, "basics", "first-try")
    store = Store.open(tmp_path / "preview.db")
    app = PreviewApp("first-try", [paths.bundled_pack(), pack.resolve()], store, poll_seconds=60)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.pause()
        for lang in ("de", "en"):
            path = next(pack.glob(f"*/01-first-try.{lang}.md"))
            path.write_text("---\nid: [broken\n---\n", encoding="utf-8")
        assert app.check_files() is True
        await pilot.pause()
        assert isinstance(app.screen, LessonScreen) and "first-try" in app.catalog.lesson_ids
        assert any("no longer loads" in n.message or "nicht mehr" in n.message for n in app._notifications)
    store.close()


@pytest.mark.parametrize("opens_locked", [False, True])
async def test_ctrl_p_finds_locked_lessons_marked_locked(tmp_path: Path, opens_locked: bool) -> None:
    from course.app import CourseApp
    from course.catalog import build_catalog
    from course.options import Options
    from course.screens.palette import LessonCommands

    store = Store.open(tmp_path / "p.db")
    learner = store.create_learner("Ana", "", "en")
    store.set_current_learner(learner.id)
    app = CourseApp(build_catalog([paths.bundled_pack()]), store, Options(lang="en"))
    app.opens_locked = opens_locked
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.pause()
        provider = LessonCommands(app.screen)
        hits = [hit async for hit in provider.search("injection")]
        assert hits and "(locked)" in str(hits[0].text)
        assert "is still locked" in hits[0].help
        hits[0].command()
        await pilot.pause()
        if opens_locked:
            assert isinstance(app.screen, LessonScreen) and app.screen.lesson_id == "injection"
        else:
            assert not isinstance(app.screen, LessonScreen)
            assert any("still locked" in n.message for n in app._notifications)
        open_hits = [hit async for hit in provider.search("what generative")]
        assert open_hits and "(locked)" not in str(open_hits[0].text)
    store.close()
