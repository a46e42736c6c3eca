"""The board in the terminal (rich): leaderboard, then the gallery; every team string goes in as plain Text."""

from __future__ import annotations

from collections.abc import Iterable

from rich import box
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from course.i18n import date, t
from course.promptathon.board import Board, GalleryItem
from course.promptathon.clock import mmss
from progress.safetext import terminal

PROMPT_LIMIT = 2_000


def clean_block(text: str, limit: int = PROMPT_LIMIT) -> str:
    """Multi-line team text: control characters and bidi overrides out, newlines kept, cut to `limit`."""
    text = terminal(text[: limit + 1], multiline=True).strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def one_line(text: str, limit: int = 40) -> str:
    """A name for a table cell: one line, cut to `limit`."""
    text = " ".join(clean_block(text, limit * 2).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def ended_label(lang: str, ended: str | None) -> str:
    return t(lang, f"promptathon.ended.{ended or 'none'}")


def department_label(lang: str, department: str) -> str:
    return t(lang, f"promptathon.dept.{department or 'other'}")


def render_terminal(board: Board, lang: str, console: Console) -> None:
    """Print the board to `console`."""
    for part in sections(board, lang):
        console.print(part)
        console.print()


def sections(board: Board, lang: str) -> Iterable[RenderableType]:
    """The board's renderables in order."""
    head = Text(t(lang, "promptathon.board.title"), style="bold")
    for _pid, title in board.packs[:1]:
        head.append(f"  ·  {one_line(title, 60)}")
    head.append(f"  ·  {t(lang, 'promptathon.board.teams')}: {len(board.rows)}")
    if board.rejected:
        head.append(f"  ·  {t(lang, 'promptathon.board.files_refused')}: {len(board.rejected)}", style="yellow")
    head.append(f"  ·  {t(lang, 'promptathon.board.generated')} {date(lang, board.generated_at)}", style="dim")
    yield head
    if len(board.packs) > 1:
        yield Text(
            t(lang, "promptathon.board.mixed_packs", list=", ".join(one_line(p, 30) for p, _ in board.packs)),
            style="yellow",
        )
    yield leaderboard(board, lang)
    yield Text(t(lang, "promptathon.board.gallery"), style="bold underline")
    yield Text(t(lang, "promptathon.board.redacted"), style="dim")
    for item in board.gallery:
        yield gallery_item(item, lang)


def leaderboard(board: Board, lang: str) -> Table:
    table = Table(
        title=t(lang, "promptathon.board.leaderboard"), title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False
    )
    table.add_column(t(lang, "promptathon.board.rank"), justify="right")
    table.add_column(t(lang, "promptathon.board.team"), no_wrap=True, overflow="ellipsis", max_width=30)
    table.add_column(t(lang, "promptathon.board.points"), justify="right")
    table.add_column(t(lang, "promptathon.board.solved"), justify="right")
    table.add_column(t(lang, "promptathon.board.privacy"))
    table.add_column(t(lang, "promptathon.board.time"), justify="right")
    table.add_column(t(lang, "promptathon.board.status"))
    for row in board.rows:
        tm = row.team
        privacy = (
            Text(t(lang, "promptathon.board.privacy_ok"), style="green")
            if not tm.penalties
            else Text(f"−{tm.penalties}×", style="red")
        )
        table.add_row(
            str(row.rank),
            Text(one_line(tm.team, 30)),
            Text(str(tm.total), style="bold"),
            f"{tm.passed}/{len(tm.entries)}",
            privacy,
            mmss(tm.used_seconds),
            ended_label(lang, tm.ended),
        )
    return table


def gallery_item(item: GalleryItem, lang: str) -> Group:
    parts: list[RenderableType] = []
    head = Text(f"── {one_line(item.title, 70)} ", style="bold")
    head.append(f"({department_label(lang, item.department)})", style="dim")
    parts.append(head)
    if not item.entries:
        parts.append(Padding(Text(t(lang, "promptathon.board.no_entries"), style="dim"), (0, 0, 0, 2)))
    for ge in item.entries:
        e = ge.entry
        line = Text("★ " if ge.best else "  ", style="yellow")
        line.append(one_line(ge.team, 40), style="bold")
        line.append(
            f" · {e.points} {t(lang, 'promptathon.board.points')}"
            f" · {t(lang, 'promptathon.board.score')} {round(e.score * 100)} %"
            f" · {e.words} {t(lang, 'promptathon.board.words')}"
        )
        if e.bonus:
            line.append(f" · {t(lang, 'promptathon.board.bonus')} +{e.bonus}", style="green")
        if e.penalty:
            line.append(f" · {t(lang, 'promptathon.board.penalty')} −{e.penalty}", style="red")
        parts.append(line)
        parts.append(Padding(Text(clean_block(ge.prompt)), (0, 0, 0, 4)))
        learned = clean_block(ge.learned, 600)
        note = Text(f"{t(lang, 'promptathon.board.learned')}: ", style="italic")
        note.append(
            learned if learned else t(lang, "promptathon.board.no_learned"), style="italic" if learned else "dim italic"
        )
        parts.append(Padding(note, (0, 0, 1, 4)))
    return Group(*parts)
