"""The level map's rows: laid out once per width, line for line what Rich's table draws; the warm-up waits."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.app import make_app, screen_text
from rich.table import Table
from rich.text import Text
from textual.visual import RichVisual, Visual
from textual.widgets import OptionList

from course.screens.levelmap import LevelMapScreen
from course.screens.maprows import Row, lesson_row, level_head, lock_reason

DATA = Path(__file__).parent / "data"
LONG = "Ehrlich gefragt: Was wird gemessen, und was heißt KI für meinen Job? Eine sehr lange Überschrift"
TITLES = ["Hallo", "KI im Büro – Grundlagen", LONG, "日本語のタイトル", "Prompts 🚀 mit Emoji", "a  b", "x" * 73]


def _rows(app) -> list[Row]:
    """Every kind of row the map shows, as refresh_map builds them."""
    rows = []
    for title in TITLES:
        for score in ("", "7 %", "100 %"):
            for fallback in (False, True):
                line = Text(title)
                if fallback:
                    line.append("  (auf Englisch)", style="dim italic")
                for icon in (Text("✓", style="green"), Text("○", style="")):
                    rows.append(lesson_row(app, icon, line, Text(score, style="dim")))
        stats = Text("3/9 erledigt", style="dim")
        scored = stats.copy()
        scored.append(" · Ø 87 %", style="dim")
        for figures in (stats, scored, Text("gesperrt", style="dim italic")):
            rows.append(level_head(app, Text("Stufe 2: " + title, style="bold"), figures))
        rows.append(lock_reason(app, Text("Öffnet sich, wenn: " + title, style="dim")))
    return rows


def _app(tmp_path: Path, lang: str = "de"):
    app, store = make_app(DATA / "packs" / "good", tmp_path / "p.db", lang=lang)
    store.set_current_learner(store.create_learner("Anna", "Vertrieb", lang).id)
    return app, store


@pytest.mark.slow  # 189 rows x 10 widths x 3 styles (1.7 s): the full run keeps it
async def test_a_row_draws_the_same_lines_as_textuals_rich_wrapper_at_every_width(tmp_path: Path) -> None:
    """The one-line rows are drawn without laying out their table: line for line what the table gives."""
    app, store = _app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        widget = app.screen.query_one("#map", OptionList)
        styles = [
            widget.get_visual_style("option-list--option"),
            widget.get_visual_style("option-list--option", "option-list--option-highlighted"),
            widget.get_visual_style("option-list--option", "option-list--option-disabled"),
        ]
        one_line = 0
        for row in _rows(app):
            theirs = RichVisual(widget, row._renderable)
            for width in (6, 12, 20, 33, 47, 60, 74, 78, 96, 140):
                assert row.get_height(widget.styles, width) == theirs.get_height(widget.styles, width)
                one_line += row.get_height(widget.styles, width) == 1
                for style in styles:
                    mine = Visual.to_strips(widget, row, width, None, style)
                    expected = Visual.to_strips(widget, theirs, width, None, style)
                    assert [list(s) for s in mine] == [list(s) for s in expected], (width, row._renderable)
        assert one_line > 300  # the one-line path was taken (and checked) many times
    store.close()


@pytest.mark.parametrize("size", [(100, 30), (26, 20)])
async def test_the_map_lays_out_a_table_only_for_rows_that_wrap_and_once_per_width(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    """Measuring a row, drawing it plain or highlighted, drawing it again after the first resize: one layout."""
    laid_out: list[tuple[int, int]] = []
    original = Table.__rich_console__

    def counting(self: Table, console, options):  # type: ignore[no-untyped-def]
        laid_out.append((id(self), options.max_width))
        return original(self, console, options)

    monkeypatch.setattr(Table, "__rich_console__", counting)
    painted: list[tuple[int, int, object]] = []
    paint = Row.render_strips

    def painting(self: Row, width: int, height, style, options):  # type: ignore[no-untyped-def]
        painted.append((id(self), width, style))
        return paint(self, width, height, style, options)

    monkeypatch.setattr(Row, "render_strips", painting)
    app, store = _app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, LevelMapScreen)
        widget = app.screen.query_one("#map", OptionList)
        width = widget.scrollable_content_region.width
        if size == (100, 30):  # no scrollbar comes and goes: the first Resize (same width) repaints nothing
            assert painted and len(painted) == len(set(painted))
        rows = [option.prompt for option in widget.options if isinstance(option.prompt, Row)]
        tables = [row for row in rows if isinstance(row._renderable, Table)]
        wrapped = {id(row._renderable) for row in tables if len(row.lines(width)) > 1}
        assert len(tables) >= 4 and len(laid_out) == len(set(laid_out))  # never the same table at the same width
        assert {table for table, at in laid_out if at == width} == wrapped
        assert (laid_out == []) == (size == (100, 30))
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


async def test_the_grader_warms_up_only_after_the_first_frame(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On a busy machine the first frame may come late; the warm-up thread must not compete with drawing it."""
    import time

    from course.app import CourseApp

    events: list[tuple[str, float]] = []
    first_frame = CourseApp._first_frame
    monkeypatch.setattr(CourseApp, "_warm_up", lambda self: events.append(("warm-up", time.monotonic())))

    def drawn(self: CourseApp) -> None:
        events.append(("first frame", time.monotonic()))
        first_frame(self)

    monkeypatch.setattr(CourseApp, "_first_frame", drawn)
    app, store = _app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert [name for name, _ in events] == ["first frame"]
        await pilot.pause(0.6)
        assert [name for name, _ in events] == ["first frame", "warm-up"]
        assert events[1][1] - events[0][1] >= 0.29
    store.close()
