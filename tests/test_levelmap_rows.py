"""The level map's rows: laid out once per width, and line for line what Textual's own Rich wrapper draws."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.app import make_app, screen_text
from rich.padding import Padding
from rich.table import Table
from rich.text import Text
from textual.visual import RichVisual, Visual
from textual.widgets import OptionList

from course.screens.levelmap import LevelMapScreen, Row

DATA = Path(__file__).parent / "data"
LONG = "Ehrlich gefragt: Was wird gemessen, und was heißt KI für meinen Job? Eine sehr lange Überschrift"


def _lesson_row(title: str, score: str, icon: str = "✓") -> Table:
    row = Table.grid(padding=(0, 1))  # as refresh_map builds it
    row.add_column(width=4, justify="right")
    row.add_column(ratio=1)
    row.add_column(no_wrap=True, justify="right")
    line = Text(title)
    line.append("  (auf Englisch)", style="dim italic")
    row.add_row(Text(icon, style="green"), line, Text(score, style="dim"))
    return row


def _level_head(title: str, stats: str) -> Table:
    head = Table.grid(padding=(0, 3))
    head.add_column(ratio=1)
    head.add_column(no_wrap=True, justify="right")
    head.add_row(Text(title, style="bold"), Text(stats, style="dim italic"))
    return head


def _app(tmp_path: Path, lang: str = "de"):
    app, store = make_app(DATA / "packs" / "good", tmp_path / "p.db", lang=lang)
    store.set_current_learner(store.create_learner("Anna", "Vertrieb", lang).id)
    return app, store


async def test_a_row_draws_the_same_lines_as_textuals_rich_wrapper_at_every_width(tmp_path: Path) -> None:
    app, store = _app(tmp_path)
    renderables = [
        _lesson_row("Hallo", "100 %"),
        _lesson_row(LONG, "87 %", icon="◐"),
        _lesson_row(LONG, ""),
        _level_head("Stufe 2: " + LONG, "3/9 erledigt · Ø 87 %"),
        Padding(Text("Öffnet sich, wenn alle Pflichtlektionen erledigt sind. " * 3, style="dim"), (0, 0, 0, 3)),
    ]
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        widget = app.screen.query_one("#map", OptionList)
        styles = [
            widget.get_visual_style("option-list--option"),
            widget.get_visual_style("option-list--option", "option-list--option-highlighted"),
            widget.get_visual_style("option-list--option", "option-list--option-disabled"),
        ]
        compared = 0
        for renderable in renderables:
            row = Row(app, renderable)
            theirs = RichVisual(widget, renderable)
            for width in (8, 12, 20, 33, 47, 60, 78, 96, 140):
                assert row.get_height(widget.styles, width) == theirs.get_height(widget.styles, width)
                for style in styles:
                    mine = Visual.to_strips(widget, row, width, None, style)
                    expected = Visual.to_strips(widget, theirs, width, None, style)
                    assert [list(s) for s in mine] == [list(s) for s in expected], (width, renderable)
                    compared += 1
        assert compared == 5 * 9 * 3
    store.close()


@pytest.mark.parametrize("size", [(100, 30), (60, 20)])
async def test_the_map_lays_out_each_row_once_at_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    """Measuring a row, drawing it plain or highlighted and drawing it again after the first resize: one layout."""
    laid_out: list[int] = []
    original = Table.__rich_console__

    def counting(self: Table, console, options):  # type: ignore[no-untyped-def]
        laid_out.append(id(self))
        return original(self, console, options)

    monkeypatch.setattr(Table, "__rich_console__", counting)
    app, store = _app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, LevelMapScreen)
        tables = [
            option.prompt
            for option in app.screen.query_one("#map", OptionList).options
            if isinstance(option.prompt, Row) and isinstance(option.prompt._renderable, Table)
        ]
        assert len(tables) >= 4
        assert sorted(laid_out) == sorted(id(row._renderable) for row in tables)
        assert "Stufe 1: Start" in screen_text(app)
    store.close()


async def test_a_narrower_terminal_lays_the_rows_out_again_and_the_same_width_keeps_them(tmp_path: Path) -> None:
    app, store = _app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        widget = app.screen.query_one("#map", OptionList)
        rows = [option.prompt for option in widget.options if isinstance(option.prompt, Row)]
        wide = widget.scrollable_content_region.width
        drawn = [row.lines(wide) for row in rows]
        assert widget.virtual_size.height == sum(len(lines) for lines in drawn)
        await pilot.resize_terminal(100, 24)  # shorter, same width: nothing is laid out again
        await pilot.pause()
        assert [row.lines(wide) for row in rows] == drawn
        assert all(new is old for row, old in zip(rows, drawn, strict=True) for new in [row.lines(wide)])
        await pilot.resize_terminal(30, 24)
        await pilot.pause()
        narrow = widget.scrollable_content_region.width
        assert narrow < wide
        heights = [len(row.lines(narrow)) for row in rows]
        assert widget.virtual_size.height == sum(heights) > len(rows)  # the lock reason wraps
        visible = [widget.render_line(y).text for y in range(min(widget.size.height, sum(heights)))]
        expected = [strip.text for row in rows for strip in row.lines(narrow)][: len(visible)]
        assert [line.rstrip() for line in visible] == [line.rstrip() for line in expected]
    store.close()


def test_the_app_pauses_the_garbage_collector_until_its_first_frame(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc

    seen: dict[str, bool] = {}
    original = LevelMapScreen.on_mount

    def on_mount(self: LevelMapScreen) -> None:
        seen["while the map mounts"] = gc.isenabled()
        original(self)

    monkeypatch.setattr(LevelMapScreen, "on_mount", on_mount)

    async def auto_pilot(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.pause()
        await pilot.pause()
        seen["after the first frame"] = gc.isenabled()
        pilot.app.exit()

    app, store = _app(tmp_path)
    assert gc.isenabled()
    app.run(headless=True, size=(80, 24), auto_pilot=auto_pilot)
    assert seen == {"while the map mounts": False, "after the first frame": True} and gc.isenabled()
    store.close()


def test_an_app_that_ends_before_its_first_frame_leaves_the_garbage_collector_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc

    def fail(self: LevelMapScreen) -> None:
        raise RuntimeError("broken on purpose")

    monkeypatch.setattr(LevelMapScreen, "on_mount", fail)
    monkeypatch.setenv("GENAI_COURSE_HOME", str(tmp_path / "home"))  # crash.log goes here
    app, store = _app(tmp_path)
    app.run(headless=True, size=(80, 24))
    assert gc.isenabled()
    store.close()
