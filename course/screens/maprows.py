"""The level map's rows (a level's head, a lesson, the lock reason) and their list, each laid out once per width.

Each row is a Rich table, as before; a row that fits on one line is drawn from its cells' own
segments instead, exactly as the table lays them out (tests/test_levelmap_rows.py compares both
at many widths), because laying out a table costs about 0.3 ms a row and the map is the first screen.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.padding import Padding
from rich.segment import Segment
from rich.style import Style as RichStyle
from rich.table import Table
from rich.text import Text
from textual import events
from textual.app import App
from textual.css.styles import RulesMap
from textual.geometry import Region
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual
from textual.widgets import OptionList

ICON_WIDTH = 4
LESSON_GAP = 1
"""Spaces between a lesson's icon, title and score (the table's padding)."""
HEAD_GAP = 3
"""Spaces between a level's title and its figures."""
_PAD = RichStyle()


class Row(Visual):
    """One row of the map: drawn once per width, then measured and painted from that drawing.

    The OptionList asks each row for its height and then for its lines, once per style
    (plain, highlighted, disabled); each of those would lay out a Rich table anew. The lines
    are the same as Textual's RichVisual draws them: the row's style is applied to every
    segment, as Textual's post_render does.
    """

    def __init__(self, app: App[None], renderable: RenderableType, line: Sequence[Segment] | None = None) -> None:
        """`line`: the row's segments when it fits on one line (None: always lay out `renderable`)."""
        self._app = app
        self._renderable = renderable
        self._line = list(line) if line is not None else None
        self._line_width = sum(cell_len(text) for text, _, _ in self._line) if self._line is not None else 0
        self._width = -1
        self._lines: list[Strip] = []

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        """Printed by Rich (tests, a console), a row is its renderable."""
        yield self._renderable

    def lines(self, width: int) -> list[Strip]:
        """The unstyled lines at `width` (drawn on the first call for that width)."""
        if width != self._width:
            if self._line is not None and self._line_width <= width:
                self._lines = [Strip(self._line, self._line_width)]
            else:
                console = self._app.console
                options = self._app.console_options.update(highlight=False, width=width, height=None)
                segments = console.render(self._renderable, options)
                split = Segment.split_and_crop_lines(segments, width, include_new_lines=False, pad=False)
                self._lines = [Strip(line) for line in split]
            self._width = width
        return self._lines

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        rich_style = style.rich_style
        return [line.apply_style(rich_style) for line in self.lines(width)[:height]]

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        from rich.measure import Measurement

        measured = Measurement.get(self._app.console, self._app.console_options, self._renderable)
        return min(measured.maximum, container_width)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return len(self.lines(width))


class MapList(OptionList):
    """The map's OptionList: it keeps its laid-out rows when a resize leaves their width as it was.

    OptionList forgets every laid-out line on each Resize event; the first one arrives right after
    the first frame, at the width that frame was drawn with, so the map would be drawn twice at start.
    """

    _built_width = -1
    """The width the lines were laid out at: the first frame's, then each resize's."""

    def render_lines(self, crop: Region) -> list[Strip]:
        if self._built_width < 0:
            self._built_width = self.scrollable_content_region.width
        return super().render_lines(crop)

    def on_resize(self, event: events.Resize) -> None:
        width = self.scrollable_content_region.width
        if width == self._built_width:
            event.prevent_default()  # OptionList's own handler would only clear its caches
        self._built_width = width


def level_head(app: App[None], title: Text, stats: Text) -> Row:
    """A level's title with its figures on the same line, right after it (a long title wraps, the figures do not)."""
    head = Table.grid(padding=(0, HEAD_GAP))
    head.add_column(ratio=1)
    head.add_column(no_wrap=True, justify="right")
    head.add_row(title, stats)
    line = None
    if _simple(title) and _simple(stats):
        line = [*_cell(app.console, title), Segment(" " * HEAD_GAP, _PAD), *_cell(app.console, stats)]
    return Row(app, head, line)


def lesson_row(app: App[None], icon: Text, title: Text, score: Text) -> Row:
    """A lesson: its icon right-aligned in four columns, its title (wrapping under itself), its score."""
    row = Table.grid(padding=(0, LESSON_GAP))  # a long title wraps under itself, not to column 0
    row.add_column(width=ICON_WIDTH, justify="right")
    row.add_column(ratio=1)
    row.add_column(no_wrap=True, justify="right")  # "100 %" never breaks
    row.add_row(icon, title, score)
    line = None
    if _simple(icon) and icon.cell_len <= ICON_WIDTH and _simple(title) and (not score.plain or _simple(score)):
        gap = Segment(" " * LESSON_GAP, _PAD)
        console = app.console
        line = [
            *_cell(console, icon, ICON_WIDTH),
            gap,
            *_cell(console, title),
            gap,
            *_cell(console, score, max(1, score.cell_len)),
        ]
    return Row(app, row, line)


def lock_reason(app: App[None], text: Text) -> Row:
    """Why the next level is locked, indented under its head (usually wraps: always laid out by Rich)."""
    return Row(app, Padding(text, (0, 0, 0, 3)))


def _simple(text: Text) -> bool:
    """Text the one-line path draws as the table would: printable, no tabs or breaks, no space at either end."""
    plain = text.plain
    return bool(plain) and plain.isprintable() and plain == plain.strip() and not text.end.strip("\n")


def _cell(console: Console, text: Text, right_in: int = 0) -> list[Segment]:
    """The segments of one table cell holding `text` on one line, right-aligned in `right_in` columns if given.

    As Rich renders a cell: the text's own style becomes a span over the line (Text.join),
    right alignment pads on the left inside the text.
    """
    line = text.copy()
    if right_in:
        line.pad_left(right_in - line.cell_len)
    return list(Text("\n").join([line]).render(console))
